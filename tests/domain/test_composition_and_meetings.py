"""Pure rules: the composition check of candidates, meeting quorums and resolutions, by the national set."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionbook.domain.composition import Counts, check_composition
from unionbook.domain.meetings import MeetingRules, quorum, resolution_vote
from unionbook.errors import ValidationError
from unionbook.rules import load_rule_set

RS = load_rule_set()


def test_women_in_proportion_frontline_share_and_a_model_worker() -> None:
    members = Counts(total=100, women=40, frontline=60, model_workers=3)
    lines = {c.key: c for c in check_composition(Counts(8, 3, 2, 1), members, RS)}
    assert lines["women"].required == 3 and lines["women"].ok  # 40% of 8, rounded down
    assert lines["frontline"].required == 1 and lines["frontline"].ok  # national: at least one ("适当比例")
    assert lines["model_workers"].ok
    lines = {c.key: c for c in check_composition(Counts(8, 2, 0, 0), members, RS)}
    assert not lines["women"].ok and "至少 3 名" in lines["women"].message
    assert not lines["frontline"].ok and not lines["model_workers"].ok


def test_no_candidates_is_not_a_green_light() -> None:
    lines = check_composition(Counts(), Counts(total=100, women=40, frontline=60, model_workers=3), RS)
    assert lines and not any(line.ok for line in lines)
    assert all("尚无候选人" in line.message and "符合要求" not in line.message for line in lines)


def test_representatives_use_the_assembly_share() -> None:
    lines = {c.key: c for c in check_composition(Counts(10, 5, 5, 0), Counts(200, 100, 150, 0), RS, "representatives")}
    assert lines["frontline"].required == 6 and not lines["frontline"].ok  # more than half of 10
    assert lines["model_workers"].ok and "没有登记劳模" in lines["model_workers"].message


def test_quorum_at_least_two_thirds_or_more_than_half() -> None:
    assembly = MeetingRules.for_kind("representatives", RS)
    assert assembly.quorum_required(30) == 20 and quorum(assembly, 30, 20).met and not quorum(assembly, 30, 19).met
    committee = MeetingRules.for_kind("committee", RS)
    assert committee.quorum_required(7) == 4 and committee.quorum_required(6) == 4
    other = MeetingRules.for_kind("other", RS)
    assert quorum(other, 10, 1).met
    with pytest.raises(ValidationError):
        MeetingRules.for_kind("picnic", RS)


def test_exactly_half_of_all_entitled_does_not_pass() -> None:
    rules = MeetingRules.for_kind("representatives", RS)
    assert not resolution_vote(rules, 15, 5, 0, 30, 25).passed
    assert resolution_vote(rules, 16, 5, 0, 30, 25).passed
    with pytest.raises(ValidationError):
        resolution_vote(rules, 20, 6, 0, 30, 25)  # 26 votes, 25 present


@given(st.integers(0, 500), st.integers(1, 500))
def test_resolution_passes_iff_more_than_half(votes_for: int, entitled: int) -> None:
    rules = MeetingRules.for_kind("congress", RS)
    present = max(votes_for, entitled)
    assert resolution_vote(rules, votes_for, 0, 0, entitled, present).passed == (
        Fraction(votes_for) > Fraction(entitled, 2))
