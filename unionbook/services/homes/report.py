"""The 职工之家 report as JSON (CLI), the two PDFs (self-assessment report, 申报表), and the area's part of the
annual report package."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from unionbook import paths
from unionbook.errors import NotFoundError
from unionbook.services.homes.assessment import AssessmentView, get_assessment
from unionbook.services.homes.grading import percent, points_text
from unionbook.services.homes.titles import list_titles
from unionbook.services.union.reporting import AreaReport
from unionbook.store import Database
from unionbook.store.models import HomeAssessment

# each row of the item tables is an item: the templates bind it as member.* with these labels
ITEM_FIELDS = {
    "code": "编号", "title": "项目", "section": "部分", "max": "分值", "points": "得分", "mandatory": "必备项",
    "note": "说明", "evidence": "证明材料", "figure": "依据数据",
}


def as_number(p: Decimal | None) -> int | float | None:
    if p is None:
        return None
    return int(p) if p == p.to_integral_value() else float(p)


def report_json(view: AssessmentView) -> dict[str, Any]:
    g, survey = view.grading, view.survey
    return {
        "year": view.year, "unit": view.unit, "sheet": view.sheet.name, "sheet_title": view.sheet.title,
        "total": as_number(g.total), "max": as_number(g.max), "grade": g.grade, "next_grade": g.next_grade,
        "mandatory_failed": g.mandatory_failed,
        "survey": {
            "satisfied": survey.satisfied if survey else None, "basic": survey.basic if survey else None,
            "unsatisfied": survey.unsatisfied if survey else None, "returned": survey.returned if survey else 0,
            "satisfied_share": float(g.satisfied_share) if g.satisfied_share is not None else None,
            "floors": {k: float(v) for k, v in g.floors.items()},
        },
        "why_not_next": g.why_not_next,
        "items": [{
            "code": i.code, "title": i.title, "section": i.section, "points": as_number(i.points), "max": as_number(i.max),
            "pass": as_number(i.passing), "mandatory": i.mandatory, "auto": i.auto, "figure": i.figure or None,
            "override": i.override, "note": i.note,
            "evidence": [{"file": e.file_name, "sha256": e.sha256, "path": str(e.path)} for e in i.evidence],
        } for i in view.items],
    }


def _rows(view: AssessmentView) -> list[dict[str, Any]]:
    rows = []
    for i in view.items:
        note = i.note
        if i.override:
            note = f"手工评分（自动评分：{i.figure}）：{i.note}"
        elif i.figure:
            note = f"按记录自动评分：{i.figure}" + (f"；{i.note}" if i.note else "")
        rows.append({"code": i.code, "title": i.title, "section": i.section, "max": points_text(i.max),
                     "points": "未评" if i.points is None else points_text(i.points),
                     "mandatory": "必备" if i.mandatory else "", "note": note, "figure": i.figure,
                     "evidence": "；".join(f"{e.file_name}（SHA-256 {e.sha256[:12]}…）" for e in i.evidence)})
    return rows


def _values(db: Database, view: AssessmentView) -> dict[str, Any]:
    g, s = view.grading, view.survey
    held = [t for t in list_titles(db) if t.held and t.unit == view.unit]
    return {"home": {
        "year": view.year, "unit": view.unit or "本会", "sheet_title": view.sheet.title, "sheet_source":
        view.sheet.source + (f"（{view.sheet.confidence}）" if view.sheet.confidence else ""),
        "total": points_text(g.total), "max": points_text(g.max), "grade": g.grade_text,
        "why_not_next": "；".join(g.why_not_next) or "无", "next_grade": g.next_grade or "—",
        "survey": (f"收回问卷 {s.returned} 份：满意 {s.satisfied}，基本满意 {s.basic}，不满意 {s.unsatisfied}；满意率 "
                   f"{percent(g.satisfied_share)}" if s and g.satisfied_share is not None else "尚未录入"),
        "floors": "；".join(f"{k} {percent(v)}" for k, v in g.floors.items()),
        "mandatory_failed": "、".join(g.mandatory_failed) or "无",
        "titles": "；".join(f"{t.year}年 {t.title}（{t.level}级，{' '.join(x for x in (t.awarded_by, t.doc_number) if x)}）" for t in held) or "无",
    }}


def write_pdf(db: Database, view: AssessmentView, form: str, out: Path) -> Path:
    """`form` is "self_assessment" or "application" (forms/homes/<form>.toml)."""
    from unionbook.documents import FormData, load_template, render
    from unionbook.services.union.profile import get_profile

    local = paths.data_dir() / "forms" / "homes" / f"{form}.toml"
    tpl = load_template(local if local.is_file() else paths.forms_dir() / "homes" / f"{form}.toml",
                        extra_fields={"member": ITEM_FIELDS})
    profile = get_profile(db)
    union = {"name": profile.name, "uscc": profile.uscc, "contact_phone": profile.contact_phone}
    # all or nothing: render writes a recorded part file and renames it
    render(tpl, FormData(union=union, members=_rows(view), values=_values(db, view)), out)
    return out


def annual_report(db: Database, year: int) -> AreaReport:
    """This union's assessment of the year (if any) and the titles held, for the annual package."""
    with db.read() as s:
        units = list(s.scalars(select(HomeAssessment.unit).where(HomeAssessment.year == year)))
    parts: dict[str, Any] = {}
    lines: list[str] = []
    for unit in units:
        try:
            view = get_assessment(db, year, unit=unit)
        except NotFoundError:
            continue
        parts[f"homes/assessment{('-' + unit) if unit else ''}.json"] = report_json(view)
        lines.append(f"职工之家自评{('（' + unit + '）') if unit else ''}：{view.grading.line()}")
    titles = [t for t in list_titles(db) if t.held]
    parts["homes/titles.json"] = [{"unit": t.unit, "title": t.title, "level": t.level, "awarded_by": t.awarded_by,
                                   "doc_number": t.doc_number, "year": t.year,
                                   "review_due": t.review_due.isoformat() if t.review_due else None} for t in titles]
    if titles:
        lines.append(f"持有职工之家称号 {len(titles)} 项")
    return AreaReport(parts=parts, totals={"home_titles": len(titles)}, lines=lines)  # an assessment is every year or two: none is not "missing"
