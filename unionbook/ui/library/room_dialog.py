"""书屋设置: the room's area, staff, opening hours, periodicals, digital-reading platform and written lending rules
(services/library/room.py decides what is acceptable; the standard check reads them)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from unionbook.errors import UnionBookError, ValidationError
from unionbook.services.library.figures import level_in_force, standard
from unionbook.services.library.room import get_room, set_room
from unionbook.store import Database
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.ops import run_op


class RoomDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.saved = False
        self.setWindowTitle(self.tr("书屋设置"))
        self.setMinimumWidth(560)
        room = get_room(db)
        self.area = QLineEdit("" if room.area_m2 is None else str(room.area_m2))
        self.area.setPlaceholderText(self.tr("整数，如 40"))
        self.staff = QLineEdit(room.staff)
        self.staff.setPlaceholderText(self.tr("姓名，多人用顿号分隔"))
        self.hours = QLineEdit(room.opening_hours)
        self.hours.setPlaceholderText(self.tr("如 周一至周五 12:00–13:30"))
        self.periodicals = QLineEdit("" if room.periodicals is None else str(room.periodicals))
        self.periodicals.setPlaceholderText(self.tr("今年订阅的报刊种数"))
        self.platform = QLineEdit(room.digital_platform)
        self.platform.setPlaceholderText(self.tr("如 电子职工书屋；没有则留空"))
        self.rules = QPlainTextEdit(room.lending_rules)
        self.rules.setPlaceholderText(self.tr("借阅制度全文（已上墙的书面制度）；没有则留空"))
        self.rules.setTabChangesFocus(True)
        self.rules.setMinimumHeight(120)
        form = QFormLayout()
        for label, widget in ((self.tr("面积（平方米）"), self.area), (self.tr("管理员"), self.staff),
                              (self.tr("开放时间"), self.hours), (self.tr("订阅期刊（种）"), self.periodicals),
                              (self.tr("数字阅读平台"), self.platform), (self.tr("借阅制度"), self.rules)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        # what the level in force checks is the service's to say (services/library/figures.Standard.scope)
        note = QLabel(tr_core(standard(level_in_force(db)).scope))
        note.setAccessibleName(self.tr("达标检查范围"))
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("设置提示"))
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        values = {"area_m2": self.area.text(), "staff": self.staff.text(), "opening_hours": self.hours.text(),
                  "periodicals": self.periodicals.text(), "digital_platform": self.platform.text(),
                  "lending_rules": self.rules.toPlainText()}
        run_op(self, lambda: set_room(self._db, **values), touches={"library_setting"}, inline=self._refused,
               success=lambda _r: self._saved())

    def _refused(self, exc: UnionBookError) -> None:
        problems = exc.problems if isinstance(exc, ValidationError) else []
        self.message.setText("\n".join(p.text() for p in problems) or exc.message)

    def _saved(self) -> None:
        self.saved = True
        self.accept()
