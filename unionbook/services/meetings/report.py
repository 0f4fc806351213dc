"""The meetings area's part of the annual report package: the meetings held in the year."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from unionbook.services.union.reporting import AreaReport
from unionbook.store import Database
from unionbook.store.models import Meeting


def annual_report(db: Database, year: int) -> AreaReport:
    with db.read() as s:
        held = [
            {"title": m.title, "kind": m.kind, "date": m.date.isoformat(),
             "entitled": sum(1 for a in m.attendees if a.entitled),
             "present": sum(1 for a in m.attendees if a.entitled and a.present),
             "resolutions": [r.text for r in m.resolutions]}
            for m in s.scalars(select(Meeting).where(Meeting.date >= dt.date(year, 1, 1),
                                                     Meeting.date <= dt.date(year, 12, 31)).order_by(Meeting.date))
        ]
    missing = [] if any(m["kind"] in ("member_assembly", "representatives") for m in held) else ["本年没有召开会员（代表）大会的记录"]
    return AreaReport(parts={"meetings/held.json": held}, lines=[f"本年会议 {len(held)} 次"], missing=missing)
