"""The rules page: every regulated number in force, where it comes from and how sure we are of it (values
not yet confirmed in a primary text are marked 待核实), the rule set chosen, and the union's overrides with
who made them, when and why."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionbook.services.rules.in_force import (
    RuleView,
    choose_rule_set,
    clear_override,
    plain_words,
    rule_sets,
    rule_views,
    set_override,
    value_text,
)
from unionbook.store import Database
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.list_model import ListModel
from unionbook.ui.kit.ops import run_op
from unionbook.ui.kit.pages import AreaPage

COL_SECTION, COL_LABEL, COL_VALUE, COL_CONFIDENCE, COL_SOURCE, COL_OVERRIDE = range(6)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
UNCONFIRMED_ROLE = Qt.ItemDataRole.UserRole + 2


class RulesModel(ListModel[RuleView]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.headers = [self.tr("类别"), self.tr("规则"), self.tr("现行值"), self.tr("可信度"), self.tr("来源"),
                        self.tr("本会覆盖")]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        v = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_SECTION:
                return tr_core(v.section)
            if col == COL_LABEL:
                return plain_words(v.label) if role == Qt.ItemDataRole.DisplayRole else plain_words(
                    f"{v.label}\n{v.note}").strip()
            if col == COL_VALUE:
                return v.display
            if col == COL_CONFIDENCE:
                return tr_core(v.confidence_label)
            if col == COL_SOURCE:
                return v.source
            if col == COL_OVERRIDE and v.override is not None:
                when = v.override.at.strftime("%Y-%m-%d %H:%M") if v.override.at else ""
                return self.tr("{0}（{1} {2}）").format(v.override.note, v.override.by, when)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_CONFIDENCE and v.unconfirmed:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.BackgroundRole and v.unconfirmed and col == COL_CONFIDENCE:
            return QBrush(QColor("#fce8e6"))
        if role == Qt.ItemDataRole.BackgroundRole and v.override is not None and col in (COL_VALUE, COL_OVERRIDE):
            return QBrush(QColor("#fef7e0"))
        if role == Qt.ItemDataRole.FontRole and ((col == COL_CONFIDENCE and v.unconfirmed) or
                                                 (col == COL_VALUE and v.override is not None)):
            font = QFont()
            font.setBold(True)
            return font
        if role == KEY_ROLE:
            return v.key
        if role == UNCONFIRMED_ROLE:
            return v.unconfirmed
        return None


class RulesPage(AreaPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.views: list[RuleView] = []
        self.rule_set = QComboBox()
        self.use_button = QPushButton(self.tr("选用此规则集"))
        self.use_button.clicked.connect(self.use_rule_set)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("查找规则"))
        self.only_unconfirmed = QCheckBox(self.tr("只看待核实的"))
        self.model = RulesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.only_unconfirmed.toggled.connect(self._toggle_unconfirmed)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SOURCE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_SECTION, 90), (COL_VALUE, 150), (COL_CONFIDENCE, 100), (COL_OVERRIDE, 180)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_current())

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value = QLineEdit()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("依据：文件名称、文号或会议决定（必填）"))
        self.override_button = QPushButton(self.tr("为本会覆盖此值"))
        self.override_button.clicked.connect(self.override)
        self.clear_button = QPushButton(self.tr("恢复规则集的值"))
        self.clear_button.clicked.connect(self.clear)
        edit = QGroupBox(self.tr("所选规则"))
        el = QVBoxLayout(edit)
        el.addWidget(self.detail)
        form = QFormLayout()
        form.addRow(self.tr("新值"), self.value)
        form.addRow(self.tr("依据"), self.note)
        el.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.override_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        el.addLayout(row)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("规则集")))
        top.addWidget(self.rule_set, 1)
        top.addWidget(self.use_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.only_unconfirmed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(edit)
        self.reload()

    def on_changed(self, touched: frozenset[str]) -> None:
        if self.concerns(touched, "rules"):
            self.reload()

    def reload(self) -> None:
        key = self.current_key()
        self.rule_set.clear()
        in_force = ""
        for s in rule_sets(self._db):
            self.rule_set.addItem(s.title, s.id)
            if s.chosen:
                self.rule_set.setCurrentIndex(self.rule_set.count() - 1)
                in_force = s.title
        self.views = views = rule_views(self._db)
        self._show_rows()
        unconfirmed = sum(v.unconfirmed for v in views)
        overridden = sum(v.override is not None for v in views)
        self.summary.setText(self.tr("正在使用：<b>{0}</b>。").format(in_force) + self.tr(
            "共 {0} 项规则，其中 <b style='color:#b3261e'>待核实 {1} 项</b>（凭记忆整理、尚未在原文中核实，使用前请对照"
            "本省规定）；本会覆盖 {2} 项。覆盖的值用于此后设立的选举，已设立的选举按设立时的规则计票。").format(
            len(views), unconfirmed, overridden))
        if key:
            self.select_key(key)
        self.show_current()

    def _toggle_unconfirmed(self, _on: bool) -> None:
        self._show_rows()

    def _show_rows(self) -> None:
        rows = [v for v in self.views if v.unconfirmed] if self.only_unconfirmed.isChecked() else self.views
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()

    def current_key(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def select_key(self, key: str) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(KEY_ROLE) == key:
                self.table.selectRow(r)
                self.table.setCurrentIndex(self.proxy.index(r, 0))
                return

    def _view(self) -> RuleView | None:
        key = self.current_key()
        return next((v for v in self.model.rows if v.key == key), None)

    def show_current(self) -> None:
        v = self._view()
        for w in (self.value, self.note, self.override_button):
            w.setEnabled(v is not None)
        self.clear_button.setEnabled(v is not None and v.override is not None)
        if v is None:
            self.detail.setText(self.tr("在上表中选择一项规则，可查看来源，或为本会覆盖其值。"))
            return
        mark = self.tr("【待核实】") if v.unconfirmed else ""
        base = value_text(v.base_value)
        lines = [f"<b>{plain_words(v.label)}</b>{mark}",
                 self.tr("现行值：{0}　规则集的值：{1}").format(v.display, base),
                 self.tr("来源：{0}（{1}）").format(v.source, tr_core(v.confidence_label))]
        if v.note:
            lines.append(self.tr("说明：{0}").format(plain_words(v.note)))
        if v.override is not None:
            lines.append(self.tr("本会覆盖：{0}，{1} 于 {2}").format(v.override.note, v.override.by, v.override.at))
        self.detail.setText("<br>".join(lines))
        self.value.setText(json.dumps(v.value, ensure_ascii=False) if isinstance(v.value, list) else v.display)

    def override(self) -> None:
        v = self._view()
        if v is None:
            return
        key, value, note = v.key, self.value.text(), self.note.text()
        run_op(self, lambda: set_override(self._db, key, value, note), touches={"rules"},
               title=self.tr("未能覆盖规则"), success=lambda _r: self.note.clear())

    def clear(self) -> None:
        v = self._view()
        if v is None:
            return
        key = v.key
        run_op(self, lambda: clear_override(self._db, key), touches={"rules"})

    def use_rule_set(self) -> None:
        chosen, title = self.rule_set.currentData(), self.rule_set.currentText()
        answer = QMessageBox.question(
            self, self.tr("选用规则集"),
            self.tr("改用“{0}”后，此后的选举设立、会费与经费分成、慰问标准等都按它计算；已记的账和已设立的选举不变。"
                    "确定改用吗？").format(title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_op(self, lambda: choose_rule_set(self._db, chosen), touches={"rules"}, title=self.tr("未能选用规则集"))
