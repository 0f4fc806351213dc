"""Arrears (欠费) and the lapse flag (章程第六条).

Who owes which months and how much, per employer. A member is flagged for lapse after `dues.lapse_months`
(6) consecutive unpaid months in which they took part in nothing (no meeting attended). The flag is a prompt
for the committee: the persuasion talks are recorded here (date, by whom, note), and the status change
(视为自动退会) stays a person's decision, made through the members area — never automatically.

Fast for 50,000 members: one grouped query says how many months each member paid in the window; only the
members short of months have their months read one by one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionbook.domain.dues import Month, longest_run, months
from unionbook.domain.dues_money import format_yuan
from unionbook.domain.member import Status
from unionbook.errors import FieldProblem, ValidationError
from unionbook.services.dues.common import month_arg, start_month
from unionbook.services.dues.dues import due_span, dues_of, wage_history, wage_in
from unionbook.services.dues.rules import dues_rules
from unionbook.services.dues.standing import through as paid_through
from unionbook.services.members.records import get_member
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import DuesPayment, DuesPersuasion, Employer, Meeting, MeetingAttendee, Member

_CHUNK = 500


@dataclass(frozen=True)
class Arrear:
    member_id: int
    name: str
    employer: str
    months: tuple[Month, ...]
    owed_fen: int
    no_wage: int  # unpaid months without a wage (their amount is unknown)
    paid_through: Month | None
    lapse: bool
    lapse_run: int
    persuasions: int
    last_persuasion: dt.date | None


@dataclass(frozen=True)
class ArrearsReport:
    as_of: Month
    start: Month | None
    members: tuple[Arrear, ...]

    @property
    def total_owed_fen(self) -> int:
        return sum(a.owed_fen for a in self.members)


def default_as_of(today: dt.date | None = None) -> Month:
    """The last complete month: this month's deduction happens at its end."""
    return Month.of(today or dt.date.today()) + -1


def arrears(db: Database, *, as_of: str | Month | None = None, min_months: int = 1,
            employer_id: int | None = None, today: dt.date | None = None) -> ArrearsReport:
    last = month_arg(as_of, "截至月份") if as_of is not None else default_as_of(today)
    if min_months < 1:
        raise ValidationError([FieldProblem("min_months", "欠费月数", "至少为1")])
    with db.read() as s:
        start = start_month(s)
        if start is None or start > last:
            return ArrearsReport(last, start, ())
        return ArrearsReport(last, start, tuple(_arrears(s, start, last, min_months, employer_id)))


def _arrears(s: Session, start: Month, last: Month, min_months: int, employer_id: int | None) -> list[Arrear]:
    on_books = Member.status.in_([Status.ACTIVE.value, Status.KEPT.value])
    left_late = Member.status_date >= start.first_day()
    # dates as their "YYYY-MM" text: turning 50,000 rows into date objects costs more than the query
    stmt = (select(Member.id, Member.name, Employer.name, Member.status, func.substr(Member.status_date, 1, 7),
                   func.substr(Member.join_date, 1, 7))
            .outerjoin(Employer, Employer.id == Member.employer_id).where(on_books | left_late))
    if employer_id is not None:
        stmt = stmt.where(Member.employer_id == employer_id)
    rules = dues_rules(s)
    conn = s.connection()  # Core rows: tens of thousands are read, no ORM objects needed
    people = conn.execute(stmt).tuples().all()
    counts = dict(conn.execute(
        select(DuesPayment.member_id, func.count()).where(DuesPayment.month >= str(start), DuesPayment.month <= str(last))
        .group_by(DuesPayment.member_id)).tuples().all())
    found: list[tuple[int, str, str, Month, Month]] = []
    for mid, name, employer, status, status_month, join_month in people:
        span = due_span(status, Month.parse(status_month) if status_month else None,
                        Month.parse(join_month) if join_month else None, start, last, rules)
        if span is None:
            continue
        if span[1] - span[0] + 1 - counts.get(mid, 0) >= min_months:
            found.append((mid, name, employer or "", span[0], span[1]))
    if not found:
        return []
    ids = [x[0] for x in found]
    paid_months = _paid_months(s, ids, start, last)
    history = wage_history(s, ids)
    attended = _attended(s, ids, start, last)
    talks = _persuasions(s, ids)
    lapse_months = rules.lapse_months
    out = []
    for mid, name, employer, first, end in found:
        paid = paid_months.get(mid, set())
        unpaid = [m for m in months(first, end) if m not in paid]
        if len(unpaid) < min_months:
            continue
        owed = no_wage = 0
        for m in unpaid:
            wage = wage_in(history.get(mid, []), m)
            if wage is None:
                no_wage += 1
            else:
                owed += dues_of(wage, rules)
        # 会费交至 by the one rule (standing.py): a member listed here has a gap in the months read, so the
        # months paid after `last` cannot change it
        through = paid_through(paid, (first, end))
        run, run_end = longest_run(set(unpaid) - attended.get(mid, set()))
        count, last_talk = talks.get(mid, (0, None))
        out.append(Arrear(mid, name, employer, tuple(unpaid), owed, no_wage, through, run >= lapse_months, run,
                          count, last_talk))
    out.sort(key=lambda a: (a.employer, -len(a.months), a.name))
    return out


