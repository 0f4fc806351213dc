"""Journey: after a member pays months (here through the service, as the CLI does), the roster's 会费交至
column and the member's editor both say up to which month, without opening the dues page; a month paid after
unpaid months does not move it past them (review 2 item 1)."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from ui.journeys.helpers import click_button, on_next_modal, press, type_into

from unionbook.domain.member import Status
from unionbook.services.dues.dues import member_paid_through, pay, set_wage
from unionbook.services.members.records import RosterQuery, list_members


def _column(model, header: str) -> int:  # type: ignore[no-untyped-def]
    found = [c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == header]
    assert len(found) == 1, header
    return found[0]


def test_paid_through_shows_in_roster_and_editor(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    db = window.db
    member = next(m for m in list_members(db, RosterQuery(statuses=(Status.ACTIVE,)), limit=400)
                  if m.join_date and m.join_date < dt.date(2020, 1, 1) and member_paid_through(db, m.id))
    through = member_paid_through(db, member.id)
    assert through is not None
    set_wage(db, member.id, "4321.00", str(through + 1))
    pay(db, member.id, str(through + 1), str(through + 3), receipt="R-77", day=dt.date.today())
    # a month paid after a gap (review 2 item 1: a later payroll posting) does not move 会费交至 past the gap
    pay(db, member.id, str(through + 6), str(through + 6), receipt="R-78", day=dt.date.today())
    shown = through + 3

    window.show_area("members")
    roster = window.roster
    type_into(roster, "查找会员", member.id_number[-8:])
    # the row is on screen once its page has been read (pages are read when painted)
    qtbot.waitUntil(lambda: roster.model.rowCount() == 1 and roster.model.row_of_member(member.id) == 0,
                    timeout=3000)
    col = _column(roster.model, "会费交至")
    row = 0
    assert roster.model.index(row, col).data() == str(shown)
    table = roster.table
    table.scrollTo(roster.model.index(row, col))
    rect = table.visualRect(roster.model.index(row, col))
    assert not rect.isNull()  # the column is on screen, not only in the model
    if os.environ.get("UB_SHOTS"):
        window.grab().save(os.path.join(os.environ["UB_SHOTS"], "roster_paid_through.png"))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())

    seen: dict[str, str] = {}

    def read(dialog: QWidget) -> None:
        labels = [w for w in dialog.findChildren(QLabel) if w.accessibleName() == "会费交至" and w.isVisible()]
        assert len(labels) == 1
        seen["text"] = labels[0].text()
        if os.environ.get("UB_SHOTS"):
            dialog.grab().save(os.path.join(os.environ["UB_SHOTS"], "member_dialog_paid_through.png"))
        click_button(dialog, "取消")

    step = on_next_modal(read, "编辑会员")
    press(table, Qt.Key.Key_Return)
    step.check()
    assert seen["text"] == shown.label
