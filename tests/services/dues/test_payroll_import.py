"""A payroll sheet sets many wages at once: preview with row errors, one undoable batch."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from dues_kit import make_id

from unionbook.cli.jsonout import to_data
from unionbook.domain.dues import Month
from unionbook.errors import ValidationError
from unionbook.services.dues import payroll
from unionbook.services.dues.dues import wages_at
from unionbook.services.imports.flow import undo
from unionbook.store import Database


def sheet(tmp_path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["恒达物流有限公司2026年3月工资表"])
    ws.merge_cells("A1:D1")
    ws.append(["序号", "姓名", "身份证号", "应发工资"])
    for r in rows:
        ws.append(r)
    ws.append(["合计", "", "", 99999])
    path = tmp_path / "工资表.xlsx"
    wb.save(path)
    return path


def _wages(db: Database) -> dict[int, int]:
    with db.read() as s:
        return wages_at(s, Month(2026, 3))


def test_preview_commit_and_undo(union_db: Database, small: dict[str, int], tmp_path: Path) -> None:
    path = sheet(tmp_path, [[1, "张伟", make_id(1), "4321.50"], [2, "王强", "", 3000],
                            [3, "李娜", make_id(2), "abc"], [4, "无名氏", "", 3000]])
    plan = payroll.preview(union_db, path, "2026-03")
    data = to_data(plan)
    assert (data["inserted"], data["updated"], data["unchanged"]) == (2, 0, 0)
    assert [(e["row"], e["column"]) for e in data["errors"]] == [(5, "应发工资"), (6, "姓名")]
    with pytest.raises(ValidationError, match="2处错误"):
        payroll.commit(union_db, plan)
    assert _wages(union_db) == {}  # nothing written
    result = payroll.commit(union_db, plan, skip_errors=True)
    assert _wages(union_db) == {small["张伟"]: 432150, small["王强"]: 300000}
    assert result.batch_id is not None
    undone = undo(union_db, result.batch_id)
    assert undone.restored == 2
    assert _wages(union_db) == {}


def test_a_sheet_without_a_wage_column_is_refused_with_its_headers(union_db: Database, small: dict[str, int],
                                                                  tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "身份证号", "电话"])
    wb.active.append(["张伟", make_id(1), "13800000000"])
    path = tmp_path / "x.xlsx"
    wb.save(path)
    with pytest.raises(ValidationError, match="找不到“工资”列.*姓名、身份证号、电话"):
        payroll.preview(union_db, path, "2026-03")
