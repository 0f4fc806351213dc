"""The roster table model: a thin PagedTableModel over the service's roster cursor.

Only the row count and the pages the view asks for are read; how they are found (an ordered id list for a
search matching few members, keyset pages over the sort keys otherwise) is the cursor's business
(services/members/roster.py), not the model's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from unionbook.domain.fields import MEMBER
from unionbook.domain.member import DISPATCHED_FORM, Status
from unionbook.services.members.roster import RosterCursor, RosterQuery, RosterRow
from unionbook.services.members.roster_sql import with_paid_through
from unionbook.store import Database
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.paged_model import PagedTableModel

# the order people read a roster in: who, which ID, where they work, whether still a member, how to reach them
(COL_NAME, COL_GENDER, COL_ID, COL_EMPLOYER, COL_STATUS, COL_PHONE, COL_CARD, COL_JOIN, COL_BIRTH, COL_JOB,
 COL_GROUP) = range(11)
# 会费交至, from the dues area: shown, not sortable (sorting by it would need a maintained, indexed value)
COL_DUES = 11

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

_DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2



class _PaidThrough:
    """The cursor's pages with 会费交至 from the dues area: the month before the first unpaid month owed
    (services/dues/standing.py), read for the page's members who have paid anything, in one small call; the
    cursor's own value (the newest month paid) would hide months skipped before a later payroll posting."""

    def __init__(self, db: Database, cursor: RosterCursor, context: list[Any]) -> None:
        self._db, self.cursor = db, cursor
        self._context = context  # [the dues rules and book start, or None]: shared until the data changes

    def count(self) -> int:
        return self.cursor.count()

    def known_count(self) -> int | None:
        return self.cursor.known_count()

    def cancel(self) -> None:
        self.cursor.cancel()

    def prepare_jumps(self) -> None:
        self.cursor.prepare_jumps()

    @property
    def cancelled(self) -> bool:
        return self.cursor.cancelled

    def ids(self) -> list[int]:
        return self.cursor.ids()

    def page(self, number: int, size: int) -> Sequence[RosterRow]:
        from unionbook.services.dues.paid_through import context_on, paid_through_on

        with self.cursor.reading() as conn:  # the page and its 会费交至 in one read
            rows = self.cursor.page(number, size, conn)
            paid = [r.id for r in rows if r.dues_paid_through]
            if not paid:
                return rows
            if self._context[0] is None:
                self._context[0] = context_on(conn)
            through = paid_through_on(conn, paid, self._context[0])
        return [with_paid_through(r, str(through[r.id]) if r.id in through else None)
                if r.dues_paid_through else r for r in rows]


def _date_text(d: Any) -> str:
    return d.isoformat() if d else ""


def _line(r: RosterRow, texts: dict[str, str]) -> tuple[str, ...]:
    """What each column shows of `r` (DisplayRole), in column order (COL_NAME … COL_DUES); the words the core
    defines (gender, status, group) through Qt's translation, each looked up once per page (`texts`)."""

    def word(text: str) -> str:
        found = texts.get(text)
        if found is None:
            found = texts[text] = tr_core(text)
        return found

    return (r.name, word(r.gender), r.masked_id, r.employer, word(r.status.label), r.phone, r.card_number,
            _date_text(r.join_date), _date_text(r.birth_date), r.job, word(r.group) if r.group else "",
            r.dues_paid_through or "")


_INACTIVE = {Status.TRANSFERRED_OUT, Status.LEFT, Status.WITHDRAWN, Status.EXPELLED, Status.DECEASED}


