"""Grading an assessment against its sheet: the total, the grade reached and why not the next one. Pure.

A grade needs the total at or above its `min`, every mandatory item at or above its `pass`, and the survey's
satisfied share at or above that grade's floor; otherwise the next grade down is tried; none met → 未达标.
With no survey recorded no grade can be reached. 满意率 = (满意 + 基本满意) ÷ 全部收回.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from unionbook.services.homes.sheet import Grade, Sheet

NOT_REACHED = "未达标"


@dataclass(frozen=True)
class Survey:
    satisfied: int
    basic: int
    unsatisfied: int

    @property
    def returned(self) -> int:
        return self.satisfied + self.basic + self.unsatisfied

    @property
    def share(self) -> Fraction | None:
        return Fraction(self.satisfied + self.basic, self.returned) if self.returned else None


@dataclass(frozen=True)
class Grading:
    total: Decimal
    max: Decimal
    grade: str | None  # None: 未达标
    mandatory_failed: list[str]
    satisfied_share: Fraction | None
    next_grade: str | None  # the grade above the one reached (the lowest one when none is reached)
    why_not_next: list[str] = field(default_factory=list)
    floors: dict[str, Fraction] = field(default_factory=dict)

    @property
    def grade_text(self) -> str:
        return self.grade or NOT_REACHED

    def line(self) -> str:
        """One Chinese line: 总分、等级、差在哪里."""
        head = f"总分 {points_text(self.total)} / {points_text(self.max)} 分，等级：{self.grade_text}"
        if self.next_grade and self.why_not_next:
            return f"{head}。未达到“{self.next_grade}”：{'；'.join(self.why_not_next)}"
        return head


def points_text(p: Decimal) -> str:
    return f"{p.normalize():f}" if p == p.to_integral_value() else f"{p:.1f}"


def percent(share: Fraction) -> str:
    value = share * 100
    whole = round(value)
    return f"{whole}%" if value == whole else f"{float(value):.1f}%"


def reasons(sheet: Sheet, grade: Grade, total: Decimal, mandatory_failed: list[str],
            share: Fraction | None) -> list[str]:
    """Why `grade` is not reached (empty when it is)."""
    out = []
    if total < grade.min:
        out.append(f"还差 {points_text(grade.min - total)} 分（{grade.name}需 {points_text(grade.min)} 分）")
    if mandatory_failed:
        out.append(f"必备项 {'、'.join(mandatory_failed)} 未达到")
    if share is None:
        out.append("尚未录入会员评家结果，无法评定等级")
    elif share < grade.survey_floor:
        out.append(f"满意率 {percent(share)}，{grade.name}需 {percent(grade.survey_floor)}")
    return out


def grade(sheet: Sheet, points: Mapping[str, Decimal | None], survey: Survey | None) -> Grading:
    """`points`: code → points given (None or absent: not scored yet, counts 0 and fails a mandatory item)."""
    total = sum((points.get(i.code) or Decimal(0) for i in sheet.items), Decimal(0))
    failed = [i.code for i in sheet.items if i.mandatory and (points.get(i.code) or Decimal(0)) < i.passing]
    share = survey.share if survey is not None else None
    reached: str | None = None
    above: Grade | None = None
    for g in sheet.grades:  # highest first
        if not reasons(sheet, g, total, failed, share):
            reached = g.name
            break
        above = g
    if reached is None and sheet.grades:
        above = sheet.grades[-1]
    why = reasons(sheet, above, total, failed, share) if above is not None else []
    return Grading(total=total, max=sheet.max_points, grade=reached, mandatory_failed=failed,
                   satisfied_share=share, next_grade=above.name if above else None, why_not_next=why,
                   floors={g.name: g.survey_floor for g in sheet.grades})
