"""The roster as SQL: filters, the search box and sorting, and `RosterCursor`, which pages it out.

Search runs on the stored normalised key (name, pinyin initials, full pinyin, ID number, phone digits, card
number). Terms of three characters or more go through the FTS5 trigram index; shorter ones (`zs`, 张) scan the
key with LIKE over the (name_pinyin, status, search_key) covering index, never reading member rows.

The filter is written once, as SQL text with named parameters (`roster_sql.filter_sql`): the cursor runs it
through the plain sqlite3 connection (the hot path: the ORM costs 2–4× on these reads), the ORM callers
(records, exports) get it as a text clause.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from unionbook.jobs import Cancelled
from unionbook.services.members.roster_search import VOCABULARY_SQL, WALK_BUDGET, candidates, within_budget
from unionbook.services.members.roster_sql import CURRENT as CURRENT  # re-exported
from unionbook.services.members.roster_sql import FLAGS as FLAGS  # re-exported: the roster's filters
from unionbook.services.members.roster_sql import (
    JOIN,
    ROW_SQL,
    SORT_SQL,
    RosterRow,
    count_on,
    from_sql,
    ids_on,
    keyset_segments,
    order_sql,
    to_row,
)
from unionbook.services.members.roster_sql import RosterQuery as RosterQuery  # re-exported
from unionbook.store import Database

if TYPE_CHECKING:  # the window's roster (RosterCursor) reads through sqlite3 alone: SQLAlchemy is for ORM callers
    from sqlalchemy import ColumnElement
    from sqlalchemy.orm import Session


def __getattr__(name: str) -> Any:
    """SORTS and NEW_FORMS_CLAUSE are ORM expressions, made when first asked for (PEP 562)."""
    if name in ("SORTS", "NEW_FORMS_CLAUSE"):
        return _orm_names()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def _orm_names() -> dict[str, Any]:
    from unionbook.store.models import Employer, Member

    # Sort keys the roster offers: what users click on, and the column the database sorts by.
    sorts = {
        "id": Member.id,
        "name": Member.name_pinyin,  # Chinese names sort by pinyin, as people look them up
        "gender": Member.gender,
        "id_number": Member.id_number,
        "birth_date": Member.birth_date,
        "phone": Member.phone,
        "employer": Employer.name,
        "job": Member.job,
        "join_date": Member.join_date,
        "status": Member.status,
        "card_number": Member.card_number,
        "group": Member.group_name,
    }
    # a 新就业形态 worker: declared so, or employed in that form (the roster's 用工形式), for ORM callers
    # (statistics); roster_sql's "new_forms" flag says the same in SQL
    new_forms = Member.new_forms.is_(True) | (Member.employment_form == "新就业形态")
    return {"SORTS": sorts, "NEW_FORMS_CLAUSE": new_forms}


def where_clause(query: RosterQuery, *, walk: bool = False) -> ColumnElement[bool]:
    """The filter as a SQLAlchemy clause, for ORM callers (records, exports): the same SQL the cursor runs."""
    from sqlalchemy import ColumnElement, text

    sql, params = query.filter(hide_status_index=walk)
    # and_() and where() take a text() clause at run time; SQLAlchemy's annotations only admit column expressions
    return cast(ColumnElement[bool], text(sql).bindparams(**params))


def sqlite_connection(s: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection (same transaction), for reads where the ORM would cost 2–4×."""
    return cast(sqlite3.Connection, s.connection().connection.driver_connection)


_from = from_sql


def count_members_s(s: Session, query: RosterQuery) -> int:
    return count_on(sqlite_connection(s), query)


def count_members(db: Any, query: RosterQuery | None = None) -> int:
    with db.read() as s:
        return count_members_s(s, query or RosterQuery())


def list_member_ids(s: Session, query: RosterQuery, offset: int = 0, limit: int | None = None) -> list[int]:
    """Ids in display order, `offset` and `limit` as the command line's `members list` takes them."""
    return ids_on(sqlite_connection(s), query, offset, limit)


def page_rows(s: Session, query: RosterQuery, offset: int, limit: int) -> list[RosterRow]:
    """Rows `offset` … `offset + limit - 1` in display order (for callers that page by position)."""
    return rows_by_ids(s, list_member_ids(s, query, offset, limit))


def rows_by_ids(s: Session, ids: list[int]) -> list[RosterRow]:
    """The rows of these members, in the order given."""
    return rows_by_ids_on(sqlite_connection(s), ids)


