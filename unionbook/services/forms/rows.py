"""The members a form is printed for, as plain values, read through sqlite3 (`store.reader.Readable`).

One reading for both ways in: the window and the numbered letters pass a `Database`, `form render` of any
other form passes the light `Reader` (store/reader.py), so that one form from a fresh process does not import
SQLAlchemy and the ORM models (0.3–0.4 s, more than the form itself). The values are those the ORM gave:
dates as `datetime.date`, flags as `bool`, the status as `Status`, the employer's name ("" for none).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from typing import Any

from unionbook.domain.member import Event, Status
from unionbook.errors import NotFoundError
from unionbook.services.members.roster_sql import CURRENT
from unionbook.services.members.views import member_id_for
from unionbook.store.reader import Readable

# (SQL expression, key) in the order the forms' member scope reads them
_FIELDS = (
    ("member.id", "id"), ("member.name", "name"), ("member.gender", "gender"), ("member.ethnicity", "ethnicity"),
    ("member.id_number", "id_number"), ("member.birth_date", "birth_date"), ("member.phone", "phone"),
    ("employer.name", "employer"), ("member.employer_id", "employer_id"), ("member.job", "job"),
    ("member.education", "education"), ("member.political_status", "political_status"),
    ("member.household_type", "household_type"), ("member.employment_form", "employment_form"),
    ("member.migrant_worker", "migrant_worker"), ("member.group_name", "group"), ("member.frontline", "frontline"),
    ("member.model_worker", "model_worker"), ("member.hardship", "hardship"), ("member.card_number", "card_number"),
    ("member.join_date", "join_date"), ("member.status", "status"), ("member.status_date", "status_date"),
    ("member.notes", "notes"), ("member.id_type", "id_type"), ("member.household_place", "household_place"),
    ("member.native_place", "native_place"), ("member.skill_level", "skill_level"),
    ("member.employment_status", "employment_status"), ("member.model_worker_level", "model_worker_level"),
    ("member.previous_union", "previous_union"), ("member.new_forms", "new_forms"),
)
_KEYS = tuple(key for _, key in _FIELDS)
_DATES = frozenset(i for i, key in enumerate(_KEYS) if key in ("birth_date", "join_date", "status_date"))
_FLAGS = frozenset(i for i, key in enumerate(_KEYS)
                   if key in ("migrant_worker", "frontline", "model_worker", "hardship", "new_forms"))
_SELECT = (f"SELECT {', '.join(expr for expr, _ in _FIELDS)} FROM member "
           "LEFT OUTER JOIN employer ON member.employer_id = employer.id")
_ORDER = " ORDER BY member.name_pinyin, member.id"  # by pinyin, as people look names up
_CHUNK = 500  # bound parameters per statement (SQLite's limit)


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value[:10])


def _value(i: int, value: Any) -> Any:
    if value is None:
        return None
    if i in _DATES:
        return _date(value)
    if i in _FLAGS:
        return bool(value)
    return value


def _rows(conn: sqlite3.Connection, where: str, params: Iterable[Any]) -> list[dict[str, Any]]:
    out = []
    for row in conn.execute(f"{_SELECT} WHERE {where}{_ORDER}", tuple(params)):
        d = {key: _value(i, v) for i, (key, v) in enumerate(zip(_KEYS, row, strict=True))}
        d["employer"] = d["employer"] or ""
        d["status"] = Status(d["status"])
        out.append(d)
    return out


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def current_members(db: Readable) -> list[dict[str, Any]]:
    """Everyone on the books (在册 and 保留会籍), in roster order (by pinyin)."""
    statuses = [st.value for st in CURRENT]
    with db.read_connection() as conn:
        return _rows(conn, f"member.status IN ({_marks(len(statuses))})", statuses)


def members_by_key(db: Readable, keys: Iterable[int | str]) -> list[dict[str, Any]]:
    """Members in the order given; a key is the member id, a card number or an ID number. Each carries its
    会籍变动记录 (`history`) for the registration form (HB p.947: the 保留 date goes in its notes)."""
    with db.read_connection() as conn:
        ids: list[int] = []
        for key in keys:
            found_id = key if isinstance(key, int) else member_id_for(conn, key)
            if found_id is None:
                raise NotFoundError(f"找不到会员“{key}”（可用会员编号、会员证号或身份证号查找）")
            ids.append(found_id)
        found: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            found.update((r["id"], r) for r in _rows(conn, f"member.id IN ({_marks(len(chunk))})", chunk))
        missing = [str(i) for i in ids if i not in found]
        if missing:
            raise NotFoundError(f"找不到会员：{'、'.join(missing[:10])}")
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            sql = (f"SELECT member_id, event, date, reason FROM member_event WHERE member_id IN "
                   f"({_marks(len(chunk))}) ORDER BY id")
            for member_id, event, date, reason in conn.execute(sql, chunk):
                day = _date(date)
                assert day is not None
                line = f"{day:%Y.%m.%d} {Event(event).label}" + (f"（{reason}）" if reason else "")
                row = found[member_id]
                row["history"] = f"{row['history']}；{line}" if row.get("history") else line
    return [found[i] for i in ids]
