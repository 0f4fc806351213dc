"""Meetings: whether enough are present to meet (quorum), and whether a resolution passed, by the rule set.

Pure: the rule set is passed in (anything with `rs[key]` and `rs.ratio(key)`). Which entries apply to which
kind of meeting is data here (keys, not numbers); the numbers are in the rule set.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from unionbook.domain.election_rules import RuleLookup, fraction_zh
from unionbook.domain.vocab import Choice, with_labels
from unionbook.errors import FieldProblem, ValidationError


@with_labels({
    "member_assembly": "会员大会",
    "representatives": "会员代表大会",
    "committee": "工会委员会会议",
    "congress": "职工代表大会",
    "other": "其他会议",
})
class MeetingKind(Choice):
    MEMBER_ASSEMBLY = "member_assembly"
    REPRESENTATIVES = "representatives"
    COMMITTEE = "committee"
    CONGRESS = "congress"
    OTHER = "other"


MEETING_KINDS = MeetingKind.labels()  # value → label
# kind → (quorum ratio key, quorum "more than" key or None, resolution ratio key); "other" has no rule
RULE_KEYS: dict[str, tuple[str, str | None, str]] = {
    "member_assembly": ("meeting.member_assembly.quorum_ratio", None, "meeting.member_assembly.resolution_ratio"),
    "representatives": ("assembly.quorum_ratio", None, "assembly.resolution_ratio"),
    "committee": ("meeting.committee.quorum_ratio", "meeting.committee.quorum_strict",
                  "meeting.committee.resolution_ratio"),
    "congress": ("meeting.congress.quorum_ratio", None, "meeting.congress.resolution_ratio"),
}
# who is "entitled to attend" (应到会) for each kind, said in words
ENTITLED_NAMES = {
    "member_assembly": "有表决权的会员", "representatives": "会员代表", "committee": "工会委员会委员",
    "congress": "职工代表", "other": "应到会人员",
}


@dataclass(frozen=True)
class MeetingRules:
    kind: str
    quorum_ratio: Fraction | None  # None: no quorum rule (other meetings)
    quorum_strict: bool  # True: more than the share (过半数), False: at least (不少于)
    resolution_ratio: Fraction | None  # yes-votes must be MORE than this share of those entitled
    keys: tuple[str, ...] = ()

    @classmethod
    def for_kind(cls, kind: str, rs: RuleLookup) -> MeetingRules:
        if kind not in MEETING_KINDS:
            raise ValidationError([FieldProblem("kind", "会议类型", f"“{kind}”无效，可选：{'、'.join(MEETING_KINDS.values())}")])
        if kind not in RULE_KEYS:
            return cls(kind, None, False, None)
        q_key, strict_key, r_key = RULE_KEYS[kind]
        strict = bool(rs[strict_key]) if strict_key else False
        keys = tuple(k for k in (q_key, strict_key, r_key) if k)
        return cls(kind, rs.ratio(q_key), strict, rs.ratio(r_key), keys)

    def quorum_required(self, entitled: int) -> int:
        if self.quorum_ratio is None:
            return 0
        share = entitled * self.quorum_ratio
        return math.floor(share) + 1 if self.quorum_strict else math.ceil(share)

    def votes_required(self, entitled: int) -> int:
        """Fewest yes-votes that pass a resolution: more than the share of all entitled (过半数)."""
        if self.resolution_ratio is None:
            return 0
        return math.floor(entitled * self.resolution_ratio) + 1


@dataclass(frozen=True)
class Quorum:
    entitled: int
    present: int
    required: int
    met: bool
    message: str


def quorum(rules: MeetingRules, entitled: int, present: int) -> Quorum:
    who = ENTITLED_NAMES[rules.kind]
    if rules.quorum_ratio is None:
        return Quorum(entitled, present, 0, True, f"应到 {entitled} 人，实到 {present} 人（此类会议无法定人数要求）")
    need = rules.quorum_required(entitled)
    how = "超过" if rules.quorum_strict else "不少于"
    share = fraction_zh(rules.quorum_ratio)
    met = present >= need
    head = f"应到会{who} {entitled} 人，实到 {present} 人，"
    if met:
        return Quorum(entitled, present, need, True, f"{head}{how}{share}（至少 {need} 人），会议有效")
    return Quorum(entitled, present, need, False, f"{head}未达到{how}{share}（至少 {need} 人）的要求，不能开会表决")


@dataclass(frozen=True)
class Vote:
    votes_for: int
    votes_against: int
    votes_abstain: int
    entitled: int
    required: int
    passed: bool
    message: str


def vote_problems(votes_for: int, against: int, abstain: int, present: int) -> list[FieldProblem]:
    out = [FieldProblem(k, label, f"不能为负数（现为 {v}）") for k, label, v in (
        ("votes_for", "赞成票", votes_for), ("votes_against", "反对票", against), ("votes_abstain", "弃权票", abstain))
        if v < 0]
    if not out and votes_for + against + abstain > present:
        out.append(FieldProblem("votes_for", "表决票数",
                                f"赞成 {votes_for}、反对 {against}、弃权 {abstain}，合计 {votes_for + against + abstain}，"
                                f"多于实到会人数 {present} 人"))
    return out


def resolution_vote(rules: MeetingRules, votes_for: int, against: int, abstain: int, entitled: int,
                    present: int) -> Vote:
    """Whether a resolution passed: yes-votes more than the rule set's share of all entitled to vote.
    Raises ValidationError for a count that cannot be (negative, more votes than people present)."""
    problems = vote_problems(votes_for, against, abstain, present)
    if problems:
        raise ValidationError(problems)
    tally = f"赞成 {votes_for} 票，反对 {against} 票，弃权 {abstain} 票"
    if rules.resolution_ratio is None:
        passed = votes_for > against
        return Vote(votes_for, against, abstain, entitled, against + 1, passed,
                    f"{tally}，赞成票{'多于' if passed else '不多于'}反对票，{'通过' if passed else '未通过'}")
    need = rules.votes_required(entitled)
    share = fraction_zh(rules.resolution_ratio)
    who = ENTITLED_NAMES[rules.kind]
    passed = votes_for >= need
    verdict = "通过" if passed else "未通过"
    reach = "超过" if passed else "未超过"
    return Vote(votes_for, against, abstain, entitled, need, passed,
                f"{tally}；赞成票{reach}应到会{who} {entitled} 人的{share}（至少 {need} 票），{verdict}")
