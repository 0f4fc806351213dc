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


def test_a_new_wage_for_a_month_already_posted_is_warned(union_db: Database, small: dict[str, int],
                                                         tmp_path: Path) -> None:
    """Review item 6: a payroll imported after its month was posted left the posted dues at the old amount and
    the preview said only "工资有变"."""
    import datetime as dt

    from unionbook.services.dues import dues

    for name in ("张伟", "王强"):
        dues.set_wage(union_db, small[name], "2880", "2026-01")  # dues 14.40
    dues.set_wage(union_db, small["王强"], "3000", "2026-04")  # April on has its own wage row
    dues.post_month(union_db, "2026-03", employer="恒达物流有限公司", day=dt.date(2026, 3, 31))
    dues.post_month(union_db, "2026-04", employer="恒达物流有限公司", day=dt.date(2026, 4, 30))
    path = sheet(tmp_path, [[1, "张伟", make_id(1), "5432.10"], [2, "王强", make_id(3), "2880"],
                            [3, "李娜", make_id(2), "6000"]])
    plan = payroll.preview(union_db, path, "2026-03")
    warned = {p.row: p.message for p in plan.warnings}
    # 张伟: March and April were posted at 14.40, the new wage makes 27.15 a month
    assert set(warned) == {3}, warned
    assert "2026年3月、2026年4月" in warned[3] and "14.40" in warned[3] and "27.15" in warned[3]
    assert "不会重算" in warned[3] and "补收" in warned[3] and "25.50" in warned[3]  # 2 × (27.15 − 14.40)
    assert plan.stale == [small["张伟"]]
