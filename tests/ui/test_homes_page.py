"""Journey on the 职工之家 page: start the year's self-assessment with a sheet, score an item, record the member
survey, and read the total, the grade and why not the next one; then register a title and see its review."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from unionbook.store import Database
from unionbook.ui.homes.page import HomesPage


def named(parent: QWidget, cls: type, name: str):  # type: ignore[no-untyped-def]
    found = [w for w in parent.findChildren(cls) if w.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def click(parent: QWidget, text: str) -> None:
    [b] = [b for b in parent.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    QTest.mouseClick(b, Qt.MouseButton.LeftButton)


def type_into(widget: QWidget, text: str) -> None:
    """Select all and type `text`; Chinese characters arrive as key events carrying the text (QTest's key
    names are ASCII only), as an input method delivers them."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press(widget: QWidget, key: Qt.Key) -> None:
    """A key pressed while `widget` has the focus: an open popup (a completer's suggestions) takes it first, as
    the window system gives it the keyboard."""
    QTest.keyClick(QApplication.activePopupWidget() or widget, key)


def click_row(table: QTableWidget, code: str) -> None:
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == code)
    rect = table.visualItemRect(table.item(row, 1))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_page(qtbot, db: Database) -> HomesPage:  # type: ignore[no-untyped-def]
    """The page shown, its year set to 2026 as a person types it."""
    page = HomesPage(db)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    type_into(named(page, QSpinBox, "自评年度"), "2026")
    return page


def points(db: Database, code: str, unit: str = "") -> object:
    """An item's points in the 2026 assessment of `unit` (None: not scored)."""
    from unionbook.services.homes import assessment as svc

    return next(i.points for i in svc.get_assessment(db, 2026, unit=unit).items if i.code == code)


def test_score_survey_grade_and_why_not(qtbot, gui_db: Database) -> None:  # type: ignore[no-untyped-def]
    page = HomesPage(gui_db)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    year = named(page, QSpinBox, "自评年度")
    type_into(year, "2026")
    sheets = named(page, QComboBox, "评分表")
    sheets.setCurrentIndex(sheets.findData("example-city-2026"))
    click(page, "开始自评")
    result = named(page, QLabel, "自评结果")
    assert result.text().startswith("总分 ")
    table = named(page, QTableWidget, "评分项目")
    assert table.rowCount() == 11

    click_row(table, "B1")
    type_into(named(page, QDoubleSpinBox, "得分"), "10")
    type_into(named(page, QLineEdit, "说明"), "已足额拨缴")
    click(page, "保存得分")
    b1 = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "B1")
    assert (table.item(b1, 3).text(), table.item(b1, 6).text()) == ("10", "已足额拨缴")

    click_row(table, "C2")
    type_into(named(page, QDoubleSpinBox, "得分"), "12")  # the "2" is refused: 12 is above the item's 10 points
    click(page, "保存得分")
    c2 = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "C2")
    assert table.item(c2, 3).text() == "1"

    for name, n in (("满意", "60"), ("基本满意", "18"), ("不满意", "22")):
        type_into(named(page, QSpinBox, name), n)
    click(page, "保存评家结果")
    assert "满意率（满意＋基本满意）÷ 收回：78%" in named(page, QLabel, "满意率").text()
    assert result.text().startswith("总分 ") and "等级：未达标。未达到“合格”：还差" in result.text()
    assert "必备项 A1、D1 未达到" in result.text()

    click_row(table, "A2")  # an auto item: a hand score without a reason is refused, said on the page
    type_into(named(page, QDoubleSpinBox, "得分"), "10")
    named(page, QLineEdit, "说明").clear()
    click(page, "保存得分")
    assert "须写明理由" in named(page, QLabel, "提示").text()


def test_titles_tab_reminds_of_reviews(qtbot, gui_db: Database) -> None:  # type: ignore[no-untyped-def]
    page = HomesPage(gui_db)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    type_into(named(page, QLineEdit, "称号"), "模范职工之家")
    type_into(named(page, QLineEdit, "授予机关"), "某市总工会")
    type_into(named(page, QLineEdit, "下次复查日期"), (dt.date.today() + dt.timedelta(days=30)).isoformat())
    click(page, "登记称号")
    assert "90 天内需复查：模范职工之家" in named(page, QLabel, "复查提醒").text()
    assert named(page, QTableWidget, "已获称号").rowCount() == 1


