"""The roster and the problem rows as .xlsx files a chair can hand on, open in Excel, WPS or LibreOffice,
and import back.

Roster: a title row and a line saying what was exported, then a bold header frozen in view with an
autofilter; ID, phone and card numbers stored as text (never numbers that Excel would round), dates as real
date cells, flags as 是/否. Headers are the import's own synonyms, so an export imports back unchanged.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unionbook.domain.fields import MEMBER, Kind
from unionbook.exchange.xlsx_writer import DATE, DEFAULT, HEADER, NOTE, TEXT, TITLE, XlsxWriter
from unionbook.jobs import Progress


@dataclass(frozen=True)
class ExportColumn:
    key: str
    header: str
    kind: str = "plain"  # plain / text (numbers kept as text) / date / flag


ID_HEADER = MEMBER.label_of("id_number")
MASKED_ID_HEADER = f"{ID_HEADER}（部分隐藏）"

_KINDS = {Kind.DIGITS: "text", Kind.DATE: "date", Kind.FLAG: "flag"}


def _column(name: str) -> ExportColumn:
    spec = MEMBER[name]
    return ExportColumn(name, spec.label, _KINDS.get(spec.kind, "plain"))


# headers and kinds from the member field specs (domain/fields.py); the order is the export's own
ROSTER_COLUMNS = tuple(_column(name) for name in (
    "name", "gender", "ethnicity", "id_number", "birth_date", "phone", "employer", "job", "education",
    "political_status", "household_type", "employment_form", "migrant_worker", "group", "frontline",
    "model_worker", "hardship", "card_number", "join_date", "status", "status_date", "notes",
))

MIN_WIDTH, MAX_WIDTH = 5.0, 40.0
WIDTH_SAMPLE = 5000


def display_width(value: Any) -> int:
    """Columns a value takes on screen: Chinese characters count two (UTF-8 length trick: 3 bytes → 2)."""
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    s = value if isinstance(value, str) else str(value)
    if "\n" in s:
        return max(display_width(line) for line in s.split("\n"))
    return (len(s.encode("utf-8")) + len(s)) // 2


def fitted_widths(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[float]:
    widths = [float(display_width(h)) for h in headers]
    if rows:
        for i, column in enumerate(zip(*rows, strict=True)):
            widest = max((display_width(v) for v in column), default=0)
            widths[i] = max(widths[i], float(widest))
    return [min(MAX_WIDTH, max(MIN_WIDTH, w + 2)) for w in widths]


def write_roster(path: str | Path, rows: Iterable[Sequence[Any]], *, title: str, subtitle: str,
                 masked_ids: bool = False, progress: Progress | None = None, total: int | None = None,
                 before_commit: Callable[[], None] | None = None) -> int:
    """Write `rows` (values in ROSTER_COLUMNS order, flags as bools) after a title; returns the row count.

    `rows` may be a stream (a database cursor): it is read once, and only the first WIDTH_SAMPLE rows are held,
    to fit the column widths; `total` then gives the count for the progress. `before_commit` runs after the
    last row, before the file takes its place; if it raises, no file is left."""
    columns = ROSTER_COLUMNS
    headers = ["序号"] + [MASKED_ID_HEADER if c.key == "id_number" and masked_ids else c.header for c in columns]
    styles = [DEFAULT] + [TEXT if c.kind == "text" else DATE if c.kind == "date" else DEFAULT for c in columns]
    flags = [i for i, c in enumerate(columns) if c.kind == "flag"]
    if total is None:
        rows = list(rows)
        total = len(rows)
    stream = iter(rows)
    head = list(itertools.islice(stream, WIDTH_SAMPLE))
    writer = XlsxWriter(path, "会员名册")
    try:
        sample = head  # widths from the first rows of big files
        shown = [[str(total)] + [("是" if r[i] else "否") if i in flags else r[i] for i in range(len(columns))]
                 for r in sample]
        writer.widths = fitted_widths(headers, shown)
        writer.freeze_at = (3, 0)
        if progress is not None:
            progress(0, total)  # raises Cancelled: the half-written file is removed below
        writer.append([title], TITLE, height=24)
        writer.append([subtitle], NOTE)
        writer.append(headers, HEADER, height=20)
        n = 0
        for n, row in enumerate(itertools.chain(head, stream), start=1):
            values: list[Any] = [n, *row]
            for i in flags:
                values[i + 1] = "是" if row[i] else "否"
            writer.append(values, styles)
            if progress is not None and n % 500 == 0:
                progress(n, total)
        last_col = len(headers)
        writer.merge(1, 1, 1, last_col)
        writer.merge(2, 1, 2, last_col)
        total = n
        writer.autofilter = (3, 1, 3 + total, last_col)
        writer.print_title_rows = (3, 3)
        if before_commit is not None:
            before_commit()
        writer.close()
    except BaseException:
        writer.abort()
        raise
    if progress is not None:
        progress(total, total)
    return total


def write_problem_rows(path: str | Path, headers: Sequence[str], rows: Sequence[tuple[int, Sequence[Any], str]],
                       *, title: str = "") -> int:
    """The rows an import refused: 原行号, the file's own columns as read, and 问题说明 saying why."""
    all_headers = ["原行号", *headers, "问题说明"]
    writer = XlsxWriter(path, "问题行")
    try:
        shown = [[number, *values, reason] for number, values, reason in rows]
        writer.widths = fitted_widths(all_headers, [[str(c) if c is not None else "" for c in r] for r in shown])
        writer.widths[-1] = MAX_WIDTH + 20
        top = 1
        if title:
            writer.freeze_at = (2, 0)
            writer.append([title], NOTE)
            writer.merge(1, 1, 1, len(all_headers))
            top = 2
        else:
            writer.freeze_at = (1, 0)
        writer.append(all_headers, HEADER)
        for values in shown:
            writer.append([_cell(v) for v in values])
        writer.autofilter = (top, 1, top + len(shown), len(all_headers))
        writer.close()
    except BaseException:
        writer.abort()
        raise
    return len(rows)


def _cell(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, dt.time | dt.timedelta):
        return str(value)
    return value
