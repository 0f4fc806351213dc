"""The union's profile: the one union a database file keeps the books of."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from unionbook.domain.fields import UNION
from unionbook.domain.ids import check_uscc
from unionbook.domain.text import clean
from unionbook.errors import FieldProblem, ValidationError
from unionbook.services.union import audit
from unionbook.services.union.profile_view import UNION_KINDS as UNION_KINDS  # re-exported
from unionbook.services.union.profile_view import UnionProfileView as UnionProfileView  # re-exported
from unionbook.services.union.profile_view import employer_names as employer_names  # re-exported
from unionbook.services.union.profile_view import get_profile as get_profile  # re-exported
from unionbook.services.union.profile_view import has_profile as has_profile  # re-exported
from unionbook.store import Database
from unionbook.store.models import UnionProfile

_L = UNION.labels()


@dataclass
class UnionInput:
    name: str
    uscc: str = ""
    kind: str = "enterprise"
    parent_union: str = ""
    founding_date: dt.date | None = None
    employees: int = 0
    women_employees: int = 0
    migrant_employees: int = 0
    address: str = ""
    contact_person: str = ""
    contact_phone: str = ""


def validate_union(data: UnionInput, *, uscc_note: str = "") -> tuple[UnionInput, list[FieldProblem]]:
    """Tidy the input; errors refuse, a failed USCC check is a warning overridden only with a note."""
    problems: list[FieldProblem] = []
    name = clean(data.name)
    if not name:
        problems.append(FieldProblem("name", _L["name"], "不能为空"))
    if not data.kind:
        problems.append(FieldProblem("kind", _L["kind"], "请选择（" + "、".join(UNION_KINDS.values()) + "）"))
    elif data.kind not in UNION_KINDS:
        problems.append(FieldProblem("kind", _L["kind"], f"“{data.kind}”不是可选值"))
    uscc = ""
    if clean(data.uscc):
        check = check_uscc(data.uscc)
        uscc = check.code
        if not check.valid:
            # the label is said once, by FieldProblem.text(), not again inside the message
            problems.append(FieldProblem("uscc", _L["uscc"], check.message.removeprefix("统一社会信用代码"),
                                         severity="warning" if len(uscc) == 18 else "error"))
    for field in ("employees", "women_employees", "migrant_employees"):
        value, label = getattr(data, field), _L[field]
        if not isinstance(value, int) or value < 0:
            problems.append(FieldProblem(field, label, f"应为不小于0的整数，实际为“{value}”"))
    if data.women_employees > data.employees > 0 or data.migrant_employees > data.employees > 0:
        problems.append(FieldProblem("employees", _L["employees"], "女职工或农民工人数不能多于职工总数"))
    if data.founding_date and data.founding_date > dt.date.today():
        problems.append(FieldProblem("founding_date", _L["founding_date"], "晚于今天"))
    blocking = [p for p in problems if p.severity == "error" or (p.severity == "warning" and not clean(uscc_note))]
    if blocking:
        # how to override is the caller's to say (the window names its field, the CLI its option)
        overridable = all(p.severity == "warning" for p in blocking)
        raise ValidationError(blocking, details={"overridable_with": "uscc_note"} if overridable else None)
    tidy = UnionInput(**{**asdict(data), "name": name, "uscc": uscc, "parent_union": clean(data.parent_union),
                         "address": clean(data.address), "contact_person": clean(data.contact_person),
                         "contact_phone": clean(data.contact_phone)})
    return tidy, problems


def save_profile(db: Database, data: UnionInput, *, uscc_note: str = "") -> UnionProfileView:
    """Create the profile, or update it; a USCC failing its check needs `uscc_note` saying why it is kept."""
    tidy, problems = validate_union(data, uscc_note=uscc_note)
    note = clean(uscc_note) if any(p.field == "uscc" for p in problems) else ""
    with db.transaction() as s:
        row = s.get(UnionProfile, 1)
        created = row is None
        if row is None:
            row = UnionProfile(id=1)
            s.add(row)
        for key, value in asdict(tidy).items():
            setattr(row, key, value)
        row.uscc_note = note
        audit.record(s, db.actor, "create" if created else "update", "union", 1,
                     f"{'建立' if created else '修改'}工会信息：{tidy.name}", asdict(tidy))
    return get_profile(db)


