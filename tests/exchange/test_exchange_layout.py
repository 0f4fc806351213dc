"""Finding the table: titles and notes above the header, headers over merged cells, 序号, 合计/小计 rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from roster_files import HEADER, member_row, resident_id, write_csv, write_xlsx

from unionbook.exchange.reader import ImportFileError, read_sheet
from unionbook.exchange.rows import ParsedSheet, parse_sheet, read_table

A = resident_id("19900307", 1)
B = resident_id("19850211", 2, "410102")
C = resident_id("19790930", 3, "640104")


def _parse(path: Path, mapping: dict[int, str] | None = None) -> ParsedSheet:
    sheet = read_sheet(path)
    layout, auto = read_table(sheet, mapping)
    return parse_sheet(sheet, layout, auto)


def test_title_rows_notes_footer_and_trailing_rows(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["某某镇工会联合会会员花名册"],
        ["填报单位：某某镇总工会（盖章）", None, None, None, None, None, "填报日期：2024年6月"],
        HEADER,
        member_row(1, "张三", A),
        member_row(2, "李四", B),
        [3],  # a numbered but empty template row
        member_row(4, "王五", C),
        ["合计", "3人"],
        ["小计", None, None, None, None, None, "3"],
        [None, "填表人：马晓燕", None, None, "审核人：李", None],
        [None],
        [None],
    ]
    parsed = _parse(write_xlsx(tmp_path / "a.xlsx", rows, merges=["A1:J1", "A2:F2"], text_columns=[3]))
    assert parsed.layout.header_row == 3
    assert [(r.row, r.values["name"]) for r in parsed.rows] == [(4, "张三"), (5, "李四"), (7, "王五")]
    assert parsed.skipped == [8, 9, 10]
    assert all(not r.problems for r in parsed.rows)


def test_serial_column_ignored(tmp_path: Path) -> None:
    parsed = _parse(write_xlsx(tmp_path / "a.xlsx", [HEADER, member_row(1, "张三", A)], text_columns=[3]))
    first = parsed.layout.columns[0]
    assert (first.label, first.field) == ("序号", "_ignore")
    assert first.index not in parsed.mapping


def test_header_over_two_merged_rows(tmp_path: Path) -> None:
    # 姓名 and 身份证号 merged down over two rows; 联系方式 spans 手机 and 座机 in the second
    rows: list[list[Any]] = [
        ["会员花名册"],
        ["序号", "姓名", "身份证号", "联系方式", None, "工作单位"],
        [None, None, None, "手机", "座机", None],
        [1, "张三", A, "13800138000", "0951-6012345", "甲公司"],
    ]
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"]
    parsed = _parse(write_xlsx(tmp_path / "a.xlsx", rows, merges=merges, text_columns=[3]))
    labels = [(c.label, c.field) for c in parsed.layout.columns]
    assert labels == [("序号", "_ignore"), ("姓名", "name"), ("身份证号", "id_number"), ("联系方式/手机", "phone"),
                      ("联系方式/座机", None), ("工作单位", "employer")]
    assert parsed.layout.header_row == 3
    assert [(r.row, r.values["phone"]) for r in parsed.rows] == [(4, "13800138000")]


def test_employer_merged_down_over_its_people(tmp_path: Path) -> None:
    rows = [["姓名", "身份证号", "工作单位"], ["张三", A, "甲公司"], ["李四", B, None], ["王五", C, "乙公司"]]
    parsed = _parse(write_xlsx(tmp_path / "a.xlsx", rows, merges=["C2:C3"], text_columns=[2]))
    assert [r.values["employer"] for r in parsed.rows] == ["甲公司", "甲公司", "乙公司"]


def test_no_header_found(tmp_path: Path) -> None:
    rows = [["这是一份说明"], ["没有表头"], ["张三", A]]
    with pytest.raises(ImportFileError) as err:
        read_table(read_sheet(write_xlsx(tmp_path / "a.xlsx", rows, sheet="说明")))
    assert "说明" in err.value.message and "找不到表头" in err.value.message


def test_unknown_headers_still_found_for_mapping(tmp_path: Path) -> None:
    rows = [["名单"], ["名", "号码", "部门"], ["张三", A, "甲"]]
    sheet = read_sheet(write_csv(tmp_path / "a.csv", rows))
    layout, mapping = read_table(sheet)
    assert layout.header_row == 2 and mapping == {}
    assert [c.label for c in layout.columns] == ["名", "号码", "部门"]


def test_duplicate_headers_told_apart(tmp_path: Path) -> None:
    rows = [["姓名", "身份证号", "备注", "备注"], ["张三", A, "x", "y"]]
    parsed = _parse(write_csv(tmp_path / "a.csv", rows))
    assert [c.label for c in parsed.layout.columns] == ["姓名", "身份证号", "备注（C列）", "备注（D列）"]
    assert parsed.rows[0].values["notes"] == "x"  # the first column that names a field takes it


def test_messy_values(tmp_path: Path) -> None:
    rows = [
        ["姓名", "身份证号", "出生日期", "入会时间", "是否农民工", "联系电话", "学历", "户口性质"],
        [" 张\n三 ", " " + A[:-1] + A[-1].lower() + " ", dt.date(1990, 3, 7), 43529, "√", 13800138000, "本科", "农业"],
        ["李四", "1.10105E+17", "1990年3月", "2019年3月", "", "", "大专", "城镇"],
        ["王五", "", None, "2019.13.1", "也许", None, None, None],
    ]
    parsed = _parse(write_xlsx(tmp_path / "a.xlsx", rows, text_columns=[2]))
    first, second, third = parsed.rows
    assert first.values["join_date"] == dt.date(2019, 3, 5)
    assert first.values["migrant_worker"] is True and first.values["phone"] == "13800138000"
    assert first.values["education"] == "大学本科" and first.values["household_type"] == "农业户口"
    assert first.number == A
    assert not first.problems
    assert second.values["migrant_worker"] is False and second.values["household_type"] == "非农业户口"
    # the ID cannot be read, so the month-only birth date cannot be checked against it either
    assert sorted((p.column, p.severity) for p in second.problems) == [
        ("入会时间", "warning"), ("出生日期", "warning"), ("身份证号", "error")]
    assert "无法恢复" in second.problems[0].message
    assert {p.column for p in third.problems if p.severity == "error"} == {"入会时间", "是否农民工"}


def test_birth_month_agreeing_with_the_id_is_silent(tmp_path: Path) -> None:
    rows = [["姓名", "身份证号", "出生年月"], ["张三", A, "1990.03"], ["李四", B, "1990.03"]]
    parsed = _parse(write_csv(tmp_path / "a.csv", rows))
    assert not parsed.rows[0].problems and "birth_date" not in parsed.rows[0].values
    assert [p.severity for p in parsed.rows[1].problems] == ["warning"]  # B was born in 1985


def test_explicit_mapping(tmp_path: Path) -> None:
    rows = [["名", "号", "单位"], ["张三", A, "甲公司"]]
    sheet = read_sheet(write_csv(tmp_path / "a.csv", [["姓名", "身份证号", "x"], *rows]))
    layout, mapping = read_table(sheet)
    parsed = parse_sheet(sheet, layout, {0: "name", 1: "id_number", 2: "employer"})
    assert parsed.rows[0].values == {"name": "名", "id_number": "号", "employer": "单位"}
    assert mapping == {0: "name", 1: "id_number"}
