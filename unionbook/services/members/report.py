"""The members area's part of the annual report package: the real-name register, the year's changes, figures."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionbook.domain.member import Status
from unionbook.services.union.reporting import AreaReport
from unionbook.store import Database
from unionbook.store.models import Employer, Member, MemberEvent, UnionProfile

ON_BOOKS = (Status.ACTIVE.value, Status.KEPT.value)
ROSTER_FIELDS = ("id_number", "name", "gender", "ethnicity", "birth_date", "phone", "job", "education",
                 "political_status", "household_type", "employment_form", "migrant_worker", "group_name",
                 "frontline", "model_worker", "card_number", "join_date", "status", "status_date")
COLUMNS = (*ROSTER_FIELDS, "employer")
DATES = ("birth_date", "join_date", "status_date")


def as_table(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A register as columns and rows: a third of the size of a list of objects, and faster to write and read."""
    return {"columns": list(COLUMNS), "rows": [[r[c] for c in COLUMNS] for r in rows]}


def from_table(part: dict[str, Any]) -> list[dict[str, Any]]:
    columns = part["columns"]
    return [dict(zip(columns, row, strict=True)) for row in part["rows"]]


def roster_rows(s: Session, where: Any) -> list[dict[str, Any]]:
    """Members as plain dicts (dates ISO), read as columns: the ORM would cost 10× for a county's register."""
    q = (select(Member.id, *(getattr(Member, f) for f in ROSTER_FIELDS), Employer.name)
         .outerjoin(Employer, Employer.id == Member.employer_id).where(where).order_by(Member.id))
    rows = []
    for member_id, *values in s.execute(q).tuples():
        row = dict(zip(COLUMNS, values, strict=True))
        row["member_id"] = member_id
        row["employer"] = row["employer"] or ""
        for f in DATES:
            row[f] = row[f].isoformat() if row[f] else None
        rows.append(row)
    return rows


def status_at(s: Session, day: dt.date) -> dict[int, str]:
    """Each member's status at the end of `day`, from the history (events are recorded in date order)."""
    last = (select(MemberEvent.member_id, func.max(MemberEvent.id).label("last_id"))
            .where(MemberEvent.date <= day).group_by(MemberEvent.member_id).subquery())
    q = select(MemberEvent.member_id, MemberEvent.to_status).join(last, MemberEvent.id == last.c.last_id)
    return dict(s.execute(q).tuples().all())


def annual_report(db: Database, year: int) -> AreaReport:
    """The register as it stood on 31 December of `year` (with the year's leavers), whenever it is sent."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with db.read() as s:
        at_end = status_at(s, end)
        moved = set(s.scalars(select(MemberEvent.member_id).where(MemberEvent.date >= start,
                                                                  MemberEvent.date <= end)))
        wanted = {i for i, st in at_end.items() if st in ON_BOOKS} | moved
        roster = []
        for row in roster_rows(s, Member.id.in_(wanted)):
            member_id = row.pop("member_id")
            row["status"] = at_end.get(member_id, row["status"])  # as it stood on 31 December
            roster.append(row)
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
    register = f"实名制会员名册 {len(roster)} 人"
    if len(roster) > len(on_books):  # the year's leavers are in the register, not in 会员人数: say so
        left = Counter(Status(r["status"]) for r in roster if r["status"] not in ON_BOOKS)
        order = list(Status)
        leavers = "、".join(f"{st.label} {left[st]} 人" for st in sorted(left, key=order.index))
        register += f"（年末在册 {len(on_books)} 人，另含年内{leavers}）"
    return AreaReport(
        parts={"members/roster.json": as_table(roster), "members/changes.json": changes, "members/totals.json": totals},
        totals=totals,
        lines=[register, f"本年会籍变动 {len(changes)} 次"],
        members=len(roster),
    )
