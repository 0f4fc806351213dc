"""The 逾期 (overdue loans, the reminder list) and 盘点 (stock-take) tabs of the reading room."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionbook.domain.library import WRITE_OFF_LABELS, WriteOff
from unionbook.services.library import stocktake
from unionbook.services.library.copies import write_off
from unionbook.services.library.loans import overdue
from unionbook.services.library.papers import write_overdue_list
from unionbook.store import Database
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.ops import run_op
from unionbook.ui.library.desk import LoanModel

STOCKTAKE = frozenset({"library_stocktake"})


class OverduePanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setAccessibleName(self.tr("截至日期"))
        self.as_of.dateChanged.connect(lambda _d: self.reload())
        self.summary = QLabel()
        self.print_button = QPushButton(self.tr("打印催还单…"))
        self.print_button.clicked.connect(self.print_list)
        self.model = LoanModel(self)
        self.model.headers = [self.tr("条码"), self.tr("书名"), self.tr("借出"), self.tr("应还"), self.tr("逾期天数")]
        self.names = QListWidget()
        from PySide6.QtWidgets import QTableView

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("逾期图书"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(1, 320)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("截至")))
        top.addWidget(self.as_of)
        top.addWidget(self.summary, 1)
        top.addWidget(self.print_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)

    def _date(self) -> dt.date:
        d = self.as_of.date()
        return dt.date(d.year(), d.month(), d.day())

    def reload(self) -> None:
        as_of = self._date()
        rows = overdue(self._db, as_of)
        self.model.today = as_of
        self.model.set_rows(rows)
        readers = len({r.member_id for r in rows})
        self.summary.setText(self.tr("逾期未还 %1 册，涉及 %2 位读者").replace("%1", str(len(rows))).replace(
            "%2", str(readers)))

    def print_list(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存催还单"), self.tr("逾期催还单.pdf"), "PDF (*.pdf)")
        if not path:
            return
        as_of = self._date()
        run_op(self, lambda: write_overdue_list(self._db, Path(path), as_of=as_of), touches=())


class StocktakePanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("盘点状态"))
        self.start_button = QPushButton(self.tr("开始盘点"))
        self.start_button.clicked.connect(self.start)
        self.finish_button = QPushButton(self.tr("结束盘点"))
        self.finish_button.clicked.connect(self.finish)
        self.scan = QLineEdit()
        self.scan.setAccessibleName(self.tr("盘点扫码"))
        self.scan.setPlaceholderText(self.tr("逐册扫描书架上的图书条码（可分几天、任意顺序）"))
        self.scan.returnPressed.connect(self.scanned)
        self.last = QLabel(" ")
        self.result = QLabel()
        self.result.setAccessibleName(self.tr("盘点结果"))
        self.result.setWordWrap(True)
        self.missing = QListWidget()
        self.missing.setAccessibleName(self.tr("缺失图书"))
        self.unknown = QListWidget()
        self.unknown.setAccessibleName(self.tr("未登记条码"))
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("注销原因"))
        for reason in WriteOff:
            self.reason.addItem(tr_core(WRITE_OFF_LABELS[reason]), reason.value)
        self.write_off_button = QPushButton(self.tr("注销所选缺失图书"))
        self.write_off_button.clicked.connect(self.write_off_selected)
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.finish_button)
        lists = QHBoxLayout()
        col = QVBoxLayout()
        col.addWidget(QLabel(self.tr("缺失（未扫到且未借出）")))
        col.addWidget(self.missing)
        row = QHBoxLayout()
        row.addWidget(self.reason)
        row.addWidget(self.write_off_button)
        col.addLayout(row)
        lists.addLayout(col, 1)
        col2 = QVBoxLayout()
        col2.addWidget(QLabel(self.tr("扫到但未登记的条码")))
        col2.addWidget(self.unknown)
        lists.addLayout(col2, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.scan)
        lay.addWidget(self.last)
        lay.addWidget(self.result)
        lay.addLayout(lists, 1)

    def reload(self) -> None:
        cur = stocktake.current(self._db)
        self.scan.setEnabled(cur is not None)
        self.start_button.setEnabled(cur is None)
        self.finish_button.setEnabled(cur is not None)
        if cur is not None:
            self.state.setText(self.tr("盘点进行中：%1 开始，已扫 %2 册").replace("%1", cur.started_on.isoformat())
                               .replace("%2", str(cur.scanned)))
        else:
            self.state.setText(self.tr("没有进行中的盘点"))
            last = stocktake.last_result(self._db)
            if last is not None and not self.result.text():
                self._show(last)

    def start(self) -> None:
        run_op(self, lambda: stocktake.start(self._db), touches=STOCKTAKE, success=self._started)

    def _started(self, _state: stocktake.StocktakeState) -> None:
        self.result.clear()
        self.missing.clear()
        self.unknown.clear()
        self.reload()
        self.scan.setFocus()

    def scanned(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if not code:
            return
        if run_op(self, lambda: stocktake.scan(self._db, [code]), touches=STOCKTAKE):
            self.last.setText(self.tr("已扫：%1").replace("%1", code.upper()))
            self.reload()

    def finish(self) -> None:
        run_op(self, lambda: stocktake.finish(self._db), touches=STOCKTAKE, success=self._finished)

    def _finished(self, r: stocktake.StocktakeResult) -> None:
        self._show(r)
        self.reload()

    def _show(self, r: stocktake.StocktakeResult) -> None:
        self.result.setText(self.tr("%1 盘点结果：应在架 %2 册，在架 %3 册，借出 %4 册，缺失 %5 册，未登记条码 %6 个")
                            .replace("%1", r.finished_on.isoformat()).replace("%2", str(r.expected))
                            .replace("%3", str(r.present)).replace("%4", str(r.on_loan))
                            .replace("%5", str(len(r.missing))).replace("%6", str(len(r.unknown))))
        self.missing.clear()
        for code in r.missing:
            self.missing.addItem(QListWidgetItem(code))
        self.unknown.clear()
        self.unknown.addItems(r.unknown)

    def write_off_selected(self) -> None:
        item = self.missing.currentItem()
        if item is None:
            return
        code, reason, note = item.text(), WriteOff(self.reason.currentData()), self.tr("盘点缺失")
        if run_op(self, lambda: write_off(self._db, code, reason, note), touches={"library_copy"}):
            item.setText(item.text() + self.tr("（已注销）"))
