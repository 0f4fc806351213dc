"""Bulk writes to the member table that keep the roster's search index (member_search, FTS5) in step.

The triggers of migration 0001 index one row at a time; for a 10,000-row import that costs ~1.2 s, while
one INSERT … SELECT into the index costs ~0.13 s (measured here). Inside the caller's transaction, the
trigger is dropped, the rows written, the index filled in one statement, and the trigger re-created from its
own stored SQL, so a failure anywhere rolls all of it back, the trigger included.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

INSERT_TRIGGER = "member_search_ai"
UPDATE_TRIGGER = "member_search_au"
_CHUNK = 500


def _trigger_sql(s: Session, name: str) -> str | None:
    return s.execute(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"), {"n": name}).scalar()


@contextmanager
def _suspended(s: Session, name: str) -> Iterator[bool]:
    """Drop trigger `name` for the block, re-create it after; yields False when there is no such trigger
    (a future schema) and then leaves everything to whatever triggers exist."""
    sql = _trigger_sql(s, name)
    if sql is None:
        yield False
        return
    s.execute(text(f"DROP TRIGGER {name}"))
    yield True
    s.execute(text(sql))


def _in_chunks(s: Session, statement: str, ids: Sequence[int]) -> None:
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        marks = ",".join(str(int(x)) for x in chunk)  # integers only: safe to inline
        s.execute(text(statement.format(ids=marks)))


REBUILD_FROM = 5000  # rows


@contextmanager
def _indexes_rebuilt(s: Session, table: str, adding: int) -> Iterator[None]:
    """For a batch at least as large as the table (the first import of a roster): drop the table's own
    indexes, let the block write, and create them again, inside the caller's transaction. Sorting once is
    about twice as fast as inserting 50,000 rows into six indexes one by one (1.07 → 0.50 s CPU measured
    here); for a batch small beside the table, re-sorting the whole table would cost more, so nothing is done.
    The table's planner statistics are gathered again afterwards (the dropped indexes took theirs along)."""
    if adding < REBUILD_FROM or adding < int(s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()):
        yield
        return
    found = s.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t "
                           "AND sql IS NOT NULL"), {"t": table}).all()  # not the constraints' own autoindexes
    for name, _sql in found:
        s.execute(text(f'DROP INDEX "{name}"'))
    yield
    for _name, sql in found:
        s.execute(text(sql))
    # dropping an index drops its planner statistics too (sqlite_stat1): the table has at least doubled, so
    # gather them afresh, as after the demo's bulk load (Database.analyze): 0.05 s for 50,000 members
    s.execute(text(f'ANALYZE "{table}"'))


def insert_members(s: Session, write: Callable[[], None], first_id: int, count: int = 0,
                   alongside: Callable[[], None] | None = None) -> None:
    """Run `write` (which inserts `count` members with ids ≥ first_id), then index those rows in one go.
    `alongside`: work for another thread while SQLite builds the indexes and fills the search index (long
    statements that run without Python's lock: 0.6 s for 50,000 rows); it must not touch the database. It
    has finished when this returns; what it raised is raised here, after the indexing."""
    helper = None
    try:
        with _suspended(s, INSERT_TRIGGER) as suspended, _indexes_rebuilt(s, "member", count):
            write()
            if alongside is not None:
                helper = _Helper(alongside)
        if suspended:
            s.execute(text("INSERT INTO member_search(rowid, search_key) "
                           "SELECT id, search_key FROM member WHERE id >= :first"), {"first": first_id})
    finally:
        if helper is not None:
            helper.join()
    if helper is not None and helper.error is not None:
        raise helper.error


class _Helper(threading.Thread):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__(name="bulk-alongside", daemon=True)
        self.work = work
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            self.work()
        except BaseException as exc:  # raised in the caller's thread (insert_members)
            self.error = exc



def update_members(s: Session, write: Callable[[], None], ids: Sequence[int]) -> None:
    """Run `write` (which updates members `ids`, search keys included) and re-index those rows in bulk."""
    if len(ids) < 200:  # the trigger is fine for a few rows
        write()
        return
    ordered = sorted(ids)
    with _suspended(s, UPDATE_TRIGGER) as suspended:
        if suspended:
            _in_chunks(s, "INSERT INTO member_search(member_search, rowid, search_key) "
                          "SELECT 'delete', id, search_key FROM member WHERE id IN ({ids})", ordered)
        write()
        if suspended:
            _in_chunks(s, "INSERT INTO member_search(rowid, search_key) "
                          "SELECT id, search_key FROM member WHERE id IN ({ids})", ordered)
