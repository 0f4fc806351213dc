"""The election rules in force, read out of a rule set, and the checks made before ballots are printed.

Pure: the rule set is passed in (anything with `rs[key]` and `rs.ratio(key)`, i.e. unionbook.rules.RuleSet,
which this layer may not import). Every regulated number comes from it; nothing here is a default.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Protocol

from unionbook.domain.offices import AssemblyKind
from unionbook.domain.text import chinese_numeral
from unionbook.errors import FieldProblem, UnionBookError, ValidationError

# the base the threshold is a share of: (what it is called, its unit)
THRESHOLD_BASES = {
    "entitled": ("应到会有选举权人数", "人"),
    "present": ("实到会人数", "人"),
    "cast": ("投票人数（收回选票）", "张"),
    "valid": ("有效票", "张"),
}
# Policies the counting engine knows; a rule set naming another is refused, not half-obeyed.
POLICIES = {
    "election.oversubscribed": ("highest_votes",),
    "election.tie_at_cutoff": ("revote_tied",),
    "election.undersubscribed": ("runoff",),
}
ASSEMBLY_KINDS = AssemblyKind.labels()  # value → label (domain/offices.py)


class RuleLookup(Protocol):
    def __getitem__(self, key: str) -> Any: ...

    def ratio(self, key: str) -> Fraction: ...


@dataclass(frozen=True)
class Band:
    """One row of a table by member count: members_from ≤ members ≤ members_to (None: no upper bound)."""

    members_from: int
    members_to: int | None
    low: int
    high: int
    single_officer: bool = False

    def holds(self, members: int) -> bool:
        return members >= self.members_from and (self.members_to is None or members <= self.members_to)

    def members_text(self) -> str:
        if self.members_to is None:
            return f"{self.members_from} 人以上"
        return f"{self.members_from}～{self.members_to} 人"


def _bands(rows: Any, key: str, low: str, high: str) -> tuple[Band, ...]:
    try:
        return tuple(
            Band(int(r["members_from"]), None if r.get("members_to") is None else int(r["members_to"]),
                 int(r[low]), int(r[high]), bool(r.get("single_officer", False)))
            for r in rows
        )
    except (TypeError, KeyError, ValueError):
        raise ValidationError(f"规则项“{key}”应为按会员人数分档的表（members_from、{low}、{high}）") from None


def _bool(rs: RuleLookup, key: str) -> bool:
    value = rs[key]
    if not isinstance(value, bool):
        raise ValidationError(f"规则项“{key}”的值应为 true 或 false，现为“{value}”")
    return value


def _optional_bool(rs: RuleLookup, key: str, default: bool) -> bool:
    """A flag added after 0.1: an election set up before it froze rules without the key."""
    try:
        rs[key]
    except (KeyError, UnionBookError):
        return default
    return _bool(rs, key)


def _int(rs: RuleLookup, key: str) -> int:
    value = rs[key]
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(f"规则项“{key}”的值应为非负整数，现为“{value}”")
    return value


@dataclass(frozen=True)
class ElectionRules:
    quorum_ratio: Fraction
    threshold_base: str
    threshold_ratio: Fraction
    threshold_strict: bool
    void_round_if_returned_exceeds_issued: bool
    void_ballot_if_marks_exceed_seats: bool
    blank_ballot_valid: bool
    write_ins_allowed: bool
    margin_ratio: Fraction
    margin_min_extra: int
    standing_margin_ratio: Fraction
    chair_competitive_required: bool
    member_assembly_max_members: int
    committee_size: tuple[Band, ...]
    representatives_count: tuple[Band, ...]
    women_committee_min_female: int
    # "三分之二以上" includes the number itself: strict only where a province writes "超过"
    quorum_strict: bool = False
    standing_requires_approval: bool = False

    @classmethod
    def from_rules(cls, rs: RuleLookup) -> ElectionRules:
        base = rs["election.threshold_base"]
        if base not in THRESHOLD_BASES:
            raise ValidationError(
                f"规则项“election.threshold_base”的值“{base}”无效，应为 {'、'.join(THRESHOLD_BASES)} 之一")
        for key, known in POLICIES.items():
            if rs[key] not in known:
                raise ValidationError(f"规则项“{key}”的值“{rs[key]}”本程序不支持，可用：{'、'.join(known)}")
        return cls(
            quorum_ratio=rs.ratio("election.quorum_ratio"),
            threshold_base=base,
            threshold_ratio=rs.ratio("election.threshold_ratio"),
            threshold_strict=_bool(rs, "election.threshold_strict"),
            void_round_if_returned_exceeds_issued=_bool(rs, "election.void_round_if_returned_exceeds_issued"),
            void_ballot_if_marks_exceed_seats=_bool(rs, "election.void_ballot_if_marks_exceed_seats"),
            blank_ballot_valid=_bool(rs, "election.blank_ballot_valid"),
            write_ins_allowed=_bool(rs, "election.write_ins_allowed"),
            margin_ratio=rs.ratio("election.competitive_margin_ratio"),
            margin_min_extra=_int(rs, "election.competitive_margin_min_extra"),
            standing_margin_ratio=rs.ratio("election.standing_margin_ratio"),
            chair_competitive_required=_bool(rs, "election.chair_competitive_required"),
            member_assembly_max_members=_int(rs, "election.member_assembly_max_members"),
            committee_size=_bands(rs["election.committee_size"], "election.committee_size", "seats_min", "seats_max"),
            representatives_count=_bands(rs["assembly.representatives_count"], "assembly.representatives_count",
                                         "reps_min", "reps_max"),
            women_committee_min_female=_int(rs, "election.women_committee_min_female"),
            quorum_strict=_optional_bool(rs, "election.quorum_strict", False),
            standing_requires_approval=_optional_bool(rs, "election.standing_requires_approval", False),
        )

    # ---- derived numbers ----

    def quorum_required(self, entitled: int) -> int:
        """Fewest present for the assembly to elect: at least the quorum ratio of those entitled ("以上"), or
        more than it when the rule set says the ratio is strict ("超过")."""
        share = entitled * self.quorum_ratio
        return math.floor(share) + 1 if self.quorum_strict else math.ceil(share)

    def threshold(self, base: int) -> int:
        """Fewest yes-votes that elect: strictly more than base × ratio (or at least, when not strict)."""
        share = base * self.threshold_ratio
        return math.floor(share) + 1 if self.threshold_strict else math.ceil(share)


def fraction_zh(value: Fraction) -> str:
    """2/3 → 三分之二, 1/2 → 半数: how the regulation says it to an assembly."""
    if value == Fraction(1, 2):
        return "半数"
    if 0 < value.numerator <= 10 and value.denominator <= 10:
        return f"{chinese_numeral(value.denominator)}分之{chinese_numeral(value.numerator)}"
    return f"{float(value) * 100:g}%"


# ---- checks before the ballots are printed ----


@dataclass(frozen=True)
class Check:
    ok: bool
    message: str  # Chinese, one sentence
    data: dict[str, Any] = field(default_factory=dict)


def _band_for(bands: tuple[Band, ...], members: int) -> Band | None:
    return next((b for b in bands if b.holds(members)), None)


def check_committee_seats(seats: int, members: int, rules: ElectionRules) -> Check:
    """Committee seats against the size table for the member count (a single chair where the table allows)."""
    band = _band_for(rules.committee_size, members)
    if band is None:
        return Check(False, f"会员 {members} 人不在委员名额表的范围内，无法核对名额", {"members": members})
    data = {"members": members, "seats_min": band.low, "seats_max": band.high, "single_officer": band.single_officer}
    if band.low <= seats <= band.high:
        return Check(True, f"会员 {members} 人，委员名额 {seats} 名，在规定的 {band.low}～{band.high} 名之内", data)
    if seats == 1 and band.single_officer:
        return Check(True, f"会员 {members} 人（{band.members_text()}），可只选举主席或组织员一人", data)
    extra = "，或只选举主席（组织员）一人" if band.single_officer else ""
    return Check(False, f"会员 {members} 人时委员名额应为 {band.low}～{band.high} 名{extra}，现为 {seats} 名", data)


def required_candidates(seats: int, ratio: Fraction, min_extra: int) -> int:
    """Fewest candidates for a competitive (差额) election: seats × ratio rounded up, and at least min_extra more."""
    return max(math.ceil(seats * ratio), seats + min_extra)


def check_margin(seats: int, candidates: int, rules: ElectionRules, body: str = "committee") -> Check:
    """The competitive margin: body is "committee", "standing" (常务委员) or "chair" (主席、副主席)."""
    who = {"committee": "委员", "standing": "常务委员", "chair": "主席、副主席"}[body]
    if (body == "chair" and not rules.chair_competitive_required) or (
            body == "standing" and rules.standing_margin_ratio <= 1):
        need, how = seats, "可以等额选举，也可以差额选举"
    else:
        ratio = rules.standing_margin_ratio if body == "standing" else rules.margin_ratio
        need, how = required_candidates(seats, ratio, rules.margin_min_extra), "须差额选举"
    data = {"required": need, "seats": seats, "candidates": candidates}
    if candidates >= need:
        return Check(True, f"应选{who} {seats} 名，候选人 {candidates} 名，{how}，符合要求（至少 {need} 名）", data)
    return Check(False, f"应选{who} {seats} 名，{how}，候选人应至少 {need} 名，现只有 {candidates} 名", data)


def member_assembly_required(members: int, rules: ElectionRules) -> bool:
    return members <= rules.member_assembly_max_members


def check_assembly_kind(kind: str, members: int, rules: ElectionRules) -> Check:
    """Who elects: at or below the limit only the member assembly may (not a representatives' assembly)."""
    if kind not in ASSEMBLY_KINDS:
        raise ValidationError([FieldProblem("assembly", "选举大会", f"应为 {'、'.join(ASSEMBLY_KINDS)} 之一")])
    limit = rules.member_assembly_max_members
    if kind == "representatives" and members <= limit:
        return Check(False, f"会员 {members} 人，不超过 {limit} 人，应召开会员大会选举，不能由会员代表大会选举",
                     {"limit": limit})
    return Check(True, f"由{ASSEMBLY_KINDS[kind]}选举", {"limit": limit})


def check_representatives(count: int, members: int, rules: ElectionRules) -> Check:
    band = _band_for(rules.representatives_count, members)
    if band is None:
        return Check(False, f"会员 {members} 人不在代表名额表的范围内", {"members": members})
    data = {"reps_min": band.low, "reps_max": band.high}
    if band.low <= count <= band.high:
        return Check(True, f"会员 {members} 人，代表 {count} 名，在规定的 {band.low}～{band.high} 名之内", data)
    return Check(False, f"会员 {members} 人时代表名额应为 {band.low}～{band.high} 名，现为 {count} 名", data)


def women_committee_required(female_members: int, rules: ElectionRules) -> bool:
    """Enough women members for a 女职工委员会; otherwise one 女职工委员 is named."""
    return female_members >= rules.women_committee_min_female
