"""Counting one round of a paper election by the rule set, with reasons a chair can read out.

One round: the quorum, the round's validity (no more ballots returned than issued), each ballot's validity
(no more names marked than seats), the threshold (yes-votes over a share of a base, exactly the share is not
enough), then who is elected: highest first when more pass than there are seats, a re-vote among those tied
at the cut-off, a run-off when seats stay empty. Integer and Fraction arithmetic only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from unionbook.domain.election_rules import (
    THRESHOLD_BASES,
    Check,
    ElectionRules,
    RuleLookup,
    check_assembly_kind,
    check_committee_seats,
    check_margin,
    check_representatives,
    fraction_zh,
    member_assembly_required,
    required_candidates,
    women_committee_required,
)
from unionbook.domain.strokes import stroke_key
from unionbook.domain.text import clean_name
from unionbook.domain.vocab import Choice, with_labels
from unionbook.errors import FieldProblem, ValidationError

__all__ = [
    "NEXT_STEP_LABELS", "BallotInput", "Check", "ElectionRules", "NextStep", "RoundResult", "ballot_valid", "check_assembly_kind",
    "check_committee_seats", "check_margin", "check_representatives", "count_round", "member_assembly_required",
    "required_candidates", "round_problems", "women_committee_required",
]


@with_labels({
    "done": "选举结束",
    "revote_tied": "对得票相等者再次投票",
    "runoff": "就缺额另行选举",
    "revote_all": "本轮无效，重新投票",
    "no_quorum": "到会人数不足，不能选举",
})
class NextStep(Choice):
    """What a round of counting leads to (RoundResult.next_step, stored as its value)."""

    DONE = "done"
    REVOTE_TIED = "revote_tied"
    RUNOFF = "runoff"
    REVOTE_ALL = "revote_all"
    NO_QUORUM = "no_quorum"


NEXT_STEP_LABELS = NextStep.labels()

@dataclass(frozen=True)
class BallotInput:
    """What the counting committee has for one round. Either `ballots` (each returned ballot as the names
    marked on it; void ballots whose marks were not keyed go in `invalid_ballots`) or `counts` (votes per
    name, with every void ballot in `invalid_ballots`)."""

    seats: int
    entitled: int
    present: int
    ballots_issued: int
    ballots_returned: int
    candidates: tuple[str, ...]
    ballots: tuple[tuple[str, ...], ...] | None = None
    counts: Mapping[str, int] | None = None
    invalid_ballots: int = 0


@dataclass(frozen=True)
class RoundResult:
    seats: int
    round_valid: bool
    quorum_met: bool
    quorum_required: int
    valid_ballots: int
    invalid_ballots: int
    votes: dict[str, int]
    threshold_base: str
    threshold_base_count: int
    threshold: int
    elected: list[str]
    tied: list[str]
    unfilled_seats: int
    runoff_candidates: list[str]
    next_step: str  # done | revote_tied | runoff | revote_all | no_quorum
    explanation: list[str] = field(default_factory=list)


def ballot_valid(marked: Sequence[str], seats: int, rules: ElectionRules) -> bool:
    """One ballot: void when it marks more names than seats (a name marked twice counts once); blank is valid."""
    names = set(marked)
    if not names:
        return rules.blank_ballot_valid
    return not (rules.void_ballot_if_marks_exceed_seats and len(names) > seats)


# ---- contradictions: input that cannot describe a real count ----


def round_problems(inp: BallotInput, rules: ElectionRules) -> list[FieldProblem]:
    """What makes the input contradict itself. More ballots returned than issued is NOT one: that voids the
    round, which is a result."""
    out: list[FieldProblem] = []
    numbers = {"seats": ("应选名额", inp.seats), "entitled": ("应到会有选举权人数", inp.entitled),
               "present": ("实到会人数", inp.present), "ballots_issued": ("发出选票数", inp.ballots_issued),
               "ballots_returned": ("收回选票数", inp.ballots_returned),
               "invalid_ballots": ("无效票数", inp.invalid_ballots)}
    for key, (label, value) in numbers.items():
        if value < 0:
            out.append(FieldProblem(key, label, f"不能为负数（现为 {value}）"))
    if out:
        return out
    if inp.seats < 1:
        out.append(FieldProblem("seats", "应选名额", "至少为 1"))
    if inp.present > inp.entitled:
        out.append(FieldProblem("present", "实到会人数", f"{inp.present} 人，多于应到会人数 {inp.entitled} 人"))
    if inp.ballots_issued > inp.present:
        out.append(FieldProblem("ballots_issued", "发出选票数", f"{inp.ballots_issued} 张，多于实到会人数 {inp.present} 人"))
    seen: set[str] = set()
    for i, name in enumerate(inp.candidates, 1):
        if not name:
            out.append(FieldProblem("candidates", "候选人", f"第 {i} 名的姓名为空"))
        elif name in seen:
            out.append(FieldProblem("candidates", "候选人", f"“{name}”重复出现"))
        seen.add(name)
    if (inp.ballots is None) == (inp.counts is None):
        out.append(FieldProblem("ballots", "选票", "应给出逐张选票（ballots）或各人得票数（counts）二者之一"))
        return out
    if inp.invalid_ballots > inp.ballots_returned:
        out.append(FieldProblem("invalid_ballots", "无效票数",
                      f"{inp.invalid_ballots} 张，多于收回选票 {inp.ballots_returned} 张"))
        return out

    where, label = ("ballots", "选票") if inp.ballots is not None else ("counts", "得票数")
    named = {n for b in inp.ballots for n in b} if inp.ballots is not None else set(inp.counts or ())
    if "" in named:
        out.append(FieldProblem(where, label, "有空白姓名"))
    if not rules.write_ins_allowed:
        out += [FieldProblem(where, label, f"“{name}”不是候选人，而本次选举不允许另选他人")
                for name in sorted(named - seen - {""}, key=stroke_key)]
    if inp.ballots is not None:
        keyed = len(inp.ballots) + inp.invalid_ballots
        if keyed != inp.ballots_returned:
            out.append(FieldProblem(where, label, f"录入 {len(inp.ballots)} 张、另计无效 {inp.invalid_ballots} 张，"
                                                  f"合计 {keyed} 张，与收回选票 {inp.ballots_returned} 张不符"))
    elif inp.counts is not None:
        valid = inp.ballots_returned - inp.invalid_ballots
        for name, n in inp.counts.items():
            if n < 0:
                out.append(FieldProblem(where, label, f"“{name}”的得票数不能为负数（现为 {n}）"))
            elif n > valid:
                out.append(FieldProblem(where, label, f"“{name}”得 {n} 票，多于有效票 {valid} 张"))
        total = sum(n for n in inp.counts.values() if n > 0)
        if total > valid * inp.seats:
            out.append(FieldProblem(where, label, f"总票数 {total} 票，超过有效票 {valid} 张 × 应选 {inp.seats} 名"))
    return out


# ---- counting ----


def _tally(inp: BallotInput, rules: ElectionRules) -> tuple[Counter[str], int, int | None]:
    """Votes per name, valid ballots, and how many keyed ballots were void for marking too many names
    (None when only totals were given)."""
    votes: Counter[str] = Counter({name: 0 for name in inp.candidates})
    if inp.counts is not None:
        votes.update(inp.counts)
        return votes, inp.ballots_returned - inp.invalid_ballots, None
    valid = over = 0
    for ballot in inp.ballots or ():
        if ballot_valid(ballot, inp.seats, rules):
            valid += 1
            votes.update(set(ballot))
        elif ballot:
            over += 1
    return votes, valid, over


def _order(votes: Mapping[str, int]) -> list[str]:
    """Best first; equal votes in surname stroke order, so that the list reads as the ballot does."""
    return sorted(votes, key=lambda n: (-votes[n], stroke_key(n), n))


def _names(names: Sequence[str], votes: Mapping[str, int]) -> str:
    return "、".join(f"{n}（{votes[n]} 票）" for n in names)


def count_round(inp: BallotInput, rules: ElectionRules | RuleLookup) -> RoundResult:
    """Decide one round. Raises ValidationError (Chinese, naming each problem) for contradictory input."""
    if not isinstance(rules, ElectionRules):
        rules = ElectionRules.from_rules(rules)
    inp = _cleaned(inp)
    problems = round_problems(inp, rules)
    if problems:
        raise ValidationError(problems)

    votes, valid, over = _tally(inp, rules)
    quorum = rules.quorum_required(inp.entitled)
    base_count = {"entitled": inp.entitled, "present": inp.present, "cast": inp.ballots_returned,
                  "valid": valid}[rules.threshold_base]
    threshold = rules.threshold(base_count)
    why: list[str] = []
    # the shape of every outcome that elects nobody; the rest is filled in below
    nobody = RoundResult(
        seats=inp.seats, round_valid=False, quorum_met=inp.present >= quorum, quorum_required=quorum,
        valid_ballots=valid, invalid_ballots=inp.ballots_returned - valid, votes=dict(votes),
        threshold_base=rules.threshold_base, threshold_base_count=base_count, threshold=threshold, elected=[],
        tied=[], unfilled_seats=inp.seats, runoff_candidates=[], next_step="no_quorum", explanation=why)

    quorum_text = f"应到会人数的{fraction_zh(rules.quorum_ratio)}（{quorum} 人）"
    head = f"应到会有选举权的人数 {inp.entitled} 人，实到会 {inp.present} 人，"
    if not nobody.quorum_met:
        why.append(f"{head}不足{quorum_text}，不能进行选举，本次投票不计结果。")
        return nobody
    why.append(f"{head}不少于{quorum_text}，可以进行选举。")
    ballots_text = f"发出选票 {inp.ballots_issued} 张，收回 {inp.ballots_returned} 张，"
    if rules.void_round_if_returned_exceeds_issued and inp.ballots_returned > inp.ballots_issued:
        why.append(f"{ballots_text}收回数多于发出数，本次选举无效，应重新发票投票。")
        return replace(nobody, next_step="revote_all")
    why.append(f"{ballots_text}收回数不多于发出数，本次选举有效。")
    invalid = nobody.invalid_ballots
    detail = f"，其中所选人数多于应选名额 {inp.seats} 名的 {over} 张" if over else ""
    why.append(f"有效票 {valid} 张，无效票 {invalid} 张{detail}。")
    share, more = fraction_zh(rules.threshold_ratio), "超过" if rules.threshold_strict else "达到"
    base_name, unit = THRESHOLD_BASES[rules.threshold_base]
    why.append(f"被选举人获得的赞成票须{more}{base_name} {base_count} {unit}的{share}，即至少 {threshold} 票，始得当选。")

    ranked = _order(votes)
    passing = [n for n in ranked if votes[n] >= threshold]
    elected, tied = passing[: inp.seats], []
    if len(passing) > inp.seats:
        why.append(f"得票{more}{share}的有 {len(passing)} 人，多于应选名额 {inp.seats} 名，按得票多少依次确定当选人。")
        cut = votes[passing[inp.seats - 1]]
        if votes[passing[inp.seats]] == cut:
            elected = [n for n in passing if votes[n] > cut]
            tied = [n for n in passing if votes[n] == cut]
    if elected:
        why.append(f"{_names(elected, votes)}当选。")
    if tied:
        why.append(f"{'、'.join(tied)}均得 {votes[tied[0]]} 票，并列竞争剩余的 {inp.seats - len(elected)} 个名额，"
                   f"应仅对这 {len(tied)} 人再次投票，按得票多少确定当选人。")
    outranked = [n for n in passing if n not in elected and n not in tied]
    if outranked:
        why.append(f"{_names(outranked, votes)}得票虽{more}{share}，但名次在应选名额之外，未当选。")
    below = [n for n in ranked if votes[n] < threshold]
    # exactly the share (e.g. exactly half) is the case assemblies argue about: say it in so many words
    exact = [n for n in below if rules.threshold_strict and votes[n] > 0
             and votes[n] * rules.threshold_ratio.denominator == base_count * rules.threshold_ratio.numerator]
    if exact:
        why.append(f"{_names(exact, votes)}的得票恰好为{share}，未超过{share}，不能当选。")
    if rest := [n for n in below if n not in exact]:
        why.append(f"{_names(rest, votes)}得票未{more}{share}，未当选。")

    unfilled = inp.seats - len(elected)
    if tied:
        return replace(nobody, round_valid=True, elected=elected, tied=tied, unfilled_seats=unfilled,
                       next_step="revote_tied")
    if unfilled:
        runoff = [n for n in ranked if n not in elected and n in inp.candidates]
        pool = f"在未当选的候选人（{'、'.join(runoff)}）中" if runoff else ""
        why.append(f"当选 {len(elected)} 名，少于应选名额 {inp.seats} 名，尚缺 {unfilled} 名，应{pool}另行选举。")
        return replace(nobody, round_valid=True, elected=elected, unfilled_seats=unfilled,
                       runoff_candidates=runoff, next_step="runoff")
    why.append(f"应选 {inp.seats} 名，当选 {len(elected)} 名，选举结束。")
    return replace(nobody, round_valid=True, elected=elected, unfilled_seats=0, next_step="done")


def _cleaned(inp: BallotInput) -> BallotInput:
    """Names as a person would read them: 张 三 and 张三 are one candidate."""
    counts: dict[str, int] | None = None
    if inp.counts is not None:
        counts = {}
        for name, n in inp.counts.items():
            key = clean_name(name)
            counts[key] = counts.get(key, 0) + n
    ballots = None if inp.ballots is None else tuple(tuple(clean_name(n) for n in b) for b in inp.ballots)
    return BallotInput(inp.seats, inp.entitled, inp.present, inp.ballots_issued, inp.ballots_returned,
                       tuple(clean_name(n) for n in inp.candidates), ballots, counts, inp.invalid_ballots)
