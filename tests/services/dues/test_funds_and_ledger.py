"""Funds: levy and split, receipts and remittances; the books: categories, caps, forbidden gifts, closing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from unionbook.cli.jsonout import to_data
from unionbook.errors import ConflictError, ValidationError
from unionbook.services.dues import funds, ledger
from unionbook.services.dues.report import year_report
from unionbook.services.rules.in_force import choose_rule_set
from unionbook.store import Database
from unionbook.store.models import LedgerEntry

DAY = dt.date(2026, 4, 12)


def test_declare_splits_the_levy_exactly(union_db: Database, small: dict[str, int]) -> None:
    d = funds.declare(union_db, "恒达物流有限公司", "2026-03", "123456.78", day=DAY)
    data = to_data(d)
    assert (data["payroll"], data["levy"], data["retained"], data["upper"]) == (
        "123456.78", "2469.14", "1481.49", "987.65")  # 2 % half up; 60 % floor + remainder; 40 % floor
    assert d.upper_parts == {}  # the national rule set has no table of the upper levels' shares
    assert "尾差归基层工会" in d.rule_note
    choose_rule_set(union_db, "ningxia-industry-2020")
    d = funds.declare(union_db, "恒达物流有限公司", "2026-04", "123456.78", day=DAY)
    assert sum(d.upper_parts.values()) == d.upper_fen


def test_overlapping_periods_are_refused(union_db: Database, small: dict[str, int]) -> None:
    funds.declare(union_db, "恒达物流有限公司", "2026-Q1", "300000", day=DAY)
    with pytest.raises(ConflictError, match="重叠"):
        funds.declare(union_db, "恒达物流有限公司", "2026-02", "100000", day=DAY)
    funds.declare(union_db, "恒达物流有限公司", "2026-04", "100000", day=DAY)


def test_received_and_remitted_flow_into_the_books_and_the_summary(union_db: Database, small: dict[str, int]) -> None:
    funds.declare(union_db, "恒达物流有限公司", "2026-03", "100000", day=DAY)
    funds.move(union_db, "received", "恒达物流有限公司", "2026-03", "1500", day=DAY, voucher="收-3")
    funds.move(union_db, "remitted", "恒达物流有限公司", "2026-03", day=DAY)  # the whole upper share: 800.00
    with pytest.raises(ConflictError, match="只有 0.00 元"):
        funds.move(union_db, "remitted", "恒达物流有限公司", "2026-03", "1", day=DAY)
    summary = to_data(funds.summary(union_db, 2026))
    assert {k: summary[k] for k in ("levy", "retained", "upper", "received", "remitted", "outstanding")} == {
        "levy": "2000.00", "retained": "1200.00", "upper": "800.00", "received": "1500.00", "remitted": "800.00",
        "outstanding": "500.00"}
    assert summary["by_employer"][0]["employer"] == "恒达物流有限公司"
    entries = ledger.list_entries(union_db, 2026)
    assert [(e.category, e.amount_fen) for e in entries] == [("income.allocated", 150000), ("expense.other", 80000)]


def test_a_closed_year_is_locked_and_corrections_name_what_they_correct(union_db: Database) -> None:
    wrong = ledger.add_entry(union_db, day=dt.date(2025, 9, 1), category="expense.activities", amount="800",
                             sub="文体活动", memo="篮球赛")
    ledger.close_year(union_db, 2025, today=dt.date(2026, 1, 10))
    with pytest.raises(ConflictError, match="已于2026-01-10结账"):
        ledger.add_entry(union_db, day=dt.date(2025, 12, 31), category="income.other", amount="10")
    with pytest.raises(ConflictError, match="结账"):
        ledger.remove_entry(union_db, wrong.id)
    with pytest.raises(ConflictError, match="重复结账"):
        ledger.close_year(union_db, 2025, today=dt.date(2026, 1, 10))
    fix = ledger.add_entry(union_db, day=dt.date(2026, 1, 12), category="expense.activities", amount="-80",
                           corrects=wrong.id, memo="发票金额应为720元")
    assert fix.corrects_id == wrong.id and fix.memo.startswith(f"更正第{wrong.id}笔")
    with pytest.raises(ValidationError, match="负数"):
        ledger.add_entry(union_db, day=dt.date(2026, 1, 12), category="expense.activities", amount="-80")


def test_cash_gifts_are_refused_and_caps_warn_with_the_rule(union_db: Database) -> None:
    choose_rule_set(union_db, "ningxia-industry-2020")  # gift caps are provincial rows
    with pytest.raises(ValidationError, match="购物卡"):
        ledger.add_entry(union_db, day=DAY, category="expense.activities", sub="节日慰问", amount="5000",
                         memo="中秋购物卡", people=10)
    with union_db.read() as s:
        assert s.execute(select(func.count()).select_from(LedgerEntry)).scalar_one() == 0
    ok = ledger.add_entry(union_db, day=DAY, category="expense.activities", sub="生日慰问", amount="3000", people=10)
    assert ok.warning == ""
    over = ledger.add_entry(union_db, day=DAY, category="expense.activities", sub="生日慰问", amount="3500", people=10)
    assert "300.00" in over.warning and "待核实" in over.warning
    with pytest.raises(ValidationError, match="没有收支科目"):
        ledger.add_entry(union_db, day=DAY, category="expense.party", amount="1")


def test_year_report_adds_up(union_db: Database) -> None:
    ledger.add_entry(union_db, day=dt.date(2025, 5, 1), category="income.admin_subsidy", amount="10000")
    ledger.add_entry(union_db, day=dt.date(2026, 2, 1), category="income.admin_subsidy", amount="5000")
    ledger.add_entry(union_db, day=dt.date(2026, 3, 1), category="expense.activities", amount="1234.56")
    ledger.set_budget(union_db, 2026, "expense.activities", "2000")
    r = year_report(union_db, 2026)
    assert (r.opening_fen, r.income_fen, r.expense_fen, r.closing_fen) == (1000000, 500000, 123456, 1376544)
    line = next(x for x in r.lines if x.code == "expense.activities")
    assert (line.actual_fen, line.budget_fen) == (123456, 200000)
    assert to_data(r)["closing"] == "13765.44"


def _over_one_budget(db: Database) -> None:
    """2026: 职工活动支出 2,085 against a 1,260 budget (825 over), 维权支出 50 within 90, 行政补助收入 5,000 above
    its 100 (income: never over), 业务支出 without a budget."""
    ledger.add_entry(db, day=dt.date(2026, 2, 1), category="income.admin_subsidy", amount="5000")
    ledger.add_entry(db, day=dt.date(2026, 3, 1), category="expense.activities", amount="2085")
    ledger.add_entry(db, day=dt.date(2026, 3, 2), category="expense.rights", amount="50")
    ledger.set_budget(db, 2026, "expense.activities", "1260")
    ledger.set_budget(db, 2026, "expense.rights", "90")
    ledger.set_budget(db, 2026, "income.admin_subsidy", "100")


def test_spending_over_the_budget_is_flagged(union_db: Database) -> None:
    """Review 2 item 12: 职工活动支出 208,500 against a 126,000 budget carried no mark. Only spending over its
    budget is flagged; income above its budget, and a line without a budget, are not."""
    _over_one_budget(union_db)
    lines = {x.code: x for x in year_report(union_db, 2026).lines}
    assert lines["expense.activities"].over_budget_fen == 82500
    assert [lines[c].over_budget_fen for c in ("expense.rights", "income.admin_subsidy", "expense.business")] == [
        0, 0, 0]
    data = to_data(year_report(union_db, 2026))
    by_code = {x["category"]: x for x in data["lines"]}
    assert (by_code["expense.activities"]["over_budget"], by_code["expense.rights"]["over_budget"]) == ("825.00", None)


def test_the_printed_and_spreadsheet_summary_mark_spending_over_its_budget(union_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The 经审会 reads the printed 收支情况表: a line that spent over its budget shows by how much (超预算数), as
    the screen and the JSON do; lines within their budget, income and lines without a budget show nothing."""
    import shutil
    import subprocess

    from openpyxl import load_workbook

    from unionbook.services.dues.papers import ledger_report

    _over_one_budget(union_db)
    path, _ = ledger_report(union_db, 2026, tmp_path / "sheet.xlsx")
    ws = load_workbook(path)["收支情况表"]
    header = [c.value for c in ws[2]]
    assert header[-1] == "超预算数"
    over = {row[0]: row[-1] for row in ws.iter_rows(min_row=3, values_only=True)}
    assert over["职工活动支出"] == 825 and over["维权支出"] is None and over["行政补助收入"] is None
    assert over["三、本年支出"] is None  # not the difference of the total's budget and actual: left blank
    if shutil.which("pdftotext"):
        pdf, _ = ledger_report(union_db, 2026, tmp_path / "sheet.pdf")
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "超预算数" in text
        line = next(t for t in text.splitlines() if "职工活动支出" in t)
        assert line.split()[-1] == "825.00"
