"""Journey: select a member, print the registration form from 文书, and see it in the preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from ui.journeys.helpers import click_button, shoot

from unionbook.ui.forms.pdf_preview import PdfPreviewDialog
from unionbook.ui.kit.screen import preview_size


def test_print_a_form_to_the_preview(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.show_area("members")
    table = window.roster.table
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     table.visualRect(window.roster.model.index(0, 0)).center())
    name = window.roster.model.index(0, 0).data()
    menu: QMenu = window.forms_menu
    action = next(a for a in menu.actions() if a.text().startswith("工会会员登记表"))
    action.trigger()  # 文书 → 工会会员登记表…, as clicked in the menu
    qtbot.waitUntil(lambda: any(isinstance(w, PdfPreviewDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible())
    assert preview.page_count() == 1 and preview.page_total.text() == "共 1 页"
    assert "工会会员登记表" in preview.windowTitle()
    from pypdf import PdfReader

    assert name.replace("·", "") in PdfReader(preview.path).pages[0].extract_text().replace(" ", "").replace("·", "")
    click_button(preview, "整页")
    shoot(preview, "form-preview", size_for=preview_size, settle_ms=600)
    click_button(preview, "关闭")
    assert not preview.isVisible()
