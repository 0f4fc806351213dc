"""The dues and funds area's part of the annual report package: the year's funds (levy, retained and upper
shares, received, remitted) and the 收支情况表 of the books. Who owes dues is the union's own business (the
arrears list, services/dues/arrears.py) and costs a pass over every member's months: it is not sent up."""

from __future__ import annotations

from typing import Any

from unionbook.domain.dues_money import format_amount
from unionbook.services.dues.funds import SUMS, FundsSummary, summary
from unionbook.services.dues.report import YearReport, year_report
from unionbook.services.union.reporting import AreaReport
from unionbook.store import Database


def annual_report(db: Database, year: int) -> AreaReport:
    funds = summary(db, year)
    books = year_report(db, year)
    missing = [] if books.closed_on else [f"{year} 年的收支账尚未结账"]
    return AreaReport(
        parts={"dues/funds.json": _funds_part(funds), "dues/books.json": _books_part(books)},
        lines=[f"经费应拨 {format_amount(funds.total('levy'))} 元（留成 {format_amount(funds.total('retained'))} 元）",
               f"本年收入 {format_amount(books.income_fen)} 元、支出 {format_amount(books.expense_fen)} 元"],
        missing=missing,
    )


# The package's parts are its own file format (read by the upper level's importer), written here; the command
# line's JSON of the same objects is cli/jsonout.py's business and may grow keys the package does not carry.

def _funds_part(r: FundsSummary) -> dict[str, Any]:
    return {"year": r.year, **{k: format_amount(r.total(k)) for k in SUMS},
            "by_employer": [{"employer": x.employer, **{k: format_amount(getattr(x, k + "_fen")) for k in SUMS}}
                            for x in r.lines]}


def _books_part(r: YearReport) -> dict[str, Any]:
    return {"year": r.year, "opening": format_amount(r.opening_fen), "income": format_amount(r.income_fen),
            "expense": format_amount(r.expense_fen), "closing": format_amount(r.closing_fen),
            "closed_on": r.closed_on.isoformat() if r.closed_on else None, "entries": r.entries,
            "lines": [{"category": x.code, "label": x.label, "kind": x.kind, "actual": format_amount(x.actual_fen),
                       "budget": format_amount(x.budget_fen) if x.budget_fen is not None else None}
                      for x in r.lines]}
