"""The roster as SQL: search (names, pinyin initials and full pinyin, ID digits, phone, card), filters, sorting,
paging and counting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import select

from unionbook.domain.member import Event, MemberDraft, Status
from unionbook.services.members.records import StatusChange, add_member, list_members, set_status
from unionbook.services.members.roster import (
    FLAGS,
    SORTS,
    RosterQuery,
    count_members,
    list_member_ids,
    page_rows,
)
from unionbook.services.union.profile import employer_names
from unionbook.store import Database
from unionbook.store.models import Employer, Member

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def make_id(area: str, birth: str, seq: int) -> str:
    first17 = f"{area}{birth}{seq:03d}"
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True)) % 11]


PEOPLE: list[dict[str, Any]] = [
    dict(name="张三", id_number="11010519491231002X", phone="13800138000", card_number="C001", employer="恒达物流有限公司",
         migrant_worker=True, group="快递员", frontline=True),
    dict(name="李四", id_number=make_id("440304", "19900307", 1), phone="13912345678", card_number="C002",
         employer="恒达物流有限公司", employment_form="劳务派遣"),
    dict(name="单志强", id_number=make_id("640104", "19800101", 3), phone="13600000001", card_number="C003",
         employer="宏远建材有限公司", model_worker=True),
    dict(name="曾小明", id_number=make_id("640104", "19850505", 5), phone="13600000002", card_number="C004",
         employer="宏远建材有限公司", hardship=True),
    dict(name="阿依古丽·买买提", id_number=make_id("650102", "19920808", 2), phone="13600000003", card_number="X-77",
         employer="宏远建材有限公司", migrant_worker=True, group="家政服务员"),
    dict(name="周顺", id_number=make_id("110105", "19700101", 7), phone="13912340000", card_number="C006"),
    dict(name="欧阳娜娜", id_number=make_id("310101", "19950615", 8), phone="", card_number="",
         employment_form="新就业形态"),
]


def fill(db: Database) -> Database:
    ids = {}
    for person in PEOPLE:
        ids[person["name"]] = add_member(db, MemberDraft(**person, join_date=dt.date(2015, 1, 1))).member_id
    set_status(db, ids["周顺"], StatusChange(Event.LEAVE, dt.date(2020, 1, 1), reason="本人申请"))
    set_status(db, ids["曾小明"], StatusChange(Event.KEEP, dt.date(2021, 1, 1), reason="退休"))
    return db


@pytest.fixture(scope="module")
def roster_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Seven members, shared by the read-only tests of this module (a test that writes fills its own `db`)."""
    database = Database.open(tmp_path_factory.mktemp("roster") / "roster.sqlite", create=True)
    try:
        yield fill(database)
    finally:
        database.close()


def names(db: Database, **kw: Any) -> set[str]:
    return {m.name for m in list_members(db, RosterQuery(**kw))}


@pytest.mark.parametrize("search,expected", [
    ("张三", {"张三"}),
    ("张", {"张三"}),
    ("zs", {"张三", "周顺"}),  # initials
    ("ZS", {"张三", "周顺"}),
    ("zhangsan", {"张三"}),  # full pinyin, through the trigram index
    ("zhang", {"张三"}),
    ("szq", {"单志强"}),  # 单 as a surname is shàn
    ("shanzhiqiang", {"单志强"}),
    ("zengxiaoming", {"曾小明"}),
    ("zxm", {"曾小明"}),
    ("oynn", {"欧阳娜娜"}),
    ("ayigul", {"阿依古丽·买买提"}),
    ("买买提", {"阿依古丽·买买提"}),
    ("19491231", {"张三"}),  # ID digits
    ("002x", {"张三"}),
    ("002X", {"张三"}),
    ("0013800", {"张三"}),  # phone
    ("1391234", {"李四", "周顺"}),
    ("c003", {"单志强"}),  # card number
    ("C00", {"张三", "李四", "单志强", "曾小明", "周顺"}),
    ("x-77", {"阿依古丽·买买提"}),
    ("zs 138", {"张三"}),  # terms combine with AND
    ("zs 1391", {"周顺"}),
    ("  zs   周  ", {"周顺"}),
    ("nobody", set()),
    ('"', set()),  # FTS syntax characters are searched literally, never an error
    ('a"b*c', set()),
    ("50%", set()),
    ("_", set()),
])
def test_search(roster_db: Database, search: str, expected: set[str]) -> None:
    assert names(roster_db, search=search) == expected
    assert count_members(roster_db, RosterQuery(search=search)) == len(expected)


