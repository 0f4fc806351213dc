"""Form helpers shared by the dialogs: accessible names from the row labels, an optional date, and the
"放弃未保存的修改？" question asked before typed work is thrown away."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

NO_DATE = QDate(1900, 1, 1)  # the minimum of an optional date edit, shown as its special text ("未填写")


def name_fields(form: QFormLayout) -> None:
    """Give each field of a form the accessible name its row label says (without the * of required fields),
    so screen readers and tests find it by what a person reads."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None:
            continue
        text_widget, widget = label.widget(), field.widget()
        if isinstance(text_widget, QLabel) and widget is not None and not widget.accessibleName():
            name = text_widget.text().replace("*", "").replace("&", "").strip().rstrip("：:")
            if name:
                widget.setAccessibleName(name)


def optional_date_edit(empty_text: str) -> QDateEdit:
    """A date edit that starts empty (showing `empty_text`) and stays empty unless a date is chosen: a
    default of "today" would be stored as a fact nobody stated."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDateRange(NO_DATE, QDate.currentDate())
    edit.setSpecialValueText(empty_text)
    edit.setDate(NO_DATE)
    return edit


def optional_date(edit: QDateEdit) -> dt.date | None:
    d = edit.date()
    return None if d == NO_DATE else dt.date(d.year(), d.month(), d.day())


def set_optional_date(edit: QDateEdit, value: dt.date | None) -> None:
    edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))


def snapshot(widgets: list[QWidget]) -> tuple[object, ...]:
    """What the user can see in these fields, to compare before and after: unsaved edits are a difference."""
    values: list[object] = []
    for w in widgets:
        if isinstance(w, QLineEdit):
            values.append(w.text())
        elif isinstance(w, QComboBox):
            values.append(w.currentText())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            values.append(w.toPlainText())
        elif isinstance(w, QDateEdit):
            values.append(w.date().toString("yyyy-MM-dd"))
        elif isinstance(w, QSpinBox):
            values.append(w.value())
        elif isinstance(w, QAbstractButton):
            values.append(w.isChecked())
    return tuple(values)


def ask_discard(parent: QWidget | None, what: str = "") -> bool:
    """True when the user chooses to throw the edits away. The safe answer (the default) keeps them."""
    title = QCoreApplication.translate("forms", "放弃未保存的修改？")
    text = QCoreApplication.translate("forms", "{0}有尚未保存的修改。关闭后这些修改将会丢失。").format(what or "")
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


def ask_save_discard_cancel(parent: QWidget | None, what: str, save: Callable[[], bool]) -> bool:
    """Before leaving a page with unsaved edits: 保存 (then leave if saving worked), 放弃 (leave), or 取消 (stay).
    Returns whether leaving may go ahead."""
    box = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("forms", "放弃未保存的修改？"),
        QCoreApplication.translate("forms", "{0}有尚未保存的修改。要先保存吗？").format(what),
        box.Save | box.Discard | box.Cancel, box.Save)
    if answer == box.Save:
        return save()
    return answer == box.Discard
