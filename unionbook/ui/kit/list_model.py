"""A thin read-only table model over a Python list, for the GUI's small and medium tables (problems of an
import, attendees of a meeting, rules in force). The roster, which pages out of SQL, has its own model."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")


class ListModel(QAbstractTableModel, Generic[Row]):
    """Subclasses set `headers` and implement `data()`; rows are replaced wholesale with `set_rows`."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
