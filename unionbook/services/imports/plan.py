"""What an import will do, as shown before it happens: new members, per-field changes, problems by row."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from unionbook.exchange.layout import TableLayout
    from unionbook.exchange.reader import RawSheet

def show(value: Any) -> str:
    """A stored value as the preview shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Problem:
    row: int  # the spreadsheet's own row number
    column: str  # the column header as in the file
    message: str
    severity: str = "error"

    def text(self) -> str:
        return f"第{self.row}行 {self.column}：{self.message}"


@dataclass(frozen=True)
class FieldChange:
    column: str  # member table column
    label: str  # Chinese name of the field
    before: Any
    after: Any

    @property
    def before_text(self) -> str:
        return show(self.before)

    @property
    def after_text(self) -> str:
        return show(self.after)


@dataclass
class PlannedNew:
    row: int
    values: dict[str, Any]  # member_row() of the validated member; employer_id is set at commit
    employer: str
    event_date: dt.date


@dataclass
class PlannedUpdate:
    row: int
    member_id: int
    name: str
    changes: list[FieldChange]
    values: dict[str, Any]  # new values of the changed columns and the search keys; employer by name
    employer: str | None  # the new employer's name when it changes


@dataclass
class ColumnChoice:
    """One column of the file as the wizard shows it: header, what it is imported as, a few values."""

    index: int
    letter: str
    label: str
    field: str | None  # the field it is imported as (None: not imported)
    auto_field: str | None  # what the synonym table recognised
    # `field` is an attribute name here, so the dataclasses helper is spelled out
    samples: list[str] = dataclasses.field(default_factory=list)


@dataclass
class Inspection:
    """A file read and its header found, before anything is checked: what the mapping step shows."""

    path: Path
    sheet: str
    sheet_names: list[str]
    header_row: int
    columns: list[ColumnChoice]
    encoding: str
    raw: RawSheet = field(repr=False)  # merged cells filled
    layout: TableLayout = field(repr=False)

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def data_rows(self) -> int:
        return max(0, len(self.raw.rows) - self.layout.data_start)


@dataclass
class ImportPlan:
    path: Path
    sheet: str
    sheet_names: list[str]
    header_row: int
    columns: list[ColumnChoice]
    new: list[PlannedNew] = field(default_factory=list)
    updates: list[PlannedUpdate] = field(default_factory=list)
    unchanged_rows: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    error_rows: list[int] = field(default_factory=list)
    skipped_rows: list[int] = field(default_factory=list)  # 合计 / note lines under the table
    rows_read: int = 0
    encoding: str = ""
    headers: list[str] = field(default_factory=list)  # every header of the file, for the problem-rows file
    raw_rows: dict[int, list[Any]] = field(default_factory=dict)  # row number → cells, rows with problems only
    base: tuple[int, ...] = ()  # the database's high-water marks when previewed
    committed: bool = False

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def mapping(self) -> dict[str, str | None]:
        """Header → field, as used: what "save this mapping" stores."""
        return {c.label: c.field for c in self.columns}

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def has_work(self) -> bool:
        return bool(self.new or self.updates)

    def counts(self) -> dict[str, int]:
        return {"rows": self.rows_read, "new": len(self.new), "updated": len(self.updates),
                "unchanged": len(self.unchanged_rows), "error_rows": len(self.error_rows),
                "errors": len(self.errors), "warnings": len(self.warnings)}



@dataclass
class ImportResult:
    batch_id: str | None
    inserted: int
    updated: int
    unchanged: int
    skipped: int  # rows refused for errors and left out (skip_errors)
    problems: list[Problem]
