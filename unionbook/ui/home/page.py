"""The home page: the union's profile, its key figures and who its members are, as a chart."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from unionbook.services.elections.term_warnings import term_warnings
from unionbook.services.homes.title_view import reviews_due
from unionbook.services.members.stats import KeyFigures, key_figures
from unionbook.services.union.profile_view import UnionProfileView, get_profile
from unionbook.store import Database
from unionbook.ui.kit.charts import BarChart
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.ops import Job, changes
from unionbook.ui.kit.pages import AreaPage


class FigureCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.title = QLabel(title)
        self.title.setObjectName("figureTitle")
        self.value = QLabel("—")
        self.value.setObjectName("figureValue")
        self.note = QLabel("")
        self.note.setObjectName("figureNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.note)


def _read_figures(db: Database) -> tuple[UnionProfileView, KeyFigures, list[Any], list[Any]]:
    """What the page shows, read on a worker thread (passes over the figures indexes: ~0.1–0.5 s at 100,000)."""
    return get_profile(db), key_figures(db), term_warnings(db), reviews_due(db)


class NextSteps(QFrame):
    """What a new union does first, shown while it has no members."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextSteps")
        title = QLabel(self.tr("下一步：登记会员"))
        title.setObjectName("figureTitle")
        text = QLabel(self.tr("还没有会员。可以逐个录入，也可以把现有的 Excel 花名册一次导入（导入后可撤销）。"))
        text.setWordWrap(True)
        self.add_button = QPushButton(self.tr("新增会员…"))
        self.add_button.setAccessibleName(self.tr("新增会员"))
        self.import_button = QPushButton(self.tr("从 Excel 导入花名册…"))
        self.import_button.setAccessibleName(self.tr("从 Excel 导入花名册"))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(row)


