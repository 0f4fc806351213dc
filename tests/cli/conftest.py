"""A small seeded demo union for command tests, built once per test through the services (faster than `demo`)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from cli_support import Cli


@pytest.fixture
def small_union(tmp_path: Path, empty_template: Path) -> Path:
    """40 demo members (seed 3), as of 2026-11-01; the CLI opens the file itself."""
    from unionbook.services.union.demo import build_demo
    from unionbook.store import Database

    path = tmp_path / "small.sqlite"
    shutil.copyfile(empty_template, path)
    db = Database.open(path, create=True, purpose="cli")
    try:
        build_demo(db, members=40, seed=3, today=dt.date(2026, 11, 1))
    finally:
        db.close()
    return path


@pytest.fixture
def cli(small_union: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(small_union, capsys)