def test_search_follows_edits(db: Database) -> None:
    from unionbook.services.members.records import draft_of, get_member, update_member

    roster_db = fill(db)
    m = get_member(roster_db, "C001")
    draft = draft_of(m)
    draft.name = "章散"
    update_member(roster_db, m.id, draft)
    assert names(roster_db, search="zhangsan") == {"章散"}  # same pinyin, new characters
    assert names(roster_db, search="张三") == set()
    assert names(roster_db, search="章散") == {"章散"}


@pytest.mark.parametrize("kw,expected", [
    ({"statuses": (Status.ACTIVE,)}, {"张三", "李四", "单志强", "阿依古丽·买买提", "欧阳娜娜"}),
    ({"statuses": (Status.ACTIVE, Status.KEPT)}, {"张三", "李四", "单志强", "曾小明", "阿依古丽·买买提", "欧阳娜娜"}),
    ({"statuses": (Status.LEFT,)}, {"周顺"}),
    ({"statuses": (Status.EXPELLED,)}, set()),
    ({"flags": ("migrant",)}, {"张三", "阿依古丽·买买提"}),
    ({"flags": ("group",)}, {"张三", "阿依古丽·买买提"}),
    ({"flags": ("dispatched",)}, {"李四"}),
    ({"flags": ("frontline",)}, {"张三"}),
    ({"flags": ("model_worker",)}, {"单志强"}),
    ({"flags": ("hardship",)}, {"曾小明"}),
    ({"flags": ("women",)}, {"张三", "阿依古丽·买买提", "欧阳娜娜"}),
    ({"flags": ("migrant", "women")}, {"张三", "阿依古丽·买买提"}),
    ({"flags": ("migrant", "frontline")}, {"张三"}),
    ({"group": "家政服务员"}, {"阿依古丽·买买提"}),
    ({"group": "快递员", "search": "zs"}, {"张三"}),
    ({"statuses": (Status.LEFT,), "search": "zs"}, {"周顺"}),
])
def test_filters(roster_db: Database, kw: dict[str, Any], expected: set[str]) -> None:
    assert names(roster_db, **kw) == expected
    assert count_members(roster_db, RosterQuery(**kw)) == len(expected)


def test_every_flag_is_a_working_filter(roster_db: Database) -> None:
    for flag in FLAGS:
        assert 0 < count_members(roster_db, RosterQuery(flags=(flag,))) < len(PEOPLE)
    with pytest.raises(ValueError, match="未知的筛选条件"):
        count_members(roster_db, RosterQuery(flags=("bogus",)))


def test_employer_filter(roster_db: Database) -> None:
    employers = {name: i for i, name in employer_names(roster_db)}
    assert set(employers) == {"恒达物流有限公司", "宏远建材有限公司"}
    current = RosterQuery(statuses=(Status.ACTIVE, Status.KEPT), employer_id=employers["宏远建材有限公司"])
    assert count_members(roster_db, current) == 3  # 曾小明 is kept, still counted
    assert names(roster_db, employer_id=employers["恒达物流有限公司"]) == {"张三", "李四"}
    assert names(roster_db, employer_id=employers["宏远建材有限公司"], search="zxm") == {"曾小明"}


# ---- sorting and paging on the demo union ----

def _all_rows(db: Database) -> list[dict[str, Any]]:
    with db.read() as s:
        rows = s.execute(select(Member, Employer.name).outerjoin(Employer, Member.employer_id == Employer.id)).all()
        return [{**{c.name: getattr(m, c.name) for c in Member.__table__.columns}, "employer_name": e}
                for m, e in rows]


SORT_VALUE: dict[str, Callable[[dict[str, Any]], Any]] = {
    "id": lambda r: r["id"],
    "name": lambda r: r["name_pinyin"],
    "gender": lambda r: r["gender"],
    "id_number": lambda r: r["id_number"],
    "birth_date": lambda r: r["birth_date"],
    "phone": lambda r: r["phone"],
    "employer": lambda r: r["employer_name"],
    "job": lambda r: r["job"],
    "join_date": lambda r: r["join_date"],
    "status": lambda r: r["status"],
    "card_number": lambda r: r["card_number"],
    "group": lambda r: r["group_name"],
}


