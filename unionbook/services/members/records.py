"""The member register: add, edit, look up, change status. Reading many rows for the roster: roster.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionbook.domain.ids import mask_id_number
from unionbook.domain.member import (
    FIELD_LABELS,
    REASON_REQUIRED,
    CleanMember,
    Event,
    MemberDraft,
    Status,
    next_status,
    search_key,
    validate_member,
)
from unionbook.domain.pinyin import pinyin_keys
from unionbook.domain.text import clean
from unionbook.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from unionbook.services.members.roster import RosterQuery, count_members, list_member_ids, sqlite_connection
from unionbook.services.members.views import MemberView, member_id_for, member_views
from unionbook.services.union import audit
from unionbook.services.union.periods import check_open
from unionbook.store import Database
from unionbook.store.models import Employer, Member, MemberEvent

__all__ = [
    "AddResult",
    "EventView",
    "MemberView",
    "RosterQuery",
    "StatusChange",
    "add_member",
    "count_members",
    "draft_of",
    "get_member",
    "list_members",
    "member_history",
    "member_row",
    "set_status",
    "update_member",
]


def view_of(m: Member) -> MemberView:
    return MemberView(
        id=m.id, name=m.name, gender=m.gender, ethnicity=m.ethnicity, id_number=m.id_number,
        birth_date=m.birth_date, phone=m.phone, employer=m.employer.name if m.employer else "",
        employer_id=m.employer_id, job=m.job, education=m.education, political_status=m.political_status,
        household_type=m.household_type, employment_form=m.employment_form, migrant_worker=m.migrant_worker,
        group=m.group_name, frontline=m.frontline, model_worker=m.model_worker, hardship=m.hardship,
        card_number=m.card_number, join_date=m.join_date, status=Status(m.status), status_date=m.status_date,
        notes=m.notes,
    )


def draft_of(view: MemberView) -> MemberDraft:
    """The editable form of a member, for the editor dialog."""
    return MemberDraft(
        name=view.name, id_number=view.id_number, gender=view.gender, birth_date=view.birth_date,
        ethnicity=view.ethnicity, phone=view.phone, employer=view.employer, job=view.job,
        education=view.education, political_status=view.political_status, household_type=view.household_type,
        employment_form=view.employment_form, migrant_worker=view.migrant_worker, group=view.group,
        frontline=view.frontline, model_worker=view.model_worker, hardship=view.hardship,
        card_number=view.card_number, join_date=view.join_date, notes=view.notes,
    )


# ---- reading ----

def _find(s: Session, key: int | str) -> Member | None:
    mid = member_id_for(sqlite_connection(s), key)  # the one rule for what a key names (views.py)
    return None if mid is None else s.get(Member, mid)


def get_member(db: Database, key: int | str) -> MemberView:
    """A member by database id, card number or ID number."""
    with db.read() as s:
        m = _find(s, key)
        if m is None:
            raise NotFoundError(f"找不到会员“{key}”（可用会员编号、会员证号或身份证号查找）")
        return view_of(m)


def list_members(db: Database, query: RosterQuery | None = None, offset: int = 0,
                 limit: int | None = None) -> list[MemberView]:
    query = query or RosterQuery()
    with db.read() as s:
        return member_views(sqlite_connection(s), list_member_ids(s, query, offset, limit))


def member_ids(db: Database, query: RosterQuery | None = None) -> list[int]:
    """Every member id `query` selects, in its order (the members a form is printed for)."""
    with db.read() as s:
        return list_member_ids(s, query or RosterQuery())


# ---- writing ----

def _employer_id(s: Session, name: str) -> int | None:
    if not name:
        return None
    found = s.scalars(select(Employer.id).where(Employer.name == name)).first()
    if found is not None:
        return found
    employer = Employer(name=name)
    s.add(employer)
    s.flush()
    return employer.id


def member_row(c: CleanMember, employer_id: int | None) -> dict[str, Any]:
    """The stored columns of a validated member, keys included; shared by the editor, import and demo."""
    keys = pinyin_keys(c.name)
    number = c.resident_id.number
    return {
        "name": c.name, "gender": c.resident_id.gender, "ethnicity": c.ethnicity, "id_number": number,
        "birth_date": c.resident_id.birth_date, "phone": c.phone, "employer_id": employer_id, "job": c.job,
        "education": c.education, "political_status": c.political_status, "household_type": c.household_type,
        "employment_form": c.employment_form, "migrant_worker": c.migrant_worker, "group_name": c.group,
        "frontline": c.frontline, "model_worker": c.model_worker, "hardship": c.hardship,
        "card_number": c.card_number, "join_date": c.join_date, "notes": c.notes,
        "name_initials": keys.initials, "name_pinyin": keys.full,
        "search_key": search_key(c.name, number, c.phone, c.card_number, keys.initials, keys.full),
    }


def _check_unique(s: Session, clean_member: CleanMember, exclude_id: int | None = None) -> None:
    number = clean_member.resident_id.number
    other = s.scalars(select(Member).where(Member.id_number == number)).first()
    if other is not None and other.id != exclude_id:
        card = f"，会员证号 {other.card_number}" if other.card_number else ""
        raise ConflictError(
            f"身份证号 {mask_id_number(number)} 已登记为会员“{other.name}”（编号 {other.id}{card}，"
            f"状态：{Status(other.status).label}），不能重复登记。",
            details={"member_id": other.id, "field": "id_number"},
        )
    if clean_member.card_number:
        other = s.scalars(select(Member).where(Member.card_number == clean_member.card_number)).first()
        if other is not None and other.id != exclude_id:
            raise ConflictError(
                f"会员证号 {clean_member.card_number} 已被会员“{other.name}”（编号 {other.id}）使用。",
                details={"member_id": other.id, "field": "card_number"},
            )


def _validated(draft: MemberDraft) -> CleanMember:
    clean_member, problems = validate_member(draft)
    if clean_member is None:
        raise ValidationError([p for p in problems if p.severity == "error"] or problems)
    return clean_member


@dataclass(frozen=True)
class AddResult:
    member_id: int
    warnings: list[FieldProblem]


def add_member(
    db: Database,
    draft: MemberDraft,
    *,
    event: Event = Event.JOIN,
    event_date: dt.date | None = None,
    other_union: str = "",
    doc_ref: str = "",
) -> AddResult:
    """Register a new member who joins (入会) or transfers in (转入); warnings are returned, not refused."""
    if event not in (Event.JOIN, Event.TRANSFER_IN):
        raise ValidationError("新登记会员只能办理“入会”或“转入”")
    event_date = event_date or draft.join_date or dt.date.today()
    if event_date > dt.date.today():
        raise ValidationError([FieldProblem("event_date", "办理日期", "晚于今天")])
    c = _validated(draft)
    if event_date < c.resident_id.birth_date:
        # validate_member checks a typed join date; the event date (which may become it) is checked here
        raise ValidationError([FieldProblem("event_date", "办理日期",
                                            f"{event_date.isoformat()}早于出生日期{c.resident_id.birth_date.isoformat()}")])
    if c.join_date is None and event == Event.JOIN:
        c.join_date = event_date
    with db.transaction() as s:
        check_open(s, event_date, f"“{event.label}”")
        _check_unique(s, c)
        row = member_row(c, _employer_id(s, c.employer))
        member = Member(**row, status=Status.ACTIVE.value, status_date=event_date)
        s.add(member)
        s.flush()
        s.add(MemberEvent(member_id=member.id, event=event.value, from_status=None,
                          to_status=Status.ACTIVE.value, date=event_date, other_union=clean(other_union),
                          doc_ref=clean(doc_ref), recorded_by=db.actor))
        audit.record(s, db.actor, "create", "member", member.id, f"登记会员“{c.name}”（{event.label}）",
                     {"warnings": [p.text() for p in c.warnings]})
        return AddResult(member.id, c.warnings)


def update_member(db: Database, member_id: int, draft: MemberDraft) -> tuple[list[str], list[FieldProblem]]:
    """Save edited fields. Returns the labels of changed fields and the warnings. Status is not edited here."""
    c = _validated(draft)
    with db.transaction() as s:
        member = s.get(Member, member_id)
        if member is None:
            raise NotFoundError(f"找不到编号为 {member_id} 的会员")
        _check_unique(s, c, exclude_id=member_id)
        row = member_row(c, _employer_id(s, c.employer))
        changes: dict[str, tuple[Any, Any]] = {}
        for key, value in row.items():
            old = getattr(member, key)
            if old != value:
                changes[key] = (old, value)
                setattr(member, key, value)
        labels = [_label(k) for k in changes if k not in DERIVED_COLUMNS]
        if changes:
            member.updated_at = dt.datetime.now().replace(microsecond=0)
            audit.record(s, db.actor, "update", "member", member_id,
                         f"修改会员“{member.name}”：{'、'.join(labels)}",
                         _audit_detail(changes))
        return labels, c.warnings


DERIVED_COLUMNS = frozenset({"name_initials", "name_pinyin", "search_key"})


def _audit_detail(changes: dict[str, tuple[Any, Any]]) -> dict[str, Any]:
    """Before/after for the change history: ID numbers masked (the history is read more widely than the
    register) and the derived search keys left out."""
    detail: dict[str, Any] = {}
    for key, (old, new) in changes.items():
        if key in DERIVED_COLUMNS:
            continue
        if key == "id_number":
            old, new = mask_id_number(old), mask_id_number(new)
        detail[key] = {"old": old, "new": new}
    return detail


def _label(column: str) -> str:
    return FIELD_LABELS.get({"group_name": "group", "employer_id": "employer"}.get(column, column), column)


@dataclass(frozen=True)
class StatusChange:
    event: Event
    date: dt.date
    reason: str = ""
    doc_ref: str = ""
    other_union: str = ""


# Changes that end a membership. The history only grows, so a mis-click cannot be taken back: the window
# says what will happen, in words, and asks first.
_ENDINGS = {
    Event.EXPEL: "{name}将于{date}被开除会籍",
    Event.WITHDRAW: "{name}将于{date}视为自动退会",
    Event.TRANSFER_OUT: "{name}将于{date}转出{other}",
    Event.LEAVE: "{name}将于{date}退会",
}


def ending_consequence(name: str, change: StatusChange) -> str | None:
    """What an ending change does, for the confirmation; None for changes that need none."""
    template = _ENDINGS.get(change.event)
    if template is None:
        return None
    other = f"到“{clean(change.other_union)}”" if clean(change.other_union) else ""
    head = template.format(name=name, date=f"{change.date.year}年{change.date.month}月{change.date.day}日", other=other)
    return (f"{head}。此后不再计入现有会员，也不出现在默认名册中。会籍记录只增不删，"
            "这一条办理后不能修改或删除；如需恢复，只能另行办理重新入会或转入。")


def set_status(db: Database, member_id: int, change: StatusChange) -> MemberView:
    """Record a membership event (转出, 保留会籍, 退会, 开除, 恢复, 重新入会 …); the history only grows."""
    problems: list[FieldProblem] = []
    if change.date > dt.date.today():
        problems.append(FieldProblem("date", "日期", f"{change.date.isoformat()}晚于今天"))
    if change.event in REASON_REQUIRED and not clean(change.reason):
        problems.append(FieldProblem("reason", "原因", f"办理“{change.event.label}”须填写原因"))
    if change.event == Event.TRANSFER_OUT and not clean(change.other_union):
        problems.append(FieldProblem("other_union", "转往工会", "转出须填写接收会员的工会"))
    if problems:
        raise ValidationError(problems)
    with db.transaction() as s:
        member = s.get(Member, member_id)
        if member is None:
            raise NotFoundError(f"找不到编号为 {member_id} 的会员")
        check_open(s, change.date, f"“{change.event.label}”")
        current = Status(member.status)
        try:
            target = next_status(current, change.event)
        except ValueError as exc:
            raise ConflictError(f"会员“{member.name}”：{exc}") from None
        last = s.scalars(select(MemberEvent.date).where(MemberEvent.member_id == member_id)
                         .order_by(MemberEvent.date.desc())).first()
        if last is not None and change.date < last:
            raise ValidationError([FieldProblem("date", "日期",
                                                f"早于该会员上一次会籍变动的日期{last.isoformat()}")])
        s.add(MemberEvent(member_id=member_id, event=change.event.value, from_status=current.value,
                          to_status=target.value, date=change.date, reason=clean(change.reason),
                          doc_ref=clean(change.doc_ref), other_union=clean(change.other_union),
                          recorded_by=db.actor))
        member.status = target.value
        member.status_date = change.date
        if change.event == Event.REJOIN:
            member.join_date = change.date
        audit.record(s, db.actor, "status", "member", member_id,
                     f"会员“{member.name}”{change.event.label}：{current.label} → {target.label}",
                     {"event": change.event.value, "reason": change.reason, "doc_ref": change.doc_ref})
        s.flush()
        return view_of(member)


@dataclass(frozen=True)
class EventView:
    event: Event
    from_status: Status | None
    to_status: Status
    date: dt.date
    reason: str
    doc_ref: str
    other_union: str
    recorded_at: dt.datetime
    recorded_by: str


def member_history(db: Database, member_id: int) -> list[EventView]:
    with db.read() as s:
        if s.get(Member, member_id) is None:
            raise NotFoundError(f"找不到编号为 {member_id} 的会员")
        rows = s.scalars(select(MemberEvent).where(MemberEvent.member_id == member_id).order_by(MemberEvent.id))
        return [EventView(Event(e.event), Status(e.from_status) if e.from_status else None, Status(e.to_status),
                          e.date, e.reason, e.doc_ref, e.other_union, e.recorded_at, e.recorded_by) for e in rows]
