"""A titled list of records (elections, meetings) with 新建 and 删除 under it: the left side of a workbench page."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget


class RecordList(QGroupBox):
    def __init__(self, title: str, new_text: str, delete_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.list = QListWidget()
        self.new_button = QPushButton(new_text)
        self.delete_button = QPushButton(delete_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
