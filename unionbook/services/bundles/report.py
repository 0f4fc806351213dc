"""Collects each area's part of the annual report package (its `report` in unionbook/areas.py)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from unionbook import areas
from unionbook.services.union.reporting import AreaReport
from unionbook.store import Database


def _hook(path: str) -> Callable[[Database, int], AreaReport]:
    module, _, name = path.partition(":")
    fn: Callable[[Database, int], AreaReport] = getattr(importlib.import_module(module), name)
    return fn


def collect(db: Database, year: int) -> dict[str, AreaReport]:
    """Each area's part, by area key, in the registry's order."""
    return {a.key: _hook(a.report)(db, year) for a in areas.AREAS if a.report}
