"""Key figures of the union: members, women, migrant workers, membership rate, composition."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, cast

from unionbook.domain.member import DISPATCHED_FORM, Status
from unionbook.rules import RuleSet
from unionbook.services.members.employer_stats import (
    EMPLOYER_FIGURES_SQL,
    DataProblem,
    EmployerFigures,
    employer_problems,
    figures_of,
    rate,
    size_bands,
)
from unionbook.services.members.figures_read import read_both
from unionbook.services.rules.read import rules_in_force
from unionbook.services.union.profile_view import get_profile
from unionbook.store.reader import Readable

if TYPE_CHECKING:
    from unionbook.store import Database


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
    # ---- the figures of the union statistics system (docs/domain.md, "Statistics") ----
    employees_source: str = "profile"  # "employers" when the employers' counts are entered, else "profile"
    employees_profile: int = 0  # the profile's single number, shown next to the employers' total
    female_employees: int = 0  # 女职工 (employees, members or not)
    female_members: int = 0  # 女会员 on the books (the old key `women` is the same number)
    female_members_active: int = 0
    female_membership_rate: float | None = None
    migrant_employees: int = 0
    migrant_members: int = 0  # 农民工会员 on the books (= migrant_workers)
    migrant_members_active: int = 0
    migrant_membership_rate: float | None = None
    employers_unionised: int = 0
    unionisation_rate: float | None = None  # 组建率
    by_size: list[dict[str, Any]] = field(default_factory=list)  # employers with ≥ 25, ≥ 50 employees
    per_employer: list[dict[str, Any]] = field(default_factory=list)
    problems: list[dict[str, str]] = field(default_factory=list)  # impossible data, where it fails
    new_forms: int = 0  # 新就业形态 members on the books (not among the 八大群体)
    active_aged_60_plus: int = 0  # 在册 members aged 60 or more: usually retirees who should be 保留会籍
    notes: list[str] = field(default_factory=list)
    targets: dict[str, float] = field(default_factory=dict)
    movement: dict[str, Any] | None = None  # with a period only



def key_figures(db: Readable, *, period: tuple[dt.date, dt.date] | None = None,
                today: dt.date | None = None) -> KeyFigures:
    """The snapshot; with a period, also the movement over it (and the 60+ check is made at its end). Without a
    period it reads through `read_connection()` only, so it runs on the light read path (store/reader.py);
    the movement needs a `Database`."""
    rs = rules_in_force(db)
    day = period[1] if period else (today or dt.date.today())
    age = int(rs.get("stats.retirement_flag_age", 60))
    born_by = day.replace(year=day.year - age) if not (day.month == 2 and day.day == 29) else dt.date(day.year - age, 2, 28)
    tally, employers = read_both(db, FIGURES_SQL, {"born_by": born_by.isoformat()}, EMPLOYER_FIGURES_SQL)
    base, sums = _snapshot(db, tally)
    return _statistics(db, base, sums, period, rs, figures_of(employers))


# The figures are tallied from one pass over the ix_member_figures covering index, grouped by its columns in
# index order (a streaming GROUP BY: a few hundred groups, no member rows read, no sorting), then summed here.
# SQL kept as constants so that tests/services/test_roster_plans.py can pin their plans.
# The same pass counts, per group, those born on or before :born_by (the 60+ check: birth_date is the index's
# last column), so that the statistics need no second pass.
FIGURES_SQL = ("SELECT status, gender, migrant_worker, group_name, employment_form, frontline, model_worker, hardship, "
               "new_forms, count(*), sum(birth_date <= :born_by) FROM member GROUP BY status, gender, migrant_worker, "
               "group_name, employment_form, frontline, model_worker, hardship, new_forms")
# The employers' own figures (employer_stats.py: one seek per employer into ix_member_employer_status) give the
# employer count and the ten largest by members on the books; a query of their own would pass the index again.
TOP_EMPLOYERS = 10


def _snapshot(db: Readable, rows: list[Any]) -> tuple[KeyFigures, dict[str, int]]:
    """The figures from the one pass, and the statistics' sums of 在册 women, migrant workers and 60+, and of
    新就业形态 members on the books (declared so, or employed in that form: roster_sql's new_forms flag)."""
    profile = get_profile(db)
    current = {s.value for s in (Status.ACTIVE, Status.KEPT)}
    tally = dict.fromkeys(("women", "migrant", "group", "dispatched", "frontline", "model", "hardship"), 0)
    by_status: dict[str, int] = {}
    by_group: dict[str, int] = {}
    sums = dict.fromkeys(("female_active", "migrant_active", "new_forms", "old"), 0)
    for status, gender, migrant, group, form, frontline, model, hardship, new_forms, n, old in rows:
        by_status[status] = by_status.get(status, 0) + n
        if status == Status.ACTIVE.value:
            sums["female_active"] += n if gender == "女" else 0
            sums["migrant_active"] += n if migrant == 1 else 0
            sums["old"] += old or 0
        if status not in current:
            continue
        sums["new_forms"] += n if new_forms == 1 or form == "新就业形态" else 0
        tally["women"] += n if gender == "女" else 0
        tally["migrant"] += n if migrant else 0
        tally["dispatched"] += n if form == DISPATCHED_FORM else 0
        tally["frontline"] += n if frontline else 0
        tally["model"] += n if model else 0
        tally["hardship"] += n if hardship else 0
        if group:
            tally["group"] += n
            by_group[group] = by_group.get(group, 0) + n
    active, kept = by_status.get(Status.ACTIVE.value, 0), by_status.get(Status.KEPT.value, 0)
    total = sum(by_status.values())
    employees = profile.employees
    return KeyFigures(
        union_name=profile.name, members=active + kept, members_active=active, members_kept=kept,
        women=tally["women"], migrant_workers=tally["migrant"], group_members=tally["group"],
        dispatched=tally["dispatched"], frontline=tally["frontline"], model_workers=tally["model"],
        hardship=tally["hardship"], employees=employees,
        membership_rate=round(active / employees, 4) if employees else None,
        former_members=total - active - kept, by_status={Status(k).value: v for k, v in by_status.items()},
        by_group=by_group, employers=0,  # with the top employers, from the employers' figures (_statistics)
    ), sums


def _statistics(db: Readable, base: KeyFigures, sums: dict[str, int], period: tuple[dt.date, dt.date] | None,
                rs: RuleSet, figures: list[EmployerFigures]) -> KeyFigures:
    """The employer-based figures: employees derived from the employers when their counts are entered, the
    official rate over unionised employers, 组建率, size bands, the data checks and the 60+ flag."""
    profile = get_profile(db)
    entered = [f for f in figures if f.employees]
    union = [f for f in figures if f.unionised]
    by_employers = bool(entered)
    if by_employers:
        employees = sum(f.employees for f in union)
        active_counted = sum(f.members_active for f in union)
        women_emp = sum(f.women_employees for f in union) or profile.women_employees
        migrant_emp = sum(f.migrant_employees for f in union) or profile.migrant_employees
    else:
        employees, active_counted = profile.employees, base.members_active
        women_emp, migrant_emp = profile.women_employees, profile.migrant_employees
    age = int(rs.get("stats.retirement_flag_age", 60))
    female_active, migrant_active, new_forms, old = (
        sums["female_active"], sums["migrant_active"], sums["new_forms"], sums["old"])
    problems = employer_problems(figures)
    for fld, members, emp, m_word, e_word in (
            ("members", base.members_active, employees, "在册会员", "职工"),
            ("female_members", female_active, women_emp, "在册女会员", "女职工"),
            ("migrant_members", migrant_active, migrant_emp, "在册农民工会员", "农民工")):
        if emp and members > emp:
            problems.append(DataProblem("", fld, f"全会{m_word} {members} 人，多于{e_word} {emp} 人，请核对"))
    notes = []
    if by_employers and profile.employees and profile.employees != employees:
        notes.append(f"工会信息中的职工人数 {profile.employees} 与已建会单位职工人数合计 {employees} 不一致，"
                     "统计采用各单位合计")
    chair_min = rs.get("union.full_time_chair_min_employees")
    if isinstance(chair_min, int) and profile.kind == "enterprise" and employees >= chair_min:
        notes.append(f"职工 {employees} 人，达到 {chair_min} 人，可以设专职工会主席（工会法第十四条）")
    if old:
        notes.append(f"在册会员中 {old} 人已满 {age} 周岁，多为退休人员，请核实是否应办理保留会籍")
    thresholds = [int(t) for t in rs.get("stats.employer_size_thresholds", [])]
    targets = {k.rsplit(".", 1)[1]: float(rs.ratio(k)) for k in ("stats.targets.membership_rate",
                                                                   "stats.targets.migrant_membership_rate")
               if k in rs.entries}
    mv = None
    if period:
        from unionbook.services.members.movement import movement

        mv = movement(cast("Database", db), *period)
    top = sorted((f for f in figures if f.members), key=lambda f: (-f.members, f.id))[:TOP_EMPLOYERS]
    return replace(
        base, employers=len(figures), top_employers=[(f.name, f.members) for f in top],
        employees=employees, employees_source="employers" if by_employers else "profile",
        employees_profile=profile.employees, membership_rate=rate(active_counted, employees),
        female_employees=women_emp, female_members=base.women, female_members_active=female_active,
        female_membership_rate=rate(female_active, women_emp), migrant_employees=migrant_emp,
        migrant_members=base.migrant_workers, migrant_members_active=migrant_active,
        migrant_membership_rate=rate(migrant_active, migrant_emp), employers_unionised=len(union),
        unionisation_rate=rate(len(union), len(figures)),
        by_size=[b.to_json() for b in size_bands(figures, thresholds)],
        per_employer=[f.to_json() for f in figures], problems=[p.to_json() for p in problems],
        new_forms=new_forms, active_aged_60_plus=old, notes=notes, targets=targets,
        movement=None if mv is None else mv.to_json(),
    )
