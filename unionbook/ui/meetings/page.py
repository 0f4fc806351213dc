"""The meetings page: the list of meetings and, for the one chosen, its details, check-in with the quorum
shown live, the agenda, resolutions passed by the rule set, elections held at it, and the papers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionbook.domain.meetings import MEETING_KINDS
from unionbook.jobs import Progress
from unionbook.services.elections.setup import list_elections
from unionbook.services.meetings.papers import meeting_minutes, meeting_signin
from unionbook.services.meetings.records import (
    AttendeeView,
    MeetingDraft,
    MeetingView,
    add_attendees,
    add_guest,
    add_meeting,
    add_resolution,
    check_in,
    check_in_all,
    check_in_member,
    delete_meeting,
    delete_resolution,
    get_meeting,
    link_election,
    list_meetings,
    set_agenda,
    update_meeting,
)
from unionbook.store import Database
from unionbook.ui.elections.page import papers_dir
from unionbook.ui.elections.widgets import OK_COLOR, WARN_COLOR
from unionbook.ui.forms.pdf_preview import preview_pdf
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.forms import ask_save_discard_cancel, name_fields
from unionbook.ui.kit.ops import run_op
from unionbook.ui.kit.pages import AreaPage
from unionbook.ui.kit.record_list import RecordList
from unionbook.ui.meetings.attendees import ATTENDEE_ID
from unionbook.ui.meetings.tabs import MeetingTabs

MEETING_ID = Qt.ItemDataRole.UserRole + 1


class MeetingPage(MeetingTabs, AreaPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.meeting_id: int | None = None
        self.meeting: MeetingView | None = None
        self.show_pdf: Any = preview_pdf  # replaced in tests by a plain function

        left = RecordList(self.tr("会议"), self.tr("新建会议"), self.tr("删除会议"))
        self.list, self.new_button, self.delete_button = left.list, left.new_button, left.delete_button
        self.new_button.clicked.connect(self.new_meeting)
        self.delete_button.clicked.connect(self.delete_current)

        # details
        self.kind = QComboBox()
        for key, label in MEETING_KINDS.items():
            self.kind.addItem(tr_core(label), key)
        self.title = QLineEdit()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.time = QLineEdit()
        self.time.setPlaceholderText(self.tr("如：上午9时"))
        self.place = QLineEdit()
        self.host = QLineEdit()
        self.recorder = QLineEdit()
        self.save_button = QPushButton(self.tr("保存会议"))
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("会议类型"), self.kind)
        form.addRow(self.tr("会议名称"), self.title)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("时间"), self.time)
        form.addRow(self.tr("地点"), self.place)
        form.addRow(self.tr("主持人"), self.host)
        form.addRow(self.tr("记录人"), self.recorder)
        name_fields(form)
        details = QWidget()
        dl = QVBoxLayout(details)
        dl.addLayout(form)
        dl.addWidget(self.save_button)
        dl.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("会议信息"))
        self.tabs.addTab(self._attendance_tab(), self.tr("签到"))
        self.tabs.addTab(self._agenda_tab(), self.tr("议程"))
        self.tabs.addTab(self._resolution_tab(), self.tr("表决"))
        self.tabs.addTab(self._election_tab(), self.tr("选举"))

        self.quorum = QLabel()
        self.quorum.setObjectName("quorumLabel")
        self.quorum.setWordWrap(True)
        self.signin_button = QPushButton(self.tr("签到表"))
        self.signin_button.clicked.connect(lambda: self.paper("signin"))
        self.minutes_button = QPushButton(self.tr("会议纪要"))
        self.minutes_button.clicked.connect(lambda: self.paper("minutes"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.quorum, 1)
        bottom.addWidget(self.signin_button)
        bottom.addWidget(self.minutes_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.tabs, 1)
        rl.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 920])
        QVBoxLayout(self).addWidget(splitter)
        self.list.currentItemChanged.connect(self._meeting_chosen)
        self.reload()

    # ---- loading ----

    def on_changed(self, touched: frozenset[str]) -> None:
        # the list shows who came; the election tab offers the elections; attendees are members
        if self.concerns(touched, "meeting", "resolution", "election", "member", "rules"):
            self.reload()

    def _meeting_chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if previous is not None and not self.confirm_leave():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        self.load(self._current())

    def _current(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(MEETING_ID)

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.meeting_id
        self.list.blockSignals(True)
        self.list.clear()
        for m in list_meetings(self._db):
            item = QListWidgetItem(self._list_text(m.date, m.title, m.kind_label, m.entitled, m.present))
            item.setData(MEETING_ID, m.id)
            self.list.addItem(item)
            if m.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.election_choice.clear()
        for e in list_elections(self._db):
            self.election_choice.addItem(f"{e.date.isoformat()} {e.title}", e.id)
        self.load(self._current())

    def _list_text(self, date: dt.date, title: str, kind_label: str, entitled: int, present: int) -> str:
        return (f"{date.isoformat()}  {title}\n{tr_core(kind_label)} · "
                + self.tr("应到 {0} 实到 {1}").format(entitled, present))

    def load(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.meeting = None if meeting_id is None else get_meeting(self._db, meeting_id)
        m = self.meeting
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, m is not None)
        self.signin_button.setEnabled(m is not None)
        self.minutes_button.setEnabled(m is not None)
        self.delete_button.setEnabled(m is not None)
        if m is None:
            self.model.set_rows([])
            self.quorum.setText(self.tr("新会议：填写会议信息后保存。会员大会默认全体在册会员应到，委员会会议默认现任委员应到。"))
            return
        self.kind.setCurrentIndex(self.kind.findData(m.kind))
        self.title.setText(m.title)
        self.date.setDate(QDate(m.date.year, m.date.month, m.date.day))
        for w, v in ((self.time, m.time), (self.place, m.place), (self.host, m.host), (self.recorder, m.recorder)):
            w.setText(v)
        self.model.set_rows(m.attendees)
        self._show_quorum()
        self.agenda.setRowCount(0)
        for a in m.agenda:
            self.add_agenda_row(a.title, a.record)
        self.resolutions.clear()
        for r in m.resolutions:
            item = QListWidgetItem(f"{r.position}. {r.text}：{r.explanation}")
            item.setData(MEETING_ID, r.id)
            item.setForeground(QColor(OK_COLOR if r.passed else WARN_COLOR))
            self.resolutions.addItem(item)
        self.linked.clear()
        for _eid, title in m.elections:
            self.linked.addItem(title)

    def _show_quorum(self) -> None:
        if self.meeting is None:
            return
        q = self.meeting.quorum
        color = OK_COLOR if q.met else WARN_COLOR
        self.quorum.setText(f'<span style="color:{color};font-weight:bold">{q.message}</span>')

    # ---- actions ----

    def draft(self) -> MeetingDraft:
        d = self.date.date()
        return MeetingDraft(self.kind.currentData(), self.title.text(), dt.date(d.year(), d.month(), d.day()),
                            self.time.text(), self.place.text(), self.host.text(), self.recorder.text())

    def new_meeting(self) -> None:
        self.list.setCurrentItem(None)  # type: ignore[arg-type]
        self.load(None)
        self.title.clear()
        self.tabs.setCurrentIndex(0)
        self.title.setFocus()

    def save(self) -> None:
        draft, meeting_id = self.draft(), self.meeting_id
        if meeting_id is None:
            run_op(self, lambda: add_meeting(self._db, draft), touches={"meeting"}, title=self.tr("未能保存会议"),
                   success=lambda m: self.reload(select=m.id))
        else:
            run_op(self, lambda: update_meeting(self._db, meeting_id, draft), touches={"meeting"},
                   title=self.tr("未能保存会议"))

    def delete_current(self) -> None:
        if self.meeting is None:
            return
        answer = QMessageBox.question(self, self.tr("删除会议"), self.tr("删除会议“{0}”及其签到、议程和表决记录？")
                                      .format(self.meeting.title))
        if answer == QMessageBox.StandardButton.Yes:
            meeting_id = self.meeting.id
            self.meeting_id = None
            if not run_op(self, lambda: delete_meeting(self._db, meeting_id), touches={"meeting"}):
                self.meeting_id = meeting_id

    def _selected_attendees(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.proxy.index(r, 0).data(ATTENDEE_ID) for r in sorted(rows)]

    def mark(self, present: bool, *, leave: bool = False) -> None:
        ids, meeting_id = self._selected_attendees(), self.meeting_id
        if meeting_id is None or not ids:
            return
        run_op(self, lambda: check_in(self._db, meeting_id, ids, present=present, on_leave=leave),
               touches={"meeting"}, title=self.tr("未能签到"))

    def mark_all(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        run_op(self, lambda: check_in_all(self._db, meeting_id), touches={"meeting"}, title=self.tr("未能签到"))

    def check_in_at_door(self) -> None:
        meeting_id, key = self.meeting_id, self.door.text()
        if meeting_id is None or not key.strip():
            return

        def checked(a: AttendeeView) -> None:
            self.door.clear()
            self.quorum.setText(self.quorum.text() + self.tr("　（{0} 已签到）").format(a.name))

        run_op(self, lambda: check_in_member(self._db, meeting_id, key), touches={"meeting"},
               title=self.tr("未能签到"), success=checked)

    def add_expected(self, ids: list[int]) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        run_op(self, lambda: add_attendees(self._db, meeting_id, ids), touches={"meeting"})

    def add_guest(self) -> None:
        meeting_id, name = self.meeting_id, self.guest.text()
        if meeting_id is None:
            return
        run_op(self, lambda: add_guest(self._db, meeting_id, name), touches={"meeting"},
               success=lambda _m: self.guest.clear())

    def add_agenda_row(self, title: str, record: str = "") -> None:
        r = self.agenda.rowCount()
        self.agenda.insertRow(r)
        self.agenda.setItem(r, 0, QTableWidgetItem(title))
        self.agenda.setItem(r, 1, QTableWidgetItem(record))

    def agenda_rows(self) -> list[tuple[str, str]]:
        self.agenda.setCurrentItem(None)  # type: ignore[arg-type]  # commits a cell still being edited
        rows = []
        for r in range(self.agenda.rowCount()):
            title, record = (self.agenda.item(r, c) for c in (0, 1))
            rows.append((title.text() if title else "", record.text() if record else ""))
        return rows

    def has_unsaved_agenda(self) -> bool:
        if self.meeting is None:
            return False
        saved = [(a.title, a.record) for a in self.meeting.agenda]
        return [r for r in self.agenda_rows() if r != ("", "")] != saved

    def confirm_leave(self) -> bool:
        """Before the page or the meeting changes: typed agenda text is saved or dropped as the user says."""
        if not self.has_unsaved_agenda():
            return True
        return ask_save_discard_cancel(self, self.tr("议程"), self.save_agenda)

    def save_agenda(self) -> bool:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return False
        items = self.agenda_rows()
        return run_op(self, lambda: set_agenda(self._db, meeting_id, items), touches={"meeting"},
                      title=self.tr("未能保存议程"))

    def record_resolution(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        text, votes = self.res_text.text(), (self.votes_for.value(), self.votes_against.value(),
                                             self.votes_abstain.value())

        def recorded(r: Any) -> None:
            self.res_text.clear()
            self.res_result.setText(f"{r.text}：{r.explanation}")

        run_op(self, lambda: add_resolution(self._db, meeting_id, text, *votes), touches={"resolution"},
               title=self.tr("未能记录表决"), success=recorded)

    def remove_resolution(self) -> None:
        item, meeting_id = self.resolutions.currentItem(), self.meeting_id
        if meeting_id is None or item is None:
            return
        resolution_id = item.data(MEETING_ID)
        run_op(self, lambda: delete_resolution(self._db, meeting_id, resolution_id), touches={"resolution"})

    def link_election(self) -> None:
        election_id, meeting_id = self.election_choice.currentData(), self.meeting_id
        if meeting_id is None or election_id is None:
            return
        run_op(self, lambda: link_election(self._db, meeting_id, election_id), touches={"meeting", "election"})

    def paper(self, kind: str) -> None:
        """The sign-in sheet or the minutes, rendered in the background like the election papers."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        folder = papers_dir(self._db)
        out = folder / f"meeting-{meeting_id}-{kind}.pdf"
        make = meeting_minutes if kind == "minutes" else meeting_signin

        def work(progress: Progress) -> Any:
            folder.mkdir(parents=True, exist_ok=True)
            return make(self._db, meeting_id, out, progress=progress)

        label = self.tr("正在生成会议纪要…") if kind == "minutes" else self.tr("正在生成签到表…")
        run_op(self, work, touches={"form"} if kind == "signin" else (), long=True, label=label,
               title=self.tr("未能生成文书"), success=lambda r: self.show_pdf(self, Path(r.path), title=tr_core(r.title)))
