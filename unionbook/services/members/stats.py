"""Key figures of the union: members, women, migrant workers, membership rate, composition."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import case, func, select

from unionbook.domain.member import DISPATCHED_FORM, Status
from unionbook.services.union.profile import get_profile
from unionbook.store import Database
from unionbook.store.models import Employer, Member


@dataclass(frozen=True)
class KeyFigures:
    union_name: str
    members: int  # on the books: 在册 + 保留会籍
    members_active: int
    members_kept: int
    women: int
    migrant_workers: int
    group_members: int  # 八大群体
    dispatched: int
    frontline: int
    model_workers: int
    hardship: int
    employees: int
    membership_rate: float | None  # active members / employees; None when employees are unknown
    former_members: int
    employers: int
    by_status: dict[str, int] = field(default_factory=dict)
    by_group: dict[str, int] = field(default_factory=dict)
    top_employers: list[tuple[str, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["top_employers"] = [{"name": n, "members": c} for n, c in self.top_employers]
        return data


def key_figures(db: Database) -> KeyFigures:
    profile = get_profile(db)
    current = Member.status.in_([s.value for s in (Status.ACTIVE, Status.KEPT)])

    def n(cond: Any) -> Any:
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    with db.read() as s:
        row = s.execute(select(
            n(Member.status == Status.ACTIVE.value), n(Member.status == Status.KEPT.value),
            n(current & (Member.gender == "女")), n(current & Member.migrant_worker.is_(True)),
            n(current & (Member.group_name != "")), n(current & (Member.employment_form == DISPATCHED_FORM)),
            n(current & Member.frontline.is_(True)), n(current & Member.model_worker.is_(True)),
            n(current & Member.hardship.is_(True)), func.count(),
        )).one()
        active, kept, women, migrant, group, dispatched, frontline, model, hardship, total = map(int, row)
        by_status = dict(s.execute(select(Member.status, func.count()).group_by(Member.status))
                         .tuples().all())
        by_group = dict(s.execute(select(Member.group_name, func.count()).where(current & (Member.group_name != ""))
                                  .group_by(Member.group_name)).tuples().all())
        top = s.execute(select(Employer.name, func.count()).join(Member, Member.employer_id == Employer.id)
                        .where(current).group_by(Employer.id).order_by(func.count().desc()).limit(10)).all()
        employers = int(s.execute(select(func.count()).select_from(Employer)).scalar_one())
    employees = profile.employees
    return KeyFigures(
        union_name=profile.name, members=active + kept, members_active=active, members_kept=kept, women=women,
        migrant_workers=migrant, group_members=group, dispatched=dispatched, frontline=frontline,
        model_workers=model, hardship=hardship, employees=employees,
        membership_rate=round(active / employees, 4) if employees else None,
        former_members=total - active - kept, employers=employers,
        by_status={Status(k).value: v for k, v in by_status.items()}, by_group=by_group,
        top_employers=[(name, count) for name, count in top],
    )
