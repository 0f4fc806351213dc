"""会费交至 (paid through): the last month before the first month a member owed and did not pay.

The newest month paid is not enough: a payroll posting for November after months skipped would show a member
with seven unpaid months as paid through November, and the transfer letter would say so. Months not owed are
not gaps: before joining (`dues.join_month_owes`) or before the dues book starts, and, as in the arrears list
(services/dues/arrears.py, `due_span`), from the month a member's 保留会籍 or leaving took effect.

Cheap for a roster page: two queries for the page's ids (their first, newest and number of months paid; their
status and join month); months are read only for members with a possible gap.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionbook.domain.dues import Month, months
from unionbook.services.dues.common import start_month
from unionbook.services.dues.dues import due_span
from unionbook.services.dues.rules import DuesRules, dues_rules
from unionbook.store import Database
from unionbook.store.models import DuesPayment

_CHUNK = 500


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


def first_unpaid(paid: set[Month], span: tuple[Month, Month] | None) -> Month | None:
    """The first owed month not paid, up to the newest month paid (None: no gap)."""
    end = through(paid, span)
    return None if end is None or end == max(paid) else end + 1


Context = tuple[DuesRules, Month | None]


def context_in(s: Session) -> Context:
    """What every answer depends on besides the member (the dues rules, the book's first month): read once for a
    roster's pages (ui/members/roster_model.py keeps it until the data changes)."""
    return dues_rules(s), start_month(s)


_FIGURES = ("SELECT member_id, min(month), max(month), count(*) FROM dues_payment "
            "WHERE member_id IN (SELECT value FROM json_each(?)) GROUP BY member_id")
_MEMBERS = ("SELECT id, status, substr(status_date, 1, 7), substr(join_date, 1, 7) FROM member "
            "WHERE id IN (SELECT value FROM json_each(?))")


def paid_through_in(s: Session, ids: Iterable[int], context: Context | None = None) -> dict[int, Month]:
    """Member id → the month paid through, for the members among `ids` who have paid anything.

    One grouped query (first, newest and number of months paid: a covering index seek per member) settles
    almost everyone; only a member whose figures leave a gap possible has their months read. Both are plain
    SQL on the session's own sqlite3 connection: a roster page asks this for every page it reads."""
    wanted = sorted(set(ids))
    rules, book = context or context_in(s)
    conn = s.connection().connection.driver_connection
    assert conn is not None
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
        paid = _paid(s, sorted(unsure))
        for mid, span in unsure.items():
            found = through(paid.get(mid, set()), span)
            if found is not None:
                out[mid] = found
    return out


def paid_through_for(db: Database, ids: Iterable[int], context: Context | None = None) -> dict[int, Month]:
    with db.read() as s:
        return paid_through_in(s, ids, context)


def context_for(db: Database) -> Context:
    with db.read() as s:
        return context_in(s)


def _paid(s: Session, ids: list[int]) -> dict[int, set[Month]]:
    out: dict[int, set[Month]] = {}
    conn = s.connection()
    for i in range(0, len(ids), _CHUNK):
        for mid, month in conn.execute(select(DuesPayment.member_id, DuesPayment.month).where(
                DuesPayment.member_id.in_(ids[i:i + _CHUNK]))).tuples():
            out.setdefault(mid, set()).add(Month.parse(month))
    return out
