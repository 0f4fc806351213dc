"""The consolidated report of the upper union: each subordinate union's figures for a year from its newest
accepted package, the totals, and who has not reported. Portable SQL through SQLAlchemy (no SQLite-only
functions), so a county federation can keep the receiving side on PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from unionbook.errors import ValidationError
from unionbook.partfiles import commit_part, drop_part, new_part
from unionbook.paths import check_new_output_file
from unionbook.services.bundles.incoming import missing_reports
from unionbook.store import Database
from unionbook.store.models import Correspondent, SubunitReport

KEYS = ("members", "women_members", "migrant_members", "employees")
LABELS = {"name": "工会名称", "uscc": "统一社会信用代码", "members": "会员数", "women_members": "女会员",
          "migrant_members": "农民工会员", "employees": "职工数", "bundle_id": "数据包编号"}


@dataclass
class Consolidated:
    year: int
    unions: list[dict[str, Any]] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)


def consolidated(db: Database, year: int) -> Consolidated:
    with db.read() as s:
        rows = s.execute(select(Correspondent.name, Correspondent.uscc, SubunitReport)
                         .join(SubunitReport, SubunitReport.correspondent_id == Correspondent.id)
                         .where(SubunitReport.year == year).order_by(Correspondent.name)).tuples().all()
        unions = [{"name": name, "uscc": uscc, **{k: getattr(r, k) for k in KEYS}, "bundle_id": r.bundle_id}
                  for name, uscc, r in rows]
    totals = {k: sum(int(u[k]) for u in unions) for k in KEYS}
    return Consolidated(year, unions, totals, missing_reports(db, year))


def write(db: Database, report: Consolidated, out: Path) -> None:
    """The table as .xlsx or .pdf (by the file's suffix)."""
    check_new_output_file(out)
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(report, out)
    elif suffix == ".pdf":
        write_pdf(db, report, out)
    else:
        raise ValidationError("汇总表只能保存为 .xlsx 或 .pdf")


ROW_FIELDS = {"name": "工会名称", "uscc": "统一社会信用代码", "members": "会员数", "women_members": "女会员",
              "migrant_members": "农民工会员", "employees": "职工数"}


def write_pdf(db: Database, report: Consolidated, out: Path) -> None:
    from unionbook import paths
    from unionbook.documents import FormData, load_template, render
    from unionbook.services.union.profile import get_profile

    # each row of this table is a union: the template binds it as member.* with these labels
    tpl = load_template(paths.forms_dir() / "bundles" / "consolidated.toml", extra_fields={"member": ROW_FIELDS})
    totals = {**report.totals, "year": report.year, "contents": "、".join(report.missing) or "无"}
    render(tpl, FormData(union={"name": get_profile(db).name}, members=report.unions, values={"bundle": totals}),
           out)  # all or nothing: render writes a recorded part file and renames it


def write_xlsx(report: Consolidated, out: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = f"{report.year}年汇总"
    cols = ["name", "uscc", *KEYS, "bundle_id"]
    ws.append([LABELS[c] for c in cols])
    for u in report.unions:
        ws.append([u[c] for c in cols])
    ws.append(["合计", "", *[report.totals[k] for k in KEYS], ""])
    if report.missing:
        ws.append([])
        ws.append(["未上报：" + "、".join(report.missing)])
    for col, width in zip("ABCDEFG", (28, 22, 10, 10, 12, 10, 38), strict=True):
        ws.column_dimensions[col].width = width
    part = new_part(out)
    try:
        wb.save(part)
        commit_part(part, out)
    except BaseException:
        drop_part(part)
        raise
