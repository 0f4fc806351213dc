"""Reading files as they really are: CSV in UTF-8 (BOM or not), GBK, GB18030, UTF-16; workbooks with several
and hidden sheets; files that are not spreadsheets at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from roster_files import HEADER, member_row, resident_id, write_csv, write_xlsx

from unionbook.exchange.layout import detect_layout, fill_merged
from unionbook.exchange.reader import ImportFileError, read_sheet, sheet_names
from unionbook.exchange.rows import parse_sheet, read_table

ROWS = [HEADER, member_row(1, "张三", resident_id("19900307", 1)), member_row(2, "阿依古丽·买买提",
                                                                         resident_id("19920101", 2, "650102"))]


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-8", False), ("utf-8", True), ("gbk", False), ("gb18030", False), ("utf-16-le", True),
])
def test_csv_encodings(tmp_path: Path, encoding: str, bom: bool) -> None:
    path = write_csv(tmp_path / "名单.csv", ROWS, encoding=encoding, bom=bom,
                     delimiter="\t" if encoding.startswith("utf-16") else ",")
    sheet = read_sheet(path)
    assert sheet.rows[0][:3] == ["序号", "姓名", "身份证号码"]
    assert sheet.rows[2][1] == "阿依古丽·买买提"
    assert sheet.sheet_names == [""]
    layout, mapping = read_table(sheet)
    assert [r.values["name"] for r in parse_sheet(sheet, layout, mapping).rows] == ["张三", "阿依古丽·买买提"]


def test_gb18030_characters_beyond_gbk(tmp_path: Path) -> None:
    # 𠀀 is outside GBK: a GB18030 file with it must not be mistaken for anything else
    rows = [HEADER, member_row(1, "王𠀀", resident_id())]
    sheet = read_sheet(write_csv(tmp_path / "a.csv", rows, encoding="gb18030"))
    assert sheet.rows[1][1] == "王𠀀" and sheet.encoding == "gb18030"


def test_csv_semicolons_and_quoted_line_breaks(tmp_path: Path) -> None:
    rows = [HEADER, member_row(1, "张三", resident_id(), employer="甲公司\n二分厂")]
    sheet = read_sheet(write_csv(tmp_path / "a.csv", rows, delimiter=";"))
    assert sheet.rows[1][6] == "甲公司\n二分厂"


def test_undecodable_csv_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"\x81\x30\xff\xfe\xfd" * 10)
    with pytest.raises(ImportFileError, match="编码"):
        read_sheet(path)


def test_sheets_and_hidden_sheets(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", ROWS, sheet="一分厂",
                      more_sheets={"二分厂": ROWS, "隐藏": [["x"]]}, hidden=["隐藏"], text_columns=[3])
    assert sheet_names(path) == ["一分厂", "二分厂"]
    assert read_sheet(path).name == "一分厂"
    assert read_sheet(path, "二分厂").rows[1][1] == "张三"
    with pytest.raises(ImportFileError) as err:
        read_sheet(path, "三分厂")
    assert "三分厂" in err.value.message and "一分厂、二分厂" in err.value.message


def test_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "名单.xlsx"
    path.write_bytes(b"this is not a zip file" * 50)
    with pytest.raises(ImportFileError) as err:
        read_sheet(path)
    assert "名单.xlsx" in err.value.message and "不是有效的 Excel 文件" in err.value.message


def test_unsupported_suffix_and_missing_file(tmp_path: Path) -> None:
    doc = tmp_path / "名单.docx"
    doc.write_bytes(b"x")
    with pytest.raises(ImportFileError, match="不支持的文件类型"):
        read_sheet(doc)
    with pytest.raises(ImportFileError, match="找不到文件"):
        read_sheet(tmp_path / "nothing.xlsx")


def test_row_numbers_are_the_spreadsheets(tmp_path: Path) -> None:
    # data placed from C5: rows and columns keep their spreadsheet positions
    path = write_xlsx(tmp_path / "a.xlsx", ROWS, first_row=5, first_col=3, text_columns=[5])
    sheet = read_sheet(path)
    fill_merged(sheet)
    layout = detect_layout(sheet)
    assert layout.header_row == 5
    assert [c.letter for c in layout.columns][:2] == ["C", "D"]
    parsed = parse_sheet(sheet, layout, {c.index: c.field for c in layout.columns if c.field})
    assert [r.row for r in parsed.rows] == [6, 7]


def test_trailing_empty_rows_dropped(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", ROWS + [[""] * 10] * 5)
    assert len(read_sheet(path).rows) == 3
