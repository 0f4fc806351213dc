"""The first two steps of the workbench: set up an election (checks shown as you type), and choose the
candidates (surname stroke order, the competitive margin, the composition chart)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionbook.domain.election_rules import ASSEMBLY_KINDS
from unionbook.errors import UnionBookError
from unionbook.services.elections.setup import (
    ELECTION_BODIES,
    CandidateReport,
    ElectionDraft,
    check_setup,
    create_election,
    get_election,
    set_candidates,
)
from unionbook.services.meetings.records import list_meetings
from unionbook.services.rules.in_force import rules_in_force
from unionbook.store import Database
from unionbook.ui.elections.widgets import MEMBER_ID, CheckList, CompositionChart, MemberPicker
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.forms import name_fields
from unionbook.ui.kit.ops import run_op


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class SetupPanel(QWidget):
    """A new election: what is elected, by whom, how many seats; every check shown before it is created."""

    created = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.representatives: list[int] = []
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("如：第五届委员会选举"))
        self.body = QComboBox()
        for key, label in ELECTION_BODIES.items():
            self.body.addItem(tr_core(label), key)
        self.assembly = QComboBox()
        for key, label in ASSEMBLY_KINDS.items():
            self.assembly.addItem(tr_core(label), key)
        self.date = QDateEdit(_qdate(dt.date.today()))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.place = QLineEdit()
        self.seats = QSpinBox()
        self.seats.setRange(1, 999)
        self.seats.setValue(7)
        self.term_years = QComboBox()
        self.meeting = QComboBox()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("名额等不符合规定表格时，写明依据（如上级工会批复）"))
        self.reps_label = QLabel()
        self.reps_picker = MemberPicker(db, self.tr("设为会员代表"))
        self.reps_picker.picked.connect(self._add_representatives)
        self.reps_clear = QPushButton(self.tr("清空代表"))
        self.reps_clear.clicked.connect(self._clear_representatives)
        reps_box = QGroupBox(self.tr("会员代表（会员代表大会选举时）"))
        reps_layout = QVBoxLayout(reps_box)
        reps_layout.addWidget(self.reps_label)
        reps_layout.addWidget(self.reps_picker)
        reps_layout.addWidget(self.reps_clear)
        self.reps_box = reps_box

        form = QFormLayout()
        form.addRow(self.tr("选举名称"), self.title)
        form.addRow(self.tr("选举对象"), self.body)
        form.addRow(self.tr("选举大会"), self.assembly)
        form.addRow(self.tr("选举日期"), self.date)
        form.addRow(self.tr("地点"), self.place)
        form.addRow(self.tr("应选名额"), self.seats)
        form.addRow(self.tr("任期（年）"), self.term_years)
        form.addRow(self.tr("在哪次会议上"), self.meeting)
        form.addRow(self.tr("说明"), self.note)
        name_fields(form)
        self.checks = CheckList()
        self.create_button = QPushButton(self.tr("设立选举"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)

        left = QVBoxLayout()
        hint = QLabel(self.tr("在此设立一次新的选举；设立后在左侧列表中选中它，依次确定候选人、印制文书、计票。"))
        hint.setWordWrap(True)
        left.addWidget(hint)
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("检查结果：")))
        left.addWidget(self.checks)
        left.addStretch(1)
        left.addWidget(self.create_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(reps_box, 2)

        self._checks_stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_checks)
        for w in (self.title, self.note):
            w.textChanged.connect(lambda _t: self._timer.start())
        for c in (self.body, self.assembly, self.term_years):
            c.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.seats.valueChanged.connect(lambda _v: self._timer.start())
        self.reload()

    def reload(self) -> None:
        self.term_years.blockSignals(True)
        self.term_years.clear()
        self.term_years.addItem(self.tr("（暂不确定）"), None)
        for y in rules_in_force(self._db)["election.term_years"]:
            self.term_years.addItem(self.tr("{0} 年").format(y), y)
        self.term_years.setCurrentIndex(self.term_years.count() - 1)
        self.term_years.blockSignals(False)
        self.meeting.clear()
        self.meeting.addItem(self.tr("（不关联会议）"), None)
        for m in list_meetings(self._db):
            self.meeting.addItem(f"{m.date.isoformat()} {m.title}", m.id)
        if self.isVisible():
            self.update_checks()
        else:
            self._checks_stale = True  # checked when shown: a hidden page must not read the whole roster

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._checks_stale:
            self.update_checks()

    def draft(self) -> ElectionDraft:
        d = self.date.date()
        return ElectionDraft(
            title=self.title.text(), body=self.body.currentData(), assembly_kind=self.assembly.currentData(),
            date=dt.date(d.year(), d.month(), d.day()), seats=self.seats.value(), place=self.place.text(),
            meeting_id=self.meeting.currentData(), representatives=tuple(self.representatives),
            term_years=self.term_years.currentData(), override_note=self.note.text())

    def update_checks(self) -> None:
        self._checks_stale = False
        self._timer.stop()
        representatives = self.assembly.currentData() == "representatives"
        self.reps_box.setEnabled(representatives)
        self.reps_label.setText(self.tr("已选代表 {0} 人").format(len(self.representatives)))
        try:
            report = check_setup(self._db, self.draft())
        except UnionBookError as exc:
            self.checks.set_lines([("warn", exc.message)])
            return
        lines = [("ok" if c.ok else "warn", c.message) for c in report.checks]
        shown = {c.message for c in report.checks}
        for p in report.problems:
            if p.message in shown:
                continue
            if p.severity == "notice":
                lines.append(("note", p.message))
            elif p.severity == "warning" and self.note.text().strip():
                lines.append(("note", self.tr("{0}（已填写说明）").format(p.text())))
            else:
                lines.append(("warn", p.text()))
        lines.append(("note", self.tr("选举人 {0} 人（会员 {1} 人，其中在册 {2} 人）").format(
            report.electorate, report.members, report.active)))
        self.checks.set_lines(lines)

    def _add_representatives(self, ids: list[int]) -> None:
        self.representatives += [i for i in ids if i not in self.representatives]
        self.update_checks()

    def _clear_representatives(self) -> None:
        self.representatives = []
        self.update_checks()

    def create(self) -> None:
        draft = self.draft()
        run_op(self, lambda: create_election(self._db, draft), touches={"election"}, title=self.tr("不能设立选举"),
               success=self._created)

    def _created(self, e: Any) -> None:
        self.title.clear()
        self.note.clear()
        self.representatives = []
        self.created.emit(e.id)


class CandidatesPanel(QWidget):
    """Candidates from the roster, kept in surname stroke order; the margin and composition checks update as
    the list changes, and say what to fix before the ballots are printed."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.election_id: int | None = None
        self.report: CandidateReport | None = None
        self.picker = MemberPicker(db)
        self.picker.picked.connect(self.add)
        self.candidates = QListWidget()
        self.remove_button = QPushButton(self.tr("← 移出"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.heading = QLabel()
        self.checks = CheckList()
        self.chart = CompositionChart()

        picker_box = QGroupBox(self.tr("从会员名册选择（仅在册会员有被选举权）"))
        QVBoxLayout(picker_box).addWidget(self.picker)
        list_box = QGroupBox(self.tr("候选人（按姓氏笔画为序）"))
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.heading)
        list_layout.addWidget(self.candidates, 1)
        list_layout.addWidget(self.remove_button)
        check_box = QGroupBox(self.tr("差额与构成"))
        check_layout = QVBoxLayout(check_box)
        check_layout.addWidget(self.checks)
        check_layout.addWidget(self.chart, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(picker_box, 2)
        layout.addWidget(list_box, 2)
        layout.addWidget(check_box, 3)

    def set_election(self, election_id: int | None) -> None:
        self.election_id = election_id
        self.refresh()

    def refresh(self) -> None:
        from unionbook.services.elections.setup import candidate_report

        self.candidates.clear()
        if self.election_id is None:
            self.report = None
            self.heading.setText(self.tr("请先选择或设立一次选举"))
            self.checks.set_lines([])
            self.chart.set_lines([])
            self.setEnabled(False)
            return
        e = get_election(self._db, self.election_id)
        self.setEnabled(True)
        for w in (self.picker, self.remove_button):  # the list and its checks stay readable once counting starts
            w.setEnabled(e.rounds == 0)
        self.report = candidate_report(self._db, self.election_id)
        for c in self.report.candidates:
            marks = "、".join(x for x in (c.gender, c.employer, self.tr("一线") if c.frontline else "",
                                         self.tr("劳模") if c.model_worker else "") if x)
            item = QListWidgetItem(f"{c.position}. {c.name}　{marks}")
            item.setData(MEMBER_ID, c.member_id)
            self.candidates.addItem(item)
        locked = self.tr("（已开始计票，候选人不能再修改）") if e.rounds else ""
        self.heading.setText(self.tr("应选 {0} 名，候选人 {1} 名").format(e.seats, len(self.report.candidates)) + locked)
        lines = [("ok" if self.report.margin.ok else "warn", self.report.margin.message)]
        lines += [("ok" if c.ok else "warn", c.message) for c in self.report.composition]
        self.checks.set_lines(lines)
        self.chart.set_lines(self.report.composition)

    def member_ids(self) -> list[int]:
        return [c.member_id for c in (self.report.candidates if self.report else []) if c.member_id is not None]

    def _save(self, ids: list[int]) -> None:
        election_id = self.election_id
        if election_id is None:
            return
        run_op(self, lambda: set_candidates(self._db, election_id, ids), touches={"election"},
               title=self.tr("不能修改候选人"), success=lambda _r: self._saved())

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()

    def add(self, ids: list[int]) -> None:
        current = self.member_ids()
        self._save(current + [i for i in ids if i not in current])

    def remove_selected(self) -> None:
        gone = {i.data(MEMBER_ID) for i in self.candidates.selectedItems()}
        if gone:
            self._save([i for i in self.member_ids() if i not in gone])


__all__ = ["CandidatesPanel", "SetupPanel"]