class RosterModel(PagedTableModel[RosterRow]):
    def __init__(self, db: Database, parent: Any = None, *, deferred: bool = False) -> None:
        """`deferred`: read nothing until `start(query)` (the page sets its filters and sort first, then reads
        the roster once, instead of once per setting)."""
        super().__init__([], parent)
        self._db = db
        self._query = RosterQuery()
        self._started = not deferred
        self._dues_context: list[Any] = [None]
        # header labels from the member field specs (domain/fields.py)
        self._headers = [tr_core(MEMBER.label_of(COLUMN_FIELDS[i])) for i in range(len(COLUMN_FIELDS))]
        self._headers.append(self.tr("会费交至"))
        # what the recent pages show, a tuple of texts per row, made once per page read: a view asks DisplayRole of
        # every cell at every paint (and again as the mouse moves over the table)
        self._shown: dict[int, tuple[str, ...]] = {}  # row → its texts, for the rows of a few recent pages
        self._shown_pages: set[int] = set()
        for signal in (self.modelAboutToBeReset, self.modelReset, self.rowsAboutToBeInserted, self.rowsInserted,
                       self.rowsAboutToBeRemoved, self.rowsRemoved, self.layoutChanged):
            signal.connect(self._forget_lines)
        if self._started:
            self.set_source(self._source_for(self._query))

    def _source_for(self, query: RosterQuery) -> _PaidThrough:
        return _PaidThrough(self._db, RosterCursor(self._db, query), self._dues_context)

    def start(self, query: RosterQuery) -> None:
        self._started = True
        self._query = query
        self.set_source(self._source_for(query))

    # ---- the query ----

    @property
    def query(self) -> RosterQuery:
        return self._query

    def set_query(self, query: RosterQuery) -> None:
        if query == self._query:
            return
        self._query = query
        if self._started:
            self.set_source(self._source_for(query))

    def reload(self) -> None:
        if self._started:
            self._dues_context = [None]  # the data changed: the dues rules may have too
            self.set_source(self._source_for(self._query))

    def member_id(self, row: int) -> int | None:
        r = self.row_object(row)
        return r.id if r else None

    def row_of_member(self, member_id: int) -> int:
        """The row showing `member_id` among the loaded pages, or -1."""
        return next((row for row, r in self.loaded_rows() if r.id == member_id), -1)

    # ---- what each column shows ----

    def data(self, index: Any, role: int = _DISPLAY_ROLE) -> Any:
        if role == _DISPLAY_ROLE:  # the one role painted for every cell: straight to its row's texts
            line = self._shown.get(index.row())
            if line is None:
                line = self._line_of(index.row())
                if line is None:
                    return None  # an invalid index (row -1) or a row past the end
            return line[index.column()]  # a valid index's column is one of the model's
        return super().data(index, role)

    def _line_of(self, row: int) -> tuple[str, ...] | None:
        """The texts of `row`, its page read if need be and its lines made (the lines of a few pages are kept)."""
        if self.row_object(row) is None:
            return None
        number = self._hot
        if number not in self._shown_pages:
            if len(self._shown_pages) >= 16:
                self._forget_lines()
            first = number * self.PAGE
            texts: dict[str, str] = {}  # gender, status and group words repeat down a page: translate each once
            page = self._pages[number][:self._count - first]
            self._shown.update(zip(range(first, first + len(page)), (_line(r, texts) for r in page), strict=True))
            self._shown_pages.add(number)
        return self._shown[row]

    def _page_gone(self, number: int) -> None:
        if number in self._shown_pages:  # let go, or read again: its texts are made again from the new read
            self._shown_pages.discard(number)
            for row in range(number * self.PAGE, (number + 1) * self.PAGE):
                self._shown.pop(row, None)

    def _forget_lines(self, *_args: Any) -> None:
        self._shown.clear()
        self._shown_pages.clear()

    def cell(self, r: RosterRow, col: int, role: int) -> Any:
        """The roles besides DisplayRole, which data() answers from the page's texts."""
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

    def sortable(self, column: int) -> bool:
        return column in SORT_KEYS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return  # the page puts the header's arrow back on the column the roster is sorted by
        key = SORT_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        q = self._query
        self.set_query(RosterQuery(q.search, q.statuses, q.employer_id, q.flags, q.group, key, descending))
