"""Journeys run as a person works: real modal dialogs with their own event loops (the suite's stand-in
message boxes are switched off here), each journey in a fresh UNIONBOOK_HOME."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def message_boxes() -> list[tuple[str, str, str]]:
    """Overrides tests/ui/conftest.py's: here message boxes and dialogs are real and are answered by clicking."""
    return []


@pytest.fixture(autouse=True)
def fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("UNIONBOOK_HOME", str(home))
    monkeypatch.delenv("UNIONBOOK_DB", raising=False)
    yield home
    from ui.journeys.helpers import close_all_modals

    close_all_modals()
    from PySide6.QtWidgets import QApplication

    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            w.close()


@pytest.fixture
def main_window(qtbot, fresh_home: Path, empty_template: Path):  # type: ignore[no-untyped-def]
    """The main window on a new union (made as the wizard makes it), shown."""
    import datetime as dt
    import shutil

    from unionbook.services.union.profile import UnionInput, save_profile
    from unionbook.store import Database
    from unionbook.ui.main_window import MainWindow

    path = fresh_home / "unionbook.sqlite"
    shutil.copyfile(empty_template, path)
    db = Database.open(path)
    save_profile(db, UnionInput(name="某某机械有限公司工会委员会", founding_date=dt.date(2012, 5, 1), employees=80))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if db.lock.held:
        window.close()


@pytest.fixture
def demo_window(qtbot, fresh_home: Path, _demo_template: Path):  # type: ignore[no-untyped-def]
    """The main window on the (400-member) demo union, shown."""
    import shutil

    from unionbook.store import Database
    from unionbook.ui.main_window import MainWindow

    path = fresh_home / "demo.sqlite"
    shutil.copyfile(_demo_template, path)
    db = Database.open(path)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if db.lock.held:
        window.close()