def rows_by_ids_on(conn: sqlite3.Connection, ids: list[int]) -> list[RosterRow]:
    if not ids:
        return []
    by_id: dict[int, RosterRow] = {}
    for start in range(0, len(ids), _CHUNK):
        # one statement text whatever the number of ids: SQLite's statement cache keeps it prepared
        by_id.update((r[0], to_row(r)) for r in conn.execute(_ROWS_BY_IDS, (json.dumps(ids[start:start + _CHUNK]),)))
    return [by_id[i] for i in ids if i in by_id]


_ROWS_BY_IDS = f"SELECT {ROW_SQL} FROM member{JOIN} WHERE member.id IN (SELECT value FROM json_each(?))"


_CHUNK = 5000
ID_LIST_MAX = 5000  # a search with at most this many matches is read as one ordered id list
JUMP_STEP = 1024  # rows between the marks a far jump starts from (prepare_jumps)
# a search matching at most this many members is sorted at once, without trying the walk first: sorting costs
# a row read per match (~2.5 µs), a walk that finds the first page ~0.2 µs per index entry it passes
SORT_AT_ONCE = 1000
SMALL = 10_000  # a roster of at most this many members is searched by walking its index whole (~2 ms)
COLLECT_PER_MEMBERS = 25  # a search collects at most one match per this many members before walking whole


FIRST_PAGE = 32  # the table model's page (ui/kit/paged_model.py PAGE): a search reads its first page at once


def _members_about(conn: sqlite3.Connection) -> int:
    """How many members the roster has, at most (its largest id: one seek)."""
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM member").fetchone()[0])


def _folds(term: str) -> bool:
    """Does `term` hold a letter beyond ASCII with an upper and a lower case (é, Ж)?"""
    return any(not ch.isascii() and ch.lower() != ch.upper() for ch in term)


