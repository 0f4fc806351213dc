"""导出 from the roster page: where to, whole or masked ID numbers, then the export in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from unionbook.jobs import Progress
from unionbook.services.members.exports import ExportResult, export_roster
from unionbook.services.members.roster import RosterQuery
from unionbook.store import Database
from unionbook.ui.kit.files import documents_dir, show_written
from unionbook.ui.kit.ops import run_op


class ExportOptionsDialog(QDialog):
    """The file and the one choice that matters: whole ID numbers (can be imported back) or masked ones."""

    def __init__(self, default_path: Path, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出会员名册"))
        self.setMinimumWidth(520)
        self.path_edit = QLineEdit(str(default_path))
        self.path_edit.setAccessibleName(self.tr("导出到"))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.whole = QRadioButton(self.tr("完整身份证号（可再导入；文件须妥善保管）"))
        self.masked = QRadioButton(self.tr("部分隐藏身份证号，如 110105********0021（外传时用；不能再导入）"))
        self.whole.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("按名册当前的筛选和排序导出 {0} 名会员到：").format(count)))
        layout.addLayout(row)
        layout.addWidget(self.whole)
        layout.addWidget(self.masked)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出到"), self.path_edit.text(),
                                              self.tr("Excel 文件 (*.xlsx)"))
        if path:
            self.path_edit.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def path(self) -> Path:
        text = self.path_edit.text().strip().strip('"')
        return Path(text if text.lower().endswith(".xlsx") else text + ".xlsx")


def export_with_dialog(parent: QWidget | None, db: Database, query: RosterQuery, count: int,
                       folder: Path | None = None) -> None:
    """Ask where and how, then export in the background with progress and 取消; tell the user how it went."""
    name = QCoreApplication.translate("export", "会员名册-{0}.xlsx").format(f"{dt.date.today():%Y%m%d}")
    default = (folder or documents_dir()) / name
    dialog = ExportOptionsDialog(default, count, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    path, mask = dialog.path(), dialog.masked.isChecked()

    def work(progress: Progress) -> ExportResult:
        return export_roster(db, path, query, mask_ids=mask, progress=progress)

    def finished(result: ExportResult) -> None:
        show_written(parent, dialog.tr("导出会员名册"),
                     dialog.tr("已导出 {0} 名会员到：\n{1}").format(result.rows, result.path), Path(result.path))

    run_op(parent, work, touches=(), long=True, label=dialog.tr("正在导出会员名册…"),
           title=dialog.tr("导出会员名册"), success=finished)
