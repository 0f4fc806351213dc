"""A member as services show it (`MemberView`), read straight through sqlite3: `members list` reads its rows
here on the light read path (store/reader.py), without SQLAlchemy; records.py builds the same view from the ORM."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from unionbook.domain.ids import IdNumberError, mask_id_number, parse_resident_id
from unionbook.domain.member import Status
from unionbook.domain.text import clean
from unionbook.services.members.roster_sql import RosterQuery, count_on, ids_on


@dataclass(frozen=True)
class MemberView:
    id: int
    name: str
    gender: str
    ethnicity: str
    id_number: str
    birth_date: dt.date
    phone: str
    employer: str
    employer_id: int | None
    job: str
    education: str
    political_status: str
    household_type: str
    employment_form: str
    migrant_worker: bool
    group: str
    frontline: bool
    model_worker: bool
    hardship: bool
    card_number: str
    join_date: dt.date | None
    status: Status
    status_date: dt.date | None
    notes: str

    @property
    def masked_id(self) -> str:
        return mask_id_number(self.id_number)

    @property
    def dispatched(self) -> bool:
        return self.employment_form == "劳务派遣"



_COLUMNS = ("member.id, member.name, member.gender, member.ethnicity, member.id_number, member.birth_date, "
            "member.phone, employer.name, member.employer_id, member.job, member.education, member.political_status, "
            "member.household_type, member.employment_form, member.migrant_worker, member.group_name, "
            "member.frontline, member.model_worker, member.hardship, member.card_number, member.join_date, "
            "member.status, member.status_date, member.notes")
_CHUNK = 5000  # SQLite limits bound variables (32,766 in the Windows build), and a roster can be longer


def _date(value: Any) -> dt.date | None:
    return None if value is None else value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def _view(r: Any) -> MemberView:
    birth = _date(r[5])
    assert birth is not None
    return MemberView(
        id=r[0], name=r[1], gender=r[2], ethnicity=r[3], id_number=r[4], birth_date=birth, phone=r[6],
        employer=r[7] or "", employer_id=r[8], job=r[9], education=r[10], political_status=r[11],
        household_type=r[12], employment_form=r[13], migrant_worker=bool(r[14]), group=r[15],
        frontline=bool(r[16]), model_worker=bool(r[17]), hardship=bool(r[18]), card_number=r[19],
        join_date=_date(r[20]), status=Status(r[21]), status_date=_date(r[22]), notes=r[23])


def member_views(conn: sqlite3.Connection, ids: list[int]) -> list[MemberView]:
    """These members, in the order given."""
    by_id: dict[int, MemberView] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        sql = (f"SELECT {_COLUMNS} FROM member LEFT OUTER JOIN employer ON member.employer_id = employer.id "
               f"WHERE member.id IN ({', '.join('?' * len(chunk))})")
        by_id.update((r[0], _view(r)) for r in conn.execute(sql, chunk))
    return [by_id[i] for i in ids]


def list_on(conn: sqlite3.Connection, query: RosterQuery, offset: int = 0,
            limit: int | None = None) -> tuple[int, list[MemberView]]:
    """`members list`: the count and the members of one page, in one read."""
    return count_on(conn, query), member_views(conn, ids_on(conn, query, offset, limit))


def member_id_for(conn: sqlite3.Connection, key: int | str) -> int | None:
    """The member a key names (`get_member`, `form render --member`): the database id, else a card number,
    else an ID number (written in any of the ways parse_resident_id accepts); None when none matches."""
    text_key = clean(str(key)).replace(" ", "").upper()
    if isinstance(key, int) or (text_key.isascii() and text_key.isdigit() and len(text_key) < 10):
        row = conn.execute("SELECT id FROM member WHERE id = ?", (int(text_key),)).fetchone()
        if row is not None:
            return int(row[0])
    if not text_key:
        return None
    row = conn.execute("SELECT id FROM member WHERE card_number = ? ORDER BY id LIMIT 1", (text_key,)).fetchone()
    if row is not None:
        return int(row[0])
    try:
        number = parse_resident_id(text_key).number
    except IdNumberError:
        number = text_key
    row = conn.execute("SELECT id FROM member WHERE id_number = ? ORDER BY id LIMIT 1", (number,)).fetchone()
    return None if row is None else int(row[0])
