"""A small union for the dues tests: two employers, five members joined on known dates (tests/dues_kit.py)."""

from __future__ import annotations

import pytest
from dues_kit import add_people

from unionbook.store import Database


@pytest.fixture
def small(union_db: Database) -> dict[str, int]:
    """Member ids by name."""
    return add_people(union_db)
