"""Exporting the roster (the same filter, search and order as the roster page) to .xlsx.

ID numbers: the file is the roster a chair hands on, and an export meant for importing back (next year's
update, another computer) needs whole numbers, so whole numbers are the default and the title line says the
file holds them and must be kept safe. `mask_ids=True` writes 110105********0021 instead, under the header
"身份证号（部分隐藏）", for copies that leave the union's hands; such a file cannot be imported back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
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
from unionbook.services.members.roster import FLAGS, RosterQuery, count_members_s, sqlite_connection
from unionbook.services.members.roster_sql import JOIN, order_sql
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
_DATES = (4, 18, 20)  # birth, join and status dates
_FLAGS = (12, 14, 15, 16)
_COLUMNS_SQL = ", ".join(f"{c.table.name}.{c.name}" for c in _COLUMNS)


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
    where, params = query.filter()
    sql = (f"SELECT {_COLUMNS_SQL} FROM member{JOIN} WHERE {where} "
           f"ORDER BY {order_sql(query.sort_key, query.descending)}")
    with db.read() as s:
        union = s.execute(select(UnionProfile.name).where(UnionProfile.id == 1)).scalar() or ""
        employer = ""
        if query.employer_id is not None:
            employer = s.execute(select(Employer.name).where(Employer.id == query.employer_id)).scalar() or ""
            if not employer:
                raise NotFoundError(f"找不到编号为 {query.employer_id} 的单位")
        total = count_members_s(s, query)
        # streamed: one row at a time from the cursor to the file, never the whole roster in memory
        rows = (_export_row(r, mask_ids) for r in sqlite_connection(s).execute(sql, params))
        return _write(path, rows, total, union, query, employer, mask_ids, progress, now)


def _export_row(r: Any, mask_ids: bool) -> list[Any]:
    row = list(r)
    for i in _DATES:
        if row[i] is not None:
            row[i] = dt.date.fromisoformat(row[i])
    for i in _FLAGS:
        row[i] = bool(row[i])
    row[6] = row[6] or ""
    row[_STATUS] = Status(row[_STATUS]).label
    if mask_ids:
        row[_ID] = mask_id_number(row[_ID])
    return row


def _write(path: Path, rows: Iterator[list[Any]], total: int, union: str, query: RosterQuery, employer: str,
           mask_ids: bool, progress: Progress | None, now: dt.datetime) -> ExportResult:
    id_note = "身份证号已部分隐藏" if mask_ids else "含完整身份证号，请妥善保管，勿外传"
    subtitle = (f"导出时间：{now:%Y-%m-%d %H:%M}　共 {total} 人　"
                f"{describe_query(query, employer)}　{id_note}")
    try:
        count = write_roster(path, rows, title=f"{union}会员名册", subtitle=subtitle, masked_ids=mask_ids,
                             progress=progress, total=total)
    except Cancelled:
        raise Cancelled("已取消导出，未生成文件。") from None
    except OSError as exc:
        raise UnionBookError(f"无法写入“{path}”：{os_reason(exc)}（文件是否正在 Excel/WPS 中打开？）") from None
    return ExportResult(path, count, mask_ids)
