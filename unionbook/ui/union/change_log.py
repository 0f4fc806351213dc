"""The change history: who changed what, and when (newest first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionbook.areas import CONTEXT, entity_labels
from unionbook.services.union.audit import recent_changes
from unionbook.store import Database

LIMIT = 500


class ChangeLogDialog(QDialog):
    """A few hundred rows at most, read once: a plain table widget is the right tool here."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改记录"))
        self.resize(900, 560)
        with db.read() as s:
            changes = recent_changes(s, limit=LIMIT)
        self.table = QTableWidget(len(changes), 4)
        self.table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("操作人"), self.tr("对象"), self.tr("内容")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        labels = entity_labels()
        for row, c in enumerate(changes):
            label = labels.get(c.entity)
            what = QCoreApplication.translate(CONTEXT, label) if label else self.tr("其他")
            what += f" #{c.entity_id}" if c.entity_id else ""
            for col, value in enumerate((c.at.strftime("%Y-%m-%d %H:%M:%S"), c.actor, what, c.summary)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("最近 {0} 条修改（最新的在前）：").format(len(changes))))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
