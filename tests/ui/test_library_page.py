"""The reading room page as a user meets it: the loan desk driven like a USB barcode scanner (the code typed,
then Enter), the catalogue's search as you type, and a stock-take from the 盘点 tab."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QTableView, QTabWidget, QWidget

from unionbook.services.library.catalogue import TitleDraft, add_title
from unionbook.services.library.loans import books_on_loan
from unionbook.store import Database
from unionbook.store.models import Member
from unionbook.ui.library.page import LibraryPage

SHOTS = Path(os.environ.get("UNIONBOOK_SHOTS", "/tmp/unionbook-shots"))


def named(root: QWidget, cls: type, name: str) -> QWidget:
    found = [w for w in root.findChildren(cls) if w.accessibleName() == name]
    assert len(found) == 1, (name, len(found))
    return found[0]


def scanner(qtbot, field: QLineEdit, code: str) -> None:  # type: ignore[no-untyped-def]
    """What a USB scanner does: types the characters, then Enter."""
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def tab(page: LibraryPage, title: str) -> None:
    tabs = page.findChild(QTabWidget)
    assert tabs is not None
    [index] = [i for i in range(tabs.count()) if tabs.tabText(i) == title]
    tabs.setCurrentIndex(index)


@pytest.fixture(autouse=True)
def _empty_reading_room(gui_db: Database) -> None:
    """These journeys start from an empty 书屋: the demo union's own catalogue and loans are removed."""
    from sqlalchemy import text

    with gui_db.transaction() as s:
        for table in ("library_stocktake_scan", "library_stocktake", "library_loan", "library_copy",
                      "library_activity", "library_title"):
            s.execute(text(f"DELETE FROM {table}"))


@pytest.fixture
def reader(gui_db: Database) -> tuple[int, str, str]:
    """A member with a card and no books out (the demo union's 书屋 lends to some members already)."""
    with gui_db.read() as s:
        members = s.query(Member).filter(Member.status == "active", Member.card_number != "").order_by(Member.id)
        m = next(m for m in members if not books_on_loan(gui_db, m.id))
        return m.id, m.name, m.card_number


def test_loan_desk_journey_with_a_scanner(qtbot, gui_db: Database, reader: tuple[int, str, str]) -> None:  # type: ignore[no-untyped-def]
    codes = [c.barcode for c in add_title(gui_db, TitleDraft(isbn="9787020002207", title="红楼梦", author="曹雪芹",
                                                             copies=7)).copies]
    member_id, name, card = reader
    page = LibraryPage(gui_db)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    tab(page, "借还")
    reader_field = named(page, QLineEdit, "读者")
    scan = named(page, QLineEdit, "扫描条码")
    result = named(page, QLabel, "扫描结果")
    loans = named(page, QTableView, "读者在借图书")

    scanner(qtbot, scan, codes[0])  # no reader yet
    assert "请先在上方选择读者" in result.text()

    scanner(qtbot, reader_field, card)  # the member card scanned too
    assert name in named(page, QLabel, "当前读者").text()
    for code in codes[:5]:
        scanner(qtbot, scan, code)
        assert "已借出《红楼梦》" in result.text()
    assert loans.model().rowCount() == 5
    scanner(qtbot, scan, codes[5])
    assert "达到每人 5 册的上限" in result.text()
    assert loans.model().rowCount() == 5

    from PySide6.QtWidgets import QPushButton

    [next_reader] = [b for b in page.findChildren(QPushButton) if b.text() == "换下一位读者"]
    qtbot.mouseClick(next_reader, Qt.MouseButton.LeftButton)  # (a book just lent to the reader at the desk is
    scanner(qtbot, scan, codes[2])  # not taken back by a second scan) a copy that is out comes back with one scan
    assert "已归还《红楼梦》" in result.text()
    scanner(qtbot, reader_field, card)
    assert loans.model().rowCount() == 4
    scanner(qtbot, scan, "SW999999")
    assert "找不到条码“SW999999”" in result.text()
    log = named(page, QListWidget, "本次借还记录")
    assert log.count() == 9
    assert sorted(x.barcode for x in books_on_loan(gui_db, member_id)) == sorted([*codes[:2], *codes[3:5]])
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "library-desk.png"))