class RosterCursor:
    """The roster for one query: its count and its pages, Qt-free (Anki's browser/table/state.py is the model).

    How pages are found is decided here, once per query:
    - the whole roster: COUNT(*) over the covering figures index, and keyset pages (below);
    - a search in a union of at most SMALL members walks the sort index whole (a few ms);
    - in a larger one, the first page is found the faster of two ways (roster_search.py): walking the sort
      index within a budget, which a term most members match fills at once, or collecting the members the
      search index names. Collected matches become their ids in display order (the count is their number),
      pages read by id. A walked search shows its first page now and is counted later (`count()`, which the
      table model runs off the GUI thread; `known_count()` is None until then): counting a term that matches
      everyone reads the whole index, 100-200 ms at 500,000 members;
    - keyset pages over (sort value, id): each page starts where a neighbouring page ends, or where the last
      page ends, or at an anchor found from the nearest jump mark (`prepare_jumps`, read on a worker) or, until
      the marks are read, by stepping the sort index alone from the nearer end (a far jump of the scroll bar).
      Pages are never read with OFFSET from the start: reading one costs the same at row 100 and at 500,000.
    """

    def __init__(self, db: Database, query: RosterQuery, *, id_list_max: int | None = None,
                 first_page: int = FIRST_PAGE, walk_budget: int | None = None, small: int | None = None) -> None:
        self._db = db
        self.query = query
        self._key = query.sort_key
        self._expr = SORT_SQL[self._key][0]
        # every term a LIKE: the walks test it on the covering index (and collected ids, when the index folds case)
        self._where, self._params = query.filter(trigram=False)
        self._ids: list[int] | None = None
        self._count: int | None = None
        self._first_size = first_page
        self._first_rows: list[Any] | None = None  # page 0, when a walk read it with the query
        self._first: dict[tuple[int, int], tuple[Any, int]] = {}  # (page, size) → its first (sort value, id)
        self._last: dict[tuple[int, int], tuple[Any, int]] = {}
        self._cancelled = False
        self._marks: list[tuple[Any, int]] | None = None  # every JUMP_STEP-th row (prepare_jumps)
        with self._read() as conn:
            if not query.terms():
                self._count = count_on(conn, query)
                return
            cap = ID_LIST_MAX if id_list_max is None else id_list_max
            self._search(conn, cap, WALK_BUDGET if walk_budget is None else walk_budget,
                         SMALL if small is None else small)

    def _search(self, conn: sqlite3.Connection, cap: int, budget: int, small: int) -> None:
        terms = self.query.terms()
        members = _members_about(conn)
        if members <= small:  # a walk of the whole index costs less than asking the search index
            self._found_by_walk(self._walk(conn, None, self._first_size, forward=True))
            return
        probe = min(cap, SORT_AT_ONCE)
        # a few rows of the search index tell a narrow search, whose few matches are sorted at once; a single
        # letter or digit is in nearly every key (initials, pinyin, ID and phone numbers): the walk comes first
        found = None if all(len(t) == 1 and t.isascii() for t in terms) else candidates(conn, terms, probe)
        if found is None:
            rows = within_budget(conn, lambda: self._walk(conn, None, self._first_size, forward=True), budget)
            if rows is None and cap > probe:  # the matches are neither few nor near the start: collect them all,
                # up to as many as sort in the time a walk of the whole index takes (a row read per match costs
                # ten times an index entry passed, and collecting them half as much again)
                found = candidates(conn, terms, max(cap, members // COLLECT_PER_MEMBERS))
            if found is None:
                if rows is None:  # neither way was quick: a broad term whose matches sort far from the start
                    rows = self._walk(conn, None, self._first_size, forward=True)
                self._found_by_walk(rows)
                return
        # the search index folds case beyond ASCII, LIKE does not: only then can a collected set hold too much
        where, params = ((self._where, self._params) if any(_folds(t) for t in terms)
                         else self.query.filter(trigram=False, terms=False))
        sql = (f"SELECT member.id {from_sql(self.query)} WHERE member.id IN (SELECT value FROM json_each(:found)) "
               f"AND {where} ORDER BY {order_sql(self._key, self.query.descending, walk=False)}")
        self._ids = [r[0] for r in conn.execute(sql, {**params, "found": json.dumps(sorted(found))})]
        self._count = len(self._ids)

    def _found_by_walk(self, rows: list[Any]) -> None:
        if len(rows) < self._first_size:  # the walk reached the end: that is every match
            self._ids = [r[0] for r in rows]
            self._count = len(rows)
        else:
            self._first_rows = rows
            self._first[0, self._first_size] = (rows[0][-1], rows[0][0])
            self._last[0, self._first_size] = (rows[-1][-1], rows[-1][0])

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        # plain sqlite3: the window's roster needs no SQLAlchemy; the search vocabulary made once per connection
        with self._db.read_connection(setup=(VOCABULARY_SQL,)) as conn:
            yield conn

    def count(self) -> int:
        """How many members the query selects; counted now if not known yet (`Cancelled` if `cancel`led)."""
        if self._count is None:
            with self._cancellable() as conn:
                self._count = count_on(conn, self.query)
        return self._count

    @contextmanager
    def _cancellable(self) -> Iterator[sqlite3.Connection]:
        """A read for a worker thread that stops soon after `cancel()` (it then raises Cancelled): SQLite asks
        every 1,000 steps whether to go on. (An interrupt could come before the statement starts, and be lost.)"""
        with self._read() as conn:
            conn.set_progress_handler(lambda: 1 if self._cancelled else 0, 1000)
            try:
                if self._cancelled:
                    raise Cancelled
                yield conn
            except sqlite3.OperationalError as exc:
                if self._cancelled:
                    raise Cancelled from exc
                raise
            finally:
                conn.set_progress_handler(None, 0)  # the connection goes back to the pool

    def prepare_jumps(self) -> None:
        """Mark every JUMP_STEP-th row's (sort value, id), in one pass over the sort index taken in steps (about
        100 ms at 500,000 members), for a worker thread: a far jump of the scroll bar then starts from the mark
        before its row and steps at most JUMP_STEP index entries, instead of up to half the index."""
        if self._ids is not None or self._marks is not None:
            return
        marks: list[tuple[Any, int]] = []
        with self._cancellable() as conn:
            mark = self._step(conn, None, 0)
            while mark is not None:
                marks.append(mark)
                mark = self._step(conn, mark, JUMP_STEP)
        self._marks = marks

    def _step(self, conn: sqlite3.Connection, anchor: tuple[Any, int] | None, skip: int) -> tuple[Any, int] | None:
        """(sort value, id) of the row `skip` rows after `anchor` (None: of row `skip`), reading the index alone."""
        segments = [("1", {})] if anchor is None else keyset_segments(self._key, self.query.descending, anchor,
                                                                        inclusive=False)
        offset = skip if anchor is None else skip - 1
        order = order_sql(self._key, self.query.descending)
        for condition, extra in segments:
            params = {**self._params, **extra}
            sql = (f"SELECT {self._expr}, member.id {_from(self.query)} WHERE {self._where} AND {condition} "
                   f"ORDER BY {order} LIMIT 1 OFFSET {int(offset)}")
            found = conn.execute(sql, params).fetchone()
            if found is not None:
                return found[0], found[1]
            passed = conn.execute(f"SELECT count(*) FROM (SELECT 1 {_from(self.query)} WHERE {self._where} AND "
                                  f"{condition} LIMIT {int(offset)})", params).fetchone()[0]
            offset -= passed
        return None

    def known_count(self) -> int | None:
        """The count if it is known without reading (None: a broad search, counted by `count()`)."""
        return self._count

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Stop a count or the jump marks read on another thread (it raises Cancelled there); from any thread."""
        self._cancelled = True

    def ids(self) -> list[int]:
        """Every matching id in display order (the 文书 for the whole filtered roster)."""
        if self._ids is not None:
            return list(self._ids)
        with self._read() as conn:
            return ids_on(conn, self.query)

    def reading(self) -> AbstractContextManager[sqlite3.Connection]:
        """A read on which to call `page(…, conn)` and read more beside it in the same transaction."""
        return self._read()

    def page(self, number: int, size: int, conn: sqlite3.Connection | None = None) -> list[RosterRow]:
        """Page `number` of `size` rows; read on `conn` (from `reading()`) if given, else in a read of its own."""
        if number == 0 and size == self._first_size and self._first_rows is not None:
            return [to_row(r) for r in self._first_rows]
        start = number * size
        if start >= self.count() or number < 0:
            return []
        if conn is None:
            with self._read() as own:
                return self.page(number, size, own)
        if self._ids is not None:
            return rows_by_ids_on(conn, self._ids[start:start + size])
        rows = self._keyset_page(conn, number, size)
        if rows:
            self._first[number, size] = (rows[0][-1], rows[0][0])
            self._last[number, size] = (rows[-1][-1], rows[-1][0])
        return [to_row(r) for r in rows]

    # ---- keyset paging ----

    def _keyset_page(self, conn: sqlite3.Connection, number: int, size: int) -> list[Any]:
        count = self.count()
        last_page = (count - 1) // size
        if number == 0:
            return self._walk(conn, None, size, forward=True)
        if (number - 1, size) in self._last:
            return self._walk(conn, self._last[number - 1, size], size, forward=True)
        if (number + 1, size) in self._first:
            return self._walk(conn, self._first[number + 1, size], size, forward=False)[::-1]
        if number == last_page:
            return self._walk(conn, None, count - number * size, forward=False)[::-1]
        anchor = self._anchor(conn, number * size)
        return [] if anchor is None else self._walk(conn, anchor, size, forward=True, inclusive=True)

    def _walk(self, conn: sqlite3.Connection, anchor: tuple[Any, int] | None, limit: int, *, forward: bool,
              inclusive: bool = False) -> list[Any]:
        """`limit` rows from `anchor` on (exclusive unless `inclusive`), going forward or backward in display
        order; each row ends with its sort value."""
        descending = self.query.descending != (not forward)
        segments = [("1", {})] if anchor is None else keyset_segments(self._key, descending, anchor,
                                                                        inclusive=inclusive)
        out: list[Any] = []
        for condition, extra in segments:
            sql = (f"SELECT {ROW_SQL}, {self._expr} FROM member{JOIN} WHERE {self._where} AND {condition} "
                   f"ORDER BY {order_sql(self._key, descending)} LIMIT {limit - len(out)}")
            out.extend(conn.execute(sql, {**self._params, **extra}))
            if len(out) >= limit:
                break
        return out

    def _anchor(self, conn: sqlite3.Connection, row: int) -> tuple[Any, int] | None:
        """(sort value, id) of row `row`, for a far jump: from the mark before it (prepare_jumps), or until the
        marks are read, the sort index is stepped from whichever end is nearer, reading the index alone (no member
        rows; for the name order the covering index also holds the status and the search key), so it costs at
        most half a pass over the index; the page itself is then a keyset read, and its neighbours follow."""
        marks = self._marks
        if marks is not None:
            number, skip = divmod(row, JUMP_STEP)
            if number < len(marks):
                return marks[number] if skip == 0 else self._step(conn, marks[number], skip)
        count = self.count()
        backward = row > count // 2
        skip = count - 1 - row if backward else row
        order = order_sql(self._key, self.query.descending != backward)
        sql = (f"SELECT {self._expr}, member.id {_from(self.query)} WHERE {self._where} ORDER BY {order} "
               f"LIMIT 1 OFFSET {int(skip)}")
        found = conn.execute(sql, self._params).fetchone()
        return None if found is None else (found[0], found[1])
