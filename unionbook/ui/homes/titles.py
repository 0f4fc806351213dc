"""The titles held (模范职工之家 …): add, list with their review dates, withdraw (摘牌); reviews due soon on top."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionbook.errors import UnionBookError
from unionbook.services.homes.titles import (
    LEVELS,
    add_title,
    list_titles,
    parse_date,
    reviews_due,
    withdraw_title,
)
from unionbook.store import Database
from unionbook.ui.kit.ops import run_op

TOUCHES = {"home_title"}


class TitlesTab(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.reminder = QLabel()
        self.reminder.setAccessibleName(self.tr("复查提醒"))
        self.reminder.setWordWrap(True)
        headers = [self.tr("编号"), self.tr("称号"), self.tr("单位"), self.tr("级别"), self.tr("授予机关"),
                   self.tr("文件号"), self.tr("年度"), self.tr("下次复查"), self.tr("状态")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("已获称号"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("如：模范职工之家"))
        self.level = QComboBox()
        self.level.addItems(list(LEVELS))
        self.year = QSpinBox()
        self.year.setRange(1950, 2100)
        self.year.setValue(dt.date.today().year)
        self.body = QLineEdit()
        self.doc = QLineEdit()
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("职工小家所属单位或班组；本会不填"))
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("2027-06-30（可不填）"))
        self.reason = QLineEdit()
        self.withdraw_on = QLineEdit(dt.date.today().isoformat())
        form = QGridLayout()
        fields = [(self.tr("称号"), self.title), (self.tr("级别"), self.level), (self.tr("授予年度"), self.year),
                  (self.tr("授予机关"), self.body), (self.tr("文件号"), self.doc), (self.tr("下次复查日期"), self.due),
                  (self.tr("职工小家"), self.unit)]
        for n, (label, widget) in enumerate(fields):
            widget.setAccessibleName(label)
            form.addWidget(QLabel(label), n // 4, (n % 4) * 2)
            form.addWidget(widget, n // 4, (n % 4) * 2 + 1)
        add = QPushButton(self.tr("登记称号"))
        add.clicked.connect(self.add)
        form.addWidget(add, 1, 7)
        self.reason.setAccessibleName(self.tr("摘牌原因"))
        self.withdraw_on.setAccessibleName(self.tr("摘牌日期"))
        withdraw = QPushButton(self.tr("对选中的称号摘牌"))
        withdraw.clicked.connect(self.withdraw)
        form.addWidget(QLabel(self.tr("摘牌日期")), 2, 0)
        form.addWidget(self.withdraw_on, 2, 1)
        form.addWidget(QLabel(self.tr("摘牌原因")), 2, 2)
        form.addWidget(self.reason, 2, 3, 1, 3)
        form.addWidget(withdraw, 2, 7)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("称号提示"))
        self.message.setStyleSheet("color: #a33;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        due = reviews_due(self.db)
        self.reminder.setText(
            self.tr("90 天内需复查：") + "；".join(f"{t.title}（{t.review_due}）" for t in due) if due
            else self.tr("90 天内没有需要复查的称号。"))
        titles = list_titles(self.db)
        self.table.setRowCount(len(titles))
        for r, t in enumerate(titles):
            state = (self.tr("已摘牌 {0}：{1}").format(t.withdrawn_on, t.withdrawn_reason) if t.withdrawn_on
                     else self.tr("保持"))
            cells = [str(t.id), t.title, t.unit or self.tr("本会"), t.level, t.awarded_by, t.doc_number, str(t.year),
                     t.review_due.isoformat() if t.review_due else "", state]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _inline(self, error: UnionBookError) -> None:
        self.message.setText(error.message)

    def add(self) -> None:
        values = dict(title=self.title.text(), level=self.level.currentText(), year=self.year.value(),
                      awarded_by=self.body.text(), doc_number=self.doc.text(), unit=self.unit.text())
        due = self.due.text()
        self.message.clear()
        run_op(self, lambda: add_title(self.db, review_due=parse_date(due, "review_due"), **values),  # type: ignore[arg-type]
               touches=TOUCHES, inline=self._inline)

    def withdraw(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("请先在表中选择要摘牌的称号"))
            return
        title_id = int(self.table.item(rows[0].row(), 0).text())
        on, reason = self.withdraw_on.text(), self.reason.text()
        self.message.clear()
        run_op(self, lambda: withdraw_title(self.db, title_id, on=parse_date(on, "withdrawn_on") or dt.date.today(),
                                            reason=reason), touches=TOUCHES, inline=self._inline)
