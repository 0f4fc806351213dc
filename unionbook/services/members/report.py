"""The members area's part of the annual report package: the real-name register, the year's changes, figures."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from unionbook.domain.member import Status
from unionbook.services.union.reporting import AreaReport
from unionbook.store import Database
from unionbook.store.models import Employer, Member, MemberEvent, UnionProfile

ON_BOOKS = (Status.ACTIVE.value, Status.KEPT.value)
ROSTER_FIELDS = ("id_number", "name", "gender", "ethnicity", "birth_date", "phone", "job", "education",
                 "political_status", "household_type", "employment_form", "migrant_worker", "group_name",
                 "frontline", "model_worker", "card_number", "join_date", "status", "status_date")


def member_record(m: Member, employer: str) -> dict[str, Any]:
    row = {f: getattr(m, f) for f in ROSTER_FIELDS}
    row["employer"] = employer
    for f in ("birth_date", "join_date", "status_date"):
        row[f] = row[f].isoformat() if row[f] else None
    return row


def annual_report(db: Database, year: int) -> AreaReport:
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with db.read() as s:
        employers = dict(s.execute(select(Employer.id, Employer.name)).tuples().all())
        roster = [member_record(m, employers.get(m.employer_id or 0, ""))
                  for m in s.scalars(select(Member).where(
                      Member.status.in_(ON_BOOKS) | ((Member.status_date >= start) & (Member.status_date <= end)))
                      .order_by(Member.id))]
        changes = [
            {"id_number": id_number, "name": name, "event": e.event, "date": e.date.isoformat(),
             "from_status": e.from_status, "to_status": e.to_status, "other_union": e.other_union,
             "reason": e.reason}
            for e, id_number, name in s.execute(
                select(MemberEvent, Member.id_number, Member.name).join(Member, Member.id == MemberEvent.member_id)
                .where(MemberEvent.date >= start, MemberEvent.date <= end).order_by(MemberEvent.id)).tuples()
        ]
        profile = s.get(UnionProfile, 1)
        employees = profile.employees if profile else 0
    on_books = [r for r in roster if r["status"] in ON_BOOKS]
    totals = {
        "members": len(on_books),
        "women_members": sum(1 for r in on_books if r["gender"] == "女"),
        "migrant_members": sum(1 for r in on_books if r["migrant_worker"]),
        "employees": employees,
    }
    return AreaReport(
        parts={"members/roster.json": roster, "members/changes.json": changes, "members/totals.json": totals},
        totals=totals,
        lines=[f"会员 {totals['members']} 人（女性 {totals['women_members']} 人，农民工 {totals['migrant_members']} 人）",
               f"职工 {totals['employees']} 人", f"本年会籍变动 {len(changes)} 次"],
        members=len(roster),
    )
