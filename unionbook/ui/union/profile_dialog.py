"""Editing the union's profile after it was created (employee counts change every year)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from unionbook.services.union.profile import get_profile, save_profile
from unionbook.store import Database
from unionbook.ui.kit.ops import run_op
from unionbook.ui.union.welcome import UnionPage


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
        if p.founding_date:
            self.form.founded.setDate(QDate(p.founding_date.year, p.founding_date.month, p.founding_date.day))
        self.form.employees.setValue(p.employees)
        self._extra = {"women_employees": p.women_employees, "migrant_employees": p.migrant_employees,
                       "address": p.address, "contact_person": p.contact_person, "contact_phone": p.contact_phone}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        data = self.form.data()
        for key, value in self._extra.items():
            setattr(data, key, value)
        note = self.form.uscc_note.text()
        run_op(self, lambda: save_profile(self._db, data, uscc_note=note), touches={"union"},
               inline=lambda exc: self.form.message.setText(exc.message), success=lambda _r: self.accept())
