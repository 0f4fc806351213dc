"""The screenshot check of tests/screens.py fails on a blank screen and on text that is not in view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget
from screens import assert_screen


def test_a_blank_screen_fails(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blank = QWidget()
    qtbot.addWidget(blank)
    blank.resize(640, 480)
    blank.show()
    with pytest.raises(AssertionError, match="differs from a blank one"):
        assert_screen(blank, tmp_path / "blank.png", shows=[])


def test_text_on_a_hidden_tab_is_not_shown(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    tabs = QTabWidget()
    tabs.addTab(QLabel("第一页的内容" * 8), "第一页")
    tabs.addTab(QLabel("第二页的内容"), "第二页")
    QVBoxLayout(root).addWidget(tabs)
    root.resize(640, 480)
    root.show()
    assert_screen(root, tmp_path / "tabs.png", shows=["第一页的内容"])
    with pytest.raises(AssertionError, match="第二页的内容"):
        assert_screen(root, tmp_path / "tabs.png", shows=["第二页的内容"])
