"""The import wizard's second page: the sheet, the header row found, and what each column is imported as."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from unionbook.errors import UnionBookError
from unionbook.services.imports import flow as imports
from unionbook.store import Database
from unionbook.ui.imports.encoding import EncodingChoice
from unionbook.ui.kit.common import show_error, tr_core
from unionbook.ui.kit.ops import Job, run_op, start_op


class MappingPage(QWizardPage):
    """Sheet, header row found, and what each column is imported as (recognised from the synonym table).

    The roster import uses it as it is; another sheet (the dues area's payroll) passes its own `choices`
    (field → label), `inspect` (path, sheet, encoding → Inspection), `check` (the mapping → a refusal, or "") and no
    saved mappings (those are the roster's)."""

    def __init__(self, db: Database, *, choices: dict[str, str] | None = None,
                 inspect: Callable[[Path, str | None, str | None], imports.Inspection] | None = None,
                 check: Callable[[dict[str, str | None]], str] | None = None, saved: bool = True) -> None:
        super().__init__()
        self._db = db
        self._choices = choices if choices is not None else imports.FIELD_CHOICES
        self._inspect = inspect if inspect is not None else (
            lambda path, sheet, encoding: imports.inspect(path, sheet, encoding=encoding))
        self._check = check
        self._with_saved = saved
        self.inspection: imports.Inspection | None = None
        self.encoding: str | None = None  # how to read a CSV that mixes encodings, once the user chose
        self._encoding_for: object = None  # the file that choice was made for
        self._job: Job | None = None
        self.setTitle(self.tr("核对列对应"))
        self.setSubTitle(self.tr("已按表头自动识别各列，请核对“导入为”一栏；不需要的列选“（不导入）”。"))
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentTextChanged.connect(self._sheet_changed)
        self.saved_combo = QComboBox()
        self.saved_combo.activated.connect(self._apply_saved)
        save = QPushButton(self.tr("保存为方案…"))
        save.clicked.connect(self._save)
        top = QHBoxLayout()
        self.sheet_label = QLabel(self.tr("工作表："))
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_combo, 1)
        saved_label = QLabel(self.tr("列对应方案："))
        top.addWidget(saved_label)
        top.addWidget(self.saved_combo, 1)
        top.addWidget(save)
        for w in (saved_label, self.saved_combo, save):
            w.setVisible(saved)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("列"), self.tr("表头"), self.tr("示例"), self.tr("导入为")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.encoding_box = EncodingChoice()
        self.encoding_box.chosen.connect(self._encoding_chosen)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.encoding_box)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        self._fill_saved()
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.blockSignals(False)
        if self._encoding_for != self.wizard().field_path():  # another file: its own question
            self.encoding, self._encoding_for = None, None
            self.encoding_box.hide()
        self._read(None)

    def _fill_saved(self) -> None:
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("（自动识别）"), None)
        if not self._with_saved:
            return
        for name in imports.saved_mappings(self._db):
            self.saved_combo.addItem(name, name)

    def _read(self, sheet: str | None) -> None:
        path = self.wizard().field_path()
        self.inspection = None
        self.table.setRowCount(0)
        self.info.setText(self.tr("正在读取“{0}”…").format(path.name))
        self.setSubTitle(self.tr("正在读取文件，读完后请核对每一列导入为什么。"))
        self.busy.show()
        self.completeChanged.emit()
        # reads the file only: touches nothing; a refusal is shown on the page
        encoding, inspect = self.encoding, self._inspect
        self._job = start_op(self, lambda _progress: inspect(path, sheet, encoding), touches=(),
                             success=self._read_done, inline=self._read_failed)
        self._job.failed.connect(lambda _e, _d: self._stopped())

    def _stopped(self) -> None:
        self.busy.hide()
        self.completeChanged.emit()

    def _read_failed(self, exc: UnionBookError) -> None:
        self.setSubTitle(self.tr("这个文件还不能导入，原因见下方。"))  # not "已按表头自动识别各列": nothing was
        if isinstance(exc, imports.MixedEncodingError):
            self.sheet_label.hide()  # only a CSV mixes encodings: it has no sheets
            self.sheet_combo.hide()
            self.info.setText(self.tr("“{0}”混用了两种文字编码，尚未读取。").format(self.wizard().field_path().name))
            self.encoding_box.ask(exc)
            return
        self.info.setText(self.tr("无法读取：") + exc.message)

    def _encoding_chosen(self, encoding: str) -> None:
        self.encoding, self._encoding_for = encoding, self.wizard().field_path()
        self._read(None)

    def _encoding_label(self, encoding: str) -> str:
        labels = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "gb18030": "GBK/GB18030", "utf-16": "UTF-16",
                  "auto-lines": self.tr("逐行自动（GBK 与 UTF-8）")}
        return labels.get(encoding, encoding)

    def _read_done(self, inspection: imports.Inspection) -> None:
        self.busy.hide()
        self.setSubTitle(self.tr("已按表头自动识别各列，请核对“导入为”一栏；不需要的列选“（不导入）”。"))
        self.inspection = inspection
        csv = inspection.sheet_names == [""]
        self.sheet_label.setVisible(not csv)
        self.sheet_combo.setVisible(not csv)
        if not csv and self.sheet_combo.count() == 0:
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.addItems(inspection.sheet_names)
            self.sheet_combo.setCurrentText(inspection.sheet)
            self.sheet_combo.blockSignals(False)
        encoding = (self.tr("，文字编码 {0}").format(self._encoding_label(inspection.encoding))
                    if inspection.encoding else "")
        if self.encoding is not None:
            encoding += self.tr("（按您选择的读法）")
            checked = self.encoding_box.buttons[self.encoding].text()
            self.encoding_box.read_as(checked)
        self.info.setText(self.tr("表头在第 {0} 行，共 {1} 列，其下约 {2} 行数据{3}。").format(
            inspection.header_row, len(inspection.columns), inspection.data_rows, encoding))
        self._show_columns(inspection.columns)
        name = self.saved_combo.currentData()
        if name:
            self._apply_saved()
        self.completeChanged.emit()

    def _show_columns(self, columns: list[Any]) -> None:
        self.table.setRowCount(len(columns))
        for row, column in enumerate(columns):
            for col, text in enumerate((column.letter, column.label, "、".join(column.samples))):
                self.table.setItem(row, col, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("“{0}”列导入为").format(column.label))
            combo.addItem(self.tr("（不导入）"), None)
            for key, label in self._choices.items():
                combo.addItem(tr_core(label), key)
            combo.setCurrentIndex(max(0, combo.findData(column.field)) if column.field else 0)
            self.table.setCellWidget(row, 3, combo)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _sheet_changed(self, sheet: str) -> None:
        if sheet and self.inspection is not None and sheet != self.inspection.sheet:
            self._read(sheet)

    def mapping(self) -> dict[str, str | None]:
        if self.inspection is None:
            return {}
        result: dict[str, str | None] = {}
        for row, column in enumerate(self.inspection.columns):
            combo = self.table.cellWidget(row, 3)
            result[column.label] = combo.currentData() if isinstance(combo, QComboBox) else None
        return result

    def _apply_saved(self) -> None:
        if self.inspection is None:
            return
        name = self.saved_combo.currentData()
        try:
            mapping = imports.load_mapping(self._db, name) if name else None
            self._show_columns(imports.remap(self.inspection, mapping))
        except UnionBookError as exc:
            show_error(self, exc)

    def _save(self) -> None:
        if self.inspection is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("保存列对应方案"),
                                        self.tr("方案名称（如“人事部花名册”）："))
        if not ok or not name.strip():
            return
        mapping = self.mapping()

        def saved(_r: object) -> None:
            self._fill_saved()
            self.saved_combo.setCurrentIndex(self.saved_combo.findData(" ".join(name.split())))

        # a saved mapping is a setting of the import wizard: no page shows it
        run_op(self, lambda: imports.save_mapping(self._db, name, mapping), touches=(), success=saved)

    def isComplete(self) -> bool:
        return self.inspection is not None

    def validatePage(self) -> bool:
        if self._check is not None:
            refusal = self._check(self.mapping())
            if refusal:
                QMessageBox.warning(self, self.tr("列对应不完整"), refusal)
                return False
            return True
        chosen = [f for f in self.mapping().values() if f]
        missing = [imports.FIELD_CHOICES[f] for f in ("name", "id_number") if f not in chosen]
        if missing:
            QMessageBox.warning(self, self.tr("列对应不完整"),
                                self.tr("请指定哪一列是：{0}。").format("、".join(tr_core(m) for m in missing)))
            return False
        twice = sorted({f for f in chosen if chosen.count(f) > 1})
        if twice:
            QMessageBox.warning(self, self.tr("列对应重复"), self.tr("以下字段对应了不止一列，请只保留一列：{0}。")
                                .format("、".join(tr_core(imports.FIELD_CHOICES[f]) for f in twice)))
            return False
        return True
