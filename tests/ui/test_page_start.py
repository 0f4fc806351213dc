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
