"""Journey: the reading room's delivery list (配送书目) goes through the import wizard — the file, the column
mapping (one column the synonyms do not know is mapped by hand), the preview with the row errors, one batch —
and the import history takes it back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QTableView, QTableWidget, QWidget
from ui.journeys.helpers import answer, choose, click, click_button, on_next_modal, shots_dir, type_into
from ui.journeys.test_import_undo import wait_for

from unionbook.services.library.catalogue import TitleDraft, add_title
from unionbook.services.library.figures import figures


def delivery_list(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026年第一批职工书屋配送书目（区总工会）"])
    ws.append(["序号", "题名", "书号", "责任者", "出版者", "出版时间", "中图分类号", "单价", "本数"])
    ws.append([1, "平凡的世界", "7-5302-1022-X", "路遥", "北京十月文艺出版社", 2012, "I", 108, 3])
    ws.append([2, "工会工作实务手册", "", "本书编写组", "中国工人出版社", 2020, "D", "38.00", 4])
    ws.append([3, "错书号", "9787020002208", "", "", "", "I", "", 1])
    ws.append([4, "乡土中国", "9787301069011", "费孝通", "北京大学出版社", 2012, "C", 20, 2])
    ws.append(["合计", "", "", "", "", "", "", "", 10])
    path = tmp_path / "配送书目.xlsx"
    wb.save(path)
    return path


@pytest.mark.slow
def test_delivery_list_through_the_import_wizard_and_undone(demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    db = window.db
    add_title(db, TitleDraft(title="工会工作实务手册", author="本书编写组", publisher="中国工人出版社"))
    before = figures(db)
    path = delivery_list(tmp_path)
    window.show_area("library")
    page = next(w for w in window.findChildren(QWidget) if type(w).__name__ == "LibraryPage")
    seen: dict[str, Any] = {}

    def in_wizard(wizard: Any) -> None:
        type_into(wizard, "文件路径", str(path))
        click_button(wizard, "下一步")
        wait_for(lambda: wizard.mapping_page.inspection is not None)
        table = wizard.mapping_page.findChild(QTableWidget)
        rows = {table.item(r, 1).text(): table.cellWidget(r, 3) for r in range(table.rowCount())}
        seen["auto"] = {h: c.currentText() for h, c in rows.items() if isinstance(c, QComboBox)}
        choose(rows["本数"], "册数")  # the synonyms do not know 本数: the user says what it is
        assert wizard.mapping_page.grab().save(str(shots_dir() / "library-import-mapping.png"))
        click_button(wizard, "下一步")
        wait_for(lambda: wizard.preview_page.plan is not None)
        seen["summary"] = wizard.preview_page.summary.text()
        seen["tabs"] = [wizard.preview_page.tabs.tabText(i) for i in range(3)]
        seen["problems"] = [wizard.preview_page.problems.rows]
        assert wizard.grab().save(str(shots_dir() / "library-import-preview.png"))
        tabs = wizard.preview_page.tabs
        bar = tabs.tabBar()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(1).center())
        view = tabs.currentWidget()
        assert isinstance(view, QTableView) and view.model().index(0, 1).data() == "工会工作实务手册"
        # review item 14: the title was cut to “平凡的世界（…” while 增加册数 took the whole width
        seen["title_room"] = view.columnWidth(1) - view.fontMetrics().horizontalAdvance("工会工作实务手册")
        seen["count_width"] = view.columnWidth(2)
        assert wizard.grab().save(str(shots_dir() / "library-import-preview-more-copies.png"))
        skip = next(c for c in wizard.findChildren(QCheckBox) if c.isVisible() and "跳过有错误" in c.text())
        click(skip)
        click_button(wizard, "导入")
        wait_for(lambda: wizard.currentPage() is wizard.result_page)
        seen["result"] = wizard.result_page.label.text()
        click_button(wizard, "完成")

    step = on_next_modal(in_wizard, "导入配送书目")
    click_button(page, "导入配送书目…")
    step.check()

    assert seen["auto"] == {"序号": "（不导入）", "题名": "书名", "书号": "ISBN", "责任者": "作者", "出版者": "出版社",
                            "出版时间": "出版年", "中图分类号": "中图法分类", "单价": "定价", "本数": "（不导入）"}
    assert "新书目 2 种，已有书目增加复本 1 种，共 9 册；有错误 1 行" in seen["summary"]
    assert "合计、说明等 1 行已跳过" in seen["summary"]
    assert seen["title_room"] >= 12 and seen["count_width"] <= 120, seen
    assert seen["tabs"] == ["问题（1）", "增加复本（1种）", "新书目（2种）"]
    assert "新书目 2 种，已有书目增加复本 1 种，共 9 册" in seen["result"]
    after = figures(db)
    assert (after.titles - before.titles, after.volumes - before.volumes) == (2, 9)
    search = next(w for w in page.findChildren(QWidget) if w.accessibleName() == "查找图书")
    type_into(page, "查找图书", "9787530210222")  # the ISBN-10 of the sheet, made ISBN-13
    QTest.qWait(50)
    catalogue = next(w for w in page.findChildren(QTableView) if w.accessibleName() == "书目")
    assert catalogue.model().rowCount() == 1 and search is not None

    def in_history(dialog: QWidget) -> None:
        table = dialog.findChild(QTableView) or dialog.findChild(QTableWidget)
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         table.visualRect(table.model().index(0, 1)).center())  # the newest batch: the delivery
        confirm = answer("是", "撤销导入")
        click_button(dialog, "撤销所选批次")
        confirm.check()
        def said(box: QWidget) -> None:
            seen["undone"] = " ".join(label.text() for label in box.findChildren(QLabel))
            click_button(box, "确定")

        done = on_next_modal(said, "撤销导入")
        wait_for(lambda: done.done or bool(done.errors))
        done.check()
        click_button(dialog, "关闭")

    step = on_next_modal(in_history, "导入记录")
    next(a for a in window.findChildren(QAction) if a.text().startswith("导入记录")).trigger()
    step.check()
    undone = figures(db)
    assert (undone.titles, undone.volumes) == (before.titles, before.volumes)
    assert "删除 2 种书目、9 册图书" in seen["undone"]
