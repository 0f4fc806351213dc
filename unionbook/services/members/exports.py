"""Exporting the roster (the same filter, search and order as the roster page) to .xlsx.

ID numbers: the file is the roster a chair hands on, and an export meant for importing back (next year's
update, another computer) needs whole numbers, so whole numbers are the default and the title line says the
file holds them and must be kept safe. `mask_ids=True` writes 110105********0021 instead, under the header
"身份证号（部分隐藏）", for copies that leave the union's hands; such a file cannot be imported back.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unionbook.domain.ids import mask_id_number
from unionbook.domain.member import Status
from unionbook.errors import NotFoundError, UnionBookError, ValidationError, os_reason
from unionbook.exchange.xlsx_export import write_roster
from unionbook.jobs import Cancelled, Progress
from unionbook.paths import check_output_file
from unionbook.services.members.roster_sql import FLAGS, JOIN, RosterQuery, count_on, order_sql
from unionbook.store.reader import Readable


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    masked_ids: bool


# the columns of write_roster's ROSTER_COLUMNS, in its order (tests/services/test_exports.py checks them against
# the models); read with sqlite3, without SQLAlchemy: the light read path of the command line takes the export
_COLUMNS = (
    "member.name", "member.gender", "member.ethnicity", "member.id_number", "member.birth_date", "member.phone",
    "employer.name", "member.job", "member.education", "member.political_status", "member.household_type",
    "member.employment_form", "member.migrant_worker", "member.group_name", "member.frontline",
    "member.model_worker", "member.hardship", "member.card_number", "member.join_date", "member.status",
    "member.status_date", "member.notes",
)
_ID, _EMPLOYER, _STATUS = 3, 6, 19
_DATES = (4, 18, 20)  # birth, join and status dates
_FLAGS = (12, 14, 15, 16)
_COLUMNS_SQL = ", ".join(_COLUMNS)
_CHUNK = 1000  # rows fetched at a time from the cursor


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


def export_roster(db: Readable, path: str | Path, query: RosterQuery | None = None, *, mask_ids: bool = False,
                  progress: Progress | None = None, now: dt.datetime | None = None,
                  before_commit: Callable[[], None] | None = None) -> ExportResult:
    """Write the members `query` selects, in its order, to `path` (.xlsx). Cancelling leaves no file.

    Streamed: rows go from the sqlite3 cursor, a chunk at a time, through the xlsx writer into the file; the
    whole roster is never held. `before_commit` runs once every row is written, before the file takes its
    place (the command line's light path waits there for SQLite's quick_check)."""
    path = check_target(path)
    query = query or RosterQuery()
    now = now or dt.datetime.now()
    where, params = query.filter()
    sql = (f"SELECT {_COLUMNS_SQL} FROM member{JOIN} WHERE {where} "
           f"ORDER BY {order_sql(query.sort_key, query.descending)}")
    with db.read_connection() as conn:
        row = conn.execute("SELECT name FROM union_profile WHERE id = 1").fetchone()
        union = (row[0] if row else "") or ""
        employer = ""
        if query.employer_id is not None:
            row = conn.execute("SELECT name FROM employer WHERE id = ?", (query.employer_id,)).fetchone()
            employer = (row[0] if row else "") or ""
            if not employer:
                raise NotFoundError(f"找不到编号为 {query.employer_id} 的单位")
        total = count_on(conn, query)
        rows = _export_rows(conn.execute(sql, params), mask_ids)
        return _write(path, rows, total, union, query, employer, mask_ids, progress, now, before_commit)


def _export_rows(cursor: sqlite3.Cursor, mask_ids: bool) -> Iterator[list[Any]]:
    """The cursor's rows as write_roster takes them (dates, flags as bools, the status's label), a chunk of
    rows at a time."""
    from_iso = dt.date.fromisoformat
    labels = {s.value: s.label for s in Status}
    birth, joined, changed = _DATES
    f1, f2, f3, f4 = _FLAGS
    while chunk := cursor.fetchmany(_CHUNK):
        for r in chunk:
            row = list(r)
            if row[birth] is not None:
                row[birth] = from_iso(row[birth])
            if row[joined] is not None:
                row[joined] = from_iso(row[joined])
            if row[changed] is not None:
                row[changed] = from_iso(row[changed])
            row[f1] = bool(row[f1])
            row[f2] = bool(row[f2])
            row[f3] = bool(row[f3])
            row[f4] = bool(row[f4])
            row[_EMPLOYER] = row[_EMPLOYER] or ""
            row[_STATUS] = labels[row[_STATUS]]
            if mask_ids:
                row[_ID] = mask_id_number(row[_ID])
            yield row


def _write(path: Path, rows: Iterator[list[Any]], total: int, union: str, query: RosterQuery, employer: str,
           mask_ids: bool, progress: Progress | None, now: dt.datetime,
           before_commit: Callable[[], None] | None) -> ExportResult:
    id_note = "身份证号已部分隐藏" if mask_ids else "含完整身份证号，请妥善保管，勿外传"
    subtitle = (f"导出时间：{now:%Y-%m-%d %H:%M}　共 {total} 人　"
                f"{describe_query(query, employer)}　{id_note}")
    try:
        count = write_roster(path, rows, title=f"{union}会员名册", subtitle=subtitle, masked_ids=mask_ids,
                             progress=progress, total=total, before_commit=before_commit)
    except Cancelled:
        raise Cancelled("已取消导出，未生成文件。") from None
    except OSError as exc:
        raise UnionBookError(f"无法写入“{path}”：{os_reason(exc)}（文件是否正在 Excel/WPS 中打开？）") from None
    return ExportResult(path, count, mask_ids)
