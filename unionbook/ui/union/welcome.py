"""First start: create a union (a short wizard), open an existing file, or open the demo union."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from unionbook import paths
from unionbook.errors import UnionBookError, ValidationError
from unionbook.jobs import Progress
from unionbook.services.union.profile import UNION_KINDS, UnionInput, save_profile, validate_union
from unionbook.store import Database
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.forms import name_fields, optional_date, optional_date_edit
from unionbook.ui.kit.ops import run_op

DEMO_SEED = 1  # as `unionbook demo` (cli/core.py --seed default)
DB_FILTER = QT_TRANSLATE_NOOP("files", "UnionBook 数据文件 (*.sqlite *.db);;所有文件 (*)")


class WelcomeDialog(QDialog):
    """Returns the chosen database path in `chosen` (None if the user closed the dialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("欢迎使用工会台账"))
        self.setMinimumWidth(640)
        title = QLabel(self.tr("工会台账 UnionBook"))
        title.setObjectName("welcomeTitle")
        intro = QLabel(self.tr("会员实名制台账、会籍管理、统计与报表。数据保存在本机的一个文件中，不需要联网。"))
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("新建工会(&N)…\n填写工会名称、信用代码等，几步完成"))
        self.open_button = QPushButton(self.tr("打开数据文件(&O)…\n打开已有的工会台账文件（如U盘上的）"))
        self.demo_button = QPushButton(self.tr("打开演示工会(&D)\n一个有 2000 名会员的乡镇工会联合会，随便试"))
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setObjectName("welcomeChoice")
            b.setMinimumHeight(64)
        self.demo_button.setDefault(True)
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        for p in paths.load_app_settings().get("recent", []):  # type: ignore[union-attr]
            if Path(str(p)).exists():
                QListWidgetItem(str(p), self.recent)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        buttons = QVBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        if self.recent.count():
            layout.addWidget(QLabel(self.tr("最近打开（双击打开）：")))
            layout.addWidget(self.recent)
        else:
            self.recent.hide()
        self.new_button.clicked.connect(self._new)
        self.open_button.clicked.connect(self._open)
        self.demo_button.clicked.connect(self._demo)
        self.recent.itemActivated.connect(lambda item: self._choose(Path(item.text())))

    def _choose(self, path: Path) -> None:
        self.chosen = path
        self.accept()

    def _new(self) -> None:
        wizard = NewUnionWizard(self)
        if wizard.exec() == QDialog.DialogCode.Accepted and wizard.created is not None:
            self._choose(wizard.created)

    def _open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开数据文件"), str(paths.data_dir()), QCoreApplication.translate("files", DB_FILTER))
        if name:
            self._choose(Path(name))

    def _demo(self) -> None:
        if paths.demo_db_path().exists():
            self._choose(paths.demo_db_path())
            return
        # a new file, not the open database: the op touches nothing a page shows
        run_op(self, build_demo_database, touches=(), long=True, label=self.tr("正在生成演示工会…"),
               success=self._choose)


def build_demo_database(progress: Progress, members: int = 2000) -> Path:
    """The demo union's file, built on first use (on a worker thread: no widgets here)."""
    from unionbook.services.union.demo import build_demo

    path = paths.demo_db_path()
    if path.exists():
        return path
    try:
        db = Database.open(path, create=True)
        try:
            # the CLI demo's seed: seed 2026 put 1,558 of 1,904 members in one employer
            build_demo(db, members=members, seed=DEMO_SEED, progress=progress)
        finally:
            db.close()
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


class UnionPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("工会基本信息"))
        self.setSubTitle(self.tr("带 * 的为必填项。以后可在“工会信息”中修改。"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("如：某某有限公司工会委员会"))
        self.uscc = QLineEdit()
        self.uscc.setMaxLength(24)
        self.uscc.setPlaceholderText(self.tr("18位，基层工会以81开头"))
        self.uscc_note = QLineEdit()
        self.uscc_note.setPlaceholderText(self.tr("代码未通过校验但确认无误时，请说明"))
        self.kind = QComboBox()
        for key, label in UNION_KINDS.items():
            self.kind.addItem(tr_core(label), key)
        self.kind.setPlaceholderText(self.tr("请选择"))  # no default: a 乡镇 union must not pass as 企业工会
        self.kind.setCurrentIndex(-1)
        self.parent_union = QLineEdit()
        self.founded = optional_date_edit(self.tr("未填写"))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("负责台账的人，记入会籍记录的“登记人”"))
        self.employees = QSpinBox()
        self.employees.setRange(0, 10_000_000)
        self.employees.setGroupSeparatorShown(True)
        self.employees.setSpecialValueText(self.tr("未填写"))  # 0 is how the profile keeps "not known yet"
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        form.addRow(self.tr("工会名称 *"), self.name)
        form.addRow(self.tr("统一社会信用代码"), self.uscc)
        form.addRow(self.tr("校验说明"), self.uscc_note)
        form.addRow(self.tr("工会类型 *"), self.kind)
        form.addRow(self.tr("上级工会"), self.parent_union)
        form.addRow(self.tr("成立日期"), self.founded)
        form.addRow(self.tr("职工人数"), self.employees)
        form.addRow(self.tr("联系人"), self.contact)
        form.addRow(self.message)
        name_fields(form)

    def data(self) -> UnionInput:
        return UnionInput(name=self.name.text(), uscc=self.uscc.text(), kind=self.kind.currentData() or "",
                          parent_union=self.parent_union.text(), founding_date=optional_date(self.founded),
                          employees=self.employees.value(), contact_person=self.contact.text())

    def validatePage(self) -> bool:
        try:
            validate_union(self.data(), uscc_note=self.uscc_note.text())
        except ValidationError as exc:
            self.message.setText(union_error_text(exc))
            return False
        self.message.clear()
        return True


def union_error_text(exc: ValidationError) -> str:
    """The service's message, plus how to keep a code that fails its check, in this window's words."""
    if exc.details.get("overridable_with") == "uscc_note":
        return exc.message + QCoreApplication.translate("UnionPage", "。如确认代码无误，请在“校验说明”中写明理由。")
    return exc.message


class FilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("数据文件保存在哪里"))
        self.setSubTitle(self.tr("全部台账保存在这一个文件里。备份时复制这个文件即可；程序也会自动备份。"))
        self.path = QLineEdit(str(_free_path(paths.default_db_path())))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存数据文件"), self.path.text(), QCoreApplication.translate("files", DB_FILTER))
        if name:
            self.path.setText(name if name.endswith((".sqlite", ".db")) else name + ".sqlite")

    def validatePage(self) -> bool:
        """Check the place and create the union's file there. QWizard validates the last page once, when 完成
        is pressed and before it closes, so the file is made here (creating it in accept() made Qt's check
        that follows find the new file "already there" and keep the wizard open)."""
        path = Path(self.path.text().strip())
        wizard = self.wizard()
        if isinstance(wizard, NewUnionWizard) and wizard.created == path:
            return True
        if not path.name:
            self.message.setText(self.tr("请填写文件位置"))
            return False
        if path.exists():
            self.message.setText(self.tr("文件“{0}”已存在。请换一个文件名，或在欢迎界面中选择“打开已有数据文件”。")
                                 .format(path))
            return False
        return not isinstance(wizard, NewUnionWizard) or wizard.create(path)


def _free_path(path: Path) -> Path:
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


class NewUnionWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.created: Path | None = None
        self.setWindowTitle(self.tr("新建工会"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.union_page = UnionPage()
        self.file_page = FilePage()
        self.addPage(self.union_page)
        self.addPage(self.file_page)
        self.setMinimumWidth(600)

    def create(self, path: Path) -> bool:
        """Make the union's file with its profile; nothing is left behind when that fails."""
        data, note = self.union_page.data(), self.union_page.uscc_note.text()

        def make() -> None:  # a new file, not an open database: nothing a page shows is touched
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                db = Database.open(path, create=True)
                try:
                    save_profile(db, data, uscc_note=note)
                finally:
                    db.close()
            except (UnionBookError, OSError):
                path.unlink(missing_ok=True)
                raise

        if run_op(self, make, touches=()):
            self.created = path
            return True
        return False
