"""The loan desk (借还): a reader is found by card number, ID number or pinyin, then copies are scanned. A USB
barcode scanner types the code and Enter, so the scan field acts on Enter: a copy that is out comes back, a copy
on the shelf goes to the reader. Refusals are shown on the desk with their reason."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionbook.domain.member import STATUS_LABELS, Status
from unionbook.errors import UnionBookError
from unionbook.services.library.copies import copy_info, loan_rules
from unionbook.services.library.loans import (
    Borrower,
    LoanView,
    find_borrowers,
    give_back,
    lend,
    loans_of,
    renew,
)
from unionbook.store import Database
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.list_model import ListModel
from unionbook.ui.kit.ops import run_op

LOANS = frozenset({"library_loan"})


class LoanModel(ListModel[LoanView]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.headers = [self.tr("条码"), self.tr("书名"), self.tr("借出"), self.tr("应还"), self.tr("逾期天数")]
        self.today = dt.date.today()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        v = self.rows[index.row()]
        late = v.days_overdue(self.today)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#ffcdd2")) if late else None  # overdue rows stand out
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (v.barcode, v.title, v.lent_on.isoformat(), v.due.isoformat(), str(late) if late else "")[index.column()]


class LoanDesk(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.borrower: Borrower | None = None
        self.reader = QLineEdit()
        self.reader.setAccessibleName(self.tr("读者"))
        self.reader.setPlaceholderText(self.tr("会员证号、身份证号、姓名或拼音首字母，回车查找"))
        self.reader.returnPressed.connect(self.find_reader)
        self.choices = QListWidget()
        self.choices.setAccessibleName(self.tr("查找到的读者"))
        self.choices.setMaximumHeight(110)
        self.choices.hide()
        self.choices.itemActivated.connect(self._choose)
        self.choices.itemClicked.connect(self._choose)
        self.reader_label = QLabel(self.tr("尚未选择读者"))
        self.reader_label.setAccessibleName(self.tr("当前读者"))
        self.overdue_label = QLabel()
        self.overdue_label.setAccessibleName(self.tr("逾期提醒"))
        self.overdue_label.setWordWrap(True)
        self.overdue_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.overdue_label.hide()
        self.lent_here: set[str] = set()  # copies lent to the reader at the desk in this visit
        self.scan = QLineEdit()
        self.scan.setAccessibleName(self.tr("扫描条码"))
        self.scan.setPlaceholderText(self.tr("扫描或输入图书条码，回车：在架的借出，借出的归还"))
        self.scan.returnPressed.connect(self.scanned)
        big = QFont(self.scan.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.scan.setFont(big)
        self.result = QLabel(" ")
        self.result.setAccessibleName(self.tr("扫描结果"))
        self.result.setWordWrap(True)
        self.result.setFont(big)
        self.renew_button = QPushButton(self.tr("续借所选"))
        self.renew_button.setAccessibleName(self.tr("续借所选"))
        self.renew_button.clicked.connect(self.renew_selected)
        self.clear_button = QPushButton(self.tr("换下一位读者"))
        self.clear_button.clicked.connect(self.clear_reader)
        self.model = LoanModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("读者在借图书"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.log = QListWidget()
        self.log.setAccessibleName(self.tr("本次借还记录"))

        who = QGroupBox(self.tr("读者"))
        wl = QVBoxLayout(who)
        wl.addWidget(self.reader)
        wl.addWidget(self.choices)
        row = QHBoxLayout()
        row.addWidget(self.reader_label, 1)
        row.addWidget(self.clear_button)
        wl.addLayout(row)
        wl.addWidget(self.overdue_label)
        books = QGroupBox(self.tr("扫描图书"))
        bl = QVBoxLayout(books)
        bl.addWidget(self.scan)
        bl.addWidget(self.result)
        lay = QVBoxLayout(self)
        lay.addWidget(who)
        lay.addWidget(books)
        mid = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("在借图书")))
        left.addWidget(self.table)
        left.addWidget(self.renew_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("本次借还")))
        right.addWidget(self.log)
        mid.addLayout(left, 3)
        mid.addLayout(right, 2)
        lay.addLayout(mid, 1)

    # ---- the reader ----
    def find_reader(self) -> None:
        text = self.reader.text().strip()
        if not text:
            return
        found = find_borrowers(self._db, text)
        self.choices.clear()
        if not found:
            self._say(self.tr("找不到读者“%1”").replace("%1", text), error=True)
            return
        if len(found) == 1:
            self._set_reader(found[0])
            return
        for b in found:
            item = QListWidgetItem(self._describe(b))
            item.setData(Qt.ItemDataRole.UserRole, b)
            self.choices.addItem(item)
        self.choices.show()
        self.choices.setCurrentRow(0)
        self.choices.setFocus()

    def _describe(self, b: Borrower) -> str:
        status = tr_core(STATUS_LABELS[Status(b.status)])
        card = self.tr("（会员证号 %1）").replace("%1", b.card_number) if b.card_number else ""
        return self.tr("%1%2，%3，在借 %4 册").replace("%1", b.name).replace("%2", card).replace(
            "%3", status).replace("%4", str(b.on_loan))

    def _choose(self, item: QListWidgetItem) -> None:
        self._set_reader(item.data(Qt.ItemDataRole.UserRole))

    def _set_reader(self, b: Borrower) -> None:
        self.borrower = b
        self.lent_here.clear()
        self.result.setText(" ")  # the last reader's message is not this one's
        self.choices.hide()
        self.reader_label.setText(self._describe(b))
        self._reload_loans()
        if not self.overdue_label.isHidden():
            self._say(self.overdue_label.text(), warning=True)
        self.scan.setFocus()

    def clear_reader(self) -> None:
        self.borrower = None
        self.lent_here.clear()
        self.reader.clear()
        self.reader_label.setText(self.tr("尚未选择读者"))
        self.model.set_rows([])
        self.overdue_label.hide()
        self.result.setText(" ")  # the last reader's message is not the next one's
        self.reader.setFocus()

    def _reload_loans(self) -> None:
        if self.borrower is None:
            self.model.set_rows([])
            return
        rows = loans_of(self._db, self.borrower.member_id)
        self.model.set_rows(rows)
        self.borrower = Borrower(self.borrower.member_id, self.borrower.name, self.borrower.card_number,
                                 self.borrower.status, len(rows))
        self.reader_label.setText(self._describe(self.borrower))
        late = [v.days_overdue(self.model.today) for v in rows if v.days_overdue(self.model.today)]
        if late:
            text = (self.tr("%1有 %2 册逾期 %3 天未还") if len(late) == 1 else
                    self.tr("%1有 %2 册逾期未还（最长 %3 天）"))
            self.overdue_label.setText(text.replace("%1", self.borrower.name).replace("%2", str(len(late)))
                                       .replace("%3", str(max(late)))
                                       + (self.tr("，按书屋设置须先还书再借") if loan_rules(self._db).refuse_overdue
                                          else self.tr("，请提醒还书")))
        self.overdue_label.setVisible(bool(late))

    # ---- scans ----
    def scanned(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if not code:
            return
        try:
            info = copy_info(self._db, code)
        except UnionBookError as exc:
            self._refused(exc)
            return
        if info.on_loan_to is not None and self.borrower is not None and info.barcode in self.lent_here \
                and info.on_loan_to == self.borrower.member_id:  # a scanner's double read, not a return
            self._say(self.tr("《%1》刚借给%2，未作归还（要归还请先点“换下一位读者”，再扫条码）")
                      .replace("%1", info.title).replace("%2", self.borrower.name), warning=True)
        elif info.on_loan_to is not None:
            run_op(self, lambda: give_back(self._db, code), touches=LOANS, success=self._returned,
                   inline=self._refused)
        elif self.borrower is None:
            self._say(self.tr("《%1》在架。借书请先在上方选择读者").replace("%1", info.title), error=True)
        else:
            member = str(self.borrower.member_id)
            run_op(self, lambda: lend(self._db, code, member), touches=LOANS, success=self._lent, inline=self._refused)

    def _returned(self, loan: LoanView) -> None:
        assert loan.returned_on is not None
        late = loan.days_overdue(loan.returned_on)
        text = self.tr("已归还《%1》（%2）").replace("%1", loan.title).replace("%2", loan.name)
        if late:
            text += self.tr("，逾期 %1 天").replace("%1", str(late))
        self._say(text)
        self._reload_loans()

    def _lent(self, loan: LoanView) -> None:
        self.lent_here.add(loan.barcode)
        self._say(self.tr("已借出《%1》，应还日期 %2").replace("%1", loan.title).replace("%2", loan.due.isoformat()))
        self._reload_loans()

    def _renewed(self, loan: LoanView) -> None:
        self._say(self.tr("已续借《%1》，应还日期 %2").replace("%1", loan.title).replace("%2", loan.due.isoformat()))
        self._reload_loans()

    def _refused(self, exc: UnionBookError) -> None:
        self._say(exc.message, error=True)

    def renew_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._say(self.tr("请先在在借图书中选择要续借的一本"), error=True)
            return
        code = self.model.rows[rows[0].row()].barcode
        run_op(self, lambda: renew(self._db, code), touches=LOANS, success=self._renewed, inline=self._refused)

    def _say(self, text: str, *, error: bool = False, warning: bool = False) -> None:
        self.result.setText(text)
        self.result.setStyleSheet("color: #b00020;" if error else "color: #b35c00;" if warning else "color: #1b5e20;")
        self.log.insertItem(0, ("✗ " if error else "! " if warning else "✓ ") + text)
        self.scan.setFocus()