def test_sort_table_covers_every_offered_key() -> None:
    assert set(SORT_VALUE) == set(SORTS)


@pytest.mark.parametrize("descending", [False, True])
def test_sorting_by_every_key(demo_db: Database, descending: bool) -> None:
    rows = _all_rows(demo_db)
    with demo_db.read() as s:
        for key, value in SORT_VALUE.items():
            def order(r: dict[str, Any], value: Callable[[dict[str, Any]], Any] = value) -> tuple[Any, ...]:
                v = value(r)
                return (v is not None, v, r["id"])  # NULLs first, as SQLite sorts them; ties by id

            expected = [r["id"] for r in sorted(rows, key=order, reverse=descending)]
            got = list_member_ids(s, RosterQuery(sort=key, descending=descending))
            assert got == expected, key
            page = page_rows(s, RosterQuery(sort=key, descending=descending), 0, 25)
            assert [r.id for r in page] == expected[:25], key


@pytest.mark.parametrize("query", [
    RosterQuery(),
    RosterQuery(sort="employer", descending=True),
    RosterQuery(sort="status", statuses=(Status.ACTIVE, Status.KEPT)),
    RosterQuery(sort="join_date", flags=("migrant",)),
    RosterQuery(sort="name", search="z"),
])
def test_pages_concatenate_to_the_whole_ordered_list(demo_db: Database, query: RosterQuery) -> None:
    with demo_db.read() as s:
        whole = list_member_ids(s, query)
        pages: list[int] = []
        for offset in range(0, len(whole) + 37, 37):
            pages.extend(r.id for r in page_rows(s, query, offset, 37))
    assert pages == whole
    assert len(whole) == count_members(demo_db, query)
    assert [m.id for m in list_members(demo_db, query, 10, 15)] == whole[10:25]
    assert len(set(whole)) == len(whole)


def test_page_rows_mask_the_id(demo_db: Database) -> None:
    with demo_db.read() as s:
        [row] = page_rows(s, RosterQuery(sort="id"), 0, 1)
    full = list_members(demo_db, RosterQuery(sort="id"), 0, 1)[0]
    assert row.id == full.id and row.masked_id == full.masked_id
    assert "********" in row.masked_id and row.masked_id != full.id_number
    assert row.employer == full.employer


def test_counts_in_the_demo_union(demo_db: Database) -> None:
    total = count_members(demo_db)
    assert total == 300
    by_status = sum(count_members(demo_db, RosterQuery(statuses=(s,))) for s in Status)
    assert by_status == total
    women = count_members(demo_db, RosterQuery(flags=("women",)))
    men = count_members(demo_db, RosterQuery(search="")) - women
    assert 0 < women < total and men > 0


def test_search_by_full_id_number_and_card_in_demo(demo_db: Database) -> None:
    m = list_members(demo_db, RosterQuery(sort="id"), 0, 1)[0]
    assert [x.id for x in list_members(demo_db, RosterQuery(search=m.id_number))] == [m.id]
    assert [x.id for x in list_members(demo_db, RosterQuery(search=m.card_number))] == [m.id]
    assert m.id in {x.id for x in list_members(demo_db, RosterQuery(search=m.name))}


def test_long_lists_stay_within_sqlites_variable_limit(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Windows build of SQLite allows 32,766 bound variables; a 100,000-member roster must still list. Here the
    limit is lowered to 100 and the chunk to 50 so that 300 members show the same thing."""
    import sqlite3

    from sqlalchemy import event

    from unionbook.services.members import views as members_service  # where list_members reads its rows
    expected = [m.id for m in list_members(demo_db, RosterQuery(sort="id"))]

    @event.listens_for(demo_db.engine, "connect")
    def _limit(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 100)

    demo_db.engine.dispose()
    monkeypatch.setattr(members_service, "_CHUNK", 50)
    assert [m.id for m in list_members(demo_db, RosterQuery(sort="id"))] == expected
    assert len(expected) == 300
