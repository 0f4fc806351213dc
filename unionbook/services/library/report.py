"""The reading room's part of the annual report package (areas.py `report`): its figures, by 中图法 class, the
reading activities, and the standard it meets or misses; totals for the cover sheet and the 职工之家
`reading_room_volumes` item."""

from __future__ import annotations

from unionbook.services.library.copies import list_activities
from unionbook.services.library.figures import figures
from unionbook.services.union.reporting import AreaReport
from unionbook.store import Database


def annual_report(db: Database, year: int) -> AreaReport:
    f = figures(db, year)
    st = f.check.standard
    totals = {"titles": f.titles, "volumes": f.volumes, "written_off": f.written_off, "on_loan": f.on_loan,
              "overdue": f.overdue, "loans_year": f.loans_year, "readers_year": f.readers_year,
              "activities_year": f.activities_year, "attendance_year": f.attendance_year,
              "volumes_required": st.volumes, "standard_met": int(f.check.met)}
    standard = {"level": st.level, "label": st.label, "volumes_required": st.volumes, "met": f.check.met,
                "short_by": f.check.short_by, "source": st.source, "confidence": st.confidence}
    activities = [{"date": a.date.isoformat(), "kind": a.kind, "title": a.title, "attendance": a.attendance}
                  for a in list_activities(db) if a.date.year == year]
    verdict = "达到" if f.check.met else f"未达到（差 {f.check.short_by} 册）"
    lines = [f"职工书屋：藏书 {f.titles} 种 {f.volumes} 册，全年借阅 {f.loans_year} 次、{f.readers_year} 人，"
             f"读书活动 {f.activities_year} 次；{st.label}要求 {st.volumes} 册，{verdict}"]
    missing = []
    if f.volumes == 0:
        missing.append("职工书屋尚未登记藏书")
    if f.overdue:
        missing.append(f"职工书屋有 {f.overdue} 册逾期未还")
    return AreaReport(
        parts={"library/figures.json": {**totals, "year": year, "readers_share": f"{f.readers_share:.3f}",
                                        "by_class": dict(sorted(f.by_class.items())), "standard": standard},
               "library/activities.json": activities},
        totals=totals, lines=lines, missing=missing)
