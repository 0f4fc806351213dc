"""GUI fixtures: an offscreen Qt application set up as the real one, and a small demo database."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from unionbook.services.union.demo import build_demo
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


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """Modal message boxes would wait forever for a click offscreen: record them instead (tests may assert on
    the list) and answer as a cautious user would: OK, and No to questions. A QDialog.exec() reached from a
    test fails it at once rather than hanging."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    shown: list[tuple[str, str, str]] = []

    def box(kind: str, answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def record(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, str(title), str(text)))
            return answer

        return record

    ok, no = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.No
    for kind, answer in (("information", ok), ("warning", ok), ("critical", ok), ("question", no)):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(box(kind, answer)))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _p, title, text: shown.append(("about", title, text))))

    def no_exec(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"a modal dialog was opened in a test: {self.windowTitle()!r}")

    monkeypatch.setattr(QDialog, "exec", no_exec)

    def no_file_dialog(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a file dialog was opened in a test: patch QFileDialog where a test chooses a file")

    from PySide6.QtWidgets import QFileDialog

    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(no_file_dialog))
    return shown
