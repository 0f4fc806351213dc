"""A table model over a paged source: only the row count and the pages the view paints are ever read.

The source is a plain-Python, Qt-free cursor from a service (the roster's `RosterCursor`; later the dues ledger,
the book catalogue, loans, received bundles): it knows how many rows its query has and hands out page `n` of
`size` rows, choosing itself how to find them (an id list, keyset paging over the sort keys). This model keeps
the most recently used pages and answers Qt; a subclass says what each column shows (`cell`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

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
    PAGE = 256
    MAX_PAGES = 64  # pages kept in memory (16,384 rows)

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._source: PagedSource[Row] = _Empty()
        self._count = 0
        self._pages: OrderedDict[int, Sequence[Row]] = OrderedDict()

    # ---- the source ----

    @property
    def source(self) -> PagedSource[Row]:
        return self._source

    def set_source(self, source: PagedSource[Row]) -> None:
        """Show another query (or the same one read again): one model reset."""
        self.beginResetModel()
        self._source = source
        self._pages.clear()
        self._count = source.count()
        self.endResetModel()

    def row_object(self, row: int) -> Row | None:
        """What row `row` shows, reading its page if it is not in memory; None past the end."""
        if row < 0 or row >= self._count:
            return None
        number, offset = divmod(row, self.PAGE)
        page = self._pages.get(number)
        if page is None:
            page = self._source.page(number, self.PAGE)
            self._pages[number] = page
            if len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def loaded_rows(self) -> Iterator[tuple[int, Row]]:
        """(row, object) of the pages in memory, without reading any."""
        for number, page in self._pages.items():
            for i, obj in enumerate(page):
                yield number * self.PAGE + i, obj

    # ---- what a subclass says ----

    def cell(self, obj: Row, column: int, role: int) -> Any:
        """The value of `column` for `role`, or None."""
        raise NotImplementedError

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
        obj = self.row_object(index.row())
        if obj is None:
            return None
        return self.cell(obj, index.column(), role)
