"""Counting an election round by round, through the domain's engine, and keeping every round.

A round is entered per ballot box (ballots issued and returned, void ballots, each name's votes) or ballot
by ballot (each keyed ballot is checked: more names marked than seats → void). The engine decides; the next
round follows from its decision: a re-vote among those tied at the cut-off, a run-off for unfilled seats
among the others, or the same vote again when a round was void or the quorum missed.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionbook.domain.election import (
    NEXT_STEP_LABELS,
    BallotInput,
    ElectionRules,
    ballot_valid,
    check_committee_seats,
    count_round,
)
from unionbook.domain.offices import RoundKind
from unionbook.domain.text import clean, clean_name
from unionbook.errors import ConflictError, FieldProblem, ValidationError
from unionbook.services.elections.setup import election_rules, election_view, load_election
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import (
    Election,
    ElectionElected,
    ElectionRound,
    Meeting,
    MeetingAttendee,
    Member,
    RoundBallot,
    RoundBox,
)

ROUND_KINDS = RoundKind.labels()  # value → label (domain/offices.py)


@dataclass(frozen=True)
class BoxTally:
    label: str
    issued: int
    returned: int
    invalid: int = 0
    votes: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class KeyedBallot:
    marks: tuple[str, ...]
    serial: str = ""


@dataclass(frozen=True)
class RoundEntry:
    """One round as the counting committee has it: `boxes`, or `ballots` with the issued count (and void
    ballots that were not keyed, e.g. torn or unreadable, in `unkeyed_invalid`)."""

    present: int
    boxes: tuple[BoxTally, ...] | None = None
    ballots: tuple[KeyedBallot, ...] | None = None
    ballots_issued: int | None = None
    unkeyed_invalid: int = 0


@dataclass(frozen=True)
class RoundPlan:
    """What the next round is: its number and kind, seats at stake and who is on the ballot."""

    number: int
    kind: str
    kind_label: str
    seats: int
    candidates: list[str]
    entitled: int
    finished: bool
    message: str


def _plan(e: Election) -> RoundPlan:
    names = [c.name for c in e.candidates]
    if not e.rounds:
        if not names and not election_rules(e)["election.write_ins_allowed"]:
            return RoundPlan(1, "first", ROUND_KINDS["first"], e.seats, [], e.entitled, False, "尚未确定候选人")
        return RoundPlan(1, "first", ROUND_KINDS["first"], e.seats, names, e.entitled, False,
                         f"第 1 轮：应选 {e.seats} 名，候选人 {len(names)} 名")
    last = e.rounds[-1]
    result = json.loads(last.result_json)
    step = result["next_step"]
    n = last.number + 1
    if e.status == "done" or step == "done":
        return RoundPlan(n, "done", "选举结束", 0, [], e.entitled, True, "选举已结束")
    if step == "revote_tied":
        seats, cands = int(result["unfilled_seats"]), list(result["tied"])
    elif step == "runoff":
        seats, cands = int(result["unfilled_seats"]), list(result["runoff_candidates"])
    else:  # revote_all, no_quorum: the same vote again
        seats, cands = last.seats, json.loads(last.candidates_json)
    return RoundPlan(n, step, ROUND_KINDS[step], seats, cands, e.entitled, False,
                     f"第 {n} 轮（{ROUND_KINDS[step]}）：应选 {seats} 名，候选人：{'、'.join(cands) or '（另选他人）'}")


def next_round(db: Database, election_id: int) -> RoundPlan:
    with db.read() as s:
        return _plan(load_election(s, election_id))


def _box_input(plan: RoundPlan, entry: RoundEntry) -> tuple[BallotInput, list[FieldProblem]]:
    boxes = entry.boxes or ()
    problems: list[FieldProblem] = []
    if not boxes:
        problems.append(FieldProblem("boxes", "票箱", "至少录入一个票箱的计票结果"))
    labels: set[str] = set()
    counts: Counter[str] = Counter()
    for i, b in enumerate(boxes, 1):
        label = clean(b.label) or f"第 {i} 号票箱"
        if label in labels:
            problems.append(FieldProblem("boxes", label, "票箱名称重复"))
        labels.add(label)
        for what, value in (("发出选票", b.issued), ("收回选票", b.returned), ("无效票", b.invalid)):
            if value < 0:
                problems.append(FieldProblem("boxes", label, f"{what}数不能为负数"))
        valid = b.returned - b.invalid
        if b.invalid > b.returned:
            problems.append(FieldProblem("boxes", label, f"无效票 {b.invalid} 张多于收回选票 {b.returned} 张"))
        for name, n in b.votes.items():
            if n < 0:
                problems.append(FieldProblem("boxes", label, f"“{name}”的得票数不能为负数"))
            elif n > max(valid, 0):
                problems.append(FieldProblem("boxes", label, f"“{name}”得 {n} 票，多于本箱有效票 {valid} 张"))
            counts[clean_name(name)] += n
    inp = BallotInput(plan.seats, plan.entitled, entry.present, sum(b.issued for b in boxes),
                      sum(b.returned for b in boxes), tuple(plan.candidates), counts=dict(counts),
                      invalid_ballots=sum(b.invalid for b in boxes))
    return inp, problems


def _ballot_input(plan: RoundPlan, entry: RoundEntry) -> tuple[BallotInput, list[FieldProblem]]:
    ballots = entry.ballots or ()
    problems: list[FieldProblem] = []
    if entry.ballots_issued is None:
        problems.append(FieldProblem("ballots_issued", "发出选票数", "逐张录入时须填写发出选票数"))
    seen: set[str] = set()
    for i, b in enumerate(ballots, 1):
        serial = clean(b.serial)
        if serial and serial in seen:
            problems.append(FieldProblem("ballots", f"第 {i} 张选票", f"编号 {serial} 已录入过，同一张选票不能录入两次"))
        seen.add(serial)
    inp = BallotInput(plan.seats, plan.entitled, entry.present, entry.ballots_issued or 0,
                      len(ballots) + entry.unkeyed_invalid, tuple(plan.candidates),
                      ballots=tuple(tuple(b.marks) for b in ballots), invalid_ballots=entry.unkeyed_invalid)
    return inp, problems


def signed_in(s: Session, meeting_id: int | None) -> tuple[str, int] | None:
    """The linked meeting's title and how many with a vote signed in; None when no meeting is linked. An
    election round cannot have more present than the meeting it was held at."""
    if meeting_id is None:
        return None
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        return None
    count = s.scalar(select(func.count()).select_from(MeetingAttendee).where(
        MeetingAttendee.meeting_id == meeting_id, MeetingAttendee.present.is_(True),
        MeetingAttendee.entitled.is_(True)))
    return meeting.title, int(count or 0)


def record_round(db: Database, election_id: int, entry: RoundEntry) -> RoundView:
    """Count the next round with the engine and keep it (the boxes or keyed ballots with it). Contradictory
    input is refused as a whole, naming each problem; nothing is written."""
    if (entry.boxes is None) == (entry.ballots is None):
        raise ValidationError("请按票箱录入（boxes）或逐张录入选票（ballots），二者选一")
    with db.transaction() as s:
        e = load_election(s, election_id)
        plan = _plan(e)
        if plan.finished:
            raise ConflictError(f"选举“{e.title}”已经结束，不能再录入计票结果")
        if not e.candidates and plan.number == 1 and not plan.candidates:
            raise ConflictError(f"选举“{e.title}”尚未确定候选人")
        rs = election_rules(e)
        rules = ElectionRules.from_rules(rs)
        mode = "boxes" if entry.boxes is not None else "ballots"
        inp, problems = (_box_input if mode == "boxes" else _ballot_input)(plan, entry)
        if entry.present > e.entitled:
            problems.append(FieldProblem("present", "实到会人数", f"{entry.present} 人，多于选举人 {e.entitled} 人"))
        signed = signed_in(s, e.meeting_id)
        if signed is not None and entry.present > signed[1]:
            problems.append(FieldProblem("present", "实到会人数",
                                         f"{entry.present} 人，多于所关联会议“{signed[0]}”签到的 {signed[1]} 人；"
                                         "请先在会议中办理签到，或核对实到人数"))
        if problems:
            raise ValidationError(problems)
        result = count_round(inp, rules)  # raises for contradictory totals
        r = ElectionRound(
            number=plan.number, kind=plan.kind, mode=mode, seats=plan.seats,
            candidates_json=json.dumps(plan.candidates, ensure_ascii=False), entitled=plan.entitled,
            present=entry.present, ballots_issued=inp.ballots_issued, ballots_returned=inp.ballots_returned,
            invalid_ballots=result.invalid_ballots, result_json=json.dumps(asdict(result), ensure_ascii=False),
            next_step=result.next_step, recorded_by=db.actor)
        if mode == "boxes":
            r.boxes = [RoundBox(label=clean(b.label) or f"第 {i} 号票箱", issued=b.issued, returned=b.returned,
                                invalid=b.invalid, votes_json=json.dumps(b.votes, ensure_ascii=False))
                       for i, b in enumerate(entry.boxes or (), 1)]
        else:
            r.ballots = [RoundBallot(serial=clean(b.serial), marks_json=json.dumps(list(b.marks), ensure_ascii=False),
                                     valid=ballot_valid([clean_name(n) for n in b.marks], plan.seats, rules))
                         for b in entry.ballots or ()]
        e.rounds.append(r)
        s.flush()
        rank = len(e.elected)
        by_name = {c.name: c.member_id for c in e.candidates}
        for name in result.elected:
            rank += 1
            member_id = by_name.get(name) or _member_by_name(s, name)
            e.elected.append(ElectionElected(round_id=r.id, member_id=member_id, name=name,
                                             votes=result.votes[name], rank=rank))
        e.status = "done" if result.next_step == "done" else "counting"
        audit.record(s, db.actor, "count", "election", e.id,
                     f"“{e.title}”第 {plan.number} 轮计票：当选 {'、'.join(result.elected) or '无'}；"
                     f"{NEXT_STEP_LABELS[result.next_step]}", asdict(result))
        round_id = r.id
    return get_round(db, round_id)


def _member_by_name(s: Any, name: str) -> int | None:
    """A write-in elected: the member of that name, when exactly one in good standing has it."""
    ids = s.scalars(select(Member.id).where(Member.name == name, Member.status == "active")).all()
    return ids[0] if len(ids) == 1 else None


def undo_last_round(db: Database, election_id: int) -> None:
    """Take back the last round (a keying mistake found before the result was announced)."""
    with db.transaction() as s:
        e = load_election(s, election_id)
        if not e.rounds:
            raise ConflictError(f"选举“{e.title}”还没有计票记录")
        last = e.rounds[-1]
        e.elected = [x for x in e.elected if x.round_id != last.id]
        e.rounds.remove(last)
        e.status = "counting" if e.rounds else "setup"
        audit.record(s, db.actor, "undo", "election", e.id, f"撤销“{e.title}”第 {last.number} 轮计票记录")


def finish_with_fewer_seats(db: Database, election_id: int, note: str) -> ResultView:
    """End the election with seats left empty, as the assembly may agree when a run-off elects nobody
    (committee seats must still be inside the size table). `note` records the assembly's decision."""
    note = clean(note)
    if not note:
        raise ValidationError("请填写大会同意减少名额的说明")
    with db.transaction() as s:
        e = load_election(s, election_id)
        if not e.rounds or e.status == "done":
            raise ConflictError(f"选举“{e.title}”{'已经结束' if e.status == 'done' else '还没有计票'}，无需减少名额")
        elected = len(e.elected)
        if elected == 0:
            raise ValidationError("尚无人当选，不能以减少名额结束选举")
        if e.body == "committee":
            check = check_committee_seats(elected, e.members_count, ElectionRules.from_rules(election_rules(e)))
            if not check.ok:
                raise ValidationError(f"减少名额后委员 {elected} 名，{check.message}，不能减少名额，应另行选举")
        e.status = "done"
        e.notes = (e.notes + "\n" if e.notes else "") + f"经大会同意减少名额：应选 {e.seats} 名，实际当选 {elected} 名。{note}"
        audit.record(s, db.actor, "finish", "election", e.id, f"“{e.title}”经大会同意减少名额，当选 {elected} 名（{note}）")
    return election_result(db, election_id)


