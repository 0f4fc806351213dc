"""Dues (会费), union funds (工会经费) and the union's books (收支账). Money is integer fen; months are
"YYYY-MM" text (sorts and compares as the calendar does); funds periods are "YYYY-MM" or "YYYY-Qn"."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from unionbook.store.models.base import Base, _now


class DuesEmployer(Base):
    """Per employer: what makes the dues base, whether it has its own union (else 建会筹备金), how its funds
    are collected, and whether it counts as a small or micro firm for refund policies."""

    __tablename__ = "dues_employer"

    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="enterprise")  # enterprise | organ | institution
    components: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of wage components in the base
    has_union: Mapped[bool] = mapped_column(Boolean, default=True)
    collection: Mapped[str] = mapped_column(String(20), default="direct")  # direct | tax_upper | tax_all
    small_micro: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class DuesWage(Base):
    """A member's monthly wage (the dues base before rounding) from a month on. Rows are only added (or
    removed by undoing their import batch): the wage for month M is the newest row with from_month ≤ M."""

    __tablename__ = "dues_wage"
    __table_args__ = (Index("ix_dues_wage_member_from", "member_id", "from_month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    from_month: Mapped[str] = mapped_column(String(7))
    wage_fen: Mapped[int] = mapped_column(Integer)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")


class DuesPayment(Base):
    """One member's dues for one month: base, amount, when and how paid, receipt number."""

    __tablename__ = "dues_payment"
    __table_args__ = (
        UniqueConstraint("member_id", "month"),
        Index("ix_dues_payment_month", "month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    month: Mapped[str] = mapped_column(String(7))
    base_fen: Mapped[int] = mapped_column(Integer)
    dues_fen: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20))  # payroll | cash
    receipt: Mapped[str] = mapped_column(String(50), default="")
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id"))  # a payroll deduction's employer
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"), index=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")


class DuesPersuasion(Base):
    """A talk with a member in arrears (章程第六条 "经教育"): date, by whom, what was said."""

    __tablename__ = "dues_persuasion"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    by_whom: Mapped[str] = mapped_column(String(50))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")


class FundsDeclaration(Base):
    """An employer's declared payroll for a period, the 2 % levy and its split (the parts sum to the levy)."""

    __tablename__ = "funds_declaration"
    __table_args__ = (UniqueConstraint("employer_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id"))
    period: Mapped[str] = mapped_column(String(7))  # 2026-03 | 2026-Q1
    year: Mapped[int] = mapped_column(Integer, index=True)
    payroll_fen: Mapped[int] = mapped_column(Integer)
    levy_fen: Mapped[int] = mapped_column(Integer)
    retained_fen: Mapped[int] = mapped_column(Integer)
    upper_fen: Mapped[int] = mapped_column(Integer)
    upper_parts: Mapped[str] = mapped_column(Text, default="{}")  # JSON: county/city/province/acftu → fen
    preparatory: Mapped[bool] = mapped_column(Boolean, default=False)  # 建会筹备金
    rule_note: Mapped[str] = mapped_column(Text, default="")
    declared_on: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")


class FundsMovement(Base):
    """Money of a declaration that moved: received from the employer (or returned by the tax office),
    refunded (a small firm's upper share), or remitted up."""

    __tablename__ = "funds_movement"

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(ForeignKey("funds_declaration.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # received | refunded | remitted
    date: Mapped[dt.date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(Integer)
    voucher: Mapped[str] = mapped_column(String(50), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")


class LedgerEntry(Base):
    """One line of the books. Amounts are positive; the category says income or expense. An entry dated in
    a closed year never changes: a correction is a new entry in the open year naming the one it corrects."""

    __tablename__ = "ledger_entry"
    __table_args__ = (Index("ix_ledger_entry_year_date", "year", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    year: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(40))
    sub: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(10))  # income | expense
    amount_fen: Mapped[int] = mapped_column(Integer)  # signed only on adjusting entries
    counterparty: Mapped[str] = mapped_column(String(200), default="")
    voucher: Mapped[str] = mapped_column(String(50), default="")
    memo: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="manual")  # manual | dues | funds
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"))
    attachment: Mapped[str] = mapped_column(Text, default="")  # path of a receipt scan, relative to the data folder
    warning: Mapped[str] = mapped_column(Text, default="")  # a cap exceeded, with the rule cited
    people: Mapped[int | None] = mapped_column(Integer)  # whom an expense was for; None: not known
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class LedgerYear(Base):
    """A closed year of the books."""

    __tablename__ = "ledger_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    closed_on: Mapped[dt.date] = mapped_column(Date)
    closed_by: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class LedgerBudget(Base):
    """The year's budget (预算) for one category, for budget-against-actual."""

    __tablename__ = "ledger_budget"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str] = mapped_column(String(40), primary_key=True)
    amount_fen: Mapped[int] = mapped_column(Integer)
