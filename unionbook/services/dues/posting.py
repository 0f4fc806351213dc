"""Recording a month's payroll deduction for a whole employer (or all of them) in one step.

Set-based: one SQL statement picks the members who owe the month (在册, joined by then under the rule
`dues.join_month_owes`, not yet paid) with their wage for it (the newest wage row from that month or before),
the dues are computed in SQL with the same integer arithmetic as domain/dues_money.py (base = ⌊wage/step⌋×step,
dues = base × rate rounded half up), and the payments are written with one INSERT … SELECT — 50,000 members
cost little more than SQLite's own insert. One 会费收入 entry per employer goes into the books; members without
a wage are left out and listed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.orm import Session

from unionbook.domain.dues import Month
from unionbook.domain.dues_money import format_yuan
from unionbook.domain.member import Status
from unionbook.errors import FieldProblem, ValidationError
from unionbook.jobs import Progress
from unionbook.services.dues import ledger
from unionbook.services.dues.common import find_employer, month_arg, put_setting, start_month
from unionbook.services.dues.rules import DuesRules, dues_rules
from unionbook.services.union import audit
from unionbook.store import Database


@dataclass(frozen=True)
class PostResult:
    month: Month
    employers: int
    members: int
    amount_fen: int
    skipped: tuple[tuple[int, str, str], ...]  # (member id, name, why)
    already_posted: int = 0  # members who owe the month and had paid it before this call
    with_gaps: int = 0  # members posted who owed an earlier month they have not paid (会费交至 stays before it)


def _dues_sql(column: str, rules: DuesRules) -> tuple[str, str]:
    """(dues, base) of a wage column in SQL: integer division only, half up, exactly as monthly_dues()."""
    step, rate = rules.base_step_fen, rules.dues_rate
    base = f"({column} / {step} * {step})"
    return f"((2 * {base} * {rate.numerator} + {rate.denominator}) / (2 * {rate.denominator}))", base


_PICK = """
CREATE TEMP TABLE dues_post AS
SELECT m.id AS member_id, m.name AS name, m.employer_id AS employer_id,
       (SELECT w.wage_fen FROM dues_wage AS w WHERE w.member_id = m.id AND w.from_month <= :month
        ORDER BY w.from_month DESC, w.id DESC LIMIT 1) AS wage
FROM member AS m
WHERE m.status = :active AND m.employer_id IS NOT NULL {employer}
  AND m.join_date IS NOT NULL AND substr(m.join_date, 1, 7) <= :joined_by
  AND NOT EXISTS (SELECT 1 FROM dues_payment AS p WHERE p.member_id = m.id AND p.month = :month)
"""

_ALREADY = """
SELECT COUNT(*) FROM member AS m
WHERE m.status = :active AND m.employer_id IS NOT NULL {employer}
  AND EXISTS (SELECT 1 FROM dues_payment AS p WHERE p.member_id = m.id AND p.month = :month)