def test_catalogue_search_and_register(qtbot, gui_db: Database) -> None:  # type: ignore[no-untyped-def]
    add_title(gui_db, TitleDraft(title="平凡的世界", author="路遥", copies=3))
    page = LibraryPage(gui_db)
    qtbot.addWidget(page)
    page.show()
    table = named(page, QTableView, "书目")
    qtbot.keyClicks(named(page, QLineEdit, "查找图书"), "pfd")
    assert table.model().rowCount() == 1
    assert table.model().index(0, 0).data() == "平凡的世界"
    qtbot.keyClicks(named(page, QLineEdit, "ISBN"), "9787020002208")
    named(page, QLineEdit, "书名").insert("红楼梦")  # Chinese comes through the input method, not key clicks
    qtbot.mouseClick(page.catalogue.add_button, Qt.MouseButton.LeftButton)
    assert "最后一位应为 7" in named(page, QLabel, "登记结果").text()
    named(page, QLineEdit, "ISBN").clear()
    qtbot.keyClicks(named(page, QLineEdit, "ISBN"), "702000220X")
    qtbot.mouseClick(page.catalogue.add_button, Qt.MouseButton.LeftButton)
    assert "已登记《红楼梦》1 册" in named(page, QLabel, "登记结果").text()


def test_stocktake_tab_finds_the_missing(qtbot, gui_db: Database, reader: tuple[int, str, str]) -> None:  # type: ignore[no-untyped-def]
    from unionbook.services.library.loans import lend

    add_title(gui_db, TitleDraft(title="乡土中国", author="费孝通", copies=5))
    lend(gui_db, "SW000002", reader[2], on=dt.date.today())
    page = LibraryPage(gui_db)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    tab(page, "盘点")
    qtbot.mouseClick(page.stocktake.start_button, Qt.MouseButton.LeftButton)
    scan = named(page, QLineEdit, "盘点扫码")
    for code in ("SW000004", "SW000001", "BOOK-77"):
        scanner(qtbot, scan, code)
    assert "已扫 3 册" in named(page, QLabel, "盘点状态").text()
    qtbot.mouseClick(page.stocktake.finish_button, Qt.MouseButton.LeftButton)
    result = named(page, QLabel, "盘点结果").text()
    assert "在架 2 册，借出 1 册，缺失 2 册，未登记条码 1 个" in result
    missing = named(page, QListWidget, "缺失图书")
    assert [missing.item(i).text() for i in range(missing.count())] == ["SW000003", "SW000005"]
    assert named(page, QListWidget, "未登记条码").item(0).text() == "BOOK-77"
    missing.setCurrentRow(0)
    qtbot.mouseClick(page.stocktake.write_off_button, Qt.MouseButton.LeftButton)
    assert missing.item(0).text().endswith("（已注销）")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "library-stocktake.png"))
    tab(page, "统计")
    assert "藏书册数（不含已注销）</td><td align='right'><b>4<" in named(page, QLabel, "书屋统计").text()


def test_figures_tab_settings_and_a_reading_activity(qtbot, gui_db: Database) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox, QPushButton, QSpinBox

    from unionbook.services.library.copies import loan_rules

    add_title(gui_db, TitleDraft(title="乡土中国", copies=300))
    add_title(gui_db, TitleDraft(title="平凡的世界", copies=220))
    page = LibraryPage(gui_db)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    tab(page, "统计")
    figures_text = named(page, QLabel, "书屋统计")
    standard = named(page, QLabel, "达标情况")
    assert "藏书：520 册，要求不少于 3000 册，差 2480 册" in standard.text() and "<b>未达到" in standard.text()
    level = named(page, QComboBox, "衡量标准")
    qtbot.keyClick(level, Qt.Key.Key_Down)  # the city example: 500 volumes, 30 m², 5 periodicals …
    assert "<b>达到" in standard.text()  # the demo union's room (42 m², 8 periodicals, staff, rules)
    assert "面积：42 平方米，要求不少于 30 平方米，达到" in standard.text()
    days = named(page, QSpinBox, "借期（天）")
    days.selectAll()
    qtbot.keyClicks(days, "21")
    [save] = [b for b in page.findChildren(QPushButton) if b.text() == "保存借阅设置"]
    from PySide6.QtWidgets import QCheckBox

    refuse = named(page, QCheckBox, "有逾期未还时不借")
    assert not refuse.isChecked()  # the default: warn at the desk, still lend
    qtbot.mouseClick(refuse, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert loan_rules(gui_db).loan_days == 21 and loan_rules(gui_db).refuse_overdue is True
    named(page, QLineEdit, "活动名称").insert("书香三八读书会")
    people = named(page, QSpinBox, "参加人数")
    people.selectAll()
    qtbot.keyClicks(people, "38")
    [add] = [b for b in page.findChildren(QPushButton) if b.text() == "登记活动"]
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert "书香三八读书会　38 人" in named(page, QLabel, "读书活动").text()
    assert "1 / 38" in figures_text.text()
    qtbot.waitUntil(lambda: figures_text.height() >= figures_text.sizeHint().height())  # laid out again
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "library-figures.png"))