# ---- reading ----


@dataclass(frozen=True)
class RoundView:
    id: int
    number: int
    kind: str
    kind_label: str
    mode: str
    seats: int
    candidates: list[str]
    entitled: int
    present: int
    ballots_issued: int
    ballots_returned: int
    invalid_ballots: int
    result: dict[str, Any]
    boxes: list[BoxTally]
    ballots: list[tuple[str, tuple[str, ...], bool]]  # serial, marks, valid
    recorded_by: str

    @property
    def next_step(self) -> str:
        return str(self.result["next_step"])

    @property
    def explanation(self) -> list[str]:
        return list(self.result["explanation"])


def _round_view(r: ElectionRound) -> RoundView:
    return RoundView(
        r.id, r.number, r.kind, ROUND_KINDS.get(r.kind, r.kind), r.mode, r.seats, json.loads(r.candidates_json),
        r.entitled, r.present, r.ballots_issued, r.ballots_returned, r.invalid_ballots, json.loads(r.result_json),
        [BoxTally(b.label, b.issued, b.returned, b.invalid, json.loads(b.votes_json)) for b in r.boxes],
        [(b.serial, tuple(json.loads(b.marks_json)), b.valid) for b in r.ballots], r.recorded_by)


def get_round(db: Database, round_id: int) -> RoundView:
    with db.read() as s:
        r = s.get(ElectionRound, round_id)
        if r is None:
            raise ValidationError(f"找不到计票记录 {round_id}")
        return _round_view(r)


