"""The member editor: the real-name fields, keyboard first (Enter moves on, Ctrl+S saves)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from unionbook.domain.fields import MEMBER
from unionbook.domain.ids import IdNumberError, parse_resident_id
from unionbook.domain.member import ETHNICITIES, Event, MemberDraft
from unionbook.errors import ConflictError, FieldProblem, UnionBookError, ValidationError
from unionbook.services.members import records as member_service
from unionbook.services.union.profile import employer_names
from unionbook.store import Database
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.forms import ask_discard, name_fields, snapshot
from unionbook.ui.kit.ops import run_op

_L = MEMBER.labels()  # the labels of the member field specs (domain/fields.py)


def parse_date_text(text: str) -> dt.date | None:
    """Dates as people type them (2019-03-05, 2019.3.5, 2019年3月5日, 20190305), read by the same parser
    as imported spreadsheets. Raises ValueError with a Chinese message."""
    from unionbook.exchange.values import parse_date

    value, _warning = parse_date(text.strip() or None)
    return value


class _EnterMovesOn(QObject):
    """Enter in a line edit or combo box moves to the next field, as in the paper form's order."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()  # type: ignore[attr-defined]
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):  # type: ignore[attr-defined]
            if isinstance(obj, QComboBox) and obj.view().isVisible():
                return False  # Enter picks from an open list
            dialog = self.parent()
            if isinstance(dialog, QWidget):
                dialog.focusNextChild()
            return True
        return False


def _combo(items: tuple[str, ...] | list[str], *, editable: bool = False, blank: bool = True) -> QComboBox:
    box = QComboBox()
    if blank:
        box.addItem("", "")
    for item in items:
        box.addItem(tr_core(item), item)
    box.setEditable(editable)
    if editable:
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return box


def _combo_value(box: QComboBox) -> str:
    if box.isEditable():
        text = box.currentText().strip()
        index = box.findText(text)
        return box.itemData(index) if index >= 0 and box.itemData(index) is not None else text
    return box.currentData() or ""


def _set_combo(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)
    elif box.isEditable():
        box.setEditText(value)


