"""The election workbench from setup to result, driven as a chair would (pytest-qt, no sleeps)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from unionbook.domain.member import Status
from unionbook.services.elections.count import election_result
from unionbook.services.elections.setup import list_elections
from unionbook.services.elections.terms import current_term
from unionbook.services.members.records import RosterQuery, list_members
from unionbook.ui.elections.page import TAB_CANDIDATES, TAB_COUNT, TAB_RESULT, ElectionPage


def distinct_active(db, n):  # type: ignore[no-untyped-def]
    seen, out = set(), []
    for m in list_members(db, RosterQuery(statuses=(Status.ACTIVE,), sort="id"), limit=n * 3):
        if m.name not in seen:
            seen.add(m.name)
            out.append(m)
    return out[:n]


def test_workbench_from_setup_to_result(qtbot, gui_db, monkeypatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    page = ElectionPage(gui_db)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()

    # 1 setup: too many seats for the size table is shown before anything is created
    page.setup.title.setText("第五届委员会选举")
    page.setup.seats.setValue(30)
    page.setup.update_checks()
    assert any("委员名额应为" in w for w in page.setup.checks.warnings())
    page.setup.seats.setValue(7)
    page.setup.update_checks()
    assert page.setup.checks.warnings() == []
    qtbot.mouseClick(page.setup.create_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == TAB_CANDIDATES
    election = list_elections(gui_db)[0]
    assert page.current_id() == election.id and election.seats == 7

    # 2 candidates: picked from the roster by search, kept in stroke order, margin checked
    people = distinct_active(gui_db, 8)
    for m in people[:7]:
        page.candidates.picker.search.setText(m.id_number)
        qtbot.keyClick(page.candidates.picker.search, Qt.Key.Key_Return)
    assert page.candidates.candidates.count() == 7
    assert any("至少 8 名，现只有 7 名" in w for w in page.candidates.checks.warnings())
    page.candidates.add([people[7].id])
    assert page.candidates.candidates.count() == 8
    assert not any("候选人应至少" in w for w in page.candidates.checks.warnings())
    assert page.candidates.chart.lines and len(page.candidates.chart.lines) == 3
    names = [c.name for c in page.candidates.report.candidates]

    # 3 papers: the ballots (composition warnings answered "yes"), opened in the preview
    shown: list[Path] = []
    page.papers.show_pdf = lambda _parent, path, title="": shown.append(path)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    page.papers.copies.setValue(3)
    qtbot.mouseClick(page.papers.buttons["ballots"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20000)
    assert shown[0].exists() and shown[0].stat().st_size > 1000

    # 4 counting per box: five pass, two seats stay empty → run-off
    page.tabs.setCurrentIndex(TAB_COUNT)
    count = page.count
    entitled = election.entitled
    count.present.setValue(entitled - 3)
    for label in ("发出选票", "收回选票"):
        count.set_cell(label, entitled - 3)
    count.set_cell("无效票", 2)
    for i, name in enumerate(names):
        count.set_cell(name, entitled // 2 + 20 if i < 5 else 40)
    qtbot.mouseClick(count.count_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == TAB_RESULT
    text = page.result.explanation_text()
    assert "可以进行选举" in text and "另行选举" in text and "当选" in text
    assert page.result.elected.count() == 5 and page.result.next_button.isEnabled()

    # the run-off, keyed ballot by ballot: one ballot marks too many and is void
    qtbot.mouseClick(page.result.next_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == TAB_COUNT and "另行选举" in count.plan_label.text()
    assert [b.text() for b in count.mark_boxes] == names[5:]
    count.modes.setCurrentIndex(1)
    count.present.setValue(entitled)
    count.issued.setValue(entitled)
    majority = entitled // 2 + 1
    for _ in range(majority):
        count.mark_boxes[0].setChecked(True)
        count.mark_boxes[1].setChecked(True)
        qtbot.mouseClick(count.key_button, Qt.MouseButton.LeftButton)
    count.mark_boxes[0].setChecked(True)
    count.mark_boxes[1].setChecked(True)
    count.mark_boxes[2].setChecked(True)
    qtbot.mouseClick(count.key_button, Qt.MouseButton.LeftButton)
    assert "无效" in count.ballot_list.item(count.ballot_list.count() - 1).text()
    assert count.ballot_count.text() == f"已录入 {majority + 1} 张，其中无效 1 张"
    count.unkeyed_invalid.setValue(0)
    qtbot.mouseClick(count.count_button, Qt.MouseButton.LeftButton)
    result = election_result(gui_db, election.id)
    assert result.finished and len(result.elected) == 7
    assert "选举结束" in page.result.explanation_text() and not page.result.next_button.isEnabled()

    # the result recorded as the new committee's term
    qtbot.mouseClick(page.result.term_button, Qt.MouseButton.LeftButton)
    term = current_term(gui_db, "committee")
    assert term is not None and len(term.holders) == 7
    assert "工会委员会" in page.terms.text.text()
    page.grab().save(str(tmp_path / "workbench.png"))
