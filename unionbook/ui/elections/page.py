"""The election workbench: the sitting bodies and their terms, the elections, and for the one chosen the
steps in order — set up, candidates, papers, counting, result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionbook.jobs import Progress
from unionbook.services.elections.papers import PAPERS, election_paper
from unionbook.services.elections.setup import candidate_report, delete_election, get_election, list_elections
from unionbook.services.elections.terms import list_terms, term_warnings
from unionbook.store import Database
from unionbook.ui.elections.count_panel import CountPanel, ResultPanel
from unionbook.ui.elections.setup_panel import CandidatesPanel, SetupPanel
from unionbook.ui.elections.term_dialog import TermDialog
from unionbook.ui.forms.pdf_preview import preview_pdf
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.ops import run_op
from unionbook.ui.kit.pages import AreaPage
from unionbook.ui.kit.record_list import RecordList

ELECTION_ID = Qt.ItemDataRole.UserRole + 1
TAB_SETUP, TAB_CANDIDATES, TAB_PAPERS, TAB_COUNT, TAB_RESULT = range(5)


def papers_dir(db: Database) -> Path:
    """Where a union's election and meeting papers go: a folder beside its database (as its backups are), so
    that two unions' "election 1" never overwrite each other and the chair finds them with the file."""
    return db.path.with_name(db.path.stem + ".papers")


class TermsPanel(QGroupBox):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("现任机构与任期"), parent)
        self._db = db
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.add_button = QPushButton(self.tr("登记任期…"))
        self.add_button.clicked.connect(self.add_term)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.add_button)
        self.refresh()

    def refresh(self) -> None:
        terms = list_terms(self._db, current_only=True)
        warnings = {w.body: w for w in term_warnings(self._db)}
        lines = []
        for t in terms:
            head = [h for h in t.holders if h.role in ("chair", "director")]
            who = "、".join(f"{h.role_label}{h.name}" for h in head) or self.tr("{0} 人").format(len(t.holders))
            line = self.tr("<b>{0}</b>：{1} 至 {2}，{3}").format(tr_core(t.body_label), t.start_date.isoformat(),
                                                               t.end_date.isoformat(), who)
            if t.body in warnings:
                line += f'<br><span style="color:#b3261e">！ {warnings[t.body].message}</span>'
            lines.append(line)
        self.text.setText("<br>".join(lines) or self.tr("尚未登记任期。登记后，首页会在任期届满前六个月提醒换届。"))

    def add_term(self) -> None:
        TermDialog(self._db, self).exec()  # its op announces the new term: the page reads the terms again


