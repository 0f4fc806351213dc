"""Editing the union's profile after it was created (employee counts change every year)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from unionbook.errors import ValidationError
from unionbook.services.union.profile import get_profile, save_profile
from unionbook.store import Database
from unionbook.ui.kit.forms import ask_discard, set_optional_date, snapshot
from unionbook.ui.kit.ops import run_op
from unionbook.ui.union.welcome import UnionPage, union_error_text


class ProfileDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("工会信息"))
        self.setMinimumWidth(560)
        self.form = UnionPage()
        self.form.setTitle("")
        self.form.setSubTitle("")
        p = get_profile(db)
        self.form.name.setText(p.name)
        self.form.uscc.setText(p.uscc)
        self.form.uscc_note.setText(p.uscc_note)
        self.form.kind.setCurrentIndex(max(0, self.form.kind.findData(p.kind)))
        self.form.parent_union.setText(p.parent_union)
        set_optional_date(self.form.founded, p.founding_date)
        self.form.employees.setValue(p.employees)
        self.form.contact.setText(p.contact_person)
        self._extra = {"women_employees": p.women_employees, "migrant_employees": p.migrant_employees,
                       "address": p.address, "contact_phone": p.contact_phone}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        f = self.form
        self._fields = [f.name, f.uscc, f.uscc_note, f.kind, f.parent_union, f.founded, f.employees, f.contact]
        self._saved = snapshot(self._fields)

    def reject(self) -> None:
        if snapshot(self._fields) != self._saved and not ask_discard(self, self.windowTitle()):
            return
        super().reject()

    def save(self) -> None:
        data = self.form.data()
        for key, value in self._extra.items():
            setattr(data, key, value)
        note = self.form.uscc_note.text()
        run_op(self, lambda: save_profile(self._db, data, uscc_note=note), touches={"union"},
               inline=lambda exc: self.form.message.setText(
                   union_error_text(exc) if isinstance(exc, ValidationError) else exc.message), success=lambda _r: self.accept())
