"""The PDF preview dialog (QtPdf) on a rendered form, offscreen (rendering in the background: tests/ui/test_ops.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from unionbook.documents import FormData, load_template, render
from unionbook.paths import forms_dir

UNION = {"name": "测试市某某有限公司工会委员会"}


def members(n: int) -> list[dict[str, object]]:
    return [{"id": i, "name": f"张{i}", "gender": "男", "id_number": "11010519491231002X", "card_number": f"C{i:05d}",
             "employer": "某某有限公司", "join_date": dt.date(2020, 1, 1)} for i in range(1, n + 1)]


@pytest.fixture
def roster_pdf(tmp_path: Path) -> Path:
    out = tmp_path / "roster.pdf"
    render(load_template(forms_dir() / "members" / "roster.toml"), FormData(union=UNION, members=members(120)), out)
    return out


def test_preview_pages_zoom_save_and_print(qtbot, roster_pdf: Path, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from unionbook.ui.forms.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(roster_pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    pages = dialog.page_count()
    assert pages >= 3 and dialog.page_total.text() == f"共 {pages} 页"
    assert not dialog.prev_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.next_page()
    qtbot.waitUntil(lambda: dialog.current_page() == 1)
    assert dialog.page_box.value() == 2 and dialog.prev_button.isEnabled()
    dialog.page_box.setValue(pages)
    qtbot.waitUntil(lambda: dialog.current_page() == pages - 1)
    assert not dialog.next_button.isEnabled()

    dialog.zoom_in()
    assert dialog.zoom_label.text().endswith("%") and dialog.view.zoomFactor() > 1.0
    dialog.fit_page()
    assert dialog.fit_page_button.isChecked() and dialog.zoom_label.text() == ""

    saved = dialog.save_to(tmp_path / "copy")
    assert saved == tmp_path / "copy.pdf" and saved.read_bytes() == roster_pdf.read_bytes()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFromTo(1, 2)
    assert dialog.print_to(printer)
    from pypdf import PdfReader

    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 2


def test_preview_of_a_missing_file_says_so(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from unionbook.ui.forms import pdf_preview
    shown: list[str] = []

    def fake_warning(parent, title, text):  # type: ignore[no-untyped-def]
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(pdf_preview.QMessageBox, "warning", fake_warning)
    dialog = pdf_preview.PdfPreviewDialog(tmp_path / "missing.pdf")
    qtbot.addWidget(dialog)
    assert shown and "无法打开PDF文件" in shown[0]
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
