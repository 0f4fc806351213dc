"""A horizontal bar chart painted with QPainter: light, crisp, and no extra Qt module to ship."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ["#c0392b", "#d35400", "#2471a3", "#17a589", "#7d3c98", "#b7950b", "#5d6d7e", "#1e8449"]


class BarChart(QWidget):
    """Bars of (label, value); `total` turns values into shares shown as percentages."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, float]] = []
        self.total: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, bars: list[tuple[str, float]], total: float | None = None) -> None:
        self.bars = bars
        self.total = total
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 40 + 30 * max(1, len(self.bars)))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 40 + 26 * max(1, len(self.bars)))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        top = 0.0
        if self.title:
            title_font = self.font()
            title_font.setBold(True)
            p.setFont(title_font)
            p.drawText(QRectF(0, 0, self.width(), 24), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self.title)
            p.setFont(self.font())
            top = 30.0
        if not self.bars:
            return
        label_w = max(fm.horizontalAdvance(label) for label, _ in self.bars) + 12
        value_w = fm.horizontalAdvance("100,000 (100.0%)") + 8
        row_h = max(22.0, (self.height() - top) / len(self.bars))
        bar_area = max(10.0, self.width() - label_w - value_w)
        scale = self.total if self.total else max((v for _, v in self.bars), default=1) or 1
        for i, (label, value) in enumerate(self.bars):
            y = top + i * row_h
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       label)
            w = bar_area * min(1.0, value / scale)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#eceff3"))
            p.drawRoundedRect(QRectF(label_w, y + row_h * 0.2, bar_area, row_h * 0.6), 3, 3)
            p.setBrush(QColor(PALETTE[i % len(PALETTE)]))
            p.drawRoundedRect(QRectF(label_w, y + row_h * 0.2, max(w, 2.0), row_h * 0.6), 3, 3)
            p.setPen(self.palette().text().color())
            text = f"{int(value):,}"
            if self.total:
                text += f"（{value / self.total:.1%}）"
            p.drawText(QRectF(label_w + bar_area + 6, y, value_w, row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        p.end()
