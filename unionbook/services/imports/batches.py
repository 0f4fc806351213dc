"""Committing an import plan as one batch in one transaction, and listing batches (undo: undo.py).

A batch records, per member, whether it created them or which fields it changed (old and new values), plus
the high-water marks of change_log and member_event at commit. Undo puts the old values back and removes the
members it created with their join events — unless something happened to those members since (an edit, a
status change, a later batch), in which case it refuses and says what, because undoing would then throw
that later work away or leave it pointing at nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Date, DateTime, Table, bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from unionbook.domain.member import Event, Status
from unionbook.errors import ConflictError, ValidationError
from unionbook.jobs import Progress, collector_paused
from unionbook.services.imports.plan import ImportPlan, ImportResult
from unionbook.services.union import audit
from unionbook.store import Database, bulk
from unionbook.store.models import (
    ChangeLog,
    Employer,
    ImportBatch,
    ImportBatchChange,
    Member,
    MemberEvent,
)

_CHUNK = 2000
# declared as FromClause by SQLAlchemy; a declarative model's __table__ is a Table
_member = cast(Table, Member.__table__)
_DATE_COLUMNS = {c.name for c in _member.columns if isinstance(c.type, Date) and not isinstance(c.type, DateTime)}
_DATETIME_COLUMNS = {c.name for c in _member.columns if isinstance(c.type, DateTime)}


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _to_json(values: dict[str, Any]) -> str:
    return json.dumps({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in values.items()},
                      ensure_ascii=False)


def _from_json(text: str) -> dict[str, Any]:
    values: dict[str, Any] = json.loads(text or "{}")
    for key, value in values.items():
        if value is not None and key in _DATETIME_COLUMNS:
            values[key] = dt.datetime.fromisoformat(value)
        elif value is not None and key in _DATE_COLUMNS:
            values[key] = dt.date.fromisoformat(value)
    return values


def marks(s: Session) -> tuple[int, ...]:
    """High-water marks of the tables a plan depends on; any write in between changes one of them."""
    return tuple(int(s.execute(select(func.coalesce(func.max(col), 0))).scalar_one())
                 for col in (ChangeLog.id, Member.id, MemberEvent.id, ImportBatch.id))


def _stored(s: Session, ids: list[int], columns: set[str]) -> dict[int, dict[str, Any]]:
    """Current values of some columns of some members, read in chunks."""
    cols = sorted(columns)
    found: dict[int, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        stmt = select(_member.c.id, *(_member.c[c] for c in cols)).where(_member.c.id.in_(ids[i:i + 500]))
        for row in s.execute(stmt):
            found[row[0]] = dict(zip(cols, row[1:], strict=True))
    return found


def _employer_ids(s: Session, names: set[str]) -> tuple[dict[str, int], list[int]]:
    """Ids of the named employers, creating the missing ones; also the ids created."""
    names.discard("")
    found: dict[str, int] = {}
    ordered = sorted(names)
    for i in range(0, len(ordered), 500):
        found.update({n: i for i, n in s.execute(select(Employer.id, Employer.name)
                                                 .where(Employer.name.in_(ordered[i:i + 500])))})
    created: list[int] = []
    for name in ordered:
        if name not in found:
            employer = Employer(name=name)
            s.add(employer)
            s.flush()
            found[name] = employer.id
            created.append(employer.id)
    return found, created


@collector_paused()  # store-form rows for 50,000 members, all alive until written
def commit(db: Database, plan: ImportPlan, *, skip_errors: bool = False,
           progress: Progress | None = None,
           alongside: Callable[[ImportResult], None] | None = None) -> ImportResult:
    """Write the plan's new and changed members as one batch, in one transaction: all of it or nothing.
    `alongside`: called with the result (its batch_id not yet set) on another thread while SQLite indexes the
    new members, when there are any (the command line writes its report then); it must not touch the database."""
    if plan.error_rows and not skip_errors:
        raise ValidationError(
            f"“{plan.file_name}”中有{len(plan.errors)}处错误（涉及{len(plan.error_rows)}行），未导入任何数据。"
            "请修正后重新导入，或选择跳过有错误的行、只导入其余各行。")
    if plan.committed:
        raise ConflictError("这份预览已经导入过了；如需再次导入，请重新读取文件。")
    result = ImportResult(None, len(plan.new), len(plan.updates), len(plan.unchanged_rows), len(plan.error_rows),
                          list(plan.problems))
    if not plan.has_work:
        plan.committed = True
        return result
    total = len(plan.new) + len(plan.updates)

    def tick(done: int) -> None:
        if progress is not None:
            progress(done, total)  # raises Cancelled: the transaction is rolled back

    with db.transaction() as s:
        if marks(s) != plan.base:
            raise ConflictError("预览之后台账已有改动（可能是另一个窗口或命令修改了会员），为免覆盖，请重新预览后再导入。")
        now = _now()
        employers, created_employers = _employer_ids(
            s, {p.employer for p in plan.new} | {u.employer for u in plan.updates if u.employer})
        batch = ImportBatch(file_name=plan.file_name[:300], sheet=plan.sheet[:100], created_at=now, actor=db.actor,
                            inserted=len(plan.new), updated=len(plan.updates), unchanged=len(plan.unchanged_rows),
                            skipped=len(plan.error_rows), warnings=len(plan.warnings),
                            created_employers=json.dumps(created_employers))
        s.add(batch)
        s.flush()
        done = _insert_new(s, plan, batch.id, employers, now, db.actor, tick,
                           None if alongside is None else lambda: alongside(result))
        _apply_updates(s, plan, batch.id, employers, now, tick, done)
        audit.record(s, db.actor, "import", "import_batch", batch.id,
                     f"导入“{plan.file_name}”：新增{len(plan.new)}名、更新{len(plan.updates)}名会员"
                     f"（批次 {batch.id}）",
                     {"file": plan.file_name, "sheet": plan.sheet, **plan.counts()})
        s.flush()
        batch.log_id = int(s.execute(select(func.max(ChangeLog.id))).scalar_one())
        batch.last_event_id = int(s.execute(select(func.coalesce(func.max(MemberEvent.id), 0))).scalar_one())
    plan.committed = True
    result.batch_id = str(batch.id)
    if progress is not None:
        progress(total, total)
    return result


def _sqlite_value(value: Any) -> Any:
    """A value as SQLAlchemy's SQLite types store it (Date: ISO date; DateTime: with microseconds)."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _insert_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    if rows:
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        conn.executemany(sql, rows)


