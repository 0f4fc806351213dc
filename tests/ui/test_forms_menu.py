"""The 文书 menu renders a form in the background for the selected members and opens the preview."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from unionbook.services.forms.catalog import list_forms
from unionbook.ui.forms.pdf_preview import PdfPreviewDialog
from unionbook.ui.main_window import MainWindow


def _previews() -> list[PdfPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible()]


def test_menu_lists_member_forms(qtbot, gui_db):  # type: ignore[no-untyped-def]
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.forms_menu.actions() if a.text()]
    expected = [f.title for f in list_forms() if f.source in ("member", "members")]
    assert sorted(titles) == sorted(t + "…" for t in expected)
    assert "工会会员登记表…" in titles and "会员花名册…" in titles


def test_registration_form_for_selection(qtbot, gui_db):  # type: ignore[no-untyped-def]
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(1)
    window.roster.table.selectRow(0)
    name = window.roster.model.data(window.roster.model.index(0, 0))
    form = next(f for f in list_forms() if f.name == "registration")
    before = len(_previews())
    window.forms.produce(form)
    qtbot.waitUntil(lambda: len(_previews()) > before, timeout=15000)
    dialog = _previews()[-1]
    assert dialog.page_count() == 1
    from pypdf import PdfReader

    assert name in PdfReader(str(dialog.path)).pages[0].extract_text().replace(" ", "")
    dialog.close()


def test_roster_form_follows_filter(qtbot, gui_db):  # type: ignore[no-untyped-def]
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    window.roster.status_filter.setCurrentIndex(3)  # transferred out only
    selected, filtered = window._form_members()
    assert selected == [] and len(filtered) == window.roster.model.rowCount() > 0
