"""Terms of office running out, as the home page warns of them, read through sqlite3 (store.reader.Readable):
the window's first screen reads them without SQLAlchemy. terms.py re-exports them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from unionbook.domain.offices import TermBody
from unionbook.domain.text import chinese_date
from unionbook.services.rules.read import rules_in_force
from unionbook.store.reader import Readable

TERM_BODIES = TermBody.labels()  # value → label (domain/offices.py)
# How long before a term ends the home page starts warning: a product choice (time to prepare an
# election and get the upper union's approval), not a regulated number.
WARN_MONTHS = 6


def add_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class TermWarning:
    body: str
    body_label: str
    end_date: dt.date
    days_left: int  # negative: overdue by that many days
    level: str  # soon | overdue | late (overdue beyond the longest delay the rules allow)
    message: str


def term_warnings(db: Readable, today: dt.date | None = None) -> list[TermWarning]:
    today = today or dt.date.today()
    delay = int(rules_in_force(db)["election.delay_max_months"])
    with db.read_connection() as conn:
        current = conn.execute("SELECT body, end_date FROM term WHERE closed_on IS NULL "
                               "ORDER BY start_date DESC, id DESC").fetchall()
    out = []
    for body, end_text in current:
        label, end_date = TERM_BODIES.get(body, body), dt.date.fromisoformat(end_text)
        days = (end_date - today).days
        end = chinese_date(end_date)
        if days < 0:
            late = today > add_months(end_date, delay)
            msg = f"{label}任期已于{end}届满，已超期 {-days} 天，请尽快换届选举"
            if late:
                msg += f"（已超过可延期的 {delay} 个月，须报上级工会批准）"
            out.append(TermWarning(body, label, end_date, days, "late" if late else "overdue", msg))
        elif today >= add_months(end_date, -WARN_MONTHS):
            out.append(TermWarning(body, label, end_date, days, "soon",
                                   f"{label}任期将于{end}届满（还有 {days} 天），请着手准备换届选举"))
    return sorted(out, key=lambda w: w.days_left)
