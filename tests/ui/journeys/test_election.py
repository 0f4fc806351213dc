"""Journey: set up an election, pick candidates, print numbered ballots to the preview, key a count by box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox, QTableWidget, QTabWidget
from ui.journeys.helpers import answer, click_button, find_field, shoot, type_into, type_text

from unionbook.domain.member import Status
from unionbook.services.elections.count import election_result
from unionbook.services.members.records import RosterQuery, list_members
from unionbook.ui.forms.pdf_preview import PdfPreviewDialog


def open_tab(tabs: QTabWidget, title: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).endswith(title))
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(index).center())


def key_cell(table: QTableWidget, row_name: str, value: int) -> None:
    """Click the cell of `row_name` in the first box's column, F2, type the number, Enter."""
    row = next(r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == row_name)
    index = table.model().index(row, 0)
    table.scrollTo(index)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     table.visualRect(index).center())
    QTest.keyClick(table, Qt.Key.Key_F2)  # edit the cell, as in a spreadsheet
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert editors, "a double click did not open the cell for typing"
    editor = editors[0]
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, str(value))
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert table.item(row, 0).text() == str(value)


@pytest.mark.slow
def test_set_up_print_ballots_and_count(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.show_area("elections")
    page = window.area_pages["elections"]
    type_into(page, "选举名称", "第五届委员会选举")
    seats = find_field(page, "应选名额")
    assert isinstance(seats, QSpinBox)
    seats.setFocus()
    QTest.keyClick(seats, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(seats, "7")
    click_button(page, "设立选举")

    seen: set[str] = set()
    people = []
    for m in list_members(window.db, RosterQuery(statuses=(Status.ACTIVE,), sort="id"), limit=40):
        if m.name not in seen:
            seen.add(m.name)
            people.append(m)
    for m in people[:8]:
        search = type_into(page, "查找会员", m.id_number)
        QTest.keyClick(search, Qt.Key.Key_Return)
    assert page.candidates.candidates.count() == 8
    names = [c.name for c in page.candidates.report.candidates]
    shoot(window, "election-candidates")

    tabs = page.tabs
    tabs.setCurrentIndex(2)  # 文书
    copies = page.papers.copies
    copies.setFocus()
    QTest.keyClick(copies, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(copies, "3")
    yes = answer("是")  # composition warnings, if any, are answered "print anyway"
    click(page.papers.buttons["ballots"])
    qtbot.waitUntil(lambda: any(isinstance(w, PdfPreviewDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=30_000)
    yes._timer.stop()  # type: ignore[attr-defined]
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible())
    assert preview.page_count() == 3  # one sheet per ballot, never a spill page
    click_button(preview, "关闭")

    window.activateWindow()  # back from the preview
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tabs.setCurrentIndex(3)
    count = page.count
    from unionbook.services.elections.setup import list_elections

    voters = list_elections(window.db)[0].entitled
    present = find_field(count, "实到会人数")
    assert isinstance(present, QSpinBox)
    present.setFocus()
    QTest.keyClick(present, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(present, str(voters))
    table = find_field(count, "计票表")
    assert isinstance(table, QTableWidget)
    key_cell(table, "发出选票", voters)
    key_cell(table, "收回选票", voters)
    for i, name in enumerate(names):
        key_cell(table, name, voters - 10 if i < 7 else 5)
    shoot(window, "election-count")
    click_button(count, "计算本轮结果")
    result = election_result(window.db, page.current_id())
    assert len(result.elected) == 7 and result.finished


def click(widget) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
