"""Small pieces the dues tabs share: month and money fields, a read-only table over rows of text, a date
field, and saving a paper through a file dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)

from unionbook.domain.dues import Month
from unionbook.ui.kit.list_model import ListModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALERT = "#c0392b"  # the red of a warning


class TextRows(ListModel[Sequence[Any]]):
    """Rows given as tuples of display text; columns listed in `right` are right-aligned (amounts)."""

    def __init__(self, headers: list[str], right: Sequence[int] = (), parent: Any = None) -> None:
        super().__init__(headers, parent)
        self.right = set(right)
        self.payloads: list[Any] = []
        self.alerts: set[int] = set()  # rows shown in red (a line over its budget)

    def set_data(self, rows: list[Sequence[Any]], payloads: list[Any] | None = None,
                 alerts: Sequence[int] = ()) -> None:
        self.payloads = payloads or [None] * len(rows)
        self.alerts = set(alerts)
        self.set_rows(rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.alerts:
            return QColor(ALERT)
        return None


def table(model: TextRows, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


def selected_payload(view: QTableView, model: TextRows) -> Any:
    rows = view.selectionModel().selectedRows()
    return model.payloads[rows[0].row()] if rows else None


def line(name: str, text: str = "", placeholder: str = "", width: int | None = None) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder or name)
    if width:
        edit.setMaximumWidth(width)
    return edit


def month_edit(name: str, month: Month) -> QLineEdit:
    return line(name, str(month), QCoreApplication.translate("dues", "年-月，如2026-03"), 110)


def date_edit(name: str, day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    day = day or dt.date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def employer_combo(name: str, employers: list[tuple[int, str]], *, everyone: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumContentsLength(18)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    fill_employers(combo, employers, everyone=everyone)
    return combo


def fill_employers(combo: QComboBox, employers: list[tuple[int, str]], *, everyone: str | None = None) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if everyone is not None:
        combo.addItem(everyone, None)
    for eid, ename in employers:
        combo.addItem(ename, eid)
    if current is not None:
        i = combo.findData(current)
        if i >= 0:
            combo.setCurrentIndex(i)
    combo.blockSignals(False)
    fit_longest(combo)


def fit_longest(combo: QComboBox, cap: int = 380) -> None:
    """Wide enough for the longest name (up to `cap` px): an editable box scrolls a long name left and clips
    its first character otherwise."""
    names = [combo.itemText(i) for i in range(combo.count())]
    if not names:
        return
    widest = max(combo.fontMetrics().horizontalAdvance(n) for n in names)
    arrow = combo.style().pixelMetric(combo.style().PixelMetric.PM_ScrollBarExtent)
    combo.setMinimumWidth(min(cap, widest + arrow + 24))


def fit_placeholder(edit: QLineEdit) -> None:
    """Wide enough to show its hint whole."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 20)


def ask_paper_path(parent: QWidget, title: str, suggested: str, filters: str = "PDF (*.pdf)") -> Path | None:
    """Where to save a paper (None: the user cancelled). The paper itself is made by the caller's long
    operation (run_op(..., long=True)), off the GUI thread, and `paper_saved` then offers to open it."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def paper_saved(parent: QWidget, title: str, path: Path) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, parent.tr("已保存：{0}").format(path),
                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, parent)
    if box.exec() == QMessageBox.StandardButton.Open:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
