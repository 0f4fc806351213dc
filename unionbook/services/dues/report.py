"""The year's account: opening balance, income and expense by category against the budget, closing balance —
what the 经审会 reviews and the assembly receives (收支情况表) — and the detail ledger (收支明细账) rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select

from unionbook.services.dues.rules import dues_rules, dues_rules_for
from unionbook.store import Database
from unionbook.store.models import LedgerBudget, LedgerEntry, LedgerYear


@dataclass(frozen=True)
class ReportLine:
    code: str
    label: str
    kind: str
    actual_fen: int
    budget_fen: int | None

    @property
    def over_budget_fen(self) -> int:
        """How far spending went over its budget (超预算); 0 for income, a line without a budget, or within it."""
        if self.kind != "expense" or self.budget_fen is None:
            return 0
        return max(0, self.actual_fen - self.budget_fen)


@dataclass(frozen=True)
class YearReport:
    year: int
    opening_fen: int
    lines: tuple[ReportLine, ...]
    closed_on: dt.date | None
    entries: int

    @property
    def income_fen(self) -> int:
        return sum(x.actual_fen for x in self.lines if x.kind == "income")

    @property
    def expense_fen(self) -> int:
        return sum(x.actual_fen for x in self.lines if x.kind == "expense")

    @property
    def closing_fen(self) -> int:
        return self.opening_fen + self.income_fen - self.expense_fen


def _signed(kind_col: Any, amount_col: Any) -> Any:
    return func.coalesce(func.sum(case((kind_col == "income", amount_col), else_=-amount_col)), 0)


def year_report(db: Database, year: int) -> YearReport:
    with db.read() as s:
        opening = int(s.execute(select(_signed(LedgerEntry.kind, LedgerEntry.amount_fen))
                                .where(LedgerEntry.year < year)).scalar_one())
        actual = dict(s.execute(select(LedgerEntry.category, func.sum(LedgerEntry.amount_fen))
                                .where(LedgerEntry.year == year).group_by(LedgerEntry.category)).tuples().all())
        budget = dict(s.execute(select(LedgerBudget.category, LedgerBudget.amount_fen)
                                .where(LedgerBudget.year == year)).tuples().all())
        count = int(s.execute(select(func.count()).where(LedgerEntry.year == year)).scalar_one())
        closed = s.get(LedgerYear, year)
        closed_on = closed.closed_on if closed is not None else None
        categories = dues_rules(s).categories
    lines = tuple(ReportLine(c.code, c.label, c.kind, int(actual.get(c.code, 0)), budget.get(c.code))
                  for c in categories)
    return YearReport(year, opening, lines, closed_on, count)


@dataclass(frozen=True)
class DetailRow:
    id: int
    date: dt.date
    voucher: str
    label: str
    memo: str
    income_fen: int
    expense_fen: int
    balance_fen: int


def detail_rows(db: Database, year: int) -> tuple[int, list[DetailRow]]:
    """The year's entries in date order with a running balance, after the opening balance."""
    report_opening = year_report(db, year).opening_fen
    labels = {c.code: c.label for c in dues_rules_for(db).categories}
    balance = report_opening
    out = []
    with db.read() as s:
        rows = s.execute(select(LedgerEntry.id, LedgerEntry.date, LedgerEntry.voucher, LedgerEntry.category,
                                LedgerEntry.sub, LedgerEntry.memo, LedgerEntry.counterparty, LedgerEntry.kind,
                                LedgerEntry.amount_fen).where(LedgerEntry.year == year)
                         .order_by(LedgerEntry.date, LedgerEntry.id)).tuples().all()
    for eid, day, voucher, cat, sub, memo, party, kind, amount in rows:
        income = amount if kind == "income" else 0
        expense = amount if kind == "expense" else 0
        balance += income - expense
        label = labels.get(cat, cat) + (f"—{sub}" if sub else "")
        text = memo or party
        out.append(DetailRow(eid, day, voucher, label, text, income, expense, balance))
    return report_opening, out
