"""The .xlsx writer, read back by openpyxl (styles), python-calamine (values) and LibreOffice (a real program)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from unionbook.exchange import xlsx_export, xlsx_writer
from unionbook.exchange.xlsx_export import ROSTER_COLUMNS, write_problem_rows, write_roster
from unionbook.exchange.xlsx_writer import DATE, HEADER, TEXT, XlsxWriter

ROWS = [
    ["张三", "男", "汉族", "110105199003070011", dt.date(1990, 3, 7), "13800138000", "甲公司 <总部> & 分厂", "司机",
     "高中", "群众", "农业户口", "劳动合同", True, "快递员", True, False, False, "0012019", dt.date(2019, 3, 5),
     "在册", dt.date(2019, 3, 5), "第一行\n第二行"],
    ["阿依古丽·买买提", "女", "维吾尔族", "65010219920101002X", dt.date(1992, 1, 1), "", "", "", "", "", "", "",
     False, "", False, False, True, "", None, "保留会籍", dt.date(2024, 1, 2), " 前后有空格 "],
]


def _roster(tmp_path: Path, **kw: object) -> Path:
    path = tmp_path / "名册.xlsx"
    write_roster(path, ROWS, title="某某工会会员名册", subtitle="导出时间：2024-06-01　共 2 人", **kw)  # type: ignore[arg-type]
    return path


def test_roster_as_openpyxl_sees_it(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(_roster(tmp_path)).active
    assert ws.title == "会员名册"
    assert ws["A1"].value == "某某工会会员名册" and ws["A1"].font.b
    assert "A1:W1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == "A3:W5"
    header = [c.value for c in ws[3]]
    assert header == ["序号", *[c.header for c in ROSTER_COLUMNS]]
    assert all(c.font.b for c in ws[3])
    row = [c.value for c in ws[4]]
    assert row[0] == 1 and row[1] == "张三"
    id_cell, phone_cell, birth_cell = ws["E4"], ws["G4"], ws["F4"]
    assert id_cell.value == "110105199003070011" and id_cell.data_type == "s" and id_cell.number_format == "@"
    assert phone_cell.value == "13800138000" and phone_cell.data_type == "s"
    assert birth_cell.value == dt.datetime(1990, 3, 7) and birth_cell.is_date
    assert ws["N4"].value == "是" and ws["Q4"].value == "否"  # flags as 是/否
    assert ws["H4"].value == "甲公司 <总部> & 分厂"
    assert ws["W4"].value == "第一行\n第二行" and ws["W5"].value == " 前后有空格 "
    assert ws["E5"].value == "65010219920101002X"
    assert ws.column_dimensions["H"].width > ws.column_dimensions["C"].width  # widths fitted to the content


def test_roster_as_calamine_sees_it(tmp_path: Path) -> None:
    rows = CalamineWorkbook.from_path(str(_roster(tmp_path))).get_sheet_by_index(0).to_python()
    assert rows[3][4] == "110105199003070011" and rows[3][5] == dt.date(1990, 3, 7)
    assert rows[4][19] == "" and rows[4][20] == "保留会籍"


def test_masked_ids_header(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(_roster(tmp_path, masked_ids=True)).active
    assert ws["E3"].value == "身份证号（部分隐藏）"


def test_nothing_left_behind_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old content")

    class Boom(Exception):
        pass

    with pytest.raises(Boom), XlsxWriter(target) as w:
        w.append(["a"])
        raise Boom
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    from unionbook.jobs import Cancelled

    def progress(done: int, total: int) -> None:
        if done >= 2000:
            raise Cancelled

    rows = ROWS * 3000
    with pytest.raises(Cancelled):
        write_roster(tmp_path / "a.xlsx", rows, title="t", subtitle="s", progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_control_characters_and_styles(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    with XlsxWriter(path, "表[1]") as w:
        w.widths = [10, 12]
        w.append(["a\x01b\x0bc", 3.25], HEADER)
        w.append([dt.date(2000, 2, 29), "0012"], [DATE, TEXT])
        w.append([dt.datetime(2000, 1, 1, 12, 0), 7])
    ws = openpyxl.load_workbook(path).active
    assert ws.title == "表_1_"
    assert ws["A1"].value == "abc" and ws["B1"].value == 3.25
    assert ws["A2"].value == dt.datetime(2000, 2, 29) and ws["B2"].value == "0012"
    assert ws["A3"].value == dt.datetime(2000, 1, 1, 12, 0)


def test_problem_rows_file(tmp_path: Path) -> None:
    path = tmp_path / "问题行.xlsx"
    write_problem_rows(path, ["姓名", "身份证号"], [(7, ["王五", 1.10105199003070e17], "身份证号：无法恢复")],
                       title="说明")
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[2]] == ["原行号", "姓名", "身份证号", "问题说明"]
    assert [c.value for c in ws[3]] == [7, "王五", 1.1010519900307e17, "身份证号：无法恢复"]


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("shared_limit", [None, 5], ids=["shared strings", "past the shared table: inline"])
def test_libreoffice_reads_the_same_values(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           shared_limit: int | None) -> None:
    if shared_limit is not None:
        monkeypatch.setattr(xlsx_writer, "SHARED_LIMIT", shared_limit, raising=False)
    path = _roster(tmp_path)
    out = tmp_path / "csv"
    out.mkdir()
    # 44 = comma, 34 = quote, 76 = UTF-8; a private profile so a user's LibreOffice is not disturbed
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=120)
    with open(out / "名册.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "某某工会会员名册"
    assert rows[2][:6] == ["序号", "姓名", "性别", "民族", "身份证号", "出生日期"]
    first = rows[3]
    assert first[4] == "110105199003070011"  # whole, not 1.10105E+17
    assert first[5] == "1990-03-07"
    assert first[6] == "13800138000"
    assert first[13] == "是" and first[16] == "否"
    assert first[18] == "0012019"  # leading zero kept
    assert first[19] == "2019-03-05"
    assert first[22] == "第一行\n第二行"
    assert rows[4][4] == "65010219920101002X" and rows[4][2] == "女"


def _unique_rows(n: int, start: int = 0) -> Iterator[list[object]]:
    """A stream of roster rows, each with its own name, ID, phone and card number (as real members have)."""
    for i in range(start, start + n):
        yield [f"会员{i:07d}", "男", "汉族", f"110105199003{i:06d}", dt.date(1990, 3, 7), f"138{i:08d}", "甲公司",
               "司机", "高中", "群众", "农业户口", "劳动合同", True, "快递员", True, False, False, f"{i:07d}",
               dt.date(2019, 3, 5), "在册", None, ""]


def test_strings_past_the_shared_table_read_back_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [*ROWS, *_unique_rows(40)]
    shared = tmp_path / "shared.xlsx"
    write_roster(shared, rows, title="某某工会会员名册", subtitle="s")
    monkeypatch.setattr(xlsx_writer, "SHARED_LIMIT", 10, raising=False)
    inline = tmp_path / "inline.xlsx"
    write_roster(inline, rows, title="某某工会会员名册", subtitle="s")
    with zipfile.ZipFile(inline) as z:
        assert b't="inlineStr"' in z.read("xl/worksheets/sheet1.xml")
        assert z.read("xl/sharedStrings.xml").count(b"<si>") == 10
    with zipfile.ZipFile(shared) as z:
        assert b't="inlineStr"' not in z.read("xl/worksheets/sheet1.xml")

    def cells(path: Path) -> list[list[tuple[object, str, str]]]:
        ws = openpyxl.load_workbook(path).active
        return [[(c.value, c.data_type, c.number_format) for c in row] for row in ws.iter_rows()]

    assert cells(inline) == cells(shared)
    assert cells(inline)[3][22] == ("第一行\n第二行", "s", "General")
    assert cells(inline)[4][22] == (" 前后有空格 ", "s", "General")
    assert cells(inline)[3][7] == ("甲公司 <总部> & 分厂", "s", "General")
    read = [CalamineWorkbook.from_path(str(p)).get_sheet_by_index(0).to_python() for p in (inline, shared)]
    assert read[0] == read[1]


def _peak_bytes(tmp_path: Path, rows: int) -> int:
    tracemalloc.start()
    try:
        write_roster(tmp_path / f"{rows}.xlsx", _unique_rows(rows), title="t", subtitle="s", total=rows)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Streamed: five times the rows, about the same peak memory (the width sample, the buffer of rows before
    each write and a bounded shared-string table), not five times the strings of every member."""
    monkeypatch.setattr(xlsx_writer, "SHARED_LIMIT", 800, raising=False)
    monkeypatch.setattr(xlsx_export, "WIDTH_SAMPLE", 400)
    small = _peak_bytes(tmp_path, 1500)
    big = _peak_bytes(tmp_path, 7500)
    assert big < small * 1.25, (small, big)


def test_a_write_error_reaches_the_caller_and_leaves_no_file(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing write of the streamed sheet (a full disk) is raised to the caller, and nothing is left behind."""
    folder = tmp_path / "out"
    folder.mkdir()
    real_open = zipfile.ZipFile.open

    def open_(self: zipfile.ZipFile, name: str, mode: str = "r", **kw: object) -> object:
        stream = real_open(self, name, mode, **kw)  # type: ignore[arg-type]
        if name == "xl/worksheets/sheet1.xml":
            def full(data: bytes) -> int:
                raise OSError(28, "No space left on device")
            stream.write = full  # type: ignore[method-assign]
        return stream

    monkeypatch.setattr(zipfile.ZipFile, "open", open_)
    with pytest.raises(OSError, match="No space"):
        write_roster(folder / "a.xlsx", _unique_rows(5000), title="t", subtitle="s", total=5000)
    assert list(folder.iterdir()) == []
