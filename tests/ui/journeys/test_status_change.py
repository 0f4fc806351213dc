"""Journey: an irreversible membership change is confirmed in words before it is recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QWidget
from ui.journeys.helpers import choose, click_button, find_field, on_next_modal, press, type_text

from unionbook.domain.member import Status
from unionbook.services.members.records import get_member, member_history


def test_expelling_is_confirmed_in_words(demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.show_area("members")
    roster = window.roster
    table = roster.table
    active = next(r for r in range(roster.model.rowCount())
                  if get_member(window.db, roster.model.member_id(r)).status == Status.ACTIVE)
    rect = table.visualRect(roster.model.index(active, 0))
    assert not rect.isNull()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    member_id = roster.current_member_id()
    assert member_id is not None
    member = get_member(window.db, member_id)
    assert member.status == Status.ACTIVE
    seen: dict[str, object] = {}

    def confirm_text(box: QWidget) -> str:
        return " ".join(label.text() for label in box.findChildren(QLabel))

    def declined(box: QWidget) -> None:
        seen["first"] = confirm_text(box)
        click_button(box, "不办理")

    def confirmed(box: QWidget) -> None:
        click_button(box, "确定开除会籍")

    def in_status(dialog: QWidget) -> None:
        choose(find_field(dialog, "办理事项"), "开除会籍")  # type: ignore[arg-type]
        reason = find_field(dialog, "原因")
        assert isinstance(reason, QPlainTextEdit)
        reason.setFocus()
        type_text(reason, "严重违反工会章程")
        step = on_next_modal(declined, "确认开除会籍")
        click_button(dialog, "办理")
        step.check()
        seen["after_decline"] = get_member(window.db, member_id).status
        seen["still_open"] = dialog.isVisible()
        step = on_next_modal(confirmed, "确认开除会籍")
        click_button(dialog, "办理")
        step.check()

    step = on_next_modal(in_status, "会籍变动")
    press(table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    step.check()

    first = str(seen["first"])
    assert member.name in first and "开除会籍" in first and "不能修改或删除" in first
    assert seen["after_decline"] == Status.ACTIVE and seen["still_open"] is True
    assert QApplication.activeModalWidget() is None
    assert get_member(window.db, member_id).status == Status.EXPELLED
    assert member_history(window.db, member_id)[-1].reason == "严重违反工会章程"
    assert roster.model.row_of_member(member_id) < 0  # gone from 现有会员
