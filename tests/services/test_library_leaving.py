"""A member leaving the books with books of the 书屋 still out: the warning is decided here, and the status
dialog and `members set-status` both show it."""

from __future__ import annotations

import datetime as dt

from tests.services.test_library import D, desk  # noqa: F401  (the fixture)
from unionbook.domain.member import Event
from unionbook.services.library.loans import give_back, leaving_warnings, lend
from unionbook.services.members.records import StatusChange, get_member, set_status
from unionbook.store import Database


def test_warning_lists_the_books_for_an_ending_event_only(desk: Database) -> None:  # noqa: F811
    lend(desk, "SW000001", "C001", on=D)
    lend(desk, "SW000002", "C001", on=D)
    member_id = get_member(desk, "C001").id
    [w] = leaving_warnings(desk, member_id, Event.TRANSFER_OUT)
    assert w.field == "books_on_loan"
    assert w.message.startswith("该会员还有 2 本书未归还职工书屋：")
    assert "《红楼梦》（SW000001，应还 2026-04-01" in w.message and "SW000002" in w.message
    assert [x.barcode for x in w.loans] == ["SW000001", "SW000002"]
    assert leaving_warnings(desk, member_id, Event.LEAVE) != []
    assert leaving_warnings(desk, member_id, Event.KEEP) == []  # 保留会籍 stays on the books
    assert leaving_warnings(desk, member_id, Event.RESTORE) == []  # does not apply to an active member
    assert leaving_warnings(desk, get_member(desk, "C002").id, Event.TRANSFER_OUT) == []  # nothing out
    give_back(desk, "SW000001", on=D)
    give_back(desk, "SW000002", on=D)
    assert leaving_warnings(desk, member_id, Event.TRANSFER_OUT) == []


def test_kept_member_leaving_is_warned(desk: Database) -> None:  # noqa: F811
    member_id = get_member(desk, "C002").id
    set_status(desk, member_id, StatusChange(Event.KEEP, dt.date(2026, 1, 5), reason="退休"))
    lend(desk, "SW000003", "C002", on=D)
    assert [w.field for w in leaving_warnings(desk, member_id, Event.LEAVE)] == ["books_on_loan"]


def test_overdue_books_are_marked_and_the_warning_says_what_to_do(desk: Database) -> None:  # noqa: F811
    """Review item 11: SW000181 (应还 2026-09-30) was listed like the others, and nothing said what to do."""
    lend(desk, "SW000001", "C001", on=D)  # due 2026-04-01
    member_id = get_member(desk, "C001").id
    [w] = leaving_warnings(desk, member_id, Event.TRANSFER_OUT, as_of=dt.date(2026, 4, 11))
    assert "《红楼梦》（SW000001，应还 2026-04-01，已逾期 10 天）" in w.message
    assert w.message.endswith("请先收回图书，或在转接函中注明。")
    [w] = leaving_warnings(desk, member_id, Event.TRANSFER_OUT, as_of=dt.date(2026, 4, 1))
    assert "已逾期" not in w.message  # due today is not overdue yet
