"""The reading room: ISBN edge cases, the loan rules, stock-take with loans outstanding, write-offs."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.services.test_roster import make_id
from unionbook.domain.library import LoanRules, Source, WriteOff, normalize_isbn, parse_source
from unionbook.domain.member import Event, MemberDraft
from unionbook.errors import ConflictError, NotFoundError, ValidationError
from unionbook.services.library import stocktake
from unionbook.services.library.catalogue import TitleDraft, add_title, search
from unionbook.services.library.copies import loan_rules, set_loan_rule, write_off
from unionbook.services.library.figures import figures
from unionbook.services.library.loans import LoanRefused, books_on_loan, give_back, lend, overdue, renew
from unionbook.services.members.records import StatusChange, add_member, set_status
from unionbook.store import Database

D = dt.date(2026, 3, 2)


# ---- ISBN ----

@pytest.mark.parametrize(("typed", "isbn13"), [
    ("9787020002207", "9787020002207"),
    ("978-7-02-000220-7", "9787020002207"),
    ("702000220X", "9787020002207"),  # ISBN-10 with X, converted
    ("702000220x", "9787020002207"),
    (" 7-02-000220-X ", "9787020002207"),
    ("9791032305690", "9791032305690"),  # 979 prefix
    ("", ""),  # local material without an ISBN
])
def test_isbn_accepted_and_made_isbn13(typed: str, isbn13: str) -> None:
    assert normalize_isbn(typed) == isbn13


@pytest.mark.parametrize(("typed", "says"), [
    ("9787020002208", "最后一位应为 7，而不是 8"),
    ("7020002204", "最后一位应为 X，而不是 4"),
    ("97870200022", "这里是 11 位"),
    ("97A7020002207", "不是有效的 ISBN"),
    ("9777020002204", "不是有效的 ISBN"),  # 977 is an ISSN prefix, not a book
])
def test_wrong_isbn_refused_naming_what_is_wrong(typed: str, says: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalize_isbn(typed)
    assert err.value.problems[0].field == "isbn"
    assert says in err.value.message


def test_same_isbn_adds_copies_not_a_second_title(union_db: Database) -> None:
    a = add_title(union_db, TitleDraft(isbn="702000220X", title="红楼梦", copies=2))
    b = add_title(union_db, TitleDraft(isbn="978-7-02-000220-7", title="红楼梦（又一版）", copies=3))
    assert a.new_title and not b.new_title and a.title_id == b.title_id
    assert [c.barcode for c in a.copies + b.copies] == [f"SW00000{i}" for i in range(1, 6)]
    [row] = search(union_db, "红楼")
    assert (row.volumes, row.isbn) == (5, "9787020002207")


def test_title_without_isbn_and_problems_named(union_db: Database) -> None:
    r = add_title(union_db, TitleDraft(title="《工人日报》2026年3月合订本", clc="Z"))
    assert r.isbn == "" and len(r.copies) == 1
    with pytest.raises(ValidationError) as err:
        add_title(union_db, TitleDraft(title="", clc="L", price="12.345", source=parse_source("捐赠"), copies=0))
    assert {p.field for p in err.value.problems} == {"title", "clc", "price", "donor", "copies"}


def test_search_by_title_initials_author_and_isbn(union_db: Database) -> None:
    add_title(union_db, TitleDraft(isbn="9787020002207", title="红楼梦", author="曹雪芹"))
    add_title(union_db, TitleDraft(title="平凡的世界", author="路遥"))
    assert [r.title for r in search(union_db, "pfdsj")] == ["平凡的世界"]
    assert [r.title for r in search(union_db, "曹雪芹")] == ["红楼梦"]
    assert [r.title for r in search(union_db, "978-7-02")] == ["红楼梦"]
    assert search(union_db, "不存在的书") == []


# ---- loans ----

def _member(db: Database, name: str, n: int, card: str) -> int:
    return add_member(db, MemberDraft(name=name, id_number=make_id("640104", "19880101", n), card_number=card,
                                      join_date=dt.date(2015, 1, 1))).member_id


@pytest.fixture
def desk(union_db: Database) -> Database:
    add_title(union_db, TitleDraft(isbn="9787020002207", title="红楼梦", copies=8, source=Source.DELIVERED))
    _member(union_db, "张三", 1, "C001")
    _member(union_db, "李四", 2, "C002")
    return union_db


def test_lend_sets_due_from_setting_and_return_counts_days_late(desk: Database) -> None:
    loan = lend(desk, "sw000001", "C001", on=D)
    assert loan.due == D + dt.timedelta(days=30) and loan.name == "张三"
    back = give_back(desk, "SW000001", on=D + dt.timedelta(days=33))
    assert back.days_overdue(back.returned_on or D) == 3
    set_loan_rule(desk, "loan_days", 14)
    assert lend(desk, "SW000001", "C002", on=D).due == D + dt.timedelta(days=14)


def test_copy_already_out_is_refused_with_the_holder(desk: Database) -> None:
    lend(desk, "SW000001", "C001", on=D)
    with pytest.raises(LoanRefused) as err:
        lend(desk, "SW000001", "C002", on=D)
    assert err.value.reason == "copy_out" and "张三" in err.value.message


def test_member_at_the_limit_is_refused(desk: Database) -> None:
    for i in range(1, 6):
        lend(desk, f"SW00000{i}", "C001", on=D)
    with pytest.raises(LoanRefused) as err:
        lend(desk, "SW000006", "C001", on=D)
    assert err.value.reason == "limit" and "5 册" in err.value.message
    give_back(desk, "SW000003", on=D)
    assert lend(desk, "SW000006", "C001", on=D).barcode == "SW000006"


def test_member_not_on_the_books_refused_kept_member_by_setting(desk: Database) -> None:
    left = _member(desk, "王五", 3, "C003")
    kept = _member(desk, "赵六", 4, "C004")
    set_status(desk, left, StatusChange(Event.LEAVE, dt.date(2026, 1, 5), reason="本人申请"))
    set_status(desk, kept, StatusChange(Event.KEEP, dt.date(2026, 1, 5), reason="退休"))
    with pytest.raises(LoanRefused) as err:
        lend(desk, "SW000001", "C003", on=D)
    assert err.value.reason == "not_member" and "已退会" in err.value.message
    assert lend(desk, "SW000001", "C004", on=D).member_id == kept  # 保留会籍 may borrow by default
    set_loan_rule(desk, "kept_may_borrow", False)
    with pytest.raises(LoanRefused) as err:
        lend(desk, "SW000002", "C004", on=D)
    assert err.value.reason == "not_member"


def test_member_with_an_overdue_book_lent_to_by_default_refused_by_setting(desk: Database) -> None:
    """Review 2 item 3: an overdue book is a warning at the desk; refusing is the setting refuse_overdue."""
    lend(desk, "SW000001", "C001", on=D)
    later = D + dt.timedelta(days=86)  # due D + 30: 56 days late
    assert lend(desk, "SW000002", "C001", on=later).barcode == "SW000002"  # default: warn, lend
    assert loan_rules(desk).refuse_overdue is False
    set_loan_rule(desk, "refuse_overdue", True)
    with pytest.raises(LoanRefused) as err:
        lend(desk, "SW000003", "C001", on=later)
    assert err.value.reason == "overdue"
    assert "张三有 1 册逾期 56 天未还" in err.value.message and "SW000001" in err.value.message
    assert lend(desk, "SW000003", "C002", on=later).barcode == "SW000003"  # nothing late: lent
    give_back(desk, "SW000001", on=later)
    assert lend(desk, "SW000004", "C001", on=later).barcode == "SW000004"


def test_renewal_once_then_refused(desk: Database) -> None:
    lend(desk, "SW000001", "C001", on=D)
    later = D + dt.timedelta(days=20)
    assert renew(desk, "SW000001", on=later).due == later + dt.timedelta(days=30)
    with pytest.raises(LoanRefused) as err:
        renew(desk, "SW000001", on=later)
    assert err.value.reason == "renewed"


def test_unknown_barcode_and_member(desk: Database) -> None:
    with pytest.raises(NotFoundError, match="SW999999"):
        lend(desk, "SW999999", "C001")
    with pytest.raises(NotFoundError, match="C404"):
        lend(desk, "SW000001", "C404")
    with pytest.raises(LoanRefused):
        give_back(desk, "SW000001")


def test_overdue_and_books_on_loan(desk: Database) -> None:
    lend(desk, "SW000001", "C001", on=D)
    lend(desk, "SW000002", "C002", on=D + dt.timedelta(days=10))
    late = overdue(desk, D + dt.timedelta(days=35))
    assert [(x.barcode, x.days_overdue(D + dt.timedelta(days=35))) for x in late] == [("SW000001", 5)]
    assert [x.barcode for x in books_on_loan(desk, late[0].member_id)] == ["SW000001"]


def test_loan_rules_defaults() -> None:
    assert LoanRules() == LoanRules(loan_days=30, max_loans=5, renewals=1, kept_may_borrow=True)


def test_settings_refuse_nonsense(desk: Database) -> None:
    with pytest.raises(ValidationError):
        set_loan_rule(desk, "max_loans", -1)
    with pytest.raises(NotFoundError):
        set_loan_rule(desk, "colour", 1)
    assert loan_rules(desk).max_loans == 5


# ---- stock-take and write-offs ----

def test_stocktake_with_loans_outstanding(desk: Database) -> None:
    lend(desk, "SW000001", "C001", on=D)
    lend(desk, "SW000002", "C002", on=D)
    write_off(desk, "SW000008", WriteOff.DAMAGED, on=D)
    stocktake.start(desk, on=D)
    stocktake.scan(desk, ["SW000005", "sw000003"])  # any order, over days
    stocktake.scan(desk, ["SW000003", "SW000004", "XX-1"])  # a repeat counts once
    assert stocktake.current(desk).scanned == 4  # type: ignore[union-attr]
    with pytest.raises(ConflictError):
        stocktake.start(desk)
    r = stocktake.finish(desk, on=D)
    assert (r.present, r.on_loan, r.missing, r.unknown, r.expected) == (
        3, 2, ["SW000006", "SW000007"], ["XX-1"], 7)
    assert stocktake.current(desk) is None
    assert stocktake.last_result(desk) == r


def test_write_off_keeps_history_and_leaves_the_volumes(desk: Database) -> None:
    lend(desk, "SW000001", "C001", on=D)
    give_back(desk, "SW000001", on=D)
    before = figures(desk, 2026)
    write_off(desk, "SW000001", WriteOff.LOST, "盘点未找到", on=D)
    after = figures(desk, 2026)
    assert (before.volumes, after.volumes, after.written_off) == (8, 7, 1)
    assert after.loans_year == 1  # the loan stays in the history
    assert search(desk, "红楼")[0].volumes == 7
    with pytest.raises(LoanRefused) as err:
        lend(desk, "SW000001", "C002", on=D)
    assert err.value.reason == "written_off"
    with pytest.raises(ConflictError):
        write_off(desk, "SW000001", WriteOff.LOST)


def test_copy_out_written_off_only_as_lost(desk: Database) -> None:
    lend(desk, "SW000002", "C001", on=D)
    with pytest.raises(ConflictError, match="尚未归还"):
        write_off(desk, "SW000002", WriteOff.WITHDRAWN, on=D)
    write_off(desk, "SW000002", WriteOff.LOST, "借阅人遗失", on=D)
    assert figures(desk, 2026, as_of=D).on_loan == 0


def test_figures_and_the_standard_by_level(desk: Database) -> None:
    lend(desk, "SW000001", "C001", on=dt.date(2026, 2, 1))
    lend(desk, "SW000002", "C001", on=dt.date(2026, 2, 1))
    lend(desk, "SW000003", "C002", on=dt.date(2025, 12, 1))
    f = figures(desk, 2026, as_of=dt.date(2026, 3, 20), level="national")
    assert (f.titles, f.volumes, f.on_loan, f.overdue, f.loans_year, f.readers_year) == (1, 8, 3, 3, 2, 1)
    assert (f.check.standard.volumes, f.check.met, f.check.short_by) == (3000, False, 2992)
    assert f.check.standard.confidence == "R" and f.check.standard.confidence_label == "待核实" and f.check.standard.source
    city = figures(desk, 2026, level="city_example")
    assert (city.check.standard.volumes, city.check.short_by) == (500, 492)
    with pytest.raises(NotFoundError):
        figures(desk, 2026, level="moon")


# ---- the demo and the annual report ----

def test_demo_reading_room_is_believable(union_db: Database) -> None:
    from unionbook.services.library.demo import build_library_demo
    from unionbook.services.library.report import annual_report

    for n in range(1, 61):
        _member(union_db, f"会员{n}", n, f"D{n:03d}")
    today = dt.date(2026, 11, 20)
    volumes = build_library_demo(union_db, seed=3, today=today)
    f = figures(union_db, 2026, as_of=today, level="city_example")
    assert f.volumes == volumes and 500 <= volumes <= 900
    assert f.written_off == 3 and f.check.met
    assert 150 <= f.loans_year and 5 <= f.readers_year <= 15  # about one member in six borrows
    assert 1 <= f.overdue <= f.on_loan
    assert len(overdue(union_db, today)) == f.overdue
    report = annual_report(union_db, 2026)
    assert sorted(report.parts) == ["library/activities.json", "library/figures.json"]
    assert report.parts["library/figures.json"]["standard"]["volumes_required"] == 3000
    assert report.totals["volumes"] == volumes and report.totals["loans_year"] == f.loans_year
    assert report.missing == [f"职工书屋有 {figures(union_db, 2026).overdue} 册逾期未还"]


def test_desk_finds_readers_by_pinyin_card_and_id(desk: Database) -> None:
    from unionbook.services.library.loans import find_borrowers

    lend(desk, "SW000001", "C001", on=D)
    assert [(b.name, b.on_loan) for b in find_borrowers(desk, "zs")] == [("张三", 1)]
    assert [b.name for b in find_borrowers(desk, "c002")] == ["李四"]
    assert [b.name for b in find_borrowers(desk, make_id("640104", "19880101", 1))] == ["张三"]
    assert find_borrowers(desk, "   ") == []
