"""The import wizard: file → sheet and column mapping → preview with every problem → commit → result.

Reading, checking and writing run as background jobs (ui/kit/ops.py start_op) with progress and cancel; the work
is services/imports.py, the same calls the CLI makes. Nothing is written before the user presses 导入, and
then all accepted rows are written in one transaction, or none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from unionbook.domain.fields import MEMBER
from unionbook.domain.ids import mask_id_number
from unionbook.errors import UnionBookError
from unionbook.jobs import Cancelled, Progress
from unionbook.services.imports import flow as imports
from unionbook.services.imports import kinds
from unionbook.store import Database
from unionbook.ui.imports.mapping import MappingPage
from unionbook.ui.imports.widgets import RowsModel, stretch_column, table_view
from unionbook.ui.kit.common import show_error, tr_core
from unionbook.ui.kit.job_page import JobPage
from unionbook.ui.kit.ops import Job, running_jobs, start_op

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv", ".txt", ".tsv")


class FilePage(QWizardPage):
    def __init__(self, kind: str = kinds.MEMBERS) -> None:
        super().__init__()
        self.setTitle(self.tr("选择文件"))
        if kind == "library":
            self.setSubTitle(self.tr("选择上级工会发来的配送书目：Excel（.xlsx、.xls）或 CSV 文件。"
                                     "已登记的图书只增加册数，不重复登记。"))
        else:
            self.setSubTitle(self.tr("选择人事部门或下属单位报来的会员花名册：Excel（.xlsx、.xls）或 CSV 文件。"
                                     "表头上方的标题行、表尾的合计行会自动跳过。"))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("文件路径"))
        self.path_edit.setAccessibleName(self.tr("文件路径"))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择要导入的文件"), self.path_edit.text(),
                                              self.tr("表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)"))
        if path:
            self.path_edit.setText(path)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip().strip('"'))

    def isComplete(self) -> bool:
        path = self.path()
        return bool(self.path_edit.text().strip()) and path.suffix.lower() in SUFFIXES and path.is_file()


class PreviewPage(JobPage):
    """Counts, every problem by row and column, and the before/after of each update."""

    def __init__(self, db: Database) -> None:
        super().__init__(QCoreApplication.translate("PreviewPage", "取消检查"))
        self._db = db
        self.plan: imports.ImportPlan | None = None
        self.setTitle(self.tr("预览"))
        self.setSubTitle(self.tr("以下是导入将要做的事，此时尚未写入任何数据。"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = RowsModel([self.tr("行"), self.tr("列"), self.tr("类别"), self.tr("说明")], self)
        self.changes = RowsModel([self.tr("行"), self.tr("姓名"), self.tr("项目"), self.tr("原值"), self.tr("新值")],
                                 self)
        self.new_rows = RowsModel([self.tr("行"), self.tr("姓名"), self.tr("身份证号"), self.tr("工作单位"),
                                   tr_core(MEMBER.label_of("join_date"))], self)
        self.tabs = QTabWidget()
        self.tabs.addTab(table_view(self.problems, [60, 150, 60]), self.tr("问题"))
        self.tabs.addTab(table_view(self.changes, [60, 110, 100, 220]), self.tr("更新明细"))
        self.tabs.addTab(table_view(self.new_rows, [60, 110, 170, 260]), self.tr("新增"))
        self.skip = QCheckBox()
        self.skip.toggled.connect(self.completeChanged)
        self.export_button = QPushButton(self.tr("导出问题行…"))
        self.export_button.clicked.connect(self._export_problems)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.job_bar())
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def initializePage(self) -> None:
        wizard = self.wizard()
        self.plan = None
        for model in (self.problems, self.changes, self.new_rows):
            model.set_rows([])
        self.skip.hide()
        self.export_button.setEnabled(False)
        self.summary.setText(self.tr("正在逐行检查…"))
        inspection, mapping = wizard.mapping_page.inspection, wizard.mapping_page.mapping()
        encoding = wizard.mapping_page.encoding
        assert inspection is not None
        db, service = self._db, wizard.service

        def work(progress: Progress) -> imports.ImportPlan:
            plan: imports.ImportPlan = service.preview(db, inspection.path, inspection.sheet or None, mapping,
                                                       progress=progress, inspection=inspection, encoding=encoding)
            return plan

        self.start_job(work, success=self._done, inline=self._failed)

    def _failed(self, exc: UnionBookError) -> None:
        self.summary.setText(exc.message + self.tr("（可返回上一步修改后重试）"))

    def _done(self, plan: imports.ImportPlan) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.plan = plan
        if self.wizard().kind.name == "library":
            self._show_delivery(plan)
            return
        c = plan.counts()
        text = self.tr("读到 {0} 行：新增 {1} 名，更新 {2} 名，未变 {3} 名；有错误 {4} 行（{5} 处），提示 {6} 条。").format(
            c["rows"], c["new"], c["updated"], c["unchanged"], c["error_rows"], c["errors"], c["warnings"])
        if plan.skipped_rows:
            text += self.tr("表尾的合计、说明等 {0} 行已跳过。").format(len(plan.skipped_rows))
        if not plan.has_work:
            text += self.tr("没有需要写入的变化。")
        self.summary.setText(text)
        kinds = {"error": self.tr("错误"), "warning": self.tr("提示")}
        self.problems.set_rows([(p.row, p.column, kinds[p.severity], p.message)
                                for p in sorted(plan.problems, key=lambda p: (p.row, p.severity != "error"))])
        self.changes.set_rows([(u.row, u.name, tr_core(ch.label), ch.before_text, ch.after_text)
                               for u in plan.updates for ch in u.changes])
        self.new_rows.set_rows([(n.row, n.values["name"], mask_id_number(n.values["id_number"]), n.employer,
                                 n.values["join_date"] or "") for n in plan.new])
        self.tabs.setTabText(0, self.tr("问题（{0}）").format(len(plan.problems)))
        self.tabs.setTabText(1, self.tr("更新明细（{0}人）").format(len(plan.updates)))
        self.tabs.setTabText(2, self.tr("新增（{0}人）").format(len(plan.new)))
        self.tabs.setCurrentIndex(0 if plan.problems else (1 if plan.updates else 2))
        if plan.error_rows:
            self.skip.setText(self.tr("跳过有错误的 {0} 行，只导入其余各行").format(len(plan.error_rows)))
            self.skip.setChecked(False)
            self.skip.show()
        self.export_button.setEnabled(bool(plan.problems))
        self.completeChanged.emit()

    def _show_delivery(self, plan: imports.ImportPlan) -> None:
        """A delivery list's plan: new titles, and titles already catalogued that get more copies."""
        c = plan.counts()
        text = self.tr("读到 {0} 行：新书目 {1} 种，已有书目增加复本 {2} 种，共 {3} 册；有错误 {4} 行（{5} 处），"
                       "提示 {6} 条。").format(c["rows"], c["new"], c["updated"], c["copies"], c["error_rows"],
                                            c["errors"], c["warnings"])
        if plan.skipped_rows:
            text += self.tr("表尾的合计、说明等 {0} 行已跳过。").format(len(plan.skipped_rows))
        if not plan.has_work:
            text += self.tr("没有需要写入的变化。")
        self.summary.setText(text)
        kinds_ = {"error": self.tr("错误"), "warning": self.tr("提示")}
        self.problems.set_rows([(p.row, p.column, kinds_[p.severity], p.message)
                                for p in sorted(plan.problems, key=lambda p: (p.row, p.severity != "error"))])
        more = getattr(plan, "more_copies", [])
        new = getattr(plan, "new_titles", [])
        self.changes.headers = [self.tr("行"), self.tr("书名"), self.tr("增加册数")]
        self.changes.set_rows([(m.row, m.title, m.copies) for m in more])
        self.new_rows.headers = [self.tr("行"), self.tr("书名"), self.tr("ISBN"), self.tr("作者"), self.tr("册数")]
        self.new_rows.set_rows([(n.row, n.draft.title, n.draft.isbn, n.draft.author, n.draft.copies) for n in new])
        # the titles get the width, the counts a narrow column (the tabs are views over these two models)
        stretch_column(self.tabs.widget(1), 1, {0: 60, 2: 90})
        stretch_column(self.tabs.widget(2), 1, {0: 60, 2: 130, 3: 150, 4: 70})
        self.tabs.setTabText(0, self.tr("问题（{0}）").format(len(plan.problems)))
        self.tabs.setTabText(1, self.tr("增加复本（{0}种）").format(len(more)))
        self.tabs.setTabText(2, self.tr("新书目（{0}种）").format(len(new)))
        self.tabs.setCurrentIndex(0 if plan.problems else (2 if new else 1))
        if plan.error_rows:
            self.skip.setText(self.tr("跳过有错误的 {0} 行，只导入其余各行").format(len(plan.error_rows)))
            self.skip.setChecked(False)
            self.skip.show()
        self.export_button.setEnabled(bool(plan.problems))
        self.completeChanged.emit()

    def _export_problems(self) -> None:
        if self.plan is None:
            return
        default = str(self.plan.path.with_name(self.tr("{0}-问题行.xlsx").format(self.plan.path.stem)))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出问题行"), default, self.tr("Excel 文件 (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            n = imports.export_problems(self.plan, path, include_warnings=not self.plan.error_rows)
        except (UnionBookError, OSError) as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("导出问题行"), self.tr("已导出 {0} 行到：{1}").format(n, path))

    def isComplete(self) -> bool:
        return self.plan is not None and (not self.plan.error_rows or self.skip.isChecked())


