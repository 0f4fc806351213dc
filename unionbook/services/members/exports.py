"""Exporting the roster (the same filter, search and order as the roster page) to .xlsx.

ID numbers: the file is the roster a chair hands on, and an export meant for importing back (next year's
update, another computer) needs whole numbers, so whole numbers are the default and the title line says the
file holds them and must be kept safe. `mask_ids=True` writes 110105********0021 instead, under the header
"身份证号（部分隐藏）", for copies that leave the union's hands; such a file cannot be imported back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from unionbook.domain.ids import mask_id_number
from unionbook.domain.member import Status
from unionbook.errors import NotFoundError, UnionBookError, ValidationError, os_reason
from unionbook.exchange.xlsx_export import write_roster
from unionbook.jobs import Cancelled, Progress
from unionbook.paths import check_output_file
from unionbook.services.members.roster import FLAGS, SORTS, RosterQuery, where_clause
from unionbook.store import Database
from unionbook.store.models import Employer, Member, UnionProfile


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    masked_ids: bool


_COLUMNS = (
    Member.name, Member.gender, Member.ethnicity, Member.id_number, Member.birth_date, Member.phone, Employer.name,
    Member.job, Member.education, Member.political_status, Member.household_type, Member.employment_form,
    Member.migrant_worker, Member.group_name, Member.frontline, Member.model_worker, Member.hardship,
    Member.card_number, Member.join_date, Member.status, Member.status_date, Member.notes,
)
_ID, _STATUS = 3, 19


def describe_query(query: RosterQuery, employer: str = "") -> str:
    """The filter in words, for the export's second line."""
    parts = []
    if query.statuses:
        parts.append("状态：" + "、".join(s.label for s in query.statuses))
    if employer:
        parts.append(f"单位：{employer}")
    if query.flags:
        parts.append("、".join(FLAGS.get(f, f) for f in query.flags))
    if query.group:
        parts.append(f"八大群体：{query.group}")
    if query.search.strip():
        parts.append(f"查找“{query.search.strip()}”")
    return "筛选：" + "；".join(parts) if parts else "全部会员"


def check_target(path: str | Path) -> Path:
    path = Path(path).expanduser().resolve()
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(f"导出文件应以 .xlsx 结尾：{path.name}")
    check_output_file(path)
    return path


def export_roster(db: Database, path: str | Path, query: RosterQuery | None = None, *, mask_ids: bool = False,
                  progress: Progress | None = None, now: dt.datetime | None = None) -> ExportResult:
    """Write the members `query` selects, in its order, to `path` (.xlsx). Cancelling leaves no file."""
    path = check_target(path)
    query = query or RosterQuery()
    now = now or dt.datetime.now()
    key = SORTS.get(query.sort, Member.name_pinyin)
    order = [key.desc() if query.descending else key.asc(), Member.id.desc() if query.descending else Member.id]
    stmt = (select(*_COLUMNS).outerjoin(Employer, Member.employer_id == Employer.id)
            .where(where_clause(query)).order_by(*order))
    with db.read() as s:
        union = s.execute(select(UnionProfile.name).where(UnionProfile.id == 1)).scalar() or ""
        employer = ""
        if query.employer_id is not None:
            employer = s.execute(select(Employer.name).where(Employer.id == query.employer_id)).scalar() or ""
            if not employer:
                raise NotFoundError(f"找不到编号为 {query.employer_id} 的单位")
        rows: list[list[Any]] = [list(r) for r in s.execute(stmt)]
    for r in rows:
        r[6] = r[6] or ""
        r[_STATUS] = Status(r[_STATUS]).label
        if mask_ids:
            r[_ID] = mask_id_number(r[_ID])
    id_note = "身份证号已部分隐藏" if mask_ids else "含完整身份证号，请妥善保管，勿外传"
    subtitle = (f"导出时间：{now:%Y-%m-%d %H:%M}　共 {len(rows)} 人　"
                f"{describe_query(query, employer)}　{id_note}")
    try:
        count = write_roster(path, rows, title=f"{union}会员名册", subtitle=subtitle, masked_ids=mask_ids,
                             progress=progress)
    except Cancelled:
        raise Cancelled("已取消导出，未生成文件。") from None
    except OSError as exc:
        raise UnionBookError(f"无法写入“{path}”：{os_reason(exc)}（文件是否正在 Excel/WPS 中打开？）") from None
    return ExportResult(path, count, mask_ids)
