"""Who may not stand for which body (docs/domain.md):

- a close relative of the employer's principal head may not be a member of the union committee (工会法 第十条);
  the member register carries the declaration (`employer_head_relative`);
- the union's chair, vice-chairs, standing members and the people who handle its money may not sit on the
  same-level 经费审查委员会 (secondary source): the sitting committee's office holders and `finance_staff`.

Elections set up before these rules froze rule sets without the keys; for them the checks are skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionbook.errors import FieldProblem, UnionBookError
from unionbook.store.models import Member, OfficeHolder, Term

COMMITTEE_BODIES = frozenset({"committee", "standing", "chair", "vice_chair"})
AUDIT_BODY = "funds_audit"
OFFICE_ROLES = {"chair": "主席", "vice_chair": "副主席", "standing": "常务委员"}


def _rule(rs: Any, key: str) -> Any:
    try:
        return rs[key]
    except (KeyError, UnionBookError):
        return None


def eligibility_problems(s: Session, body: str, members: Sequence[Member], rs: Any) -> list[FieldProblem]:
    out = []
    if body in COMMITTEE_BODIES and _rule(rs, "election.employer_head_relatives_excluded"):
        out += [FieldProblem("candidates", m.name, "已登记为单位主要负责人的近亲属，依照工会法第十条不得作为工会委员会成员的人选")
                for m in members if m.employer_head_relative]
    if body == AUDIT_BODY and _rule(rs, "election.audit_committee_excluded_roles"):
        ids = [m.id for m in members]
        offices = dict(s.execute(
            select(OfficeHolder.member_id, OfficeHolder.role).join(Term, OfficeHolder.term_id == Term.id)
            .where(Term.body == "committee", Term.closed_on.is_(None), OfficeHolder.left_on.is_(None),
                   OfficeHolder.role.in_(list(OFFICE_ROLES)), OfficeHolder.member_id.in_(ids))).tuples().all())
        for m in members:
            if m.id in offices:
                out.append(FieldProblem("candidates", m.name,
                                        f"现任工会{OFFICE_ROLES[offices[m.id]]}，不得担任同级经费审查委员会委员"))
            elif m.finance_staff:
                out.append(FieldProblem("candidates", m.name, "为工会经费（财务）人员，不得担任同级经费审查委员会委员"))
    return out
