"""The dues and funds area's part of the annual report package: the year's funds (levy, retained and upper
shares, received, remitted) and the 收支情况表 of the books. Who owes dues is the union's own business (the
arrears list, services/dues/arrears.py) and costs a pass over every member's months: it is not sent up."""

from __future__ import annotations

from unionbook.domain.dues_money import format_amount
from unionbook.services.dues.funds import summary
from unionbook.services.dues.report import year_report
from unionbook.services.union.reporting import AreaReport
from unionbook.store import Database


def annual_report(db: Database, year: int) -> AreaReport:
    funds = summary(db, year)
    books = year_report(db, year)
    missing = [] if books.closed_on else [f"{year} 年的收支账尚未结账"]
    return AreaReport(
        parts={"dues/funds.json": funds.to_json(), "dues/books.json": books.to_json()},
        lines=[f"经费应拨 {format_amount(funds.total('levy'))} 元（留成 {format_amount(funds.total('retained'))} 元）",
               f"本年收入 {format_amount(books.income_fen)} 元、支出 {format_amount(books.expense_fen)} 元"],
        missing=missing,
    )
