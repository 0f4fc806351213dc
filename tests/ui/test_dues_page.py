"""Journeys through the 会费经费 page: an employer's month, a member paying three months in cash, the arrears
list, and a closed year refusing a later entry. Widgets are found by their accessible names; dialogs run their
own loop and are answered by clicking their buttons."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dues_kit import make_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView, QWidget
from sqlalchemy import func, select

from unionbook.domain.dues import Month
from unionbook.domain.member import MemberDraft, Status
from unionbook.services.dues.dues import first_due_month
from unionbook.services.dues.rules import dues_rules_for
from unionbook.services.members.records import add_member
from unionbook.store.models import DuesPayment, Employer, LedgerEntry, Member
from unionbook.ui.dues.page import DuesPage

TODAY = dt.date.today()
THIS_MONTH = Month.of(TODAY)


def named(page: QWidget, cls: type, name: str):  # type: ignore[no-untyped-def]
    found = [w for w in page.findChildren(cls) if w.accessibleName() == name and w.isVisible()]
    assert len(found) == 1, (name, len(found))
    return found[0]


def click(qtbot, page: QWidget, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(named(page, QPushButton, name), Qt.MouseButton.LeftButton)


def type_into(qtbot, page: QWidget, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = named(page, QLineEdit, name)
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII only; Chinese arrives as an input method's commit does
        edit.insert(text)


def answer_questions_yes(monkeypatch, shown: list[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    """The suite's message-box recorder (tests/ui/conftest.py) answers questions No; this user says Yes."""
    def yes(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(("question", str(title), str(text)))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))


def open_page(qtbot, db, tab: str) -> DuesPage:  # type: ignore[no-untyped-def]
    page = DuesPage(db)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    index = next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == tab)
    page.tabs.setCurrentIndex(index)
    return page


def choose_employer(page: QWidget, name: str, employer: str) -> None:
    combo = named(page, QComboBox, name)
    combo.setCurrentIndex(combo.findText(employer))
    assert combo.currentText() == employer


def test_record_an_employers_month(qtbot, gui_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with gui_db.read() as s:
        employer, = s.execute(select(Employer.name).join(Member, Member.employer_id == Employer.id)
                              .group_by(Employer.id).order_by(func.count().desc()).limit(1)).one()
        joined = s.execute(select(Member.join_date).join(Employer).where(
            Employer.name == employer, Member.status == Status.ACTIVE.value)).scalars().all()
    rules = dues_rules_for(gui_db)
    expected = sum(1 for j in joined if first_due_month(j, rules) <= THIS_MONTH)
    page = open_page(qtbot, gui_db, "会费")
    choose_employer(page, "代扣单位", employer)
    type_into(qtbot, page, "代扣月份", str(THIS_MONTH))
    click(qtbot, page, "记录代扣")  # runs off the GUI thread (ui/kit/ops.py run_op long=True)

    def shown() -> str:
        return next((w.text() for w in page.findChildren(QLabel) if w.text().startswith(employer)), "")

    qtbot.waitUntil(lambda: bool(shown()), timeout=10_000)
    result = shown()
    assert f"记录 {expected} 人" in result
    with gui_db.read() as s:
        assert s.execute(select(func.count()).where(DuesPayment.month == str(THIS_MONTH))).scalar_one() == expected
    page.grab().save(str(tmp_path / "dues.png"))


def test_a_payroll_month_after_this_month_is_refused(qtbot, gui_db, message_boxes) -> None:  # type: ignore[no-untyped-def]
    """Review item 2: 记录代扣 took 2027-05 silently and hid five months of arrears behind 会费交至."""
    with gui_db.read() as s:
        employer = s.execute(select(Employer.name).join(Member, Member.employer_id == Employer.id).limit(1)).scalar_one()
        before = s.execute(select(func.count()).select_from(DuesPayment)).scalar_one()
    page = open_page(qtbot, gui_db, "会费")
    choose_employer(page, "代扣单位", employer)
    type_into(qtbot, page, "代扣月份", str(THIS_MONTH + 1))
    click(qtbot, page, "记录代扣")
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)
    kind, _title, text = message_boxes[0]
    assert kind == "warning" and f"{(THIS_MONTH + 1).label}在本月（{THIS_MONTH.label}）之后" in text
    with gui_db.read() as s:
        assert s.execute(select(func.count()).select_from(DuesPayment)).scalar_one() == before


