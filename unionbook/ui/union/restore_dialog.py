"""从备份恢复: choose from a list of backups (time, kind, member count), or another file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionbook.services.union.backup_list import BackupInfo, describe_backup, describe_backups
from unionbook.store import Database
from unionbook.ui.kit.common import tr_core


class RestoreDialog(QDialog):
    """After accept(), `chosen` is the backup to restore."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("从备份恢复"))
        self.setMinimumWidth(640)
        self.chosen: BackupInfo | None = None
        self.backups = describe_backups(db)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setAccessibleName(self.tr("备份列表"))
        # the file name (with its English reason word) is in the tooltip: time, kind and count tell them apart
        self.table.setHorizontalHeaderLabels([self.tr("备份时间"), self.tr("类型"), self.tr("现有会员")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, b in enumerate(self.backups):
            self._fill(row, b)
        self.table.resizeColumnsToContents()
        if self.backups:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _i: self._choose_selected())
        hint = QLabel(self.tr("恢复会用所选备份替换当前全部数据；当前数据会先自动另存一份备份，恢复后仍可再恢复回来。")
                      if self.backups else self.tr("还没有备份。可以从其他位置（如U盘）选择备份文件。"))
        hint.setWordWrap(True)
        other = QPushButton(self.tr("从其他位置选择…"))
        other.clicked.connect(self._choose_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("恢复所选备份…"))
        self.restore_button.setEnabled(bool(self.backups))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._choose_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._folder = db.backup_dir

    def _fill(self, row: int, b: BackupInfo) -> None:
        when = b.made_at.strftime("%Y-%m-%d %H:%M:%S") if b.made_at else ""
        members = self.tr("{0} 名").format(f"{b.members:,}") if b.members is not None else self.tr("无法读取")
        for col, text in enumerate((when, tr_core(b.kind_label), members)):
            item = QTableWidgetItem(text)
            item.setToolTip(str(b.path))
            self.table.setItem(row, col, item)

    def _choose_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.backups[rows[0].row()]
            self.accept()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择要恢复的备份"), str(self._folder),
                                              self.tr("数据文件 (*.sqlite *.db);;所有文件 (*)"))
        if name:
            self.chosen = describe_backup(Path(name))
            self.accept()
