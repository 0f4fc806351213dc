"""Small shared pieces of the GUI: translating labels that come from the core, message boxes for errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from unionbook.errors import UnionBookError


def tr_core(text: str) -> str:
    """Labels defined in the Qt-free core (status names, vocabularies) go through Qt's translation system
    here, in the context "core", so an English translation can cover them too."""
    return QCoreApplication.translate("core", text)


def show_error(parent: QWidget | None, error: Exception, title: str | None = None) -> None:
    title = title or QCoreApplication.translate("common", "无法完成操作")
    if isinstance(error, UnionBookError):
        QMessageBox.warning(parent, title, error.message)
    else:
        QMessageBox.critical(parent, title, QCoreApplication.translate("common", "发生意外错误：") + str(error))
