"""The roster cursor: whichever way a page is found (id list, keyset after the page before, before the page
after, back from the end, from a far-jump anchor), it holds exactly the rows of the ordered list."""

from __future__ import annotations

import random
from typing import Any

import pytest

from unionbook.domain.member import MemberDraft, Status
from unionbook.jobs import Cancelled
from unionbook.services.members import roster
from unionbook.services.members.records import add_member
from unionbook.services.members.roster import SORTS, RosterCursor, RosterQuery, list_member_ids
from unionbook.store import Database

SIZE = 7  # small pages: the 300 demo members make 43 of them


def expected(db: Database, query: RosterQuery) -> list[int]:
    with db.read() as s:
        return list_member_ids(s, query)


def pages_in(cursor: RosterCursor, order: list[int]) -> dict[int, list[int]]:
    return {n: [r.id for r in cursor.page(n, SIZE)] for n in order}


@pytest.fixture
def db_with_gaps(demo_db: Database) -> Database:
    """Members with no employer and no join date: NULL sort values, which keyset paging must not skip."""
    for i, (name, number) in enumerate((("甲一", "11010519491231002X"), ("乙二", "110105199003070017"))):
        add_member(demo_db, MemberDraft(name=name, id_number=number, phone=f"1390000000{i}"))
    return demo_db


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", sorted(SORTS))
def test_every_way_of_finding_a_page_gives_the_ordered_rows(db_with_gaps: Database, key: str,
                                                             descending: bool) -> None:
    query = RosterQuery(sort=key, descending=descending)
    whole = expected(db_with_gaps, query)
    last = (len(whole) - 1) // SIZE
    want = {n: whole[n * SIZE:(n + 1) * SIZE] for n in range(last + 1)}
    forward = RosterCursor(db_with_gaps, query)
    assert forward.count() == len(whole)
    assert pages_in(forward, list(range(last + 1))) == want  # scrolling down
    backward = RosterCursor(db_with_gaps, query)
    assert pages_in(backward, list(range(last, -1, -1))) == want  # Ctrl+End, then scrolling up
    jumps = list(range(last + 1))
    random.Random(5).shuffle(jumps)
    jumping = RosterCursor(db_with_gaps, query)
    assert pages_in(jumping, jumps) == want  # dragging the scroll bar
    assert jumping.page(last + 1, SIZE) == []


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", sorted(SORTS))
def test_far_jumps_from_the_marks_give_the_ordered_rows(db_with_gaps: Database, key: str, descending: bool,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """With the jump marks read (a mark every JUMP_STEP rows, NULL sort values included), a far jump starts
    from the mark before its row: every page still holds exactly its rows."""
    monkeypatch.setattr(roster, "JUMP_STEP", 5)  # marks between the pages' starts, so that stepping is tested
    query = RosterQuery(sort=key, descending=descending)
    whole = expected(db_with_gaps, query)
    last = (len(whole) - 1) // SIZE
    marked = RosterCursor(db_with_gaps, query)
    marked.prepare_jumps()
    assert marked._marks is not None and len(marked._marks) == (len(whole) + 4) // 5
    assert [m[1] for m in marked._marks] == whole[::5]
    jumps = list(range(last + 1))
    random.Random(7).shuffle(jumps)
    assert pages_in(marked, jumps) == {n: whole[n * SIZE:(n + 1) * SIZE] for n in range(last + 1)}


@pytest.mark.parametrize("search", ["z", "2", "zh", "138", "张", "zh 2", "138 张"])
@pytest.mark.parametrize("id_list_max", [0, 20, 5000])
@pytest.mark.parametrize(("walk_budget", "first_page", "small"), [(0, SIZE, 0), (10**9, SIZE, 0), (None, 256, 0),
                                                                   (None, SIZE, None)])
def test_searches_page_alike_in_every_mode(demo_db: Database, search: str, id_list_max: int,
                                           walk_budget: int | None, first_page: int, small: int | None) -> None:
    """Walked or collected, counted at once or later, first page read with the query or not: the same rows."""
    query = RosterQuery(search=search, statuses=(Status.ACTIVE, Status.KEPT))
    whole = expected(demo_db, query)
    cursor = RosterCursor(demo_db, query, id_list_max=id_list_max, walk_budget=walk_budget, first_page=first_page,
                          small=small)
    assert cursor.known_count() in (None, len(whole))
    first = [r.id for r in cursor.page(0, SIZE)]
    assert first == whole[:SIZE]
    assert cursor.count() == len(whole)
    order = list(range((len(whole) + SIZE - 1) // SIZE))
    random.Random(len(search)).shuffle(order)
    got = pages_in(cursor, order)
    assert [i for n in sorted(got) for i in got[n]] == whole
    assert cursor.ids() == whole


def test_a_broad_search_shows_its_first_page_before_counting(demo_db: Database) -> None:
    """'2' matches nearly everyone: its first page comes from a short walk, and the count is left for later
    (in a union large enough: here more than `id_list_max` matches, and not `small`)."""
    query = RosterQuery(search="2")
    whole = expected(demo_db, query)
    cursor = RosterCursor(demo_db, query, first_page=20, id_list_max=50, small=0)
    assert cursor.known_count() is None
    assert [r.id for r in cursor.page(0, 20)] == whole[:20]
    assert cursor.known_count() is None  # the first page did not count
    assert cursor.count() == len(whole) > 200
    assert cursor.known_count() == len(whole)


def test_a_cancelled_count_stops(demo_db: Database) -> None:
    cursor = RosterCursor(demo_db, RosterQuery(search="2"), first_page=20, id_list_max=50, small=0)
    assert cursor.known_count() is None
    cursor.cancel()
    with pytest.raises(Cancelled):
        cursor.count()
    assert cursor.known_count() is None


@pytest.mark.parametrize("term", ["qz", "z", "q", "ζ"])
def test_short_terms_are_found_at_the_very_end_of_a_key(demo_db: Database, term: str) -> None:
    """The search index's trigrams start at every character of a key but its last two: a one- or two-letter
    term found only there (the end of a card number) is found through the key-end indexes."""
    add_member(demo_db, MemberDraft(name="尾号", id_number="110105199003070017", phone="13900000000",
                                    card_number="C0099QZ"))
    add_member(demo_db, MemberDraft(name="尾号二", id_number="11010519491231002X", phone="13900000001",
                                    card_number="C0099ζ"))
    query = RosterQuery(search=term)
    whole = expected(demo_db, query)
    assert whole  # the LIKE finds them
    collected = RosterCursor(demo_db, query, walk_budget=0, small=0)  # the walk gives up at once: ids are collected
    assert collected.ids() == whole
    assert [r.id for r in collected.page(0, SIZE)] == whole[:SIZE]


def test_with_paid_through_changes_that_field_alone(demo_db: Database) -> None:
    from unionbook.services.members.roster_sql import with_paid_through

    row = RosterCursor(demo_db, RosterQuery()).page(0, 1)[0]
    assert with_paid_through(row, "2026-10") == row._replace(dues_paid_through="2026-10")
    assert with_paid_through(row, None) == row._replace(dues_paid_through=None)
    assert with_paid_through(row, "1999-01")[:-1] == row[:-1] and row.dues_paid_through != "1999-01"


@pytest.mark.parametrize("term", ["é", "ж", "lise", "el"])
def test_collected_matches_agree_with_the_like_beyond_ascii(demo_db: Database, term: str) -> None:
    """The search index folds É to é, LIKE only folds ASCII: a collected set is checked with the LIKE again
    whenever a term holds such a letter, so both ways of finding a page give the LIKE's members. (The app's
    keys repeat a name's letters in lower case, in the pinyin fields; this key, written by hand, does not.)"""
    from sqlalchemy import text

    add_member(demo_db, MemberDraft(name="Élise", id_number="110105199003070017", phone="13900000000"))
    with demo_db.transaction() as s:
        s.execute(text("UPDATE member SET search_key = 'Élise Ж|x|y|110105199003070017|13900000000|' "
                       "WHERE name = 'Élise'"))
    query = RosterQuery(search=term)
    whole = expected(demo_db, query)
    assert RosterCursor(demo_db, query, walk_budget=0, small=0).ids() == whole  # collected
    assert RosterCursor(demo_db, query, walk_budget=10**9, small=0).ids() == whole  # walked


def test_any_piece_of_any_key_is_found_alike_by_walking_and_by_collecting(demo_db: Database) -> None:
    """Every one-, two- and three-character piece of some members' keys, at every position (the last two
    characters included, where no trigram starts): collecting finds exactly what the LIKE finds."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from sqlalchemy import text

    with demo_db.read() as s:
        keys = [r[0] for r in s.execute(text("SELECT search_key FROM member ORDER BY id LIMIT 40"))]

    @settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.sampled_from(keys), st.integers(1, 3), st.integers(0, 10**6))
    def check(key: str, length: int, at: int) -> None:
        start = at % max(1, len(key) - length + 1)
        term = key[start:start + length].replace("|", "").replace(" ", "")
        if not term:
            return
        query = RosterQuery(search=term)
        whole = expected(demo_db, query)
        assert RosterCursor(demo_db, query, walk_budget=0, small=0).ids() == whole

    check()


def test_cancel_interrupts_a_count_running_on_another_thread(demo_db: Database,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A newer query cancels the older one's count while a worker is reading it: SQLite stops the statement,
    and the worker ends with Cancelled (not an error to show)."""
    import threading

    started = threading.Event()

    def endless_count(conn: Any, query: RosterQuery) -> int:  # a count that ends only when interrupted
        started.set()
        return int(conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                "SELECT count(*) FROM c").fetchone()[0])

    monkeypatch.setattr(roster, "count_on", endless_count)
    cursor = RosterCursor(demo_db, RosterQuery(search="2"), first_page=20, id_list_max=50, small=0)
    ended: list[BaseException] = []

    def work() -> None:
        try:
            cursor.count()
        except BaseException as exc:
            ended.append(exc)

    worker = threading.Thread(target=work, daemon=True)  # if the count never stopped, the suite still ends
    worker.start()
    assert started.wait(5)
    cursor.cancel()
    worker.join(5)
    assert not worker.is_alive()
    assert len(ended) == 1 and isinstance(ended[0], Cancelled)
    monkeypatch.undo()
    assert RosterCursor(demo_db, RosterQuery()).count() == 300  # the pool's connections read on as before


def test_the_search_vocabulary_outlives_the_read_that_first_needed_it(demo_db: Database) -> None:
    """A short term is looked up in fts5vocab's instance table, a temporary table of the connection. Made inside a
    read transaction, it was rolled back with it, and made again by the next search: each time the temporary
    schema changed, and SQLite read the whole schema again at the next statement (0.4 ms of every such search).
    The pool makes it once per connection, outside any transaction."""
    RosterCursor(demo_db, RosterQuery(search="张"), small=0)  # small=0: the search index is asked, not walked
    with demo_db.read_connection() as conn:
        made = conn.execute("SELECT count(*) FROM temp.sqlite_master WHERE name = 'member_search_instances'")
        assert made.fetchone()[0] == 1
    with demo_db.read_connection() as conn:  # and it answers, in a later read
        assert conn.execute("SELECT count(*) FROM (SELECT 1 FROM temp.member_search_instances LIMIT 5)").fetchone()[0] == 5
