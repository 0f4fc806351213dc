"""Meetings: the member (representatives') assembly, the committee, the workers' congress and others —
who is expected and who checked in (quorum from the rule set), the agenda, resolutions passed by the rule
set's ratio, and elections held at the meeting. The sign-in sheet and minutes are in meeting_papers.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from unionbook.domain.meetings import MEETING_KINDS, MeetingRules, Quorum, quorum, resolution_vote
from unionbook.domain.member import Status
from unionbook.domain.text import clean, clean_name
from unionbook.errors import FieldProblem, NotFoundError, ValidationError
from unionbook.services.elections.terms import current_term
from unionbook.services.rules.in_force import rules_in_force
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import (
    AgendaItem,
    Election,
    Employer,
    Meeting,
    MeetingAttendee,
    Member,
    Resolution,
)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class MeetingDraft:
    kind: str
    title: str
    date: dt.date
    time: str = ""
    place: str = ""
    host: str = ""
    recorder: str = ""
    notes: str = ""


@dataclass(frozen=True)
class AttendeeView:
    id: int
    member_id: int | None
    name: str
    entitled: bool
    present: bool
    on_leave: bool
    employer: str = ""


@dataclass(frozen=True)
class AgendaView:
    id: int
    position: int
    title: str
    record: str


@dataclass(frozen=True)
class ResolutionView:
    id: int
    position: int
    text: str
    votes_for: int
    votes_against: int
    votes_abstain: int
    entitled: int
    required: int
    passed: bool
    explanation: str


@dataclass(frozen=True)
class MeetingView:
    id: int
    kind: str
    kind_label: str
    title: str
    date: dt.date
    time: str
    place: str
    host: str
    recorder: str
    notes: str
    attendees: list[AttendeeView]
    agenda: list[AgendaView]
    resolutions: list[ResolutionView]
    quorum: Quorum
    elections: list[tuple[int, str]] = field(default_factory=list)  # (id, title)

    @property
    def entitled(self) -> int:
        return self.quorum.entitled

    @property
    def present(self) -> int:
        return self.quorum.present

    @property
    def on_leave(self) -> int:
        return sum(1 for a in self.attendees if a.entitled and a.on_leave and not a.present)

    @property
    def guests(self) -> list[AttendeeView]:
        return [a for a in self.attendees if not a.entitled]


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    kind: str
    kind_label: str
    title: str
    date: dt.date
    place: str
    entitled: int
    present: int


def _validate(draft: MeetingDraft) -> MeetingDraft:
    problems = []
    if draft.kind not in MEETING_KINDS:
        problems.append(FieldProblem("kind", "会议类型", f"“{draft.kind}”无效，可选：{'、'.join(MEETING_KINDS.values())}"))
    if not clean(draft.title):
        problems.append(FieldProblem("title", "会议名称", "不能为空"))
    if not isinstance(draft.date, dt.date):
        problems.append(FieldProblem("date", "会议日期", "应为日期"))
    if problems:
        raise ValidationError(problems)
    return MeetingDraft(draft.kind, clean(draft.title), draft.date, clean(draft.time), clean(draft.place),
                        clean_name(draft.host), clean_name(draft.recorder), clean(draft.notes))


def default_attendees(db: Database, kind: str) -> list[int]:
    """Who is expected by default: every member with the vote for a member assembly, the sitting committee
    for a committee meeting; representatives and congress delegates are chosen by hand."""
    if kind == "member_assembly":
        with db.read() as s:
            return list(s.scalars(select(Member.id).where(Member.status == Status.ACTIVE.value)
                                  .order_by(Member.name_pinyin, Member.id)))
    if kind == "committee":
        term = current_term(db, "committee")
        return [h.member_id for h in term.holders if h.member_id is not None and h.left_on is None] if term else []
    return []


def _add_attendees(s: Session, meeting: Meeting, member_ids: Sequence[int], entitled: bool = True) -> int:
    have = {a.member_id for a in meeting.attendees}
    wanted = [i for i in dict.fromkeys(member_ids) if i not in have]
    found: dict[int, Member] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update((m.id, m) for m in s.scalars(select(Member).where(Member.id.in_(chunk))))
    missing = [str(i) for i in wanted if i not in found]
    if missing:
        raise NotFoundError(f"找不到会员：{'、'.join(missing[:10])}")
    for i in wanted:
        m = found[i]
        # a kept member (保留会籍) may sit in but has no vote: not counted toward the quorum
        counts = entitled and Status(m.status) is Status.ACTIVE
        meeting.attendees.append(MeetingAttendee(member_id=m.id, name=m.name, entitled=counts))
    return len(wanted)


def add_meeting(db: Database, draft: MeetingDraft, attendees: Sequence[int] | None = None) -> MeetingView:
    """Record a meeting; `attendees` (member ids) are those expected — by default as default_attendees."""
    draft = _validate(draft)
    expected = default_attendees(db, draft.kind) if attendees is None else list(attendees)
    with db.transaction() as s:
        m = Meeting(kind=draft.kind, title=draft.title, date=draft.date, time=draft.time, place=draft.place,
                    host=draft.host, recorder=draft.recorder, notes=draft.notes)
        s.add(m)
        _add_attendees(s, m, expected)
        s.flush()
        audit.record(s, db.actor, "create", "meeting", m.id,
                     f"登记会议“{m.title}”（{MEETING_KINDS[m.kind]}，{m.date.isoformat()}），应到 {len(m.attendees)} 人")
        meeting_id = m.id
    return get_meeting(db, meeting_id)


def update_meeting(db: Database, meeting_id: int, draft: MeetingDraft) -> MeetingView:
    draft = _validate(draft)
    with db.transaction() as s:
        m = _load(s, meeting_id)
        for key in ("kind", "title", "date", "time", "place", "host", "recorder", "notes"):
            setattr(m, key, getattr(draft, key))
        audit.record(s, db.actor, "update", "meeting", meeting_id, f"修改会议“{m.title}”")
    return get_meeting(db, meeting_id)


def delete_meeting(db: Database, meeting_id: int) -> None:
    with db.transaction() as s:
        m = _load(s, meeting_id)
        audit.record(s, db.actor, "delete", "meeting", meeting_id, f"删除会议“{m.title}”（{m.date.isoformat()}）")
        s.delete(m)


def _load(s: Session, meeting_id: int) -> Meeting:
    m = s.get(Meeting, meeting_id)
    if m is None:
        raise NotFoundError(f"找不到会议 {meeting_id}")
    return m


def _quorum(m: Meeting, rules: MeetingRules) -> Quorum:
    entitled = sum(1 for a in m.attendees if a.entitled)
    present = sum(1 for a in m.attendees if a.entitled and a.present)
    return quorum(rules, entitled, present)


def get_meeting(db: Database, meeting_id: int) -> MeetingView:
    rs = rules_in_force(db)
    with db.read() as s:
        m = _load(s, meeting_id)
        ids = [a.member_id for a in m.attendees if a.member_id is not None]
        employers: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            employers.update(s.execute(select(Member.id, Employer.name).join(Employer, Member.employer_id == Employer.id)
                                       .where(Member.id.in_(ids[start:start + 500]))).tuples().all())
        elections = [(e.id, e.title) for e in s.scalars(select(Election).where(Election.meeting_id == m.id)
                                                         .order_by(Election.id))]
        rules = MeetingRules.for_kind(m.kind, rs)
        return MeetingView(
            m.id, m.kind, MEETING_KINDS.get(m.kind, m.kind), m.title, m.date, m.time, m.place, m.host, m.recorder,
            m.notes,
            [AttendeeView(a.id, a.member_id, a.name, a.entitled, a.present, a.on_leave,
                          employers.get(a.member_id, "") if a.member_id else "") for a in m.attendees],
            [AgendaView(a.id, a.position, a.title, a.record) for a in m.agenda],
            [ResolutionView(r.id, r.position, r.text, r.votes_for, r.votes_against, r.votes_abstain, r.entitled,
                            r.required, r.passed, r.explanation) for r in m.resolutions],
            _quorum(m, rules), elections)


def list_meetings(db: Database) -> list[MeetingSummary]:
    with db.read() as s:
        # counted in SQL: a member assembly of a large union expects thousands
        counts = {mid: (int(e or 0), int(p or 0)) for mid, e, p in s.execute(
            select(MeetingAttendee.meeting_id, func.sum(case((MeetingAttendee.entitled, 1), else_=0)),
                   func.sum(case((MeetingAttendee.entitled & MeetingAttendee.present, 1), else_=0)))
            .group_by(MeetingAttendee.meeting_id))}
        return [MeetingSummary(m.id, m.kind, MEETING_KINDS.get(m.kind, m.kind), m.title, m.date, m.place,
                               *counts.get(m.id, (0, 0)))
                for m in s.scalars(select(Meeting).order_by(Meeting.date.desc(), Meeting.id.desc()))]


# ---- attendance ----


def add_attendees(db: Database, meeting_id: int, member_ids: Sequence[int], *, entitled: bool = True) -> MeetingView:
    """Add people expected (or, with entitled=False, sitting in: 列席, not counted toward the quorum)."""
    with db.transaction() as s:
        m = _load(s, meeting_id)
        n = _add_attendees(s, m, member_ids, entitled)
        audit.record(s, db.actor, "update", "meeting", meeting_id, f"会议“{m.title}”增加{'应到' if entitled else '列席'}人员 {n} 人")
    return get_meeting(db, meeting_id)


def add_guest(db: Database, meeting_id: int, name: str) -> MeetingView:
    """Someone not on the roster sitting in (a guest from the upper union): present, not counted."""
    name = clean_name(name)
    if not name:
        raise ValidationError([FieldProblem("name", "列席人员", "姓名不能为空")])
    with db.transaction() as s:
        m = _load(s, meeting_id)
        m.attendees.append(MeetingAttendee(name=name, entitled=False, present=True, checked_at=_now()))
        audit.record(s, db.actor, "update", "meeting", meeting_id, f"会议“{m.title}”列席：{name}")
    return get_meeting(db, meeting_id)


def check_in(db: Database, meeting_id: int, attendee_ids: Sequence[int], *, present: bool = True,
             on_leave: bool = False) -> Quorum:
    """Mark attendees present (or not, or on leave); returns the quorum as it now stands."""
    rs = rules_in_force(db)
    with db.transaction() as s:
        m = _load(s, meeting_id)
        by_id = {a.id: a for a in m.attendees}
        unknown = [str(i) for i in attendee_ids if i not in by_id]
        if unknown:
            raise NotFoundError(f"会议“{m.title}”的应到人员中没有：{'、'.join(unknown[:10])}")
        now = _now()
        for i in attendee_ids:
            a = by_id[i]
            a.present = present
            a.on_leave = on_leave and not present
            a.checked_at = now if present else None
        result = _quorum(m, MeetingRules.for_kind(m.kind, rs))
    return result


def check_in_all(db: Database, meeting_id: int) -> Quorum:
    """全部到会: everyone listed (those expected and the guests) is marked present, except those on leave,
    whose leave stands; returns the quorum as it now stands."""
    rs = rules_in_force(db)
    with db.transaction() as s:
        m = _load(s, meeting_id)
        now = _now()
        for a in m.attendees:
            if not a.on_leave:
                a.present = True
                a.checked_at = now
        return _quorum(m, MeetingRules.for_kind(m.kind, rs))


def check_in_member(db: Database, meeting_id: int, key: int | str) -> AttendeeView:
    """Check in by member id, card number or ID number (a card reader at the door)."""
    from unionbook.services.members.records import get_member

    member = get_member(db, key)
    meeting = get_meeting(db, meeting_id)
    found = next((a for a in meeting.attendees if a.member_id == member.id), None)
    if found is None:
        raise NotFoundError(f"“{member.name}”不在会议“{meeting.title}”的应到人员名单中")
    check_in(db, meeting_id, [found.id])
    return AttendeeView(found.id, found.member_id, found.name, found.entitled, True, False)


# ---- agenda and resolutions ----


def set_agenda(db: Database, meeting_id: int, items: Sequence[tuple[str, str]]) -> MeetingView:
    """Replace the agenda: (title, record) per item, in order."""
    problems = [FieldProblem("agenda", f"第 {i} 项议程", "标题不能为空") for i, (t, _) in enumerate(items, 1)
                if not clean(t)]
    if problems:
        raise ValidationError(problems)
    with db.transaction() as s:
        m = _load(s, meeting_id)
        m.agenda = [AgendaItem(position=i, title=clean(t), record=r.strip()) for i, (t, r) in enumerate(items, 1)]
        audit.record(s, db.actor, "update", "meeting", meeting_id, f"会议“{m.title}”议程 {len(items)} 项")
    return get_meeting(db, meeting_id)


def add_resolution(db: Database, meeting_id: int, text: str, votes_for: int, votes_against: int = 0,
                   votes_abstain: int = 0) -> ResolutionView:
    """Record a vote; whether it passed is decided by the rule set's ratio of all entitled to vote."""
    text = clean(text)
    if not text:
        raise ValidationError([FieldProblem("text", "决议内容", "不能为空")])
    rs = rules_in_force(db)
    with db.transaction() as s:
        m = _load(s, meeting_id)
        rules = MeetingRules.for_kind(m.kind, rs)
        q = _quorum(m, rules)
        if not q.met:
            raise ValidationError(f"会议“{m.title}”{q.message}")
        vote = resolution_vote(rules, votes_for, votes_against, votes_abstain, q.entitled, q.present)
        r = Resolution(position=len(m.resolutions) + 1, text=text, votes_for=votes_for, votes_against=votes_against,
                       votes_abstain=votes_abstain, entitled=q.entitled, required=vote.required, passed=vote.passed,
                       explanation=vote.message)
        m.resolutions.append(r)
        s.flush()
        audit.record(s, db.actor, "create", "resolution", r.id,
                     f"会议“{m.title}”表决“{text}”：{vote.message}")
        view = ResolutionView(r.id, r.position, r.text, r.votes_for, r.votes_against, r.votes_abstain, r.entitled,
                              r.required, r.passed, r.explanation)
    return view


def delete_resolution(db: Database, meeting_id: int, resolution_id: int) -> MeetingView:
    with db.transaction() as s:
        m = _load(s, meeting_id)
        r = next((r for r in m.resolutions if r.id == resolution_id), None)
        if r is None:
            raise NotFoundError(f"会议“{m.title}”中没有此决议（{resolution_id}）")
        m.resolutions.remove(r)
        for i, other in enumerate(m.resolutions, 1):
            other.position = i
        audit.record(s, db.actor, "delete", "resolution", resolution_id, f"删除会议“{m.title}”的决议“{r.text}”")
    return get_meeting(db, meeting_id)


def link_election(db: Database, meeting_id: int, election_id: int) -> MeetingView:
    with db.transaction() as s:
        m = _load(s, meeting_id)
        e = s.get(Election, election_id)
        if e is None:
            raise NotFoundError(f"找不到选举 {election_id}")
        e.meeting_id = m.id
        audit.record(s, db.actor, "update", "meeting", meeting_id, f"会议“{m.title}”关联选举“{e.title}”")
    return get_meeting(db, meeting_id)
