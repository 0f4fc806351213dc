"""The shape of an area's part of the annual report package (each area's `report` in unionbook/areas.py
returns one); services/bundles collects them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class AreaReport:
    parts: dict[str, Any] = field(default_factory=dict)  # part name → JSON value
    totals: dict[str, int] = field(default_factory=dict)  # figures for the cover sheet and the consolidation
    lines: list[str] = field(default_factory=list)  # Chinese lines for the cover sheet
    members: int = 0  # how many people's records the area puts in the package
    missing: list[str] = field(default_factory=list)  # what is incomplete (the check list before submitting)
