"""The reading room's part of the annual report package (areas.py `report`): its figures, by 中图法 class, the
reading activities, and the standard it meets or misses; totals for the cover sheet and the 职工之家
`reading_room_volumes` item."""

from __future__ import annotations

from typing import Any

from unionbook.services.library.copies import list_activities
from unionbook.services.library.figures import StandardCheck, figures
from unionbook.services.union.reporting import AreaReport
from unionbook.store import Database


def standard_json(check: StandardCheck) -> dict[str, Any]:
    """The standard met or missed, as `library stats` and the annual package give it (README): every condition
    of the level with what the room has, whether it is met and by how much it is short."""
    st = check.standard
    return {"level": st.level, "label": st.label, "volumes_required": st.volumes, "met": check.met,
            "volumes_met": check.volumes_met, "short_by": check.short_by, "source": st.source,
            "confidence": st.confidence, "confidence_label": st.confidence_label,
            "conditions": [{"key": c.key, "label": c.label, "required": c.required, "actual": c.actual, "met": c.met,
                            "short_by": c.short_by, "message": c.message} for c in check.conditions]}


def annual_report(db: Database, year: int) -> AreaReport:
    f = figures(db, year)
    st = f.check.standard
    totals = {"titles": f.titles, "volumes": f.volumes, "written_off": f.written_off, "on_loan": f.on_loan,
              "overdue": f.overdue, "loans_year": f.loans_year, "readers_year": f.readers_year,
              "activities_year": f.activities_year, "attendance_year": f.attendance_year,
              "volumes_required": st.volumes, "standard_met": int(f.check.met)}
    standard = standard_json(f.check)
    activities = [{"date": a.date.isoformat(), "kind": a.kind, "title": a.title, "attendance": a.attendance}
                  for a in list_activities(db) if a.date.year == year]
    verdict = "达到" if f.check.met else "未达到：" + "；".join(c.message for c in f.check.missing)
    lines = [f"职工书屋：藏书 {f.titles} 种 {f.volumes} 册，全年借阅 {f.loans_year} 次、{f.readers_year} 人，"
             f"读书活动 {f.activities_year} 次；按{st.label}（{st.confidence_label}），{verdict}"]
    missing = []
    if f.volumes == 0:
        missing.append("职工书屋尚未登记藏书")
    missing += [f"职工书屋{c.label}未填写（书屋设置）" for c in f.check.missing if c.actual is None and c.key != "volumes"]
    if f.overdue:
        missing.append(f"职工书屋有 {f.overdue} 册逾期未还")
    return AreaReport(
        parts={"library/figures.json": {**totals, "year": year, "readers_share": f"{f.readers_share:.3f}",
                                        "by_class": dict(sorted(f.by_class.items())), "standard": standard},
               "library/activities.json": activities},
        totals=totals, lines=lines, missing=missing)
