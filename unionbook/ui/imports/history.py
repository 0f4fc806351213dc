"""The import history: every batch, and 撤销 to take one back (services/imports.undo decides whether it may)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionbook.services.imports import flow as imports
from unionbook.store import Database
from unionbook.ui.kit.ops import run_op, writing


class ImportHistoryDialog(QDialog):
    """A handful to a few hundred batches: a plain table widget is the right tool here."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.batches: list[imports.BatchView] = []
        self.changed = False
        self.setWindowTitle(self.tr("导入记录"))
        self.resize(900, 420)
        self.table = QTableWidget(0, 10)
        self.table.setHorizontalHeaderLabels([
            self.tr("批次"), self.tr("导入时间"), self.tr("文件"), self.tr("工作表"), self.tr("操作人"),
            self.tr("新增"), self.tr("更新"), self.tr("未变"), self.tr("跳过"), self.tr("状态")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        note = QLabel(self.tr("撤销一个批次会删除它新增的会员、恢复它修改过的信息。"
                              "如果这些会员在导入后又被修改或办理了会籍变动，则不能撤销。"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.undo_button = QPushButton(self.tr("撤销所选批次…"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.batches = imports.list_batches(self._db)
        self.table.setRowCount(len(self.batches))
        for row, b in enumerate(self.batches):
            state = self.tr("已撤销（{0}）").format(f"{b.undone_at:%Y-%m-%d %H:%M}") if b.undone_at else self.tr("有效")
            values = (b.batch_id, f"{b.created_at:%Y-%m-%d %H:%M}", b.file_name, b.sheet, b.actor, b.inserted,
                      b.updated, b.unchanged, b.skipped, state)
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(str(value)))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._selection_changed()

    def selected(self) -> imports.BatchView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def select_batch(self, batch_id: str) -> None:
        for row, b in enumerate(self.batches):
            if b.batch_id == batch_id:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None and not self.busy())

    def busy(self) -> bool:
        # a write under way (an undo is one transaction); a background read — the roster filling its employer
        # list as the window opens — used to leave 撤销 disabled until the selection changed again
        return writing()

    def confirm_undo(self, batch: imports.BatchView) -> bool:
        if batch.kind == "library":
            what = self.tr("将删除该批次登记的图书（新书目 {0} 种，另有 {1} 种已有书目增加的册数）。").format(
                batch.inserted, batch.updated)
        else:
            what = self.tr("将删除该批次新增的 {0} 名会员，并恢复 {1} 名会员的原有信息。").format(
                batch.inserted, batch.updated)
        answer = QMessageBox.question(
            self, self.tr("撤销导入"),
            self.tr("撤销批次 {0}（{1}，{2}）？").format(
                batch.batch_id, batch.file_name, f"{batch.created_at:%Y-%m-%d %H:%M}") + "\n" + what)
        return answer == QMessageBox.StandardButton.Yes

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None or batch.undone_at is not None or not self.confirm_undo(batch):
            return
        db, batch_id = self._db, batch.batch_id
        # one transaction that cannot stop half-way: no 取消 button; the progress dialog is window-modal
        from unionbook.services.imports.kinds import kind

        run_op(self, lambda _progress: imports.undo(db, batch_id), touches=kind(batch.kind).touches, long=True,
               cancellable=False, label=self.tr("正在撤销…"), title=self.tr("不能撤销"), success=self._undone)

    def _undone(self, result: Any) -> None:
        self.changed = True
        self.refresh()
        if result.summary:  # another kind (a delivery list) says what it took back
            QMessageBox.information(self, self.tr("撤销导入"), self.tr("已撤销批次 {0}：{1}。").format(
                result.batch_id, result.summary))
            return
        QMessageBox.information(self, self.tr("撤销导入"), self.tr(
            "已撤销批次 {0}：删除新增的 {1} 名会员，恢复 {2} 名会员的原有信息。").format(
            result.batch_id, result.removed, result.restored))

    def reject(self) -> None:
        if self.busy():
            return  # an undo is one transaction: let it finish
        super().reject()


def show_import_history(parent: QWidget | None, db: Database) -> bool:
    """Show the history; True when a batch was undone (the roster should be reloaded)."""
    dialog = ImportHistoryDialog(db, parent)
    dialog.exec()
    return dialog.changed
