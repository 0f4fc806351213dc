"""The employers a union covers and the employee figures the statistics count per employer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from unionbook.errors import FieldProblem, NotFoundError, ValidationError
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import Employer


@dataclass(frozen=True)
class EmployerCounts:
    employees: int | None = None  # None: leave as it is
    women_employees: int | None = None
    migrant_employees: int | None = None
    unionised: bool | None = None


LABELS = {"employees": "职工人数", "women_employees": "女职工人数", "migrant_employees": "农民工人数",
          "unionised": "已建会"}


def set_employer_counts(db: Database, key: str | int, counts: EmployerCounts) -> list[str]:
    """Change an employer's figures (by id or exact name); returns the labels of what changed. Women and migrant
    employees are parts of the employees and cannot exceed them."""
    with db.transaction() as s:
        stmt = select(Employer).where(Employer.id == int(key)) if str(key).isdigit() else select(Employer).where(
            Employer.name == str(key))
        e = s.scalars(stmt).one_or_none()
        if e is None:
            raise NotFoundError(f"找不到单位“{key}”")
        values = {k: getattr(counts, k) for k in LABELS if getattr(counts, k) is not None}
        problems = [FieldProblem(k, LABELS[k], "不能为负数") for k, v in values.items()
                    if not isinstance(v, bool) and v < 0]
        after = {k: values.get(k, getattr(e, k)) for k in LABELS}
        for part in ("women_employees", "migrant_employees"):
            if after["employees"] and after[part] > after["employees"]:
                problems.append(FieldProblem(part, LABELS[part], f"{after[part]} 人，多于职工人数 {after['employees']} 人"))
        if problems:
            raise ValidationError(problems)
        changed = [LABELS[k] for k, v in values.items() if getattr(e, k) != v]
        before = {k: getattr(e, k) for k in values}
        for k, v in values.items():
            setattr(e, k, v)
        if changed:
            audit.record(s, db.actor, "update", "employer", e.id, f"修改单位“{e.name}”：{'、'.join(changed)}",
                         {"before": before, "after": values})
    return changed