class MemberDialog(QDialog):
    """Add (member_id None) or edit a member. After accept(), `member_id` is the saved member."""

    def __init__(self, db: Database, member_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.member_id = member_id
        self.warnings: list[FieldProblem] = []
        self.setWindowTitle(self.tr("新增会员") if member_id is None else self.tr("编辑会员"))
        self.setMinimumWidth(720)

        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(24)
        self.id_number.setPlaceholderText(self.tr("18位身份证号，15位旧号将自动转换"))
        self.derived = QLabel()
        self.derived.setObjectName("derived")
        # a long remark about the ID wraps inside its column instead of widening it (the columns would jump)
        self.derived.setWordWrap(True)
        self.derived.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.ethnicity = _combo(ETHNICITIES, editable=True, blank=False)
        self.phone = QLineEdit()
        self.employer = QComboBox()
        self.employer.setEditable(True)
        self.employer.addItems([name for _, name in employer_names(db)])
        self.employer.setCurrentIndex(-1)
        self.employer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.job = QLineEdit()
        self.education = _combo(MEMBER["education"].choices())
        self.political = _combo(MEMBER["political_status"].choices())
        self.household = _combo(MEMBER["household_type"].choices())
        self.employment = _combo(MEMBER["employment_form"].choices(), blank=False)
        self.group = _combo(MEMBER["group"].choices())
        self.migrant = QCheckBox(tr_core(_L["migrant_worker"]))
        self.frontline = QCheckBox(tr_core(_L["frontline"]))
        self.model_worker = QCheckBox(tr_core(_L["model_worker"]))
        self.hardship = QCheckBox(tr_core(_L["hardship"]))
        self.card = QLineEdit()
        self.join_date = QLineEdit()
        self.join_date.setPlaceholderText(self.tr("如 2019-03-05"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.notes.setTabChangesFocus(True)

        self.entry = QComboBox()
        self.entry.addItem(tr_core(Event.JOIN.label), Event.JOIN.value)
        self.entry.addItem(tr_core(Event.TRANSFER_IN.label), Event.TRANSFER_IN.value)
        self.from_union = QLineEdit()
        self.from_union.setPlaceholderText(self.tr("转入时填写原工会"))
        self.doc_ref = QLineEdit()
        self.doc_ref.setPlaceholderText(self.tr("介绍信编号或文号"))

        person = QGroupBox(self.tr("基本信息"))
        f1 = QFormLayout(person)
        f1.addRow(tr_core(_L["name"]) + " *", self.name)
        f1.addRow(tr_core(_L["id_number"]) + " *", self.id_number)
        f1.addRow("", self.derived)
        f1.addRow(tr_core(_L["ethnicity"]), self.ethnicity)
        f1.addRow(tr_core(_L["phone"]), self.phone)
        f1.addRow(tr_core(_L["education"]), self.education)
        f1.addRow(tr_core(_L["political_status"]), self.political)
        f1.addRow(tr_core(_L["household_type"]), self.household)

        work = QGroupBox(self.tr("工作与会籍"))
        f2 = QFormLayout(work)
        f2.addRow(tr_core(_L["employer"]), self.employer)
        f2.addRow(tr_core(_L["job"]), self.job)
        f2.addRow(tr_core(_L["employment_form"]), self.employment)
        f2.addRow(tr_core(_L["group"]), self.group)
        flags = QGridLayout()
        flags.addWidget(self.migrant, 0, 0)
        flags.addWidget(self.frontline, 0, 1)
        flags.addWidget(self.model_worker, 1, 0)
        flags.addWidget(self.hardship, 1, 1)
        f2.addRow(self.tr("标记"), flags)
        f2.addRow(tr_core(_L["card_number"]), self.card)
        f2.addRow(tr_core(_L["join_date"]), self.join_date)
        if member_id is not None:
            # 会费交至: read only, from the dues area (the transfer letter takes it from the same place)
            from unionbook.services.dues.dues import member_paid_through

            through = member_paid_through(db, member_id)
            self.paid_through = QLabel(through.label if through else self.tr("尚无交费记录"))
            self.paid_through.setAccessibleName(self.tr("会费交至"))
            self.paid_through.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            f2.addRow(self.tr("会费交至"), self.paid_through)
        if member_id is None:
            f2.addRow(self.tr("登记方式"), self.entry)
            f2.addRow(self.tr("原工会"), self.from_union)
            f2.addRow(self.tr("文号"), self.doc_ref)

        columns = QHBoxLayout()
        columns.addWidget(person, 1)
        columns.addWidget(work, 1)
        for box in (person, work):
            box.setMinimumWidth(330)

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        # the message's room is kept even when empty and it never widens the dialog: showing an error must
        # not make the fields jump under the typist's eyes
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.message.setFixedHeight(self.message.fontMetrics().lineSpacing() * 2 + 4)
        self._failed_field: QWidget | None = None

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存 (Ctrl+S)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)

        notes_row = QFormLayout()
        notes_row.addRow(self.tr("备注"), self.notes)
        for form in (f1, f2, notes_row):
            name_fields(form)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(notes_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self._enter = _EnterMovesOn(self)
        for w in (self.name, self.id_number, self.phone, self.job, self.card, self.join_date, self.from_union,
                  self.doc_ref, self.ethnicity, self.employer, self.education, self.political, self.household,
                  self.employment, self.group, self.entry):
            w.installEventFilter(self._enter)
        self.id_number.textChanged.connect(self._show_derived)
        self.entry.currentIndexChanged.connect(self._entry_changed)
        self._entry_changed()

        if member_id is not None:
            self._load(member_service.get_member(db, member_id))
        self._fields: list[QWidget] = [
            self.name, self.id_number, self.ethnicity, self.phone, self.employer, self.job, self.education,
            self.political, self.household, self.employment, self.group, self.migrant, self.frontline,
            self.model_worker, self.hardship, self.card, self.join_date, self.notes, self.entry, self.from_union,
            self.doc_ref]
        self._clean_state = snapshot(self._fields)
        for w in (self.name, self.id_number, self.phone, self.card, self.join_date):
            w.textEdited.connect(lambda _t, w=w: self._edited(w))
        self.name.setFocus()

    def _edited(self, widget: QWidget) -> None:
        """The error about a field goes as soon as that field is changed."""
        if widget is self._failed_field:
            self._failed_field = None
            self.message.clear()

    def has_unsaved_edits(self) -> bool:
        return snapshot(self._fields) != self._clean_state

    def reject(self) -> None:
        """Esc or 取消: typed work is thrown away only when the user says so."""
        if self.has_unsaved_edits() and not ask_discard(self, self.windowTitle()):
            return
        super().reject()

    def _entry_changed(self) -> None:
        transfer = self.entry.currentData() == Event.TRANSFER_IN.value
        self.from_union.setEnabled(transfer)

    def _load(self, m: member_service.MemberView) -> None:
        self.name.setText(m.name)
        self.id_number.setText(m.id_number)  # whole only here, in the editor
        _set_combo(self.ethnicity, m.ethnicity)
        self.phone.setText(m.phone)
        self.employer.setEditText(m.employer)
        self.job.setText(m.job)
        _set_combo(self.education, m.education)
        _set_combo(self.political, m.political_status)
        _set_combo(self.household, m.household_type)
        _set_combo(self.employment, m.employment_form)
        _set_combo(self.group, m.group)
        self.migrant.setChecked(m.migrant_worker)
        self.frontline.setChecked(m.frontline)
        self.model_worker.setChecked(m.model_worker)
        self.hardship.setChecked(m.hardship)
        self.card.setText(m.card_number)
        self.join_date.setText(m.join_date.isoformat() if m.join_date else "")
        self.notes.setPlainText(m.notes)

    def _show_derived(self) -> None:
        text = self.id_number.text().strip()
        if len(text.replace(" ", "")) < 15:
            self.derived.setText("")
            return
        try:
            rid = parse_resident_id(text)
        except IdNumberError as exc:
            self.derived.setText(f"<span style='color:#b3261e'>{exc}</span>")
            return
        note = self.tr("（由15位旧号转换为 {0}）").format(rid.number) if rid.converted_from else ""
        self.derived.setText(self.tr("性别：{0}　出生日期：{1}").format(tr_core(rid.gender), rid.birth_date.isoformat())
                             + note)

    def draft(self) -> MemberDraft:
        return MemberDraft(
            name=self.name.text(), id_number=self.id_number.text(), ethnicity=_combo_value(self.ethnicity),
            phone=self.phone.text(), employer=self.employer.currentText(), job=self.job.text(),
            education=_combo_value(self.education), political_status=_combo_value(self.political),
            household_type=_combo_value(self.household), employment_form=_combo_value(self.employment),
            migrant_worker=self.migrant.isChecked(), group=_combo_value(self.group),
            frontline=self.frontline.isChecked(), model_worker=self.model_worker.isChecked(),
            hardship=self.hardship.isChecked(), card_number=self.card.text(),
            join_date=None, notes=self.notes.toPlainText(),
        )

    def _fail(self, message: str, field: str | None = None) -> None:
        self.message.setText(message)
        widget = {"name": self.name, "id_number": self.id_number, "phone": self.phone, "card_number": self.card,
                  "join_date": self.join_date, "ethnicity": self.ethnicity}.get(field or "")
        self._failed_field = widget
        if widget is not None:
            widget.setFocus()

    def save(self) -> None:
        draft = self.draft()
        try:
            draft.join_date = parse_date_text(self.join_date.text())
        except ValueError as exc:
            self._fail(tr_core(_L["join_date"]) + "：" + str(exc), "join_date")
            return
        if self.member_id is None:
            event, other, doc = Event(self.entry.currentData()), self.from_union.text(), self.doc_ref.text()
            run_op(self, lambda: member_service.add_member(self._db, draft, event=event, other_union=other,
                                                           doc_ref=doc),
                   touches={"member"}, inline=self._refused, success=self._added)
        else:
            member_id = self.member_id
            run_op(self, lambda: member_service.update_member(self._db, member_id, draft), touches={"member"},
                   inline=self._refused, success=lambda result: self._saved(result[1]))

    def _refused(self, exc: UnionBookError) -> None:
        if isinstance(exc, ValidationError):
            first = exc.problems[0].field if exc.problems else None
            self._fail("\n".join([p.text() for p in exc.problems] or [exc.message]), first)
        elif isinstance(exc, ConflictError):
            self._fail(exc.message, exc.details.get("field"))
        else:
            self._fail(exc.message)

    def _added(self, result: Any) -> None:
        self.member_id = result.member_id
        self._saved(result.warnings)

    def _saved(self, warnings: Any) -> None:
        self.warnings = warnings
        self._clean_state = snapshot(self._fields)
        if self.warnings:
            QMessageBox.information(self, self.tr("已保存，请注意"), "\n".join(w.text() for w in self.warnings))
        self.accept()

    def keyPressEvent(self, event: Any) -> None:
        # Enter must not close the dialog (it moves between fields); Esc still cancels
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            return
        super().keyPressEvent(event)
