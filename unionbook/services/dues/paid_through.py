"""会费交至 on a plain sqlite3 connection: what standing.py answers, for the roster's pages (the window's first
screen reads them without SQLAlchemy; standing.py runs the same code on a session's own connection).

See standing.py for what "paid through" means.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from unionbook.domain.dues import Month, months
from unionbook.domain.member import Status
from unionbook.services.dues.rules import DuesRules, built_rules
from unionbook.services.rules.read import choice_on

START_SETTING = "dues.start_month"  # the month from which UnionBook keeps the dues book (common.py's too)
_CHUNK = 500

Context = tuple[DuesRules, Month | None]


def due_span(status: str, status_month: Month | None, join_month: Month | None, book_start: Month | None,
             last: Month, rules: DuesRules) -> tuple[Month, Month] | None:
    """`due_range` on months (the arrears list reads them as text, for speed)."""
    if join_month is None or book_start is None:
        return None
    first = max(join_month if rules.join_month_owes else join_month + 1, book_start)
    if status != Status.ACTIVE.value:
        if status_month is None:
            return None
        last = min(last, status_month + -1)
    return (first, last) if first <= last else None


def through(paid: set[Month], span: tuple[Month, Month] | None) -> Month | None:
    """The month paid through, given the months paid and the months owed (first, last); None when none paid."""
    if not paid:
        return None
    newest = max(paid)
    if span is None:
        return newest
    for m in months(span[0], min(span[1], newest)):
        if m not in paid:
            return m + -1
    return newest


def start_month_on(conn: sqlite3.Connection) -> Month | None:
    """The first month of the dues book: the setting, else the earliest wage or payment month recorded."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (START_SETTING,)).fetchone()
    value = json.loads(row[0]) if row is not None else None
    if value:
        return Month.parse(value)
    first = [m for (m,) in (conn.execute("SELECT min(from_month) FROM dues_wage").fetchone(),
                            conn.execute("SELECT min(month) FROM dues_payment").fetchone()) if m]
    return Month.parse(min(first)) if first else None


def context_on(conn: sqlite3.Connection) -> Context:
    """What every answer depends on besides the member (the dues rules, the book's first month)."""
    chosen, found = choice_on(conn)
    return built_rules(chosen, found), start_month_on(conn)


_FIGURES = ("SELECT member_id, min(month), max(month), count(*) FROM dues_payment "
            "WHERE member_id IN (SELECT value FROM json_each(?)) GROUP BY member_id")
_MEMBERS = ("SELECT id, status, substr(status_date, 1, 7), substr(join_date, 1, 7) FROM member "
            "WHERE id IN (SELECT value FROM json_each(?))")


def paid_through_on(conn: sqlite3.Connection, ids: Iterable[int], context: Context | None = None) -> dict[int, Month]:
    """Member id → the month paid through, for the members among `ids` who have paid anything.

    One grouped query (first, newest and number of months paid: a covering index seek per member) settles
    almost everyone; only a member whose figures leave a gap possible has their months read."""
    wanted = sorted(set(ids))
    rules, book = context or context_on(conn)
    out: dict[int, Month] = {}
    unsure: dict[int, tuple[Month, Month] | None] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        figures = {mid: (Month.parse(lo), Month.parse(hi), int(n))
                   for mid, lo, hi, n in conn.execute(_FIGURES, (json.dumps(chunk),))}
        if not figures:
            continue
        rows = conn.execute(_MEMBERS, (json.dumps(list(figures)),))
        for mid, status, status_month, join_month in rows:
            first, newest, count = figures[mid]
            span = due_span(status, Month.parse(status_month) if status_month else None,
                            Month.parse(join_month) if join_month else None, book, newest, rules)
            if span is None:
                out[mid] = newest  # owed nothing: no gap
            elif span[0] < first:
                out[mid] = span[0] + -1  # the first month owed is unpaid
            elif span[0] == first and count == newest - first + 1:
                out[mid] = newest  # every month from the first one owed to the newest paid
            else:
                unsure[mid] = span
    if unsure:
        paid = _paid(conn, sorted(unsure))
        for mid, span in unsure.items():
            found = through(paid.get(mid, set()), span)
            if found is not None:
                out[mid] = found
    return out


def _paid(conn: sqlite3.Connection, ids: list[int]) -> dict[int, set[Month]]:
    out: dict[int, set[Month]] = {}
    for i in range(0, len(ids), _CHUNK):
        for mid, month in conn.execute("SELECT member_id, month FROM dues_payment "
                                       "WHERE member_id IN (SELECT value FROM json_each(?))",
                                       (json.dumps(ids[i:i + _CHUNK]),)):
            out.setdefault(mid, set()).add(Month.parse(month))
    return out
