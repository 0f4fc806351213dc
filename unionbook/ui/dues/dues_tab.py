"""The 会费 tab: record a whole employer's month from its payroll deduction; find a member, set a wage, take
several months in cash with a receipt number; see the member's wage, monthly dues and paid-through month;
import a payroll sheet (one batch, undone from the import history)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionbook.domain.dues import Month
from unionbook.domain.dues_money import format_yuan
from unionbook.errors import UnionBookError
from unionbook.services.dues import dues
from unionbook.services.dues.arrears import default_as_of
from unionbook.services.dues.funds import employer_names
from unionbook.store import Database
from unionbook.ui.dues.widgets import (
    TextRows,
    date_edit,
    date_of,
    employer_combo,
    fill_employers,
    fit_placeholder,
    line,
    month_edit,
    table,
)
from unionbook.ui.kit.common import show_error
from unionbook.ui.kit.ops import run_op


class DuesTab(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.member_id: int | None = None
        last = default_as_of()

        post = QGroupBox(self.tr("按单位记录工资代扣的会费"))
        self.employer = employer_combo(self.tr("代扣单位"), [])
        self.post_month = month_edit(self.tr("代扣月份"), last)
        self.post_date = date_edit(self.tr("入账日期"))
        self.post_button = QPushButton(self.tr("记录代扣"))
        self.post_button.setAccessibleName(self.tr("记录代扣"))
        self.post_button.clicked.connect(self._post)
        self.post_result = QLabel()
        self.post_result.setWordWrap(True)
        row = QHBoxLayout()
        for label, w in ((self.tr("单位"), self.employer), (self.tr("月份"), self.post_month),
                         (self.tr("入账日期"), self.post_date)):
            row.addWidget(QLabel(label))
            row.addWidget(w)
        row.addWidget(self.post_button)
        import_button = QPushButton(self.tr("导入工资表…"))
        import_button.setAccessibleName(self.tr("导入工资表"))
        import_button.setToolTip(self.tr("按上面的月份导入单位工资表（姓名或身份证号、工资）；可在“导入记录”中撤销"))
        import_button.clicked.connect(self._import)
        row.addWidget(import_button)
        book = QPushButton(self.tr("会费账设置…"))
        book.setAccessibleName(self.tr("会费账设置"))
        book.clicked.connect(self._book_settings)
        row.addWidget(book)
        row.addStretch(1)
        box = QVBoxLayout(post)
        box.addLayout(row)
        box.addWidget(self.post_result)

        member = QGroupBox(self.tr("会员交费"))
        self.key = line(self.tr("会员"), placeholder=self.tr("会员编号、会员证号或身份证号"))
        self.key.setMaximumWidth(320)
        fit_placeholder(self.key)
        self.key.returnPressed.connect(self._find)
        find = QPushButton(self.tr("查找"))
        find.setAccessibleName(self.tr("查找会员"))
        find.clicked.connect(self._find)
        self.info = QLabel(self.tr("输入会员编号、会员证号或身份证号后按回车。"))
        self.info.setAccessibleName(self.tr("会员会费情况"))
        self.wage = line(self.tr("月工资"), placeholder=self.tr("元"), width=120)
        self.wage_from = month_edit(self.tr("工资起始月份"), Month.of(dt.date.today()))
        set_wage = QPushButton(self.tr("设定工资"))
        set_wage.setAccessibleName(self.tr("设定工资"))
        set_wage.clicked.connect(self._set_wage)
        self.pay_from = month_edit(self.tr("交费起始月份"), last)
        self.pay_to = month_edit(self.tr("交费截止月份"), last)
        self.receipt = line(self.tr("收据号"), width=140)
        self.pay_date = date_edit(self.tr("收款日期"))
        self.pay_button = QPushButton(self.tr("收款"))
        self.pay_button.setAccessibleName(self.tr("收款"))
        self.pay_button.clicked.connect(self._pay)
        form = QFormLayout(member)
        top = QHBoxLayout()
        top.addWidget(self.key)
        top.addWidget(find)
        top.addStretch(1)
        form.addRow(self.tr("会员"), top)
        form.addRow(self.info)
        wage_row = QHBoxLayout()
        for w in (self.wage, QLabel(self.tr("自")), self.wage_from, set_wage):
            wage_row.addWidget(w)
        wage_row.addStretch(1)
        form.addRow(self.tr("月工资"), wage_row)
        pay_row = QHBoxLayout()
        for w in (self.pay_from, QLabel(self.tr("至")), self.pay_to, QLabel(self.tr("收据号")), self.receipt,
                  QLabel(self.tr("日期")), self.pay_date, self.pay_button):
            pay_row.addWidget(w)
        pay_row.addStretch(1)
        form.addRow(self.tr("交费月份"), pay_row)
        self.payments = TextRows([self.tr("月份"), self.tr("会费（元）"), self.tr("交费日期"), self.tr("方式"),
                                  self.tr("收据号")], right=(1,), parent=self)
        form.addRow(table(self.payments, self.tr("交费记录")))

        layout = QVBoxLayout(self)
        layout.addWidget(post)
        layout.addWidget(member, 1)

    def reload(self) -> None:
        fill_employers(self.employer, employer_names(self.db))
        if self.member_id is not None:
            self._show(self.member_id)

    # ---- a whole employer's month ----

    def _post(self) -> None:
        employer = self.employer.currentData()
        if employer is None:
            QMessageBox.information(self, self.tr("记录代扣"), self.tr("请先选择单位。"))
            return
        month, day = self.post_month.text(), date_of(self.post_date)
        run_op(self, lambda progress: dues.post_month(self.db, month, employer=int(employer), day=day,
                                                      progress=progress),
               touches={"dues_month", "ledger_entry"}, success=self._posted, long=True,
               label=self.tr("正在记录{0}的代扣会费…").format(self.employer.currentText()))

    def _posted(self, r: dues.PostResult) -> None:
        text = self.tr("{0} {1}：记录 {2} 人，会费 {3} 元。").format(
            self.employer.currentText(), r.month.label, r.members, format_yuan(r.amount_fen))
        if r.with_gaps:
            text += self.tr("其中 {0} 人此前有欠费月份未交，请看“欠费”页。").format(r.with_gaps)
        if r.already_posted:
            text += self.tr("另有 {0} 人这个月的会费此前已记录，未重复记录。").format(r.already_posted)
        if r.skipped:
            text += self.tr("未记录 {0} 人（没有工资记录）：{1}").format(
                len(r.skipped), "、".join(n for _i, n, _w in r.skipped[:10]))
        self.post_result.setText(text)
        if self.member_id is not None:
            self._show(self.member_id)

    def _book_settings(self) -> None:
        from unionbook.ui.dues.settings_dialog import BookSettingsDialog

        BookSettingsDialog(self.db, self).exec()

    def _import(self) -> None:
        from unionbook.services.dues.common import month_arg
        from unionbook.ui.dues.payroll_wizard import PayrollWizard

        try:
            month = month_arg(self.post_month.text(), self.tr("工资起始月份"))
        except UnionBookError as exc:
            show_error(self, exc)
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("导入工资表"), "",
                                              self.tr("表格 (*.xlsx *.xls *.xlsb *.ods *.csv)"))
        if not name:
            return
        wizard = PayrollWizard(self.db, Path(name), month, self)
        wizard.exec()
        result = wizard.result
        if result is not None and result.batch_id is not None:
            self.post_result.setText(self.tr("已导入工资表“{0}”（批次 {1}）。").format(result.plan.file_name,
                                                                             result.batch_id))

    # ---- one member ----

    def _find(self) -> None:
        try:
            found = dues.member_dues(self.db, self.key.text().strip())
        except Exception as exc:
            show_error(self, exc)
            return
        self._show(found.member_id)
        if found.paid_through is not None:
            self.pay_from.setText(str(found.paid_through + 1))
            self.pay_to.setText(str(found.paid_through + 1))

    def _show(self, member_id: int) -> None:
        found = dues.member_dues(self.db, member_id)
        self.member_id = found.member_id
        wage = format_yuan(found.wage_fen) if found.wage_fen is not None else self.tr("未设")
        monthly = format_yuan(found.monthly_dues_fen) if found.monthly_dues_fen is not None else "-"
        through = found.paid_through.label if found.paid_through else self.tr("尚无交费记录")
        self.info.setText(self.tr("{0}（编号 {1}）  月工资 {2} 元  月会费 {3} 元  会费交至：{4}").format(
            found.name, found.member_id, wage, monthly, through))
        self.payments.set_data([(str(m), format_yuan(a), d.isoformat(), self.tr("现金") if k == "cash" else self.tr("代扣"), r)
                                for m, a, d, k, r in found.payments])

    def _set_wage(self) -> None:
        if self.member_id is None:
            self._find()
            if self.member_id is None:
                return
        member, wage, start = self.member_id, self.wage.text(), self.wage_from.text()
        run_op(self, lambda: dues.set_wage(self.db, member, wage, start), touches={"member"},
               success=lambda r: self._show(r.member_id))

    def _pay(self) -> None:
        if self.member_id is None:
            self._find()
            if self.member_id is None:
                return
        member, first, last = self.member_id, self.pay_from.text(), self.pay_to.text()
        receipt, day = self.receipt.text().strip(), date_of(self.pay_date)
        run_op(self, lambda: dues.pay(self.db, member, first, last, receipt=receipt, day=day),
               touches={"member", "ledger_entry"}, success=self._paid)

    def _paid(self, r: dues.PayResult) -> None:
        self._show(r.member_id)
        self.post_result.setText(self.tr("{0}交 {1} 个月会费 {2} 元。").format(r.name, len(r.months), format_yuan(r.amount_fen)))
