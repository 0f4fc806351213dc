"""The payroll import: the roster import's mapping step (ui/imports/mapping.py, with the payroll's fields) →
a preview with every row's problem → one batch written in the background → the result, undone from 导入记录.

Reading, checking and writing run as background jobs (ui/kit/ops.py start_op) with progress and cancel; the
work is services/dues/payroll.py, the same calls `dues import` makes. Nothing is written before 导入.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from unionbook.domain.dues import Month
from unionbook.domain.dues_money import format_yuan
from unionbook.errors import UnionBookError
from unionbook.jobs import Cancelled, Progress
from unionbook.services.dues import payroll
from unionbook.store import Database
from unionbook.ui.imports.mapping import MappingPage
from unionbook.ui.imports.widgets import RowsModel, table_view
from unionbook.ui.kit.job_page import JobPage
from unionbook.ui.kit.ops import Job, running_jobs, start_op


def _yuan(fen: int | None) -> str:
    return "" if fen is None else format_yuan(fen)


class PayrollPreviewPage(JobPage):
    """Counts, every problem by row and column, and each member's wage before and after."""

    def __init__(self, db: Database) -> None:
        super().__init__(QCoreApplication.translate("PayrollPreviewPage", "取消检查"))
        self._db = db
        self.plan: payroll.PayrollPlan | None = None
        self.setTitle(self.tr("预览"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("预览结果"))
        self.problems = RowsModel([self.tr("行"), self.tr("列"), self.tr("类别"), self.tr("说明")], self)
        self.wages = RowsModel([self.tr("行"), self.tr("姓名"), self.tr("原工资"), self.tr("新工资")], self)
        self.tabs = QTabWidget()
        self.problem_view = table_view(self.problems, [60, 150, 60])
        self.problem_view.setWordWrap(True)  # a posted-month warning is a sentence: show it whole
        self.tabs.addTab(self.problem_view, self.tr("问题"))
        self.tabs.addTab(table_view(self.wages, [60, 120, 120]), self.tr("工资"))
        self.skip = QCheckBox()
        self.skip.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.job_bar())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.skip)

    def _wizard(self) -> PayrollWizard:
        wizard = self.wizard()
        assert isinstance(wizard, PayrollWizard)
        return wizard

    def initializePage(self) -> None:
        wizard = self._wizard()
        self.setSubTitle(self.tr("工资自 {0} 起适用。以下是导入将要做的事，此时尚未写入任何数据。").format(
            wizard.month.label))
        self.plan = None
        self.problems.set_rows([])
        self.wages.set_rows([])
        self.skip.hide()
        self.skip.setChecked(False)
        self.summary.setText(self.tr("正在逐行检查…"))
        inspection, mapping = wizard.mapping_page.inspection, wizard.mapping_page.mapping()
        assert inspection is not None
        db, month = self._db, wizard.month

        def work(progress: Progress) -> payroll.PayrollPlan:
            return payroll.preview(db, inspection.path, month, sheet=inspection.sheet or None, mapping=mapping,
                                   progress=progress, inspection=inspection)

        self.start_job(work, success=self._done, inline=self._failed)

    def _failed(self, exc: UnionBookError) -> None:
        self.summary.setText(exc.message + self.tr("（可返回上一步修改列对应后重试）"))

    def _done(self, plan: payroll.PayrollPlan) -> None:
        self.job_stopped()
        self.plan = plan
        self.summary.setText(self.tr("读到 {0} 行：新设工资 {1} 人，工资有变 {2} 人，未变 {3} 人；有错误 {4} 行，提示 {5} 条。")
                             .format(plan.rows_read, len(plan.new), len(plan.changed), len(plan.unchanged_rows),
                                     len(plan.error_rows), len(plan.warnings)))
        if plan.stale:
            self.summary.setText(self.summary.text() + self.tr(
                "\n注意：{0} 人已记录会费的月份不会按新工资重算，差额需另行补收或退还（见“问题”中的提示）。").format(
                len(plan.stale)))
        kinds = {"error": self.tr("错误"), "warning": self.tr("提示")}
        self.problems.set_rows([(p.row, p.column, kinds[p.severity], p.message)
                                for p in sorted(plan.problems, key=lambda p: (p.row, p.severity != "error"))])
        self.wages.set_rows([(w.row, w.name, _yuan(w.before_fen), _yuan(w.wage_fen))
                             for w in sorted(plan.new + plan.changed, key=lambda w: w.row)])
        if len(plan.problems) <= 500:  # row heights cost a measure per row: only for a list one reads
            self.problem_view.resizeRowsToContents()
        self.tabs.setTabText(0, self.tr("问题（{0}）").format(len(plan.problems)))
        self.tabs.setTabText(1, self.tr("工资（{0}人）").format(len(plan.new) + len(plan.changed)))
        self.tabs.setCurrentIndex(0 if plan.problems else 1)
        if plan.error_rows:
            self.skip.setText(self.tr("跳过有错误的 {0} 行，只导入其余各行").format(len(plan.error_rows)))
            self.skip.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.plan is not None and (not self.plan.error_rows or self.skip.isChecked())


