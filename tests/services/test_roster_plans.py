"""EXPLAIN QUERY PLAN for every query the roster cursor and the home-page figures send, so that a new index
(or a rewritten filter) cannot silently change how SQLite answers them.

The statements are not copied here: they are captured (sqlite3's trace callback) while the real code runs,
then explained on the same, analysed database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import event

from unionbook.domain.member import Status
from unionbook.services.members import figures_read
from unionbook.services.members.roster import RosterCursor, RosterQuery
from unionbook.services.members.roster_search import VOCABULARY_SQL
from unionbook.services.members.stats import key_figures
from unionbook.store import Database
from unionbook.store.connections import ReadConnections

CURRENT = (Status.ACTIVE, Status.KEPT)


@pytest.fixture
def traced(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Database, Callable[[Callable[[], Any]], list[str]]]]:
    demo_db.analyze()  # as after the demo build or an import: the planner knows the status hardly narrows
    seen: list[str] = []
    event.listen(demo_db.engine, "connect", lambda c, _r: c.set_trace_callback(seen.append))
    demo_db.engine.dispose()
    real_connect = figures_read._connect

    def connect(uri: str) -> sqlite3.Connection:  # the key figures' own connections (figures_read.py)
        conn = real_connect(uri)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(figures_read, "_connect", connect)
    real_read_connect = ReadConnections._connect

    def read_connect(pool: ReadConnections) -> sqlite3.Connection:  # Database.read_connection()'s pool
        conn = real_read_connect(pool)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(ReadConnections, "_connect", read_connect)
    demo_db.release_connections()  # connections opened before are opened again, traced

    def run(work: Callable[[], Any]) -> list[str]:
        seen.clear()
        work()
        return [s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))
                and "sqlite_master" not in s and "alembic_version" not in s]

    yield demo_db, run


def plan(db: Database, sql: str) -> str:
    conn = sqlite3.connect(db.path)
    conn.execute(VOCABULARY_SQL)  # the cursor's own connection has it (roster_search.py)
    try:
        return " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql))
    finally:
        conn.close()


def plans_of(db: Database, statements: list[str], marker: str) -> list[str]:
    return [plan(db, s) for s in statements if marker in s]


def browse(db: Database, query: RosterQuery, id_list_max: int | None = None) -> None:
    cursor = RosterCursor(db, query, id_list_max=id_list_max, small=0)  # as in a union too large to walk whole
    last = (cursor.count() - 1) // 7
    for n in (0, 1, last, last - 1, last // 3):  # first, next, Ctrl+End, up from the end, a far jump
        cursor.page(n, 7)


def test_the_unsearched_roster_counts_from_the_figures_index_and_walks_the_roster_index(traced: Any) -> None:
    db, run = traced
    statements = run(lambda: browse(db, RosterQuery(statuses=CURRENT)))
    [count] = plans_of(db, statements, "count(*)")
    assert count == "SEARCH member USING COVERING INDEX ix_member_figures (status=?)"
    pages = plans_of(db, statements, "LEFT OUTER JOIN employer")
    assert len(pages) == 5
    for p in pages:
        assert p.startswith(("SCAN member USING INDEX ix_member_roster",
                             "SEARCH member USING INDEX ix_member_roster (name_pinyin")), p
        assert "TEMP B-TREE" not in p, p  # the index gives the order: a page never sorts the roster
    [anchor] = plans_of(db, statements, "OFFSET")
    assert anchor == "SCAN member USING COVERING INDEX ix_member_roster"  # a far jump reads the index alone


def test_a_broad_search_walks_the_covering_index_for_its_first_page_and_counts_from_an_index(traced: Any) -> None:
    db, run = traced
    query = RosterQuery(search="2", statuses=CURRENT)
    statements = run(lambda: RosterCursor(db, query, first_page=20, id_list_max=10, small=0).page(0, 20))
    [first] = plans_of(db, statements, "LEFT OUTER JOIN employer")
    assert first.startswith("SCAN member USING INDEX ix_member_roster") and "TEMP B-TREE" not in first, first
    assert not plans_of(db, statements, "count(*)")  # counted later, on a worker
    statements = run(lambda: browse(db, query, id_list_max=10))
    [count] = plans_of(db, statements, "count(*)")
    assert "COVERING INDEX" in count and "TEMP B-TREE" not in count
    pages = [plan(db, s) for s in statements if "LEFT OUTER JOIN employer" in s and "ORDER BY" in s]
    assert pages
    for p in pages:
        assert "INDEX ix_member_roster" in p and "TEMP B-TREE" not in p, p


def test_jump_marks_step_the_covering_index(traced: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from unionbook.services.members import roster

    monkeypatch.setattr(roster, "JUMP_STEP", 50)
    db, run = traced
    cursor = RosterCursor(db, RosterQuery(statuses=CURRENT))
    statements = run(cursor.prepare_jumps)
    steps = plans_of(db, statements, "OFFSET")
    assert len(steps) >= 3
    assert steps[0] == "SCAN member USING COVERING INDEX ix_member_roster"  # the first row
    for p in steps[1:]:  # each mark from the one before: a seek, then at most JUMP_STEP entries
        assert p.startswith("SEARCH member USING COVERING INDEX ix_member_roster (name_pinyin>?"), p
        assert "TEMP B-TREE" not in p, p


def test_a_small_union_walks_its_roster_index_whole_for_a_search(traced: Any) -> None:
    db, run = traced
    statements = run(lambda: RosterCursor(db, RosterQuery(search="zh", statuses=CURRENT), first_page=7).page(0, 7))
    assert not [s for s in statements if "member_search" in s]  # 300 members: walking costs less
    [first] = plans_of(db, statements, "LEFT OUTER JOIN employer")
    assert first.startswith("SCAN member USING INDEX ix_member_roster") and "TEMP B-TREE" not in first, first


def test_a_rare_short_term_is_collected_from_the_search_index_and_the_key_ends(traced: Any) -> None:
    db, run = traced
    # the walk's budget spent at once: the ids are collected, as for a term the walk would not find soon
    statements = run(lambda: RosterCursor(db, RosterQuery(search="zh", statuses=CURRENT), walk_budget=0, small=0).page(0, 7))
    [vocabulary] = plans_of(db, statements, "member_search_instances")
    # fts5vocab's plan 6: both bounds of the term range reach the index (2: term >=, 4: term <)
    assert vocabulary == "SCAN temp.member_search_instances VIRTUAL TABLE INDEX 6:", vocabulary
    [ends] = plans_of(db, statements, "substr(search_key, -2) =")
    # (SQLite 3.40 reads the row for the id: a handful of rows, LIMITed)
    assert ends == "SEARCH member USING INDEX ix_member_key_end2 (<expr>=?)", ends
    [ordered] = plans_of(db, statements, "SELECT member.id FROM member WHERE member.id IN (SELECT value FROM json_each")
    assert ordered.startswith("SEARCH member USING INTEGER PRIMARY KEY (rowid=?)"), ordered
    pages = [plan(db, s) for s in statements if "json_each" in s and "LEFT OUTER JOIN employer" in s]
    assert pages
    for p in pages:  # pages by id
        assert p.startswith("SEARCH member USING INTEGER PRIMARY KEY (rowid=?)"), p


def test_a_one_letter_term_reads_both_key_end_indexes(traced: Any) -> None:
    db, run = traced
    statements = run(lambda: RosterCursor(db, RosterQuery(search="q"), walk_budget=0, small=0).ids())
    [ends] = plans_of(db, statements, "substr(search_key, -1) =")
    assert ends == ("COMPOUND QUERY | LEFT-MOST SUBQUERY | "
                    "SEARCH member USING INDEX ix_member_key_end2 (<expr>>? AND <expr><?) | "
                    "UNION ALL | SEARCH member USING INDEX ix_member_key_end1 (<expr>=?)"), ends


def test_a_trigram_search_collects_its_matches_through_the_search_index(traced: Any) -> None:
    db, run = traced
    statements = run(lambda: browse(db, RosterQuery(search="138", statuses=CURRENT)))
    [collect] = plans_of(db, statements, "FROM member_search WHERE")
    assert "VIRTUAL TABLE INDEX" in collect and "member_search" in collect, collect
    [ordered] = plans_of(db, statements, "SELECT member.id FROM member WHERE member.id IN (SELECT value FROM json_each")
    assert ordered.startswith("SEARCH member USING INTEGER PRIMARY KEY (rowid=?)"), ordered


def test_home_page_figures_read_covering_indexes_only(traced: Any) -> None:
    db, run = traced
    statements = run(lambda: key_figures(db))
    [tally] = plans_of(db, statements, "GROUP BY status, gender")
    assert tally == "SCAN member USING COVERING INDEX ix_member_figures"  # streaming: no sort, no rows read
    assert not plans_of(db, statements, "GROUP BY employer_id")  # the largest employers come from the next one
    [per_employer] = plans_of(db, statements, "LEFT OUTER JOIN member")
    assert "SEARCH member USING COVERING INDEX ix_member_employer_status (employer_id=?)" in per_employer
    [sums] = plans_of(db, statements, "birth_date <=")  # the same pass: its per-group 60+ sums
    assert sums == "SCAN member USING COVERING INDEX ix_member_figures"
