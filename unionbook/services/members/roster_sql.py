"""The roster's SQL, written once as text with named parameters, for sqlite3 (the cursor's hot path) and for
SQLAlchemy (as a text clause). Qt-free and ORM-free: building a statement costs microseconds.

Plans matter more than statements here; `tests/services/test_roster_plans.py` pins them with EXPLAIN QUERY
PLAN, so that a new index cannot silently change them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any, NamedTuple

from unionbook.domain.ids import mask_id_number
from unionbook.domain.member import DISPATCHED_FORM, Status
from unionbook.domain.text import clean

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

# sort key → (SQL expression, may it be NULL)
SORT_SQL: dict[str, tuple[str, bool]] = {
    "id": ("member.id", False),
    "name": ("member.name_pinyin", False),  # Chinese names sort by pinyin, as people look them up
    "gender": ("member.gender", False),
    "id_number": ("member.id_number", False),
    "birth_date": ("member.birth_date", False),
    "phone": ("member.phone", False),
    "employer": ("employer.name", True),  # members without an employer have NULL here
    "job": ("member.job", False),
    "join_date": ("member.join_date", True),
    "status": ("member.status", False),
    "card_number": ("member.card_number", False),
    "group": ("member.group_name", False),
}

_FLAG_SQL = {
    "migrant": "member.migrant_worker = 1",
    "group": "member.group_name != ''",
    "dispatched": "member.employment_form = :dispatched",
    "frontline": "member.frontline = 1",
    "model_worker": "member.model_worker = 1",
    "hardship": "member.hardship = 1",
    "women": "member.gender = '女'",
    # a 新就业形态 worker: declared so, or employed in that form (the roster's 用工形式)
    "new_forms": "(member.new_forms = 1 OR member.employment_form = '新就业形态')",
    # the age at which the statistics flag 在册 members as likely retirees (rule stats.retirement_flag_age)
    "aged_60": "member.birth_date <= :born_by",
}

ROW_SQL = ("member.id, member.name, member.gender, member.id_number, member.birth_date, member.phone, employer.name, "
           "member.job, member.join_date, member.status, member.card_number, member.group_name, member.migrant_worker, "
           "member.employment_form, "
           # 会费交至: the newest month paid, one seek in dues_payment's UNIQUE (member_id, month) index per row
           # (MAX over a covering index), so a page costs the same however many payments the union has
           "(SELECT max(dues_payment.month) FROM dues_payment WHERE dues_payment.member_id = member.id)")
JOIN = " LEFT OUTER JOIN employer ON member.employer_id = employer.id"


class RosterRow(NamedTuple):
    """One line of the roster table: what the list shows, ID already masked. (A named tuple: a page makes 32 of
    them, and a frozen dataclass takes five times as long to make.)"""

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
    # "YYYY-MM", the newest month of dues paid: a member with none is None. The roster shows 会费交至 from the
    # dues area instead (the month before the first unpaid month owed: services/dues/standing.py)
    dues_paid_through: str | None = None


def with_paid_through(r: RosterRow, month: str | None) -> RosterRow:
    """`r` with another 会费交至 (`_replace` does the same three times slower: a page has 32 rows)."""
    return RosterRow(*r[:-1], month)


def _date(value: Any) -> Any:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def to_row(r: Any) -> RosterRow:
    return RosterRow(r[0], r[1], r[2], mask_id_number(r[3]), _date(r[4]), r[5], r[6] or "", r[7], _date(r[8]),
                     _STATUS.get(r[9]) or Status(r[9]), r[10], r[11], bool(r[12]), r[13], r[14])


_STATUS = {s.value: s for s in Status}  # Status(value) costs seven times a dict lookup


def filter_sql(statuses: tuple[str, ...], employer_id: int | None, flags: tuple[str, ...], group: str,
               terms: list[str], *, hide_status_index: bool = True, trigram: bool = True
               ) -> tuple[str, dict[str, Any]]:
    """The WHERE condition (never empty) and its parameters.

    The status test is written `status || ''` by default: it hides the status index, which hardly narrows
    anything (most members are current), so that SQLite walks the sort index or the covering index instead;
    the covering index holds status, so the test still reads no member rows.

    Terms of three characters or more go through the trigram index unless `trigram` is False: then every term
    is a LIKE on the key, which a walk of the covering index tests without reading rows (roster_search.py).
    """
    parts: list[str] = []
    params: dict[str, Any] = {}
    if statuses:
        names = []
        for i, status in enumerate(statuses):
            params[f"st{i}"] = status
            names.append(f":st{i}")
        column = "member.status || ''" if hide_status_index else "member.status"
        parts.append(f"{column} IN ({', '.join(names)})")
    if employer_id is not None:
        parts.append("member.employer_id = :employer_id")
        params["employer_id"] = employer_id
    for flag in flags:
        if flag not in _FLAG_SQL:
            raise ValueError(f"未知的筛选条件：{flag}")
        parts.append(_FLAG_SQL[flag])
        if flag == "dispatched":
            params["dispatched"] = DISPATCHED_FORM
        if flag == "aged_60":
            today = dt.date.today()
            params["born_by"] = dt.date(today.year - 60, today.month, min(today.day, 28)).isoformat()
    if group:
        parts.append("member.group_name = :group_name")
        params["group_name"] = group
    for i, term in enumerate(terms):
        if len(term) >= 3 and trigram:
            parts.append(f"member.id IN (SELECT rowid FROM member_search WHERE member_search MATCH :q{i})")
            params[f"q{i}"] = '"' + term.replace('"', '""') + '"'
        else:
            parts.append(f"member.search_key LIKE :q{i} ESCAPE '\\'")
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params[f"q{i}"] = f"%{escaped}%"
    return (" AND ".join(parts) or "1"), params


def order_sql(key: str, descending: bool, *, walk: bool = True) -> str:
    """ORDER BY the sort key, ties by id. Without `walk` a unary + keeps SQLite off the sort key's index: the
    matches are collected (through the trigram or covering index), then sorted."""
    expr, _ = SORT_SQL[key]
    direction = "DESC" if descending else "ASC"
    return f"{'' if walk else '+'}{expr} {direction}, member.id {direction}"


def keyset_segments(key: str, descending: bool, anchor: tuple[Any, int], *, inclusive: bool
                    ) -> list[tuple[str, dict[str, Any]]]:
    """The conditions, in order, for the rows after `anchor` (sort value, id) in display order.

    Row values give SQLite an index range. NULL sort values (no employer, no join date) come first going up
    and last going down, as SQLite orders them; they are a segment of their own, ordered by id.
    """
    expr, nullable = SORT_SQL[key]
    value, member_id = anchor
    params: dict[str, Any] = {"ak": value, "aid": member_id}
    op = ("<" if descending else ">") + ("=" if inclusive else "")
    if value is None:
        first = (f"{expr} IS NULL AND member.id {op} :aid", params)
        return [first] if descending else [first, (f"{expr} IS NOT NULL", {})]
    segments = [(f"({expr}, member.id) {op} (:ak, :aid)", params)]
    if descending and nullable:
        segments.append((f"{expr} IS NULL", {}))
    return segments


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

    def filter(self, *, hide_status_index: bool = True, trigram: bool = True, terms: bool = True
               ) -> tuple[str, dict[str, Any]]:
        """The WHERE condition; without `terms`, the filters alone (for members already known to match the
        search)."""
        return filter_sql(tuple(s.value for s in self.statuses), self.employer_id, self.flags, self.group,
                          self.terms() if terms else [], hide_status_index=hide_status_index, trigram=trigram)

    @property
    def sort_key(self) -> str:
        return self.sort if self.sort in SORT_SQL else "name"


def from_sql(query: RosterQuery, *, rows: bool = False) -> str:
    return "FROM member" + (JOIN if rows or query.sort_key == "employer" else "")


def count_on(conn: sqlite3.Connection, query: RosterQuery) -> int:
    """How many members `query` selects. Without a search, the status range of the figures index is counted;
    with one, the whole roster index is scanned instead, which holds the search key (the status range would
    read every member row for it)."""
    where, params = query.filter(hide_status_index=bool(query.terms()))
    return int(conn.execute(f"SELECT count(*) FROM member WHERE {where}", params).fetchone()[0])


def ids_on(conn: sqlite3.Connection, query: RosterQuery, offset: int = 0, limit: int | None = None) -> list[int]:
    """Ids in display order, `offset` and `limit` as the command line's `members list` takes them."""
    where, params = query.filter()
    sql = f"SELECT member.id {from_sql(query)} WHERE {where} ORDER BY {order_sql(query.sort_key, query.descending)}"
    if limit is not None or offset:
        sql += f" LIMIT {-1 if limit is None else int(limit)} OFFSET {int(offset)}"
    return [r[0] for r in conn.execute(sql, params)]
