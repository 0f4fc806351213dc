"""上报与接收: send the annual package or a sync bundle up, take receipts back, receive subordinate unions'
packages (a drop zone for many files), see who reported, the consolidated table, and this union's key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionbook.errors import UnionBookError
from unionbook.exchange.bundle.keys import PublicCard
from unionbook.services.bundles import keys as keyring
from unionbook.services.bundles.consolidated import consolidated, write
from unionbook.services.bundles.incoming import ImportReport, import_files
from unionbook.services.bundles.outgoing import (
    NO_UPPER,
    AnnualSent,
    check_list,
    export_annual,
    export_sync,
    sent_records,
)
from unionbook.services.bundles.receipts import import_receipt
from unionbook.services.bundles.transfer import TransferIn, transfer_in
from unionbook.store import Database
from unionbook.ui.bundles.dialogs import DropZone, RegisterDialog
from unionbook.ui.kit.common import show_error
from unionbook.ui.kit.ops import run_op, start_op
from unionbook.ui.kit.pages import AreaPage


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setToolTip(item.text())  # long refusals are cut at the column's edge
            table.setItem(r, c, item)


class BundlesPage(AreaPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._checks_wanted = 0  # a check's answer is shown only if no newer one was asked for
        self.tabs = QTabWidget()
        self.tabs.addTab(self._send_tab(), self.tr("上报"))
        self.tabs.addTab(self._receive_tab(), self.tr("接收"))
        self.tabs.addTab(self._subunits_tab(), self.tr("下级工会"))
        self.tabs.addTab(self._key_tab(), self.tr("本会密钥"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._loaded = False

    # ---- building ----

    def _year_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(2000, dt.date.today().year)
        box.setValue(dt.date.today().year)
        box.setSuffix(self.tr(" 年"))
        box.setAccessibleName(name)
        return box

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _send_tab(self) -> QWidget:
        tab = QWidget()
        self.send_year = self._year_box(self.tr("上报年度"))
        self.upper_label = QLabel()
        self.upper_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.submit_box = QCheckBox(self.tr("正式上报（锁定该年度的会籍记录，之后只能补报）"))
        self.blocking = QLabel()
        self.blocking.setAccessibleName(self.tr("不能生成的原因"))
        self.blocking.setStyleSheet("color: #b00020; font-weight: bold;")
        self.blocking.setWordWrap(True)
        self.blocking.hide()
        self.checks = QListWidget()
        self.checks.setAccessibleName(self.tr("上报前检查"))
        self.checks.setMaximumHeight(110)
        self.sent = _table([self.tr("时间"), self.tr("类型"), self.tr("年度"), self.tr("序号"), self.tr("文件"),
                            self.tr("状态")], self.tr("已发出的数据包"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度：")))
        top.addWidget(self.send_year)
        top.addWidget(self._button(self.tr("检查是否齐全"), self.refresh_checks))
        self.send_year.valueChanged.connect(lambda _v: self.refresh_checks())
        top.addStretch(1)
        top.addWidget(self._button(self.tr("登记上级工会…"), self.register_upper))
        actions = QHBoxLayout()
        self.annual_button = self._button(self.tr("生成年度报告包…"), self.export_annual)
        self.sync_button = self._button(self.tr("生成同步包…"), self.export_sync)
        actions.addWidget(self.annual_button)
        actions.addWidget(self.sync_button)
        actions.addWidget(self._button(self.tr("导入回执…"), self.import_receipt))
        actions.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.upper_label)
        layout.addWidget(self.blocking)
        layout.addWidget(QLabel(self.tr("上报前检查（不影响生成，但上级工会会看到；修改记录后自动重查）：")))
        layout.addWidget(self.checks)
        layout.addWidget(self.submit_box)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("已发出的数据包：")))
        layout.addWidget(self.sent, 1)
        return tab

    def _receive_tab(self) -> QWidget:
        tab = QWidget()
        self.results = _table([self.tr("文件"), self.tr("单位"), self.tr("结果"), self.tr("说明")],
                              self.tr("导入结果"))
        self.duplicates = _table([self.tr("身份证号"), self.tr("在以下工会重复入会")], self.tr("重复入会"))
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("选择数据包文件…"), self.choose_files))
        buttons.addWidget(self._button(self.tr("接收转入会员（接转单）…"), self.receive_transfer))
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(DropZone(self.receive))
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("每个文件单独校验、单独导入；同一文件导入两次不会重复。回执保存在数据包旁边，请交回对方。")))
        layout.addWidget(self.results, 2)
        layout.addWidget(QLabel(self.tr("同一身份证号在两个以上工会在册（一次入会原则）：")))
        layout.addWidget(self.duplicates, 1)
        return tab

    def _subunits_tab(self) -> QWidget:
        tab = QWidget()
        self.report_year = self._year_box(self.tr("汇总年度"))
        self.report_year.valueChanged.connect(lambda _v: self.refresh_subunits())
        self.subunits = _table([self.tr("工会名称"), self.tr("信用代码"), self.tr("会员"), self.tr("女会员"),
                                self.tr("农民工会员"), self.tr("职工"), self.tr("上报情况"), self.tr("公钥指纹")],
                               self.tr("下级工会"))
        self.totals = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度：")))
        top.addWidget(self.report_year)
        top.addStretch(1)
        top.addWidget(self._button(self.tr("登记下级工会…"), self.register_subunit))
        top.addWidget(self._button(self.tr("导出汇总表…"), self.export_consolidated))
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.subunits, 1)
        layout.addWidget(self.totals)
        return tab

    def _key_tab(self) -> QWidget:
        tab = QWidget()
        self.fingerprint = QLabel()
        self.fingerprint.setAccessibleName(self.tr("本会公钥指纹"))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.fingerprint.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.fingerprint.setFont(font)
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("本会公钥指纹（印在年度报告包封面上；对方登记本会前应核对）：")))
        layout.addWidget(self.fingerprint)
        layout.addWidget(QLabel(self.tr("把本会公钥文件交给上级工会或需要给本会发送接转单的工会。私钥保存在本会数据文件中，随备份一同保存，不会导出。")))
        layout.addWidget(self._button(self.tr("导出本会公钥…"), self.export_key), 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return tab

    # ---- state ----

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def on_changed(self, touched: frozenset[str]) -> None:
        if self.concerns(touched, "bundle", "correspondent", "union", "member"):
            self.reload()
        else:
            self.refresh_checks()  # the checks read every area: any change may settle or raise one

    def reload(self) -> None:
        self._loaded = True
        # the key pair is made the first time it is needed: that is a write, so it goes through run_op
        run_op(self, lambda: keyring.show_keys(self.db), touches=(), success=self._show_card)
        try:
            with self.db.read() as s:
                upper = keyring.upper(s)
                upper_text = (self.tr("收件方：{0}（指纹 {1}）").format(upper.name, upper.fingerprint) if upper
                              else self.tr("收件方：尚未登记上级工会。请先“登记上级工会…”，导入上级工会给的公钥文件。"))
            sent = sent_records(self.db)
        except UnionBookError as exc:
            show_error(self, exc)
            return
        self.upper_label.setText(upper_text)
        self._show_blocking(() if upper else (NO_UPPER,))
        labels = {"annual": self.tr("年度报告包"), "sync": self.tr("同步包"), "transfer": self.tr("会籍接转单"),
                  "receipt": self.tr("回执")}
        states = {"sent": self.tr("已发出，待回执"), "accepted": self.tr("已接收"), "refused": self.tr("被拒收")}
        _fill(self.sent, [[r["created_at"].replace("T", " "), labels.get(r["kind"], r["kind"]), r["year"] or "",
                           r["sequence"] or "", r["file"], states.get(r["status"], r["status"])] for r in sent])
        self.refresh_subunits()
        self.refresh_checks()

    def _show_card(self, card: PublicCard) -> None:
        self.fingerprint.setText(card.fingerprint)

    def _show_blocking(self, reasons: tuple[str, ...]) -> None:
        """What stops the packages being made at all: said above the checks, and on the disabled buttons."""
        text = self.tr("不能生成数据包：") + "；".join(reasons) if reasons else ""
        self.blocking.setText(text)
        self.blocking.setVisible(bool(reasons))
        for button in (self.annual_button, self.sync_button):
            button.setEnabled(not reasons)
            button.setToolTip(text)

    def refresh_checks(self) -> None:
        """The checks read every area's records for the year: in the background, the newest request wins."""
        year = self.send_year.value()
        self._checks_wanted += 1
        wanted = self._checks_wanted

        def show(items: list[str]) -> None:
            if wanted == self._checks_wanted:
                self.checks.clear()
                self.checks.addItems(items or [self.tr("√ 齐全")])

        def failed(exc: UnionBookError) -> None:
            if wanted == self._checks_wanted:
                self.checks.clear()
                self.checks.addItem(self.tr("未能检查：{0}").format(exc))

        start_op(self, lambda _progress: check_list(self.db, year), touches=(), success=show, inline=failed)

    def refresh_subunits(self) -> None:
        try:
            report = consolidated(self.db, self.report_year.value())
            found = keyring.list_correspondents(self.db, "subunit")
        except UnionBookError as exc:
            show_error(self, exc)
            return
        by_name = {u["name"]: u for u in report.unions}
        rows = []
        for c in found:
            u = by_name.get(c.name)
            rows.append([c.name, c.uscc, *((u["members"], u["women_members"], u["migrant_members"], u["employees"])
                                           if u else ("", "", "", "")),
                         self.tr("已上报") if u else self.tr("未上报"), c.fingerprint])
        _fill(self.subunits, rows)
        t = report.totals
        self.totals.setText(self.tr("合计：会员 {0} 人，女会员 {1} 人，农民工会员 {2} 人，职工 {3} 人；未上报 {4} 个").format(
            t["members"], t["women_members"], t["migrant_members"], t["employees"], len(report.missing)))

    # ---- actions ----

    def _save_name(self, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(self.db.path.parent / suggested), self.tr("数据包 (*.ubx);;所有文件 (*)"))
        if not name:
            return None
        return Path(name if name.endswith(".ubx") else name + ".ubx")

    def export_annual(self) -> None:
        year = self.send_year.value()
        submit = self.submit_box.isChecked()
        if submit and QMessageBox.question(self, self.tr("正式上报"), self.tr(
                "正式上报后，{0} 年的会籍记录将锁定，之后的更正只能以补报方式上报。确定吗？").format(year)) \
                != QMessageBox.StandardButton.Yes:
            return
        out = self._save_name(self.tr("保存年度报告包"), self.tr("{0}年度报告.ubx").format(year))
        if out is None:
            return
        run_op(self, lambda _progress: export_annual(self.db, year, out, submit=submit), touches={"bundle"},
               long=True, cancellable=False, label=self.tr("正在生成年度报告包…"),
               title=self.tr("未能生成年度报告包"), success=self._annual_sent)

    def _annual_sent(self, sent: AnnualSent) -> None:
        text = self.tr("已生成：{0}\n含 {1} 名会员的记录").format(sent.file, sent.members)
        if sent.on_books != sent.members:
            text += self.tr("（年末在册 {0} 人，另含年内转出、退会等 {1} 人）").format(
                sent.on_books, sent.members - sent.on_books)
        text += self.tr("。")
        if sent.cover:
            text += self.tr("\n\n请打印封面，由单位负责人、填表人签名并加盖公章后随数据包报送：\n{0}").format(sent.cover)
        if sent.missing:
            text += self.tr("\n\n尚不完整：\n") + "\n".join(sent.missing)
        QMessageBox.information(self, self.tr("年度报告包"), text)

    def export_sync(self) -> None:
        out = self._save_name(self.tr("保存同步包"), self.tr("同步包-{0}.ubx").format(dt.date.today().isoformat()))
        if out is None:
            return
        run_op(self, lambda _progress: export_sync(self.db, out), touches={"bundle"}, long=True,
               cancellable=False, label=self.tr("正在生成同步包…"), title=self.tr("未能生成同步包"),
               success=lambda sent: QMessageBox.information(self, self.tr("同步包"), self.tr(
                   "已生成：{0}\n含 {1} 名有变动的会员。").format(sent.file, sent.members)))

    def import_receipt(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择回执"), str(self.db.path.parent), self.tr("数据包 (*.ubx);;所有文件 (*)"))
        if not name:
            return
        run_op(self, lambda: import_receipt(self.db, Path(name)), touches={"bundle", "member"},
               title=self.tr("未能导入回执"), success=lambda r: QMessageBox.information(
                   self, self.tr("回执"), r.status + ("" if r.accepted else "：\n" + "\n".join(r.reasons))))

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("选择数据包"), str(self.db.path.parent),
                                                self.tr("数据包 (*.ubx);;所有文件 (*)"))
        if names:
            self.receive([Path(n) for n in names])

    def receive(self, files: list[Path]) -> None:
        run_op(self, lambda _progress: import_files(self.db, files), touches={"bundle"}, long=True,
               cancellable=False, label=self.tr("正在校验并导入数据包…"), title=self.tr("未能导入"),
               success=self._received)

    def _received(self, report: ImportReport) -> None:
        rows = [[Path(x["file"]).name, x["union"], self.tr("已导入"), ""] for x in report.imported]
        rows += [[Path(x["file"]).name, "", self.tr("未变化"), self.tr("此前已导入")] for x in report.unchanged]
        rows += [[Path(x["file"]).name, "", self.tr("拒绝"), x["message"]] for x in report.refused]
        _fill(self.results, rows)
        _fill(self.duplicates, [[d["id_number"], "、".join(d["unions"])] for d in report.duplicates])
        self.refresh_subunits()

    def receive_transfer(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择会籍接转单"), str(self.db.path.parent),
                                              self.tr("数据包 (*.ubx);;所有文件 (*)"))
        if not name:
            return
        run_op(self, lambda: transfer_in(self.db, Path(name)), touches={"member", "bundle"},
               title=self.tr("未能接收转入会员"), success=self._transferred_in)

    def _transferred_in(self, result: TransferIn) -> None:
        if result.unchanged:
            QMessageBox.information(self, self.tr("接转单"), self.tr("该接转单此前已导入，会员“{0}”已在本会名册中。").format(
                result.name))
            return
        QMessageBox.information(self, self.tr("已转入"), self.tr(
            "会员“{0}”已转入本会（来自“{1}”，指纹 {2}）。\n\n回执已保存：{3}\n请把回执交回对方工会。").format(
            result.name, result.from_union, result.from_fingerprint, result.receipt))

    def register_upper(self) -> None:
        dialog = RegisterDialog(self.tr("登记上级工会"), with_uscc=False, parent=self)
        if dialog.exec() and dialog.key_file is not None:
            name, key_file = dialog.name, dialog.key_file
            run_op(self, lambda: keyring.set_upper(self.db, name, key_file), touches={"correspondent"},
                   title=self.tr("未能登记"))

    def register_subunit(self) -> None:
        dialog = RegisterDialog(self.tr("登记下级工会"), with_uscc=True, parent=self)
        if dialog.exec() and dialog.key_file is not None:
            name, uscc, key_file = dialog.name, dialog.uscc, dialog.key_file
            run_op(self, lambda: keyring.add_subunit(self.db, name, uscc, key_file), touches={"correspondent"},
                   title=self.tr("未能登记"))

    def export_consolidated(self) -> None:
        year = self.report_year.value()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存汇总表"),
                                              str(self.db.path.parent / self.tr("{0}年度汇总.xlsx").format(year)),
                                              self.tr("Excel 文件 (*.xlsx);;PDF 文件 (*.pdf)"))
        if not name:
            return
        path = Path(name) if Path(name).suffix.lower() in (".xlsx", ".pdf") else Path(name + ".xlsx")
        run_op(self, lambda: write(self.db, consolidated(self.db, year), path), touches=(),
               title=self.tr("未能导出汇总表"),
               success=lambda _r: QMessageBox.information(self, self.tr("汇总表"), self.tr("已保存：{0}").format(path)))

    def export_key(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出本会公钥"),
                                              str(self.db.path.parent / self.tr("本会公钥.json")),
                                              self.tr("公钥文件 (*.json)"))
        if not name:
            return
        run_op(self, lambda: keyring.export_card(self.db, Path(name)), touches=(), title=self.tr("未能导出公钥"),
               success=lambda _c: QMessageBox.information(self, self.tr("本会公钥"), self.tr("已保存：{0}").format(name)))