def _member_tuples(plan: ImportPlan, start: int, end: int, first_id: int, employers: dict[str, int], now: str
                   ) -> tuple[list[str], list[list[Any]]]:
    """New members start…end as rows in store form, a chunk at a time (all 50,000 at once would double what
    the plan holds). Only the date columns are converted (converting each of two million values cost a
    second), and `now`, the same for every row, once."""
    keys = [k for k in plan.new[0].values if k not in _SET_HERE]
    dates = [i for i, k in enumerate(keys) if k in _DATE_COLUMNS or k in _DATETIME_COLUMNS]
    active = Status.ACTIVE.value
    take = itemgetter(*keys)  # every planned row has every column (records.member_row)
    out: list[list[Any]] = []  # sqlite3 binds any sequence: no tuple made of each list
    date = dt.date
    for n in range(start, min(end, len(plan.new))):
        p = plan.new[n]
        row = list(take(p.values))
        for i in dates:
            value = row[i]
            if value is not None:
                row[i] = value.isoformat() if type(value) is date else _sqlite_value(value)  # (a plain date: most)
        row += (first_id + n, employers.get(p.employer), active, p.event_date.isoformat(), now, now)
        out.append(row)
    return [*keys, *_SET_HERE], out


_SET_HERE = ("id", "employer_id", "status", "status_date", "created_at", "updated_at")
_EVENT_COLUMNS = ("member_id", "event", "from_status", "to_status", "date", "reason", "doc_ref", "other_union",
                  "recorded_at", "recorded_by")
_CHANGE_COLUMNS = ("batch_id", "member_id", "kind", "before", "after")


