"""The 经费 tab: declare an employer's payroll for a period → the 2 % levy, the union's share and the upper
share (always summing to the levy); record money received, refunded and remitted; print the remittance voucher
and an employer's statement; the year's totals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionbook.domain.dues_money import format_amount, format_yuan
from unionbook.services.dues import funds
from unionbook.services.dues.papers import employer_statement, remittance_voucher
from unionbook.store import Database
from unionbook.ui.dues.widgets import (
    TextRows,
    ask_paper_path,
    date_edit,
    date_of,
    employer_combo,
    fill_employers,
    line,
    paper_saved,
    selected_payload,
    table,
)
from unionbook.ui.kit.ops import run_op


class FundsTab(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        today = dt.date.today()
        box = QGroupBox(self.tr("申报工资总额"))
        self.employer = employer_combo(self.tr("申报单位"), [])
        self.period = line(self.tr("期间"), f"{today.year}-{today.month:02d}", self.tr("月如2026-03，季如2026年第1季度"), 150)
        self.payroll = line(self.tr("工资总额"), placeholder=self.tr("全部职工工资总额（元）"), width=180)
        declare = QPushButton(self.tr("申报"))
        declare.setAccessibleName(self.tr("申报"))
        declare.clicked.connect(self._declare)
        settings = QPushButton(self.tr("单位设置…"))
        settings.setAccessibleName(self.tr("单位设置"))
        settings.clicked.connect(self._settings)
        row = QHBoxLayout(box)
        for w in (QLabel(self.tr("单位")), self.employer, QLabel(self.tr("期间")), self.period, QLabel(self.tr("工资总额")),
                  self.payroll, declare, settings):
            row.addWidget(w)
        row.addStretch(1)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("经费计算结果"))

        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("经费年度"))
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.move_date = date_edit(self.tr("往来日期"))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("年度")))
        buttons.addWidget(self.year)
        buttons.addWidget(QLabel(self.tr("日期")))
        buttons.addWidget(self.move_date)
        for text, slot in ((self.tr("收到经费…"), lambda: self._move("received")),
                           (self.tr("上缴上级…"), lambda: self._move("remitted")),
                           (self.tr("上级返还…"), lambda: self._move("refunded")),
                           (self.tr("打印回单…"), self._voucher), (self.tr("单位对账单…"), self._statement)):
            b = QPushButton(text)
            b.setAccessibleName(text.rstrip("…"))
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.model = TextRows([self.tr("期间"), self.tr("单位"), self.tr("工资总额"), self.tr("应拨经费"), self.tr("基层留成"),
                               self.tr("上级部分"), self.tr("已收"), self.tr("已上缴"), self.tr("返还"), self.tr("未收"),
                               self.tr("待上缴")], right=range(2, 11), parent=self)
        self.view = table(self.model, self.tr("经费申报"))
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("经费合计"))
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)

    def reload(self) -> None:
        fill_employers(self.employer, funds.employer_names(self.db))
        lines = funds.declaration_lines(self.db, self.year.value())
        rows = [(x.declaration.period, x.declaration.employer, format_yuan(x.declaration.payroll_fen),
                 format_yuan(x.declaration.levy_fen), format_yuan(x.declaration.retained_fen),
                 format_yuan(x.declaration.upper_fen), format_yuan(x.received_fen), format_yuan(x.remitted_fen),
                 format_yuan(x.refunded_fen), format_yuan(x.outstanding_fen), format_yuan(x.to_remit_fen))
                for x in lines]
        self.model.set_data(rows, lines)
        s = funds.summary(self.db, self.year.value())
        self.totals.setText(self.tr("{0}年：应拨 {1}，基层留成 {2}，上级 {3}，已收 {4}，已上缴 {5}，未收 {6}，待上缴 {7}（元）").format(
            self.year.value(), *(format_yuan(s.total(k)) for k in
                                 ("levy", "retained", "upper", "received", "remitted", "outstanding", "to_remit"))))

    def _declare(self) -> None:
        if self.employer.currentData() is None:
            QMessageBox.information(self, self.tr("申报"), self.tr("请先选择单位。"))
            return
        employer, period, payroll = int(self.employer.currentData()), self.period.text(), self.payroll.text()
        run_op(self, lambda: funds.declare(self.db, employer, period, payroll), touches={"funds_declaration"},
               success=self._declared)

    def _declared(self, d: funds.Declaration) -> None:
        self.result.setText(self.tr("{0} {1}：应拨经费 {2} 元 = 基层留成 {3} 元 + 上级 {4} 元。{5}").format(
            d.employer, d.period, format_yuan(d.levy_fen), format_yuan(d.retained_fen), format_yuan(d.upper_fen),
            d.rule_note))
        self.payroll.clear()
        self.reload()

    def _settings(self) -> None:
        from unionbook.ui.dues.settings_dialog import EmployerSettingsDialog

        if self.employer.currentData() is not None:
            EmployerSettingsDialog(self.db, int(self.employer.currentData()), self).exec()

    def _selected(self) -> funds.DeclarationLine | None:
        line_ = selected_payload(self.view, self.model)
        if line_ is None:
            QMessageBox.information(self, self.tr("经费"), self.tr("请先在表中选中一次申报。"))
        return line_

    def _move(self, kind: str) -> None:
        x = self._selected()
        if x is None:
            return
        due = {"received": x.outstanding_fen, "remitted": x.to_remit_fen, "refunded": x.declaration.upper_fen}[kind]
        amount, ok = QInputDialog.getText(self, funds.KINDS[kind], self.tr("金额（元）："), QLineEdit.EchoMode.Normal,
                                          format_amount(max(due, 0)))
        if not ok:
            return
        d, day = x.declaration, date_of(self.move_date)
        run_op(self, lambda: funds.move(self.db, kind, d.employer_id, d.period, amount, day=day),
               touches={"funds_declaration", "ledger_entry"}, success=lambda _r: self.reload())

    def _voucher(self) -> None:
        x = self._selected()
        if x is not None:
            d = x.declaration
            title = self.tr("打印回单")
            path = ask_paper_path(self, title, self.tr("经费拨缴回单-{0}-{1}.pdf").format(d.employer, d.period))
            if path is not None:
                run_op(self, lambda _progress: remittance_voucher(self.db, d.employer_id, d.period, path),
                       touches=(), long=True, label=self.tr("正在生成回单…"),
                       success=lambda _r: paper_saved(self, title, path))

    def _statement(self) -> None:
        x = self._selected()
        if x is not None:
            d = x.declaration
            title, year = self.tr("单位对账单"), self.year.value()
            path = ask_paper_path(self, title, self.tr("经费对账单-{0}-{1}.pdf").format(d.employer, year))
            if path is not None:
                run_op(self, lambda _progress: employer_statement(self.db, d.employer_id, year, path),
                       touches=(), long=True, label=self.tr("正在生成对账单…"),
                       success=lambda _r: paper_saved(self, title, path))
