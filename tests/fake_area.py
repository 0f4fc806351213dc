"""A made-up area used by tests/test_areas.py to prove that one registry entry is all an area needs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from unionbook.cli import Context, Output


class ShelfPage(QWidget):
    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        QVBoxLayout(self).addWidget(QLabel("书架页面"))


def register(sub: Any) -> None:
    p = sub.add_parser("shelf", help="书架")
    p.set_defaults(func=lambda ctx, args: cmd_shelf(ctx, args))


def cmd_shelf(ctx: Context, args: Any) -> Output:
    return Output(data={"shelf": "ok"}, text="书架")
