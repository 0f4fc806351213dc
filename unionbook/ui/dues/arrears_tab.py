"""The 欠费 tab: who owes which months and how much, per employer, with the lapse flags (连续欠费满六个月);
record a persuasion talk; print the reminder list. The status change itself is made in the roster, by a person."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionbook.domain.dues_money import format_yuan
from unionbook.services.dues.arrears import Arrear, ArrearsReport, arrears, default_as_of, record_persuasion
from unionbook.services.dues.funds import employer_names
from unionbook.services.dues.papers import month_ranges, reminder_list
from unionbook.store import Database
from unionbook.ui.dues.widgets import (
    TextRows,
    ask_paper_path,
    date_edit,
    date_of,
    employer_combo,
    fill_employers,
    line,
    month_edit,
    paper_saved,
    selected_payload,
    table,
)
from unionbook.ui.kit.common import show_error
from unionbook.ui.kit.ops import run_op


class ArrearsModel(TextRows):
    def data(self, index, role=0):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt

        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            a = self.payloads[index.row()]
            if a is not None and a.lapse:
                return QBrush(QColor("#fce8e6"))
        return super().data(index, role)


class PersuasionDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("记录教育谈话：{0}").format(name))
        self.day = date_edit(self.tr("谈话日期"))
        self.by = line(self.tr("谈话人"))
        self.note = line(self.tr("谈话内容"))
        form = QFormLayout(self)
        form.addRow(self.tr("日期"), self.day)
        form.addRow(self.tr("谈话人"), self.by)
        form.addRow(self.tr("内容"), self.note)
        form.addRow(QLabel(self.tr("记录谈话不改变会籍状态；是否视为自动退会由工会委员会决定。")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ArrearsTab(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.report: ArrearsReport | None = None
        self.as_of = month_edit(self.tr("截至月份"), default_as_of())
        self.min_months = QSpinBox()
        self.min_months.setAccessibleName(self.tr("至少欠几个月"))
        self.min_months.setRange(1, 120)
        self.employer = employer_combo(self.tr("欠费单位"), [], everyone=self.tr("全部单位"))
        show = QPushButton(self.tr("查询欠费"))
        show.setAccessibleName(self.tr("查询欠费"))
        show.clicked.connect(self.reload)
        talk = QPushButton(self.tr("记录教育谈话…"))
        talk.setAccessibleName(self.tr("记录教育谈话"))
        talk.clicked.connect(self._persuade)
        print_button = QPushButton(self.tr("打印催缴名单…"))
        print_button.setAccessibleName(self.tr("打印催缴名单"))
        print_button.clicked.connect(self._print)
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("截至")), self.as_of, QLabel(self.tr("至少欠")), self.min_months, QLabel(self.tr("个月")),
                  self.employer, show, talk, print_button):
            bar.addWidget(w)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("欠费合计"))
        self.model = ArrearsModel([self.tr("工作单位"), self.tr("姓名"), self.tr("欠费月数"), self.tr("欠费金额（元）"),
                                   self.tr("会费交至"), self.tr("欠费月份"), self.tr("提示"), self.tr("教育谈话")],
                                  right=(2, 3), parent=self)
        self.view = table(self.model, self.tr("欠费名单"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        fill_employers(self.employer, employer_names(self.db), everyone=self.tr("全部单位"))
        try:
            self.report = arrears(self.db, as_of=self.as_of.text(), min_months=self.min_months.value(),
                                  employer_id=self.employer.currentData())
        except Exception as exc:
            show_error(self, exc)
            return
        rows, lapse = [], 0
        for a in self.report.members:
            lapse += a.lapse
            rows.append((a.employer, a.name, len(a.months), format_yuan(a.owed_fen) + ("*" if a.no_wage else ""),
                         str(a.paid_through) if a.paid_through else "—", self._months(a),
                         self.tr("连续欠费满6个月") if a.lapse else "",
                         self.tr("{0}次，最近 {1}").format(a.persuasions, a.last_persuasion) if a.persuasions else ""))
        self.model.set_data(rows, list(self.report.members))
        self.summary.setText(self.tr("截至{0}：欠费 {1} 人，合计 {2} 元；连续欠费满六个月 {3} 人（请先教育谈话，"
                                     "是否视为自动退会由工会委员会决定）。带 * 的金额不含没有工资记录的月份。").format(
            self.report.as_of.label, len(self.report.members), format_yuan(self.report.total_owed_fen), lapse))

    @staticmethod
    def _months(a: Arrear) -> str:
        return month_ranges(a.months)

    def _persuade(self) -> None:
        a = selected_payload(self.view, self.model)
        if a is None:
            QMessageBox.information(self, self.tr("记录教育谈话"), self.tr("请先在名单中选中一名会员。"))
            return
        dialog = PersuasionDialog(a.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day, by, note = date_of(dialog.day), dialog.by.text(), dialog.note.text()
        run_op(self, lambda: record_persuasion(self.db, a.member_id, day=day, by_whom=by, note=note),
               touches={"member"}, success=lambda _r: self.reload())

    def _print(self) -> None:
        if self.report is None:
            self.reload()
        report = self.report
        if report is None:
            return
        title = self.tr("打印催缴名单")
        path = ask_paper_path(self, title, self.tr("会费催缴名单-{0}.pdf").format(report.as_of))
        if path is not None:
            run_op(self, lambda _progress: reminder_list(self.db, report, path), touches=(), long=True,
                   label=self.tr("正在生成催缴名单…"), success=lambda _r: paper_saved(self, title, path))
