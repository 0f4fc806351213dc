"""The sheet check started ahead in a second process (exchange/guard_ahead.py) refuses exactly what the
in-process check refuses, with the same message, and its verdict is used only for the same file and sheet."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import hostile_files as hf
import pytest
from roster_files import HEADER, member_row, resident_id, write_xlsx

from unionbook.exchange import guard_ahead, xlsx_guard
from unionbook.exchange.reader import read_sheet
from unionbook.exchange.xlsx_guard import HostileFileError

BUILDERS: dict[str, Callable[[Path], Path]] = {
    "far_cell": lambda p: hf.far_cell_xlsx(p, "XFD1048576"),
    "far_cell_dimension_lies": lambda p: hf.far_cell_xlsx(p, "CV1048576", honest_dimension=False),
    "far_cell_without_refs": hf.far_cell_without_refs_xlsx,
    "huge_string": lambda p: hf.huge_string_xlsx(p, 2),
}


def _in_process_only(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every in-process check of a sheet (the workbook-wide check, sheet None, is not recorded)."""
    checked: list[str] = []
    real = xlsx_guard._check

    def spy(path: Path, sheet: str | None) -> None:
        if sheet is not None:
            checked.append(sheet)
        real(path, sheet)

    monkeypatch.setattr(xlsx_guard, "_check", spy)
    return checked


def _refusal(path: Path) -> str:
    with pytest.raises(HostileFileError) as caught:
        read_sheet(path)
    return caught.value.message


@pytest.mark.parametrize("name", list(BUILDERS))
def test_a_hostile_sheet_is_refused_ahead_with_the_in_process_message(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = BUILDERS[name](tmp_path / f"{name}.xlsx")
    checked = _in_process_only(monkeypatch)
    in_process = _refusal(path)
    assert checked == ["花名册"] or name == "huge_string"  # the 2 MB string is refused with the workbook
    checked.clear()
    assert guard_ahead.start(path)
    assert _refusal(path) == in_process
    assert checked == []  # the verdict came from the child, not from a second check here
    assert guard_ahead._pending == {}


def _roster(path: Path) -> Path:
    rows = [HEADER, member_row(1, "张三", resident_id("19900307", 1)), member_row(2, "李四", resident_id("19850211", 2))]
    return write_xlsx(path, rows, text_columns=[3], more_sheets={"第二页": [HEADER]})


def test_a_plain_roster_passes_ahead_and_reads_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _roster(tmp_path / "a.xlsx")
    checked = _in_process_only(monkeypatch)
    expected = read_sheet(path).rows
    assert checked == ["花名册"]
    checked.clear()
    assert guard_ahead.start(path)
    assert read_sheet(path).rows == expected
    assert checked == []


def test_a_verdict_is_taken_only_for_the_same_sheet_and_the_same_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _roster(tmp_path / "a.xlsx")
    checked = _in_process_only(monkeypatch)
    assert guard_ahead.start(path)  # the first visible sheet, 花名册
    read_sheet(path, "第二页")
    assert checked == ["第二页"]  # another sheet: checked here
    checked.clear()
    assert guard_ahead.start(path, "花名册")
    hf.far_cell_xlsx(path, "XFD1048576")  # the file is replaced after the check began
    os.utime(path, ns=(1, 1))
    with pytest.raises(HostileFileError):
        read_sheet(path)
    assert checked == ["花名册"]


def test_nothing_is_started_for_a_csv_or_when_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    csv = tmp_path / "a.csv"
    csv.write_text("姓名,身份证号\n", encoding="utf-8")
    assert not guard_ahead.start(csv)
    monkeypatch.setenv(guard_ahead.ENV_SWITCH, "0")
    assert not guard_ahead.start(_roster(tmp_path / "a.xlsx"))
    assert guard_ahead._pending == {}


def test_the_child_chooses_the_sheet_the_reader_chooses_past_a_hidden_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "隐藏页"
    wb.active.sheet_state = "hidden"
    wb.active.append(["说明"])
    for name in ("名册", "另一页"):
        ws = wb.create_sheet(name)
        for row in (HEADER, member_row(1, "张三", resident_id("19900307", 1))):
            ws.append(row)
    path = tmp_path / "a.xlsx"
    wb.save(path)
    checked = _in_process_only(monkeypatch)
    assert guard_ahead.start(path)
    raw = read_sheet(path)
    assert (raw.name, checked) == ("名册", [])
    assert guard_ahead._first_visible_sheet(path) == "名册"