class PayrollCommitPage(QWizardPage):
    """Writes the batch in the background, then says what was written and how to take it back."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._job: Job | None = None
        self.result: payroll.PayrollResult | None = None
        self.setTitle(self.tr("导入工资"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("导入结果"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.retry_button = QPushButton(self.tr("重新导入"))
        self.retry_button.clicked.connect(self._start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.retry_button)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self._start()

    def _start(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, PayrollWizard)
        plan, skip = wizard.preview_page.plan, wizard.preview_page.skip.isChecked()
        assert plan is not None
        self.result = None
        self.status.setText(self.tr("正在写入 {0} 名会员的工资…").format(len(plan.new) + len(plan.changed)))
        self.progress.show()
        self.retry_button.hide()
        db = self._db

        def work(_progress: Progress) -> payroll.PayrollResult:
            return payroll.commit(db, plan, skip_errors=skip)

        self._job = start_op(self, work, touches={"member", "import_batch"}, success=self._done, inline=self._failed)
        self._job.failed.connect(lambda _e, _d: self.progress.hide())
        self.completeChanged.emit()

    def running(self) -> bool:
        return any(job is self._job for job in running_jobs())

    def _done(self, result: payroll.PayrollResult) -> None:
        self.progress.hide()
        self.result = result
        plan = result.plan
        if result.batch_id is None:
            self.status.setText(self.tr("没有需要写入的变化，台账未改动。"))
        else:
            self.status.setText(self.tr("已导入工资表“{0}”：自{1}起新设工资 {2} 人，调整 {3} 人。批次号 {4}；"
                                        "如需撤销，可在“导入记录”中选择该批次撤销。").format(
                plan.file_name, plan.month.label, len(plan.new), len(plan.changed), result.batch_id))
        self.completeChanged.emit()

    def _failed(self, exc: UnionBookError) -> None:
        self.retry_button.setVisible(isinstance(exc, Cancelled))
        self.status.setText(exc.message)

    def isComplete(self) -> bool:
        return self.result is not None


class PayrollMappingPage(MappingPage):
    """The roster's mapping step with the payroll's fields; the subtitle says what the headers gave and what is
    still missing, and 下一步 waits until a wage column and a name or ID column are chosen."""

    def __init__(self, db: Database) -> None:
        super().__init__(db, choices=payroll.FIELD_CHOICES,
                         inspect=lambda p, sheet, encoding: payroll.inspect(p, sheet, encoding=encoding),
                         check=payroll.mapping_problem, saved=False)
        self.setSubTitle(self.tr("正在读取工资表…"))
        self.completeChanged.connect(self._follow)

    def _follow(self) -> None:
        """After a read (and each choice): say what was recognised; watch the new column choices."""
        if self.inspection is None:
            return
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 3)
            if isinstance(combo, QComboBox) and not combo.property("payroll_watched"):
                combo.setProperty("payroll_watched", True)
                combo.currentIndexChanged.connect(self.completeChanged)
        auto = [c.auto_field for c in self.inspection.columns if c.auto_field]
        found = "、".join(self.tr(payroll.FIELD_CHOICES[f]) for f in payroll.FIELD_CHOICES if f in auto)
        text = (self.tr("已按表头认出：{0}。").format(found) if found
                else self.tr("表头中没有认出姓名、身份证号或工资列。"))
        chosen = set(self.mapping().values())
        if "wage" not in chosen:
            text += self.tr("没有认出“工资”列：请在“导入为”一栏为工资所在的列（如“本月实发数”）选“工资”。")
        elif not {"name", "id_number"} & chosen:
            text += self.tr("请在“导入为”一栏指定哪一列是“姓名”或“身份证号”。")
        else:
            text += self.tr("请核对“导入为”一栏，无误后点“下一步”。")
        if text != self.subTitle():
            self.setSubTitle(text)

    def isComplete(self) -> bool:
        return super().isComplete() and not payroll.mapping_problem(self.mapping())


class PayrollWizard(QWizard):
    """导入工资表: the file is chosen before (the dues page asks), the month is the page's."""

    def __init__(self, db: Database, path: Path, month: Month, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.month = path, month
        self.setWindowTitle(self.tr("导入工资表"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(860, 600)
        self.mapping_page = PayrollMappingPage(db)
        self.preview_page = PayrollPreviewPage(db)
        self.commit_page = PayrollCommitPage(db)
        for page in (self.mapping_page, self.preview_page, self.commit_page):
            self.addPage(page)

    def field_path(self) -> Path:
        return self.path

    @property
    def result(self) -> payroll.PayrollResult | None:
        return self.commit_page.result

    def reject(self) -> None:
        # closing while a job runs would leave it with nobody to tell: cancel the check first; a commit is
        # one short transaction, let it end
        if self.commit_page.running():
            return
        if self.preview_page.running():
            self.preview_page.cancel_job()
            return
        super().reject()