class HomePage(AreaPage):
    add_member_requested = Signal()
    import_requested = Signal()
    refreshed = Signal()  # the page now shows the figures read by the last load()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._job: Job | None = None
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("homeBody")
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.union_name = QLabel()
        self.union_name.setObjectName("unionName")
        self.profile = QLabel()
        self.profile.setObjectName("unionProfile")
        self.profile.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.members = FigureCard(self.tr("会员"))
        self.women = FigureCard(self.tr("女会员"))
        self.migrant = FigureCard(self.tr("农民工会员"))
        self.rate = FigureCard(self.tr("入会率"))
        cards = QHBoxLayout()
        for card in (self.members, self.women, self.migrant, self.rate):
            cards.addWidget(card)

        self.composition = BarChart(self.tr("会员构成（占现有会员）"))
        self.employers = BarChart(self.tr("会员最多的单位"))
        charts = QGridLayout()
        charts.addWidget(self.composition, 0, 0)
        charts.addWidget(self.employers, 0, 1)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.union_name)
        layout.addWidget(self.profile)
        self.term_warning = QLabel()  # terms of office running out (services/terms.py); hidden when all is well
        self.term_warning.setObjectName("termWarning")
        self.term_warning.setWordWrap(True)
        self.term_warning.hide()
        layout.addWidget(self.term_warning)
        self.next_steps = NextSteps()
        self.next_steps.add_button.clicked.connect(self.add_member_requested)
        self.next_steps.import_button.clicked.connect(self.import_requested)
        self.next_steps.hide()
        layout.addWidget(self.next_steps)
        layout.addLayout(cards)
        layout.addLayout(charts)
        layout.addStretch(1)
        # the figures are read at once: the home page is built when the window opens on it (pages are built when
        # first shown), so the read overlaps the rest of the window's construction
        self.load()

    def on_changed(self, touched: frozenset[str]) -> None:
        # the figures count members and employers, the header is the union's profile, the warning its terms
        if self.concerns(touched, "member", "import_batch", "union", "term", "election", "home_title"):
            self.load()

    def load(self) -> None:
        """Read the figures again on a worker thread; they are shown when read, then `refreshed` is emitted.
        A load asked for while one is running supersedes it: only the latest is shown."""
        # owned by the app-wide Changes object: the page may be deleted before the job reports back
        job = self._job = Job(lambda _progress: _read_figures(self._db), changes())
        job.finished.connect(lambda result, job=job: self._show(result) if self._current(job) else None)
        job.failed.connect(lambda error, _details, job=job: self._failed(error) if self._current(job) else None)
        job.start()

    def _current(self, job: Job) -> bool:
        return shiboken6.isValid(self) and job is self._job

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self.term_warning.setText(self.tr("！ 无法读取统计数字：{0}").format(getattr(error, "message", str(error))))
        self.term_warning.show()

    def _show(self, result: tuple[UnionProfileView, KeyFigures, list[Any], list[Any]]) -> None:
        self._job = None
        p, f, terms, reviews = result
        self.union_name.setText(p.name)
        founded = p.founding_date.isoformat() if p.founding_date else self.tr("未填")
        lines = [
            self.tr("类型：{0}　上级工会：{1}　成立日期：{2}").format(tr_core(p.kind_label), p.parent_union or self.tr("未填"),
                                                         founded),
            self.tr("统一社会信用代码：{0}").format(p.uscc or self.tr("未填"))
            + (self.tr("（未通过校验，说明：{0}）").format(p.uscc_note) if p.uscc_note else ""),
            self.tr("职工人数：{0}　覆盖单位：{1} 家（已建会 {2} 家）").format(
                f"{f.employees:,}" if f.employees else self.tr("未填"), f.employers, f.employers_unionised),
        ]
        self.profile.setText("\n".join(lines))
        warnings = [self.tr("！ {0}").format(w.message) for w in terms]
        # a title held is reviewed (摘牌 possible): remind three months ahead, and when overdue
        warnings += [self.tr("！ 称号“{0}”须在 {1} 前复查").format(t.title, t.review_due) for t in reviews]
        self.term_warning.setText("\n".join(warnings))
        self.term_warning.setVisible(bool(warnings))
        self.next_steps.setVisible(f.members == 0)
        self.members.value.setText(f"{f.members:,}")
        self.members.note.setText(self.tr("在册 {0}，保留会籍 {1}").format(f"{f.members_active:,}", f"{f.members_kept:,}"))
        self.women.value.setText(f"{f.women:,}")
        self.women.note.setText(self._rate(self.tr("女职工入会率"), f.female_membership_rate))
        self.migrant.value.setText(f"{f.migrant_workers:,}")
        self.migrant.note.setText(self._rate(self.tr("农民工入会率"), f.migrant_membership_rate))
        if f.membership_rate is None:
            self.rate.value.setText("—")
            self.rate.note.setText(self.tr("请在工会信息中填写职工人数"))
        else:
            self.rate.value.setText(f"{f.membership_rate:.1%}")
            self.rate.note.setText(self.tr("在册会员 ÷ 职工人数 {0}").format(f"{f.employees:,}"))
        self.composition.set_data([
            (self.tr("女会员"), f.women), (self.tr("农民工"), f.migrant_workers), (self.tr("八大群体"), f.group_members),
            (self.tr("新就业形态"), f.new_forms),
            (self.tr("劳务派遣"), f.dispatched), (self.tr("一线职工"), f.frontline), (self.tr("劳模"), f.model_workers),
            (self.tr("困难职工"), f.hardship),
        ], total=f.members or None)
        self.employers.set_data([(self._short(name), count) for name, count in f.top_employers[:7]])
        self.refreshed.emit()

    def _rate(self, label: str, value: float | None) -> str:
        return self.tr("{0} {1}").format(label, f"{value:.1%}") if value is not None else ""

    def _share(self, part: int, whole: int) -> str:
        return self.tr("占会员 {0}").format(f"{part / whole:.1%}") if whole else ""

    @staticmethod
    def _short(name: str, limit: int = 12) -> str:
        return name if len(name) <= limit else name[: limit - 1] + "…"
