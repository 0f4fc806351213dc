"""Window sizes from the screen actually available (a 1366×768 laptop with a taskbar leaves ~1366×728)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

A4_RATIO = 210 / 297  # width / height


def available_size(widget: QWidget | None = None) -> QSize:
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1366, 728)


def window_size(preferred: QSize, available: QSize) -> QSize:
    """The preferred size, shrunk to leave a little of the available screen around the window."""
    room = QSize(available.width() - 24, available.height() - 40)  # title bar and frame
    return preferred.boundedTo(room)


def preview_size(available: QSize, chrome: int = 90) -> QSize:
    """A PDF preview as tall as the screen allows and wide enough for a whole A4 page at that height
    (`chrome` is the toolbar, margins and title bar), so 整页 shows the page whole and legible."""
    height = available.height() - 40
    width = int((height - chrome) * A4_RATIO) + 160
    return QSize(min(max(width, 720), available.width() - 24), height)
