"""Undoing an import restores exactly the state before it, or refuses when later work depends on it; the
schema migration that brought import batches; generated sheets never crash or half-write."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from roster_files import check_search_index, dump_members, resident_id, simple_roster, write_csv, write_xlsx

from unionbook.domain.member import Event, MemberDraft
from unionbook.domain.text import forbidden_character
from unionbook.errors import ConflictError, NotFoundError, UnionBookError
from unionbook.services.imports import flow as imports
from unionbook.services.members.records import StatusChange, add_member, get_member, set_status, update_member
from unionbook.store import Database
from unionbook.store.migrations import HEAD

A = resident_id("19900307", 1, male=True)
B = resident_id("19850211", 2, "410102", male=False)
C = resident_id("19790930", 3, "640104", male=True)


def _import(db: Database, path: Path, **kw: Any) -> imports.ImportResult:
    return imports.commit(db, imports.preview(db, path), **kw)


def test_undo_restores_exactly(demo_db: Database, tmp_path: Path) -> None:
    """New members removed with their events and employers; changed fields (and search keys) restored."""
    from unionbook.services.members.exports import export_roster

    export_roster(demo_db, tmp_path / "all.xlsx")
    before = dump_members(demo_db)
    # change some existing members (name, phone, employer, flags) and add new ones, in one file
    import openpyxl

    wb = openpyxl.load_workbook(tmp_path / "all.xlsx")
    ws = wb.active
    ws["B4"] = ws["B4"].value + "改"
    ws["G5"] = "13811112222"
    ws["H6"] = "新成立的单位"
    ws["N7"] = "否" if ws["N7"].value == "是" else "是"
    last = ws.max_row
    for i, (name, number) in enumerate((("新人甲", A), ("新人乙", B))):
        ws.cell(last + 1 + i, 2, name)
        ws.cell(last + 1 + i, 5, number)
        ws.cell(last + 1 + i, 8, "另一家新单位")
    wb.save(tmp_path / "changed.xlsx")
    plan = imports.preview(demo_db, tmp_path / "changed.xlsx")
    assert (len(plan.new), len(plan.updates)) == (2, 4), plan.problems[:3]
    result = imports.commit(demo_db, plan)
    assert dump_members(demo_db) != before
    undone = imports.undo(demo_db, result.batch_id or "")
    assert (undone.removed, undone.restored) == (2, 4)
    assert dump_members(demo_db) == before
    check_search_index(demo_db)
    history = imports.list_batches(demo_db)
    assert history[0].undone_at is not None
    with pytest.raises(ConflictError, match="已于.*撤销，不能再次撤销"):
        imports.undo(demo_db, result.batch_id or "")


def test_undo_many_updates_keeps_the_search_index(union_db: Database, tmp_path: Path) -> None:
    people = [(f"会员{i}", resident_id("19900101", i)) for i in range(1, 401)]
    _import(union_db, simple_roster(tmp_path / "a.xlsx", people))
    before = dump_members(union_db)
    renamed = [(f"改名{i}", n) for i, (_, n) in enumerate(people)]
    result = _import(union_db, simple_roster(tmp_path / "b.xlsx", renamed, phone="13900000000"))
    assert result.updated == 400
    check_search_index(union_db)  # bulk re-indexing of more than 200 updated rows
    imports.undo(union_db, result.batch_id or "")
    assert dump_members(union_db) == before
    check_search_index(union_db)


def test_undo_refused_after_an_edit(union_db: Database, tmp_path: Path) -> None:
    result = _import(union_db, simple_roster(tmp_path / "a.xlsx", [("张三", A), ("李四", B)]))
    m = get_member(union_db, A)
    update_member(union_db, m.id, MemberDraft(name="张三", id_number=A, phone="13700137000", employer="甲公司",
                                              join_date=m.join_date))
    before = dump_members(union_db)
    with pytest.raises(ConflictError) as err:
        imports.undo(union_db, result.batch_id or "")
    assert "导入后其中的会员又有改动" in err.value.message and "张三" in err.value.message
    assert dump_members(union_db) == before


def test_undo_refused_after_a_status_change(union_db: Database, tmp_path: Path) -> None:
    result = _import(union_db, simple_roster(tmp_path / "a.xlsx", [("张三", A)]))
    m = get_member(union_db, A)
    set_status(union_db, m.id, StatusChange(Event.KEEP, dt.date.today(), reason="退休"))
    with pytest.raises(ConflictError, match="会籍变动|又有改动"):
        imports.undo(union_db, result.batch_id or "")


def test_undo_refused_while_a_later_batch_depends_on_it(union_db: Database, tmp_path: Path) -> None:
    add_member(union_db, MemberDraft(name="张三", id_number=A, phone="13800138000"))
    before = dump_members(union_db)
    first = _import(union_db, simple_roster(tmp_path / "a.xlsx", [("张三", A), ("李四", B)], phone="13900139000"))
    second = _import(union_db, simple_roster(tmp_path / "b.xlsx", [("张三", A), ("王五", C)], phone="13700137000"))
    with pytest.raises(ConflictError) as err:
        imports.undo(union_db, first.batch_id or "")
    assert f"之后的导入批次 {second.batch_id}" in err.value.message
    imports.undo(union_db, second.batch_id or "")
    imports.undo(union_db, first.batch_id or "")
    assert dump_members(union_db) == before


def test_undo_refused_when_fields_changed_behind_its_back(union_db: Database, tmp_path: Path) -> None:
    add_member(union_db, MemberDraft(name="张三", id_number=A))
    result = _import(union_db, simple_roster(tmp_path / "a.xlsx", [("张三", A)], phone="13900139000"))
    with union_db.engine.begin() as conn:  # not through a service: no change_log row, no updated_at
        conn.exec_driver_sql("UPDATE member SET phone = '13511112222'")
    with pytest.raises(ConflictError, match="又被修改过"):
        imports.undo(union_db, result.batch_id or "")


def test_unknown_batch(union_db: Database) -> None:
    with pytest.raises(NotFoundError):
        imports.undo(union_db, "42")
    with pytest.raises(NotFoundError):
        imports.undo(union_db, "abc")


def test_history_lists_newest_first(union_db: Database, tmp_path: Path) -> None:
    _import(union_db, simple_roster(tmp_path / "一.xlsx", [("张三", A)]))
    _import(union_db, simple_roster(tmp_path / "二.xlsx", [("李四", B)]))
    batches = imports.list_batches(union_db)
    assert [(b.batch_id, b.file_name, b.inserted) for b in batches] == [("2", "二.xlsx", 1), ("1", "一.xlsx", 1)]
    assert batches[0].undone_at is None


def test_database_at_0001_is_upgraded(tmp_path: Path) -> None:
    """A file made before import batches existed: opened, backed up, migrated, and then imports work."""
    from alembic import command

    from unionbook.store import migrate

    path = tmp_path / "old.sqlite"
    engine_db = sqlite3.connect(path)
    engine_db.close()
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0001")
        conn.exec_driver_sql(
            "INSERT INTO member (id, name, gender, ethnicity, id_number, birth_date, phone, job, education, "
            "political_status, household_type, employment_form, migrant_worker, group_name, frontline, "
            "model_worker, hardship, card_number, status, notes, name_initials, name_pinyin, search_key, "
            "created_at, updated_at) VALUES (1, '老会员', '女', '汉族', ?, '1985-02-11', '', '', '', '', '', '', "
            "0, '', 0, 0, 0, '', 'active', '', 'lhy', 'laohuiyuan', 'x', '2020-01-01 00:00:00', "
            "'2020-01-01 00:00:00')", (B,))
    engine.dispose()
    db = Database.open(path)
    try:
        assert db.migration_backup is not None and db.migration_backup.exists()
        with sqlite3.connect(db.migration_backup) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == HEAD
        result = _import(db, simple_roster(tmp_path / "a.xlsx", [("张三", A), ("老会员", B)]))
        assert (result.inserted, result.updated) == (1, 1)
        imports.undo(db, result.batch_id or "")
    finally:
        db.close()


# ---- generated sheets ----

CELL = st.one_of(
    # every category but lone surrogates (which no file can hold): control characters (Cc) and bidi included
    st.none(), st.text(st.characters(blacklist_categories=("Cs",)) | st.sampled_from("\n\t\x1b\u202e"),
                       max_size=12),
    st.integers(-10, 10**12), st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(), st.dates(dt.date(1890, 1, 1), dt.date(2100, 1, 1)),
    st.sampled_from(["是", "否", "√", "", "2019.3.5", "201903", "2019年3月5日", "1.10105E+17", "合计", "汉",
                     "本科", "党员", "13800138000", "  ", "\n", "1990-02-30", A, B, A.lower(), C[:15]]),
)
HEADERS = st.lists(st.sampled_from(["序号", "姓名", "身份证号", "性别", "出生日期", "手机", "工作单位", "入会时间",
                                    "是否农民工", "会员证号", "学历", "户口性质", "八大群体", "备注", "随便", ""]),
                   min_size=1, max_size=9)


@pytest.mark.slow  # ~14 s: 40 generated sheets, each imported
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(headers=HEADERS, body=st.lists(st.lists(CELL, max_size=10), max_size=12),
       title=st.booleans(), as_csv=st.booleans())
def test_generated_sheets_never_crash_nor_half_write(headers: list[str], body: list[list[Any]], title: bool,
                                                     as_csv: bool) -> None:
    rows: list[list[Any]] = ([["某某工会会员花名册"]] if title else []) + [headers] + body
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = Database.open(folder / "db.sqlite", create=True)
        try:
            add_member(db, MemberDraft(name="老会员", id_number=B, card_number="K1"))
            if not as_csv and any(isinstance(v, str) and ILLEGAL_CHARACTERS_RE.search(v) for r in rows for v in r):
                as_csv = True  # XML (so .xlsx) cannot hold most control characters at all; a CSV can
            if as_csv:
                path = write_csv(folder / "a.csv", [["" if isinstance(v, float) and v != v else v for v in r]
                                                    for r in rows])
            else:
                path = write_xlsx(folder / "a.xlsx", rows)
            before = dump_members(db)
            try:
                plan = imports.preview(db, path)
            except UnionBookError as exc:
                assert exc.message  # refused as a whole, in words
                return
            for number in plan.error_rows:  # every rejected row says why
                assert any(p.severity == "error" and p.message for p in plan.problems if p.row == number)
            assert all(p.row > 0 and p.column for p in plan.problems)
            try:
                result = imports.commit(db, plan)
            except UnionBookError:
                assert plan.error_rows  # refused only for errors, and then nothing was written
                assert dump_members(db) == before
                result = imports.commit(db, plan, skip_errors=True)
            after = dump_members(db)
            assert len(after[0]) == len(before[0]) + result.inserted
            stored = [v for row in after[0] for v in row if isinstance(v, str)]
            assert not [v for v in stored if forbidden_character(v.replace("\n", ""))], stored  # nothing unprintable
            check_search_index(db)
            if result.batch_id:
                imports.undo(db, result.batch_id)
                assert dump_members(db) == before
        finally:
            db.close()


def test_csv_and_xlsx_of_the_same_roster_agree(union_db: Database, tmp_path: Path) -> None:
    rows = [["姓名", "身份证号", "入会时间"], ["张三", A, "2019.3.5"], ["李四", B, "2019年3月"]]
    a = imports.preview(union_db, write_csv(tmp_path / "a.csv", rows, encoding="gbk"))
    b = imports.preview(union_db, write_xlsx(tmp_path / "a.xlsx", rows))
    assert [n.values for n in a.new] == [n.values for n in b.new]
    assert a.problems == b.problems


def test_undo_refused_when_other_records_point_at_its_members(union_db: Database, tmp_path: Path) -> None:
    """An election's electorate (or dues, or an office) refers to the imported members: undo would orphan it."""
    from unionbook.services.elections.setup import ElectionDraft, create_election

    result = _import(union_db, simple_roster(tmp_path / "a.xlsx", [("张三", A), ("李四", B), ("王五", C)]))
    create_election(union_db, ElectionDraft(title="第一届委员会选举", body="committee", assembly_kind="member",
                                            date=dt.date.today(), seats=3, override_note="测试"))
    before = dump_members(union_db)
    with pytest.raises(ConflictError, match="已被其他记录"):
        imports.undo(union_db, result.batch_id or "")
    assert dump_members(union_db) == before
    assert imports.list_batches(union_db)[0].undone_at is None
