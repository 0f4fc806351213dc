"""Recording a term of office by hand: the body, when it started, how many years, and who holds which place
(for a committee elected before UnionBook was used; an election's result is recorded from the workbench)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionbook.services.elections.terms import ROLES, TERM_BODIES, HolderDraft, TermDraft, start_term
from unionbook.services.members.records import get_member
from unionbook.services.rules.in_force import rules_in_force
from unionbook.store import Database
from unionbook.ui.elections.widgets import MemberPicker
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.ops import run_op

HOLDER = 0x0100 + 10  # Qt.UserRole + 10: (member id, role) of a holder row


class TermDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.term_id: int | None = None
        self.setWindowTitle(self.tr("登记任期"))
        self.resize(760, 520)
        self.body = QComboBox()
        for key, label in TERM_BODIES.items():
            self.body.addItem(tr_core(label), key)
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.years = QComboBox()
        for y in rules_in_force(db)["election.term_years"]:
            self.years.addItem(self.tr("{0} 年").format(y), y)
        self.number = QSpinBox()
        self.number.setRange(0, 99)
        self.number.setSpecialValueText(self.tr("（不填）"))
        self.role = QComboBox()
        self.picker = MemberPicker(db, self.tr("按所选职务加入 →"))
        self.picker.picked.connect(self.add_holders)
        self.holders = QListWidget()
        self.remove_button = QPushButton(self.tr("移出所选"))
        self.remove_button.clicked.connect(self.remove_selected)
        form = QFormLayout()
        form.addRow(self.tr("机构"), self.body)
        form.addRow(self.tr("第几届"), self.number)
        form.addRow(self.tr("任期开始"), self.start)
        form.addRow(self.tr("任期"), self.years)
        form.addRow(self.tr("职务"), self.role)
        pick_box = QGroupBox(self.tr("从会员名册选择"))
        QVBoxLayout(pick_box).addWidget(self.picker)
        list_box = QGroupBox(self.tr("组成人员"))
        ll = QVBoxLayout(list_box)
        ll.addWidget(self.holders)
        ll.addWidget(self.remove_button)
        people = QHBoxLayout()
        people.addWidget(pick_box)
        people.addWidget(list_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(people, 1)
        layout.addWidget(buttons)
        self.body.currentIndexChanged.connect(self._roles)
        self._roles()

    def _roles(self) -> None:
        self.role.clear()
        for key, label in ROLES[self.body.currentData()].items():
            self.role.addItem(tr_core(label), key)
        self.role.setCurrentIndex(self.role.count() - 1)
        self.holders.clear()

    def add_holders(self, ids: list[int]) -> None:
        have = {self.holders.item(i).data(HOLDER)[0] for i in range(self.holders.count())}
        for mid in ids:
            if mid in have:
                continue
            m = get_member(self._db, mid)
            item = QListWidgetItem(f"{self.role.currentText()}　{m.name}")
            item.setData(HOLDER, (mid, self.role.currentData()))
            self.holders.addItem(item)

    def remove_selected(self) -> None:
        for item in self.holders.selectedItems():
            self.holders.takeItem(self.holders.row(item))

    def draft(self) -> TermDraft:
        d = self.start.date()
        holders = tuple(HolderDraft(member_id=self.holders.item(i).data(HOLDER)[0],
                                    role=self.holders.item(i).data(HOLDER)[1]) for i in range(self.holders.count()))
        return TermDraft(self.body.currentData(), dt.date(d.year(), d.month(), d.day()), self.years.currentData(),
                         holders, number=self.number.value() or None)

    def save(self) -> None:
        draft = self.draft()
        run_op(self, lambda: start_term(self._db, draft), touches={"term"}, title=self.tr("不能登记任期"),
               success=self._started)

    def _started(self, term: Any) -> None:
        self.term_id = term.id
        self.accept()