@dataclass(frozen=True)
class ElectedView:
    name: str
    member_id: int | None
    votes: int
    round_number: int
    rank: int


@dataclass(frozen=True)
class ResultView:
    election: Any  # ElectionView
    rounds: list[RoundView]
    elected: list[ElectedView]
    unfilled_seats: int
    finished: bool
    next: RoundPlan
    summary: list[str]


def election_result(db: Database, election_id: int) -> ResultView:
    with db.read() as s:
        e = load_election(s, election_id)
        view = election_view(e)
        rounds = [_round_view(r) for r in e.rounds]
        numbers = {r.id: r.number for r in e.rounds}
        elected = [ElectedView(x.name, x.member_id, x.votes, numbers.get(x.round_id, 0), x.rank) for x in e.elected]
        plan = _plan(e)
    unfilled = max(view.seats - len(elected), 0)
    summary = [f"{view.title}：{view.assembly_label}选举{view.body_label}，应选 {view.seats} 名，"
               f"选举人 {view.entitled} 人，共进行 {len(rounds)} 轮投票。"]
    if elected:
        summary.append("当选：" + "、".join(f"{x.name}（{x.votes} 票）" for x in elected) + "。")
    if view.status == "done":
        summary.append("选举结束。" if not unfilled else f"经大会同意减少名额，实际当选 {len(elected)} 名。")
    elif rounds:
        summary.append(f"尚缺 {unfilled} 名。下一步：{plan.message}。")
    return ResultView(view, rounds, elected, unfilled, view.status == "done", plan, summary)


def default_present(db: Database, election_id: int) -> int:
    """实到会人数 offered for the next round: those present at the last round; before the first, those checked
    in at the election's meeting (when some are, and no more than the electorate); else everyone entitled."""
    r = election_result(db, election_id)
    if r.rounds:
        return int(r.rounds[-1].present)
    entitled = int(r.election.entitled)
    if r.election.meeting_id is not None:
        with db.read() as s:
            present = s.scalar(select(func.count()).select_from(MeetingAttendee).where(
                MeetingAttendee.meeting_id == r.election.meeting_id, MeetingAttendee.entitled,
                MeetingAttendee.present)) or 0
        if 0 < present <= entitled:
            return present
    return entitled
