"""The tabs of the meetings page (check-in, agenda, votes, elections): their widgets, built once. The page
(ui/meetings/page.py) fills them and owns the slots they are connected to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from unionbook.ui.elections.widgets import MemberPicker
from unionbook.ui.kit.multiline import MultiLineDelegate
from unionbook.ui.meetings.attendees import COL_EMPLOYER, AttendeeModel


class MeetingTabs:
    """Mixed into MeetingPage (a QWidget): `self` is the page."""

    _db: Any
    tr: Any  # QObject.tr of the page: the strings keep their MeetingPage context

    def _attendance_tab(self) -> QWidget:
        self.door = QLineEdit()
        self.door.setPlaceholderText(self.tr("输入或刷会员证号、身份证号后按回车签到"))
        self.door.returnPressed.connect(self.check_in_at_door)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("在名单中查找"))
        self.model = AttendeeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(COL_EMPLOYER, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.mark(True))
        self.present_button = QPushButton(self.tr("签到"))
        self.present_button.clicked.connect(lambda: self.mark(True))
        self.absent_button = QPushButton(self.tr("取消签到"))
        self.absent_button.clicked.connect(lambda: self.mark(False))
        self.leave_button = QPushButton(self.tr("请假"))
        self.leave_button.clicked.connect(lambda: self.mark(False, leave=True))
        self.all_button = QPushButton(self.tr("全部到会"))
        self.all_button.clicked.connect(self.mark_all)
        self.picker = MemberPicker(self._db, self.tr("加为应到人员"), limit=100)
        self.picker.picked.connect(self.add_expected)
        self.guest = QLineEdit()
        self.guest.setPlaceholderText(self.tr("列席人员姓名（不计入法定人数）"))
        self.guest_button = QPushButton(self.tr("加为列席"))
        self.guest_button.clicked.connect(self.add_guest)
        w = QWidget()
        layout = QHBoxLayout(w)
        main = QVBoxLayout()
        main.addWidget(self.door)
        main.addWidget(self.filter)
        main.addWidget(self.table, 1)
        row = QHBoxLayout()
        for b in (self.present_button, self.absent_button, self.leave_button, self.all_button):
            row.addWidget(b)
        row.addStretch(1)
        main.addLayout(row)
        side = QGroupBox(self.tr("增加人员"))
        sl = QVBoxLayout(side)
        sl.addWidget(self.picker, 1)
        sl.addWidget(self.guest)
        sl.addWidget(self.guest_button)
        layout.addLayout(main, 3)
        layout.addWidget(side, 1)
        return w

    def _agenda_tab(self) -> QWidget:
        self.agenda = QTableWidget(0, 2)
        self.agenda.setAccessibleName(self.tr("议程"))
        self.agenda.setHorizontalHeaderLabels([self.tr("议题"), self.tr("讨论和决定情况（写入纪要）")])
        self.agenda.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.agenda.setColumnWidth(0, 260)
        # one click (or typing) starts editing; the discussion is several lines of text, not a one-line cell
        triggers = QAbstractItemView.EditTrigger
        self.agenda.setEditTriggers(triggers.CurrentChanged | triggers.SelectedClicked | triggers.DoubleClicked
                                    | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.agenda.setWordWrap(True)
        self.agenda.setItemDelegateForColumn(1, MultiLineDelegate(self.agenda))
        self.agenda.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        add = QPushButton(self.tr("增加议题"))
        add.clicked.connect(lambda: self.add_agenda_row(""))
        remove = QPushButton(self.tr("删除所选议题"))
        remove.clicked.connect(lambda: self.agenda.removeRow(self.agenda.currentRow()))
        self.agenda_save = QPushButton(self.tr("保存议程"))
        self.agenda_save.clicked.connect(lambda: self.save_agenda())
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addWidget(self.agenda, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(self.agenda_save)
        layout.addLayout(row)
        return w

    def _resolution_tab(self) -> QWidget:
        self.res_text = QLineEdit()
        self.res_text.setPlaceholderText(self.tr("表决事项，如：通过工会工作报告"))
        self.votes_for, self.votes_against, self.votes_abstain = QSpinBox(), QSpinBox(), QSpinBox()
        for s in (self.votes_for, self.votes_against, self.votes_abstain):
            s.setRange(0, 1_000_000)
        self.res_button = QPushButton(self.tr("记录表决结果"))
        self.res_button.clicked.connect(self.record_resolution)
        self.res_result = QLabel()
        self.res_result.setWordWrap(True)
        self.resolutions = QListWidget()
        remove = QPushButton(self.tr("删除所选表决"))
        remove.clicked.connect(self.remove_resolution)
        form = QFormLayout()
        form.addRow(self.tr("事项"), self.res_text)
        form.addRow(self.tr("赞成"), self.votes_for)
        form.addRow(self.tr("反对"), self.votes_against)
        form.addRow(self.tr("弃权"), self.votes_abstain)
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addLayout(form)
        layout.addWidget(self.res_button)
        layout.addWidget(self.res_result)
        layout.addWidget(self.resolutions, 1)
        layout.addWidget(remove)
        return w

    def _election_tab(self) -> QWidget:
        self.linked = QListWidget()
        self.election_choice = QComboBox()
        link = QPushButton(self.tr("关联到本次会议"))
        link.clicked.connect(self.link_election)
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addWidget(QLabel(self.tr("本次会议上进行的选举（结果写入会议纪要）：")))
        layout.addWidget(self.linked, 1)
        row = QHBoxLayout()
        row.addWidget(self.election_choice, 1)
        row.addWidget(link)
        layout.addLayout(row)
        return w
