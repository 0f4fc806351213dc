"""会费交至 in the roster: each page row carries the newest month paid, read by one index seek per row (the
UNIQUE (member_id, month) index covers it: MAX over it is a single step), so the column costs a page nothing
that grows with the union; keyset paging still returns every member once."""

from __future__ import annotations

import datetime as dt

from unionbook.services.dues.dues import pay, set_wage
from unionbook.services.members.roster import RosterCursor, RosterQuery, rows_by_ids, sqlite_connection
from unionbook.services.members.roster_sql import JOIN, ROW_SQL
from unionbook.store import Database


def test_roster_rows_carry_paid_through(union_db: Database, small: dict[str, int]) -> None:
    zhang = small["张伟"]
    set_wage(union_db, zhang, "3085.50", "2026-01")
    pay(union_db, zhang, "2026-01", "2026-04", day=dt.date(2026, 4, 20))
    with union_db.read() as s:
        rows = {r.id: r for r in rows_by_ids(s, list(small.values()))}
    assert rows[zhang].dues_paid_through == "2026-04"
    assert rows[small["王强"]].dues_paid_through is None
    # keyset pages of two: every member once, with the same value
    cursor = RosterCursor(union_db, RosterQuery(), id_list_max=0)
    paged = [r for n in range(3) for r in cursor.page(n, 2)]
    assert sorted(r.id for r in paged) == sorted(small.values())
    assert {r.id: r.dues_paid_through for r in paged}[zhang] == "2026-04"


def test_paid_through_is_an_index_seek(union_db: Database, small: dict[str, int]) -> None:
    with union_db.read() as s:
        plan = [row[-1] for row in sqlite_connection(s).execute(
            f"EXPLAIN QUERY PLAN SELECT {ROW_SQL} FROM member{JOIN} WHERE member.id IN (1, 2)")]
    dues_steps = [p for p in plan if "dues_payment" in p]
    assert dues_steps, plan
    assert all("USING COVERING INDEX" in p and "(member_id=?)" in p for p in dues_steps), plan
