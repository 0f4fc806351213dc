"""Where files go by default, and the box that says a file was written with buttons to open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def documents_dir() -> Path:
    """The user's own 文档 folder: where people look for what they saved (not the hidden app-data folder)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def open_path(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_written(parent: QWidget | None, title: str, text: str, path: Path) -> None:
    """"Done" with 打开文件 and 打开所在文件夹, so nobody has to hunt for what was just saved."""
    tr = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    open_file = box.addButton(tr("files", "打开文件"), QMessageBox.ButtonRole.ActionRole)
    open_folder = box.addButton(tr("files", "打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(tr("files", "关闭"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.exec()
    if box.clickedButton() is open_file:
        open_path(path)
    elif box.clickedButton() is open_folder:
        open_path(path.parent)
