"""Starting the GUI: the application object, fonts, translations, style, and which database to open."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from unionbook import APP_NAME, __version__, paths
from unionbook.errors import UnionBookError
from unionbook.services.union.profile_view import has_profile
from unionbook.services.union.session import resolve_db_path

if TYPE_CHECKING:
    from unionbook.ui.main_window import MainWindow

BUNDLED_FONT = "wqy-microhei.ttc"
# Families tried in order; the bundled one is last so a system's own CJK face wins when there is one.
UI_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
               "WenQuanYi Micro Hei"]


def setup_fonts(app: QApplication) -> str:
    """Register the bundled CJK font and choose the UI family, so Chinese never shows as boxes."""
    font_file = paths.resources_dir() / "fonts" / BUNDLED_FONT
    if font_file.exists():
        QFontDatabase.addApplicationFont(str(font_file))
    available = set(QFontDatabase.families())
    family = next((f for f in UI_FAMILIES if f in available), app.font().family())
    font = QFont(family)
    font.setFamilies([f for f in UI_FAMILIES if f in available] or [family])
    font.setPointSize(10)
    app.setFont(font)
    return family


def install_translations(app: QApplication) -> None:
    """Qt's own strings (standard buttons, file dialogs) in Simplified Chinese, which is what ships; another
    language (UNIONBOOK_LANG=en) when a resources/translations/unionbook_<lang>.qm has been made for it."""
    locale = QLocale(os.environ.get("UNIONBOOK_LANG", "zh_CN"))
    QLocale.setDefault(locale)
    # Qt's own strings ("Look in:", "Files of type:", standard buttons): qtbase_zh_CN.qm ships with PySide6;
    # looked for where Qt says, then in the PySide6 package and our resources (a frozen build may move it)
    t = QTranslator(app)
    if any(t.load(locale, "qtbase", "_", folder) for folder in qt_translation_dirs()):
        app.installTranslator(t)
        # the strings qtbase_zh_CN lacks in Qt 6's form ("&Look in:"); a .qm, not a Python QTranslator
        # subclass: Qt asks translators from worker threads too (the file dialog's file system model)
        gaps = QTranslator(app)
        if gaps.load(locale, "qtgaps", "_", str(paths.resources_dir() / "translations")):
            app.installTranslator(gaps)  # installed last: asked first
    ours = paths.resources_dir() / "translations"
    t = QTranslator(app)
    if t.load(locale, "unionbook", "_", str(ours)):
        app.installTranslator(t)


def qt_translation_dirs() -> list[str]:
    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).parent / "Qt" / "translations"),
            str(Path(PySide6.__file__).parent / "translations"),
            str(paths.resources_dir() / "translations")]


def load_style(app: QApplication) -> None:
    style = paths.resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    setup_fonts(app)
    install_translations(app)
    app.setApplicationDisplayName(QCoreApplication.translate("app", "工会台账"))
    load_style(app)
    return app


class Controller:
    """Which window is open on which database; switching files closes one and opens the other."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.window: MainWindow | None = None

    def open(self, path: Path | None) -> bool:
        # imported here, not at the top: the start path imports only what the first screen needs
        from unionbook.store.database import Database
        from unionbook.ui.main_window import MainWindow

        while True:
            if path is None:
                from unionbook.ui.union.welcome import WelcomeDialog

                welcome = WelcomeDialog()
                if welcome.exec() != QDialog.DialogCode.Accepted or welcome.chosen is None:
                    return self.window is not None
                path = welcome.chosen
            try:
                db = Database.open(path)
                if not has_profile(db):
                    db.close()
                    raise UnionBookError(QCoreApplication.translate(
                        "app", "“{0}”中没有工会信息，请用“新建工会”建立。").format(path.name))
            except UnionBookError as exc:
                QMessageBox.warning(None, QApplication.translate("app", "无法打开数据文件"), exc.message)
                path = None
                continue
            break
        paths.remember_db_path(db.path)
        if self.window is not None:
            self.window.close()
        self.window = MainWindow(db)
        self.window.open_requested.connect(self.open)
        self.window.show()
        return True


def run_gui(db_path: Path | None = None) -> int:
    from unionbook.ui.kit.ops import install_excepthook

    app = make_app()
    install_excepthook()  # unionbook-gui has no console: an error nothing caught is shown and logged
    controller = Controller(app)
    if db_path is None:
        candidate = resolve_db_path()
        db_path = candidate if candidate.exists() else None
    if not controller.open(db_path):
        return 0
    return app.exec()
