"""Small widgets the election and meeting pages share: picking members from the roster, the composition
chart, and a list of checks shown as ✓ / ！ lines."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from unionbook.domain.composition import CompositionLine
from unionbook.domain.member import Status
from unionbook.services.members.records import RosterQuery, list_members
from unionbook.store import Database

MEMBER_ID = Qt.ItemDataRole.UserRole + 1
OK_COLOR, WARN_COLOR, NOTE_COLOR = "#1e7d32", "#b3261e", "#5f6368"


class MemberPicker(QWidget):
    """A search box over the members in good standing and the matches; 加入 (or Enter, or a double-click)
    emits the chosen member ids."""

    picked = Signal(list)

    def __init__(self, db: Database, button_text: str = "", parent: QWidget | None = None, limit: int = 200) -> None:
        super().__init__(parent)
        self._db = db
        self._limit = limit
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名、拼音首字母、身份证号或会员证号"))
        self.search.setAccessibleName(self.tr("查找会员"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(button_text or self.tr("加入 →"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.add_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._pick_first)
        self.results.itemDoubleClicked.connect(lambda _i: self._pick_selected())
        self.add_button.clicked.connect(self._pick_selected)
        self.reload()

    def reload(self) -> None:
        self.results.clear()
        found = list_members(self._db, RosterQuery(search=self.search.text(), statuses=(Status.ACTIVE,)),
                             limit=self._limit)
        for m in found:
            extra = "、".join(x for x in (m.employer, self.tr("一线") if m.frontline else "",
                                         self.tr("劳模") if m.model_worker else "") if x)
            item = QListWidgetItem(f"{m.name}（{m.gender}）{extra}")
            item.setData(MEMBER_ID, m.id)
            self.results.addItem(item)

    def _pick_selected(self) -> None:
        ids = [i.data(MEMBER_ID) for i in self.results.selectedItems()]
        if ids:
            self.picked.emit(ids)

    def _pick_first(self) -> None:
        self._timer.stop()
        self.reload()
        if self.results.count():
            self.picked.emit([self.results.item(0).data(MEMBER_ID)])
            self.search.selectAll()


class CheckList(QLabel):
    """Checks as lines: ✓ in green when met, ！ in red when not, · in grey for information."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines: list[tuple[str, str]] = []

    def set_lines(self, lines: Sequence[tuple[str, str]]) -> None:
        """(kind, text): kind is "ok", "warn" or "note"."""
        self.lines = list(lines)
        marks = {"ok": ("✓", OK_COLOR), "warn": ("！", WARN_COLOR), "note": ("·", NOTE_COLOR)}
        html = []
        for kind, text in self.lines:
            mark, color = marks[kind]
            safe = text.replace("&", "&amp;").replace("<", "&lt;")
            html.append(f'<div style="color:{color}">{mark} {safe}</div>')
        self.setText("".join(html))

    def warnings(self) -> list[str]:
        return [t for k, t in self.lines if k == "warn"]


class CompositionChart(QWidget):
    """For women, frontline and model workers: the candidates' share against the membership's, with the
    fewest the rule asks for marked on the candidates' bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[CompositionLine] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_lines(self, lines: Sequence[CompositionLine]) -> None:
        self.lines = list(lines)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 34 + 52 * max(1, len(self.lines)))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 34 + 46 * max(1, len(self.lines)))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        text_color = self.palette().text().color()
        legend = [(self.tr("候选人"), QColor("#b3261e")), (self.tr("全体在册会员"), QColor("#9aa0a6"))]
        x = 0.0
        for name, color in legend:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRect(QRectF(x, 6, 12, 12))
            p.setPen(text_color)
            p.drawText(QRectF(x + 16, 0, 200, 24), Qt.AlignmentFlag.AlignVCenter, name)
            x += 16 + fm.horizontalAdvance(name) + 18
        if not self.lines:
            p.end()
            return
        short = {"women": self.tr("女职工"), "frontline": self.tr("一线职工"), "model_workers": self.tr("劳模")}
        labels = [short.get(c.key, c.label) for c in self.lines]
        label_w = max(fm.horizontalAdvance(t) for t in labels) + 12
        value_w = fm.horizontalAdvance("100.0%") + 10
        bar_w = max(20.0, self.width() - label_w - value_w)
        row_h = max(40.0, (self.height() - 30) / len(self.lines))
        for i, c in enumerate(self.lines):
            y = 30 + i * row_h
            p.setPen(QColor(OK_COLOR) if c.ok else QColor(WARN_COLOR))
            p.drawText(QRectF(0, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       ("" if c.ok else "！") + labels[i])
            for j, (share, color) in enumerate(((c.candidate_share, legend[0][1]), (c.member_share, legend[1][1]))):
                value = float(share) if share is not None else 0.0
                top = y + row_h * (0.18 + j * 0.36)
                h = row_h * 0.28
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#eceff3"))
                p.drawRect(QRectF(label_w, top, bar_w, h))
                p.setBrush(color)
                p.drawRect(QRectF(label_w, top, max(bar_w * value, 1.0), h))
                p.setPen(text_color)
                p.drawText(QRectF(label_w + bar_w + 6, top - 3, value_w, h + 6), Qt.AlignmentFlag.AlignVCenter,
                           "—" if share is None else f"{value:.0%}")
            if c.required and c.total_candidates:
                need = c.required / c.total_candidates
                mx = label_w + bar_w * min(need, 1.0)
                p.setPen(QColor("#202124"))
                p.drawLine(int(mx), int(y + row_h * 0.12), int(mx), int(y + row_h * 0.5))
        p.end()
