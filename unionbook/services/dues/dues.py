"""Member dues (会费): wages from a month on, the monthly amount, a member paying months in cash, a whole
employer's month from its payroll deduction, and the month a member has paid up to (会费交至).

Who owes which month: an 在册 member from the month they joined (a rule row: `dues.join_month_owes`) and from
the first month of the dues book; a member with 保留会籍 owes nothing from the month of that change; a former
member owes nothing from the month they left. Payments go into the books as 会费收入 by themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from unionbook.domain.dues import Month, months
from unionbook.domain.dues_money import format_yuan, monthly_dues
from unionbook.domain.member import Status
from unionbook.errors import ConflictError, FieldProblem, ValidationError
from unionbook.services.dues import ledger
from unionbook.services.dues.common import (
    amount_arg,
    month_arg,
    put_setting,
    start_month,
)
from unionbook.services.dues.paid_through import due_span as due_span  # re-exported
from unionbook.services.dues.posting import PostResult as PostResult  # an employer's month: posting.py
from unionbook.services.dues.posting import post_month as post_month
from unionbook.services.dues.rules import DuesRules, default_rules, dues_rules, dues_rules_for
from unionbook.services.members.records import get_member
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import DuesPayment, DuesWage

_CHUNK = 500
_payment = cast(Table, DuesPayment.__table__)


@dataclass(frozen=True)
class DuesCalc:
    wage_fen: int
    base_fen: int
    dues_fen: int


def calc(wage: str | int, rules: DuesRules | None = None) -> DuesCalc:
    """Dues on a wage under `rules` (the union's rules in force; the national set when no database is at hand)."""
    fen = amount_arg(wage, "工资", positive=False, field="wage")
    rules = rules or default_rules()
    base = fen // rules.base_step_fen * rules.base_step_fen
    return DuesCalc(fen, base, monthly_dues(fen, rules.dues_rate, rules.base_step_fen))


def calc_for(db: Database, wage: str | int) -> DuesCalc:
    with db.read() as s:
        rules = dues_rules(s)
    return calc(wage, rules)


def dues_of(wage_fen: int, rules: DuesRules) -> int:
    return monthly_dues(wage_fen, rules.dues_rate, rules.base_step_fen)


def first_due_month(join_date: dt.date | None, rules: DuesRules) -> Month | None:
    if join_date is None:
        return None
    first = Month.of(join_date)
    return first if rules.join_month_owes else first + 1


def due_range(status: str, status_date: dt.date | None, join_date: dt.date | None, book_start: Month | None,
              last: Month, rules: DuesRules) -> tuple[Month, Month] | None:
    """The months a member owes dues for, within the book and up to `last`; None when none."""
    return due_span(status, Month.of(status_date) if status_date else None,
                    Month.of(join_date) if join_date else None, book_start, last, rules)


# ---- wages ----


@dataclass(frozen=True)
class WageResult:
    member_id: int
    wage_fen: int
    from_month: Month
    monthly_dues_fen: int


def set_wage(db: Database, key: str | int, wage: str | int, from_month: str | Month) -> WageResult:
    fen = amount_arg(wage, "工资", field="wage")
    month = month_arg(from_month, "起始月份")
    member = get_member(db, key)
    if member.status not in (Status.ACTIVE, Status.KEPT):
        raise ConflictError(f"会员“{member.name}”（编号 {member.id}）{member.status.label}，不在本会会员名册上，不能设工资。")
    with db.transaction() as s:
        monthly = dues_of(fen, dues_rules(s))
        s.add(DuesWage(member_id=member.id, from_month=str(month), wage_fen=fen, recorded_by=db.actor))
        audit.record(s, db.actor, "wage", "member", member.id,
                     f"{member.name}：自{month.label}起月工资 {format_yuan(fen)} 元（会费 {format_yuan(monthly)} 元）")
    return WageResult(member.id, fen, month, monthly)


def wages_at(s: Session, month: Month, member_ids: Iterable[int] | None = None) -> dict[int, int]:
    """Each member's wage for `month`: the newest row from that month or before."""
    stmt = (select(DuesWage.member_id, DuesWage.wage_fen).where(DuesWage.from_month <= str(month))
            .order_by(DuesWage.member_id, DuesWage.from_month, DuesWage.id))
    out: dict[int, int] = {}
    conn = s.connection()
    if member_ids is None:
        out.update(conn.execute(stmt).tuples().all())  # later rows overwrite earlier ones
        return out
    ids = sorted(set(member_ids))
    for i in range(0, len(ids), _CHUNK):
        out.update(conn.execute(stmt.where(DuesWage.member_id.in_(ids[i:i + _CHUNK]))).tuples().all())
    return out


def wage_history(s: Session, member_ids: list[int]) -> dict[int, list[tuple[Month, int]]]:
    out: dict[int, list[tuple[Month, int]]] = {}
    for i in range(0, len(member_ids), _CHUNK):
        rows = s.connection().execute(select(DuesWage.member_id, DuesWage.from_month, DuesWage.wage_fen)
                         .where(DuesWage.member_id.in_(member_ids[i:i + _CHUNK]))
                         .order_by(DuesWage.member_id, DuesWage.from_month, DuesWage.id)).tuples()
        for mid, frm, wage in rows:
            out.setdefault(mid, []).append((Month.parse(frm), wage))
    return out


def wage_in(history: list[tuple[Month, int]], month: Month) -> int | None:
    found = None
    for frm, wage in history:
        if frm <= month:
            found = wage
    return found


# ---- paying ----


@dataclass(frozen=True)
class PayResult:
    member_id: int
    name: str
    months: tuple[Month, ...]
    amount_fen: int
    paid_through: Month | None


def paid_through(s: Session, member_id: int) -> Month | None:
    """会费交至: the last month before the first unpaid month owed (services/dues/standing.py)."""
    from unionbook.services.dues.standing import paid_through_in

    return paid_through_in(s, [member_id]).get(member_id)


def member_paid_through(db: Database, member_id: int) -> Month | None:
    with db.read() as s:
        return paid_through(s, member_id)


def pay(db: Database, key: str | int, first: str | Month, last: str | Month, *, receipt: str = "",
        day: dt.date | None = None) -> PayResult:
    """A member pays months first…last in cash; refused, with nothing written, for a member with 保留会籍 or
    not on the books, a month already paid, a month before joining, or a month without a wage."""
    day = day or dt.date.today()
    first_m, last_m = month_arg(first, "起始月份"), month_arg(last, "截止月份")
    if last_m < first_m:
        raise ValidationError([FieldProblem("to", "截止月份", f"{last_m.label}早于起始月份{first_m.label}")])
    if last_m - first_m >= 36:
        raise ValidationError([FieldProblem("to", "截止月份", "一次最多交36个月")])
    member = get_member(db, key)
    rules = dues_rules_for(db)
    who = f"会员“{member.name}”（编号 {member.id}）"
    if member.status == Status.KEPT:
        raise ConflictError(f"{who}保留会籍，保留会籍期间不交会费（{rules.cited('dues.kept_exempt')}）。")
    if member.status != Status.ACTIVE:
        raise ConflictError(f"{who}{member.status.label}，不在本会会员名册上，不能收会费。")
    start = first_due_month(member.join_date, rules)
    if start is None:
        raise ValidationError(f"{who}没有入会时间，无法确定从哪个月起交会费，请先补登入会时间。")
    if first_m < start:
        raise ConflictError(f"{who}于{member.join_date}入会，{first_m.label}还没有入会，不用交会费。")
    wanted = list(months(first_m, last_m))
    with db.transaction() as s:
        paid = set(s.execute(select(DuesPayment.month).where(
            DuesPayment.member_id == member.id, DuesPayment.month.in_([str(m) for m in wanted]))).scalars())
        if paid:
            raise ConflictError(f"{who}{'、'.join(Month.parse(m).label for m in sorted(paid))}的会费已经交过，未重复记录。")
        history = wage_history(s, [member.id]).get(member.id, [])
        rows, total = [], 0
        for m in wanted:
            wage = wage_in(history, m)
            if wage is None:
                raise ValidationError(f"{who}{m.label}没有工资记录，无法计算会费。请先设定工资（从哪个月起）。")
            amount = dues_of(wage, rules)
            base = wage // rules.base_step_fen * rules.base_step_fen
            rows.append({"member_id": member.id, "month": str(m), "base_fen": base, "dues_fen": amount,
                         "paid_on": day, "method": "cash", "receipt": receipt[:50], "recorded_by": db.actor})
            total += amount
        span = wanted[0].label + (f"至{wanted[-1].label}" if len(wanted) > 1 else "")
        entry = ledger.post(s, db.actor, day=day, category="income.dues", amount_fen=total, counterparty=member.name,
                            voucher=receipt, memo=f"{member.name}交{span}会费（现金）", source="dues")
        for r in rows:
            r["entry_id"] = entry.id
        s.execute(insert(_payment), rows)
        _note_start(s, wanted[0], db.actor)
        audit.record(s, db.actor, "dues", "member", member.id,
                     f"{member.name}交{span}会费 {format_yuan(total)} 元" + (f"（收据 {receipt}）" if receipt else ""))
        through = paid_through(s, member.id)
    return PayResult(member.id, member.name, tuple(wanted), total, through)


def _note_start(s: Session, month: Month, actor: str) -> None:
    """The dues book starts with the first month anyone pays or is posted, unless a start was set."""
    current = start_month(s)
    if current is None or month < current:
        put_setting(s, "dues.start_month", str(month), actor)


# ---- one member's dues, for the member panel ----


@dataclass(frozen=True)
class MemberDues:
    member_id: int
    name: str
    wage_fen: int | None
    monthly_dues_fen: int | None
    paid_through: Month | None
    payments: tuple[tuple[Month, int, dt.date, str, str], ...]  # month, dues, paid on, method, receipt


def member_dues(db: Database, key: str | int, *, today: dt.date | None = None) -> MemberDues:
    member = get_member(db, key)
    now = Month.of(today or dt.date.today())
    with db.read() as s:
        rules = dues_rules(s)
        wage = wages_at(s, now, [member.id]).get(member.id)
        rows = s.execute(select(DuesPayment.month, DuesPayment.dues_fen, DuesPayment.paid_on, DuesPayment.method,
                                DuesPayment.receipt).where(DuesPayment.member_id == member.id)
                         .order_by(DuesPayment.month.desc())).tuples().all()
        through = paid_through(s, member.id)
    payments = tuple((Month.parse(m), a, d, k, r) for m, a, d, k, r in rows)
    return MemberDues(member.id, member.name, wage, dues_of(wage, rules) if wage is not None else None,
                      through, payments)