def _insert_new(s: Session, plan: ImportPlan, batch_id: int, employers: dict[str, int], now: dt.datetime,
                actor: str, tick: Any, alongside: Callable[[], None] | None) -> int:
    if not plan.new:
        return 0
    first_id = int(s.execute(select(func.coalesce(func.max(Member.id), 0))).scalar_one()) + 1
    reason = f"批量导入：{plan.file_name}"[:200]
    stamp = _sqlite_value(now)
    join, active = Event.JOIN.value, Status.ACTIVE.value
    done = 0

    def write() -> None:
        # through the session's own sqlite3 connection (same transaction): Core's per-row parameter
        # processing was a third of an import's time
        nonlocal done
        conn = cast(sqlite3.Connection, s.connection().connection.driver_connection)
        for start in range(0, len(plan.new), _CHUNK):
            columns, members = _member_tuples(plan, start, start + _CHUNK, first_id, employers, stamp)
            _insert_rows(conn, "member", columns, members)
            done += len(members)
            tick(done)

    bulk.insert_members(s, write, first_id, len(plan.new), alongside)
    # each new member's join event (on the date the member row carries as status_date) and the batch's record
    # of it, in member order, by SQLite from the rows just written: building and binding 100,000 tuples in
    # Python took three times as long
    s.execute(text(f"INSERT INTO member_event ({', '.join(_EVENT_COLUMNS)}) "
                   "SELECT id, :join, NULL, :active, status_date, :reason, '', '', :stamp, :actor "
                   "FROM member WHERE id >= :first ORDER BY id"),
              {"join": join, "active": active, "reason": reason, "stamp": stamp, "actor": actor, "first": first_id})
    s.execute(text(f"INSERT INTO import_batch_change ({', '.join(_CHANGE_COLUMNS)}) "
                   "SELECT :batch, id, 'created', '{}', '{}' FROM member WHERE id >= :first ORDER BY id"),
              {"batch": batch_id, "first": first_id})
    return done


def _apply_updates(s: Session, plan: ImportPlan, batch_id: int, employers: dict[str, int], now: dt.datetime,
                   tick: Any, done: int) -> None:
    # one executemany per set of changed columns: rows are few kinds, and only changed columns are written
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    rows = []
    for u in plan.updates:
        values = dict(u.values)
        if u.employer is not None:
            values["employer_id"] = employers.get(u.employer)
        values["updated_at"] = now
        groups[tuple(sorted(values))].append({"b_id": u.member_id, **values})
        rows.append((u.member_id, values))
    written = {c for columns in groups for c in columns}
    changes = []
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start:start + _CHUNK]
        stored = _stored(s, [m for m, _ in chunk], written)
        for member_id, values in chunk:
            # before: every column the batch writes, search keys and updated_at included, so undo is exact
            before = {c: stored[member_id][c] for c in values}
            changes.append({"batch_id": batch_id, "member_id": member_id, "kind": "updated",
                            "before": _to_json(before), "after": _to_json(values)})
    def write() -> None:
        nonlocal done
        for columns, params in groups.items():
            stmt = update(_member).where(_member.c.id == bindparam("b_id")).values(
                {c: bindparam(c) for c in columns})
            for i in range(0, len(params), _CHUNK):
                s.execute(stmt, params[i:i + _CHUNK])
                tick(done + i + len(params[i:i + _CHUNK]))
            done += len(params)

    bulk.update_members(s, write, [m for m, _ in rows])
    for i in range(0, len(changes), _CHUNK):
        s.execute(insert(cast(Table, ImportBatchChange.__table__)), changes[i:i + _CHUNK])


# ---- history ----

@dataclass(frozen=True)
class BatchView:
    batch_id: str
    file_name: str
    sheet: str
    created_at: dt.datetime
    actor: str
    inserted: int
    updated: int
    unchanged: int
    skipped: int
    warnings: int
    undone_at: dt.datetime | None
    undone_by: str
    kind: str = "members"  # services/imports/kinds.py


def list_batches(db: Database) -> list[BatchView]:
    """Every import, newest first."""
    with db.read() as s:
        return [BatchView(str(b.id), b.file_name, b.sheet, b.created_at, b.actor, b.inserted, b.updated, b.unchanged,
                          b.skipped, b.warnings, b.undone_at, b.undone_by, b.kind)
                for b in s.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))]


# ---- undo ----

@dataclass(frozen=True)
class UndoResult:
    batch_id: str
    removed: int  # members the batch had created (another kind: the rows it had added)
    restored: int  # members whose fields got their old values back
    summary: str = ""  # Chinese, what was taken back: set by kinds other than members (kinds.py)