def test_desk_double_scan_overdue_reader_and_next_reader(qtbot, gui_db: Database,  # type: ignore[no-untyped-def]
                                                          reader: tuple[int, str, str]) -> None:
    """Review 2 items 2, 3, 8: a scanner's double read of a book just lent is not a return; a reader with an
    overdue book is warned about on being chosen, the overdue row marked; 换下一位读者 clears the old message."""
    from PySide6.QtGui import QBrush
    from PySide6.QtWidgets import QPushButton

    from unionbook.services.library.loans import lend

    codes = [c.barcode for c in add_title(gui_db, TitleDraft(title="三体", author="刘慈欣", copies=3)).copies]
    member_id, name, card = reader
    lend(gui_db, codes[0], card, on=dt.date.today() - dt.timedelta(days=86))  # due 30 days later: 56 days late
    page = LibraryPage(gui_db)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    tab(page, "借还")
    reader_field = named(page, QLineEdit, "读者")
    scan = named(page, QLineEdit, "扫描条码")
    result = named(page, QLabel, "扫描结果")
    loans = named(page, QTableView, "读者在借图书")

    scanner(qtbot, reader_field, card)
    warning = named(page, QLabel, "逾期提醒")
    assert warning.isVisible() and f"{name}有 1 册逾期 56 天未还" in warning.text()
    assert f"{name}有 1 册逾期 56 天未还" in result.text()
    late = loans.model().index(0, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(late, QBrush) and late.color().red() > 200 and late.color().green() < 230

    scanner(qtbot, scan, codes[1])
    assert "已借出《三体》" in result.text()
    assert loans.model().index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is None  # not late: not marked
    scanner(qtbot, scan, codes[1])  # the scanner reads the same book twice
    assert f"《三体》刚借给{name}" in result.text()
    assert sorted(x.barcode for x in books_on_loan(gui_db, member_id)) == sorted(codes[:2])
    assert loans.model().rowCount() == 2
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "library-desk-double-scan.png"))

    [next_reader] = [b for b in page.findChildren(QPushButton) if b.text() == "换下一位读者"]
    qtbot.mouseClick(next_reader, Qt.MouseButton.LeftButton)
    assert result.text().strip() == ""
    assert not warning.isVisible()
    scanner(qtbot, scan, codes[1])  # no reader at the desk: a scan of a book out takes it back
    assert "已归还《三体》" in result.text()
    assert [x.barcode for x in books_on_loan(gui_db, member_id)] == [codes[0]]

    with gui_db.read() as s:  # the next reader chosen straight away: the last message goes too
        other = s.query(Member).filter(Member.status == "active", Member.card_number != "",
                                       Member.id != member_id).order_by(Member.id).first()
        assert other is not None
        other_card, other_id = other.card_number, other.id
    assert not [x for x in books_on_loan(gui_db, other_id) if x.days_overdue(dt.date.today())]
    scanner(qtbot, reader_field, other_card)
    assert result.text().strip() == "" and not warning.isVisible()


def test_desk_says_an_overdue_reader_must_return_first_when_the_setting_refuses(  # type: ignore[no-untyped-def]
        qtbot, gui_db: Database, reader: tuple[int, str, str]) -> None:
    from unionbook.services.library.copies import set_loan_rule
    from unionbook.services.library.loans import lend

    codes = [c.barcode for c in add_title(gui_db, TitleDraft(title="三体", author="刘慈欣", copies=2)).copies]
    member_id, name, card = reader
    lend(gui_db, codes[0], card, on=dt.date.today() - dt.timedelta(days=40))
    set_loan_rule(gui_db, "refuse_overdue", True)
    page = LibraryPage(gui_db)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    tab(page, "借还")
    scanner(qtbot, named(page, QLineEdit, "读者"), card)
    assert f"{name}有 1 册逾期 10 天未还，按书屋设置须先还书再借" in named(page, QLabel, "逾期提醒").text()
    scanner(qtbot, named(page, QLineEdit, "扫描条码"), codes[1])
    assert "按书屋设置须先还书再借" in named(page, QLabel, "扫描结果").text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "library-desk-refuse-overdue.png"))
    assert [x.barcode for x in books_on_loan(gui_db, member_id)] == [codes[0]]
