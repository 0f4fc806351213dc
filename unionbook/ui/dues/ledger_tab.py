"""The 收支账 tab: enter income and expense (category and sub-item from the rule set, date, amount,
counterparty, voucher number, note, a receipt scan); the year's entries; budget against actual; close the year;
print the 收支明细账 and the 收支情况表 (PDF) or save both as .xlsx."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionbook.domain.dues_money import format_yuan
from unionbook.services.dues import ledger
from unionbook.services.dues.papers import ledger_report
from unionbook.services.dues.report import year_report
from unionbook.services.dues.rules import dues_rules_for
from unionbook.store import Database
from unionbook.ui.dues.widgets import (
    ALERT,
    TextRows,
    ask_paper_path,
    date_edit,
    date_of,
    line,
    paper_saved,
    selected_payload,
    table,
)
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.ops import run_op


class LedgerTab(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.attachment = ""
        entry = QGroupBox(self.tr("记一笔账"))
        self.day = date_edit(self.tr("记账日期"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("科目"))
        self.rules = dues_rules_for(db)  # the rule set in force: its categories and sub-items
        for c in self.rules.categories:
            self.category.addItem((self.tr("收入｜") if c.kind == "income" else self.tr("支出｜")) + tr_core(c.label), c.code)
        self.sub = QComboBox()
        self.sub.setAccessibleName(self.tr("子目"))
        self.category.currentIndexChanged.connect(self._fill_subs)
        self.amount = line(self.tr("金额"), placeholder=self.tr("金额（元）"), width=130)
        self.people = QSpinBox()
        self.people.setAccessibleName(self.tr("人数"))
        self.people.setRange(1, 100000)
        self.counterparty = line(self.tr("对方"), width=180)
        self.voucher = line(self.tr("凭证号"), width=100)
        self.memo = line(self.tr("摘要"))
        attach = QPushButton(self.tr("附件…"))
        attach.setAccessibleName(self.tr("附上收据扫描件"))
        attach.clicked.connect(self._attach)
        add = QPushButton(self.tr("记账"))
        add.setAccessibleName(self.tr("记账"))
        add.clicked.connect(self._add)
        rows = QVBoxLayout(entry)
        first, second = QHBoxLayout(), QHBoxLayout()
        for w in (self.day, self.category, self.sub, self.amount, QLabel(self.tr("人数")), self.people):
            first.addWidget(w)
        first.addStretch(1)
        for w in (self.counterparty, self.voucher, self.memo, attach, add):
            second.addWidget(w)
        rows.addLayout(first)
        rows.addLayout(second)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("记账结果"))
        rows.addWidget(self.message)

        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("账年"))
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(lambda _v: self.reload())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("年度")))
        bar.addWidget(self.year)
        for text, slot in ((self.tr("设预算…"), self._budget), (self.tr("结账…"), self._close),
                           (self.tr("收支明细账…"), lambda: self._print("detail")),
                           (self.tr("收支情况表…"), lambda: self._print("summary")),
                           (self.tr("导出Excel…"), lambda: self._print("xlsx"))):
            b = QPushButton(text)
            b.setAccessibleName(text.rstrip("…"))
            b.clicked.connect(slot)
            bar.addWidget(b)
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("结账状态"))
        bar.addWidget(self.state)
        bar.addStretch(1)
        # 提示 (a warning, e.g. over a gift cap) before the long text columns, so it is seen without scrolling;
        # 摘要 takes what is left and shows the rest in its tooltip
        self.entries = TextRows([self.tr("编号"), self.tr("日期"), self.tr("科目"), self.tr("收入"), self.tr("支出"),
                                 self.tr("提示"), self.tr("对方"), self.tr("凭证号"), self.tr("摘要")], right=(3, 4),
                                parent=self)
        self.budget = TextRows([self.tr("科目"), self.tr("预算数"), self.tr("实际数")], right=(1, 2), parent=self)
        split = QSplitter()
        entries_view = table(self.entries, self.tr("收支明细"))
        header = entries_view.horizontalHeader()
        for col, width in ((2, 140), (5, 130), (6, 110), (7, 100)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            entries_view.setColumnWidth(col, width)
        header.setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)
        # the selected entry's whole text, wrapped: the columns above are cut to fit (review 2 item 13)
        self.detail = QLabel(self.tr("选中一笔账，这里显示它完整的科目、对方、摘要和提示。"))
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("所选账目"))
        self.detail_warning = QLabel()
        self.detail_warning.setWordWrap(True)
        self.detail_warning.setAccessibleName(self.tr("所选账目的提示"))
        self.detail_warning.setStyleSheet(f"color: {ALERT};")
        self.detail_warning.hide()
        entries_view.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected(entries_view))
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(entries_view, 1)
        column.addWidget(self.detail)
        column.addWidget(self.detail_warning)
        split.addWidget(left)
        self.budget_view = table(self.budget, self.tr("预算与实际"))
        split.addWidget(self.budget_view)
        split.setSizes([1000, 340])  # the budget: three short columns, "超预算 …" on one line; the entries take the rest
        layout = QVBoxLayout(self)
        layout.addWidget(entry)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self._fill_subs()

    def _fill_subs(self) -> None:
        self.sub.clear()
        self.sub.addItem(self.tr("（无子目）"), "")
        code = self.category.currentData()
        if code:
            for s in self.rules.category(code).subs:
                self.sub.addItem(tr_core(s), s)

    def reload(self) -> None:
        year = self.year.value()
        rows = ledger.list_entries(self.db, year)
        self.entries.set_data([(e.id, e.date.isoformat(), e.category_label + (f"—{e.sub}" if e.sub else ""),
                                format_yuan(e.amount_fen) if e.kind == "income" else "",
                                format_yuan(e.amount_fen) if e.kind == "expense" else "", e.warning, e.counterparty,
                                e.voucher, e.memo) for e in rows], rows)
        r = year_report(self.db, year)
        # spending over its budget is red and says by how much (the figure is the service's: over_budget_fen)
        self.budget.set_data([(x.label, format_yuan(x.budget_fen) if x.budget_fen is not None else "",
                               format_yuan(x.actual_fen) + (self.tr("\n超预算 {0}").format(
                                   format_yuan(x.over_budget_fen)) if x.over_budget_fen else ""))
                              for x in r.lines], alerts=[i for i, x in enumerate(r.lines) if x.over_budget_fen])
        self.budget_view.resizeRowsToContents()
        self._show_selected(None)
        closed = self.tr("已于 {0} 结账").format(r.closed_on) if r.closed_on else self.tr("未结账")
        self.state.setText(self.tr("{0}：上年结余 {1}，收入 {2}，支出 {3}，结余 {4}（元）").format(
            closed, format_yuan(r.opening_fen), format_yuan(r.income_fen), format_yuan(r.expense_fen),
            format_yuan(r.closing_fen)))

    def _show_selected(self, view: QTableView | None) -> None:
        e = selected_payload(view, self.entries) if view is not None else None
        if not isinstance(e, ledger.EntryView):
            self.detail.setText(self.tr("选中一笔账，这里显示它完整的科目、对方、摘要和提示。"))
            self.detail_warning.hide()
            return
        kind = self.tr("收入") if e.kind == "income" else self.tr("支出")
        parts = [self.tr("第 {0} 笔 {1} {2}{3}：{4} {5} 元").format(
            e.id, e.date.isoformat(), e.category_label, f"—{e.sub}" if e.sub else "", kind, format_yuan(e.amount_fen))]
        if e.counterparty:
            parts.append(self.tr("对方：{0}").format(e.counterparty))
        if e.voucher:
            parts.append(self.tr("凭证号：{0}").format(e.voucher))
        if e.memo:
            parts.append(self.tr("摘要：{0}").format(e.memo))
        self.detail.setText("；".join(parts))
        self.detail_warning.setText(e.warning)
        self.detail_warning.setVisible(bool(e.warning))

    def _attach(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("附上收据扫描件"), "", self.tr("图片或PDF (*.jpg *.jpeg *.png *.pdf)"))
        if name:
            self.attachment = name
            self.message.setText(self.tr("附件：{0}").format(name))

    def _add(self) -> None:
        values = {"day": date_of(self.day), "category": self.category.currentData(), "amount": self.amount.text(),
                  "sub": self.sub.currentData() or "", "counterparty": self.counterparty.text().strip(),
                  "voucher": self.voucher.text().strip(), "memo": self.memo.text().strip(),
                  "people": self.people.value(), "attachment": self.attachment}
        run_op(self, lambda: ledger.add_entry(self.db, **values), touches={"ledger_entry"}, success=self._added)

    def _added(self, e: ledger.EntryView) -> None:
        self.attachment = ""
        self.amount.clear()
        self.memo.clear()
        self.message.setText(self.tr("已记第 {0} 笔：{1} 元。").format(e.id, format_yuan(e.amount_fen))
                             + (self.tr("注意：{0}").format(e.warning) if e.warning else ""))
        if e.date.year != self.year.value():
            self.year.setValue(e.date.year)
        else:
            self.reload()

    def _budget(self) -> None:
        code = self.category.currentData()
        label = self.category.currentText()
        amount, ok = QInputDialog.getText(self, self.tr("设预算"), self.tr("{0} 年 {1} 的预算（元）：").format(
            self.year.value(), label))
        if not ok:
            return
        year = self.year.value()
        run_op(self, lambda: ledger.set_budget(self.db, year, code, amount), touches={"ledger_year"},
               success=lambda _r: self.reload())

    def _close(self) -> None:
        year = self.year.value()
        answer = QMessageBox.question(self, self.tr("结账"), self.tr(
            "结账后，{0}年的账不能再增加、修改或删除；更正只能在以后的年度记调整分录。确定结账吗？").format(year))
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_op(self, lambda: ledger.close_year(self.db, year), touches={"ledger_year"},
               success=lambda _r: self.reload())

    def _print(self, kind: str) -> None:
        year = self.year.value()
        if kind == "xlsx":
            title = self.tr("导出Excel")
            path = ask_paper_path(self, title, self.tr("{0}年收支账.xlsx").format(year), "Excel (*.xlsx)")
            paper_kind = "summary"
        else:
            title = self.tr("收支明细账") if kind == "detail" else self.tr("收支情况表")
            path = ask_paper_path(self, title, self.tr("{0}年{1}.pdf").format(year, title))
            paper_kind = kind
        if path is None:
            return
        chosen = path
        run_op(self, lambda _progress: ledger_report(self.db, year, chosen, kind=paper_kind), touches=(), long=True,
               label=self.tr("正在生成{0}…").format(title), success=lambda _r: paper_saved(self, title, chosen))