class CommitPage(QWizardPage):
    """Writes the batch in the background; moves on to the result by itself."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._job: Job | None = None
        self.result: imports.ImportResult | None = None
        self.setTitle(self.tr("正在导入"))
        self.setSubTitle(self.tr("全部写入或全部不写入：取消后台账保持原样。"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("取消导入"))
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton(self.tr("重新导入"))
        self.retry_button.clicked.connect(self._start)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self._start()

    def _start(self) -> None:
        plan = self.wizard().preview_page.plan
        skip = self.wizard().preview_page.skip.isChecked()
        assert plan is not None
        self.result = None
        kind, service = self.wizard().kind, self.wizard().service
        count = plan.counts()["new"] + plan.counts()["updated"]
        if kind.name == "library":
            self.status.setText(self.tr("正在写入 {0} 种图书…").format(count))
        else:
            self.status.setText(self.tr("正在写入 {0} 名会员…").format(count))
        self.progress.setRange(0, max(1, count))
        self.progress.setValue(0)
        self.cancel_button.show()
        self.retry_button.hide()
        db = self._db

        def work(progress: Progress) -> imports.ImportResult:
            result: imports.ImportResult = service.commit(db, plan, skip_errors=skip, progress=progress)
            return result

        self._job = start_op(self, work, touches=kind.touches, success=self._done,
                             inline=self._failed)
        self._job.progress.connect(lambda done, _total: self.progress.setValue(done))
        self._job.failed.connect(lambda _e, _d: self._stopped())
        self.completeChanged.emit()

    def running(self) -> bool:
        return any(job is self._job for job in running_jobs())  # a finished job is deleted

    def cancel(self) -> None:
        if self.running():
            self.status.setText(self.tr("正在取消…"))
            self._job.cancel()

    def _done(self, result: imports.ImportResult) -> None:
        self.result = result
        self.completeChanged.emit()
        self.wizard().next()

    def _failed(self, exc: UnionBookError) -> None:
        self.retry_button.setVisible(isinstance(exc, Cancelled))
        self.status.setText(exc.message)

    def _stopped(self) -> None:
        self.cancel_button.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None


class ResultPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("导入完成"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.wizard().commit_page.result
        assert result is not None
        if result.batch_id is None:
            self.label.setText(self.tr("没有需要写入的变化，台账未改动。"))
            return
        if self.wizard().kind.name == "library":
            text = self.tr("已导入：新书目 {0} 种，已有书目增加复本 {1} 种，共 {2} 册。").format(
                result.inserted, result.updated, getattr(result, "copies", 0))
        else:
            text = self.tr("已导入：新增 {0} 名会员，更新 {1} 名，未变 {2} 名。").format(
                result.inserted, result.updated, result.unchanged)
        if result.skipped:
            text += self.tr("有错误的 {0} 行未导入。").format(result.skipped)
        text += "\n\n" + self.tr("批次号：{0}。如需撤销，可在“导入记录”中选择该批次撤销。").format(result.batch_id)
        self.label.setText(text)


class ImportWizard(QWizard):
    """One wizard for every kind of import (services/imports/kinds.py): members, a delivery list …"""

    def __init__(self, db: Database, parent: QWidget | None = None, kind: str = kinds.MEMBERS) -> None:
        super().__init__(parent)
        self.kind = kinds.kind(kind)
        self.service = kinds.service(kind)
        self.setWindowTitle(self.tr("导入配送书目") if kind == "library" else self.tr("导入会员"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 640)
        self.file_page = FilePage(kind)
        if kind == kinds.MEMBERS:
            self.mapping_page = MappingPage(db)
        else:  # another kind's fields, header finding and mapping check (its service decides); no saved mappings
            service = self.service
            self.mapping_page = MappingPage(
                db, choices=service.FIELD_CHOICES, check=service.mapping_problem, saved=False,
                inspect=lambda path, sheet, encoding: service.inspect(path, sheet, encoding=encoding))
        self.preview_page = PreviewPage(db)
        self.commit_page = CommitPage(db)
        self.result_page = ResultPage()
        for page in (self.file_page, self.mapping_page, self.preview_page, self.commit_page, self.result_page):
            self.addPage(page)

    def field_path(self) -> Path:
        return self.file_page.path()

    @property
    def result(self) -> imports.ImportResult | None:
        return self.commit_page.result

    def reject(self) -> None:
        # closing while a job runs would leave it writing with nobody to tell: cancel it first
        if self.commit_page.running():
            self.commit_page.cancel()
            return
        if self.preview_page.running():
            self.preview_page.cancel_job()
            return
        super().reject()


def run_import_wizard(parent: QWidget | None, db: Database, path: str | Path | None = None,
                      kind: str = kinds.MEMBERS) -> bool:
    """Show the wizard (optionally with a file chosen); True when an import changed the register."""
    wizard = ImportWizard(db, parent, kind)
    if path is not None:
        wizard.file_page.path_edit.setText(str(path))
    wizard.exec()
    return wizard.result is not None and wizard.result.batch_id is not None
