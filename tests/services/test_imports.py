"""Importing rosters: preview, per-field updates, problems by row and column, one batch in one transaction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from roster_files import (
    HEADER,
    check_search_index,
    dump_members,
    member_row,
    old_id,
    resident_id,
    simple_roster,
    write_csv,
    write_xlsx,
)
from sqlalchemy import func, select

from unionbook.domain.member import MemberDraft
from unionbook.errors import ConflictError, NotFoundError, ValidationError
from unionbook.jobs import Cancelled, Tracker
from unionbook.services.imports import flow as imports
from unionbook.services.members.records import (
    RosterQuery,
    add_member,
    get_member,
    list_members,
    member_history,
)
from unionbook.store import Database
from unionbook.store.models import Employer, ImportBatch, Member, MemberEvent

TODAY = dt.date.today()
A = resident_id("19900307", 1, male=True)
B = resident_id("19850211", 2, "410102", male=False)
C = resident_id("19790930", 3, "640104", male=True)


def _messages(plan: imports.ImportPlan, row: int, severity: str | None = None) -> list[str]:
    return [f"{p.column}：{p.message}" for p in plan.problems
            if p.row == row and (severity is None or p.severity == severity)]


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def test_new_members_land_searchable_with_a_join_event(union_db: Database, tmp_path: Path) -> None:
    path = simple_roster(tmp_path / "a.xlsx", [("张三", A), ("李四", B)], join="2019.3.5", migrant="√")
    plan = imports.preview(union_db, path, today=TODAY)
    assert plan.counts() == {"rows": 2, "new": 2, "updated": 0, "unchanged": 0, "error_rows": 0, "errors": 0,
                             "warnings": 0}
    result = imports.commit(union_db, plan)
    assert (result.inserted, result.updated, result.batch_id) == (2, 0, "1")
    found = list_members(union_db, RosterQuery(search="zs"))  # pinyin initials: the search keys were built
    assert [m.name for m in found] == ["张三"]
    m = get_member(union_db, A)
    assert (m.join_date, m.migrant_worker, m.employer, m.gender, m.birth_date) == (
        dt.date(2019, 3, 5), True, "甲公司", "男", dt.date(1990, 3, 7))
    history = member_history(union_db, m.id)
    assert [(e.event.value, e.date) for e in history] == [("join", dt.date(2019, 3, 5))]
    assert list_members(union_db, RosterQuery(search="1380013"))  # phone digits, through the FTS index
    check_search_index(union_db)


def test_every_case_of_the_issue(union_db: Database, tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["某某镇工会联合会会员花名册"],
        ["填报单位：某某镇总工会"],
        ["序号", "名字", "公民身份号码", "性别", "出生年月", "手机号码", "所在单位", "入会日期", "是否农民工", "民族"],
        [1, " 张　三 ", A[:-1] + A[-1].lower(), "女", "1990.03", "138 0013 8000", "甲公司", "2019/03/05", "是", "汉"],
        [2, "阿依古丽•买买提", _fullwidth(B), "女", dt.date(1985, 2, 11), "12345",
         "乙公司", 43529, "否", "维吾尔族"],
        [3, "老王", old_id("650101", 7), "男", None, None, "甲公司", "2019年3月", "√", None],
        [4, "王五", 1.10105199003070e17, None, None, None, None, "201903", None, None],
        [5, "", resident_id("19920202", 5), None, None, None, None, None, None, None],
        [6, "赵六", "", None, None, None, None, None, None, None],
        [7, "张三", resident_id("19920202", 5), None, None, None, None, None, None, None],
        [8, "孙七", resident_id("19910101", 8), None, "1991.01", "13900139000", "丙公司", "2019-02-30", "是", None],
        ["合计", "8人"],
    ]
    path = write_xlsx(tmp_path / "花名册.xlsx", rows, merges=["A1:J1"], text_columns=[3])
    plan = imports.preview(union_db, path, today=TODAY)
    assert plan.header_row == 3 and plan.skipped_rows == [12]
    # row 4: lower-case x, full-width space, phone with spaces; the gender typed contradicts the ID
    assert _messages(plan, 4) == ["性别：填写为“女”，与身份证号不符，按身份证号取“男”"]
    # row 5: full-width digits, minority name with "•", date cell, serial number; a bad phone only warns
    assert _messages(plan, 5, "error") == [] and any("不像有效的手机" in m for m in _messages(plan, 5))
    # row 6: a 15-digit old ID, converted with a warning; month-only join date, with a warning
    assert any("15位旧号码" in m for m in _messages(plan, 6, "warning"))
    assert any("只到月份" in m for m in _messages(plan, 6, "warning"))
    # row 7: the ID Excel stored as a number
    assert any("无法恢复" in m for m in _messages(plan, 7, "error"))
    # rows 8 and 9: missing name, missing ID; row 8 shares its ID with row 10
    assert _messages(plan, 8, "error")[0] == "名字：不能为空"
    assert any("与第10行（张三）身份证号相同" in m for m in _messages(plan, 8, "error"))
    assert [m for m in _messages(plan, 9, "error") if m.startswith("公民身份号码：") and "为空" in m]
    # row 10: the same ID as row 8, with other values: both refused, each naming the other
    assert any("与第8行（无姓名）身份证号相同" in m for m in _messages(plan, 10, "error"))
    # row 11: an impossible date
    assert _messages(plan, 11, "error") == ["入会日期：“2019-02-30”不是有效日期"]
    assert plan.error_rows == [7, 8, 9, 10, 11]
    assert [n.row for n in plan.new] == [4, 5, 6]
    result = imports.commit(union_db, plan, skip_errors=True)
    assert (result.inserted, result.skipped) == (3, 5)
    zhang, ayi, wang = (get_member(union_db, x) for x in (A, B, old_id("650101", 7)))
    assert zhang.name == "张三" and zhang.gender == "男" and zhang.phone == "13800138000"
    assert zhang.ethnicity == "汉族" and zhang.migrant_worker
    assert ayi.name == "阿依古丽·买买提" and ayi.join_date == dt.date(2019, 3, 5) and ayi.phone == "12345"
    assert wang.join_date == dt.date(2019, 3, 1) and wang.id_number.startswith("11010519650101007")


def test_updates_are_previewed_field_by_field(union_db: Database, tmp_path: Path) -> None:
    added = add_member(union_db, MemberDraft(name="张三", id_number=A, phone="13800138000", employer="甲公司",
                                             education="高中", join_date=dt.date(2018, 1, 1), migrant_worker=True))
    add_member(union_db, MemberDraft(name="李四", id_number=B, phone="13900139000", employer="甲公司"))
    rows = [["姓名", "身份证号", "手机", "工作单位", "学历", "入会时间", "是否农民工"],
            ["张三", A, "13700137000", "乙公司", "大专", None, ""],  # phone, employer, education, flag change
            ["李四", B, "13900139000", "甲公司", None, None, None]]  # nothing new: unchanged
    plan = imports.preview(union_db, write_csv(tmp_path / "a.csv", rows), today=TODAY)
    assert [u.member_id for u in plan.updates] == [added.member_id]
    changes = {(c.label, c.before_text, c.after_text) for c in plan.updates[0].changes}
    assert changes == {("联系电话", "13800138000", "13700137000"), ("工作单位", "甲公司", "乙公司"),
                       ("学历", "高中", "大学专科"), ("农民工", "是", "否")}
    assert plan.unchanged_rows == [3]
    before = union_db.engine.connect().exec_driver_sql("SELECT updated_at FROM member WHERE id = 2").scalar()
    imports.commit(union_db, plan)
    m = get_member(union_db, added.member_id)
    # empty cells erase nothing: the join date stays; the blank flag means 否
    assert (m.phone, m.employer, m.education, m.join_date, m.migrant_worker) == (
        "13700137000", "乙公司", "大学专科", dt.date(2018, 1, 1), False)
    with union_db.engine.connect() as conn:  # the unchanged member was not rewritten
        assert conn.exec_driver_sql("SELECT updated_at FROM member WHERE id = 2").scalar() == before
    assert list_members(union_db, RosterQuery(search="13700137"))
    check_search_index(union_db)


def test_card_numbers_unique(union_db: Database, tmp_path: Path) -> None:
    add_member(union_db, MemberDraft(name="老会员", id_number=C, card_number="K001"))
    rows = [HEADER,
            member_row(1, "张三", A, card="K002"),
            member_row(2, "李四", B, card="K002"),  # same card as row 2
            member_row(3, "王五", resident_id("19930303", 9), card="K001"),  # held by another member
            member_row(4, "老会员", C, card="K001")]  # the holder himself: fine
    plan = imports.preview(union_db, write_xlsx(tmp_path / "a.xlsx", rows, text_columns=[3]), today=TODAY)
    assert _messages(plan, 3, "error") == ["会员证号：会员证号“K002”与第2行重复"]
    assert _messages(plan, 4, "error") == ["会员证号：会员证号“K001”已被会员“老会员”（编号 1）使用"]
    assert plan.error_rows == [3, 4] and [u.row for u in plan.updates] == [5]  # his own card: no problem


def test_rows_sharing_an_id_but_differing_are_all_refused_naming_each_other(union_db: Database,
                                                                            tmp_path: Path) -> None:
    """Review 2 item 6: which of 重复甲 and 重复乙 is right is for the user to say, not for the row order."""
    path = simple_roster(tmp_path / "a.xlsx", [("张三", B), ("重复甲", A), ("重复乙", A)])
    plan = imports.preview(union_db, path, today=TODAY)
    assert plan.error_rows == [3, 4] and [n.row for n in plan.new] == [2]
    assert [m for m in _messages(plan, 3, "error") if "第4行（重复乙）" in m]
    assert [m for m in _messages(plan, 4, "error") if "第3行（重复甲）" in m]


def test_an_exact_duplicate_row_is_imported_once_with_a_warning(union_db: Database, tmp_path: Path) -> None:
    path = simple_roster(tmp_path / "a.xlsx", [("张三", A), ("李四", B), ("张三", A)])
    plan = imports.preview(union_db, path, today=TODAY)
    assert plan.error_rows == [] and [n.row for n in plan.new] == [2, 3]
    assert _messages(plan, 4) == ["身份证号码：与第2行完全相同，只导入一次"]
    assert imports.commit(union_db, plan).inserted == 2


def test_an_update_that_renames_a_member_warns(union_db: Database, tmp_path: Path) -> None:
    """Review 2 item 7: still an update, but a name that differs from the register is said."""
    added = add_member(union_db, MemberDraft(name="万丹兰", id_number=A, employer="甲公司"))
    plan = imports.preview(union_db, simple_roster(tmp_path / "a.xlsx", [("万丹兰兰", A)]), today=TODAY)
    assert [u.member_id for u in plan.updates] == [added.member_id]
    assert _messages(plan, 2, "warning") == ["姓名：姓名与名册不同（万丹兰→万丹兰兰），请核对"]


def test_errors_refuse_everything_unless_skipped(union_db: Database, tmp_path: Path) -> None:
    path = simple_roster(tmp_path / "a.xlsx", [("张三", A), ("", B)])
    plan = imports.preview(union_db, path, today=TODAY)
    before = dump_members(union_db)
    with pytest.raises(ValidationError) as err:
        imports.commit(union_db, plan)
    assert "1处错误" in err.value.message and "未导入任何数据" in err.value.message
    assert dump_members(union_db) == before
    assert imports.list_batches(union_db) == []
    result = imports.commit(union_db, plan, skip_errors=True)
    assert (result.inserted, result.skipped) == (1, 1)
    assert imports.list_batches(union_db)[0].skipped == 1


def test_cancel_writes_nothing(union_db: Database, tmp_path: Path) -> None:
    path = simple_roster(tmp_path / "a.xlsx", [(f"会员{i}", resident_id("19900101", i)) for i in range(1, 300)])
    plan = imports.preview(union_db, path, today=TODAY)
    before = dump_members(union_db)
    cancelled = Tracker()
    cancelled.cancel()
    with pytest.raises(Cancelled, match="未写入任何数据"):
        imports.commit(union_db, plan, progress=cancelled)
    assert dump_members(union_db) == before
    assert imports.list_batches(union_db) == []
    check_search_index(union_db)  # the dropped trigger came back with the rollback
    with pytest.raises(Cancelled):
        imports.preview(union_db, path, progress=cancelled)
    assert imports.commit(union_db, plan).inserted == 299  # the plan is still good


def test_failure_midway_leaves_nothing(union_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from unionbook.services.imports import batches as import_batches
    path = simple_roster(tmp_path / "a.xlsx", [(f"会员{i}", resident_id("19900101", i)) for i in range(1, 50)])
    plan = imports.preview(union_db, path, today=TODAY)
    before = dump_members(union_db)
    real = import_batches.audit.record

    def broken(*args: Any, **kw: Any) -> None:
        real(*args, **kw)
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(import_batches.audit, "record", broken)
    with pytest.raises(RuntimeError):
        imports.commit(union_db, plan)
    assert dump_members(union_db) == before
    check_search_index(union_db)


def test_stale_and_repeated_plans_refused(union_db: Database, tmp_path: Path) -> None:
    path = simple_roster(tmp_path / "a.xlsx", [("张三", A)])
    plan = imports.preview(union_db, path, today=TODAY)
    add_member(union_db, MemberDraft(name="插队", id_number=B))
    with pytest.raises(ConflictError, match="重新预览"):
        imports.commit(union_db, plan)
    plan = imports.preview(union_db, path, today=TODAY)
    imports.commit(union_db, plan)
    with pytest.raises(ConflictError, match="已经导入过"):
        imports.commit(union_db, plan)


def test_nothing_to_write_makes_no_batch(union_db: Database, tmp_path: Path) -> None:
    add_member(union_db, MemberDraft(name="张三", id_number=A, phone="13800138000", employer="甲公司",
                                     join_date=dt.date(2019, 3, 5)))
    path = simple_roster(tmp_path / "a.xlsx", [("张三", A)])
    result = imports.commit(union_db, imports.preview(union_db, path, today=TODAY))
    assert (result.batch_id, result.unchanged) == (None, 1)
    assert imports.list_batches(union_db) == []


def test_saved_mappings(union_db: Database, tmp_path: Path) -> None:
    rows = [["名", "号码", "单位", "电话1", "电话2"], ["张三", A, "甲公司", "13800138000", "13900139000"]]
    path = write_csv(tmp_path / "a.csv", rows)
    with pytest.raises(ValidationError, match="没有找到“姓名”“身份证号”列"):
        imports.preview(union_db, path)
    mapping = {"名": "name", "号码": "id_number", "单位": "employer", "电话1": None, "电话2": "phone"}
    imports.save_mapping(union_db, "人事部 花名册", mapping)
    assert imports.saved_mappings(union_db) == {"人事部 花名册": mapping}
    plan = imports.preview(union_db, path, mapping=imports.load_mapping(union_db, "人事部  花名册"))
    assert plan.new[0].values["phone"] == "13900139000" and plan.new[0].employer == "甲公司"
    assert plan.mapping == mapping
    with pytest.raises(ValidationError, match="都对应“联系电话”"):
        imports.preview(union_db, path, mapping={**mapping, "电话1": "phone"})
    imports.delete_mapping(union_db, "人事部 花名册")
    with pytest.raises(NotFoundError):
        imports.load_mapping(union_db, "人事部 花名册")


def test_status_column_warns_and_changes_nothing(union_db: Database, tmp_path: Path) -> None:
    rows = [["姓名", "身份证号", "会籍状态"], ["张三", A, "已转出"], ["李四", B, "在册"]]
    plan = imports.preview(union_db, write_csv(tmp_path / "a.csv", rows), today=TODAY)
    assert any("新会员一律登记为“在册”" in m for m in _messages(plan, 2, "warning"))
    assert _messages(plan, 3) == []
    imports.commit(union_db, plan)
    assert get_member(union_db, A).status.value == "active"


def test_problem_rows_export(union_db: Database, tmp_path: Path) -> None:
    rows = [HEADER, member_row(1, "张三", A), member_row(2, "", B), member_row(3, "王五", "1.10105E+17")]
    plan = imports.preview(union_db, write_xlsx(tmp_path / "a.xlsx", rows, text_columns=[3]), today=TODAY)
    out = tmp_path / "问题行.xlsx"
    assert imports.export_problems(plan, out) == 2
    ws = openpyxl.load_workbook(out).active
    assert [c.value for c in ws[2]] == ["原行号", *HEADER, "问题说明"]
    assert [ws.cell(3, 1).value, ws.cell(3, 3).value, ws.cell(3, 4).value] == [3, None, B]
    assert ws.cell(3, 12).value == "姓名：不能为空"
    assert ws.cell(4, 1).value == 4 and "无法恢复" in ws.cell(4, 12).value
    # fixed and imported again: the two extra columns are not read
    ws.cell(3, 3).value = "李四"
    ws.cell(4, 4).value = resident_id("19930303", 9)
    openpyxl.load_workbook(out)  # still a valid workbook
    wb = ws.parent
    wb.save(out)
    again = imports.preview(union_db, out, today=TODAY)
    assert not again.problems and [n.row for n in again.new] == [3, 4]


def test_employers_created_once(union_db: Database, tmp_path: Path) -> None:
    path = simple_roster(tmp_path / "a.xlsx", [("张三", A), ("李四", B), ("王五", C)], employer="新单位")
    imports.commit(union_db, imports.preview(union_db, path, today=TODAY))
    with union_db.read() as s:
        assert s.execute(select(func.count()).select_from(Employer).where(Employer.name == "新单位")).scalar() == 1
        assert s.execute(select(func.count()).select_from(MemberEvent)).scalar() == 3
        assert s.execute(select(func.count()).select_from(Member)).scalar() == 3
        assert s.execute(select(ImportBatch.inserted)).scalar() == 3


def test_each_id_number_is_parsed_once_per_row(union_db: Database, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The file's reading parses the ID (for duplicates and the birth date); validation reuses that parse."""
    from unionbook.domain import ids, member
    from unionbook.exchange import rows as sheet_rows

    calls: list[object] = []

    def counting(raw: object, **kw: Any) -> ids.ResidentId:
        calls.append(raw)
        return ids.parse_resident_id(raw, **kw)

    monkeypatch.setattr(sheet_rows, "parse_resident_id", counting)
    monkeypatch.setattr(member, "parse_resident_id", counting)
    path = simple_roster(tmp_path / "a.xlsx", [("张三", A), ("李四", B)], join="2019.3.5", migrant="√")
    plan = imports.preview(union_db, path, today=TODAY)
    assert len(plan.new) == 2 and len(calls) == 2


