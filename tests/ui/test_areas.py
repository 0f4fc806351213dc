"""The area registry: every entry resolves, and a new area needs nothing but its folders and one entry."""

from __future__ import annotations

import dataclasses
import importlib
import json

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from unionbook import areas
from unionbook.areas import AREAS, Area
from unionbook.cli import main
from unionbook.documents.fields import FIELDS
from unionbook.paths import forms_dir
from unionbook.services.union import audit

SHELF = Area(
    key="shelf", title="书架", page="fake_area:ShelfPage", cli=("fake_area",),
    entities={"shelf_item": "书架条目"},
)


def test_every_entry_resolves() -> None:
    for area in AREAS:
        if area.page:
            module, _, name = area.page.partition(":")
            assert issubclass(getattr(importlib.import_module(module), name), QWidget), area.key
        for module in area.cli:
            assert callable(importlib.import_module(module).register), module
        if area.forms:
            assert (forms_dir() / area.forms).is_dir(), area.key
        for namespace in area.form_fields:
            assert namespace in FIELDS, namespace


def test_keys_and_entities_are_declared_once() -> None:
    with pytest.raises(ValueError, match="repeat"):
        areas._check((*AREAS, dataclasses.replace(AREAS[0])))
    with pytest.raises(ValueError, match="declared by both"):
        areas._check((*AREAS, dataclasses.replace(SHELF, entities={"member": "别的会员"})))
    with pytest.raises(ValueError, match="module:attribute"):
        Area(key="x", title="x", page="no_colon_here")


@pytest.fixture
def with_shelf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(areas, "AREAS", (*AREAS, SHELF))


def test_a_new_area_gets_a_command(with_shelf, capsys) -> None:
    assert main(["--json", "shelf"]) == 0
    assert json.loads(capsys.readouterr().out) == {"shelf": "ok"}


def test_a_new_area_gets_a_page_a_menu_entry_and_a_shortcut(monkeypatch, qtbot, demo_db) -> None:
    from unionbook.ui.main_window import MainWindow

    # the house's first pages and the new one: with more than nine pages the later ones get no Ctrl+digit
    # (test_pages_past_the_ninth_get_no_clashing_shortcut), so this test must not depend on how many areas exist
    first = tuple(a for a in AREAS if a.key in ("home", "members", "imports", "union", "forms"))
    monkeypatch.setattr(areas, "AREAS", (*first, SHELF))
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[-1] == "书架"
    view = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("视图"))
    entry = next(a for a in view.actions() if a.text() == "书架")
    assert entry.shortcut().toString() == f"Ctrl+{len(titles)}"
    entry.trigger()
    assert window.pages.currentWidget().objectName() == "page_shelf"
    assert window.pages.currentWidget().findChild(QLabel).text() == "书架页面"


def test_pages_past_the_ninth_get_no_clashing_shortcut(monkeypatch, qtbot, demo_db) -> None:
    from unionbook.ui.main_window import MainWindow

    extra = tuple(dataclasses.replace(SHELF, key=f"shelf{i}", title=f"书架{i}", entities={}, cli=())
                  for i in range(8))
    monkeypatch.setattr(areas, "AREAS", (*AREAS, *extra))
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    assert window.nav.count() == len(areas.pages()) > 9
    keys = [k for _, _, k in window.shortcut_list()]
    assert len(keys) == len(set(keys))
    assert "Ctrl+9" in keys and "Ctrl+10" not in keys


def test_a_new_area_names_its_records_in_the_change_log(with_shelf, qtbot, demo_db) -> None:
    from unionbook.ui.union.change_log import ChangeLogDialog

    with demo_db.transaction() as s:
        audit.record(s, "测试员", "add", "shelf_item", 7, "上架一本书")
    dialog = ChangeLogDialog(demo_db)
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(0, c).text() for c in range(4)]
    assert cells[2:] == ["书架条目 #7", "上架一本书"]