def test_the_dues_tab_shows_whole_names_and_hints(qtbot, gui_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Review item 13: at 1366 × 768 the 单位 box clipped the first character of a long employer name and the
    member box cut its hint to "会员编号、会员证…"."""
    with gui_db.read() as s:
        longest = max(s.execute(select(Employer.name)).scalars(), key=len)
    page = open_page(qtbot, gui_db, "会费")
    page.resize(1196, 720)  # the page beside the navigation in a 1366-wide window
    combo = named(page, QComboBox, "代扣单位")
    combo.setCurrentIndex(combo.findText(longest))
    qtbot.wait(50)
    edit = combo.lineEdit()
    assert edit.fontMetrics().horizontalAdvance(longest) <= edit.contentsRect().width() - 4, longest
    key = named(page, QLineEdit, "会员")
    assert key.fontMetrics().horizontalAdvance(key.placeholderText()) <= key.contentsRect().width() - 4
    page.grab().save(str(tmp_path / "dues-tab.png"))


def test_the_ledger_shows_memo_and_warning_without_scrolling(qtbot, gui_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Review item 10: at 1366 wide the 收支账 table cut 摘要 and 提示 and the over-cap warning needed a scroll."""
    page = open_page(qtbot, gui_db, "收支账")
    page.resize(1196, 720)
    view = named(page, QTableView, "收支明细")
    page.tabs.currentWidget().reload()
    qtbot.wait(50)
    assert view.model().rowCount() > 10
    header = view.horizontalHeader()
    labels = [view.model().headerData(i, Qt.Orientation.Horizontal) for i in range(header.count())]
    page.grab().save(str(tmp_path / "ledger-tab.png"))
    assert view.horizontalScrollBar().maximum() == 0  # every column within sight
    for name in ("提示", "摘要"):
        col = labels.index(name)
        assert header.sectionSize(col) >= 120, (name, header.sectionSize(col))
        assert header.sectionViewportPosition(col) + header.sectionSize(col) <= view.viewport().width() + 1, name
    assert labels.index("提示") < labels.index("对方")  # the warning comes before the long text columns
    page.grab().save(str(tmp_path / "ledger-tab.png"))


def _new_member(db, name: str, seq: int, employer: str = "测试新厂有限公司") -> int:  # type: ignore[no-untyped-def]
    joined = dt.date(TODAY.year - 1, 11, 3)
    return add_member(db, MemberDraft(name=name, id_number=make_id(seq, "19910203"), employer=employer,
                                      join_date=joined), event_date=joined).member_id


def test_a_member_pays_three_months_in_cash(qtbot, gui_db, message_boxes) -> None:  # type: ignore[no-untyped-def]
    member = _new_member(gui_db, "欧阳晓", 901)
    page = open_page(qtbot, gui_db, "会费")
    type_into(qtbot, page, "会员", str(member))
    click(qtbot, page, "查找会员")
    info = named(page, QLabel, "会员会费情况")
    assert "欧阳晓" in info.text() and "尚无交费记录" in info.text()
    type_into(qtbot, page, "月工资", "4321.50")
    type_into(qtbot, page, "工资起始月份", f"{TODAY.year - 1}-11")
    click(qtbot, page, "设定工资")
    assert "21.60 元" in info.text()  # 4,320 × 0.5 %
    type_into(qtbot, page, "交费起始月份", f"{TODAY.year - 1}-11")
    type_into(qtbot, page, "交费截止月份", f"{TODAY.year}-01")
    type_into(qtbot, page, "收据号", "会收-88")
    click(qtbot, page, "收款")
    assert f"会费交至：{TODAY.year}年1月" in info.text()
    rows = named(page, QTableView, "交费记录").model()
    assert rows.rowCount() == 3
    assert {rows.index(r, 4).data() for r in range(3)} == {"会收-88"}
    # paying January again is refused with a message and writes nothing
    click(qtbot, page, "收款")
    assert [kind for kind, _t, _m in message_boxes] == ["warning"] and "已经交过" in message_boxes[0][2]
    assert rows.rowCount() == 3


def test_arrears_shows_the_right_members(qtbot, gui_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from unionbook.services.dues.dues import pay, set_wage

    payer, owes = _new_member(gui_db, "司马青", 902), _new_member(gui_db, "上官云", 903)
    last = THIS_MONTH + -1
    for m in (payer, owes):
        set_wage(gui_db, m, "3000", f"{TODAY.year - 1}-11")
    pay(gui_db, payer, f"{TODAY.year - 1}-11", str(last))
    page = open_page(qtbot, gui_db, "欠费")
    choose_employer(page, "欠费单位", "测试新厂有限公司")
    type_into(qtbot, page, "截至月份", str(last))
    click(qtbot, page, "查询欠费")
    table = named(page, QTableView, "欠费名单").model()
    assert [table.index(r, 1).data() for r in range(table.rowCount())] == ["上官云"]
    unpaid = last - Month(TODAY.year - 1, 11) + 1
    assert table.index(0, 2).data() == str(unpaid)
    assert table.index(0, 3).data() == f"{unpaid * 15}.00"
    assert table.index(0, 6).data() == ("连续欠费满6个月" if unpaid >= 6 else "")
    page.grab().save(str(tmp_path / "arrears.png"))


def test_closing_the_year_refuses_a_later_entry(qtbot, gui_db, message_boxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, gui_db, "收支账")
    state = named(page, QLabel, "结账状态")
    assert state.text().startswith("未结账")
    answer_questions_yes(monkeypatch, message_boxes)
    click(qtbot, page, "结账")
    assert state.text().startswith("已于")
    assert "不能再增加、修改或删除" in message_boxes[0][2]
    with gui_db.read() as s:
        before = s.execute(select(func.count()).select_from(LedgerEntry)).scalar_one()
    combo = named(page, QComboBox, "科目")
    combo.setCurrentIndex(combo.findData("income.other"))
    type_into(qtbot, page, "金额", "12.34")
    click(qtbot, page, "记账")
    kind, _title, text = message_boxes[1]
    assert kind == "warning" and f"{TODAY.year}年的账已于" in text and "调整分录" in text
    with gui_db.read() as s:
        assert s.execute(select(func.count()).select_from(LedgerEntry)).scalar_one() == before




def test_posting_says_who_left_earlier_months_unpaid(qtbot, gui_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Review 2 item 1: a month posted for members with unpaid months before it said only "记录 N 人"."""
    from unionbook.services.dues.dues import pay, set_wage

    member = _new_member(gui_db, "诸葛明", 904)
    set_wage(gui_db, member, "3000", f"{TODAY.year - 1}-11")
    pay(gui_db, member, f"{TODAY.year - 1}-11", f"{TODAY.year - 1}-11")  # then nothing until this month
    page = open_page(qtbot, gui_db, "会费")
    choose_employer(page, "代扣单位", "测试新厂有限公司")
    type_into(qtbot, page, "代扣月份", str(THIS_MONTH))
    click(qtbot, page, "记录代扣")

    def shown() -> str:
        return next((w.text() for w in page.findChildren(QLabel) if w.text().startswith("测试新厂有限公司")), "")

    qtbot.waitUntil(lambda: bool(shown()), timeout=10_000)
    assert "记录 1 人" in shown() and "其中 1 人此前有欠费月份未交" in shown()
    page.grab().save(str(tmp_path / "dues-gaps.png"))


def test_the_ledger_marks_over_budget_lines_and_shows_a_whole_warning(qtbot, gui_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Review 2 items 12 and 13: spending over its budget had no mark in 预算与实际; the 提示 column showed
    "节日慰问品（每人…" and the rest only on hovering."""
    from PySide6.QtGui import QColor
    from PySide6.QtTest import QTest

    from unionbook.services.dues import ledger
    from unionbook.services.dues.report import year_report
    from unionbook.services.rules.in_force import choose_rule_set

    choose_rule_set(gui_db, "ningxia-industry-2020")  # gift caps are provincial rows
    year = TODAY.year
    report_before = {x.code: x.actual_fen for x in year_report(gui_db, year).lines}
    spent = report_before["expense.rights"]
    ledger.set_budget(gui_db, year, "expense.rights", str(spent // 100 + 10))  # within budget
    warned = ledger.add_entry(gui_db, day=TODAY, category="expense.activities", sub="生日慰问", amount="3500",
                              people=1, memo="职工生日蛋糕卡")
    assert warned.warning
    activities = report_before["expense.activities"] + 350000
    ledger.set_budget(gui_db, year, "expense.activities", "100")
    over = f"超预算 {activities / 100 - 100:,.2f}"

    page = open_page(qtbot, gui_db, "收支账")
    page.resize(1196, 720)
    page.tabs.currentWidget().reload()
    budget = named(page, QTableView, "预算与实际").model()
    texts = {budget.index(r, 0).data(): budget.index(r, 2).data() for r in range(budget.rowCount())}
    assert over in texts["职工活动支出"]
    assert "超预算" not in texts["维权支出"]
    row = next(r for r in range(budget.rowCount()) if budget.index(r, 0).data() == "职工活动支出")
    assert QColor(budget.index(row, 2).data(Qt.ItemDataRole.ForegroundRole)).red() > 150

    view = named(page, QTableView, "收支明细")
    entries = view.model()
    row = next(r for r in range(entries.rowCount()) if entries.index(r, 0).data() == str(warned.id))
    view.scrollTo(entries.index(row, 5))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(entries.index(row, 5)).center())
    detail = named(page, QLabel, "所选账目的提示")
    assert detail.isVisible() and detail.text() == warned.warning
    # wrapped within the page: every character is on screen, none cut
    assert detail.wordWrap() and detail.width() <= page.width()
    assert "职工生日蛋糕卡" in named(page, QLabel, "所选账目").text()
    page.grab().save(str(tmp_path / "ledger-over.png"))
