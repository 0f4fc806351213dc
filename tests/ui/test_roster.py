"""The roster page: search as you type, filters, sorting, paging over SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from unionbook.domain.member import Status
from unionbook.services.members.records import RosterQuery, count_members, list_members
from unionbook.ui.members.roster_model import COL_ID, COL_NAME, COL_STATUS, MEMBER_ID_ROLE, RosterModel
from unionbook.ui.members.roster_page import RosterPage


def test_model_counts_and_masks(qtbot, gui_db):  # type: ignore[no-untyped-def]
    model = RosterModel(gui_db)
    assert model.rowCount() == count_members(gui_db)
    masked = model.data(model.index(0, COL_ID))
    assert "********" in masked and len(masked) == 18
    # scrolled to the bottom, the view shows the last members of the register in the register's order
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 400)
    view.show()
    view.scrollToBottom()
    qtbot.waitExposed(view)
    top, bottom = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    if bottom < 0:  # the last row ends above the viewport's bottom edge
        bottom = model.rowCount() - 1
    assert bottom == model.rowCount() - 1 and 0 < top < bottom
    expected = list_members(gui_db, RosterQuery(), offset=top, limit=bottom - top + 1)
    shown = [(model.index(r, COL_NAME).data(), model.index(r, COL_ID).data(MEMBER_ID_ROLE))
             for r in range(top, bottom + 1)]
    assert shown == [(m.name, m.id) for m in expected]


def test_search_narrows_as_you_type(qtbot, gui_db):  # type: ignore[no-untyped-def]
    page = RosterPage(gui_db)
    qtbot.addWidget(page)
    everyone = page.model.rowCount()
    target = list_members(gui_db, RosterQuery(statuses=(Status.ACTIVE,)), limit=1)[0]
    qtbot.keyClicks(page.search, target.id_number[-6:])
    qtbot.waitUntil(lambda: page.model.rowCount() < everyone, timeout=2000)
    names = [page.model.data(page.model.index(r, COL_NAME)) for r in range(page.model.rowCount())]
    assert target.name in names
    assert page.count_label.text() == f"符合条件的会员：{page.model.rowCount():,} 名"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == everyone, timeout=2000)


def test_pinyin_initials_search(qtbot, gui_db):  # type: ignore[no-untyped-def]
    from unionbook.domain.pinyin import pinyin_keys

    page = RosterPage(gui_db)
    qtbot.addWidget(page)
    target = list_members(gui_db, RosterQuery(statuses=(Status.ACTIVE,)), limit=1, offset=5)[0]
    initials = pinyin_keys(target.name).initials
    page.search.setText(initials)
    page.apply_filters()
    names = {page.model.data(page.model.index(r, COL_NAME)) for r in range(page.model.rowCount())}
    assert target.name in names
    assert all(pinyin_keys(n).initials.find(initials) >= 0 or initials in n for n in names if n)


def test_status_filter_and_sort(qtbot, gui_db):  # type: ignore[no-untyped-def]
    page = RosterPage(gui_db)
    qtbot.addWidget(page)
    page.status_filter.setCurrentIndex(page.status_filter.count() - 1)  # everyone, former members included
    all_count = page.model.rowCount()
    page.status_filter.setCurrentIndex(3)  # transferred out
    assert page.model.rowCount() < all_count
    statuses = {page.model.data(page.model.index(r, COL_STATUS)) for r in range(page.model.rowCount())}
    assert statuses == {"已转出"}
    page.status_filter.setCurrentIndex(0)
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert page.model.query.sort == "name" and page.model.query.descending
    first = page.model.data(page.model.index(0, COL_NAME))
    expected = list_members(gui_db, RosterQuery(statuses=(Status.ACTIVE, Status.KEPT), descending=True), limit=1)
    assert first == expected[0].name


def test_enter_on_row_opens_member(qtbot, gui_db):  # type: ignore[no-untyped-def]
    page = RosterPage(gui_db)
    qtbot.addWidget(page)
    page.show()
    page.table.setFocus()
    page.table.selectRow(2)
    with qtbot.waitSignal(page.member_activated, timeout=1000) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [page.model.member_id(2)]


@pytest.mark.parametrize("id_list_max", [5000, 0])
def test_model_modes_agree_with_the_service(qtbot, gui_db, monkeypatch, id_list_max):  # type: ignore[no-untyped-def]
    """Whether the model reads an id list or walks pages, it shows the service's rows in the service's order."""
    from unionbook.services.members import roster
    from unionbook.services.members.roster import list_member_ids
    monkeypatch.setattr(roster, "ID_LIST_MAX", id_list_max)  # 0: every search is counted and paged by keyset
    model = RosterModel(gui_db)
    some = list_members(gui_db, RosterQuery(), limit=1, offset=7)[0]
    counted_later = set()
    for search in ("a", "z", "zh", some.name[:1], some.name[:2], some.name, some.id_number[-5:], "2", "xyzq"):
        for sort, descending in (("name", False), ("join_date", True), ("employer", False)):
            query = RosterQuery(search=search, statuses=(Status.ACTIVE, Status.KEPT), sort=sort, descending=descending)
            model.set_query(query)
            if model.count_pending:  # a broad term: the first page now, the rest once counted on a worker
                counted_later.add(search)
                assert model.rowCount() == model.PAGE
                with qtbot.waitSignal(model.count_known, timeout=5000):
                    pass
            with gui_db.read() as s:
                expected = list_member_ids(s, query)
            shown = [model.member_id(r) for r in range(model.rowCount())]
            assert shown == expected, (search, sort)
    assert "2" in counted_later


def test_typing_on_the_table_goes_to_the_search_box(qtbot, gui_db):  # type: ignore[no-untyped-def]
    page = RosterPage(gui_db)
    qtbot.addWidget(page)
    page.show()
    page.table.setFocus()
    page.table.selectRow(3)
    qtbot.keyClicks(page.table, "zh")
    assert page.search.text() == "zh" and page.focusWidget() is page.search
    qtbot.waitUntil(lambda: page.model.query.search == "zh", timeout=2000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # navigation stays with the table
    assert page.search.text() == "zh"


def test_count_label_mentions_a_multiple_selection(qtbot, gui_db):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    page = RosterPage(gui_db)
    qtbot.addWidget(page)
    assert "已选" not in page.count_label.text()
    selection = QItemSelection(page.model.index(0, 0), page.model.index(2, page.model.columnCount() - 1))
    page.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert "已选 3 名" in page.count_label.text()


def test_a_broad_search_shows_rows_first_and_its_count_when_counted(qtbot, gui_db, monkeypatch):  # type: ignore[no-untyped-def]
    """'2' matches nearly everyone: the first rows are shown at once and the count line says it is counting;
    when the worker has counted, the line gives the number and every row can be scrolled to."""
    import threading

    from unionbook.services.members import roster
    # a union large enough for it: more matches than a search sorts at once
    monkeypatch.setattr(roster, "SORT_AT_ONCE", 20)
    monkeypatch.setattr(roster, "ID_LIST_MAX", 20)
    # the worker's count waits until the screen has been looked at (it then counts for real)
    gate = threading.Event()
    real_count = roster.RosterCursor.count

    def held(self):  # type: ignore[no-untyped-def]
        if threading.current_thread() is not threading.main_thread():
            gate.wait(10)
        return real_count(self)

    monkeypatch.setattr(roster.RosterCursor, "count", held)
    page = RosterPage(gui_db)
    qtbot.addWidget(page)
    page.show()
    expected = count_members(gui_db, RosterQuery(search="2", statuses=(Status.ACTIVE, Status.KEPT)))
    assert expected > page.model.PAGE
    try:
        qtbot.keyClicks(page.search, "2")
        qtbot.waitUntil(lambda: "正在统计" in page.count_label.text(), timeout=3000)
        assert page.count_label.text() == f"符合条件的会员：{page.model.PAGE:,} 名以上，正在统计…"
        first = list_members(gui_db, RosterQuery(search="2", statuses=(Status.ACTIVE, Status.KEPT)), limit=1)[0]
        assert page.model.index(0, COL_NAME).data() == first.name
    finally:
        gate.set()
    qtbot.waitUntil(lambda: page.count_label.text() == f"符合条件的会员：{expected:,} 名", timeout=5000)
    assert page.model.rowCount() == expected


def test_a_long_roster_reads_its_jump_marks_after_it_is_shown(qtbot, gui_db, monkeypatch):  # type: ignore[no-untyped-def]
    """Once shown, a long list marks its far-jump anchors on a worker; a jump to the end then shows the last
    members in order."""
    from unionbook.ui.kit.paged_model import PagedTableModel
    monkeypatch.setattr(PagedTableModel, "PREPARE_FROM_PAGES", 2)  # the test union is long enough for it
    monkeypatch.setattr(PagedTableModel, "PREPARE_AFTER_MS", 0)
    page = RosterPage(gui_db)
    qtbot.addWidget(page)
    page.show()
    cursor = page.model.source.cursor
    qtbot.waitUntil(lambda: cursor._marks is not None, timeout=5000)
    assert len(cursor._marks) >= 1
    count = page.model.rowCount()
    expected = list_members(gui_db, RosterQuery(statuses=(Status.ACTIVE, Status.KEPT)), offset=count - 3, limit=3)
    shown = [page.model.index(r, COL_NAME).data(MEMBER_ID_ROLE) for r in range(count - 3, count)]
    assert shown == [m.id for m in expected]


def test_a_reloaded_roster_shows_what_changed_and_every_column_its_own_text(qtbot, gui_db):  # type: ignore[no-untyped-def]
    """The texts of a page are made once, when it is read: a reload (after an edit) must make them again, and
    each column must show its own field."""
    from unionbook.services.members.records import draft_of, get_member, update_member
    from unionbook.ui.members.roster_model import COL_BIRTH, COL_EMPLOYER, COL_GENDER, COL_JOIN, COL_PHONE

    model = RosterModel(gui_db)
    member_id = model.index(0, 0).data(MEMBER_ID_ROLE)
    m = get_member(gui_db, member_id)
    shown = {col: model.index(0, col).data() for col in (COL_NAME, COL_GENDER, COL_EMPLOYER, COL_PHONE, COL_STATUS,
                                                         COL_BIRTH, COL_JOIN)}
    assert shown == {COL_NAME: m.name, COL_GENDER: m.gender, COL_EMPLOYER: m.employer or "", COL_PHONE: m.phone,
                     COL_STATUS: m.status.label, COL_BIRTH: m.birth_date.isoformat(),
                     COL_JOIN: m.join_date.isoformat() if m.join_date else ""}
    draft = draft_of(m)
    draft.phone = "13912345678"
    update_member(gui_db, member_id, draft)
    assert model.index(0, COL_PHONE).data() == m.phone  # not read again until reloaded
    model.reload()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(MEMBER_ID_ROLE) == member_id)
    assert model.index(row, COL_PHONE).data() == "13912345678"


def test_a_page_let_go_and_read_again_shows_what_it_read(qtbot, gui_db):  # type: ignore[no-untyped-def]
    """Review: a page dropped from the model's memory (Ctrl+A walks every page of a long roster) and read again
    showed the texts of its first read while the row it acted on was the new one."""
    import sqlite3

    from unionbook.ui.members.roster_model import COL_PHONE

    model = RosterModel(gui_db)
    model.MAX_PAGES = 2
    member_id = model.member_id(0)
    assert model.index(0, COL_PHONE).data() != "13900000000"
    for row in (40, 80, 120):  # other pages read: page 0 is let go
        model.member_id(row)
    with sqlite3.connect(gui_db.path) as conn:  # another program (the command line) changes the member
        conn.execute("UPDATE member SET phone = '13900000000' WHERE id = ?", (member_id,))
    assert model.index(0, COL_PHONE).data() == "13900000000" == model.row_object(0).phone


def test_the_roster_model_keeps_qts_model_rules(qtbot, gui_db):  # type: ignore[no-untyped-def]
    """The paged model answers index() itself (Qt's asks rowCount and columnCount, two calls into Python per cell
    painted): Qt's own model tester checks it, and the other answers, through a search, a sort and a reload."""
    from PySide6.QtTest import QAbstractItemModelTester

    model = RosterModel(gui_db)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.index(0, 0).isValid() and (model.index(2, 3).row(), model.index(2, 3).column()) == (2, 3)
    invalid = (model.index(-1, 0), model.index(model.rowCount(), 0), model.index(0, model.columnCount()),
               model.index(0, 0, model.index(0, 0)))
    assert not any(i.isValid() for i in invalid)
    model.set_query(RosterQuery(search="张"))
    model.sort(COL_STATUS, Qt.SortOrder.DescendingOrder)
    model.reload()
    assert model.rowCount() > 0 and tester is not None