def _member_indexes(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        from sqlalchemy import text
        return sorted(s.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                     "AND tbl_name = 'member' AND sql IS NOT NULL")).tuples().all())


@pytest.mark.parametrize("fail", [False, True])
def test_a_first_import_rebuilds_the_member_indexes_inside_its_transaction(
        union_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail: bool) -> None:
    # a batch at least as large as the table drops the member table's indexes, writes and creates them again
    # (measured twice as fast); the indexes are the same afterwards, and a failure rolls the drop back too
    from unionbook.services.imports import batches as import_batches
    from unionbook.store import bulk
    monkeypatch.setattr(bulk, "REBUILD_FROM", 2)
    dropped: list[str] = []
    real_execute = bulk.Session.execute

    def watching(self: Any, statement: Any, *args: Any, **kw: Any) -> Any:
        if str(statement).startswith("DROP INDEX"):
            dropped.append(str(statement))
        return real_execute(self, statement, *args, **kw)

    monkeypatch.setattr(bulk.Session, "execute", watching)
    before = _member_indexes(union_db)
    path = simple_roster(tmp_path / "a.xlsx", [(f"会员{i}", resident_id("19900101", i)) for i in range(1, 30)])
    plan = imports.preview(union_db, path, today=TODAY)
    if fail:
        monkeypatch.setattr(import_batches.audit, "record", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "full")))
        with pytest.raises(OSError):
            imports.commit(union_db, plan)
    else:
        imports.commit(union_db, plan)
        assert [m.name for m in list_members(union_db, RosterQuery(search="hy1"))][:1] == ["会员1"]
    assert dropped, "the indexes were not rebuilt: the test proves nothing"
    assert _member_indexes(union_db) == before
    check_search_index(union_db)


