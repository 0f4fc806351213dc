"""会费交至 is the last month before the first unpaid month a member owed (review 2, item 1): a later payroll
posting must not hide the months skipped before it. Months not owed (before joining, before the dues book)
are not gaps."""

from __future__ import annotations

import datetime as dt

from unionbook.domain.dues import Month
from unionbook.services.dues import arrears, dues
from unionbook.services.dues.standing import paid_through_for
from unionbook.services.forms.catalog import _transfer_values
from unionbook.store import Database

DAY = dt.date(2026, 6, 5)


def _book(db: Database, small: dict[str, int]) -> dues.PostResult:
    for name in small:
        dues.set_wage(db, small[name], "3000", "2026-01")
    dues.post_month(db, "2026-01", employer="鑫源建材有限公司", day=DAY)  # 赵敏, 刘洋
    dues.pay(db, small["张伟"], "2026-01", "2026-04", day=DAY)  # paid without a gap
    dues.pay(db, small["李娜"], "2026-03", "2026-04", day=DAY)  # joined 2026-03: Jan, Feb not owed
    return dues.post_month(db, "2026-05", employer="鑫源建材有限公司", day=DAY, today=DAY)  # skips Feb … Apr


def test_paid_through_stops_before_the_first_unpaid_owed_month(union_db: Database, small: dict[str, int]) -> None:
    _book(union_db, small)
    zhao, zhang, li = small["赵敏"], small["张伟"], small["李娜"]
    assert dues.member_paid_through(union_db, zhao) == Month.parse("2026-01")
    assert dues.member_dues(union_db, zhao).paid_through == Month.parse("2026-01")
    assert dues.member_paid_through(union_db, zhang) == Month.parse("2026-04")
    assert dues.member_paid_through(union_db, li) == Month.parse("2026-04")
    assert dues.member_paid_through(union_db, small["王强"]) is None
    # the roster's page: one call for the page's ids, members without payments left out
    assert paid_through_for(union_db, list(small.values())) == {
        zhao: Month.parse("2026-01"), small["刘洋"]: Month.parse("2026-01"), zhang: Month.parse("2026-04"),
        li: Month.parse("2026-04")}
    by_id = {a.member_id: a for a in arrears.arrears(union_db, as_of="2026-05").members}
    assert by_id[zhao].paid_through == Month.parse("2026-01")
    assert by_id[zhang].paid_through == Month.parse("2026-04")
    # the transfer letter (转接函) is filled from the same month
    letter = _transfer_values(union_db, [{"id": zhao, "employer": "鑫源建材有限公司"}], {})
    assert letter[0]["transfer"]["dues_paid_until"] == "2026年1月"


def test_posting_says_how_many_had_unpaid_months_before(union_db: Database, small: dict[str, int]) -> None:
    may = _book(union_db, small)
    assert (may.members, may.with_gaps) == (2, 2)
    june = dues.post_month(union_db, "2026-06", employer="恒达物流有限公司", day=DAY, today=DAY)
    # 张伟 paid Jan … Apr (May unpaid), 李娜 paid Mar, Apr (May unpaid), 王强 paid nothing
    assert (june.members, june.with_gaps) == (3, 3)
    july_zhang = dues.post_month(union_db, "2026-06", employer="鑫源建材有限公司", day=DAY, today=DAY)
    assert (july_zhang.members, july_zhang.with_gaps) == (2, 2)  # Feb … Apr still unpaid
