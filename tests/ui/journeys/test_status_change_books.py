"""Journey: a member transferred out with books of the 书屋 still out is warned about them, in the dialog and in
the confirmation, before anything is recorded (services/library/loans.leaving_warnings decides)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPlainTextEdit, QWidget
from ui.journeys.helpers import (
    choose,
    click_button,
    find_button,
    find_field,
    on_next_modal,
    press,
    shots_dir,
    type_into,
    type_text,
)

from unionbook.domain.member import Status
from unionbook.services.library.catalogue import TitleDraft, add_title
from unionbook.services.library.loans import books_on_loan, lend
from unionbook.services.members.records import get_member


def test_transfer_out_warns_about_books_still_out(demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.show_area("members")
    roster = window.roster
    row = next(r for r in range(roster.model.rowCount())
               if (m := get_member(window.db, roster.model.member_id(r))).status == Status.ACTIVE
               and not books_on_loan(window.db, m.id))
    member_id = roster.model.member_id(row)
    added = add_title(window.db, TitleDraft(isbn="9787020002207", title="红楼梦测试本", copies=2))
    barcode = added.copies[1].barcode
    lend(window.db, barcode, str(member_id), on=dt.date.today() - dt.timedelta(days=400))  # long overdue
    rect = roster.table.visualRect(roster.model.index(row, 0))
    QTest.mouseClick(roster.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    assert roster.current_member_id() == member_id
    seen: dict[str, object] = {}

    def confirmed(box: QWidget) -> None:
        seen["confirm"] = " ".join(label.text() for label in box.findChildren(QLabel))
        click_button(box, "确定转出")

    def in_status(dialog: QWidget) -> None:
        # nothing irreversible is pre-selected: the user picks the event, and 办理 waits for it
        event = find_field(dialog, "办理事项")
        assert isinstance(event, QComboBox)
        assert event.currentIndex() == -1 and event.placeholderText() == "请选择办理事项…"
        assert not find_button(dialog, "办理").isEnabled()
        choose(find_field(dialog, "办理事项"), "保留会籍")  # type: ignore[arg-type]
        # 保留会籍 keeps the member on the books: no warning
        assert not [w for w in dialog.findChildren(QLabel) if w.accessibleName() == "借书提醒" and w.isVisible()]
        choose(find_field(dialog, "办理事项"), "转出")  # type: ignore[arg-type]
        label = find_field(dialog, "借书提醒")
        assert isinstance(label, QLabel)
        seen["label"] = label.text()
        assert find_button(dialog, "办理").isEnabled()
        # the barcodes are what the user reads off the spine: shown on purpose (shoot() would call them code)
        assert dialog.grab().save(str(shots_dir() / "status-dialog-books-on-loan.png"))
        reason = find_field(dialog, "原因")
        assert isinstance(reason, QPlainTextEdit)
        reason.setFocus()
        type_text(reason, "调往外地工作")
        type_into(dialog, "对方工会", "某市总工会")
        step = on_next_modal(confirmed, "确认转出")
        click_button(dialog, "办理")
        step.check()

    step = on_next_modal(in_status, "会籍变动")
    # after the transfer the window offers the letter, then the electronic slip: not now
    letter = on_next_modal(lambda box: click_button(box, "否(N)"), "现在开具会员组织关系接转介绍信", timeout_ms=30_000)
    slip = on_next_modal(lambda box: click_button(box, "否(N)"), "会籍接转单", timeout_ms=30_000)
    press(roster.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    step.check()
    letter.check()
    slip.check()

    assert "该会员还有 1 本书未归还职工书屋" in str(seen["label"])
    assert f"《红楼梦测试本》（{barcode}" in str(seen["label"]) and "已逾期" in str(seen["label"])
    assert "请先收回图书，或在转接函中注明" in str(seen["label"])
    assert barcode in str(seen["confirm"]) and "转出" in str(seen["confirm"])
    assert QApplication.activeModalWidget() is None
    assert get_member(window.db, member_id).status == Status.TRANSFERRED_OUT