def _member_stats(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {idx: int(stat.split()[0]) for idx, stat in conn.exec_driver_sql(
            "SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'member'")}


def test_rebuilt_indexes_get_their_planner_statistics_back(
        union_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Dropping an index drops its sqlite_stat1 row: the rebuild gathers the statistics again, so the roster's
    query plans (chosen with them) do not change after a first import."""
    from unionbook.store import bulk
    monkeypatch.setattr(bulk, "REBUILD_FROM", 2)
    first = simple_roster(tmp_path / "first.xlsx", [("张三", A), ("李四", B)])
    imports.commit(union_db, imports.preview(union_db, first, today=TODAY))
    union_db.analyze()
    # every index of the table but the partial one on card numbers, which holds no row yet
    indexes = {name for name, _sql in _member_indexes(union_db)} - {"uq_member_card_number"}
    assert set(_member_stats(union_db)) >= indexes and set(_member_stats(union_db).values()) == {2}
    path = simple_roster(tmp_path / "a.xlsx", [(f"会员{i}", resident_id("19900101", i)) for i in range(1, 30)])
    imports.commit(union_db, imports.preview(union_db, path, today=TODAY))
    stats = _member_stats(union_db)
    assert set(stats) >= indexes and {stats[name] for name in indexes} == {31}


def test_each_new_member_gets_one_join_event_and_one_batch_record_in_member_order(
        union_db: Database, tmp_path: Path) -> None:
    """The join events and the batch's records are written by SQL from the member rows just inserted: into a
    register that already has members and events (so ids do not start at 1), with and without 入会时间, mixed
    with an update; every row is as the member's own write would make it."""
    first = simple_roster(tmp_path / "first.xlsx", [("张三", A)], join="2015-01-02")
    imports.commit(union_db, imports.preview(union_db, first, today=TODAY))
    rows = [HEADER, member_row(1, "张三", A, phone="13900139000"), member_row(2, "李四", B, join=None),
            member_row(3, "王五", C, join="2018-06-30")]
    plan = imports.preview(union_db, write_xlsx(tmp_path / "second.xlsx", rows, text_columns=[3]), today=TODAY)
    assert (len(plan.new), len(plan.updates)) == (2, 1)
    batch_id = int(imports.commit(union_db, plan).batch_id or 0)
    with union_db.engine.connect() as conn:
        members = {number: (mid, status_date) for mid, number, status_date in conn.exec_driver_sql(
            "SELECT id, id_number, status_date FROM member")}
        events = conn.exec_driver_sql(
            "SELECT id, member_id, event, from_status, to_status, date, reason, doc_ref, other_union, recorded_by "
            "FROM member_event ORDER BY id").all()
        changes = conn.exec_driver_sql(
            "SELECT member_id, kind, before, after FROM import_batch_change WHERE batch_id = ? ORDER BY id",
            (batch_id,)).all()
        stamps = {r[0] for r in conn.exec_driver_sql(
            "SELECT recorded_at FROM member_event WHERE member_id != ?", (members[A][0],))}
    b_id, c_id = members[B][0], members[C][0]
    assert b_id > members[A][0] and c_id == b_id + 1
    assert (members[B][1], members[C][1]) == (TODAY.isoformat(), "2018-06-30")
    reason = "批量导入：second.xlsx"
    assert [tuple(e[1:]) for e in events] == [
        (members[A][0], "join", None, "active", "2015-01-02", "批量导入：first.xlsx", "", "", union_db.actor),
        (b_id, "join", None, "active", TODAY.isoformat(), reason, "", "", union_db.actor),
        (c_id, "join", None, "active", "2018-06-30", reason, "", "", union_db.actor)]
    assert len(stamps) == 1 and stamps.pop() is not None
    assert [(m, k, b, a) for m, k, b, a in changes if k == "created"] == [
        (b_id, "created", "{}", "{}"), (c_id, "created", "{}", "{}")]
    assert [(m, k) for m, k, _b, _a in changes if k != "created"] == [(members[A][0], "updated")]
    history = member_history(union_db, c_id)
    assert [(e.event.value, e.date) for e in history] == [("join", dt.date(2018, 6, 30))]
