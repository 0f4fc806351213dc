"""Checking a screenshot shows something: a grab that differs from a blank grab of the same size, and the
texts a user would read visible in it (by the widgets that show them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

STEP = 3  # sample every third pixel both ways: a full-HD grab in well under a second


def painted_share(image: QImage, blank: QImage) -> float:
    """The share of sampled pixels that differ between two grabs of the same size."""
    assert image.size() == blank.size(), (image.size(), blank.size())
    a = image.convertToFormat(QImage.Format.Format_RGB32)
    b = blank.convertToFormat(QImage.Format.Format_RGB32)
    total = differ = 0
    for y in range(0, a.height(), STEP):
        for x in range(0, a.width(), STEP):
            total += 1
            differ += a.pixel(x, y) != b.pixel(x, y)
    return differ / max(total, 1)


def _shown_texts(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, parts = widget.model(), []
        root = widget.rootIndex()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
        for r in range(min(model.rowCount(root), 200)):
            for c in range(min(columns, 20)):
                index = model.index(r, c, root)
                if not widget.visualRect(index).isEmpty():
                    parts.append(str(index.data() or ""))
        header = getattr(widget, "horizontalHeader", lambda: None)()
        if header is not None:
            # the header sections scrolled into view
            width = header.viewport().width()
            parts += [str(model.headerData(c, header.orientation()) or "") for c in range(columns)
                      if not header.isSectionHidden(c) and header.sectionViewportPosition(c) < width
                      and header.sectionViewportPosition(c) + header.sectionSize(c) > 0]
        return "\n".join(parts)
    return ""


def visible_text(root: QWidget) -> str:
    """Every text shown by a widget visible inside `root`'s rectangle, with accessible names."""
    area = QRect(QPoint(0, 0), root.size())
    texts = [root.windowTitle()]
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() == 0 or w.height() == 0:
            continue
        if not area.intersects(QRect(w.mapTo(root, QPoint(0, 0)), w.size())):
            continue
        texts += [_shown_texts(w), w.accessibleName()]
    return "\n".join(t for t in texts if t)


def assert_screen(widget: QWidget, path: Path, *, shows: list[str], min_size: tuple[int, int] = (400, 300),
                  min_painted: float = 0.02) -> QImage:
    """Grab `widget`, save it at `path`, and check it is a real screen: at least `min_size`, painted (at least
    `min_painted` of it differs from a blank widget of the same size), and showing every text in `shows`."""
    image = widget.grab().toImage()
    image.save(str(path))
    ratio = image.devicePixelRatio()
    assert (image.width() / ratio, image.height() / ratio) == (widget.width(), widget.height())
    assert widget.width() >= min_size[0] and widget.height() >= min_size[1], widget.size()
    blank_widget = QWidget()
    blank_widget.resize(widget.size())
    blank = blank_widget.grab().toImage()
    blank_widget.deleteLater()
    share = painted_share(image, blank)
    assert share >= min_painted, f"{path.name}: only {share:.1%} of the screen differs from a blank one"
    text = visible_text(widget)
    missing = [t for t in shows if t not in text]
    assert not missing, f"{path.name}: not shown: {missing}"
    return image
