"""The check-in table of a meeting: those expected and whether they came."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from unionbook.services.meetings.records import AttendeeView
from unionbook.ui.elections.widgets import OK_COLOR
from unionbook.ui.kit.list_model import ListModel

ATTENDEE_ID = Qt.ItemDataRole.UserRole + 2
COL_NAME, COL_EMPLOYER, COL_ROLE, COL_STATE = range(4)


class AttendeeModel(ListModel[AttendeeView]):
    """Those expected at a meeting and whether they checked in (a few thousand rows at most)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.headers = [self.tr("姓名"), self.tr("工作单位"), self.tr("身份"), self.tr("签到")]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return a.name
            if col == COL_EMPLOYER:
                return a.employer
            if col == COL_ROLE:
                return self.tr("应到") if a.entitled else self.tr("列席")
            if col == COL_STATE:
                return self.tr("已到") if a.present else self.tr("请假") if a.on_leave else self.tr("未到")
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATE:
            return QColor(OK_COLOR) if a.present else QColor("#9aa0a6")
        if role == ATTENDEE_ID:
            return a.id
        return None
