"""Journey: a new union imports a messy Excel roster from its home page, then undoes the import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QTableView, QWidget
from roster_files import HEADER, member_row, resident_id, write_xlsx
from ui.journeys.helpers import answer, click, click_button, on_next_modal, shoot, type_into

A = resident_id("19900307", 1, male=True)
B = resident_id("19850211", 2, "410102", male=False)


def messy_roster(tmp_path: Path) -> Path:
    """A title row above the header, a row without a name, a 合计 line at the bottom."""
    rows: list[list[Any]] = [["某某公司会员花名册"], HEADER, member_row(1, "张三", A), member_row(2, "李四", B),
                             member_row(3, "", resident_id("19920202", 5)), ["合计", "3人"]]
    return write_xlsx(tmp_path / "花名册.xlsx", rows, merges=["A1:J1"], text_columns=[3])


def wait_for(condition: Any, ms: int = 15_000) -> None:
    for _ in range(ms // 20):
        if condition():
            return
        QTest.qWait(20)
    raise AssertionError("waited in vain")


@pytest.mark.slow
def test_import_a_messy_roster_and_undo_it(main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    path = messy_roster(tmp_path)
    seen: dict[str, str] = {}

    def in_wizard(wizard: Any) -> None:
        type_into(wizard, "文件路径", str(path))
        click_button(wizard, "下一步")
        wait_for(lambda: wizard.mapping_page.inspection is not None)
        click_button(wizard, "下一步")
        wait_for(lambda: wizard.preview_page.plan is not None)
        seen["summary"] = wizard.preview_page.summary.text()
        shoot(wizard, "import-preview")
        skip = next(c for c in wizard.findChildren(QCheckBox) if c.isVisible() and "跳过有错误" in c.text())
        click(skip)
        click_button(wizard, "导入")
        wait_for(lambda: wizard.currentPage() is wizard.result_page)
        click_button(wizard, "完成")

    step = on_next_modal(in_wizard, "导入")
    click_button(window.home, "从 Excel 导入花名册")  # the new union's next step
    step.check()
    assert "新增 2 名" in seen["summary"] and "有错误 1 行" in seen["summary"] and "合计、说明等 1 行已跳过" in seen["summary"]
    window.show_area("members")
    assert window.roster.model.rowCount() == 2

    def in_history(dialog: QWidget) -> None:
        table = dialog.findChild(QTableView)
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         table.visualRect(table.model().index(0, 1)).center())  # the batch just imported
        confirm = answer("是", "撤销导入")
        click_button(dialog, "撤销所选批次")
        confirm.check()
        done = answer("确定", "撤销导入")
        wait_for(lambda: done.done or bool(done.errors))
        done.check()
        click_button(dialog, "关闭")

    step = on_next_modal(in_history, "导入记录")
    next(a for a in window.findChildren(QAction) if a.text().startswith("导入记录")).trigger()
    step.check()
    assert window.roster.model.rowCount() == 0
