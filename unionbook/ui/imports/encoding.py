"""The import wizard's question when a CSV mixes two encodings: the odd lines in both readings, side by side,
and how to read the file (the whole file as GB18030 or as UTF-8, or each line as what it validly is). The
decision is the service's (exchange.reader.decode_csv with the chosen encoding); this box only asks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from unionbook.services.imports.flow import MixedEncodingError
from unionbook.ui.imports.widgets import RowsModel, table_view


class EncodingChoice(QGroupBox):
    """Hidden until the file mixes encodings; `chosen(encoding)` when the user asks to read it so."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("文件中的文字编码不一致，请选择读法"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.samples = RowsModel([self.tr("行"), self.tr("按 GB18030 读取"), self.tr("按 UTF-8 读取")], self)
        self.view = table_view(self.samples, [50, 330])
        self.view.setAccessibleName(self.tr("两种读法对照"))
        self.view.setMaximumHeight(150)
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        labels = {"gb18030": self.tr("按 GB18030 读取"), "utf-8": self.tr("按 UTF-8 读取"),
                  "auto-lines": self.tr("逐行自动")}
        self.buttons: dict[str, QRadioButton] = {}
        for code, text in labels.items():
            button = QRadioButton(text)
            button.setAccessibleName(text)
            self.group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)
        self.tips = {"gb18030": self.tr("整个文件按 GBK/GB18030（中文 Windows 下 Excel 保存 CSV 的编码）读取"),
                     "utf-8": self.tr("整个文件按 UTF-8（WPS、网页和多数软件导出的编码）读取"),
                     "auto-lines": self.tr("每一行按它有效的编码读取：能按 UTF-8 读通的行按 UTF-8，其余按 GBK")}
        for code, tip in self.tips.items():
            self.buttons[code].setToolTip(tip)
        self.read_button = QPushButton(self.tr("按所选读法读取"))
        self.read_button.setAccessibleName(self.tr("按所选读法读取"))
        self.read_button.setEnabled(False)
        self.read_button.clicked.connect(self._read)
        self.group.buttonToggled.connect(lambda *_: self.read_button.setEnabled(self.choice() is not None))
        row.addStretch(1)
        row.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.hide()

    def ask(self, exc: MixedEncodingError) -> None:
        """Show the odd lines of the refused file in both readings and wait for a choice."""
        details = exc.details
        lines = details.get("lines", [])
        majority = "GBK" if details.get("majority") == "gb18030" else "UTF-8"
        minority = "UTF-8" if majority == "GBK" else "GBK"
        self.note.setText(self.tr(
            "大部分行是 {0} 编码，但有 {1} 行像是 {2} 编码（第 {3} 行）。为免把姓名存成乱码，尚未读取任何数据。"
            "请对照下表中这些行的两种读法，看哪一种是正确的文字，再选择读法（“逐行自动”即每一行按它能读通的编码读取）：").format(
            majority, len(lines), minority, "、".join(str(n) for n in lines[:10]) + ("…" if len(lines) > 10 else "")))
        samples = details.get("samples", [])
        self.samples.set_rows([(s["line"], s["gb18030"], s["utf-8"]) for s in samples])
        # only the readings that get through every line are offered (the service says which); the others say why
        unusable: dict[str, str] = details.get("unusable", {})
        words = {"gb18030": self.tr("整个文件按 GB18030"), "utf-8": self.tr("整个文件按 UTF-8"),
                 "auto-lines": self.tr("逐行自动")}
        notes = [self.tr("{0} 读不通：{1}，不能选。").format(words[c], reason) for c, reason in unusable.items()]
        if any("\ufffd" in s["gb18030"] or "\ufffd" in s["utf-8"] for s in samples):
            notes.append(self.tr("表中的“�”是按该编码读不通的字节。"))
        if notes:
            self.note.setText(self.note.text() + "\n" + "\n".join(notes))
        self.group.setExclusive(False)
        for code, button in self.buttons.items():
            button.setChecked(False)
            button.setEnabled(code not in unusable)
            button.setToolTip(self.tips[code] if code not in unusable
                              else self.tr("不能选：{0}").format(unusable[code]))
        self.group.setExclusive(True)
        self.read_button.setEnabled(False)
        self.show()

    def read_as(self, label: str) -> None:
        """The file was read as the user chose: say so, and leave the choice open."""
        others = sum(b.isEnabled() for b in self.buttons.values()) > 1
        self.note.setText((self.tr("已按“{0}”读取。请核对下方“示例”一栏的姓名等文字是否正确；如有乱码，可改选其他读法后"
                                   "重新读取。下表是原先有疑问的行的两种读法：") if others else
                           self.tr("已按“{0}”读取（其他读法读不通这个文件）。请核对下方“示例”一栏的姓名等文字是否正确；"
                                   "如有乱码，请在 Excel/WPS 中改正后另存为 .xlsx 再导入。下表是原先有疑问的行的两种读法："))
                          .format(label))

    def choice(self) -> str | None:
        return next((code for code, b in self.buttons.items() if b.isChecked()), None)

    def _read(self) -> None:
        code = self.choice()
        if code is not None:
            self.chosen.emit(code)

