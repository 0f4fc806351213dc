"""The delivery list (配送书目) as a kind of the import machinery: mapping with synonyms, preview with row errors,
one batch in the import history, undone by the machinery's undo (refused once a copy was lent)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from unionbook.domain.member import MemberDraft
from unionbook.errors import ConflictError, NotFoundError, ValidationError
from unionbook.services.imports import flow
from unionbook.services.library import imports
from unionbook.services.library.catalogue import TitleDraft, add_title, search
from unionbook.services.library.figures import figures
from unionbook.services.library.loans import give_back, lend
from unionbook.services.members.records import add_member
from unionbook.store import Database

HEAD = ["序号", "题名", "书号", "责任者", "出版者", "出版时间", "中图分类号", "单价", "配送数量"]


def sheet(path: Path, rows: list[tuple[Any, ...]], head: list[str] = HEAD) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026年第一批职工书屋配送书目"])
    ws.append(head)
    for row in rows:
        ws.append(list(row))
    ws.append(["合计", "", "", "", "", "", "", "", 99])
    wb.save(path)
    return path


ROWS = [
    (1, "红楼梦", "978-7-02-000220-7", "曹雪芹", "人民文学出版社", 2008, "I", 59.7, 5),
    (2, "工会工作手册", "", "本书编写组", "中国工人出版社", 2020, "D", "38.00", 4),
    (3, "错书号", "9787020002208", "", "", "", "I", "", 1),
    (4, "平凡的世界", "7-5302-1022-X", "路遥", "北京十月文艺出版社", "2012年", "I", 108, 3),
    (5, "平凡的世界", "9787530210222", "路遥", "北京十月文艺出版社", 2012, "I", 108, 2),  # listed twice
]


@pytest.fixture
def lib(union_db: Database) -> Database:
    add_title(union_db, TitleDraft(isbn="9787020002207", title="红楼梦"))
    # a title without an ISBN already catalogued: the same title, author and publisher is the same title
    add_title(union_db, TitleDraft(title="工会工作手册", author="本书编写组", publisher="中国工人出版社"))
    return union_db


def test_columns_found_by_synonyms_and_rows_planned(lib: Database, tmp_path: Path) -> None:
    path = sheet(tmp_path / "配送.xlsx", ROWS)
    inspection = imports.inspect(path)
    assert inspection.header_row == 2
    assert {c.label: c.field for c in inspection.columns} == {
        "序号": None, "题名": "title", "书号": "isbn", "责任者": "author", "出版者": "publisher", "出版时间": "year",
        "中图分类号": "clc", "单价": "price", "配送数量": "copies"}
    plan = imports.preview(lib, path, inspection=inspection)
    assert [(n.row, n.draft.title, n.draft.copies) for n in plan.new_titles] == [(6, "平凡的世界", 5)]
    assert [(m.row, m.title, m.copies) for m in plan.more_copies] == [(3, "红楼梦", 5), (4, "工会工作手册", 4)]
    assert [(p.row, p.column, p.message) for p in plan.errors] == [
        (5, "书号", "“9787020002208”校验位错误：最后一位应为 7，而不是 8")]
    assert plan.error_rows == [5] and plan.skipped_rows == [8] and plan.copies == 14
    assert plan.counts()["new"] == 1 and plan.counts()["updated"] == 2


def test_one_batch_in_the_import_history_undone_by_the_machinery(lib: Database, tmp_path: Path) -> None:
    plan = imports.preview(lib, sheet(tmp_path / "配送.xlsx", ROWS))
    with pytest.raises(ValidationError, match="1行"):
        imports.commit(lib, plan)
    result = imports.commit(lib, plan, skip_errors=True, on=dt.date(2026, 3, 1))
    assert (result.inserted, result.updated, result.copies, result.skipped) == (1, 2, 14, 1)
    [batch] = flow.list_batches(lib)
    assert (batch.batch_id, batch.kind, batch.file_name, batch.inserted, batch.updated) == (
        result.batch_id, "library", "配送.xlsx", 1, 2)
    assert figures(lib, 2026).volumes == 16 and figures(lib, 2026).titles == 3
    undone = flow.undo(lib, batch.batch_id)  # the same undo as a roster's (members import-undo, import history)
    assert undone.summary == "删除 1 种书目、14 册图书"
    assert figures(lib, 2026).volumes == 2 and [t.title for t in search(lib)] == ["工会工作手册", "红楼梦"]
    assert flow.list_batches(lib)[0].undone_at is not None
    with pytest.raises(ConflictError, match="已于"):
        flow.undo(lib, batch.batch_id)


def test_undo_refused_with_the_reason_once_a_copy_was_lent(lib: Database, tmp_path: Path) -> None:
    add_member(lib, MemberDraft(name="张三", id_number="11010519491231002X", employer="测试单位",
                                card_number="C001"))
    plan = imports.preview(lib, sheet(tmp_path / "配送.xlsx", ROWS[:2]))
    result = imports.commit(lib, plan)
    # copies SW000003.. are the batch's (SW000001/2 were catalogued by hand)
    lend(lib, "SW000003", "C001", on=dt.date(2026, 3, 2))
    give_back(lib, "SW000003", on=dt.date(2026, 3, 9))
    with pytest.raises(ConflictError) as err:
        imports.undo(lib, str(result.batch_id))
    assert "《红楼梦》（SW000003）已于 2026-03-02 借出过" in err.value.message
    assert figures(lib, 2026).volumes == 11  # nothing taken back


def test_mapping_given_by_the_user_and_a_roster_batch_is_not_a_delivery(lib: Database, tmp_path: Path) -> None:
    path = sheet(tmp_path / "配送.xlsx", [(1, "乡土中国", "", "费孝通", "", "", "C", "", 2)],
                 head=["序号", "书名", "ISBN", "作者", "出版社", "年", "类", "价", "本数"])
    plan = imports.preview(lib, path, mapping={"本数": "copies", "类": "clc", "序号": None})
    assert [(n.draft.title, n.draft.clc, n.draft.copies) for n in plan.new_titles] == [("乡土中国", "C", 2)]
    with pytest.raises(ValidationError, match="都对应"):
        imports.preview(lib, path, mapping={"本数": "copies", "价": "copies"})
    with pytest.raises(ValidationError, match="没有找到“书名”列"):
        imports.preview(lib, path, mapping={"书名": None})
    with pytest.raises(NotFoundError):
        imports.undo(lib, "999")


def test_without_an_isbn_column_titles_are_matched_by_name_and_a_lookalike_is_warned(
        lib: Database, tmp_path: Path) -> None:
    """Review item 9: 名称/编号/数量 imported a second 《红楼梦》 next to 曹雪芹's without a word."""
    add_title(lib, TitleDraft(isbn="9787506365437", title="活着", author="余华", publisher="作家出版社"))
    path = sheet(tmp_path / "无书号.xlsx", [("红楼梦", "x", 2), ("活着", "y", 3), ("新书", "z", 1)],
                 head=["名称", "编号", "数 量"])
    assert {c.label: c.field for c in imports.inspect(path).columns} == {"名称": "title", "编号": None,
                                                                          "数 量": "copies"}
    plan = imports.preview(lib, path)
    assert [(n.draft.title, n.draft.copies) for n in plan.new_titles] == [("红楼梦", 2), ("活着", 3), ("新书", 1)]
    assert [(p.row, p.column, p.message) for p in plan.warnings] == [
        (2, "ISBN", "没有对应 ISBN 列：书目只按书名、作者、出版社与已有书目比对，缺作者或出版社的行会作为新书目导入。"),
        (3, "名称", "可能与已有书目《红楼梦》重复：本行没有作者、出版社，将作为新书目导入；"
                    "如是同一种书，请补上 ISBN（或作者、出版社）后再导入。"),
        (4, "名称", "可能与已有书目《活着》（余华）重复：本行没有作者、出版社，将作为新书目导入；"
                    "如是同一种书，请补上 ISBN（或作者、出版社）后再导入。")]
    assert plan.errors == []
    add_title(lib, TitleDraft(title="新书"))  # the same title, author and publisher (none): more copies, no warning
    plan = imports.preview(lib, path)
    assert [m.title for m in plan.more_copies] == ["新书"] and [p.row for p in plan.warnings] == [2, 3, 4]


