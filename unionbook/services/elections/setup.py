"""Setting up an election: what is elected and by which assembly, the electorate from the roster, seats
checked against the size table, candidates in surname stroke order with the competitive-margin and
composition checks. Counting the rounds is election_count.py; the papers, election_papers.py.

The rules in force at setup are frozen into the election (`rules_json`): an override made later does not
change how a recorded election is counted.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionbook.domain.composition import CompositionLine, Counts, check_composition
from unionbook.domain.election_rules import (
    ASSEMBLY_KINDS,
    Check,
    ElectionRules,
    check_assembly_kind,
    check_committee_seats,
    check_margin,
    check_representatives,
    women_committee_required,
)
from unionbook.domain.member import Status
from unionbook.domain.offices import ElectionBody, ElectionStatus
from unionbook.domain.strokes import stroke_key
from unionbook.domain.text import clean
from unionbook.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from unionbook.rules import RuleSet
from unionbook.rules.loader import parse_ratio
from unionbook.services.elections.eligibility import eligibility_problems
from unionbook.services.rules.in_force import rules_in_force
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import Election, ElectionCandidate, ElectionVoter, Employer, Meeting, Member

ELECTION_BODIES = ElectionBody.labels()  # value → label (domain/offices.py)
MARGIN_BODY = {"committee": "committee", "funds_audit": "committee", "women": "committee", "standing": "standing",
               "chair": "chair", "vice_chair": "chair"}
STATUS_LABELS = ElectionStatus.labels()


class FrozenRules:
    """The rule values an election was set up under (anything the domain reads: rs[key], rs.ratio(key))."""

    def __init__(self, values: dict[str, Any], rule_set: str = "") -> None:
        self.values = values
        self.id = rule_set

    def __getitem__(self, key: str) -> Any:
        try:
            return self.values[key]
        except KeyError:
            raise ValidationError(f"本次选举保存的规则中没有“{key}”") from None

    def ratio(self, key: str) -> Fraction:
        return parse_ratio(self[key], key)


def freeze(rs: RuleSet) -> dict[str, Any]:
    return {k: e.value for k, e in rs.entries.items() if k.startswith(("election.", "assembly.", "membership."))}


def election_rules(e: Election) -> FrozenRules:
    return FrozenRules(json.loads(e.rules_json or "{}"), e.rule_set)


# ---- setup ----


@dataclass(frozen=True)
class ElectionDraft:
    title: str
    body: str
    assembly_kind: str
    date: dt.date
    seats: int
    place: str = ""
    meeting_id: int | None = None
    representatives: tuple[int, ...] = ()  # member ids, for a representatives' assembly
    term_years: int | None = None
    notes: str = ""
    override_note: str = ""  # why a failed seat or representatives check is accepted


@dataclass(frozen=True)
class SetupReport:
    members: int  # on the books (在册 + 保留会籍): the size table's input
    active: int  # 在册: the member assembly's electorate
    kept: int  # 保留会籍: no vote
    electorate: int
    problems: list[FieldProblem]  # error: refused; warning: accepted with a note; notice: for information
    checks: list[Check] = field(default_factory=list)

    @property
    def blocking(self) -> list[FieldProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[FieldProblem]:
        return [p for p in self.problems if p.severity == "warning"]


def _member_counts(s: Session) -> tuple[int, int]:
    rows = dict(s.execute(select(Member.status, func.count()).where(
        Member.status.in_([Status.ACTIVE.value, Status.KEPT.value])).group_by(Member.status)).tuples().all())
    return int(rows.get(Status.ACTIVE.value, 0)), int(rows.get(Status.KEPT.value, 0))


def _representatives(s: Session, ids: Sequence[int]) -> tuple[list[Member], list[FieldProblem]]:
    found = {m.id: m for m in s.scalars(select(Member).where(Member.id.in_(list(ids))))} if ids else {}
    problems = []
    out = []
    for i in dict.fromkeys(ids):
        m = found.get(i)
        if m is None:
            problems.append(FieldProblem("representatives", "会员代表", f"找不到会员编号 {i}"))
        elif Status(m.status) is not Status.ACTIVE:
            problems.append(FieldProblem("representatives", "会员代表",
                                         f"“{m.name}”的会籍状态为{Status(m.status).label}，没有选举权"))
        else:
            out.append(m)
    return out, problems


def check_setup(db: Database, draft: ElectionDraft, rs: RuleSet | None = None) -> SetupReport:
    """Every check of the setup, without writing: the GUI shows them live, create_election enforces them."""
    rs = rs or rules_in_force(db)
    rules = ElectionRules.from_rules(rs)
    problems: list[FieldProblem] = []
    checks: list[Check] = []
    with db.read() as s:
        active, kept = _member_counts(s)
        reps, rep_problems = _representatives(s, draft.representatives)
        women = int(s.execute(select(func.count()).where(Member.status == Status.ACTIVE.value,
                                                         Member.gender == "女")).scalar_one())
        if draft.meeting_id is not None and s.get(Meeting, draft.meeting_id) is None:
            problems.append(FieldProblem("meeting_id", "选举大会", f"找不到会议 {draft.meeting_id}"))
    members = active + kept
    if not clean(draft.title):
        problems.append(FieldProblem("title", "选举名称", "不能为空"))
    if draft.body not in ELECTION_BODIES:
        problems.append(FieldProblem("body", "选举对象", f"“{draft.body}”无效，可选：{'、'.join(ELECTION_BODIES.values())}"))
    if draft.assembly_kind not in ASSEMBLY_KINDS:
        problems.append(FieldProblem("assembly_kind", "选举大会", f"应为{'或'.join(ASSEMBLY_KINDS.values())}"))
        raise ValidationError(problems)

    kind_check = check_assembly_kind(draft.assembly_kind, members, rules)
    checks.append(kind_check)
    if not kind_check.ok:
        problems.append(FieldProblem("assembly_kind", "选举大会", kind_check.message))

    if draft.assembly_kind == "member":
        electorate = active
        if draft.representatives:
            problems.append(FieldProblem("representatives", "会员代表", "会员大会由全体有选举权的会员选举，不需选择代表",
                                         severity="notice"))
    else:
        electorate = len(reps)
        problems += rep_problems
        if not draft.representatives:
            problems.append(FieldProblem("representatives", "会员代表", "会员代表大会选举须先选定会员代表"))
        else:
            rep_check = check_representatives(len(reps), members, rules)
            checks.append(rep_check)
            if not rep_check.ok:
                problems.append(FieldProblem("representatives", "会员代表人数", rep_check.message, severity="warning"))
    if kept:
        problems.append(FieldProblem("electorate", "选举人", f"保留会籍会员 {kept} 人没有选举权，不计入选举人",
                                     severity="notice"))
    if draft.body == "standing" and rules.standing_requires_approval:
        problems.append(FieldProblem("body", "选举对象", "设立常务委员会须经上一级工会批准（中国工会章程第二十七条），请附批复文号",
                                     severity="notice"))
    if electorate == 0 and draft.assembly_kind == "member":
        problems.append(FieldProblem("electorate", "选举人", "没有在册会员，无法选举"))

    if draft.seats < 1:
        problems.append(FieldProblem("seats", "应选名额", "至少为 1 名"))
    elif draft.body == "committee":
        seat_check = check_committee_seats(draft.seats, members, rules)
        checks.append(seat_check)
        if not seat_check.ok:
            problems.append(FieldProblem("seats", "应选名额", seat_check.message, severity="warning"))
    elif draft.body == "chair" and draft.seats != 1:
        problems.append(FieldProblem("seats", "应选名额", f"工会主席只选一名，现为 {draft.seats} 名"))
    elif draft.body == "representatives":
        rep_check = check_representatives(draft.seats, members, rules)
        checks.append(rep_check)
        if not rep_check.ok:
            problems.append(FieldProblem("seats", "应选名额", rep_check.message, severity="warning"))
    if electorate and draft.seats > electorate:
        problems.append(FieldProblem("seats", "应选名额", f"{draft.seats} 名，多于选举人 {electorate} 人"))
    if draft.body == "women" and not women_committee_required(women, rules):
        problems.append(FieldProblem("body", "女职工委员会", f"女会员 {women} 人，不足 {rules.women_committee_min_female} 人，"
                                                        "按规定设女职工委员一人，可不建女职工委员会", severity="warning"))
    years = rs["election.term_years"]
    if draft.term_years is not None and draft.term_years not in years:
        problems.append(FieldProblem("term_years", "任期", f"{draft.term_years} 年不符合规定（应为 {'或'.join(map(str, years))} 年）"))
    return SetupReport(members, active, kept, electorate, problems, checks)


def create_election(db: Database, draft: ElectionDraft) -> ElectionView:
    """Set up an election and snapshot its electorate. Errors refuse; warnings (seats outside the size table,
    whose numbers are not all confirmed) are accepted only with `override_note`, which is recorded."""
    rs = rules_in_force(db)
    report = check_setup(db, draft, rs)
    note = clean(draft.override_note)
    refused = report.blocking + ([] if note else report.warnings)
    if refused:
        error = ValidationError(refused)
        if not report.blocking:
            error.message += "。如确认无误（如经上级工会同意），请填写说明后继续。"
        raise error
    with db.transaction() as s:
        if draft.assembly_kind == "member":
            voters = s.execute(select(Member.id, Member.name).where(Member.status == Status.ACTIVE.value)
                               .order_by(Member.name_pinyin, Member.id)).tuples().all()
        else:
            reps, _ = _representatives(s, draft.representatives)
            voters = [(m.id, m.name) for m in reps]
        e = Election(
            title=clean(draft.title), body=draft.body, assembly_kind=draft.assembly_kind, meeting_id=draft.meeting_id,
            date=draft.date, place=clean(draft.place), seats=draft.seats, members_count=report.members,
            entitled=len(voters), status="setup", rule_set=rs.id, rules_json=json.dumps(freeze(rs), ensure_ascii=False),
            term_years=draft.term_years, override_note=note if report.warnings else "", notes=clean(draft.notes),
        )
        s.add(e)
        s.flush()
        s.add_all(ElectionVoter(election_id=e.id, member_id=mid, name=name) for mid, name in voters)
        audit.record(s, db.actor, "create", "election", e.id,
                     f"设立选举“{e.title}”：{ASSEMBLY_KINDS[e.assembly_kind]}选举{ELECTION_BODIES[e.body]} {e.seats} 名，"
                     f"选举人 {len(voters)} 人", {"warnings": [p.text() for p in report.warnings], "note": note})
        election_id = e.id
    return get_election(db, election_id)


# ---- reading ----


@dataclass(frozen=True)
class CandidateView:
    id: int
    name: str
    member_id: int | None
    gender: str
    birth_date: dt.date | None
    employer: str
    job: str
    political_status: str
    frontline: bool
    model_worker: bool
    position: int


@dataclass(frozen=True)
class ElectionView:
    id: int
    title: str
    body: str
    body_label: str
    assembly_kind: str
    assembly_label: str
    meeting_id: int | None
    date: dt.date
    place: str
    seats: int
    members_count: int
    entitled: int
    status: str
    status_label: str
    rule_set: str
    term_years: int | None
    override_note: str
    notes: str
    candidates: list[CandidateView]
    rounds: int


def _candidate_view(c: ElectionCandidate) -> CandidateView:
    return CandidateView(c.id, c.name, c.member_id, c.gender, c.birth_date, c.employer, c.job, c.political_status,
                         c.frontline, c.model_worker, c.position)


def election_view(e: Election) -> ElectionView:
    return ElectionView(
        e.id, e.title, e.body, ELECTION_BODIES.get(e.body, e.body), e.assembly_kind,
        ASSEMBLY_KINDS.get(e.assembly_kind, e.assembly_kind), e.meeting_id, e.date, e.place, e.seats, e.members_count,
        e.entitled, e.status, STATUS_LABELS.get(e.status, e.status), e.rule_set, e.term_years, e.override_note,
        e.notes, [_candidate_view(c) for c in e.candidates], len(e.rounds))


def load_election(s: Session, election_id: int) -> Election:
    e = s.get(Election, election_id)
    if e is None:
        raise NotFoundError(f"找不到选举 {election_id}")
    return e


def get_election(db: Database, election_id: int) -> ElectionView:
    with db.read() as s:
        return election_view(load_election(s, election_id))


def list_elections(db: Database) -> list[ElectionView]:
    with db.read() as s:
        return [election_view(e) for e in s.scalars(select(Election).order_by(Election.date.desc(), Election.id.desc()))]


def voters(db: Database, election_id: int) -> list[tuple[int | None, str]]:
    with db.read() as s:
        load_election(s, election_id)
        return [(v.member_id, v.name) for v in s.scalars(
            select(ElectionVoter).where(ElectionVoter.election_id == election_id).order_by(ElectionVoter.id))]


def delete_election(db: Database, election_id: int) -> None:
    with db.transaction() as s:
        e = load_election(s, election_id)
        audit.record(s, db.actor, "delete", "election", election_id, f"删除选举“{e.title}”（含 {len(e.rounds)} 轮计票记录）")
        s.delete(e)


# ---- candidates ----


@dataclass(frozen=True)
class CandidateReport:
    candidates: list[CandidateView]
    margin: Check
    composition: list[CompositionLine]
    members: Counts

    @property
    def warnings(self) -> list[str]:
        out = [] if self.margin.ok else [self.margin.message]
        return out + [c.message for c in self.composition if not c.ok]


def set_candidates(db: Database, election_id: int, member_ids: Sequence[int]) -> CandidateReport:
    """Replace the candidate list with these members, in surname stroke order. Only members in good standing
    (在册) may stand; a list cannot change once counting has started."""
    problems: list[FieldProblem] = []
    with db.transaction() as s:
        e = load_election(s, election_id)
        if e.rounds:
            raise ConflictError(f"选举“{e.title}”已开始计票，不能再修改候选人")
        found = {m.id: m for m in s.scalars(select(Member).where(Member.id.in_(list(member_ids))))} if member_ids else {}
        chosen: list[Member] = []
        names: set[str] = set()
        for mid in dict.fromkeys(member_ids):
            m = found.get(mid)
            if m is None:
                problems.append(FieldProblem("candidates", "候选人", f"找不到会员编号 {mid}"))
            elif Status(m.status) is not Status.ACTIVE:
                problems.append(FieldProblem("candidates", m.name, f"会籍状态为{Status(m.status).label}，没有被选举权"))
            elif m.name in names:
                problems.append(FieldProblem("candidates", m.name, "与另一名候选人同名，请在选票上加注区分（如单位）后再录入"))
            else:
                names.add(m.name)
                chosen.append(m)
        problems += eligibility_problems(s, e.body, chosen, election_rules(e))
        if problems:
            raise ValidationError(problems)
        chosen.sort(key=lambda m: (stroke_key(m.name), m.id))
        employers = dict(s.execute(select(Employer.id, Employer.name)).tuples().all())
        e.candidates.clear()
        s.flush()  # the old rows go first: (election, name) is unique and the new list may repeat names
        e.candidates = [ElectionCandidate(
            member_id=m.id, name=m.name, gender=m.gender, birth_date=m.birth_date,
            employer=employers.get(m.employer_id, "") if m.employer_id else "", job=m.job,
            political_status=m.political_status, frontline=m.frontline, model_worker=m.model_worker, position=i)
            for i, m in enumerate(chosen, 1)]
        audit.record(s, db.actor, "update", "election", election_id,
                     f"确定选举“{e.title}”候选人 {len(chosen)} 名：{'、'.join(m.name for m in chosen)}")
    return candidate_report(db, election_id)


def candidate_report(db: Database, election_id: int) -> CandidateReport:
    with db.read() as s:
        e = load_election(s, election_id)
        rs = election_rules(e)
        cands = [_candidate_view(c) for c in e.candidates]
        rows = s.execute(select(Member.gender, Member.frontline, Member.model_worker)
                         .where(Member.status == Status.ACTIVE.value)).all()
        body, seats = e.body, e.seats
    members = Counts(len(rows), sum(r[0] == "女" for r in rows), sum(bool(r[1]) for r in rows),
                     sum(bool(r[2]) for r in rows))
    rules = ElectionRules.from_rules(rs)
    if body == "representatives":
        margin = Check(True, f"会员代表 {seats} 名，候选人 {len(cands)} 名（代表按选举单位差额选举，请在各选举单位核对）",
                       {"required": seats, "seats": seats, "candidates": len(cands)})
    else:
        margin = check_margin(seats, len(cands), rules, MARGIN_BODY.get(body, "committee"))
    composition = check_composition(Counts.of(cands), members, rs, "representatives" if body == "representatives"
                                    else "committee")
    return CandidateReport(cands, margin, composition, members)

