"""Every page and every dialog fits a 1366×768 screen (less a taskbar) and shows no code words; PNGs of each
at 1366×768 and 1920×1080 are saved for a person to look at ($UNIONBOOK_SHOTS, else a temp folder)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from ui.journeys.helpers import SMALLEST, code_words, shoot, too_big

from unionbook.areas import pages


@pytest.mark.slow
def test_every_page_fits_and_speaks_chinese(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    for area in pages():
        window.show_area(area.key)
        qtbot.wait(50)
        assert window.pages.currentWidget() is window.area_pages[area.key]
        shoot(window, f"page-{area.key}")


def _dialogs(window) -> dict[str, Callable[[], QWidget]]:  # type: ignore[no-untyped-def]
    from unionbook.services.members.records import RosterQuery, list_members
    from unionbook.ui.imports.history import ImportHistoryDialog
    from unionbook.ui.imports.wizard import ImportWizard
    from unionbook.ui.members.export_dialog import ExportOptionsDialog
    from unionbook.ui.members.member_dialog import MemberDialog
    from unionbook.ui.members.status_dialog import StatusDialog
    from unionbook.ui.union.change_log import ChangeLogDialog
    from unionbook.ui.union.profile_dialog import ProfileDialog
    from unionbook.ui.union.restore_dialog import RestoreDialog
    from unionbook.ui.union.welcome import NewUnionWizard, WelcomeDialog

    db = window.db
    member = list_members(db, RosterQuery(), limit=1)[0].id
    return {
        "welcome": lambda: WelcomeDialog(window),
        "wizard": lambda: NewUnionWizard(window),
        "member-editor": lambda: MemberDialog(db, member, window),
        "member-new": lambda: MemberDialog(db, None, window),
        "status": lambda: StatusDialog(db, member, window),
        "profile": lambda: ProfileDialog(db, window),
        "restore": lambda: RestoreDialog(db, window),
        "export": lambda: ExportOptionsDialog(Path("会员名册.xlsx"), 10, window),
        "import": lambda: ImportWizard(db, window),
        "import-history": lambda: ImportHistoryDialog(db, window),
        "change-log": lambda: ChangeLogDialog(db, window),
    }


@pytest.mark.slow
def test_every_dialog_fits_and_speaks_chinese(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for name, make in _dialogs(demo_window).items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        if (reason := too_big(dialog)) is not None:
            problems.append(reason)
        elif words := code_words(dialog):
            problems.append(f"{name}: {words}")
        else:
            shoot(dialog, f"dialog-{name}")
        dialog.hide()
        dialog.deleteLater()
    assert not problems, "\n".join(problems)


def test_the_size_check_can_fail(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    tall = QWidget()
    tall.setMinimumSize(SMALLEST.width(), SMALLEST.height() + 1)
    assert too_big(tall) is not None
    english = QLabel("highest_votes")
    qtbot.addWidget(english)
    english.show()
    assert code_words(english) == ["highest_votes (in “highest_votes”)"]
