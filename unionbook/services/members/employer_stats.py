"""Employees and members per employer, the way the union statistics system counts them (docs/domain.md):
the rate is members in unionised employers ÷ employees of those employers, per employer and overall; 组建率 is
unionised employers ÷ employers, also for employers of at least 25 and 50 employees. A member count larger
than the employee count it is divided by is impossible data, and is reported with the employer's name.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


def rate(part: int, whole: int) -> float | None:
    """A fraction rounded to 4 places (0.7377 = 73.77 %); None when there is nothing to divide by."""
    return round(part / whole, 4) if whole else None


@dataclass(frozen=True)
class EmployerFigures:
    id: int
    name: str
    unionised: bool
    employees: int
    women_employees: int
    migrant_employees: int
    members: int  # on the books: 在册 + 保留会籍
    members_active: int  # 在册: the rate's numerator
    female_members_active: int
    migrant_members_active: int

    @property
    def membership_rate(self) -> float | None:
        return rate(self.members_active, self.employees)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "membership_rate": self.membership_rate,
                "female_membership_rate": rate(self.female_members_active, self.women_employees),
                "migrant_membership_rate": rate(self.migrant_members_active, self.migrant_employees)}


@dataclass(frozen=True)
class DataProblem:
    employer: str  # "" for the union as a whole
    field: str  # members | female_members | migrant_members
    message: str  # Chinese: says where it fails

    def to_json(self) -> dict[str, str]:
        return asdict(self)


# the statuses are the domain's Status values ('active' 在册, 'kept' 保留会籍)
EMPLOYER_FIGURES_SQL = (
    "SELECT employer.id, employer.name, employer.unionised, employer.employees, employer.women_employees, "
    "employer.migrant_employees, "
    "coalesce(sum(CASE WHEN (member.status IN ('active', 'kept')) THEN 1 ELSE 0 END), 0), "
    "coalesce(sum(CASE WHEN (member.status = 'active') THEN 1 ELSE 0 END), 0), "
    "coalesce(sum(CASE WHEN (member.status = 'active' AND member.gender = '女') THEN 1 ELSE 0 END), 0), "
    "coalesce(sum(CASE WHEN (member.status = 'active' AND member.migrant_worker IS 1) THEN 1 ELSE 0 END), 0) "
    "FROM employer LEFT OUTER JOIN member ON member.employer_id = employer.id GROUP BY employer.id "
    "ORDER BY employer.name")


def figures_of(rows: list[Any]) -> list[EmployerFigures]:
    """EMPLOYER_FIGURES_SQL's rows as figures."""
    return [EmployerFigures(int(r[0]), r[1], bool(r[2]), *(int(v or 0) for v in r[3:])) for r in rows]


_CHECKS = (  # field, members attribute, employees attribute, what
    ("members", "members_active", "employees", "在册会员", "职工"),
    ("female_members", "female_members_active", "women_employees", "在册女会员", "女职工"),
    ("migrant_members", "migrant_members_active", "migrant_employees", "在册农民工会员", "农民工"),
)


def employer_problems(figures: list[EmployerFigures]) -> list[DataProblem]:
    """Members cannot outnumber the employees they are counted against. A count of employees left at 0 is
    "not entered", not a contradiction: only entered counts are checked."""
    out = []
    for f in figures:
        for fld, m_attr, e_attr, m_word, e_word in _CHECKS:
            m, e = getattr(f, m_attr), getattr(f, e_attr)
            if e and m > e:
                out.append(DataProblem(f.name, fld, f"“{f.name}”{m_word} {m} 人，多于{e_word} {e} 人，请核对职工人数或会员的工作单位"))
            elif not e and m and fld == "members":
                out.append(DataProblem(f.name, fld, f"“{f.name}”有在册会员 {m} 人，但未填写职工人数，无法计算入会率"))
    return out


@dataclass(frozen=True)
class SizeBand:
    min_employees: int
    employers: int
    unionised: int
    employees: int
    members_active: int

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "unionisation_rate": rate(self.unionised, self.employers),
                "membership_rate": rate(self.members_active, self.employees)}


def size_bands(figures: list[EmployerFigures], thresholds: list[int]) -> list[SizeBand]:
    out = []
    for t in thresholds:
        big = [f for f in figures if f.employees >= t]
        union = [f for f in big if f.unionised]
        out.append(SizeBand(t, len(big), len(union), sum(f.employees for f in union),
                            sum(f.members_active for f in union)))
    return out
