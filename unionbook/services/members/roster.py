"""The roster as SQL: filters, the search box and sorting, paged out of the database.

Search runs on the stored normalised key (name, pinyin initials, full pinyin, ID number, phone digits, card
number). Terms of three characters or more go through the FTS5 trigram index; shorter ones (`zs`, 张) scan the
key with LIKE, which on 100,000 rows still answers within a few tens of milliseconds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    and_,
    bindparam,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session

from unionbook.domain.ids import mask_id_number
from unionbook.domain.member import DISPATCHED_FORM, Status
from unionbook.domain.text import clean
from unionbook.store.models import Employer, Member

# Filter flags the roster offers (key → Chinese label).
FLAGS: dict[str, str] = {
    "migrant": "农民工",
    "group": "八大群体",
    "dispatched": "劳务派遣",
    "frontline": "一线职工",
    "model_worker": "劳模",
    "hardship": "困难职工",
    "women": "女职工",
    "new_forms": "新就业形态",
    "aged_60": "年满60周岁（核实是否应保留会籍）",
}

# Sort keys the roster offers: what users click on, and the column the database sorts by.
SORTS: dict[str, Any] = {
    "id": Member.id,
    "name": Member.name_pinyin,  # Chinese names sort by pinyin, as people look them up
    "gender": Member.gender,
    "id_number": Member.id_number,
    "birth_date": Member.birth_date,
    "phone": Member.phone,
    "employer": Employer.name,
    "job": Member.job,
    "join_date": Member.join_date,
    "status": Member.status,
    "card_number": Member.card_number,
    "group": Member.group_name,
}

CURRENT = (Status.ACTIVE, Status.KEPT)


@dataclass(frozen=True)
class RosterQuery:
    search: str = ""
    statuses: tuple[Status, ...] = ()  # empty: every status
    employer_id: int | None = None
    flags: tuple[str, ...] = ()  # keys of FLAGS, all must hold
    group: str = ""  # one 八大群体 group
    sort: str = "name"
    descending: bool = False

    def terms(self) -> list[str]:
        return [t for t in clean(self.search).lower().split() if t]


# a 新就业形态 worker: declared so, or employed in that form (the roster's 用工形式)
NEW_FORMS_CLAUSE = Member.new_forms.is_(True) | (Member.employment_form == "新就业形态")


def _flag_clause(flag: str) -> ColumnElement[bool]:
    match flag:
        case "migrant":
            return Member.migrant_worker.is_(True)
        case "group":
            return Member.group_name != ""
        case "dispatched":
            return Member.employment_form == DISPATCHED_FORM
        case "frontline":
            return Member.frontline.is_(True)
        case "model_worker":
            return Member.model_worker.is_(True)
        case "hardship":
            return Member.hardship.is_(True)
        case "women":
            return Member.gender == "女"
        case "new_forms":
            return NEW_FORMS_CLAUSE
        case "aged_60":
            # the age at which the statistics flag 在册 members as likely retirees (rule stats.retirement_flag_age)
            today = dt.date.today()
            born_by = dt.date(today.year - 60, today.month, min(today.day, 28))
            return Member.birth_date <= born_by
    raise ValueError(f"未知的筛选条件：{flag}")


def _like(column: SQLColumnExpression[str], term: str) -> ColumnElement[bool]:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")


def _term_clause(term: str, n: int) -> ColumnElement[bool]:
    """One typed term matches anywhere in the stored key (name, initials, pinyin, ID, phone, card).

    Three characters or more go through the FTS5 trigram index. Shorter ones (`zs`, `张`) cannot, and match
    much of the roster anyway: they are a LIKE over the key, which the (status, search_key) covering index
    answers without reading the member rows.
    """
    if len(term) >= 3:
        phrase = '"' + term.replace('"', '""') + '"'
        # and_() takes a text() clause at run time; SQLAlchemy's annotations only admit column expressions
        return cast(ColumnElement[bool], text(
            f"member.id IN (SELECT rowid FROM member_search WHERE member_search MATCH :q{n})").bindparams(
            bindparam(f"q{n}", phrase)))
    return _like(Member.search_key, term)


def where_clause(query: RosterQuery, *, walk: bool = False) -> ColumnElement[bool]:
    """The filter; with `walk`, written so that SQLite walks the sort column's index rather than the status
    index, which hardly narrows anything (most members are active)."""
    parts: list[ColumnElement[bool]] = []
    if query.statuses:
        status: Any = Member.status
        if walk:
            status = Member.status.concat("")  # hides the status index from the planner
        parts.append(status.in_([s.value for s in query.statuses]))
    if query.employer_id is not None:
        parts.append(Member.employer_id == query.employer_id)
    parts.extend(_flag_clause(f) for f in query.flags)
    if query.group:
        parts.append(Member.group_name == query.group)
    parts.extend(_term_clause(t, i) for i, t in enumerate(query.terms()))
    return and_(True, *parts)


def _ordered(stmt: Select[Any], query: RosterQuery, *, walk: bool = True) -> Select[Any]:
    key = SORTS.get(query.sort, Member.name_pinyin)
    if not walk:
        # a unary + keeps SQLite from walking the sort index: the matches are collected, then sorted
        key = literal_column(f"+{key.table.name}.{key.name}")
    order = key.desc() if query.descending else key.asc()
    tie = Member.id.desc() if query.descending else Member.id.asc()
    return stmt.order_by(order, tie)


def count_members_s(s: Session, query: RosterQuery) -> int:
    stmt = select(func.count()).select_from(Member).where(where_clause(query))
    return int(s.execute(stmt).scalar_one())


def count_members(db: Any, query: RosterQuery | None = None) -> int:
    with db.read() as s:
        return count_members_s(s, query or RosterQuery())


def matching_ids(s: Session, query: RosterQuery) -> list[int]:
    """Every matching member id in display order, in one query. For searches: they match a small part of the
    roster, which the (status, search_key, name_pinyin) covering index or the trigram index finds without
    reading member rows; the list's length is the count, and pages are then read by id."""
    stmt = select(Member.id).where(where_clause(query))
    if query.sort == "employer":
        stmt = stmt.outerjoin(Employer, Member.employer_id == Employer.id)
    return list(s.scalars(_ordered(stmt, query, walk=False)))


