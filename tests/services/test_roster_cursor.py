"""The roster cursor: whichever way a page is found (id list, keyset after the page before, before the page
after, back from the end, from a far-jump anchor), it holds exactly the rows of the ordered list."""

from __future__ import annotations

import random

import pytest

from unionbook.domain.member import MemberDraft, Status
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


@pytest.mark.parametrize("search", ["z", "2", "zh", "138", "张"])
@pytest.mark.parametrize("id_list_max", [0, 20, 5000])
def test_searches_page_alike_in_every_mode(demo_db: Database, search: str, id_list_max: int) -> None:
    query = RosterQuery(search=search, statuses=(Status.ACTIVE, Status.KEPT))
    whole = expected(demo_db, query)
    cursor = RosterCursor(demo_db, query, id_list_max=id_list_max)
    assert cursor.count() == len(whole)
    order = list(range((len(whole) + SIZE - 1) // SIZE))
    random.Random(len(search)).shuffle(order)
    got = pages_in(cursor, order)
    assert [i for n in sorted(got) for i in got[n]] == whole
    assert cursor.ids() == whole


def test_a_broad_search_does_not_read_every_id(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """'2' matches nearly everyone: the cursor keeps the first ID_LIST_MAX ids, counts the rest."""
    monkeypatch.setattr(roster, "ID_LIST_MAX", 50)
    query = RosterQuery(search="2")
    cursor = RosterCursor(demo_db, query)
    assert cursor.count() > 200
    assert cursor._ids is None and len(cursor._prefix) == 50
    assert [r.id for r in cursor.page(0, 20)] == expected(demo_db, query)[:20]

