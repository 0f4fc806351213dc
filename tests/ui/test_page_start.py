"""What pages do while the window starts: the home page reads its figures on a worker thread, and the hidden
election page does not check an election setup (which reads the whole roster) until it is shown."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from unionbook.services.members import stats
from unionbook.ui.elections import setup_panel
from unionbook.ui.home import page as home_page
from unionbook.ui.main_window import MainWindow


def test_home_figures_are_read_off_the_gui_thread(qtbot, gui_db, monkeypatch):  # type: ignore[no-untyped-def]
    threads: list[threading.Thread] = []

    def recording(db):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return stats.key_figures(db)

    monkeypatch.setattr(home_page, "key_figures", recording)
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home.refreshed, timeout=5000):
        window.show()
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert window.home.members.value.text().replace(",", "").isdigit()


def test_hidden_election_page_checks_nothing_until_shown(qtbot, gui_db, monkeypatch):  # type: ignore[no-untyped-def]
    calls: list[object] = []
    real = setup_panel.check_setup

    def counting(db, draft):  # type: ignore[no-untyped-def]
        calls.append(draft)
        return real(db, draft)

    monkeypatch.setattr(setup_panel, "check_setup", counting)
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.home.members.value.text() != "—", timeout=5000)
    assert calls == []
    items = window.nav.findItems("选举", Qt.MatchFlag.MatchExactly)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=window.nav.visualItemRect(items[0]).center())
    qtbot.waitUntil(lambda: len(calls) >= 1, timeout=3000)
    assert "选举人" in window.area_pages["elections"].setup.checks.text()


START = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QTimer
from unionbook.ui.app import Controller, make_app
app = make_app()
controller = Controller(app)
controller.open(Path(sys.argv[1]))
window = controller.window
shown = []
window.home.refreshed.connect(lambda: (shown.append(window.home.members.value.text()), app.quit()))
QTimer.singleShot(20000, app.quit)
app.exec()
names = ("reportlab", "unionbook.documents.renderer", "unionbook.ui.members.roster_page", "unionbook.ui.elections",
         "unionbook.ui.library", "unionbook.ui.dues", "unionbook.ui.meetings", "pypinyin")
print(json.dumps({"figures": shown, "imported": [n for n in names if n in sys.modules]}))
os._exit(0)
"""


def test_starting_the_window_builds_the_home_page_only(demo_path):  # type: ignore[no-untyped-def]
    """The window opens on the home page with its figures; the other areas' pages (and their modules, reportlab
    among them) wait until they are first shown."""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", START, str(demo_path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["figures"] and result["figures"][0].replace(",", "").isdigit()
    assert result["imported"] == []


def test_a_page_is_built_when_first_shown(qtbot, gui_db):  # type: ignore[no-untyped-def]
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.home.members.value.text() != "—", timeout=5000)
    for title in ("会员名册", "选举", "会员名册"):
        items = window.nav.findItems(title, Qt.MatchFlag.MatchExactly)
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton,
                         pos=window.nav.visualItemRect(items[0]).center())
        assert window.pages.currentWidget().isVisible()
    roster = window.pages.currentWidget()
    assert roster.objectName() == "page_members"
    qtbot.waitUntil(lambda: roster.model.rowCount() > 0, timeout=5000)
    qtbot.waitUntil(lambda: roster.employer_filter.count() > 1, timeout=5000)  # the employers fill in the background
    assert roster.count_label.text().startswith("符合条件的会员")
    assert window.pages.count() == window.nav.count()
