"""职工之家: start a year's self-assessment with a sheet, walk the items (points, note, evidence files; auto items
filled in from the records with the figure used), record the member survey, see the total, the grade and why
not the next one, print the report and the 申报表; the titles held are on their own tab (titles.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QFileInfo, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFileIconProvider,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionbook.errors import NotFoundError, UnionBookError
from unionbook.services.homes import assessment as svc
from unionbook.services.homes.grading import percent, points_text
from unionbook.services.homes.report import write_pdf
from unionbook.services.homes.sheet import available_sheets
from unionbook.services.homes.survey import survey_from_excel
from unionbook.store import Database
from unionbook.ui.homes.titles import TitlesTab
from unionbook.ui.homes.unit_box import UnitBox
from unionbook.ui.kit.ops import run_op
from unionbook.ui.kit.pages import AreaPage

TOUCHES = {"home_assessment"}


class HomesPage(AreaPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.view: svc.AssessmentView | None = None
        self._showing: tuple[int, str] = (0, "")  # the year and unit the page shows (started or not)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._assess_tab(), self.tr("自评"))
        self.titles = TitlesTab(db)
        self.tabs.addTab(self.titles, self.tr("称号与复查"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.reload()

    # ---- building ----

    def _button(self, text: str, slot: object) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(slot)
        return b

    def _assess_tab(self) -> QWidget:
        tab = QWidget()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.setSuffix(self.tr(" 年"))
        self.year.setAccessibleName(self.tr("自评年度"))
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.sheet_box = QComboBox()
        self.sheet_box.setAccessibleName(self.tr("评分表"))
        try:
            for sheet in available_sheets():
                mark = f"（{sheet.confidence}）" if sheet.confidence else ""
                self.sheet_box.addItem(f"{sheet.title}{mark}", sheet.name)
        except UnionBookError as exc:
            self.sheet_box.addItem(exc.message, "")
        self.unit_box = UnitBox()  # 本会, or a 职工小家
        self.unit_box.chosen.connect(self.reload)
        self.unit_box.typing.connect(self._typing)
        self.start_button = self._button(self.tr("开始自评"), self.start)
        self.sheet_label = QLabel()
        self.sheet_label.setWordWrap(True)
        self.sheet_label.setAccessibleName(self.tr("评分表说明"))
        top = QHBoxLayout()
        for w in (QLabel(self.tr("年度：")), self.year, QLabel(self.tr("评估对象：")), self.unit_box,
                  QLabel(self.tr("评分表：")), self.sheet_box, self.start_button):
            top.addWidget(w)
        top.addStretch(1)

        self.result = QLabel()
        self.result.setAccessibleName(self.tr("自评结果"))
        self.result.setWordWrap(True)
        font = QFont(self.result.font())
        font.setBold(True)
        self.result.setFont(font)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        headers = [self.tr("编号"), self.tr("项目"), self.tr("分值"), self.tr("得分"), self.tr("必备"),
                   self.tr("自动评分依据"), self.tr("说明"), self.tr("证明材料")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("评分项目"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((44, 250, 44, 44, 40, 230, 150, 150)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.cellDoubleClicked.connect(lambda _r, c: self.open_evidence() if c == 7 else None)

        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.sheet_label)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._editor(), 3)
        bottom.addWidget(self._survey(), 2)
        layout.addLayout(bottom)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("提示"))
        self.message.setStyleSheet("color: #a33;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        prints = QHBoxLayout()
        self.report_button = self._button(self.tr("导出自评报告（PDF）…"), lambda: self.export("self_assessment"))
        self.form_button = self._button(self.tr("导出申报表（PDF）…"), lambda: self.export("application"))
        prints.addWidget(self.report_button)
        prints.addWidget(self.form_button)
        prints.addStretch(1)
        layout.addLayout(prints)
        return tab

    def _editor(self) -> QGroupBox:
        box = QGroupBox(self.tr("评分"))
        self.item_label = QLabel(self.tr("在上表中选择一个项目"))
        self.item_label.setWordWrap(True)
        self.points = QDoubleSpinBox()
        self.points.setDecimals(1)
        self.points.setSingleStep(0.5)
        self.points.setAccessibleName(self.tr("得分"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("说明"))
        self.note.setPlaceholderText(self.tr("说明（自动评分项改为手工评分时必填）"))
        self.save_button = self._button(self.tr("保存得分"), self.save_score)
        self.attach_button = self._button(self.tr("添加证明材料…"), self.attach)
        self.open_button = self._button(self.tr("打开证明材料"), self.open_evidence)
        self.auto_button = self._button(self.tr("恢复自动评分"), self.back_to_auto)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("得分：")))
        row.addWidget(self.points)
        row.addWidget(self.note, 1)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.attach_button, self.open_button, self.auto_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(box)
        layout.addWidget(self.item_label)
        layout.addLayout(row)
        layout.addLayout(buttons)
        return box

    def _survey(self) -> QGroupBox:
        box = QGroupBox(self.tr("会员评家（收回的问卷份数）"))
        self.satisfied, self.basic, self.unsatisfied = QSpinBox(), QSpinBox(), QSpinBox()
        row = QHBoxLayout()
        for label, spin in ((self.tr("满意"), self.satisfied), (self.tr("基本满意"), self.basic),
                            (self.tr("不满意"), self.unsatisfied)):
            spin.setRange(0, 1_000_000)
            spin.setAccessibleName(label)
            row.addWidget(QLabel(label))
            row.addWidget(spin)
        self.survey_button = self._button(self.tr("保存评家结果"), self.save_survey)
        self.excel_button = self._button(self.tr("从 Excel 统计…"), self.survey_from_excel)
        self.excel_button.setToolTip(self.tr("问卷汇总表：每行一份问卷，“总体评价”列写满意、基本满意或不满意"))
        row.addWidget(self.survey_button)
        row.addWidget(self.excel_button)
        self.share_label = QLabel()
        self.share_label.setAccessibleName(self.tr("满意率"))
        self.share_label.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.share_label)
        return box

    # ---- reading ----

    def on_changed(self, touched: frozenset[str]) -> None:
        if self.concerns(touched, "home_assessment", "member", "term", "meeting", "union"):
            self.reload()
        if self.concerns(touched, "home_title"):
            self.titles.reload()

    def _typing(self) -> None:
        """Another name typed: 开始自评 can be clicked at once (it shows that unit first, and starts it only if it
        has no assessment yet); the page follows after a pause."""
        self.start_button.setEnabled(True)
        self.sheet_box.setEnabled(True)

    def _shown(self) -> tuple[int, str]:
        """The year and unit of the assessment on the page: what the items, the survey and the buttons are of,
        whatever has been typed into 评估对象 since."""
        assert self.view is not None  # the buttons that write are enabled only when an assessment is shown
        return self.view.year, self.view.unit

    def reload(self) -> None:
        code = self._code()
        self.unit_box.offer(sorted({unit for _year, unit, _title in svc.list_assessments(self.db) if unit}))
        unit = self.unit_box.unit()
        self._showing = (self.year.value(), unit)
        try:
            self.view = svc.get_assessment(self.db, self.year.value(), unit=unit)
        except NotFoundError:
            self.view = None
        v = self.view
        started = v is not None
        self.start_button.setEnabled(not started)
        self.sheet_box.setEnabled(not started)
        for w in (self.save_button, self.attach_button, self.open_button, self.auto_button, self.survey_button,
                  self.excel_button,
                  self.report_button, self.form_button, self.points, self.note):
            w.setEnabled(started)
        if v is None:
            self.sheet_label.setText(self.tr("{0}本年度还没有自评：选择评分表后点“开始自评”。").format(
                self.tr("职工小家“{0}”").format(unit) if unit else self.tr("本会")))
            self.result.setText("")
            self.share_label.setText("")
            self.table.setRowCount(0)
            return
        if (index := self.sheet_box.findData(v.sheet.name)) >= 0:
            self.sheet_box.setCurrentIndex(index)
        source = f"{v.sheet.source}（{v.sheet.confidence}）" if v.sheet.confidence else v.sheet.source
        who = self.tr("职工小家“{0}”　").format(v.unit) if v.unit else ""
        self.sheet_label.setText(who + self.tr("评分表：{0}（已随自评保存副本）　来源：{1}").format(v.sheet.title, source))
        self.result.setText(v.grading.line())
        icons = QFileIconProvider()
        self.table.setRowCount(len(v.items))
        for r, i in enumerate(v.items):
            pts = self.tr("未评") if i.points is None else points_text(i.points)
            figure = i.figure + (self.tr("（已手工改分）") if i.override else "")
            cells = [i.code, i.title, points_text(i.max), pts, self.tr("必备") if i.mandatory else "", figure, i.note,
                     "、".join(e.file_name for e in i.evidence) or (self.tr("需：") + i.evidence_wanted
                                                                   if i.evidence_wanted else "")]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if c == 7 and i.evidence:
                    cell.setIcon(icons.icon(QFileInfo(str(i.evidence[0].path))))
                    cell.setToolTip("\n".join(f"{e.file_name}  SHA-256 {e.sha256}" for e in i.evidence))
                self.table.setItem(r, c, cell)
        self.table.resizeRowsToContents()
        s = v.survey
        if s is not None:
            for spin, n in ((self.satisfied, s.satisfied), (self.basic, s.basic), (self.unsatisfied, s.unsatisfied)):
                spin.setValue(n)
        floors = "；".join(f"{k} ≥ {percent(f)}" for k, f in v.grading.floors.items())
        share = v.grading.satisfied_share
        self.share_label.setText(
            self.tr("满意率（满意＋基本满意）÷ 收回：{0}；要求：{1}").format(percent(share), floors) if share is not None
            else self.tr("尚未录入评家结果：没有满意率，无法评定等级。要求：{0}").format(floors))
        if code:
            self._select(code)

    def _code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.table.item(rows[0].row(), 0).text() if rows else None

    def _select(self, code: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).text() == code:
                self.table.selectRow(r)
                return

    def _item(self) -> svc.ItemView | None:
        code = self._code()
        if self.view is None or code is None:
            return None
        return next((i for i in self.view.items if i.code == code), None)

    def _selected(self) -> None:
        i = self._item()
        if i is None:
            return
        self.points.setRange(0, float(i.max))
        self.points.setValue(float(i.points or 0))
        self.note.setText(i.note)
        what = self.tr("自动评分：{0}").format(i.figure) if i.auto else ""
        need = self.tr("及格 {0} 分").format(points_text(i.passing)) if i.mandatory else ""
        head = self.tr("{0} {1}（{2} 分）").format(i.code, i.title, points_text(i.max))
        self.item_label.setText("　".join(x for x in (head, need, what) if x))

    # ---- writing ----

    def _inline(self, error: UnionBookError) -> None:
        self.message.setText(error.message)

    def start(self) -> None:
        year, name, unit = self.year.value(), self.sheet_box.currentData(), self.unit_box.unit()
        self.message.clear()
        if self._showing != (year, unit):
            self.reload()  # a unit typed and not yet confirmed: show it first
            if self.view is not None:
                return  # it has its assessment already: now on the page
        run_op(self, lambda: svc.start_assessment(self.db, year, name, unit=unit), touches=TOUCHES,
               inline=self._inline)

    def save_score(self) -> None:
        i = self._item()
        if i is None:
            self.message.setText(self.tr("请先在表中选择一个项目"))
            return
        year, unit = self._shown()
        value, note = Decimal(str(round(self.points.value(), 1))), self.note.text()
        self.message.clear()
        run_op(self, lambda: svc.score_item(self.db, year, i.code, value, note=note, unit=unit), touches=TOUCHES,
               inline=self._inline)

    def back_to_auto(self) -> None:
        i = self._item()
        if i is not None:
            year, unit = self._shown()
            run_op(self, lambda: svc.reset_auto(self.db, year, i.code, unit=unit), touches=TOUCHES,
                   inline=self._inline)

    def attach(self) -> None:
        i = self._item()
        if i is None:
            self.message.setText(self.tr("请先在表中选择一个项目"))
            return
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择证明材料"))
        if files:
            year, unit = self._shown()
            run_op(self, lambda: svc.attach_evidence(self.db, year, i.code, [Path(f) for f in files], unit=unit),
                   touches=TOUCHES, inline=self._inline)

    def open_evidence(self) -> None:
        i = self._item()
        if i is not None and i.evidence:
            for e in i.evidence:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(e.path)))

    def save_survey(self) -> None:
        year, unit = self._shown()
        counts = (self.satisfied.value(), self.basic.value(), self.unsatisfied.value())
        self.message.clear()
        run_op(self, lambda: svc.record_survey(self.db, year, *counts, unit=unit), touches=TOUCHES,
               inline=self._inline)

    def survey_from_excel(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("问卷汇总表"), "", "Excel (*.xlsx)")
        if not path:
            return
        try:
            s = survey_from_excel(Path(path))
        except UnionBookError as exc:
            self.message.setText(exc.message)
            return
        for spin, n in ((self.satisfied, s.satisfied), (self.basic, s.basic), (self.unsatisfied, s.unsatisfied)):
            spin.setValue(n)
        self.message.setText(self.tr("已从问卷汇总表统计 {0} 份，核对后点“保存评家结果”").format(s.returned))

    def export(self, form: str) -> None:
        v = self.view
        if v is None:
            return
        name = self.tr("职工之家自评报告") if form == "self_assessment" else self.tr("职工之家申报表")
        suggested = self.tr("{0}年{1}.pdf").format(v.year, f"{v.unit}{name}" if v.unit else name)
        path, _ = QFileDialog.getSaveFileName(self, name, suggested, "PDF (*.pdf)")
        if path:
            run_op(self, lambda: write_pdf(self.db, v, form, Path(path)), touches=set(),
                   success=lambda out: self.message.setText(self.tr("已保存：{0}").format(out)))
