"""The meetings page (check-in with the quorum live, resolutions, minutes), the rules page (待核实 marked,
an override recorded), and the home page's warning before a term runs out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from screens import assert_screen

from unionbook.domain.member import Status
from unionbook.services.elections.terms import HolderDraft, TermDraft, start_term
from unionbook.services.members.records import RosterQuery, list_members
from unionbook.services.rules.in_force import rules_in_force
from unionbook.ui.home.page import HomePage
from unionbook.ui.kit.ops import run_op
from unionbook.ui.main_window import MainWindow
from unionbook.ui.meetings.page import MeetingPage
from unionbook.ui.rules.page import COL_CONFIDENCE, KEY_ROLE, RulesPage


def test_meeting_check_in_quorum_and_minutes(qtbot, gui_db, tmp_path: Path):  # type: ignore[no-untyped-def]
    page = MeetingPage(gui_db)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    shown: list[Path] = []
    page.show_pdf = lambda _parent, path, title="": shown.append(path)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.kind.setCurrentIndex(page.kind.findData("representatives"))
    page.title.setText("一届三次会员代表大会")
    page.place.setText("职工之家")
    page.host.setText("马晓燕")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.meeting is not None and page.meeting.entitled == 0
    reps = list_members(gui_db, RosterQuery(statuses=(Status.ACTIVE,), sort="id"), limit=9)
    page.add_expected([m.id for m in reps])
    assert page.model.rowCount() == 9 and "至少 6 人" in page.quorum.text()

    # five at the door by card or ID number, the sixth by selecting the row: the quorum is met
    for m in reps[:5]:
        page.door.setText(m.id_number)
        qtbot.keyClick(page.door, Qt.Key.Key_Return)
    assert page.meeting.present == 5 and "不能开会表决" in page.quorum.text()
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == reps[5].name)
    page.table.selectRow(row)
    qtbot.mouseClick(page.present_button, Qt.MouseButton.LeftButton)
    assert page.meeting.present == 6 and "会议有效" in page.quorum.text()

    page.add_agenda_row("审议工会工作报告", "代表们分组讨论，一致同意。")
    qtbot.mouseClick(page.agenda_save, Qt.MouseButton.LeftButton)
    page.res_text.setText("通过工会工作报告")
    page.votes_for.setValue(5)
    page.votes_against.setValue(1)
    qtbot.mouseClick(page.res_button, Qt.MouseButton.LeftButton)
    assert "通过" in page.res_result.text() and page.resolutions.count() == 1
    qtbot.mouseClick(page.minutes_button, Qt.MouseButton.LeftButton)  # rendered in the background
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown[-1].exists() and shown[-1].name.endswith("-minutes.pdf")
    assert_screen(page, tmp_path / "meetings.png", shows=["一届三次会员代表大会", "职工之家", "马晓燕", "实到 6 人", "会议有效"])


def test_rules_page_marks_unconfirmed_and_records_an_override(qtbot, gui_db, message_boxes):  # type: ignore[no-untyped-def]
    page = RulesPage(gui_db)
    qtbot.addWidget(page)
    page.show()
    page.only_unconfirmed.setChecked(True)
    shown = {page.proxy.index(r, 0).data(KEY_ROLE) for r in range(page.proxy.rowCount())}
    assert "election.threshold_base" in shown and "election.member_assembly_max_members" not in shown
    assert all(page.proxy.index(r, COL_CONFIDENCE).data() == "待核实" for r in range(page.proxy.rowCount()))
    page.select_key("election.threshold_base")
    assert "待核实" in page.detail.text()
    page.value.setText("cast")
    qtbot.mouseClick(page.override_button, Qt.MouseButton.LeftButton)  # no note: refused, nothing changed
    assert rules_in_force(gui_db)["election.threshold_base"] == "entitled"
    assert len(message_boxes) == 1 and "必须填写说明" in message_boxes[0][2]
    page.value.setText("cast")
    page.note.setText("依据省总工会选举实施办法")
    qtbot.mouseClick(page.override_button, Qt.MouseButton.LeftButton)
    assert rules_in_force(gui_db)["election.threshold_base"] == "cast"
    assert "依据省总工会选举实施办法" in page.detail.text() and page.clear_button.isEnabled()
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert rules_in_force(gui_db)["election.threshold_base"] == "entitled"


def test_home_page_warns_before_the_term_ends(qtbot, gui_db):  # type: ignore[no-untyped-def]
    home = HomePage(gui_db)
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.refreshed, timeout=5000):  # the figures are read off the GUI thread
        home.show()
    assert home.term_warning.isHidden() and home.union_name.text()
    m = list_members(gui_db, RosterQuery(statuses=(Status.ACTIVE,)), limit=1)[0]
    start = dt.date.today().replace(day=1) - dt.timedelta(days=5 * 365)
    draft = TermDraft("committee", start, 5, (HolderDraft(member_id=m.id, role="chair"),))
    with qtbot.waitSignal(home.refreshed, timeout=5000):
        assert run_op(home, lambda: start_term(gui_db, draft), touches={"term"})  # the page follows the change
    assert not home.term_warning.isHidden() and "工会委员会任期" in home.term_warning.text()


def test_main_window_has_the_new_areas(qtbot, gui_db):  # type: ignore[no-untyped-def]
    window = MainWindow(gui_db)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert {"选举", "会议", "规则"} <= set(titles)
    window.nav.setCurrentRow(titles.index("选举"))
    assert window.pages.currentWidget() is window.area_pages["elections"]
