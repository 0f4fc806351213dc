"""Settings of the dues area: an employer's dues base (kind and wage components), whether it has its own union
(else 建会筹备金), how its funds are collected, small or micro firm; and the dues book's first month and the
province whose table splits the upper share and caps gifts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from unionbook.services.dues.funds import COLLECTIONS, employer_settings, set_employer
from unionbook.services.dues.rules import dues_rules_for
from unionbook.services.dues.settings import current_settings, dues_settings
from unionbook.store import Database
from unionbook.ui.dues.widgets import line
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.ops import run_op


class EmployerSettingsDialog(QDialog):
    def __init__(self, db: Database, employer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.employer_id = employer_id
        current = employer_settings(db, employer_id)
        self.setWindowTitle(self.tr("会费与经费设置：{0}").format(current["employer"]))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("单位类型"))
        for key, label in (("enterprise", self.tr("企业")), ("organ", self.tr("机关")),
                           ("institution", self.tr("事业单位"))):
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(self.kind.findData(current["kind"]))
        self.components = line(self.tr("计缴基数包括的工资项目"), "、".join(current["components"]))
        self.kind.currentIndexChanged.connect(self._default_components)
        self.has_union = QCheckBox(self.tr("已建立工会（未建会的单位缴纳建会筹备金）"))
        self.has_union.setChecked(current["has_union"])
        self.collection = QComboBox()
        self.collection.setAccessibleName(self.tr("经费收缴方式"))
        for key, label in COLLECTIONS.items():
            self.collection.addItem(tr_core(label), key)
        self.collection.setCurrentIndex(self.collection.findData(current["collection"]))
        self.small = QCheckBox(self.tr("小微企业（可按返还政策申请返还上级部分）"))
        self.small.setChecked(current["small_micro"])
        form = QFormLayout(self)
        form.addRow(self.tr("单位类型"), self.kind)
        form.addRow(self.tr("计缴基数"), self.components)
        form.addRow(QLabel(self.tr("奖金、津贴、补贴、稿费、劳保福利、社会保险待遇不计入会费基数。")))
        form.addRow(self.has_union)
        form.addRow(self.tr("收缴方式"), self.collection)
        form.addRow(self.small)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _default_components(self) -> None:
        self.components.setText("、".join(dues_rules_for(self.db).base_components(self.kind.currentData())))

    def _save(self) -> None:
        parts = [p.strip() for p in self.components.text().replace("，", "、").replace(",", "、").split("、") if p.strip()]
        values = {"kind": self.kind.currentData(), "components": parts, "has_union": self.has_union.isChecked(),
                  "collection": self.collection.currentData(), "small_micro": self.small.isChecked()}
        run_op(self, lambda: set_employer(self.db, self.employer_id, **values), touches={"dues_employer"},
               success=lambda _r: self.accept())


class BookSettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("会费账设置"))
        current = current_settings(db)
        self.start = line(self.tr("会费账起始月份"), current["start_month"] or "", self.tr("年-月，如2025-01"), 120)
        rule_set = QLabel(current["rule_set_title"] + (self.tr("（上级分成表待核实）")
                                                        if current["upper_split_unconfirmed"] else ""))
        rule_set.setAccessibleName(self.tr("所用规则集"))
        rule_set.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("会费账自"), self.start)
        form.addRow(self.tr("分成与慰问标准"), rule_set)
        form.addRow(QLabel(self.tr("经费分成、慰问标准等数字取自本会选用的规则集，可在“规则”页更换规则集或核对来源。")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        start = self.start.text().strip() or None
        run_op(self, lambda: dues_settings(self.db, start=start), touches={"dues_month"},
               success=lambda _r: self.accept())
