"""Pin the shipped national election and assembly rules: a changed value must be a deliberate change here."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

from unionbook.domain.election import ElectionRules
from unionbook.rules import load_rule_set

RS = load_rule_set("national-2021")

# key → (value, confidence as the rule set marks it; sources in docs/domain.md)
PINNED = {
    "election.member_assembly_max_members": (100, "C"),
    "election.secret_ballot": (True, "C"),
    "election.preliminary_allowed": (True, "C"),
    "election.competitive_margin_ratio": ("1.05", "S"),
    "election.competitive_margin_min_extra": (1, "S"),
    "election.standing_margin_ratio": ("1.00", "R"),
    "election.standing_requires_approval": (True, "C"),
    "election.chair_competitive_required": (False, "R"),
    "election.quorum_ratio": ("2/3", "S"),
    "election.quorum_strict": (False, "S"),
    "election.threshold_base": ("entitled", "R"),
    "election.threshold_ratio": ("1/2", "R"),
    "election.threshold_strict": (True, "R"),
    "election.void_round_if_returned_exceeds_issued": (True, "S"),
    "election.void_ballot_if_marks_exceed_seats": (True, "S"),
    "election.blank_ballot_valid": (True, "S"),
    "election.oversubscribed": ("highest_votes", "S"),
    "election.tie_at_cutoff": ("revote_tied", "S"),
    "election.undersubscribed": ("runoff", "R"),
    "election.write_ins_allowed": (True, "R"),
    "election.term_years": ([3, 4, 5], "C"),
    "election.audit_term_follows_committee": (True, "C"),
    "election.delay_max_months": (6, "R"),
    "election.pre_approval_required": (True, "C"),
    "election.results_require_approval": (True, "C"),
    "election.employer_head_relatives_excluded": (True, "C"),
    "election.audit_committee_excluded_roles": (["主席", "副主席", "常务委员", "经费（财务）人员"], "S"),
    "election.women_committee_min_female": (10, "S"),
    "election.women_committee_reported_with_committee": (True, "S"),
    "election.composition.frontline_included": (True, "S"),
    "election.composition.women_proportional": (True, "S"),
    "election.composition.model_workers_included": (True, "S"),
    "assembly.quorum_ratio": ("2/3", "R"),
    "assembly.resolution_ratio": ("1/2", "R"),
    "assembly.meetings_per_year_min": (1, "C"),
    "assembly.extra_meeting_request_ratio": ("1/3", "C"),
    "assembly.term_follows_committee": (True, "R"),
    "assembly.composition.frontline_majority": (True, "R"),
    "assembly.composition.managers_max": ("20%", "R"),
    "assembly.composition.women_proportional": (True, "R"),
}

COMMITTEE_SIZE = [  # members from, to, seats min, max
    (1, 24, 3, 5), (25, 200, 3, 7), (201, 1000, 7, 15), (1001, 5000, 15, 21), (5001, 10000, 21, 29),
    (10001, 50000, 29, 37), (50001, None, 37, 45),
]
REPRESENTATIVES = [
    (101, 200, 30, 40), (201, 1000, 40, 60), (1001, 5000, 60, 90), (5001, 10000, 90, 130),
    (10001, 50000, 130, 180), (50001, None, 180, 240),
]


@pytest.mark.parametrize("key", sorted(PINNED))
def test_pinned_value_and_confidence(key: str) -> None:
    value, confidence = PINNED[key]
    entry = RS.entries[key]
    assert (entry.value, entry.confidence) == (value, confidence)


def test_ratios_read_as_exact_fractions() -> None:
    assert RS.ratio("election.competitive_margin_ratio") == Fraction(21, 20)
    assert RS.ratio("election.quorum_ratio") == Fraction(2, 3)
    assert RS.ratio("assembly.composition.managers_max") == Fraction(1, 5)


def _rows(key: str, low: str, high: str) -> list[tuple]:
    return [(r["members_from"], r.get("members_to"), r[low], r[high]) for r in RS[key]]


def test_committee_size_table() -> None:
    assert _rows("election.committee_size", "seats_min", "seats_max") == COMMITTEE_SIZE
    assert RS.entries["election.committee_size"].confidence == "R"
    # only the smallest unions may elect a single chair or organiser
    assert [bool(r.get("single_officer")) for r in RS["election.committee_size"]] == [True] + [False] * 6


def test_representatives_table() -> None:
    assert _rows("assembly.representatives_count", "reps_min", "reps_max") == REPRESENTATIVES
    assert RS.entries["assembly.representatives_count"].confidence == "R"


@pytest.mark.parametrize("key", ["election.committee_size", "assembly.representatives_count"])
def test_tables_leave_no_gap(key: str) -> None:
    rows = RS[key]
    for before, after in zip(rows, rows[1:], strict=False):
        assert after["members_from"] == before["members_to"] + 1
    assert "members_to" not in rows[-1]


def test_every_election_and_assembly_entry_is_labelled_and_sourced() -> None:
    entries = RS.section("election") + RS.section("assembly")
    assert len(entries) == len(PINNED) + 2  # the two tables
    for e in entries:
        assert re.search(r"[\u4e00-\u9fff]", e.label), e.key
        assert e.source and e.confidence in ("C", "S", "R"), e.key


def test_the_engine_reads_the_shipped_rules() -> None:
    rules = ElectionRules.from_rules(RS)
    assert rules.quorum_required(30) == 20
    assert rules.threshold(20) == 11 and rules.threshold(21) == 11
    assert rules.committee_size[0].single_officer and rules.committee_size[-1].members_to is None
