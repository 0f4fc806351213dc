"""Titles held (模范职工之家 …) as services show them, and the reviews coming due, read through sqlite3
(store.reader.Readable): the home page's reminder is read without SQLAlchemy. titles.py re-exports them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from unionbook.store.reader import Readable


@dataclass(frozen=True)
class TitleView:
    id: int
    unit: str
    title: str
    level: str
    awarded_by: str
    doc_number: str
    year: int
    review_due: dt.date | None
    withdrawn_on: dt.date | None
    withdrawn_reason: str

    @property
    def held(self) -> bool:
        return self.withdrawn_on is None


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def reviews_due(db: Readable, within_days: int = 90, today: dt.date | None = None) -> list[TitleView]:
    """Titles still held whose review falls within `within_days` (or is overdue): for the home page reminder."""
    today = today or dt.date.today()
    last = today + dt.timedelta(days=within_days)
    with db.read_connection() as conn:
        rows = conn.execute(
            "SELECT id, unit, title, level, awarded_by, doc_number, year, review_due, withdrawn_on, withdrawn_reason "
            "FROM home_title WHERE withdrawn_on IS NULL AND review_due IS NOT NULL AND review_due <= ? "
            "ORDER BY review_due", (last.isoformat(),)).fetchall()
    return [TitleView(r[0], r[1], r[2], r[3], r[4], r[5], r[6], _date(r[7]), _date(r[8]), r[9]) for r in rows]