def list_member_ids(s: Session, query: RosterQuery, offset: int = 0, limit: int | None = None) -> list[int]:
    if query.terms():
        ids = matching_ids(s, query)
        return ids[offset:None if limit is None else offset + limit]
    stmt = select(Member.id).where(where_clause(query, walk=True))
    if query.sort == "employer":
        stmt = stmt.outerjoin(Employer, Member.employer_id == Employer.id)
    stmt = _ordered(stmt, query).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(s.scalars(stmt))


@dataclass(frozen=True)
class RosterRow:
    """One line of the roster table: what the list shows, ID already masked."""

    id: int
    name: str
    gender: str
    masked_id: str
    birth_date: dt.date
    phone: str
    employer: str
    job: str
    join_date: dt.date | None
    status: Status
    card_number: str
    group: str
    migrant_worker: bool
    employment_form: str


ROW_COLUMNS = (
    Member.id, Member.name, Member.gender, Member.id_number, Member.birth_date, Member.phone, Employer.name,
    Member.job, Member.join_date, Member.status, Member.card_number, Member.group_name, Member.migrant_worker,
    Member.employment_form,
)


def _row(r: Any) -> RosterRow:
    return RosterRow(r[0], r[1], r[2], mask_id_number(r[3]), r[4], r[5], r[6] or "", r[7], r[8], Status(r[9]), r[10],
                     r[11], bool(r[12]), r[13])


def page_rows(s: Session, query: RosterQuery, offset: int, limit: int) -> list[RosterRow]:
    """One page of the roster in display order, walking the sort column's index (for the unsearched roster,
    where nearly every row matches and one page is found after reading about one page)."""
    stmt = select(*ROW_COLUMNS).outerjoin(Employer, Member.employer_id == Employer.id).where(
        where_clause(query, walk=True))
    stmt = _ordered(stmt, query).offset(offset).limit(limit)
    return [_row(r) for r in s.execute(stmt)]


def rows_by_ids(s: Session, ids: list[int]) -> list[RosterRow]:
    """The rows of these members, in the order given."""
    if not ids:
        return []
    stmt = select(*ROW_COLUMNS).outerjoin(Employer, Member.employer_id == Employer.id).where(Member.id.in_(ids))
    by_id = {r[0]: _row(r) for r in s.execute(stmt)}
    return [by_id[i] for i in ids if i in by_id]
