"""Small shared pieces of the GUI: translating labels that come from the core, message boxes for errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def tr_core(text: str) -> str:
    """Labels defined in the Qt-free core (status names, vocabularies) go through Qt's translation system
    here, in the context "core", so an English translation can cover them too."""
    return QCoreApplication.translate("core", text)


def show_error(parent: QWidget | None, error: Exception, title: str | None = None) -> None:
    """A refusal outside an operation (a value typed in the wrong shape): the same box as run_op shows."""
    from unionbook.ui.kit.ops import report_error

    report_error(parent, error, title)
