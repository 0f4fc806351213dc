"""The reading room (职工书屋) page: 书目 (catalogue and search), 借还 (loan desk), 逾期, 盘点, 统计."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionbook.domain.library import CLC_CLASSES, SOURCE_LABELS, Source
from unionbook.errors import UnionBookError
from unionbook.services.library.catalogue import AddedTitle, TitleDraft, TitleRow, add_title, search
from unionbook.services.library.copies import add_activity, list_activities, loan_rules, set_loan_rule
from unionbook.services.library.figures import figures, set_level, standards
from unionbook.services.library.papers import labels_for, last_printed, write_labels
from unionbook.store import Database
from unionbook.ui.kit.common import show_error, tr_core
from unionbook.ui.kit.list_model import ListModel
from unionbook.ui.kit.ops import run_op
from unionbook.ui.kit.pages import AreaPage
from unionbook.ui.library.desk import LoanDesk
from unionbook.ui.library.panels import OverduePanel, StocktakePanel


class TitleModel(ListModel[TitleRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.headers = [self.tr("书名"), self.tr("作者"), self.tr("ISBN"), self.tr("分类"), self.tr("册数"),
                        self.tr("借出"), self.tr("在架")]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        return (r.title, r.author, r.isbn_shown, r.clc, str(r.volumes), str(r.on_loan), str(r.available))[index.column()]


class CataloguePanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("查找图书"))
        self.search.setPlaceholderText(self.tr("书名、作者、ISBN、出版社或书名拼音首字母"))
        self.search.textChanged.connect(lambda _t: self.reload())
        self.count = QLabel()
        self.model = TitleModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("书目"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.isbn, self.title, self.author, self.publisher, self.price, self.donor = (QLineEdit() for _ in range(6))
        for w, name in ((self.isbn, "ISBN"), (self.title, self.tr("书名")), (self.author, self.tr("作者")),
                        (self.publisher, self.tr("出版社")), (self.price, self.tr("定价")), (self.donor, self.tr("捐赠人"))):
            w.setAccessibleName(name)
        self.year = QSpinBox()
        self.year.setRange(0, 2100)
        self.year.setSpecialValueText(self.tr("未填"))
        self.year.setAccessibleName(self.tr("出版年"))
        self.clc = QComboBox()
        self.clc.setAccessibleName(self.tr("中图法分类"))
        self.clc.addItem(self.tr("（未分类）"), "")
        for k, label in CLC_CLASSES.items():
            self.clc.addItem(f"{k} {tr_core(label)}", k)
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("来源"))
        for s in (Source.BOUGHT, Source.DELIVERED, Source.DONATED):
            self.source.addItem(tr_core(SOURCE_LABELS[s]), s.value)
        self.copies = QSpinBox()
        self.copies.setRange(1, 500)
        self.copies.setAccessibleName(self.tr("册数"))
        self.add_button = QPushButton(self.tr("登记"))
        self.add_button.clicked.connect(self.add)
        self.import_button = QPushButton(self.tr("导入配送书目…"))
        self.import_button.clicked.connect(self.import_delivery)
        self.labels_button = QPushButton(self.tr("打印新书条码标签…"))
        self.labels_button.clicked.connect(self.print_labels)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("登记结果"))
        form = QFormLayout()
        form.addRow(self.tr("ISBN"), self.isbn)
        form.addRow(self.tr("书名"), self.title)
        form.addRow(self.tr("作者"), self.author)
        form.addRow(self.tr("出版社"), self.publisher)
        form.addRow(self.tr("出版年"), self.year)
        form.addRow(self.tr("分类"), self.clc)
        form.addRow(self.tr("定价（元）"), self.price)
        form.addRow(self.tr("来源"), self.source)
        form.addRow(self.tr("捐赠人"), self.donor)
        form.addRow(self.tr("册数"), self.copies)
        box = QGroupBox(self.tr("登记图书"))
        bl = QVBoxLayout(box)
        bl.addLayout(form)
        bl.addWidget(self.add_button)
        bl.addWidget(self.message)
        bl.addStretch(1)
        bl.addWidget(self.import_button)
        bl.addWidget(self.labels_button)
        box.setMaximumWidth(380)
        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        left.addLayout(top)
        left.addWidget(self.table, 1)
        lay = QHBoxLayout(self)
        lay.addLayout(left, 1)
        lay.addWidget(box)

    def reload(self) -> None:
        rows = search(self._db, self.search.text())
        self.model.set_rows(rows)
        self.count.setText(self.tr("%1 种").replace("%1", str(len(rows))))

    def add(self) -> None:
        draft = TitleDraft(isbn=self.isbn.text(), title=self.title.text(), author=self.author.text(),
                           publisher=self.publisher.text(), year=self.year.value() or None,
                           clc=self.clc.currentData(), price=self.price.text(),
                           source=Source(self.source.currentData()), donor=self.donor.text(),
                           copies=self.copies.value())
        run_op(self, lambda: add_title(self._db, draft), touches={"library_title"}, success=self._added,
               inline=self._refused)

    def _refused(self, exc: UnionBookError) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(exc.message)

    def _added(self, r: AddedTitle) -> None:
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("已登记《%1》%2 册：%3–%4").replace("%1", r.title).replace(
            "%2", str(len(r.copies))).replace("%3", r.copies[0].barcode).replace("%4", r.copies[-1].barcode))
        for w in (self.isbn, self.title, self.author, self.publisher, self.price, self.donor):
            w.clear()
        self.copies.setValue(1)
        self.isbn.setFocus()
        self.reload()

    def import_delivery(self) -> None:
        """The upper union's delivery list, through the import wizard (file, column mapping, preview with the row
        errors, one batch that the import history can undo)."""
        from unionbook.ui.imports.wizard import run_import_wizard

        if run_import_wizard(self, self._db, kind="library"):
            self.message.setStyleSheet("color: #1b5e20;")
            self.message.setText(self.tr("已导入配送书目；如需撤销，可在“导入记录”中选择该批次撤销。"))
            self.reload()

    def print_labels(self) -> None:
        labels = labels_for(self._db, new_since=last_printed(self._db))
        if not labels:
            show_error(self, UnionBookError(self.tr("上次打印后没有新登记的图书")))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存条码标签"), self.tr("条码标签.pdf"), "PDF (*.pdf)")
        if path:
            run_op(self, lambda: write_labels(self._db, labels, Path(path)), touches=())


class FiguresPanel(QWidget):
    """The figures against the chosen standard, the desk's settings, and the reading activities."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.text = QLabel()
        self.text.setAccessibleName(self.tr("书屋统计"))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.conditions = QLabel()
        self.conditions.setAccessibleName(self.tr("达标情况"))
        self.conditions.setTextFormat(Qt.TextFormat.RichText)
        self.conditions.setWordWrap(True)
        self.room_button = QPushButton(self.tr("书屋设置…"))
        self.room_button.clicked.connect(self._edit_room)
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("衡量标准"))
        for st in standards():
            self.level.addItem(st.label, st.level)
        self.level.activated.connect(self._level_chosen)
        self.loan_days, self.max_loans = QSpinBox(), QSpinBox()
        self.loan_days.setRange(1, 365)
        self.max_loans.setRange(1, 50)
        self.loan_days.setAccessibleName(self.tr("借期（天）"))
        self.max_loans.setAccessibleName(self.tr("每人限借（册）"))
        self.refuse_overdue = QCheckBox(self.tr("有逾期未还的书时不再借出（不选则只提醒）"))
        self.refuse_overdue.setAccessibleName(self.tr("有逾期未还时不借"))
        self.save_rules = QPushButton(self.tr("保存借阅设置"))
        self.save_rules.clicked.connect(self._save_rules)
        self.act_date = QDateEdit(QDate.currentDate())
        self.act_date.setDisplayFormat("yyyy-MM-dd")
        self.act_date.setAccessibleName(self.tr("活动日期"))
        self.act_kind = QComboBox()
        self.act_kind.setEditable(True)
        self.act_kind.addItems([self.tr("读书会"), self.tr("征文"), self.tr("讲座"), self.tr("阅读分享")])
        self.act_kind.setAccessibleName(self.tr("活动类型"))
        self.act_title = QLineEdit()
        self.act_title.setAccessibleName(self.tr("活动名称"))
        self.act_people = QSpinBox()
        self.act_people.setRange(0, 100000)
        self.act_people.setAccessibleName(self.tr("参加人数"))
        self.act_add = QPushButton(self.tr("登记活动"))
        self.act_add.clicked.connect(self._add_activity)
        self.activities = QLabel()
        self.activities.setAccessibleName(self.tr("读书活动"))
        self.activities.setWordWrap(True)
        settings = QFormLayout()
        settings.addRow(self.tr("衡量标准"), self.level)
        settings.addRow(self.tr("借期（天）"), self.loan_days)
        settings.addRow(self.tr("每人限借（册）"), self.max_loans)
        settings.addRow("", self.refuse_overdue)
        settings.addRow("", self.save_rules)
        settings.addRow("", self.room_button)
        box = QGroupBox(self.tr("设置"))
        box.setLayout(settings)
        act = QGroupBox(self.tr("读书活动"))
        al = QVBoxLayout(act)
        row = QHBoxLayout()
        for text, w in ((None, self.act_date), (None, self.act_kind), (self.tr("名称"), self.act_title),
                        (self.tr("人数"), self.act_people), (None, self.act_add)):
            if text:  # the date and the kind speak for themselves; a name box and a number box do not
                label = QLabel(text)
                label.setBuddy(w)
                row.addWidget(label)
            row.addWidget(w, 1 if w is self.act_title else 0)
        al.addLayout(row)
        al.addWidget(self.activities)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.text)
        left.addWidget(self.conditions)
        left.addWidget(self.source)
        top.addLayout(left, 1)
        top.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(act)
        lay.addStretch(1)

    def reload(self) -> None:
        f = figures(self._db)
        st = f.check.standard
        self.level.setCurrentIndex(max(0, self.level.findData(st.level)))
        rules = loan_rules(self._db)
        self.loan_days.setValue(rules.loan_days)
        self.max_loans.setValue(rules.max_loans)
        self.refuse_overdue.setChecked(rules.refuse_overdue)
        verdict = self.tr("达到") if f.check.met else self.tr("未达到")
        rows = [(self.tr("图书种数"), f.titles), (self.tr("藏书册数（不含已注销）"), f.volumes),
                (self.tr("已注销"), f.written_off), (self.tr("借出未还"), f.on_loan), (self.tr("逾期未还"), f.overdue),
                (self.tr("%1 年借阅次数").replace("%1", str(f.year)), f.loans_year),
                (self.tr("%1 年借阅人数").replace("%1", str(f.year)), f.readers_year),
                (self.tr("借阅人数占会员"), f"{f.readers_share:.1%}"),
                (self.tr("读书活动 / 参加人次"), f"{f.activities_year} / {f.attendance_year}")]
        table = "".join(f"<tr><td>{a}</td><td align='right'><b>{b}</b></td></tr>" for a, b in rows)
        self.text.setText(f"<table cellpadding='4'>{table}</table>")
        marks = "".join(
            f"<tr><td style='color:{'#1b5e20' if c.met else '#b3261e'}'>{'✓' if c.met else '✗'}</td>"
            f"<td>{tr_core(c.message)}</td></tr>" for c in f.check.conditions)
        self.conditions.setText(f"<p>{st.label}：<b>{verdict}</b>（{tr_core(st.confidence_label)}）</p>"
                                f"<table cellpadding='2'>{marks}</table>")
        self.source.setText(self.tr("依据：%1").replace("%1", st.source))
        self.activities.setText("<br/>".join(
            f"{a.date.isoformat()}　{a.kind}　{a.title}　{a.attendance} {self.tr('人')}"
            for a in list_activities(self._db)[:8]) or self.tr("尚未登记读书活动"))

    def _edit_room(self) -> None:
        from unionbook.ui.library.room_dialog import RoomDialog

        dialog = RoomDialog(self._db, self)
        dialog.exec()
        if dialog.saved:
            self.reload()

    def _level_chosen(self, _index: int) -> None:
        level = str(self.level.currentData())
        run_op(self, lambda: set_level(self._db, level), touches={"library_setting"}, success=lambda _r: self.reload())

    def _save_rules(self) -> None:
        days, most, refuse = self.loan_days.value(), self.max_loans.value(), self.refuse_overdue.isChecked()

        def save() -> None:
            set_loan_rule(self._db, "loan_days", days)
            set_loan_rule(self._db, "max_loans", most)
            set_loan_rule(self._db, "refuse_overdue", refuse)

        run_op(self, save, touches={"library_setting"}, success=lambda _r: self.reload())

    def _add_activity(self) -> None:
        d = self.act_date.date()
        day, kind, title, people = (dt.date(d.year(), d.month(), d.day()), self.act_kind.currentText(),
                                    self.act_title.text(), self.act_people.value())
        if run_op(self, lambda: add_activity(self._db, day, title, kind=kind, attendance=people),
                  touches={"library_activity"}, success=lambda _r: self.reload()):
            self.act_title.clear()
            self.act_people.setValue(0)


class LibraryPage(AreaPage):
    WATCHED = ("library_title", "library_copy", "library_loan", "library_stocktake", "import_batch",
               "library_setting", "library_activity", "member")

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("职工书屋"))
        self.catalogue = CataloguePanel(db)
        self.desk = LoanDesk(db)
        self.overdue = OverduePanel(db)
        self.stocktake = StocktakePanel(db)
        self.figures = FiguresPanel(db)
        self.tabs.addTab(self.catalogue, self.tr("书目"))
        self.tabs.addTab(self.desk, self.tr("借还"))
        self.tabs.addTab(self.overdue, self.tr("逾期"))
        self.tabs.addTab(self.stocktake, self.tr("盘点"))
        self.tabs.addTab(self.figures, self.tr("统计"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.desk:
            self.desk.scan.setFocus()
            return
        reload = getattr(current, "reload", None)
        if reload is not None:
            reload()

    def on_changed(self, touched: frozenset[str]) -> None:
        if self.concerns(touched, *self.WATCHED):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
