"""GUI fixtures: an offscreen Qt application set up as the real one, and a small demo database."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from unionbook.services.demo import build_demo
from unionbook.store import Database


@pytest.fixture(scope="session")
def qapp_cls():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(scope="session", autouse=True)
def _app_setup(qapp):  # type: ignore[no-untyped-def]
    from unionbook.ui.app import install_translations, load_style, setup_fonts

    setup_fonts(qapp)
    install_translations(qapp)
    load_style(qapp)
    return qapp


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "template.sqlite"
    db = Database.open(path, create=True)
    build_demo(db, members=400, seed=11)
    db.checkpoint()
    db.close()
    return path


@pytest.fixture
def gui_db(_demo_template: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "union.sqlite"
    shutil.copy(_demo_template, path)
    db = Database.open(path)
    yield db
    if db.lock.held:
        db.close()