def test_a_title_that_differs_only_by_a_bracketed_note_and_has_the_same_author_is_warned(
        lib: Database, tmp_path: Path) -> None:
    """Review 2 item 11: 平凡的世界（全三册） by 路遥 came in as a new title next to 平凡的世界 by 路遥, unsaid."""
    add_title(lib, TitleDraft(title="平凡的世界", author="路遥"))
    add_title(lib, TitleDraft(isbn="9787506365437", title="红楼梦（上）", author="（清）曹雪芹 著"))
    path = sheet(tmp_path / "近似.xlsx", [
        (1, "平凡的世界（全三册）", "9787020978724", "路遥", "北京十月文艺出版社", 2017, "I", "108.00", 2),
        (2, "红楼梦 (下)", "", "曹雪芹", "人民文学出版社", 2008, "I", "30.00", 1),
        (3, "红楼梦（下）", "9787020090006", "曹雪芹", "人民文学出版社", 2008, "I", "30.00", 1),  # ISBNs differ
        (4, "平凡的世界【珍藏版】", "", "厚夫", "", 2020, "I", "", 1)])  # another author
    plan = imports.preview(lib, path)
    assert len(plan.new_titles) == 4 and plan.errors == []
    assert [(p.row, p.column, p.message) for p in plan.warnings] == [
        (3, "题名", "可能与已有书目《平凡的世界》（路遥）重复：书名只差括号中的说明，作者相同，将作为新书目导入；"
                    "如是同一种书，请改用已有书目的书名、作者、出版社与 ISBN 后再导入。"),
        (4, "题名", "可能与已有书目《红楼梦(上)》（(清)曹雪芹 著）重复：书名只差括号中的说明，作者相同，将作为新书目导入；"
                    "如是同一种书，请改用已有书目的书名、作者、出版社与 ISBN 后再导入。")]


@pytest.mark.parametrize("header", ["册", "册数", "复本", "复本数", "数量"])
def test_copies_column_synonyms(lib: Database, tmp_path: Path, header: str) -> None:
    path = sheet(tmp_path / "册.xlsx", [("新书", "9787020090006", 4)], head=["书名", "ISBN", header])
    plan = imports.preview(lib, path)
    assert [(n.draft.title, n.draft.copies) for n in plan.new_titles] == [("新书", 4)]
