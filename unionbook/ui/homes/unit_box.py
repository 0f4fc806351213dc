"""评估对象: whom a 职工之家 self-assessment is of — this union (本会), or one of its 职工小家 (a workshop, a team),
typed or chosen among those assessed before. The page follows it: `chosen` fires when a unit is picked from the
list, confirmed (Enter, Tab) or after a pause in the typing; `typing` at once, on every edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter

from unionbook.services.homes.assessment import OWN_UNION, tidy_unit


class UnitBox(QComboBox):
    chosen = Signal()
    typing = Signal()
    PAUSE_MS = 400

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # suggestions below, never filled in: a new unit named like the start of an old one is typed as it is
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setAccessibleName(self.tr("评估对象"))
        self.setToolTip(self.tr("本会，或职工小家（所属单位或班组）：可直接输入名称"))
        self.setMinimumContentsLength(10)
        self.addItem(self.tr("本会"), "")
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(self.PAUSE_MS)
        self._pause.timeout.connect(self.chosen)
        self.currentIndexChanged.connect(lambda _i: self.chosen.emit())
        self.lineEdit().editingFinished.connect(self.chosen)
        self.lineEdit().textEdited.connect(self._edited)

    def _edited(self, _text: str) -> None:
        self.typing.emit()
        self._pause.start()

    def unit(self) -> str:
        """"" for this union, else the 职工小家 typed or chosen (its name as the service keeps it)."""
        text = tidy_unit(self.currentText())
        return "" if text in ("", OWN_UNION, self.itemText(0)) else text

    def offer(self, units: list[str]) -> None:
        """List `units` after 本会; what is typed stays, and nothing fires."""
        if units == [self.itemText(i) for i in range(1, self.count())]:
            return
        typed = self.currentText()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for unit in units:
            self.addItem(unit, unit)
        self.setCurrentIndex(max(0, self.findText(typed)))
        self.setEditText(typed)
        self.blockSignals(False)
