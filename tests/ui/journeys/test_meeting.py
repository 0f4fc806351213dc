"""Journey: record a meeting — details, check-in, agenda with discussion, minutes in the preview. Agenda text
typed and not yet saved is not lost when the user goes to another page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget, QTableWidget, QTabWidget
from ui.journeys.helpers import answer, click_button, shoot, type_into, type_text

from unionbook.services.meetings.records import get_meeting
from unionbook.ui.forms.pdf_preview import PdfPreviewDialog


def go_to(window, title: str) -> None:  # type: ignore[no-untyped-def]
    nav: QListWidget = window.nav
    item = nav.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     nav.visualItemRect(item).center())


def open_tab(tabs: QTabWidget, title: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def click_cell(table: QTableWidget, row: int, column: int) -> None:
    rect = table.visualRect(table.model().index(row, column))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


@pytest.mark.slow
def test_record_a_meeting_with_agenda_and_minutes(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    go_to(window, "会议")
    page = window.area_pages["meetings"]
    assert window.pages.currentWidget() is page
    click_button(page, "新建会议")
    type_into(page, "会议名称", "2026年第一次会员大会")
    type_into(page, "地点", "镇政府三楼会议室")
    click_button(page, "保存会议")
    meeting_id = page.meeting_id
    assert meeting_id is not None

    tabs = page.findChild(QTabWidget)
    open_tab(tabs, "签到")
    click_button(page, "全部到会")
    present = get_meeting(window.db, meeting_id).present
    assert present > 0
    assert f"实到 {present}" in page.list.currentItem().text()  # the list follows at once

    open_tab(tabs, "议程")
    click_button(page, "增加议题")
    agenda: QTableWidget = page.agenda
    click_cell(agenda, 0, 0)  # one click starts editing
    type_text(QApplication.focusWidget(), "审议工会工作报告")
    click_cell(agenda, 0, 1)
    editor = QApplication.focusWidget()
    type_text(editor, "与会会员逐项讨论。")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # a second line in the same cell
    type_text(editor, "表决通过。")
    shoot(window, "meeting-agenda")

    # leaving the page with the agenda unsaved: asked, first stay, then save
    stay = answer("取消", "放弃未保存的修改")
    go_to(window, "会员名册")
    stay.check()
    assert window.pages.currentWidget() is page and agenda.rowCount() == 1
    save = answer("保存", "放弃未保存的修改")
    go_to(window, "会员名册")
    save.check()
    assert window.pages.currentWidget() is window.roster
    saved = get_meeting(window.db, meeting_id).agenda
    assert [(a.title, a.record) for a in saved] == [("审议工会工作报告", "与会会员逐项讨论。\n表决通过。")]

    go_to(window, "会议")
    click_button(page, "会议纪要")  # rendered in the background, then shown
    qtbot.waitUntil(lambda: any(isinstance(w, PdfPreviewDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible()]
    assert len(previews) == 1
    preview = previews[0]
    assert preview.page_count() == 1  # one agenda item: one page, no blank page with only its number
    from unionbook.ui.kit.screen import preview_size

    click_button(preview, "整页")
    shoot(preview, "minutes-preview", size_for=preview_size, settle_ms=600)
    click_button(preview, "关闭")
    assert not preview.isVisible()


def test_typed_agenda_survives_choosing_another_meeting(demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    go_to(window, "会议")
    page = window.area_pages["meetings"]
    for title in ("甲会议", "乙会议"):
        click_button(page, "新建会议")
        type_into(page, "会议名称", title)
        click_button(page, "保存会议")
    open_tab(page.findChild(QTabWidget), "议程")
    click_button(page, "增加议题")
    click_cell(page.agenda, 0, 0)
    type_text(QApplication.focusWidget(), "选举经费审查委员")
    first = next(page.list.item(i) for i in range(page.list.count()) if page.list.item(i) is not page.list.currentItem())
    drop = answer("丢弃", "放弃未保存的修改")
    QTest.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     page.list.visualItemRect(first).center())
    drop.check()
    assert page.list.currentItem() is first and "甲会议" in first.text()
    assert page.agenda.rowCount() == 0
