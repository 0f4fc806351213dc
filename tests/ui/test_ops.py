"""One way to run an operation from the GUI (ui/kit/ops.py): errors become one Chinese message box, a long op
can be cancelled from its progress dialog with nothing written, and after an op every page shows the new state
without being told by hand. Journeys click what a user sees; the kit's own pieces are checked below them."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from roster_files import resident_id
from sqlalchemy import select

from unionbook.domain.member import MemberDraft, Status
from unionbook.jobs import Cancelled, Progress
from unionbook.services.members.records import RosterQuery, add_member, list_members
from unionbook.services.members.stats import key_figures
from unionbook.store import Database
from unionbook.store.models import Setting
from unionbook.ui.kit import ops
from unionbook.ui.kit.ops import EVERYTHING, Job, changes, run_op, running_jobs
from unionbook.ui.main_window import MainWindow
from unionbook.ui.meetings.page import MeetingPage


def button(parent: QWidget, text: str) -> QPushButton:
    found = [b for b in parent.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    assert len(found) == 1, (text, [b.text() for b in parent.findChildren(QPushButton)])
    return found[0]


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def progress_dialog() -> QProgressDialog | None:
    shown = [w for w in QApplication.topLevelWidgets() + [w for t in QApplication.topLevelWidgets()
                                                           for w in t.findChildren(QProgressDialog)]
             if isinstance(w, QProgressDialog) and w.isVisible()]
    return shown[0] if shown else None


# ---- journeys ----

def _meeting_with_quorum(qtbot, gui_db: Database) -> MeetingPage:  # type: ignore[no-untyped-def]
    page = MeetingPage(gui_db)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    click(button(page, "新建会议"))
    page.title.insert("工会委员会会议")  # typed through the input method: keyClicks is ASCII-only
    click(button(page, "保存会议"))
    reps = list_members(gui_db, RosterQuery(statuses=(Status.ACTIVE,), sort="id"), limit=3)
    page.add_expected([m.id for m in reps])
    page.tabs.setCurrentIndex(1)
    click(button(page, "全部到会"))
    page.tabs.setCurrentIndex(3)
    return page


def test_a_refused_op_shows_one_chinese_box_and_changes_nothing(qtbot, gui_db, message_boxes) -> None:  # type: ignore[no-untyped-def]
    page = _meeting_with_quorum(qtbot, gui_db)
    before = page.resolutions.count()
    click(button(page, "记录表决结果"))  # no 事项 typed: the service refuses
    assert len(message_boxes) == 1
    kind, title, text = message_boxes[0]
    assert kind == "warning" and "决议内容" in text and "不能为空" in text and is_chinese(title)
    assert page.resolutions.count() == before and page.res_result.text() == ""


def test_an_unexpected_error_shows_one_box_and_is_logged(qtbot, gui_db, message_boxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _meeting_with_quorum(qtbot, gui_db)
    meeting = page.meeting
    assert meeting is not None

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("磁盘出了怪事")

    monkeypatch.setattr("unionbook.ui.meetings.page.add_resolution", broken)
    page.res_text.insert("通过工会工作报告")  # typed through the input method: keyClicks is ASCII-only
    click(button(page, "记录表决结果"))
    assert len(message_boxes) == 1
    kind, title, text = message_boxes[0]
    assert (kind, title) == ("critical", "意外错误")
    assert "RuntimeError: 磁盘出了怪事" in text and str(ops.log_path()) in text
    log = ops.log_path().read_text(encoding="utf-8")
    assert "Traceback" in log and "磁盘出了怪事" in log and "broken" in log
    assert page.resolutions.count() == 0 and page.res_text.text() == "通过工会工作报告"  # nothing lost, nothing done


@pytest.mark.slow
def test_a_long_op_is_cancelled_from_its_progress_dialog_and_writes_nothing(qtbot, gui_db, message_boxes,  # type: ignore[no-untyped-def]
                                                                            monkeypatch) -> None:
    import unionbook.ui.forms.menu as menu

    real = menu.render_form
    gate = threading.Event()

    def held_render(*args, progress: Progress, **kwargs):  # type: ignore[no-untyped-def]
        def held(done: int, total: int) -> None:
            gate.wait(10)  # the render is "long": it waits at its first checkpoint until the test clicked 取消
            progress(done, total)
        return real(*args, progress=held, **kwargs)

    monkeypatch.setattr(menu, "render_form", held_render)
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.nav.row(window.nav.findItems("会员名册", Qt.MatchFlag.MatchExactly)[0]))
    window.roster.status_filter.setCurrentIndex(window.roster.status_filter.findText("已转出"))
    window.roster.table.selectAll()
    with gui_db.read() as s:
        serials_before = {k: v for k, v in s.execute(select(Setting.key, Setting.value))}
    letter = next(a for a in window.forms_menu.actions() if a.text() == "会员组织关系接转介绍信…")
    letter.trigger()
    qtbot.waitUntil(lambda: progress_dialog() is not None, timeout=5000)
    dialog = progress_dialog()
    assert dialog is not None and "会员组织关系接转介绍信" in dialog.labelText()
    click(button(dialog, "取消"))
    gate.set()
    qtbot.waitUntil(lambda: not running_jobs(), timeout=10000)
    qtbot.waitUntil(lambda: progress_dialog() is None, timeout=2000)
    with gui_db.read() as s:
        assert {k: v for k, v in s.execute(select(Setting.key, Setting.value))} == serials_before  # no number used
    assert message_boxes == []  # the user asked for it: no error box
    assert list(window.forms._out.iterdir()) == []  # no file, not even a .part


def test_after_an_op_on_members_home_and_roster_show_the_new_state(qtbot, gui_db, message_boxes) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.home
    before = key_figures(gui_db).members
    # the figures are read on a worker thread and shown when read
    qtbot.waitUntil(lambda: window.home.members.value.text() == f"{before:,}", timeout=5000)
    roster_count = window.roster.model.rowCount()

    draft = MemberDraft(name="欧阳新会", id_number=resident_id("19900307", 977, male=True))
    assert run_op(window, lambda: add_member(gui_db, draft), touches={"member"}), message_boxes
    # the home page is on screen: its figures follow (read again off the GUI thread), nobody switched pages
    qtbot.waitUntil(lambda: window.home.members.value.text() == f"{before + 1:,}", timeout=5000)
    # the roster was hidden: it is stale and reads the file again when it is shown, with no other call
    assert window.roster.stale
    window.nav.setCurrentRow(window.nav.row(window.nav.findItems("会员名册", Qt.MatchFlag.MatchExactly)[0]))
    assert window.roster.model.rowCount() == roster_count + 1
    assert f"{roster_count + 1:,}" in window.roster.count_label.text()
    window.roster.search.insert("欧阳新会")  # typed through the input method: keyClicks is ASCII-only
    qtbot.waitUntil(lambda: window.roster.model.rowCount() == 1, timeout=3000)
    assert window.roster.model.data(window.roster.model.index(0, 0)) == "欧阳新会"


# ---- the kit ----

def test_touches_must_name_known_entities(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.raises(ValueError, match="membr"):
        run_op(parent, lambda: None, touches={"membr"})
    seen: list[frozenset[str]] = []
    changes().changed.connect(seen.append)
    try:
        assert run_op(parent, lambda: 1, touches={"member", "meeting"})
        assert run_op(parent, lambda: 1, touches=())  # a backup, an export: nothing announced
        assert run_op(parent, lambda: 1, touches={EVERYTHING})
    finally:
        changes().changed.disconnect(seen.append)
    assert seen == [frozenset({"member", "meeting"}), frozenset({"*"})]


def test_a_failed_op_announces_nothing_and_skips_success(qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[object] = []
    changes().changed.connect(seen.append)
    try:
        assert not run_op(parent, lambda: 1 / 0, touches={"member"}, success=seen.append)
    finally:
        changes().changed.disconnect(seen.append)
    assert seen == [] and len(message_boxes) == 1 and "ZeroDivisionError" in message_boxes[0][2]


def test_a_long_op_reports_progress_closes_its_dialog_then_succeeds(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    results: list[object] = []

    def work(progress: Progress) -> str:
        for i in range(1, 4):
            progress(i, 3)
            time.sleep(0.2)  # long enough for the dialog to appear (after 400 ms)
        return "done"

    assert run_op(parent, work, touches=(), long=True, label="正在生成花名册…", success=results.append)
    qtbot.waitUntil(lambda: progress_dialog() is not None, timeout=3000)
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    qtbot.waitUntil(lambda: progress_dialog() is None, timeout=2000)
    assert not running_jobs()


def test_a_worker_that_dies_of_a_base_exception_gets_one_box(qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(_progress: Progress) -> None:
        raise SystemExit(3)  # not an Exception: the worker must still report it

    run_op(parent, work, touches={"member"}, long=True)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=5000)
    assert [(k, t) for k, t, _ in message_boxes] == [("critical", "意外错误")] and "SystemExit" in message_boxes[0][2]
    assert "SystemExit" in ops.log_path().read_text(encoding="utf-8")


def test_job_cancel_reaches_the_work(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    job = Job(lambda progress: progress(0, 1))
    job.cancel()
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    error, _details = blocker.args
    assert isinstance(error, Cancelled) and "取消" in error.message


def test_the_excepthook_shows_and_logs_what_nothing_caught(qtbot, message_boxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from unionbook.ui import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    installed: list[object] = []
    monkeypatch.setattr(app, "make_app", lambda: installed.append(sys.excepthook) or QApplication.instance())

    class Controller:
        def __init__(self, _app: object) -> None: ...

        def open(self, _path: object) -> bool:
            return False

    monkeypatch.setattr(app, "Controller", Controller)
    assert app.run_gui(Path("nowhere.sqlite")) == 0
    assert sys.excepthook is ops.excepthook  # run_gui installed it
    try:
        raise KeyError("找不到的钥匙")
    except KeyError:
        ops.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(message_boxes) == 1 and message_boxes[0][0] == "critical" and "找不到的钥匙" in message_boxes[0][2]
    assert "找不到的钥匙" in ops.log_path().read_text(encoding="utf-8")
