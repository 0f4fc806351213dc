"""The reader gives every sheet from A1, whatever cell its data starts in (calamine's row iterator leaves the
empty columns on the left out), and shares repeated texts without changing any value."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from unionbook.exchange.reader import read_sheet


def test_a_sheet_starting_at_c3_is_read_from_a1(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["C3"], ws["D4"] = "张三", "李四"
    wb.save(tmp_path / "a.xlsx")
    assert read_sheet(tmp_path / "a.xlsx").rows == [["", "", "", ""], ["", "", "", ""],
                                                     ["", "", "张三", ""], ["", "", "", "李四"]]


def test_repeated_texts_read_as_written(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    values = [["男", "汉族", 1.0, "110101199003071234"], ["男", "汉族", 2.0, "110101199003071234"]]
    for row in values:
        ws.append(row)
    wb.save(tmp_path / "b.xlsx")
    rows = read_sheet(tmp_path / "b.xlsx").rows
    assert rows == values
    assert rows[0][0] is rows[1][0]  # shared, not copied
