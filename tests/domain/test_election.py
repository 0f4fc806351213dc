"""Counting one round by the national rule set: one scenario per rule, and properties over random rounds."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from unionbook.domain.election import (
    BallotInput,
    ElectionRules,
    ballot_valid,
    check_assembly_kind,
    check_committee_seats,
    check_margin,
    count_round,
    member_assembly_required,
    required_candidates,
    women_committee_required,
)
from unionbook.errors import ValidationError
from unionbook.rules import load_rule_set

RULE_SET = load_rule_set()
RULES = ElectionRules.from_rules(RULE_SET)
CANDIDATES = ("张三", "李四", "王五", "赵六")


def rules_with(**values: object) -> ElectionRules:
    return ElectionRules.from_rules(
        RULE_SET.with_overrides({f"election.{k}": (v, "test") for k, v in values.items()}))


def counted(counts: dict[str, int], *, seats: int = 2, entitled: int = 20, present: int = 18,
            issued: int | None = None, returned: int | None = None, invalid: int = 0,
            candidates: tuple[str, ...] = CANDIDATES, rules: ElectionRules = RULES):
    issued = present if issued is None else issued
    returned = issued if returned is None else returned
    return count_round(BallotInput(seats, entitled, present, issued, returned, candidates, counts=counts,
                                   invalid_ballots=invalid), rules)


# ---- one scenario per rule ----


def test_quorum_missed_elects_nobody() -> None:
    # 2/3 of 30 entitled is 20: 19 present cannot elect, whatever the votes
    r = counted({"张三": 19}, entitled=30, present=19, seats=1)
    assert (r.quorum_met, r.round_valid, r.next_step) == (False, False, "no_quorum")
    assert r.quorum_required == 20 and r.elected == [] and r.unfilled_seats == 1
    assert "不足应到会人数的三分之二（20 人）" in r.explanation[0]
    assert counted({"张三": 20}, entitled=30, present=20, seats=1).quorum_met


def test_more_ballots_returned_than_issued_voids_the_round() -> None:
    r = counted({"张三": 18, "李四": 18}, present=18, issued=17, returned=18)
    assert (r.quorum_met, r.round_valid, r.next_step) == (True, False, "revote_all")
    assert r.elected == [] and r.unfilled_seats == 2
    assert any("收回数多于发出数" in s and "无效" in s for s in r.explanation)
    assert counted({"张三": 17, "李四": 17}, present=18, issued=18, returned=17).round_valid


def test_ballot_marking_more_names_than_seats_is_void() -> None:
    assert not ballot_valid(["张三", "李四", "王五"], 2, RULES)
    assert ballot_valid(["张三", "李四"], 2, RULES)
    assert ballot_valid([], 2, RULES)  # blank: valid, marks nobody
    assert ballot_valid(["张三", "张三", "李四"], 2, RULES)  # a name twice counts once
    assert not ballot_valid([], 2, rules_with(blank_ballot_valid=False))
    ballots = (("张三", "李四"),) * 8 + (("张三", "李四", "王五"),) * 2 + ((),)
    r = count_round(BallotInput(2, 12, 12, 12, 12, CANDIDATES, ballots=ballots, invalid_ballots=1), RULES)
    assert (r.valid_ballots, r.invalid_ballots) == (9, 3)
    assert r.votes == {"张三": 8, "李四": 8, "王五": 0, "赵六": 0}
    assert any("所选人数多于应选名额 2 名的 2 张" in s for s in r.explanation)


def test_exactly_half_is_not_elected() -> None:
    r = counted({"张三": 11, "李四": 10}, entitled=20)
    assert r.threshold == 11
    assert r.elected == ["张三"] and "李四" not in r.elected
    assert any("李四（10 票）的得票恰好为半数，未超过半数，不能当选" in s for s in r.explanation)
    # an odd base: more than half of 21 is 11
    assert counted({"张三": 11}, entitled=21, present=20).threshold == 11


def test_threshold_base_can_be_ballots_cast() -> None:
    # 10 of 20 entitled is not enough; 10 of 18 ballots cast is
    r = counted({"张三": 10}, entitled=20, present=18, rules=rules_with(threshold_base="cast"))
    assert (r.threshold_base, r.threshold_base_count, r.threshold) == ("cast", 18, 10)
    assert r.elected == ["张三"]
    assert counted({"张三": 10}, entitled=20, present=18).elected == []


def test_over_subscription_takes_the_highest() -> None:
    r = counted({"张三": 11, "李四": 15, "王五": 13}, entitled=20, present=20)
    assert r.elected == ["李四", "王五"] and r.next_step == "done" and r.unfilled_seats == 0
    assert any("张三（11 票）得票虽超过半数，但名次在应选名额之外" in s for s in r.explanation)


def test_tie_at_the_cut_off_revotes_among_the_tied_only() -> None:
    r = counted({"张三": 14, "李四": 11, "王五": 11, "赵六": 2}, entitled=20, present=20)
    assert r.elected == ["张三"]
    assert sorted(r.tied) == ["李四", "王五"] and r.unfilled_seats == 1
    assert r.next_step == "revote_tied" and r.runoff_candidates == []
    assert any("应仅对这 2 人再次投票" in s for s in r.explanation)
    # a tie that fits inside the seats is no tie at the cut-off
    r = counted({"张三": 13, "李四": 13, "王五": 11}, entitled=20, present=20)
    assert sorted(r.elected) == ["张三", "李四"] and r.tied == []


def test_under_subscription_calls_a_runoff_among_the_others() -> None:
    r = counted({"张三": 15, "李四": 9, "王五": 6, "赵六": 4}, seats=3, entitled=20, present=20)
    assert r.elected == ["张三"] and r.unfilled_seats == 2 and r.next_step == "runoff"
    assert r.runoff_candidates == ["李四", "王五", "赵六"]
    assert any("尚缺 2 名" in s and "另行选举" in s for s in r.explanation)


def test_write_ins() -> None:
    r = counted({"张三": 15, "钱七": 12}, entitled=20, present=20)
    assert r.elected == ["张三", "钱七"] and r.votes["钱七"] == 12
    with pytest.raises(ValidationError, match="钱七.*不允许另选他人"):
        counted({"张三": 15, "钱七": 12}, rules=rules_with(write_ins_allowed=False))


def test_names_are_tidied_before_counting() -> None:
    r = counted({"张 三": 15, "李四": 11}, entitled=20, present=20)
    assert r.votes["张三"] == 15 and "张 三" not in r.votes


@pytest.mark.parametrize(("changes", "message"), [
    ({"present": 21}, "实到会人数：21 人，多于应到会人数 20 人"),
    ({"issued": 19, "present": 18}, "发出选票数：19 张，多于实到会人数 18 人"),
    ({"invalid": 19}, "无效票数：19 张，多于收回选票 18 张"),
    ({"counts": {"张三": 19}}, "“张三”得 19 票，多于有效票 18 张"),
    ({"counts": {"张三": -1}}, "不能为负数"),
    ({"seats": 0}, "应选名额：至少为 1"),
    ({"entitled": -3}, "应到会有选举权人数：不能为负数"),
    ({"counts": {"张三": 18, "李四": 18, "王五": 1}}, "总票数 37 票，超过有效票 18 张 × 应选 2 名"),
    ({"candidates": ("张三", "张三")}, "“张三”重复出现"),
])
def test_contradictions_are_refused_in_chinese(changes: dict, message: str) -> None:
    args = {"counts": {"张三": 10}, **changes}
    with pytest.raises(ValidationError, match=message):
        counted(args.pop("counts"), **args)


def test_ballot_list_must_match_ballots_returned() -> None:
    with pytest.raises(ValidationError, match="合计 2 张，与收回选票 3 张不符"):
        count_round(BallotInput(1, 5, 3, 3, 3, CANDIDATES, ballots=(("张三",), ("李四",))), RULES)
    with pytest.raises(ValidationError, match="二者之一"):
        count_round(BallotInput(1, 5, 3, 3, 3, CANDIDATES), RULES)


# ---- checks before the ballots are printed ----


def test_member_assembly_required_at_or_below_100_members() -> None:
    assert member_assembly_required(100, RULES) and not member_assembly_required(101, RULES)
    refused = check_assembly_kind("representatives", 100, RULES)
    assert not refused.ok and "应召开会员大会选举" in refused.message
    assert check_assembly_kind("representatives", 101, RULES).ok
    assert check_assembly_kind("member", 40, RULES).ok
    with pytest.raises(ValidationError):
        check_assembly_kind("congress", 40, RULES)


@pytest.mark.parametrize(("seats", "need"), [(1, 2), (3, 4), (7, 8), (20, 21), (21, 23), (45, 48)])
def test_competitive_margin_rounds_up_with_at_least_one_extra(seats: int, need: int) -> None:
    assert required_candidates(seats, RULES.margin_ratio, RULES.margin_min_extra) == need
    assert check_margin(seats, need, RULES).ok
    short = check_margin(seats, need - 1, RULES)
    assert not short.ok and f"候选人应至少 {need} 名" in short.message


def test_standing_committee_and_chair_margins() -> None:
    assert check_margin(5, 5, RULES, "standing").ok  # national: 等额 allowed for the standing committee
    strict = rules_with(standing_margin_ratio="1.10")  # a province asking for 10 %
    assert check_margin(5, 6, strict, "standing").ok and not check_margin(5, 5, strict, "standing").ok
    assert check_margin(1, 1, RULES, "chair").ok  # the chair may be elected unopposed (等额)
    assert not check_margin(1, 1, rules_with(chair_competitive_required=True), "chair").ok


@pytest.mark.parametrize(("members", "seats", "ok"), [
    (20, 1, True), (20, 5, True), (20, 6, False), (24, 3, True), (25, 1, False), (150, 7, True),
    (150, 9, False), (300, 7, True), (300, 5, False), (1000, 15, True), (60000, 45, True), (60000, 36, False),
])
def test_committee_seats_against_the_size_table(members: int, seats: int, ok: bool) -> None:
    check = check_committee_seats(seats, members, RULES)
    assert check.ok is ok, check.message
    if not ok:
        assert f"现为 {seats} 名" in check.message


def test_womens_committee_needs_ten_women() -> None:
    assert women_committee_required(10, RULES) and not women_committee_required(9, RULES)


def test_unknown_policy_in_a_rule_set_is_refused() -> None:
    with pytest.raises(ValidationError, match="threshold_base"):
        rules_with(threshold_base="members")
    with pytest.raises(ValidationError, match="本程序不支持"):
        rules_with(undersubscribed="fewer_seats")


# ---- properties ----

NAMES = ["张三", "李四", "王五", "赵六", "钱七", "孙八"]


@st.composite
def rounds(draw: st.DrawFn) -> tuple[BallotInput, ElectionRules]:
    seats = draw(st.integers(1, 4))
    candidates = tuple(draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=6, unique=True)))
    # a few ballot patterns cast many times, and some scattered ballots: so that people do get elected
    ballot = st.lists(st.sampled_from(candidates), max_size=seats + 1, unique=True).map(tuple)
    blocs = draw(st.lists(st.tuples(ballot, st.integers(0, 15)), min_size=1, max_size=3))
    ballots = tuple(b for b, times in blocs for _ in range(times)) + tuple(draw(st.lists(ballot, max_size=6)))
    issued = len(ballots) + draw(st.integers(0, 3))
    present = issued + draw(st.integers(0, 3))
    entitled = present + draw(st.integers(0, present // 2))
    base = draw(st.sampled_from(["entitled", "present", "cast", "valid"]))
    return (BallotInput(seats, entitled, present, issued, len(ballots), candidates, ballots=ballots),
            rules_with(threshold_base=base))


@pytest.mark.slow  # ~3 s: 300 generated rounds
@settings(max_examples=300, deadline=None)
@given(rounds())
def test_never_more_elected_than_seats_and_everyone_elected_is_over_the_threshold(
        case: tuple[BallotInput, ElectionRules]) -> None:
    inp, rules = case
    r = count_round(inp, rules)
    assert len(r.elected) <= inp.seats
    assert len(r.elected) + r.unfilled_seats == inp.seats
    assert not set(r.elected) & set(r.tied)
    for name in r.elected:
        # strictly more than half of the base, checked without the engine's own threshold
        assert Fraction(r.votes[name]) > r.threshold_base_count * rules.threshold_ratio
    assert r.next_step in ("done", "revote_tied", "runoff", "no_quorum")
    assert (r.next_step == "revote_tied") == bool(r.tied)
    if r.tied:
        assert len(r.tied) > r.unfilled_seats > 0


@pytest.mark.slow  # ~7 s: 300 generated rounds, each counted twice
@settings(max_examples=300, deadline=None)
@given(rounds(), st.data())
def test_adding_a_vote_for_an_elected_candidate_never_unelects_them(
        case: tuple[BallotInput, ElectionRules], data: st.DataObject) -> None:
    inp, rules = case
    r = count_round(inp, rules)
    assume(r.elected)
    # the same round as totals decides as ballot by ballot (only the reasons say less about void ballots)
    totals = BallotInput(inp.seats, inp.entitled, inp.present, inp.ballots_issued, inp.ballots_returned,
                         inp.candidates, counts=r.votes, invalid_ballots=r.invalid_ballots)
    assert replace(count_round(totals, rules), explanation=[]) == replace(r, explanation=[])
    lucky = data.draw(st.sampled_from(r.elected))
    more = dict(r.votes, **{lucky: r.votes[lucky] + 1})
    assume(more[lucky] <= r.valid_ballots and sum(more.values()) <= r.valid_ballots * inp.seats)
    after = count_round(BallotInput(inp.seats, inp.entitled, inp.present, inp.ballots_issued,
                                    inp.ballots_returned, inp.candidates, counts=more,
                                    invalid_ballots=r.invalid_ballots), rules)
    assert lucky in after.elected
