"""A table model over a paged source: only the row count and the pages the view paints are ever read.

The source is a plain-Python, Qt-free cursor from a service (the roster's `RosterCursor`; later the dues ledger,
the book catalogue, loans, received bundles): it knows how many rows its query has and hands out page `n` of
`size` rows, choosing itself how to find them (an id list, keyset paging over the sort keys). This model keeps
the most recently used pages and answers Qt; a subclass says what each column shows (`cell`).

A source may not know its count at once (`known_count()` None: a search that matches nearly everyone, whose
count reads the whole index). The model then shows the first page straight away, counts on a worker thread,
and grows to the full count when it is known (`count_known` fires; `count_pending` is True until then). A newer
source cancels the older one's count (`cancel()`).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

_log = logging.getLogger(__name__)
Row = TypeVar("Row")
Row_co = TypeVar("Row_co", covariant=True)


class PagedSource(Protocol[Row_co]):
    def count(self) -> int:
        """How many rows the query has."""
        ...

    def page(self, number: int, size: int) -> Sequence[Row_co]:
        """Rows number*size … number*size+size-1, in display order (fewer on the last page)."""
        ...


class _Empty:
    def count(self) -> int:
        return 0

    def page(self, number: int, size: int) -> Sequence[Any]:
        return []


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    # a page is about two screens: the first one costs least with the query, and a jump reads little
    PAGE = 32
    MAX_PAGES = 512  # pages kept in memory (16,384 rows)
    PREPARE_FROM_PAGES = 128  # a list of at least this many pages has its far jumps prepared on a worker …
    PREPARE_AFTER_MS = 300  # … this long after it is shown
    count_known = Signal(int)  # a count read on a worker thread arrived (the rows are there)

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._source: PagedSource[Row] = _Empty()
        self._count = 0
        self._pages: OrderedDict[int, Sequence[Row]] = OrderedDict()
        self._hot = -1  # the page number row_object read last (always in _pages)
        self.count_pending = False

    # ---- the source ----

    @property
    def source(self) -> PagedSource[Row]:
        return self._source

    def set_source(self, source: PagedSource[Row]) -> None:
        """Show another query (or the same one read again): one model reset."""
        cancel = getattr(self._source, "cancel", None)
        if cancel is not None:
            cancel()  # its count or its jump marks, if still being read, are no longer wanted
        self.beginResetModel()
        self._source = source
        self._pages.clear()
        self._hot = -1
        known = getattr(source, "known_count", None)
        count = known() if known is not None else source.count()
        self.count_pending = count is None
        if count is None:
            first = source.page(0, self.PAGE)
            self._pages[0] = first
            count = len(first)
        self._count = count
        self.endResetModel()
        if self.count_pending:
            self._count_later(source)
        else:
            self._prepare_later(source)

    def _prepare_later(self, source: PagedSource[Row]) -> None:
        """A long list's source marks its far-jump anchors on a worker (`prepare_jumps`), if it can."""
        prepare = getattr(source, "prepare_jumps", None)
        if prepare is None or self._count < self.PAGE * self.PREPARE_FROM_PAGES:
            return
        from PySide6.QtCore import QTimer

        from unionbook.ui.kit.ops import Job

        def start() -> None:
            if source is not self._source:
                return  # another query took over meanwhile
            job = Job(lambda _progress: prepare())
            job.failed.connect(lambda error, _details: None if getattr(source, "cancelled", False) else
                               _log.warning("jump marks not read: %r", error))
            job.start()

        QTimer.singleShot(self.PREPARE_AFTER_MS, self, start)  # after the first paint, not beside it

    def _count_later(self, source: PagedSource[Row]) -> None:
        from unionbook.ui.kit.ops import Job, report_error

        job = Job(lambda _progress: source.count())
        job.finished.connect(lambda n, source=source: self._counted(source, n))

        def failed(error: BaseException, details: str, source: PagedSource[Row] = source) -> None:
            if source is self._source and not getattr(source, "cancelled", False):
                report_error(None, error, None, details)

        job.failed.connect(failed)
        job.start()

    def _counted(self, source: PagedSource[Row], n: int) -> None:
        if source is not self._source:
            return  # an older query's count
        if n > self._count:
            self.beginInsertRows(QModelIndex(), self._count, n - 1)
            self._count = n
            self.endInsertRows()
        elif n < self._count:  # members left between the first page and the count
            self.beginRemoveRows(QModelIndex(), n, self._count - 1)
            self._count = n
            self.endRemoveRows()
        self.count_pending = False
        self.count_known.emit(n)
        self._prepare_later(source)

    def row_object(self, row: int) -> Row | None:
        """What row `row` shows, reading its page if it is not in memory; None past the end."""
        if row < 0 or row >= self._count:
            return None
        number, offset = divmod(row, self.PAGE)
        if number == self._hot:  # the page painted last: a view asks for it a dozen times per cell
            page = self._pages[number]
            return page[offset] if offset < len(page) else None
        page = self._pages.get(number)
        self._hot = number
        if page is None:
            page = self._source.page(number, self.PAGE)
            self._pages[number] = page
            if len(self._pages) > self.MAX_PAGES:
                self._page_gone(self._pages.popitem(last=False)[0])
            self._page_gone(number)  # (if it was read before and let go)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def loaded_rows(self) -> Iterator[tuple[int, Row]]:
        """(row, object) of the pages in memory, without reading any."""
        for number, page in self._pages.items():
            for i, obj in enumerate(page):
                yield number * self.PAGE + i, obj

    # ---- what a subclass says ----

    def _page_gone(self, number: int) -> None:
        """Page `number` was let go, or read anew: whatever a subclass made from its older copy is stale."""

    def cell(self, obj: Row, column: int, role: int) -> Any:
        """The value of `column` for `role`, or None."""
        raise NotImplementedError

    # ---- QAbstractTableModel ----

    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own index() asks rowCount() and columnCount(), two calls into Python for every cell a view paints
        if 0 <= row < self._count and 0 <= column < len(self._headers) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

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
        obj = self.row_object(index.row())
        if obj is None:
            return None
        return self.cell(obj, index.column(), role)
