"""The data rows of a roster sheet as field values, with every problem named by row and column.

Rows are numbered as the spreadsheet shows them. Empty rows, rows that only carry a 序号, and the 合计/小计
and 填表人 lines under the table are left out. Nothing here knows the database: matching rows to members
and validating them happens in services/imports.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from unionbook.domain.ids import IdNumberError, ResidentId, parse_resident_id
from unionbook.domain.text import clean
from unionbook.exchange.layout import LABELS, Column, TableLayout, auto_mapping, detect_layout, fill_merged
from unionbook.exchange.reader import RawSheet
from unionbook.exchange.values import (
    CellError,
    as_text,
    is_blank,
    parse_choice,
    parse_date,
    parse_flag,
    parse_id_cell,
    parse_plain,
)
from unionbook.exchange.vocab import DATE_FIELDS, FLAG_FIELDS, IGNORE, Vocabulary, vocabulary
from unionbook.jobs import Progress

CHOICE_FIELDS = frozenset({"gender", "ethnicity", "education", "political_status", "household_type",
                           "employment_form", "group"})
PLAIN_FIELDS = frozenset({"phone", "employer", "job", "card_number"})
# lines under the table: totals, who filled the form in, notes
TOTAL_WORDS = ("合计", "小计", "总计", "共计")
FOOTER_WORDS = ("合计", "小计", "总计", "共计", "填表人", "制表人", "审核人", "负责人", "填报人", "填表日期",
                "填报日期", "制表日期", "注：", "注:", "说明：", "说明:", "备注：", "备注:", "单位盖章", "盖章")


@dataclass(frozen=True)
class RowProblem:
    row: int  # the spreadsheet's row number
    column: str  # the column's header as shown in the file, or the field's name when the file lacks it
    message: str
    severity: str = "error"  # "error" refuses the row, "warning" does not
    field: str | None = None


@dataclass
class SheetRow:
    row: int
    values: dict[str, Any]  # field → parsed value, only for fields the file gives for this row
    problems: list[RowProblem] = field(default_factory=list)
    number: str | None = None  # the ID number as validated (18 digits), None when missing or invalid
    resident_id: ResidentId | None = None  # the same ID parsed, handed on so that validation parses it once

    @property
    def has_error(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


@dataclass
class ParsedSheet:
    sheet: RawSheet
    layout: TableLayout
    mapping: dict[int, str]  # column index → field
    rows: list[SheetRow]
    skipped: list[int]  # row numbers of 合计 and note lines left out

    def label(self, field_name: str) -> str:
        """The header of the column that holds `field_name`, or the field's Chinese name."""
        for index, name in self.mapping.items():
            if name == field_name:
                return self.column(index).label
        return LABELS.get(field_name, field_name)

    def column(self, index: int) -> Column:
        return next(c for c in self.layout.columns if c.index == index)

    def raw_values(self, row_number: int) -> list[Any]:
        """The cells of one row under each header, as read (for the problem-rows file)."""
        cells = self.sheet.rows[row_number - 1]
        return [cells[c.index] if c.index < len(cells) else None for c in self.layout.columns]


def read_table(sheet: RawSheet, mapping: dict[int, str] | None = None) -> tuple[TableLayout, dict[int, str]]:
    """The header of a sheet and the mapping to use (the automatic one unless given)."""
    fill_merged(sheet)
    layout = detect_layout(sheet)
    return layout, auto_mapping(layout.columns) if mapping is None else mapping


def parse_sheet(sheet: RawSheet, layout: TableLayout, mapping: dict[int, str],
                progress: Progress | None = None) -> ParsedSheet:
    vocab = vocabulary()
    mapping = {i: f for i, f in mapping.items() if f and f != IGNORE}
    labels = {c.index: c.label for c in layout.columns}
    parsed = ParsedSheet(sheet, layout, mapping, [], [])
    total = len(sheet.rows) - layout.data_start
    columns = [_ColumnParser(index, name, labels.get(index, LABELS.get(name, name))) for index, name in mapping.items()]
    id_index = next((i for i, f in mapping.items() if f == "id_number"), None)
    today = dt.date.today()  # for the ID numbers' birth dates (once, not once a row)
    specs: list[_Spec] = [(c.name, c.index, c.memo, c) for c in columns]
    for n, (number, cells) in enumerate(_data_rows(sheet, layout), start=1):
        if id_index is not None and id_index < len(cells) and not is_blank(cells[id_index]):
            kind = "row"  # the common case, decided without looking at the other cells
        else:
            kind = _row_kind(cells, mapping, layout.columns)
        if kind == "footer":
            parsed.skipped.append(number)
        elif kind == "row":
            parsed.rows.append(_parse_row(number, cells, specs, vocab, today))
        if progress is not None and n % 500 == 0:
            progress(n, total)
    return parsed


def _data_rows(sheet: RawSheet, layout: TableLayout) -> Iterator[tuple[int, list[Any]]]:
    for i in range(layout.data_start, len(sheet.rows)):
        yield i + 1, sheet.rows[i]


def _cell(cells: list[Any], index: int) -> Any:
    return cells[index] if index < len(cells) else None


