"""Pages built from the area registry: an area names its page as "module:Class"; the class is imported only
when the window is built."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from unionbook.areas import Area
from unionbook.store import Database


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