class PapersPanel(QWidget):
    """The papers of the chosen election through the documents engine, opened in the preview to print."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.election_id: int | None = None
        self.show_pdf: Any = preview_pdf  # replaced in tests by a plain function
        self.last_paper: Path | None = None
        self.copies = QSpinBox()
        self.copies.setRange(1, 1_000_000)
        self.boxes = QLineEdit(self.tr("第1号票箱"))
        self.boxes.setPlaceholderText(self.tr("票箱名称，用顿号分开"))
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        hints = {
            "procedure": self.tr("按现行规则生成，提交大会通过"),
            "candidates": self.tr("按姓氏笔画为序"),
            "ballots": self.tr("每名选举人一张，不编号（无记名投票）；下一轮的候选人"),
            "tally": self.tr("每个票箱一张"),
            "report": self.tr("计票结束后报上一级工会审批"),
            "request": self.tr("选举前报同级党组织和上一级工会"),
            "candidates_request": self.tr("候选人建议人选，报同级党组织和上一级工会审查"),
            "signin": self.tr("选举人签到和领票签名（含会员证号）"),
        }
        for kind, (_name, title) in PAPERS.items():
            row = QHBoxLayout()
            button = QPushButton(tr_core(title))
            button.setMinimumWidth(140)
            button.clicked.connect(lambda _c=False, k=kind: self.make(k))
            self.buttons[kind] = button
            row.addWidget(button)
            if kind == "ballots":
                row.addWidget(QLabel(self.tr("份数")))
                row.addWidget(self.copies)
            if kind == "tally":
                row.addWidget(QLabel(self.tr("票箱")))
                row.addWidget(self.boxes, 1)
            row.addWidget(QLabel(hints[kind]), 1)
            layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def set_election(self, election_id: int | None) -> None:
        self.election_id = election_id
        self.setEnabled(election_id is not None)
        if election_id is not None:
            self.copies.setValue(max(1, get_election(self._db, election_id).entitled))

    def _out(self, kind: str) -> Path:
        folder = papers_dir(self._db)
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"election-{self.election_id}-{kind}.pdf"

    def make(self, kind: str) -> None:
        if self.election_id is None:
            return
        if kind == "ballots" and not self._confirm_ballots():
            return
        out = self._out(kind)
        election_id = self.election_id
        boxes = [b for b in self.boxes.text().replace("，", "、").replace(",", "、").split("、") if b.strip()]
        copies = self.copies.value()
        title = tr_core(PAPERS[kind][1])

        def work(progress: Progress) -> Path:
            return election_paper(self._db, election_id, kind, out, boxes=boxes, copies=copies,
                                  progress=progress).path

        def done(path: Path) -> None:
            self.last_paper = path
            self.status.setText(self.tr("已生成：{0}").format(path))
            self.show_pdf(self, self.last_paper, title=title)

        run_op(self, work, touches=(), long=True, label=self.tr("正在生成{0}…").format(title),
               title=self.tr("未能生成{0}").format(title), success=done)

    def _confirm_ballots(self) -> bool:
        assert self.election_id is not None
        report = candidate_report(self._db, self.election_id)
        if not report.warnings:
            return True
        answer = QMessageBox.question(
            self, self.tr("印制选票前请核对"),
            self.tr("候选人尚有以下问题：\n{0}\n\n仍要印制选票吗？").format("\n".join(report.warnings)))
        return answer == QMessageBox.StandardButton.Yes


class ElectionPage(AreaPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.terms = TermsPanel(db)
        list_box = RecordList(self.tr("选举"), self.tr("新建选举"), self.tr("删除选举"))
        self.elections = list_box.list
        self.new_button, self.delete_button = list_box.new_button, list_box.delete_button
        self.elections.setObjectName("electionList")
        self.new_button.clicked.connect(self.new_election)
        self.delete_button.clicked.connect(self.delete_current)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.terms)
        ll.addWidget(list_box, 1)

        self.header = QLabel()
        self.header.setObjectName("electionHeader")
        self.header.setWordWrap(True)
        self.setup = SetupPanel(db)
        self.candidates = CandidatesPanel(db)
        self.papers = PapersPanel(db)
        self.count = CountPanel(db)
        self.result = ResultPanel(db)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.setup, self.tr("1 设立选举"))
        self.tabs.addTab(self.candidates, self.tr("2 候选人"))
        self.tabs.addTab(self.papers, self.tr("3 选举文书"))
        self.tabs.addTab(self.count, self.tr("4 计票"))
        self.tabs.addTab(self.result, self.tr("5 选举结果"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.header)
        rl.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.elections.currentItemChanged.connect(lambda _c, _p: self._select(self.current_id()))
        self.setup.created.connect(self._created)
        self.candidates.changed.connect(self._candidates_changed)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.count.counted.connect(self._counted)
        self.result.next_round_requested.connect(lambda: self.tabs.setCurrentIndex(TAB_COUNT))
        self.reload()

    def on_changed(self, touched: frozenset[str]) -> None:
        if self.concerns(touched, "term", "member", "election"):
            self.terms.refresh()
        if self.concerns(touched, "rules", "meeting"):
            self.setup.reload()  # the term lengths the rules allow, the meetings to hold it at
        if self.concerns(touched, "election", "member", "meeting", "rules"):
            self.reload()

    def current_id(self) -> int | None:
        item = self.elections.currentItem()
        return None if item is None else item.data(ELECTION_ID)

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_id()
        self.elections.blockSignals(True)
        self.elections.clear()
        for e in list_elections(self._db):
            item = QListWidgetItem(self.tr("{0}  {1}\n{2} {3} 名 · {4}").format(
                e.date.isoformat(), e.title, tr_core(e.body_label), e.seats, tr_core(e.status_label)))
            item.setData(ELECTION_ID, e.id)
            self.elections.addItem(item)
            if e.id == keep:
                self.elections.setCurrentItem(item)
        self.elections.blockSignals(False)
        self._select(self.current_id())

    def _select(self, election_id: int | None) -> None:
        for panel in (self.candidates, self.papers, self.count, self.result):
            panel.set_election(election_id)
        self.delete_button.setEnabled(election_id is not None)
        self._update_header()

    def _update_header(self) -> None:
        election_id = self.current_id()
        if election_id is None:
            self.header.setText(self.tr("在左侧选择一次选举，或在“设立选举”中新建。"))
            return
        e = get_election(self._db, election_id)
        self.header.setText(self.tr("<b>{0}</b>　{1}选举{2} {3} 名，选举人 {4} 人，候选人 {5} 名，{6}").format(
            e.title, tr_core(e.assembly_label), tr_core(e.body_label), e.seats, e.entitled, len(e.candidates),
            tr_core(e.status_label)))

    def _candidates_changed(self) -> None:
        self._update_header()
        self.count.refresh()

    def _tab_shown(self, index: int) -> None:
        # a step shows what the steps before it decided
        panel = self.tabs.widget(index)
        if panel in (self.count, self.result, self.candidates):
            panel.refresh()

    def _created(self, election_id: int) -> None:
        self.reload(select=election_id)
        self.tabs.setCurrentIndex(TAB_CANDIDATES)

    def _counted(self, election_id: int) -> None:
        self.reload(select=election_id)
        self.tabs.setCurrentIndex(TAB_RESULT)

    def new_election(self) -> None:
        self.elections.setCurrentItem(None)  # type: ignore[arg-type]
        self.tabs.setCurrentIndex(TAB_SETUP)
        self.setup.title.setFocus()

    def delete_current(self) -> None:
        election_id = self.current_id()
        if election_id is None:
            return
        e = get_election(self._db, election_id)
        answer = QMessageBox.question(self, self.tr("删除选举"), self.tr(
            "删除“{0}”及其候选人和 {1} 轮计票记录？此操作记入变更历史，不能撤销。").format(e.title, e.rounds))
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_op(self, lambda: delete_election(self._db, election_id), touches={"election"})
