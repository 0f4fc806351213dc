"""The demo union (deterministic, realistic, valid) and the key figures computed from the register."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text
from stdnum.cn import ric

from unionbook.cli.jsonout import to_data
from unionbook.domain.ids import parse_resident_id
from unionbook.domain.member import Status
from unionbook.domain.pinyin import pinyin_keys
from unionbook.errors import NotFoundError, UnionBookError
from unionbook.jobs import Cancelled
from unionbook.services.members.records import list_members
from unionbook.services.members.stats import key_figures
from unionbook.services.union.demo import build_demo
from unionbook.services.union.profile import UnionInput, get_profile, has_profile, save_profile
from unionbook.store import Database

TODAY = dt.date(2025, 6, 30)


def digest(db: Database) -> str:
    """A digest of every member, event and employer row, leaving out when the rows were written."""
    h = hashlib.sha256()
    with db.engine.connect() as conn:
        for sql in (
            "SELECT * FROM member ORDER BY id",
            "SELECT member_id, event, from_status, to_status, date, reason, doc_ref, other_union FROM member_event "
            "ORDER BY id",
            "SELECT id, name, uscc, employees FROM employer ORDER BY id",
            "SELECT name, uscc, kind, employees FROM union_profile",
        ):
            result = conn.execute(text(sql))
            keys = list(result.keys())
            for row in result:
                values = [v for k, v in zip(keys, row, strict=True) if k not in ("created_at", "updated_at")]
                h.update(repr(values).encode())
    return h.hexdigest()


def build(tmp_path: Path, name: str, seed: int, members: int = 120) -> str:
    database = Database.open(tmp_path / name, create=True)
    try:
        assert build_demo(database, members=members, seed=seed, today=TODAY) == members
        return digest(database)
    finally:
        database.close()


def test_demo_is_deterministic_for_a_seed_and_differs_for_another(tmp_path: Path) -> None:
    first = build(tmp_path, "a.sqlite", seed=7)
    assert build(tmp_path, "b.sqlite", seed=7) == first
    assert build(tmp_path, "c.sqlite", seed=8) != first


def test_demo_ids_are_valid_with_real_area_codes(demo_db: Database) -> None:
    members = list_members(demo_db)
    assert len(members) == 300
    assert len({m.id_number for m in members}) == 300
    for m in members:
        rid = parse_resident_id(m.id_number)
        assert rid.number == m.id_number
        assert (rid.gender, rid.birth_date) == (m.gender, m.birth_date)
        assert ric.get_birth_place(m.id_number)["province"]  # a county that exists (python-stdnum's table)
        assert 18 <= (dt.date.today() - m.birth_date).days // 365 <= 63


def test_demo_is_realistic(demo_db: Database) -> None:
    members = list_members(demo_db)
    dotted = [m for m in members if "·" in m.name]
    assert dotted, "some minority names carry the middle dot"
    assert all(m.ethnicity != "汉族" for m in dotted)
    assert len({m.employer for m in members}) >= 10
    statuses = {m.status for m in members}
    assert {Status.ACTIVE, Status.KEPT} <= statuses and len(statuses) >= 3
    assert any(m.group for m in members) and any(m.migrant_worker for m in members)
    assert any(m.gender == "女" for m in members) and any(m.gender == "男" for m in members)
    assert len({m.card_number for m in members}) == 300
    assert get_profile(demo_db).kind == "township"


def test_demo_keys_and_histories_are_consistent(demo_db: Database) -> None:
    with demo_db.engine.connect() as conn:
        rows = conn.execute(text("SELECT name, name_initials, name_pinyin, search_key FROM member")).all()
        for name, initials, full, key in rows:
            assert (initials, full) == tuple(pinyin_keys(name).__dict__.values())
            assert key.startswith(f"{name}|{initials}|{full}|")
        last = conn.execute(text(
            "SELECT m.status, e.to_status FROM member m JOIN member_event e ON e.id = "
            "(SELECT max(id) FROM member_event WHERE member_id = m.id)")).all()
        assert len(last) == 300
        assert all(status == to_status for status, to_status in last)
        fts = conn.execute(text("SELECT count(*) FROM member_search")).scalar()
        assert fts == 300


def test_demo_refuses_a_database_with_members(demo_db: Database) -> None:
    with pytest.raises(UnionBookError, match="已有工会或会员"):
        build_demo(demo_db, members=10, seed=1)


def test_cancelled_demo_writes_nothing(db: Database) -> None:
    calls = []

    def cancel(done: int, total: int) -> None:
        calls.append((done, total))
        raise Cancelled

    with pytest.raises(UnionBookError, match="已取消"):
        build_demo(db, members=50, seed=3, progress=cancel)
    assert calls == [(50, 50)]
    with db.engine.connect() as conn:
        for table in ("member", "member_event", "employer", "change_log"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
    assert not has_profile(db)


def test_key_figures_agree_with_direct_counts(demo_db: Database) -> None:
    f = key_figures(demo_db)
    with demo_db.engine.connect() as conn:
        def q(where: str) -> int:
            return int(conn.execute(text(f"SELECT count(*) FROM member WHERE {where}")).scalar())

        current = "status IN ('active', 'kept')"
        assert f.members == q(current)
        assert f.members_active == q("status = 'active'")
        assert f.members_kept == q("status = 'kept'")
        assert f.women == q(f"{current} AND gender = '女'")
        assert f.migrant_workers == q(f"{current} AND migrant_worker = 1")
        assert f.group_members == q(f"{current} AND group_name != ''")
        assert f.dispatched == q(f"{current} AND employment_form = '劳务派遣'")
        assert f.frontline == q(f"{current} AND frontline = 1")
        assert f.model_workers == q(f"{current} AND model_worker = 1")
        assert f.hardship == q(f"{current} AND hardship = 1")
        assert f.former_members == q("status NOT IN ('active', 'kept')")
        assert f.employers == int(conn.execute(text("SELECT count(*) FROM employer")).scalar())
        employees = int(conn.execute(text("SELECT employees FROM union_profile")).scalar())
        counts = {
            "current": q(current), "active": q("status = 'active'"), "kept": q("status = 'kept'"),
            "women": q(f"{current} AND gender = '女'"), "migrant": q(f"{current} AND migrant_worker = 1"),
            "group": q(f"{current} AND group_name != ''"),
            "dispatched": q(f"{current} AND employment_form = '劳务派遣'"),
            "frontline": q(f"{current} AND frontline = 1"), "model": q(f"{current} AND model_worker = 1"),
            "hardship": q(f"{current} AND hardship = 1"), "former": q("status NOT IN ('active', 'kept')"),
        }
        by_status = dict(conn.execute(text("SELECT status, count(*) FROM member GROUP BY status")).tuples().all())
        by_group = dict(conn.execute(text(
            f"SELECT group_name, count(*) FROM member WHERE {current} AND group_name != '' GROUP BY group_name"))
            .tuples().all())
        per_employer = dict(conn.execute(text(
            f"SELECT e.name, count(*) FROM member m JOIN employer e ON e.id = m.employer_id WHERE {current} "
            "GROUP BY e.id")).tuples().all())
        assert sum(f.by_status.values()) == 300
        assert sum(f.by_group.values()) == f.group_members
        assert f.top_employers[0][1] == max(c for _, c in f.top_employers)
    assert f.employees == employees
    assert f.membership_rate == round(f.members_active / employees, 4)
    assert 0.5 < f.membership_rate <= 1
    data = to_data(f)  # the CLI's encoder (cli/jsonout.py)
    # the JSON carries the values counted above, under the documented keys (README, `stats`)
    assert {k: data[k] for k in ("members", "members_active", "members_kept", "women", "migrant_workers",
                                 "group_members", "dispatched", "frontline", "model_workers", "hardship",
                                 "former_members", "employees", "membership_rate")} == {
        "members": counts["current"], "members_active": counts["active"], "members_kept": counts["kept"],
        "women": counts["women"], "migrant_workers": counts["migrant"], "group_members": counts["group"],
        "dispatched": counts["dispatched"], "frontline": counts["frontline"], "model_workers": counts["model"],
        "hardship": counts["hardship"], "former_members": counts["former"], "employees": employees,
        "membership_rate": round(counts["active"] / employees, 4),
    }
    assert data["by_status"] == by_status and data["by_group"] == by_group
    # the ten largest employers, largest first (ties in any order), each with its own count
    top = data["top_employers"]
    assert len(top) == min(10, len(per_employer))
    assert [t["members"] for t in top] == sorted(per_employer.values(), reverse=True)[:10]
    assert all(per_employer[t["name"]] == t["members"] for t in top)


def test_key_figures_of_an_empty_union(union_db: Database) -> None:
    f = key_figures(union_db)
    assert (f.members, f.women, f.employees, f.membership_rate) == (0, 0, 120, 0.0)


def test_key_figures_need_a_profile(db: Database) -> None:
    with pytest.raises(NotFoundError, match="尚未建立工会信息"):
        key_figures(db)


def test_union_profile_saved_and_uscc_warning_needs_a_note(db: Database) -> None:
    from unionbook.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        save_profile(db, UnionInput(name="某公司工会", uscc="91350100M000100Y43"))
    # the label once, no command-line option in what the window shows; how to override is in the details
    assert err.value.message == "统一社会信用代码：基层工会的统一社会信用代码应以“81”开头"
    assert err.value.details == {"overridable_with": "uscc_note"}
    assert not has_profile(db)
    view = save_profile(db, UnionInput(name=" 某公司工会 ", uscc="91350100m000100y43", kind="joint"),
                        uscc_note="上级工会核发的代码如此")
    assert (view.name, view.uscc, view.kind_label) == ("某公司工会", "91350100M000100Y43", "联合基层工会")
    assert view.uscc_note == "上级工会核发的代码如此"
    with pytest.raises(ValidationError) as err:
        save_profile(db, UnionInput(name="", kind="bogus", employees=10, women_employees=11))
    assert {p.field for p in err.value.problems} == {"name", "kind", "employees"}
    assert get_profile(db).name == "某公司工会"


def test_demo_refuses_a_database_with_a_union_profile(union_db: Database) -> None:
    from unionbook.services.union.profile import get_profile

    before = get_profile(union_db).name
    with pytest.raises(UnionBookError, match="已有工会或会员"):
        build_demo(union_db, members=5, seed=1)
    assert get_profile(union_db).name == before


def test_demo_fills_the_search_index_in_step(demo_db: Database) -> None:
    """The demo writes members with the index trigger suspended and indexes them at the end (store.bulk)."""
    from roster_files import check_search_index

    check_search_index(demo_db)  # FTS5's integrity check against the member table
    with demo_db.engine.connect() as conn:
        triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"member_search_ai", "member_search_au", "member_search_ad"} <= triggers


def test_the_demo_is_one_transaction_so_a_crash_never_leaves_half_of_it(db: Database,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # a crash between two transactions used to leave 2,000 members and no union, refused by stats and demo alike
    from unionbook.services.union.demo import build_demo

    opened: list[int] = []
    transaction = type(db).transaction

    def counting(self: Database):  # type: ignore[no-untyped-def]
        opened.append(1)
        return transaction(self)

    monkeypatch.setattr(type(db), "transaction", counting)
    build_demo(db, members=50, seed=2)
    assert len(opened) == 1
