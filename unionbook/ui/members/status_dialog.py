"""Membership changes (会籍变动) and the member's full history."""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionbook.domain.member import REASON_REQUIRED, Event, allowed_events
from unionbook.errors import UnionBookError, ValidationError
from unionbook.services.members import records as member_service
from unionbook.store import Database
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.forms import ask_discard, name_fields, snapshot
from unionbook.ui.kit.ops import run_op


class HistoryTable(QTableWidget):
    """A member's history: a handful of rows, so a plain table widget is the right tool here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels([self.tr("日期"), self.tr("事项"), self.tr("状态变为"), self.tr("原因"),
                                        self.tr("对方工会/文号"), self.tr("登记人")])
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(150)

    def show_history(self, events: list[member_service.EventView]) -> None:
        self.setRowCount(len(events))
        for row, e in enumerate(events):
            other = " ".join(x for x in (e.other_union, e.doc_ref) if x)
            for col, text in enumerate((e.date.isoformat(), tr_core(e.event.label), tr_core(e.to_status.label),
                                        e.reason, other, e.recorded_by)):
                self.setItem(row, col, QTableWidgetItem(text))
        self.resizeColumnsToContents()


class StatusDialog(QDialog):
    def __init__(self, db: Database, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.member_id = member_id
        self.applied: Event | None = None  # the event recorded, once accepted
        member = member_service.get_member(db, member_id)
        self.member_name = member.name
        self.setWindowTitle(self.tr("会籍变动：{0}").format(member.name))
        self.setMinimumWidth(640)

        self.current = QLabel(self.tr("当前状态：<b>{0}</b>").format(tr_core(member.status.label)))
        self.event = QComboBox()
        for e in allowed_events(member.status):
            self.event.addItem(tr_core(e.label), e.value)
        # nothing pre-selected: several events cannot be undone (转出, 开除会籍), so the user picks one
        self.event.setPlaceholderText(self.tr("请选择办理事项…"))
        self.event.setCurrentIndex(-1)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate.currentDate())
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(56)
        self.reason.setTabChangesFocus(True)
        self.other_union = QLineEdit()
        self.doc_ref = QLineEdit()
        # books of the 书屋 still out: said before the user confirms (services/library/loans.leaving_warnings)
        self.loans_warning = QLabel()
        self.loans_warning.setAccessibleName(self.tr("借书提醒"))
        self.loans_warning.setStyleSheet("color: #8a5300;")
        self.loans_warning.setWordWrap(True)
        self.loans_warning.hide()
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.history = HistoryTable()
        self.history.show_history(member_service.member_history(db, member_id))

        form = QFormLayout()
        form.addRow(self.current)
        form.addRow(self.tr("办理事项"), self.event)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("原因"), self.reason)
        form.addRow(self.tr("对方工会"), self.other_union)
        form.addRow(self.tr("文号/介绍信编号"), self.doc_ref)
        name_fields(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("办理"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)  # until an event is chosen

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.loans_warning)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("会籍记录（只增不删）")))
        layout.addWidget(self.history)
        layout.addWidget(buttons)
        self.event.currentIndexChanged.connect(self._event_changed)
        self._event_changed()
        self._fields = [self.reason, self.other_union, self.doc_ref]
        self._saved = snapshot(self._fields)

    def reject(self) -> None:
        if snapshot(self._fields) != self._saved and not ask_discard(self, self.windowTitle()):
            return
        super().reject()

    def _event_changed(self) -> None:
        value = self.event.currentData()
        self.ok_button.setEnabled(bool(value))
        if not value:
            self.loans_warning.hide()
            return
        e = Event(value)
        self.other_union.setEnabled(e in (Event.TRANSFER_OUT, Event.TRANSFER_IN))
        hint = self.tr("必填") if e in REASON_REQUIRED else self.tr("选填")
        self.reason.setPlaceholderText(hint)
        warnings = self._warnings(e)
        self.loans_warning.setText("\n".join(warnings))
        self.loans_warning.setVisible(bool(warnings))

    def _warnings(self, event: Event) -> list[str]:
        from unionbook.services.library.loans import leaving_warnings

        return [w.message for w in leaving_warnings(self._db, self.member_id, event)]

    def apply(self) -> None:
        value = self.event.currentData()
        if not value:
            return
        d = self.date.date()
        change = member_service.StatusChange(Event(value), dt.date(d.year(), d.month(), d.day()),
                                             self.reason.toPlainText(), self.doc_ref.text(), self.other_union.text())
        consequence = member_service.ending_consequence(self.member_name, change)
        warnings = self._warnings(change.event)
        if consequence is not None or warnings:
            text = "\n\n".join([*([consequence] if consequence else []), *warnings])
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("确认{0}").format(tr_core(change.event.label)),
                              text + self.tr("\n\n确定办理吗？"), parent=self)
            do = box.addButton(self.tr("确定{0}").format(tr_core(change.event.label)), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("不办理"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(cast(QPushButton, box.buttons()[-1]))
            box.exec()
            if box.clickedButton() is not do:
                return
        run_op(self, lambda: member_service.set_status(self._db, self.member_id, change), touches={"member"},
               inline=self._refused, success=lambda _r: self._applied(change.event))

    def _refused(self, exc: UnionBookError) -> None:
        problems = exc.problems if isinstance(exc, ValidationError) else []
        self.message.setText("\n".join(p.text() for p in problems) or exc.message)

    def _applied(self, event: Event) -> None:
        self.applied = event
        self.accept()