def _paid_months(s: Session, ids: list[int], start: Month, last: Month) -> dict[int, set[Month]]:
    out: dict[int, set[Month]] = {}
    for i in range(0, len(ids), _CHUNK):
        for mid, month in s.connection().execute(select(DuesPayment.member_id, DuesPayment.month).where(
                DuesPayment.member_id.in_(ids[i:i + _CHUNK]), DuesPayment.month >= str(start),
                DuesPayment.month <= str(last))).tuples().all():
            out.setdefault(mid, set()).add(Month.parse(month))
    return out


def _attended(s: Session, ids: list[int], start: Month, last: Month) -> dict[int, set[Month]]:
    """Months in which a member took part (was present at a meeting): those break a lapse run."""
    out: dict[int, set[Month]] = {}
    for i in range(0, len(ids), _CHUNK):
        rows = s.execute(select(MeetingAttendee.member_id, Meeting.date).join(
            Meeting, Meeting.id == MeetingAttendee.meeting_id).where(
            MeetingAttendee.member_id.in_(ids[i:i + _CHUNK]), MeetingAttendee.present.is_(True),
            Meeting.date >= start.first_day(), Meeting.date < (last + 1).first_day())).tuples()
        for mid, day in rows:
            if mid is not None:
                out.setdefault(mid, set()).add(Month.of(day))
    return out


def _persuasions(s: Session, ids: list[int]) -> dict[int, tuple[int, dt.date | None]]:
    out: dict[int, tuple[int, dt.date | None]] = {}
    for i in range(0, len(ids), _CHUNK):
        for mid, n, latest in s.execute(select(DuesPersuasion.member_id, func.count(), func.max(DuesPersuasion.date))
                                        .where(DuesPersuasion.member_id.in_(ids[i:i + _CHUNK]))
                                        .group_by(DuesPersuasion.member_id)).tuples():
            out[mid] = (int(n), latest)
    return out


@dataclass(frozen=True)
class PersuasionView:
    id: int
    member_id: int
    date: dt.date
    by_whom: str
    note: str


def record_persuasion(db: Database, key: str | int, *, day: dt.date, by_whom: str, note: str = "") -> PersuasionView:
    """Record a talk with a member in arrears (教育). It changes no status."""
    by_whom = " ".join(by_whom.split())
    if not by_whom:
        raise ValidationError([FieldProblem("by", "谈话人", "请填写由谁进行的教育谈话")])
    member = get_member(db, key)
    with db.transaction() as s:
        row = DuesPersuasion(member_id=member.id, date=day, by_whom=by_whom[:50], note=note, recorded_by=db.actor)
        s.add(row)
        s.flush()
        audit.record(s, db.actor, "persuade", "member", member.id,
                     f"欠费教育：{day.isoformat()} {by_whom} 与{member.name}谈话" + (f"（{note}）" if note else ""))
        return PersuasionView(row.id, member.id, day, row.by_whom, note)


def persuasions(db: Database, key: str | int) -> list[PersuasionView]:
    member = get_member(db, key)
    with db.read() as s:
        rows = s.scalars(select(DuesPersuasion).where(DuesPersuasion.member_id == member.id)
                         .order_by(DuesPersuasion.date, DuesPersuasion.id)).all()
        return [PersuasionView(r.id, r.member_id, r.date, r.by_whom, r.note) for r in rows]


def reminder_text(a: Arrear) -> str:
    return f"{a.name}：欠{len(a.months)}个月，{format_yuan(a.owed_fen)}元"
