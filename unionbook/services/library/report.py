"""The reading room's part of the annual report package (areas.py `report`): its figures as parts and totals.

The package's common type (services/union/reporting.AreaReport) had not landed when this was written; this
returns the same shape — a title, parts of labelled rows, and totals by stable English key — so that the
package can adopt it as is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from unionbook.domain.library import CLC_CLASSES
from unionbook.services.library.figures import figures
from unionbook.store import Database


@dataclass(frozen=True)
class ReportPart:
    title: str
    rows: list[tuple[str, str]]  # (label, value as shown)


@dataclass(frozen=True)
class AreaReport:
    area: str
    title: str
    parts: list[ReportPart]
    totals: dict[str, int] = field(default_factory=dict)


def annual_report(db: Database, year: int) -> AreaReport:
    f = figures(db, year)
    st = f.check.standard
    holdings = ReportPart("藏书", [("图书种数", str(f.titles)), ("藏书册数（不含注销）", str(f.volumes)),
                                   ("累计注销册数", str(f.written_off))]
                          + [(f"{k} {CLC_CLASSES.get(k, '未分类')}", str(v)) for k, v in sorted(f.by_class.items())])
    lending = ReportPart("借阅", [("全年借阅次数", str(f.loans_year)), ("借阅人数", str(f.readers_year)),
                                  ("借阅人数占会员比例", f"{f.readers_share:.1%}"), ("年末借出未还", str(f.on_loan)),
                                  ("逾期未还", str(f.overdue))])
    activity = ReportPart("读书活动", [("活动次数", str(f.activities_year)), ("参加人次", str(f.attendance_year))])
    verdict = "达到" if f.check.met else f"未达到，差 {f.check.short_by} 册"
    standard = ReportPart("达标情况", [(st.label, f"要求 {st.volumes} 册，{verdict}"), ("依据", st.source),
                                       ("可信度", st.confidence)])
    return AreaReport("library", f"{year}年职工书屋情况", [holdings, lending, activity, standard], {
        "titles": f.titles, "volumes": f.volumes, "on_loan": f.on_loan, "overdue": f.overdue,
        "loans_year": f.loans_year, "readers_year": f.readers_year, "activities_year": f.activities_year,
        "volumes_required": st.volumes, "standard_met": int(f.check.met)})
