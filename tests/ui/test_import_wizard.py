"""The import wizard driven offscreen through a small file to the result page, and the history's 撤销."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox
from roster_files import HEADER, member_row, resident_id, write_xlsx

from unionbook.services.imports import flow as imports
from unionbook.services.members.records import count_members
from unionbook.store import Database
from unionbook.ui.imports.history import ImportHistoryDialog
from unionbook.ui.imports.wizard import ImportWizard

A = resident_id("19900307", 1, male=True)
B = resident_id("19850211", 2, "410102", male=False)


def _file(tmp_path: Path) -> Path:
    rows: list[list[Any]] = [["某某公司会员花名册"], HEADER, member_row(1, "张三", A), member_row(2, "李四", B),
                             member_row(3, "", resident_id("19920202", 5)), ["合计", "3人"]]
    return write_xlsx(tmp_path / "花名册.xlsx", rows, merges=["A1:J1"], text_columns=[3])


def _to_preview(qtbot: Any, wizard: ImportWizard, path: Path) -> None:
    wizard.show()
    qtbot.addWidget(wizard)
    wizard.file_page.path_edit.setText(str(path))
    assert wizard.file_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.mapping_page.inspection is not None, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.plan is not None, timeout=10000)


def test_wizard_runs_to_the_result(qtbot: Any, gui_db: Database, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    before = count_members(gui_db)
    wizard = ImportWizard(gui_db)
    wizard.show()
    qtbot.addWidget(wizard)
    wizard.file_page.path_edit.setText(str(_file(tmp_path)))
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.inspection is not None, timeout=10000)
    assert "第 2 行" in page.info.text()
    labels = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    assert labels == HEADER
    combo = page.table.cellWidget(2, 3)
    assert isinstance(combo, QComboBox) and combo.currentData() == "id_number"
    assert page.mapping()["序号"] is None and page.mapping()["姓名"] == "name"

    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.plan is not None, timeout=10000)
    assert "新增 2 名" in preview.summary.text() and "有错误 1 行" in preview.summary.text()
    assert preview.problems.rowCount() == 1
    assert preview.problems.rows[0][:3] == (5, "姓名", "错误")
    assert not preview.isComplete()  # errors: the user must choose to skip them
    assert preview.skip.isVisible()

    saved = tmp_path / "问题行.xlsx"
    monkeypatch.setattr("unionbook.ui.imports.wizard.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    preview.export_button.click()
    assert [c.value for c in openpyxl.load_workbook(saved).active[3]][0] == 5

    preview.skip.setChecked(True)
    assert preview.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    assert "批次号：1" in wizard.result_page.label.text()
    assert wizard.result is not None and wizard.result.inserted == 2
    assert count_members(gui_db) == before + 2


def test_closing_during_the_write_cancels_it(qtbot: Any, gui_db: Database, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    before = count_members(gui_db)
    calls: list[int] = []
    real_commit = imports.commit

    def slow_commit(db: Database, plan: Any, *, skip_errors: bool = False, progress: Any = None) -> Any:
        # the real commit, held inside its transaction once it has written a member, until the wizard cancels:
        # what it wrote must be rolled back (a fake commit that never writes could not show that)
        idle = threading.Event()

        def held(done: int, total: int) -> None:
            progress(done, total)  # raises Cancelled once the wizard cancelled, as commit's checkpoints do
            while done >= 1:  # a member is written (not committed): hold here until the wizard cancels
                calls.append(done)
                idle.wait(0.005)
                progress(done, total)

        return real_commit(db, plan, skip_errors=skip_errors, progress=held)

    wizard = ImportWizard(gui_db)
    _to_preview(qtbot, wizard, _file(tmp_path))
    wizard.preview_page.skip.setChecked(True)
    monkeypatch.setattr(imports, "commit", slow_commit)
    wizard.next()
    page = wizard.commit_page
    qtbot.waitUntil(lambda: bool(calls), timeout=10000)
    wizard.reject()  # the window's close/取消: cancels the write instead of walking away from it
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: not page.running(), timeout=10000)
    assert "未写入任何数据" in page.status.text()
    assert not page.retry_button.isHidden() and page.result is None
    assert count_members(gui_db) == before
    assert not imports.list_batches(gui_db)  # no batch either
    wizard.reject()
    assert not wizard.isVisible()


def test_history_dialog_undoes_a_batch(qtbot: Any, gui_db: Database, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    before = count_members(gui_db)
    plan = imports.preview(gui_db, _file(tmp_path))
    result = imports.commit(gui_db, plan, skip_errors=True)
    dialog = ImportHistoryDialog(gui_db)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "花名册.xlsx"
    assert not dialog.undo_button.isEnabled()
    dialog.select_batch(result.batch_id or "")
    assert dialog.undo_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: shown.append(text))
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "已撤销批次 1" in shown[0]
    assert dialog.changed and count_members(gui_db) == before
    assert "已撤销" in dialog.table.item(0, 9).text()
    assert not dialog.undo_button.isEnabled()


def test_history_dialog_shows_refusals(qtbot: Any, gui_db: Database, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from unionbook.domain.member import MemberDraft
    from unionbook.services.members.records import get_member, update_member

    result = imports.commit(gui_db, imports.preview(gui_db, _file(tmp_path)), skip_errors=True)
    m = get_member(gui_db, A)
    update_member(gui_db, m.id, MemberDraft(name="张三丰", id_number=A))
    dialog = ImportHistoryDialog(gui_db)
    qtbot.addWidget(dialog)
    dialog.select_batch(result.batch_id or "")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warned.append(text))
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert "不能撤销" in warned[0] and "张三丰" in warned[0]
    assert not dialog.changed




def test_an_empty_file_is_said_to_be_empty(qtbot: Any, gui_db: Database, tmp_path: Path) -> None:
    """Review item 17: an empty CSV said "前40行中找不到表头…"."""
    from PySide6.QtTest import QTest
    from ui.journeys.helpers import find_button, visible_texts

    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    wizard = ImportWizard(gui_db)
    wizard.resize(900, 640)
    wizard.show()
    qtbot.addWidget(wizard)
    wizard.file_page.path_edit.setFocus()
    QTest.keyClicks(wizard.file_page.path_edit, str(path))
    QTest.mouseClick(find_button(wizard, "下一步"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("是空的" in t for t in visible_texts(wizard)), timeout=10000)
    assert not any("找不到表头" in t for t in visible_texts(wizard))
    assert "自动识别" not in wizard.currentPage().subTitle()  # nothing was recognised in an empty file
    assert wizard.grab().save(str(Path(os.environ.get("UNIONBOOK_SHOTS", tmp_path)) / "import-empty-file.png"))


def test_a_background_read_does_not_disable_undo(qtbot: Any, gui_db: Database, tmp_path: Path) -> None:
    # the roster fills its employer list in the background as the window opens; a user who opens 导入记录 then
    # found 撤销所选批次 disabled until the selection changed (the journey of test_import_undo raced on it)
    import threading

    from unionbook.ui.kit.ops import running_jobs, start_op

    result = imports.commit(gui_db, imports.preview(gui_db, _file(tmp_path)), skip_errors=True)
    release = threading.Event()
    job = start_op(None, lambda _progress: release.wait(10), touches=())  # a read, still running
    try:
        dialog = ImportHistoryDialog(gui_db)
        qtbot.addWidget(dialog)
        dialog.select_batch(result.batch_id or "")
        assert job in running_jobs()
        assert dialog.undo_button.isEnabled()
    finally:
        release.set()
        qtbot.waitUntil(lambda: job not in running_jobs(), timeout=5000)