def _row_kind(cells: list[Any], mapping: dict[int, str], columns: tuple[Column, ...]) -> str:
    """"row" to import, "footer" for totals and notes, "empty" for blank (or 序号-only) rows."""
    by_field = {f: _cell(cells, i) for i, f in mapping.items()}
    if not is_blank(by_field.get("id_number")):
        return "row"
    texts = [clean(as_text(v)).replace(" ", "") for v in cells if not is_blank(v)]
    # without an ID: 合计 may stand in the 序号 column and a count in the name column
    if any(t.startswith(TOTAL_WORDS) for t in texts):
        return "footer"
    name = clean(as_text(by_field.get("name"))).replace(" ", "")
    if name and not name.startswith(FOOTER_WORDS):
        return "row"  # a person without an ID: an error to report, even if a note says "备注：…"
    if any(t.startswith(FOOTER_WORDS) for t in texts):
        return "footer"  # 填表人：…, 审核人：…, 注：…
    if all(is_blank(v) for v in by_field.values()):
        return "empty"  # only a 序号, or only columns that are not imported
    return "row"


_SKIP = object()  # a blank cell: the field is not given by this row
# Columns whose values are (nearly) all different: remembering their cells would only cost memory
_UNIQUE_FIELDS = frozenset({"id_number", "name", "phone", "card_number", "notes", "birth_date"})
_MEMO_LIMIT = 5000  # distinct cells remembered per column


def _parse_value(name: str, value: Any, vocab: Vocabulary) -> tuple[Any, str | None]:
    """One cell as the field's value (or _SKIP when blank) and a warning; raises CellError."""
    if name in FLAG_FIELDS:
        return parse_flag(value, vocab), None
    if is_blank(value):
        return _SKIP, None
    if name == "id_number":
        return parse_id_cell(value), None
    if name in DATE_FIELDS:
        day, warning = parse_date(value)
        return (_SKIP if day is None else day), warning
    if name in CHOICE_FIELDS:
        return parse_choice(name, value, vocab) or _SKIP, None
    if name in PLAIN_FIELDS:
        text = parse_plain(value, vocab)
        if not text:
            return _SKIP, None
        return (text.lstrip("'") if name == "card_number" else text), None
    if name == "notes":
        return as_text(value).strip() or _SKIP, None
    return as_text(value), None  # name, status


class _ColumnParser:
    """Parses one column's cells. A roster repeats a handful of words (男, 汉族, 群众, 是, the employers)
    tens of thousands of times: each distinct cell is parsed once (a third of a 50,000-row import's time)."""

    __slots__ = ("index", "name", "label", "memo")

    def __init__(self, index: int, name: str, label: str) -> None:
        self.index, self.name, self.label = index, name, label
        self.memo: dict[tuple[type, Any], tuple[Any, str | None, CellError | None]] | None = (
            None if name in _UNIQUE_FIELDS else {})

    def parse(self, value: Any, vocab: Vocabulary) -> tuple[Any, str | None, CellError | None]:
        memo = self.memo
        if memo is not None:
            key = (value.__class__, value)  # 1, 1.0 and True are equal keys but not the same cell
            hit = memo.get(key)
            if hit is not None:
                return hit
        try:
            parsed, warning = _parse_value(self.name, value, vocab)
            outcome: tuple[Any, str | None, CellError | None] = (parsed, warning, None)
        except CellError as exc:
            outcome = (None, None, exc)
        if memo is not None and len(memo) < _MEMO_LIMIT:
            memo[key] = outcome
        return outcome


_Spec = tuple[str, int, "dict[tuple[type, Any], tuple[Any, str | None, CellError | None]] | None", _ColumnParser]


def _parse_row(number: int, cells: list[Any], columns: list[_Spec], vocab: Vocabulary,
               today: dt.date | None = None) -> SheetRow:
    """`columns`: (field, index, memo, parser) of each column imported (read once for every row)."""
    row = SheetRow(number, {})
    birth: tuple[int, str, dt.date, str] | None = None  # index, label, date, warning when only month/year given
    width = len(cells)
    values = row.values
    for name, index, memo, column in columns:
        cell = cells[index] if index < width else None
        # the memo looked up here rather than in parse(): a million method calls for 50,000 rows
        outcome = memo.get((cell.__class__, cell)) if memo is not None else None
        value, warning, error = outcome if outcome is not None else column.parse(cell, vocab)
        if error is None and warning is None:  # most cells
            if value is not _SKIP:
                values[name] = value
            continue
        if error is not None:
            # the ID decides the birth date, so an unreadable 出生日期 only warns
            severity = "warning" if name == "birth_date" else "error"
            message = f"{error}，以身份证号为准" if name == "birth_date" else str(error)
            row.problems.append(RowProblem(number, column.label, message, severity, name))
            continue
        if value is _SKIP:
            continue
        values[name] = value
        if warning and name == "birth_date":
            birth = (column.index, column.label, value, warning)
        elif warning:
            row.problems.append(RowProblem(number, column.label, warning, "warning", name))
    if "id_number" in values:
        try:
            rid: ResidentId | None = parse_resident_id(values["id_number"], today=today)
        except IdNumberError:
            rid = None
        row.number = rid.number if rid else None
        row.resident_id = rid
    else:
        rid = None
    if birth is not None:
        _check_partial_birth(row, birth, rid)
    return row


def _check_partial_birth(row: SheetRow, birth: tuple[int, str, dt.date, str], rid: ResidentId | None) -> None:
    """出生年月 "1990.03" agrees with an ID born 1990-03-15: nothing to say. Otherwise warn as usual."""
    _index, label, day, warning = birth
    if rid is not None:
        year_only = "只有年份" in warning
        same = rid.birth_date.year == day.year and (year_only or rid.birth_date.month == day.month)
        if same:
            del row.values["birth_date"]
            return
    row.problems.append(RowProblem(row.row, label, warning, "warning", "birth_date"))
