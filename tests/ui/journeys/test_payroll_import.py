"""Journey: an employer's payroll sheet whose wage column has a header nobody could guess (本月实发数) goes
through the roster import's mapping step, a preview with the bad row named, and one batch; the member's
dues then follow the new wage, and 导入记录 can take the batch back."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QLabel
from ui.journeys.helpers import choose, click, click_button, find_field, on_next_modal, type_into

from unionbook.domain.member import Status
from unionbook.services.dues.dues import member_dues
from unionbook.services.members.records import RosterQuery, list_members


def wait_for(condition: Any, ms: int = 15_000) -> None:
    for _ in range(ms // 20):
        if condition():
            return
        QTest.qWait(20)
    raise AssertionError("waited in vain")


@pytest.mark.slow
def test_payroll_sheet_through_mapping_preview_and_one_batch(demo_window, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    window = demo_window
    a, b = [m for m in list_members(window.db, RosterQuery(statuses=(Status.ACTIVE,)), limit=50)
            if m.join_date and m.join_date < dt.date(2025, 1, 1)][:2]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某某公司2031年1月工资发放表"])
    ws.append(["序号", "职工姓名", "证件号码", "本月实发数", "岗位津贴"])
    from unionbook.services.members.records import get_member

    ws.append([1, a.name, get_member(window.db, a.id).id_number, "6543.20", "500"])
    ws.append([2, b.name, get_member(window.db, b.id).id_number, "一千", "500"])
    path = tmp_path / "实发表.xlsx"
    wb.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (str(path), "")))

    window.show_area("dues")
    page = window.pages.currentWidget()
    type_into(page, "代扣月份", "2031-01")
    seen: dict[str, Any] = {}

    def in_wizard(wizard: Any) -> None:
        wait_for(lambda: wizard.mapping_page.inspection is not None)
        combo = find_field(wizard, "“本月实发数”列导入为")
        assert isinstance(combo, QComboBox) and combo.currentText() == "（不导入）"  # not guessed
        choose(combo, "工资")
        choose(find_field(wizard, "“证件号码”列导入为"), "身份证号")  # type: ignore[arg-type]
        if os.environ.get("UB_SHOTS"):
            wizard.grab().save(os.path.join(os.environ["UB_SHOTS"], "payroll_mapping.png"))
        click_button(wizard, "下一步")
        wait_for(lambda: wizard.preview_page.plan is not None)
        seen["summary"] = wizard.preview_page.summary.text()
        problems = wizard.preview_page.problems
        seen["problem"] = " ".join(str(v) for v in problems.rows[0])
        seen["wages"] = [(r[1], r[3]) for r in wizard.preview_page.wages.rows]
        if os.environ.get("UB_SHOTS"):
            wizard.grab().save(os.path.join(os.environ["UB_SHOTS"], "payroll_preview.png"))
        skip = next(c for c in wizard.findChildren(QCheckBox) if c.isVisible() and "跳过有错误" in c.text())
        click(skip)
        click_button(wizard, "导入")
        wait_for(lambda: wizard.commit_page.result is not None)
        seen["result"] = find_field(wizard, "导入结果").text()  # type: ignore[attr-defined]
        click_button(wizard, "完成")

    step = on_next_modal(in_wizard, "导入工资表")
    click_button(page, "导入工资表")
    step.check()
    assert "读到 2 行" in seen["summary"] and "有错误 1 行" in seen["summary"]
    assert seen["wages"] == [(a.name, "6,543.20")]
    assert "本月实发数" in seen["problem"] and "一千" in seen["problem"]
    assert "批次号" in seen["result"]
    shown = [w.text() for w in page.findChildren(QLabel) if w.isVisible() and "已导入工资表" in w.text()]
    assert shown and "实发表.xlsx" in shown[0]
    assert member_dues(window.db, a.id, today=dt.date(2031, 1, 15)).wage_fen == 654320
