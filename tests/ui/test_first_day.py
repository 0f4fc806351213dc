"""First-day defaults and small things (issue 9): who is recorded as 登记人, the employer filter's order and
search, the search hint's example, shortcuts bound once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from unionbook.domain.member import Event
from unionbook.services.members.records import member_history, set_status
from unionbook.services.union.session import remember_operator


@pytest.fixture
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("UNIONBOOK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _record_keep(db) -> str:  # type: ignore[no-untyped-def]
    import datetime as dt

    from unionbook.domain.member import Status
    from unionbook.services.members.records import StatusChange, list_members
    from unionbook.services.members.roster import RosterQuery

    member = list_members(db, RosterQuery(statuses=(Status.ACTIVE,)))[0]
    set_status(db, member.id, StatusChange(Event.KEEP, dt.date.today(), "下岗"))
    return member_history(db, member.id)[-1].recorded_by


def test_recorded_by_is_the_contact_person_not_the_login(qtbot, gui_db, own_home) -> None:  # type: ignore[no-untyped-def]
    from unionbook.services.union.profile import get_profile
    from unionbook.ui.main_window import MainWindow

    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    contact = get_profile(gui_db).contact_person
    assert contact and _record_keep(gui_db) == contact
    assert f"经办人：{contact}" in window.status_label.text()


def test_recorded_by_is_who_said_they_work_here(qtbot, gui_db, own_home) -> None:  # type: ignore[no-untyped-def]
    from unionbook.ui.main_window import MainWindow

    remember_operator("李明")
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    assert _record_keep(gui_db) == "李明"


def test_search_hint_example_finds_someone_in_the_demo(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    from unionbook.ui.members.roster_page import RosterPage

    page = RosterPage(gui_db)
    qtbot.addWidget(page)
    example = re.search(r"如 ([a-z]+)", page.search.placeholderText())
    assert example is not None
    page.search.setText(example.group(1))
    page.apply_filters()
    assert page.model.rowCount() > 0, f"the hint's example “{example.group(1)}” finds no one"


def test_employer_filter_in_pinyin_order_with_search(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from unionbook.domain.pinyin import pinyin_keys
    from unionbook.ui.members.roster_page import RosterPage

    page = RosterPage(gui_db)
    qtbot.addWidget(page)
    box = page.employer_filter
    page.show()
    qtbot.waitUntil(lambda: box.count() > 1, timeout=5000)  # read on a worker thread once the roster is painted
    names = [box.itemText(i) for i in range(1, box.count())]
    assert len(names) > 3
    assert names == sorted(names, key=lambda n: (pinyin_keys(n).full, n))
    assert box.isEditable() and box.completer().filterMode() == Qt.MatchFlag.MatchContains
    middle = names[len(names) // 2][2:5]  # part of a name, not its start
    box.completer().setCompletionPrefix(middle)
    assert box.completer().completionCount() >= 1


def test_ctrl_f_focuses_the_search_and_selects_the_old_text(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from unionbook.ui.main_window import MainWindow

    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_area("members")
    window.roster.search.setText("张")
    window.roster.table.setFocus()
    messages: list[str] = []
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(lambda _t, _c, text: messages.append(text))
    try:
        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    finally:
        qInstallMessageHandler(previous)
    assert not [m for m in messages if "Ambiguous" in m]
    assert window.pages.currentWidget() is window.roster
    assert window.roster.search.hasFocus() and window.roster.search.selectedText() == "张"


@pytest.mark.slow
def test_welcome_demo_spreads_members_across_employers(own_home) -> None:  # type: ignore[no-untyped-def]
    from unionbook.services.members.stats import key_figures
    from unionbook.store import Database
    from unionbook.ui.union.welcome import build_demo_database

    db = Database.open(build_demo_database(lambda _done, _total: None))
    try:
        f = key_figures(db)
    finally:
        db.close()
    biggest = f.top_employers[0][1]
    assert f.employers >= 20 and biggest < 0.3 * f.members, f"{biggest} of {f.members} in one employer"


def test_qt_file_dialogs_speak_chinese(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {label.text().replace("(&L)", "").replace("(&T)", "") for label in dialog.findChildren(QLabel)}
    assert "查找范围：" in texts and "文件类型：" in texts, texts
    assert not {"Look in:", "Files of type:"} & texts
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("AnyPage", "新增会员…") == "新增会员…"  # the rest is left alone


@pytest.mark.parametrize("which", ["profile", "status"])
def test_dialogs_with_edits_ask_before_esc_throws_them_away(qtbot, gui_db, message_boxes, which) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from unionbook.services.members.records import RosterQuery, list_members
    from unionbook.ui.members.status_dialog import StatusDialog
    from unionbook.ui.union.profile_dialog import ProfileDialog

    if which == "profile":
        dialog = ProfileDialog(gui_db)
        field = dialog.form.parent_union
    else:
        dialog = StatusDialog(gui_db, list_members(gui_db, RosterQuery(), limit=1)[0].id)
        field = dialog.doc_ref
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible() and message_boxes == []
    dialog.show()
    field.setFocus()
    QTest.keyClicks(field, "abc")
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert [m[1] for m in message_boxes] == ["放弃未保存的修改？"]
    assert dialog.isVisible()  # the cautious answer keeps the edits
