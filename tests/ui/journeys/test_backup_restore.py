"""Journey: back up, change something, restore choosing from a list that says when, what kind and how many
members; every page shows the restored data."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableWidget, QWidget
from ui.journeys.helpers import answer, click_button, find_field, on_next_modal, press, shoot

from unionbook.domain.member import Event, Status
from unionbook.services.members.records import StatusChange, count_members, list_members, set_status
from unionbook.services.members.roster import RosterQuery
from unionbook.ui.kit.ops import announce

CURRENT = RosterQuery(statuses=(Status.ACTIVE, Status.KEPT))


def menu_action(window, text: str) -> QAction:  # type: ignore[no-untyped-def]
    found = [a for a in window.findChildren(QAction) if a.text().rstrip("…") == text]
    assert found, f"no menu item “{text}”"
    return found[0]


def test_back_up_and_restore_from_the_list(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    db = window.db
    before = count_members(db, CURRENT)
    press(window.roster.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # 立即备份
    assert "已备份到" in window.statusBar().currentMessage()
    victim = list_members(db, CURRENT)[0]
    set_status(db, victim.id, StatusChange(Event.EXPEL, dt.date.today(), "测试"))
    announce({"member"})  # as an operation in the window would
    assert count_members(db, CURRENT) == before - 1
    seen: dict[str, object] = {}

    def in_list(dialog: QWidget) -> None:
        table = find_field(dialog, "备份列表")
        assert isinstance(table, QTableWidget)
        seen["rows"] = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
        shoot(dialog, "restore-list")
        seen["confirm_step"] = on_next_modal(lambda box: (seen.__setitem__("confirm", box.findChild(QWidget, "qt_msgbox_label")
                                                              .text()), click_button(box, "是")), "从备份恢复")
        seen["done_step"] = answer("确定", "已恢复")
        click_button(dialog, "恢复所选备份")  # the list closes; the confirmation follows

    step = on_next_modal(in_list, "从备份恢复")
    menu_action(window, "从备份恢复").trigger()
    step.check()
    seen["confirm_step"].check()  # type: ignore[attr-defined]
    seen["done_step"].check()  # type: ignore[attr-defined]

    rows = seen["rows"]
    assert isinstance(rows, list) and rows[0][1] == "手动" and rows[0][2] == f"{before:,} 名"
    assert dt.date.today().isoformat() in rows[0][0]
    assert f"{before:,} 名现有会员" in str(seen["confirm"]) and "手动" in str(seen["confirm"])
    assert count_members(db, CURRENT) == before
    window.show_area("members")  # every page reads the restored file
    assert window.roster.model.rowCount() == before
