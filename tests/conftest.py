"""Fixtures shared by the whole suite: a private UNIONBOOK_HOME, and fresh databases built through the
production path (`Database.open(create=True)`, migrations applied), as Vorta's `init_db` fixture does."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from unionbook.store import Database

# GUI tests run headless; harmless for the others.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Hypothesis' 200 ms per-example deadline and its "too slow" health check fail at random on a loaded CI
# machine (2 cores shared); the number of examples is still bounded.
settings.register_profile("unionbook", deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
settings.load_profile("unionbook")

DEMO_MEMBERS = 300
DEMO_SEED = 7


@pytest.fixture(scope="session", autouse=True)
def unionbook_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Nothing in a test run reads or writes the real user folders (settings, last database, demo file)."""
    home = tmp_path_factory.mktemp("unionbook-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("UNIONBOOK_HOME", str(home))
        mp.delenv("UNIONBOOK_DB", raising=False)
        yield home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "union.sqlite"


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database created once through the production path (migrations applied from nothing). Tests get
    a copy: running every migration for every test costs ~0.15 s each, and more with each new migration;
    tests/store/test_migrations.py covers creating from nothing."""
    path = tmp_path_factory.mktemp("empty-template") / "empty.sqlite"
    database = Database.open(path, create=True)
    database.checkpoint()
    database.close()
    return path


@pytest.fixture
def db(db_path: Path, empty_template: Path) -> Iterator[Database]:
    """A fresh, empty database (schema at HEAD) of its own, opened as the application opens it; closed after."""
    shutil.copyfile(empty_template, db_path)
    database = Database.open(db_path, create=True)
    try:
        yield database
    finally:
        database.close()


UNION_NAME = "测试市测试区某某有限公司工会委员会"


@pytest.fixture
def union_db(db: Database) -> Database:
    """A fresh database with a saved union profile (an enterprise union of 120 employees)."""
    from unionbook.services.union.profile import UnionInput, save_profile

    save_profile(db, UnionInput(
        name=UNION_NAME, uscc="", kind="enterprise", parent_union="测试区总工会",
        founding_date=dt.date(2010, 3, 8), employees=120, women_employees=50, migrant_employees=30,
    ))
    return db


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo union (300 members, seed 7), built once per session; tests get a copy of the file."""
    from unionbook.services.union.demo import build_demo
    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    database = Database.open(path, create=True)
    try:
        build_demo(database, members=DEMO_MEMBERS, seed=DEMO_SEED)
        database.checkpoint()
    finally:
        database.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database file (not open)."""
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    """The demo union, opened; each test has its own copy, so it may write."""
    database = Database.open(demo_path)
    try:
        yield database
    finally:
        database.close()
