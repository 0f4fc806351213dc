"""会费交至 (paid through): the last month before the first month a member owed and did not pay.

The newest month paid is not enough: a payroll posting for November after months skipped would show a member
with seven unpaid months as paid through November, and the transfer letter would say so. Months not owed are
not gaps: before joining (`dues.join_month_owes`) or before the dues book starts, and, as in the arrears list
(services/dues/arrears.py, `due_span`), from the month a member's 保留会籍 or leaving took effect.

Cheap for a roster page: two queries for the page's ids (their first, newest and number of months paid; their
status and join month); months are read only for members with a possible gap.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from unionbook.domain.dues import Month
from unionbook.services.dues.paid_through import Context as Context  # re-exported
from unionbook.services.dues.paid_through import context_on, paid_through_on
from unionbook.services.dues.paid_through import through as through  # re-exported
from unionbook.store import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def first_unpaid(paid: set[Month], span: tuple[Month, Month] | None) -> Month | None:
    """The first owed month not paid, up to the newest month paid (None: no gap)."""
    end = through(paid, span)
    return None if end is None or end == max(paid) else end + 1


def context_in(s: Session) -> Context:
    """What every answer depends on besides the member (the dues rules, the book's first month): read once for a
    roster's pages (ui/members/roster_model.py keeps it until the data changes)."""
    from unionbook.services.dues.common import start_month
    from unionbook.services.dues.rules import dues_rules

    return dues_rules(s), start_month(s)


def paid_through_in(s: Session, ids: Iterable[int], context: Context | None = None) -> dict[int, Month]:
    """Member id → the month paid through, for the members among `ids` who have paid anything (paid_through.py),
    in the session's own transaction, on its sqlite3 connection: a roster page asks this for every page."""
    conn = cast(sqlite3.Connection, s.connection().connection.driver_connection)
    return paid_through_on(conn, ids, context or context_in(s))


def paid_through_for(db: Database, ids: Iterable[int], context: Context | None = None) -> dict[int, Month]:
    with db.read_connection() as conn:  # plain sqlite3: the roster's pages need no SQLAlchemy
        return paid_through_on(conn, ids, context)


def context_for(db: Database) -> Context:
    with db.read_connection() as conn:
        return context_on(conn)
