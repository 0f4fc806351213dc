"""The dues and funds area's part of the annual report package: the year's funds (levy, retained and upper
shares, received, remitted), the 收支情况表 of the books, and who owes dues at the year's end."""

from __future__ import annotations

from unionbook.domain.dues import Month
from unionbook.domain.dues_money import format_amount
from unionbook.services.dues.arrears import arrears
from unionbook.services.dues.funds import summary
from unionbook.services.dues.report import year_report
from unionbook.services.union.reporting import AreaReport
from unionbook.store import Database


def annual_report(db: Database, year: int) -> AreaReport:
    funds = summary(db, year)
    books = year_report(db, year)
    owed = arrears(db, as_of=Month(year, 12))
    missing = [] if books.closed_on else [f"{year} 年的收支账尚未结账"]
    return AreaReport(
        parts={"dues/funds.json": funds.to_json(), "dues/books.json": books.to_json(),
               "dues/arrears.json": {"as_of": str(owed.as_of), "members": len(owed.members),
                                     "lapse_count": sum(1 for a in owed.members if a.lapse),
                                     "total_owed": format_amount(owed.total_owed_fen)}},
        lines=[f"经费应拨 {format_amount(funds.total('levy'))} 元（留成 {format_amount(funds.total('retained'))} 元）",
               f"本年收入 {format_amount(books.income_fen)} 元、支出 {format_amount(books.expense_fen)} 元"],
        missing=missing,
    )
