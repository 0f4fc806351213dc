"""Roster files as users send them, made by the tests: valid ID numbers, .xlsx with merged titles, CSV in
the encodings Chinese Excel and WPS write. Imported as a plain module (tests/ is on sys.path)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from stdnum.cn import ric


def resident_id(birth: str = "19900307", seq: int = 1, area: str = "110105", *, male: bool | None = None) -> str:
    """A valid 18-digit ID: `birth` YYYYMMDD, sequence `seq` (its parity is the gender unless `male` says)."""
    if male is not None:
        seq = seq * 2 + (1 if male else 0)
    first17 = f"{area}{birth}{seq % 1000:03d}"
    return first17 + ric.calc_check_digit(first17 + "0")


def old_id(birth6: str = "800101", seq: int = 11, area: str = "110105") -> str:
    """A 15-digit ID of the 1980s: area, YYMMDD, three-digit sequence."""
    return f"{area}{birth6}{seq:03d}"


HEADER = ["序号", "姓名", "身份证号码", "性别", "民族", "联系电话", "工作单位", "入会时间", "是否农民工", "会员证号"]


def member_row(n: int, name: str, number: str, *, gender: str = "", ethnicity: str = "汉族",
               phone: str = "13800138000", employer: str = "甲公司", join: Any = "2019-03-05", migrant: Any = "否",
               card: str = "") -> list[Any]:
    return [n, name, number, gender, ethnicity, phone, employer, join, migrant, card]


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, merges: Iterable[str] = (), sheet: str = "花名册",
               more_sheets: dict[str, Sequence[Sequence[Any]]] | None = None, hidden: Iterable[str] = (),
               text_columns: Iterable[int] = (), first_row: int = 1, first_col: int = 1) -> Path:
    """An .xlsx through openpyxl, as Excel would store the cells (numbers stay numbers unless `text_columns`,
    1-based, are formatted as text)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    text_cols = set(text_columns)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            cell = ws.cell(row=first_row + r, column=first_col + c, value=value)
            if first_col + c in text_cols:
                cell.number_format = "@"
            elif isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    for ref in merges:
        ws.merge_cells(ref)
    for name, extra in (more_sheets or {}).items():
        other = wb.create_sheet(name)
        for row in extra:
            other.append(list(row))
        if name in set(hidden):
            other.sheet_state = "hidden"
    wb.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[Any]], *, encoding: str = "utf-8", bom: bool = False,
              delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(
        ["" if v is None else v for v in row] for row in rows)
    data = buffer.getvalue().encode(encoding)
    if bom:
        data = "\ufeff".encode(encoding) + data if encoding.startswith("utf-16") else b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path


def simple_roster(path: Path, members: Sequence[tuple[str, str]], **kw: Any) -> Path:
    """A plain roster (header in row 1) of (name, id) pairs."""
    rows: list[list[Any]] = [HEADER]
    rows += [member_row(i + 1, name, number, **kw) for i, (name, number) in enumerate(members)]
    return write_xlsx(path, rows, text_columns=[3])


def dump_members(db: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Every row of member, member_event and employer, in id order: "the database is identical"."""
    with db.engine.connect() as conn:
        members = conn.exec_driver_sql("SELECT * FROM member ORDER BY id").all()
        events = conn.exec_driver_sql("SELECT * FROM member_event ORDER BY id").all()
        employers = conn.exec_driver_sql("SELECT * FROM employer ORDER BY id").all()
    return [tuple(r) for r in members], [tuple(r) for r in events], [tuple(r) for r in employers]


def check_search_index(db: Any) -> None:
    """FTS5's own check that the roster's search index matches the member table (raises if not)."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO member_search(member_search, rank) VALUES ('integrity-check', 1)")
