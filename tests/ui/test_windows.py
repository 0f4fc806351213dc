"""The main window, the status dialog, the welcome wizard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from screens import assert_screen

from unionbook.domain.member import Event, Status
from unionbook.services.members.records import RosterQuery, count_members, get_member, list_members
from unionbook.services.union.profile import get_profile
from unionbook.store import Database
from unionbook.ui.main_window import MainWindow
from unionbook.ui.union.welcome import NewUnionWizard


def test_main_window_shows_chinese_home_and_roster(qtbot, gui_db, tmp_path):  # type: ignore[no-untyped-def]
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    window.resize(1280, 728)  # a laptop's screen (the offscreen one is 800x600: fewer columns would show)
    window.show()
    assert get_profile(gui_db).name in window.windowTitle()
    # the figures are read off the GUI thread, then shown
    qtbot.waitUntil(lambda: window.home.members.value.text().replace(",", "").isdigit(), timeout=5000)
    assert window.nav.item(1).text() == "会员名册"
    window.nav.setCurrentRow(1)
    assert window.pages.currentWidget() is window.roster
    current = RosterQuery(statuses=(Status.ACTIVE, Status.KEPT))  # the roster opens on the current members
    first = list_members(gui_db, current, limit=1)[0]
    assert_screen(window, tmp_path / "main.png", min_size=(800, 500),
                  shows=["会员名册", f"符合条件的会员：{count_members(gui_db, current):,} 名", first.name, first.employer,
                         "姓名", "会籍状态", "入会时间"])


def test_new_union_wizard_creates_database(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    wizard = NewUnionWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.union_page
    page.name.setText("某某机械有限公司工会委员会")
    page.uscc.setText("81350100M000100Y4X")  # wrong check character: a warning that needs a note
    page.employees.setValue(320)
    page.kind.setCurrentIndex(page.kind.findData("enterprise"))  # no kind is chosen for the user
    assert not page.validatePage()
    assert "校验位" in page.message.text()
    page.uscc_note.setText("以登记证书为准")
    assert page.validatePage()
    wizard.next()
    target = tmp_path / "new.sqlite"
    wizard.file_page.path.setText(str(target))
    assert wizard.file_page.validatePage()
    wizard.accept()
    assert wizard.created == target
    db = Database.open(target)
    try:
        profile = get_profile(db)
        assert (profile.name, profile.employees, profile.uscc_note) == ("某某机械有限公司工会委员会", 320, "以登记证书为准")
    finally:
        db.close()


def test_wizard_refuses_existing_file(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    wizard = NewUnionWizard()
    qtbot.addWidget(wizard)
    existing = tmp_path / "there.sqlite"
    existing.write_bytes(b"")
    wizard.file_page.path.setText(str(existing))
    assert not wizard.file_page.validatePage()
    assert "已存在" in wizard.file_page.message.text()


def test_change_log_lists_edits(qtbot, gui_db):  # type: ignore[no-untyped-def]
    from unionbook.services.members.records import draft_of, update_member
    from unionbook.ui.union.change_log import ChangeLogDialog

    m = get_member(gui_db, 2)
    draft = draft_of(m)
    draft.job = "质检员"
    update_member(gui_db, m.id, draft)
    dialog = ChangeLogDialog(gui_db)
    qtbot.addWidget(dialog)
    first = dialog.table.item(0, 3).text()
    assert m.name in first and "职务/工种" in first


def test_profile_dialog_saves_employees(qtbot, gui_db):  # type: ignore[no-untyped-def]
    from unionbook.ui.union.profile_dialog import ProfileDialog

    dialog = ProfileDialog(gui_db)
    qtbot.addWidget(dialog)
    dialog.form.employees.setValue(5000)
    dialog.save()
    assert dialog.result() == 1 and get_profile(gui_db).employees == 5000
    dialog = ProfileDialog(gui_db)
    qtbot.addWidget(dialog)
    dialog.form.name.setText("  ")
    dialog.save()
    assert "工会名称" in dialog.form.message.text()


def test_excel_actions_are_wired(qtbot, gui_db, monkeypatch):  # type: ignore[no-untyped-def]
    calls: list[tuple[str, object]] = []
    monkeypatch.setattr("unionbook.ui.imports.wizard.run_import_wizard",
                        lambda parent, db, path=None: calls.append(("import", db)) or True)
    monkeypatch.setattr("unionbook.ui.members.export_dialog.export_with_dialog",
                        lambda parent, db, query, count, folder=None: calls.append(("export", (query, count))))
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    window.roster.status_filter.setCurrentIndex(3)
    menu = window.roster.excel_button.menu()
    titles = [a.text() for a in menu.actions()]
    menu.actions()[titles.index("从 Excel/CSV 导入花名册…")].trigger()
    menu.actions()[titles.index("导出当前名册到 Excel…")].trigger()
    assert calls[0] == ("import", gui_db)
    query, count = calls[1][1]  # the roster exactly as filtered
    assert query == window.roster.model.query and count == window.roster.model.rowCount()


def test_transfer_out_offers_the_letter(qtbot, gui_db, monkeypatch, message_boxes):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from unionbook.services.members.records import StatusChange, set_status

    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    member = next(m for m in (get_member(gui_db, i) for i in range(1, 50)) if m.status == Status.ACTIVE)
    set_status(gui_db, member.id, StatusChange(Event.TRANSFER_OUT, dt.date.today(), "调动", "", "贺兰县总工会"))
    produced: list[tuple[str, list[int] | None]] = []
    monkeypatch.setattr(window.forms, "produce", lambda form, members=None: produced.append((form.name, members)))
    window.offer_transfer_letter(member.id)  # the cautious default answer is No
    assert message_boxes[-1][0] == "question" and produced == []
    # yes to the paper letter; no to the electronic slip that is offered next (tests/ui/test_bundles_page.py)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda _p, title, *a, **k: (
        QMessageBox.StandardButton.Yes if title == "转出" else QMessageBox.StandardButton.No)))
    window.offer_transfer_letter(member.id)
    assert produced == [("transfer_letter", [member.id])]


def test_closing_waits_for_background_work(qtbot, gui_db):  # type: ignore[no-untyped-def]
    """A job still writing when the window closes is cancelled and waited for before the file is unlocked."""
    import time

    from unionbook.jobs import Cancelled
    from unionbook.ui.kit.ops import Job

    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    seen: dict[str, bool] = {}

    def work(progress):  # type: ignore[no-untyped-def]
        try:
            while True:
                progress(0, 1)
                time.sleep(0.005)
        except Cancelled:
            time.sleep(0.05)  # the last write of a cancelled job
            seen["lock_held_at_end"] = gui_db.lock.held
            raise

    job = Job(work, window)
    job.start()
    qtbot.waitUntil(lambda: job.running, timeout=1000)
    window.close()
    assert seen == {"lock_held_at_end": True}
    assert not gui_db.lock.held


def test_form_pdfs_are_removed_with_the_window(qtbot, gui_db):  # type: ignore[no-untyped-def]
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    folder = window.forms._out
    (folder / "registration-x.pdf").write_bytes(b"%PDF-1.4")
    window.close()
    assert not folder.exists()


def test_change_log_names_every_kind_of_record_in_chinese(qtbot, gui_db):  # type: ignore[no-untyped-def]
    from unionbook.services.union import audit
    from unionbook.ui.union.change_log import ChangeLogDialog

    with gui_db.transaction() as s:
        for entity in ("form", "election", "import_batch", "meeting", "resolution", "rules", "term", "mystery"):
            audit.record(s, "tester", "create", entity, 1, "测试")
    dialog = ChangeLogDialog(gui_db)
    qtbot.addWidget(dialog)
    shown = {dialog.table.item(r, 2).text() for r in range(8)}
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in shown), shown
    assert "其他 #1" in shown


def test_shortcut_list_is_read_from_the_menus(qtbot, gui_db, message_boxes):  # type: ignore[no-untyped-def]
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    shortcuts = {(menu, action): keys for menu, action, keys in window.shortcut_list()}
    assert shortcuts[("会员", "新增会员")] == "Ctrl+N"
    assert shortcuts[("文件", "立即备份")] == "Ctrl+B"
    assert len(set(shortcuts.values())) == len(shortcuts), "two actions share a shortcut"
    window.show_shortcuts()
    assert message_boxes[-1][1] == "键盘快捷键" and "Ctrl+N" in message_boxes[-1][2]


def test_a_read_only_database_says_so_in_the_title_bar(qtbot, gui_db):  # type: ignore[no-untyped-def]
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    assert "只读" not in window.windowTitle()
    gui_db._mark_read_only()
    window._refresh_title()
    assert window.windowTitle().endswith("（只读）")
    assert "只读" in window.status_label.text() and str(gui_db.path) in window.status_label.text()