def test_the_home_page_reminds_of_a_title_review_due_within_three_months(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from unionbook.services.homes.titles import add_title, withdraw_title
    from unionbook.ui.main_window import MainWindow

    soon = dt.date.today() + dt.timedelta(days=30)
    held = add_title(gui_db, title="市级模范职工之家", level="市", year=2024, review_due=soon)
    add_title(gui_db, title="县级先进职工之家", level="县(区)", year=2025, review_due=soon + dt.timedelta(days=200))
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home.refreshed, timeout=5000):  # the home page reads off the GUI thread
        window.show()
    text = window.home.term_warning.text()
    assert f"称号“市级模范职工之家”须在 {soon} 前复查" in text and "县级先进职工之家" not in text
    withdraw_title(gui_db, held.id, on=dt.date.today(), reason="复查未通过")
    with qtbot.waitSignal(window.home.refreshed, timeout=5000):
        window.home.load()
    assert "市级模范职工之家" not in window.home.term_warning.text()


def test_a_workers_small_home_is_assessed_apart_from_the_union(qtbot, gui_db: Database) -> None:  # type: ignore[no-untyped-def]
    """A 职工小家 (a workshop, a team) has its own self-assessment, as `home assess --unit` does: typed into 评估对象,
    started, scored; the union's own year stays unstarted, and the unit comes back in the list afterwards."""
    from unionbook.services.homes import assessment as svc

    page = open_page(qtbot, gui_db)
    unit = named(page, QComboBox, "评估对象")
    assert unit.currentText() == "本会"
    type_into(unit.lineEdit(), "一车间")
    press(unit.lineEdit(), Qt.Key.Key_Return)
    sheets = named(page, QComboBox, "评分表")
    sheets.setCurrentIndex(sheets.findData("example-city-2026"))
    click(page, "开始自评")
    table = named(page, QTableWidget, "评分项目")
    assert table.rowCount() == 11 and "一车间" in named(page, QLabel, "评分表说明").text()
    click_row(table, "B1")
    type_into(named(page, QDoubleSpinBox, "得分"), "10")
    click(page, "保存得分")
    assert points(gui_db, "B1", "一车间") == 10
    assert [(y, u) for y, u, _t in svc.list_assessments(gui_db)] == [(2026, "一车间")]

    assert unit.findText("一车间") >= 0  # offered in the list from now on
    type_into(unit.lineEdit(), "本会")  # back to the union: its year is not started
    press(unit.lineEdit(), Qt.Key.Key_Return)
    [start] = [b for b in page.findChildren(QPushButton) if b.text() == "开始自评"]
    assert table.rowCount() == 0 and start.isEnabled()
    assert named(page, QLabel, "评分表说明").text().startswith("本会本年度还没有自评")
    unit.setFocus()
    press(unit, Qt.Key.Key_Down)  # the next one in the list: the workshop again
    assert unit.currentText() == "一车间" and table.rowCount() == 11


def test_typing_another_unit_never_writes_into_it_what_was_entered_for_the_one_shown(qtbot, gui_db: Database) -> None:  # type: ignore[no-untyped-def]
    """Review: with 本会 shown, typing 一车间 (not confirmed) and saving a score wrote it into 一车间. A score goes
    to the assessment on the page; the page follows what is typed after a pause."""
    from unionbook.services.homes import assessment as svc

    svc.start_assessment(gui_db, 2026, "example-city-2026")
    svc.start_assessment(gui_db, 2026, "example-city-2026", unit="一车间")
    page = open_page(qtbot, gui_db)
    table = named(page, QTableWidget, "评分项目")
    click_row(table, "B1")
    type_into(named(page, QDoubleSpinBox, "得分"), "10")
    unit = named(page, QComboBox, "评估对象")
    unit.lineEdit().setFocus()
    unit.lineEdit().selectAll()
    QTest.keyClicks(unit.lineEdit(), "x")  # starts typing another name …
    click(page, "保存得分")  # … and saves at once
    assert (points(gui_db, "B1"), points(gui_db, "B1", "一车间")) == (10, None)
    type_into(unit.lineEdit(), "一车间")
    qtbot.waitUntil(lambda: "一车间" in named(page, QLabel, "评分表说明").text(), timeout=3000)  # after a pause
