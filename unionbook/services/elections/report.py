"""The elections area's part of the annual report package: the bodies and their current terms, and the
elections held in the year."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from unionbook.services.elections.terms import TERM_BODIES
from unionbook.services.union.reporting import AreaReport
from unionbook.store import Database
from unionbook.store.models import Election, Term


def annual_report(db: Database, year: int) -> AreaReport:
    with db.read() as s:
        current = list(s.scalars(select(Term).where(Term.closed_on.is_(None)).order_by(Term.body)))
        expired = [TERM_BODIES.get(t.body, t.body) for t in current if t.end_date < dt.date(year, 12, 31)]
        has_committee = any(t.body == "committee" for t in current)
        terms = [
            {"body": t.body, "number": t.number, "start_date": t.start_date.isoformat(),
             "end_date": t.end_date.isoformat(),
             "holders": [{"name": h.name, "role": h.role} for h in t.holders if h.left_on is None]}
            for t in current
        ]
        elections = [
            {"title": e.title, "date": e.date.isoformat(), "body": e.body, "seats": e.seats, "status": e.status,
             "elected": [x.name for x in e.elected]}
            for e in s.scalars(select(Election).where(Election.date >= dt.date(year, 1, 1),
                                                      Election.date <= dt.date(year, 12, 31)).order_by(Election.id))
        ]
    missing = [] if has_committee else ["没有现任工会委员会的任期记录"]
    if expired:
        missing.append("任期已届满未换届：" + "、".join(expired))
    return AreaReport(parts={"elections/terms.json": terms, "elections/held.json": elections},
                      lines=[f"本年选举 {len(elections)} 次"], missing=missing)