"""


def _refuse_future(m: Month, today: dt.date) -> None:
    """A payroll deduction is for a month that has come: posting a later month would mark members paid ahead
    and hide the months between behind 会费交至. A member paying ahead in cash goes through dues.pay."""
    now = Month.of(today)
    if m > now:
        raise ValidationError([FieldProblem(
            "month", "代扣月份",
            f"{m.label}在本月（{now.label}）之后，单位工资代扣只能记录本月及以前的月份。"
            "会员提前交会费请用“会员交费”（交会费，现金）记录")])

def post_month(db: Database, month: str | Month, *, employer: str | int | None = None,
               day: dt.date | None = None, progress: Progress | None = None,
               today: dt.date | None = None) -> PostResult:
    """Record a month's payroll deduction for every 在册 member of an employer (or of all employers) who owes
    it and has not paid it: one payment per member, one 会费收入 entry per employer. `progress` is called
    between the steps; a cancel there unwinds the transaction (nothing written). A month after the current
    one (`today`, default the clock's) is refused."""
    m = month_arg(month)
    _refuse_future(m, today or dt.date.today())
    day = day or dt.date.today()
    step = progress or (lambda _done, _total: None)
    with db.transaction() as s:
        rules = dues_rules(s)
        joined_by = m if rules.join_month_owes else m + -1
        dues, base = _dues_sql("wage", rules)
        ledger.check_open(s, day)
        conn = s.connection()
        params: dict[str, Any] = {"month": str(m), "active": Status.ACTIVE.value, "joined_by": str(joined_by)}
        where = ""
        if employer is not None:
            e = find_employer(s, employer)
            where, params["employer"] = "AND m.employer_id = :employer", e.id
        conn.exec_driver_sql("DROP TABLE IF EXISTS temp.dues_post")
        step(1, 4)
        conn.exec_driver_sql(_PICK.format(employer=where), params)
        already = int(conn.exec_driver_sql(_ALREADY.format(employer=where), params).scalar_one())
        try:
            step(2, 4)
            skipped = tuple((i, n, "没有工资记录") for i, n in conn.exec_driver_sql(
                "SELECT member_id, name FROM dues_post WHERE wage IS NULL ORDER BY member_id").all())
            sums = conn.exec_driver_sql(
                f"SELECT d.employer_id, e.name, COUNT(*), SUM({dues}) FROM dues_post AS d "
                "JOIN employer AS e ON e.id = d.employer_id WHERE d.wage IS NOT NULL "
                "GROUP BY d.employer_id, e.name ORDER BY e.name").all()
            gaps = _with_gaps(conn, m, start_month(s), rules)
            entries = _entries(s, db.actor, m, day, [(i, n, c, int(a)) for i, n, c, a in sums if a])
            members = sum(c for i, _n, c, a in sums if a)
            total = sum(int(a) for _i, _n, _c, a in sums if a)
            step(3, 4)
            if entries:
                conn.exec_driver_sql("CREATE TEMP TABLE dues_post_entry (employer_id INTEGER PRIMARY KEY, entry_id INTEGER)")
                conn.exec_driver_sql("INSERT INTO dues_post_entry VALUES (?, ?)", list(entries.items()))
                stamp = DateTime().dialect_impl(conn.dialect).bind_processor(conn.dialect)
                now = dt.datetime.now().replace(microsecond=0)
                now_text = stamp(now) if stamp is not None else now.isoformat(sep=" ")
                conn.exec_driver_sql(
                    "INSERT INTO dues_payment (member_id, month, base_fen, dues_fen, paid_on, method, receipt, "
                    "employer_id, entry_id, recorded_at, recorded_by) "
                    f"SELECT d.member_id, :month, {base}, {dues}, :paid_on, 'payroll', '', d.employer_id, x.entry_id, "
                    ":now, :actor FROM dues_post AS d JOIN dues_post_entry AS x ON x.employer_id = d.employer_id "
                    "WHERE d.wage IS NOT NULL",
                    {"month": str(m), "paid_on": day.isoformat(), "now": now_text, "actor": db.actor})
        finally:
            conn.exec_driver_sql("DROP TABLE IF EXISTS temp.dues_post")
            conn.exec_driver_sql("DROP TABLE IF EXISTS temp.dues_post_entry")
        if members:
            current = start_month(s)
            if current is None or m < current:
                put_setting(s, "dues.start_month", str(m), db.actor)
            where_text = sums[0][1] if employer is not None else f"{len(entries)}个单位"
            audit.record(s, db.actor, "dues", "dues_month", None,
                         f"记录{where_text}{m.label}代扣会费：{members}人，{format_yuan(total)}元")
    return PostResult(m, len(entries), members, total, skipped, already, gaps if members else 0)


def _with_gaps(conn: Any, m: Month, book: Month | None, rules: DuesRules) -> int:
    """How many of the members about to be posted owed a month before `m` that they have not paid."""
    from unionbook.services.dues.dues import due_span  # dues.py re-exports this module: imported late

    if book is None or book >= m:
        return 0
    rows = conn.exec_driver_sql(
        "SELECT substr(x.join_date, 1, 7), (SELECT COUNT(*) FROM dues_payment AS p WHERE p.member_id = d.member_id "
        "AND p.month >= ? AND p.month < ?) FROM dues_post AS d JOIN member AS x ON x.id = d.member_id "
        "WHERE d.wage IS NOT NULL", (str(book), str(m))).all()
    out = 0
    for join_month, paid in rows:
        span = due_span(Status.ACTIVE.value, None, Month.parse(join_month), book, m + -1, rules)
        if span is not None and span[1] - span[0] + 1 > paid:
            out += 1
    return out


def _entries(s: Session, actor: str, m: Month, day: dt.date, sums: list[tuple[int, str, int, int]]) -> dict[int, int]:
    """One 会费收入 entry per employer: employer id → entry id."""
    out = {}
    for eid, name, count, amount in sums:
        entry = ledger.post(s, actor, day=day, category="income.dues", amount_fen=amount, counterparty=name,
                            memo=f"{name}代扣{m.label}会费，{count}人", source="dues", year_checked=True)
        out[eid] = entry.id
    return out
