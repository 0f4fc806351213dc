"""Pages built from the area registry, and the one way a page follows changes to the data.

An area names its page as "module:Class"; the class is imported only when the window is built. A page is an
`AreaPage`: it implements `on_changed(touched)` — what to read again when an operation touched those
entities (ui/kit/ops.py) — and nothing else. A page that is hidden when the change is announced keeps the
names and gets them when it is shown, so nine hidden pages do not all read the database after every edit.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from unionbook.areas import Area
from unionbook.store import Database
from unionbook.ui.kit.ops import EVERYTHING, changes


class AreaPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending: set[str] = set()
        changes().changed.connect(self._changed)

    def on_changed(self, touched: frozenset[str]) -> None:
        """Read again what `touched` (entity names, or EVERYTHING) may have changed on this page."""
        raise NotImplementedError

    @staticmethod
    def concerns(touched: frozenset[str], *names: str) -> bool:
        return EVERYTHING in touched or not touched.isdisjoint(names)

    @property
    def stale(self) -> bool:
        return bool(self._pending)

    def _changed(self, touched: frozenset[str]) -> None:
        if self.isVisible():
            self.on_changed(touched)
        else:
            self._pending |= touched

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            touched = frozenset(self._pending)
            self._pending.clear()
            self.on_changed(touched)


def page_class(area: Area) -> type[QWidget]:
    assert area.page is not None
    module, _, name = area.page.partition(":")
    cls = getattr(importlib.import_module(module), name)
    if not (isinstance(cls, type) and issubclass(cls, QWidget)):
        raise TypeError(f"area {area.key}: {area.page} is not a QWidget class")
    return cls


def load_page(area: Area, db: Database) -> QWidget:
    page = page_class(area)(db)  # type: ignore[call-arg]
    page.setObjectName(f"page_{area.key}")
    return page


class PageMap(Mapping[str, QWidget]):
    """Pages by area key, each built by `build` when first looked up (the window builds a page when it is
    first shown)."""

    def __init__(self, keys: list[str], build: Callable[[str], QWidget]) -> None:
        self._keys = keys
        self._build = build

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._keys:
            raise KeyError(key)
        return self._build(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)
