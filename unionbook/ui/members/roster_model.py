"""The roster table model: a thin QAbstractTableModel over pages of rows read out of SQL.

Only the row count and the pages the view asks for are read; 100,000 members cost one COUNT and a few
256-row pages, not 100,000 Python objects.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from unionbook.domain.fields import MEMBER
from unionbook.domain.member import DISPATCHED_FORM, Status
from unionbook.services.members.roster import (
    RosterQuery,
    RosterRow,
    count_members_s,
    matching_ids,
    page_rows,
    rows_by_ids,
)
from unionbook.store import Database
from unionbook.ui.kit.common import tr_core

PAGE = 256
ID_LIST_MAX = 5000  # searches with at most this many matches are read as one ordered id list
MAX_PAGES = 64  # pages kept in memory (16,384 rows)

# the order people read a roster in: who, which ID, where they work, whether still a member, how to reach them
(COL_NAME, COL_GENDER, COL_ID, COL_EMPLOYER, COL_STATUS, COL_PHONE, COL_CARD, COL_JOIN, COL_BIRTH, COL_JOB,
 COL_GROUP) = range(11)

# column → the sort key of services.roster.SORTS
SORT_KEYS = {
    COL_NAME: "name", COL_GENDER: "gender", COL_ID: "id_number", COL_BIRTH: "birth_date", COL_PHONE: "phone",
    COL_EMPLOYER: "employer", COL_JOB: "job", COL_JOIN: "join_date", COL_STATUS: "status", COL_CARD: "card_number",
    COL_GROUP: "group",
}

# column → the member field it shows (its header is that field's label)
COLUMN_FIELDS = {
    COL_NAME: "name", COL_GENDER: "gender", COL_ID: "id_number", COL_EMPLOYER: "employer", COL_STATUS: "status",
    COL_PHONE: "phone", COL_CARD: "card_number", COL_JOIN: "join_date", COL_BIRTH: "birth_date", COL_JOB: "job",
    COL_GROUP: "group",
}

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

_INACTIVE = {Status.TRANSFERRED_OUT, Status.LEFT, Status.WITHDRAWN, Status.EXPELLED, Status.DECEASED}


class RosterModel(QAbstractTableModel):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = RosterQuery()
        self._count = 0
        self._ids: list[int] | None = None
        self._pages: OrderedDict[int, list[RosterRow]] = OrderedDict()
        # header labels from the member field specs (domain/fields.py)
        self._headers = [tr_core(MEMBER.label_of(COLUMN_FIELDS[i])) for i in range(len(COLUMN_FIELDS))]
        self._refresh_count()

    # ---- the query ----

    @property
    def query(self) -> RosterQuery:
        return self._query

    def set_query(self, query: RosterQuery) -> None:
        if query == self._query:
            return
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._refresh_count()
        self.endResetModel()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._refresh_count()
        self.endResetModel()

    def _refresh_count(self) -> None:
        # A search matching a small part of the roster reads its ordered ids at once (the covering index
        # answers without touching member rows; the count is their number) and pages by id; the whole roster,
        # or a search matching much of it, is counted and read page by page walking the sort index.
        # Short terms other than a lone letter or digit (zs, 小强, 张) match a few percent of a roster at most:
        # their ids are read straight away, without counting first.
        terms = self._query.terms()
        with self._db.read() as s:
            if terms and all(len(t) == 2 or (len(t) == 1 and not t.isascii()) for t in terms):
                self._ids = matching_ids(s, self._query)
                self._count = len(self._ids)
                return
            self._count = count_members_s(s, self._query)
            self._ids = matching_ids(s, self._query) if terms and self._count <= ID_LIST_MAX else None

    def _row(self, row: int) -> RosterRow | None:
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            with self._db.read() as s:
                if self._ids is not None:
                    page = rows_by_ids(s, self._ids[number * PAGE:(number + 1) * PAGE])
                else:
                    page = page_rows(s, self._query, number * PAGE, PAGE)
            self._pages[number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else None

    def member_id(self, row: int) -> int | None:
        r = self._row(row)
        return r.id if r else None

    def row_of_member(self, member_id: int) -> int:
        """The row showing `member_id` among the loaded pages, or -1."""
        for number, page in self._pages.items():
            for i, r in enumerate(page):
                if r.id == member_id:
                    return number * PAGE + i
        return -1

    # ---- QAbstractTableModel ----

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self._headers[section]
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._row(index.row())
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == MEMBER_ID_ROLE:
            return r.id
        if role == STATUS_ROLE:
            return r.status.value
        if role == Qt.ItemDataRole.ForegroundRole and r.status in _INACTIVE:
            from PySide6.QtGui import QColor

            return QColor("#8a8f98")
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME:
            parts = [r.name, r.status.label]
            if r.migrant_worker:
                parts.append(self.tr("农民工"))
            if r.employment_form == DISPATCHED_FORM:
                parts.append(self.tr("劳务派遣"))
            return " · ".join(parts)
        return None

    def _display(self, r: RosterRow, col: int) -> str:
        match col:
            case c if c == COL_NAME:
                return r.name
            case c if c == COL_GENDER:
                return tr_core(r.gender)
            case c if c == COL_ID:
                return r.masked_id
            case c if c == COL_EMPLOYER:
                return r.employer
            case c if c == COL_STATUS:
                return tr_core(r.status.label)
            case c if c == COL_PHONE:
                return r.phone
            case c if c == COL_CARD:
                return r.card_number
            case c if c == COL_JOIN:
                return r.join_date.isoformat() if r.join_date else ""
            case c if c == COL_BIRTH:
                return r.birth_date.isoformat() if r.birth_date else ""
            case c if c == COL_JOB:
                return r.job
            case c if c == COL_GROUP:
                return tr_core(r.group) if r.group else ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column, "name")
        descending = order == Qt.SortOrder.DescendingOrder
        q = self._query
        self.set_query(RosterQuery(q.search, q.statuses, q.employer_id, q.flags, q.group, key, descending))
