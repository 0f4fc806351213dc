"""Small pieces of the import wizard: a read-only table model over plain rows, """

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from unionbook.ui.kit.list_model import ListModel


class RowsModel(ListModel[tuple[Any, ...]]):
    """A read-only table over a list of tuples: problems and changes can number in the tens of thousands."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None


def table_view(model: RowsModel, widths: list[int]) -> QTableView:
    """Fixed starting widths (measuring 50,000 rows to fit them would stall), the last column stretched."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setStretchLastSection(True)
    return view


def stretch_column(view: QWidget, stretched: int, widths: dict[int, int]) -> None:
    """Give the free width to column `stretched` (a title) instead of the last one (a short count)."""
    assert isinstance(view, QTableView)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(view.model().columnCount()):
        if column == stretched:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if column in widths:
                header.resizeSection(column, widths[column])
