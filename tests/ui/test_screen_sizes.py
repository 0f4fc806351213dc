"""Windows fit office screens: sizes come from the available screen, not fixed numbers (issue 9, point 4)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize

from unionbook.ui.kit.screen import A4_RATIO, preview_size, window_size

LAPTOP = QSize(1366, 728)  # 1366×768 less a taskbar
WIDE = QSize(1440, 860)  # 1440×900 less a taskbar


def test_main_window_size_fits_the_laptop_screen() -> None:
    size = window_size(QSize(1280, 800), LAPTOP)
    assert size.width() <= LAPTOP.width() and size.height() <= LAPTOP.height() - 30


def test_preview_fits_and_whole_page_is_legible() -> None:
    for screen in (LAPTOP, WIDE):
        size = preview_size(screen)
        assert size.width() <= screen.width() and size.height() <= screen.height() - 30
    size = preview_size(WIDE)
    # 整页: the page's height is what the view leaves below the toolbar; its width must fit beside it
    page_height = size.height() - 90
    assert page_height * A4_RATIO < size.width() - 40 and page_height >= 700


def test_preview_dialog_uses_the_screen_and_fits(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from unionbook.ui.forms.pdf_preview import PdfPreviewDialog
    from unionbook.ui.kit.screen import available_size

    pdf = tmp_path / "a4.pdf"
    c = Canvas(str(pdf), pagesize=A4)
    c.drawString(100, 700, "A4")
    c.save()
    dialog = PdfPreviewDialog(pdf)
    qtbot.addWidget(dialog)
    avail = available_size(dialog)
    assert dialog.width() <= avail.width() and dialog.height() <= avail.height()
    assert dialog.minimumSizeHint().height() <= LAPTOP.height()
    assert dialog.size() != QSize(900, 1000)
