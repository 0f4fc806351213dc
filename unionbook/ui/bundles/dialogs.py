"""Registering another union: its public key file, and a check that the fingerprint was compared; the drop
zone that receives subordinate unions' package files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionbook.errors import UnionBookError
from unionbook.services.bundles.keys import read_card


class RegisterDialog(QDialog):
    def __init__(self, title: str, *, with_uscc: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.key_file: Path | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("工会名称"))
        self.uscc_edit = QLineEdit()
        self.uscc_edit.setAccessibleName(self.tr("统一社会信用代码"))
        self.file_button = QPushButton(self.tr("选择对方的公钥文件…"))
        self.file_button.clicked.connect(self.choose)
        self.fingerprint = QLabel(self.tr("（尚未选择）"))
        self.fingerprint.setAccessibleName(self.tr("对方公钥指纹"))
        self.confirmed = QCheckBox(self.tr("我已与对方（纸质封面或电话）核对，指纹完全一致"))
        self.confirmed.toggled.connect(self._update)
        self.name_edit.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("工会名称："), self.name_edit)
        if with_uscc:
            form.addRow(self.tr("统一社会信用代码："), self.uscc_edit)
        form.addRow(self.tr("公钥文件："), self.file_button)
        form.addRow(self.tr("公钥指纹："), self.fingerprint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.confirmed)
        layout.addWidget(self.buttons)
        self._update()

    @property
    def name(self) -> str:
        return self.name_edit.text().strip()

    @property
    def uscc(self) -> str:
        return self.uscc_edit.text().strip()

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择公钥文件"), "", self.tr("公钥文件 (*.json *.key);;所有文件 (*)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        try:
            card = read_card(path)
        except UnionBookError as exc:
            self.key_file = None
            self.fingerprint.setText(exc.message)
        else:
            self.key_file = path
            self.fingerprint.setText(card.fingerprint)
            if not self.name:
                self.name_edit.setText(card.name)
            if not self.uscc:
                self.uscc_edit.setText(card.uscc)
        self._update()

    def _update(self) -> None:
        ok = self.key_file is not None and self.confirmed.isChecked() and bool(self.name)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class DropZone(QLabel):
    """Files dropped here are received at once."""

    def __init__(self, on_files: Callable[[list[Path]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_files = on_files
        self.setAcceptDrops(True)
        self.setObjectName("dropZone")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(80)
        self.setStyleSheet("#dropZone { border: 2px dashed #8aa; border-radius: 8px; color: #456; }")
        self.setText(self.tr("把下级工会报来的数据包文件（.ubx，可多个）拖到这里"))
        self.setAccessibleName(self.tr("数据包拖放区"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.on_files(files)
