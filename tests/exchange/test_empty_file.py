"""Review item 17: an empty file was reported as "前40行中找不到表头…"; it is said to be empty."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from unionbook.exchange.layout import detect_layout
from unionbook.exchange.reader import ImportFileError, read_sheet


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n,,\r\n\r\n"])
def test_an_empty_csv_is_said_to_be_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "名单.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as err:
        detect_layout(read_sheet(path))
    assert err.value.message == "“名单.csv”是空的，没有任何内容。请确认选对了文件（在 Excel/WPS 中打开看看）。"


def test_an_empty_sheet_is_named(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "花名册"
    wb.save(tmp_path / "a.xlsx")
    with pytest.raises(ImportFileError) as err:
        detect_layout(read_sheet(tmp_path / "a.xlsx"))
    assert err.value.message == "工作表“花名册”是空的，没有任何内容。请确认选对了文件和工作表（在 Excel/WPS 中打开看看）。"


def test_a_sheet_with_content_but_no_header_still_says_so(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text("随便写点什么\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="找不到表头"):
        detect_layout(read_sheet(path))
