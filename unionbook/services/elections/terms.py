"""Offices and their terms: the sitting committee (chair, vice-chairs, members), the funds audit committee
(经审会) and the women's committee (女职委), and the warning on the home page before a term runs out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionbook.domain.member import Status
from unionbook.domain.text import clean_name
from unionbook.errors import FieldProblem, NotFoundError, ValidationError
from unionbook.services.elections.term_warnings import TERM_BODIES as TERM_BODIES  # re-exported
from unionbook.services.elections.term_warnings import WARN_MONTHS as WARN_MONTHS  # re-exported
from unionbook.services.elections.term_warnings import TermWarning as TermWarning  # re-exported
from unionbook.services.elections.term_warnings import add_months as add_months  # re-exported
from unionbook.services.elections.term_warnings import term_warnings as term_warnings  # re-exported
from unionbook.services.rules.in_force import rules_in_force
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import Election, Member, OfficeHolder, Term

ROLES = {
    "committee": {"chair": "主席", "vice_chair": "副主席", "standing": "常务委员", "member": "委员"},
    "funds_audit": {"director": "主任", "deputy": "副主任", "member": "委员"},
    "women": {"director": "主任", "deputy": "副主任", "member": "委员"},
}
@dataclass(frozen=True)
class HolderDraft:
    name: str = ""
    member_id: int | None = None
    role: str = "member"
    notes: str = ""


@dataclass(frozen=True)
class TermDraft:
    body: str
    start_date: dt.date
    years: int
    holders: tuple[HolderDraft, ...] = ()
    number: int | None = None
    notes: str = ""
    election_id: int | None = None


@dataclass(frozen=True)
class HolderView:
    id: int
    name: str
    member_id: int | None
    role: str
    role_label: str
    left_on: dt.date | None


@dataclass(frozen=True)
class TermView:
    id: int
    body: str
    body_label: str
    number: int | None
    start_date: dt.date
    end_date: dt.date
    years: int
    closed_on: dt.date | None
    election_id: int | None
    notes: str
    holders: list[HolderView] = field(default_factory=list)

    @property
    def current(self) -> bool:
        return self.closed_on is None



def _view(t: Term) -> TermView:
    roles = ROLES.get(t.body, {})
    order = list(roles)
    holders = sorted(t.holders, key=lambda h: (order.index(h.role) if h.role in order else 99, h.position, h.id))
    return TermView(t.id, t.body, TERM_BODIES.get(t.body, t.body), t.number, t.start_date, t.end_date, t.years,
                    t.closed_on, t.election_id, t.notes,
                    [HolderView(h.id, h.name, h.member_id, h.role, roles.get(h.role, h.role), h.left_on)
                     for h in holders])


def list_terms(db: Database, *, body: str | None = None, current_only: bool = False) -> list[TermView]:
    with db.read() as s:
        q = select(Term).order_by(Term.start_date.desc(), Term.id.desc())
        if body:
            q = q.where(Term.body == body)
        if current_only:
            q = q.where(Term.closed_on.is_(None))
        return [_view(t) for t in s.scalars(q)]


def current_term(db: Database, body: str) -> TermView | None:
    found = list_terms(db, body=body, current_only=True)
    return found[0] if found else None


def _holders(s: Session, body: str, drafts: Sequence[HolderDraft]) -> tuple[list[OfficeHolder], list[FieldProblem]]:
    problems: list[FieldProblem] = []
    roles = ROLES[body]
    out: list[OfficeHolder] = []
    seen: set[str] = set()
    for i, d in enumerate(drafts, 1):
        name = clean_name(d.name)
        if d.member_id is not None:
            m = s.get(Member, d.member_id)
            if m is None:
                problems.append(FieldProblem("holders", f"第 {i} 人", f"找不到会员编号 {d.member_id}"))
                continue
            if Status(m.status) is not Status.ACTIVE:
                problems.append(FieldProblem("holders", f"第 {i} 人", f"“{m.name}”的会籍状态为{Status(m.status).label}，"
                                                                    "不能担任职务"))
            name = m.name
        if not name:
            problems.append(FieldProblem("holders", f"第 {i} 人", "姓名为空"))
            continue
        if d.role not in roles:
            problems.append(FieldProblem("holders", name, f"职务“{d.role}”无效，可选：{'、'.join(roles.values())}"))
        if name in seen:
            problems.append(FieldProblem("holders", name, "重复列出"))
        seen.add(name)
        out.append(OfficeHolder(member_id=d.member_id, name=name, role=d.role, position=i, notes=d.notes))
    if body == "committee" and sum(1 for h in out if h.role == "chair") > 1:
        problems.append(FieldProblem("holders", "主席", "一届工会委员会只能有一名主席"))
    return out, problems


def start_term(db: Database, draft: TermDraft) -> TermView:
    """Record a new term of a body; the body's sitting term, if any, closes on the new term's first day."""
    problems: list[FieldProblem] = []
    if draft.body not in TERM_BODIES:
        problems.append(FieldProblem("body", "机构", f"“{draft.body}”无效，可选：{'、'.join(TERM_BODIES.values())}"))
        raise ValidationError(problems)
    allowed = rules_in_force(db)["election.term_years"]
    if draft.years not in allowed:
        problems.append(FieldProblem("years", "任期", f"{draft.years} 年不符合规定（应为 {'或'.join(map(str, allowed))} 年）"))
    if draft.number is not None and draft.number < 1:
        problems.append(FieldProblem("number", "届次", "应为正整数"))
    end = add_months(draft.start_date, 12 * draft.years)
    with db.transaction() as s:
        holders, more = _holders(s, draft.body, draft.holders)
        problems += more
        if problems:
            raise ValidationError(problems)
        sitting = s.scalars(select(Term).where(Term.body == draft.body, Term.closed_on.is_(None))).all()
        for old in sitting:
            if old.start_date >= draft.start_date:
                raise ValidationError([FieldProblem("start_date", "任期开始", f"早于现任{TERM_BODIES[draft.body]}的任期开始"
                                                                            f"（{old.start_date.isoformat()}）")])
            old.closed_on = draft.start_date
        term = Term(body=draft.body, number=draft.number, start_date=draft.start_date, end_date=end,
                    years=draft.years, election_id=draft.election_id, notes=draft.notes, holders=holders)
        s.add(term)
        s.flush()
        audit.record(s, db.actor, "create", "term", term.id,
                     f"登记{TERM_BODIES[draft.body]}新一届任期：{draft.start_date.isoformat()} 至 {end.isoformat()}，"
                     f"{len(holders)} 人", {"holders": [h.name for h in holders]})
        term_id = term.id
    return get_term(db, term_id)


def get_term(db: Database, term_id: int) -> TermView:
    with db.read() as s:
        t = s.get(Term, term_id)
        if t is None:
            raise NotFoundError(f"找不到任期记录 {term_id}")
        return _view(t)


def set_holders(db: Database, term_id: int, holders: Sequence[HolderDraft]) -> TermView:
    """Replace who holds which place in a term (a by-election, a vice-chair who left)."""
    with db.transaction() as s:
        t = s.get(Term, term_id)
        if t is None:
            raise NotFoundError(f"找不到任期记录 {term_id}")
        rows, problems = _holders(s, t.body, holders)
        if problems:
            raise ValidationError(problems)
        before = [h.name for h in t.holders]
        t.holders = rows
        audit.record(s, db.actor, "update", "term", term_id, f"修改{TERM_BODIES[t.body]}组成人员",
                     {"before": before, "after": [h.name for h in rows]})
    return get_term(db, term_id)


# ---- from an election's result ----

ELECTION_TO_TERM = {"committee": "committee", "funds_audit": "funds_audit", "women": "women"}
ELECTION_TO_ROLE = {"chair": "chair", "vice_chair": "vice_chair", "standing": "standing"}


def apply_election(db: Database, election_id: int, start_date: dt.date | None = None,
                   years: int | None = None) -> TermView:
    """Record what a finished election decided: a new term of the body elected, or the chair, vice-chairs
    or standing members elected into the sitting committee's term."""
    with db.read() as s:
        e = s.get(Election, election_id)
        if e is None:
            raise NotFoundError(f"找不到选举 {election_id}")
        if e.status != "done":
            raise ValidationError(f"选举“{e.title}”尚未完成计票，不能据此登记任期")
        elected = [HolderDraft(name=x.name, member_id=x.member_id) for x in e.elected]
        body, title, date, term_years = e.body, e.title, e.date, e.term_years
    if body in ELECTION_TO_TERM:
        rs_years = rules_in_force(db)["election.term_years"]
        chosen = years or term_years or max(rs_years)
        return start_term(db, TermDraft(ELECTION_TO_TERM[body], start_date or date, chosen, tuple(elected),
                                        notes=f"由“{title}”选举产生", election_id=election_id))
    if body in ELECTION_TO_ROLE:
        term = current_term(db, "committee")
        if term is None:
            raise ValidationError("尚未登记现任工会委员会，请先登记委员会任期，再登记主席、副主席")
        role = ELECTION_TO_ROLE[body]
        names = {h.name for h in elected}
        kept = [HolderDraft(h.name, h.member_id, h.role) for h in term.holders
                if h.left_on is None and not (h.role == role and body == "chair")]
        merged = []
        for h in kept:
            merged.append(HolderDraft(h.name, h.member_id, role) if h.name in names else h)
        have = {h.name for h in merged}
        merged += [HolderDraft(h.name, h.member_id, role) for h in elected if h.name not in have]
        return set_holders(db, term.id, merged)
    raise ValidationError(f"“{title}”的选举结果不对应任期记录（会员代表等），无需登记")
