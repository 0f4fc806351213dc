"""Dues: wages, paying months in cash, a whole employer's month, refusals that write nothing, arrears, lapse."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from unionbook.cli.jsonout import to_data
from unionbook.domain.dues import Month
from unionbook.domain.member import Event
from unionbook.errors import ConflictError, ValidationError
from unionbook.services.dues import arrears, dues, ledger
from unionbook.services.members.records import StatusChange, set_status
from unionbook.store import Database
from unionbook.store.models import ChangeLog, DuesPayment, LedgerEntry

DAY = dt.date(2026, 6, 10)


def _count(db: Database, what: object) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(what)).scalar_one())  # type: ignore[arg-type]


def test_calc_follows_the_rule_example() -> None:
    assert to_data(dues.calc("3085.50")) == {"wage": "3085.50", "base": "3080.00", "dues": "15.40"}


def test_a_member_pays_three_months_in_cash(union_db: Database, small: dict[str, int]) -> None:
    dues.set_wage(union_db, small["张伟"], "4321.99", "2026-01")
    result = dues.pay(union_db, small["张伟"], "2026-01", "2026-03", receipt="R-001", day=DAY)
    assert to_data(result) == {"member_id": small["张伟"], "months": ["2026-01", "2026-02", "2026-03"],
                                "amount": "64.80", "paid_through": "2026-03"}
    with union_db.read() as s:
        entry = s.scalars(select(LedgerEntry)).one()
        assert (entry.category, entry.amount_fen, entry.voucher, entry.source) == ("income.dues", 6480, "R-001", "dues")
    assert dues.member_paid_through(union_db, small["张伟"]) == Month(2026, 3)


def test_the_wage_from_a_later_month_applies_from_then_on(union_db: Database, small: dict[str, int]) -> None:
    dues.set_wage(union_db, small["张伟"], "3000", "2026-01")
    dues.set_wage(union_db, small["张伟"], "5000", "2026-03")
    result = dues.pay(union_db, small["张伟"], "2026-02", "2026-03", day=DAY)
    assert result.amount_fen == 1500 + 2500


@pytest.mark.parametrize("case", ["paid", "before_join", "no_wage", "kept", "left", "closed_year"])
def test_refusals_write_nothing(union_db: Database, small: dict[str, int], case: str) -> None:
    member, first, last, day = small["张伟"], "2026-01", "2026-02", DAY
    dues.set_wage(union_db, small["张伟"], "3000", "2025-01")
    if case == "paid":
        dues.pay(union_db, member, "2026-02", "2026-02", day=DAY)
    elif case == "before_join":
        member = small["李娜"]  # joined 2026-03-15
        dues.set_wage(union_db, member, "3000", "2026-01")
    elif case == "no_wage":
        member = small["王强"]
    elif case == "kept":
        set_status(union_db, member, StatusChange(Event.KEEP, dt.date(2026, 1, 5), "退休"))
    elif case == "left":
        set_status(union_db, member, StatusChange(Event.LEAVE, dt.date(2026, 1, 5), "本人申请"))
    elif case == "closed_year":
        ledger.close_year(union_db, 2025, today=DAY)
        day = dt.date(2025, 12, 30)
    payments, entries, log = _count(union_db, DuesPayment), _count(union_db, LedgerEntry), _count(union_db, ChangeLog)
    with pytest.raises((ConflictError, ValidationError)) as err:
        dues.pay(union_db, member, first, last, day=day)
    assert err.value.message  # a Chinese sentence for people
    assert (_count(union_db, DuesPayment), _count(union_db, LedgerEntry), _count(union_db, ChangeLog)) == (
        payments, entries, log)


def test_an_employer_month_posts_every_member_who_owes_it(union_db: Database, small: dict[str, int]) -> None:
    for name in ("张伟", "王强", "赵敏"):
        dues.set_wage(union_db, small[name], "4000", "2026-01")
    dues.set_wage(union_db, small["李娜"], "6000", "2026-03")
    dues.pay(union_db, small["张伟"], "2026-02", "2026-02", day=DAY)
    result = dues.post_month(union_db, "2026-02", employer="恒达物流有限公司", day=DAY)
    # 张伟 paid already, 李娜 had not joined yet: only 王强
    assert (result.members, result.amount_fen) == (1, 2000)
    march = dues.post_month(union_db, "2026-03", employer="恒达物流有限公司", day=DAY)
    assert (march.members, march.amount_fen) == (3, 2000 + 3000 + 2000)
    again = dues.post_month(union_db, "2026-03", employer="恒达物流有限公司", day=DAY)
    assert again.members == 0


def test_arrears_lists_who_owes_which_months_and_flags_lapse(union_db: Database, small: dict[str, int]) -> None:
    for name in small:
        dues.set_wage(union_db, small[name], "3000", "2026-01")
    for m in range(1, 7):  # everybody but 赵敏 and 刘洋 pays January … June by payroll at 恒达
        dues.post_month(union_db, f"2026-{m:02d}", employer="恒达物流有限公司", day=DAY)
    dues.post_month(union_db, "2026-01", employer="鑫源建材有限公司", day=DAY)
    dues.pay(union_db, small["刘洋"], "2026-02", "2026-04", day=DAY)
    report = arrears.arrears(union_db, as_of="2026-07")
    by_name = {a.name: a for a in report.members}
    assert set(by_name) == {"张伟", "李娜", "王强", "赵敏", "刘洋"}  # July is unpaid for everyone
    assert [str(m) for m in by_name["赵敏"].months] == [f"2026-{m:02d}" for m in range(2, 8)]
    assert by_name["赵敏"].owed_fen == 6 * 1500 and by_name["赵敏"].lapse
    assert not by_name["刘洋"].lapse and len(by_name["刘洋"].months) == 3
    assert to_data(report)["members"][0].keys() >= {"id", "name", "employer", "months_unpaid", "owed", "paid_through"}
    only = arrears.arrears(union_db, as_of="2026-07", min_months=3)
    assert {a.name for a in only.members} == {"赵敏", "刘洋"}
    # persuasion is recorded; the status does not change by itself
    arrears.record_persuasion(union_db, small["赵敏"], day=DAY, by_whom="马晓燕", note="说明会费用途")
    again = {a.name: a for a in arrears.arrears(union_db, as_of="2026-07").members}["赵敏"]
    assert again.persuasions == 1 and again.lapse
    from unionbook.services.members.records import get_member
    assert get_member(union_db, small["赵敏"]).status.value == "active"


def test_a_member_kept_owes_nothing_from_then(union_db: Database, small: dict[str, int]) -> None:
    dues.set_wage(union_db, small["王强"], "3000", "2026-01")
    dues.post_month(union_db, "2026-01", employer="恒达物流有限公司", day=DAY)
    set_status(union_db, small["王强"], StatusChange(Event.KEEP, dt.date(2026, 4, 2), "退休"))
    report = {a.name: a for a in arrears.arrears(union_db, as_of="2026-07").members}
    assert [str(m) for m in report["王强"].months] == ["2026-02", "2026-03"]


def test_posting_computes_dues_in_sql_exactly_as_the_domain(union_db: Database, small: dict[str, int]) -> None:
    from unionbook.services.dues.dues import dues_of
    from unionbook.services.dues.rules import dues_rules_for

    wages = {"张伟": 999, "王强": 308550, "赵敏": 1234567891, "刘洋": 1000}  # fen: under, at and far over the step
    for name, wage in wages.items():
        dues.set_wage(union_db, small[name], wage, "2026-01")
    dues.post_month(union_db, "2026-05", day=DAY)
    with union_db.read() as s:
        got = dict(s.execute(select(DuesPayment.member_id, DuesPayment.dues_fen)).tuples().all())
    # 张伟's dues are 0.00: his employer's month still counts him, and the entry has the others
    rules = dues_rules_for(union_db)
    assert got == {small[n]: dues_of(w, rules) for n, w in wages.items()}


def test_a_cancelled_posting_writes_nothing(union_db: Database, small: dict[str, int]) -> None:
    """The GUI posts a month as a long operation: a cancel at its last checkpoint (the ledger entries already
    added in the transaction) unwinds everything."""
    from unionbook.jobs import Cancelled

    dues.set_wage(union_db, small["张伟"], "3000", "2026-01")
    steps: list[tuple[int, int]] = []

    def cancel_at_the_end(done: int, total: int) -> None:
        steps.append((done, total))
        if done == total - 1:
            raise Cancelled()

    with pytest.raises(Cancelled):
        dues.post_month(union_db, Month(2026, 1), day=DAY, progress=cancel_at_the_end)
    assert steps == [(1, 4), (2, 4), (3, 4)]
    with union_db.read() as s:
        assert s.execute(select(func.count()).select_from(DuesPayment)).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(LedgerEntry)).scalar_one() == 0


def test_a_payroll_month_after_this_month_is_refused(union_db: Database, small: dict[str, int]) -> None:
    """Review item 2: posting an employer's deduction for a future month charged 69 members and hid five
    months of arrears behind 会费交至. A payroll deduction is for a month that has come; cash paid ahead
    goes through dues.pay."""
    dues.set_wage(union_db, small["王强"], "3000", "2026-01")
    before = (_count(union_db, DuesPayment), _count(union_db, LedgerEntry), _count(union_db, ChangeLog))
    with pytest.raises(ValidationError) as err:
        dues.post_month(union_db, "2026-07", employer="恒达物流有限公司", day=DAY, today=DAY)
    assert "2026年7月" in err.value.message and "本月（2026年6月）" in err.value.message
    assert "交会费" in err.value.message  # says how a member pays ahead
    assert (_count(union_db, DuesPayment), _count(union_db, LedgerEntry), _count(union_db, ChangeLog)) == before
    assert dues.post_month(union_db, "2026-06", employer="恒达物流有限公司", day=DAY, today=DAY).members == 1


def test_posting_a_month_again_says_it_was_already_posted(union_db: Database, small: dict[str, int]) -> None:
    """Review item 18: a second posting of a month reported 0 members and 0.00 with no word why."""
    for name in ("张伟", "王强"):
        dues.set_wage(union_db, small[name], "4000", "2026-01")
    first = dues.post_month(union_db, "2026-03", employer="恒达物流有限公司", day=DAY)
    assert (first.members, first.already_posted) == (2, 0)
    again = dues.post_month(union_db, "2026-03", employer="恒达物流有限公司", day=DAY)
    assert (again.members, again.amount_fen, again.already_posted) == (0, 0, 2)
    assert to_data(again)["already_posted"] == 2
