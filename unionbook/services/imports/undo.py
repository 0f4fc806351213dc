"""Undoing an import batch: the members it created are removed with their join events, the fields it changed
get their old values back — unless something happened to those members since (an edit, a status change, a later
batch), in which case it refuses and says what. Another kind of import (a delivery list) undoes its own rows
through its kind's `undo_batch` (kinds.py)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import CursorResult, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from unionbook.domain.member import Event
from unionbook.errors import ConflictError, NotFoundError, StoreError
from unionbook.services.imports import kinds
from unionbook.services.imports.batches import UndoResult, _from_json, _member, _now, _stored
from unionbook.services.imports.kinds import MEMBERS
from unionbook.services.union import audit
from unionbook.store import Database, bulk
from unionbook.store.models import (
    Base,
    ChangeLog,
    Employer,
    ImportBatch,
    ImportBatchChange,
    Member,
    MemberEvent,
)

_CHUNK = 2000


def _batch_id(batch_id: str | int) -> int:
    text = str(batch_id).strip()
    if not text.isdigit():
        raise NotFoundError(f"找不到导入批次“{batch_id}”（批次号是数字，可用“导入记录”查看）")
    return int(text)


def undo(db: Database, batch_id: str | int) -> UndoResult:
    """Restore the state before the batch, or refuse (ConflictError) when later work depends on it."""
    number = _batch_id(batch_id)
    try:
        with db.transaction() as s:
            batch = s.get(ImportBatch, number)
            if batch is None:
                raise NotFoundError(f"找不到导入批次“{batch_id}”（可用“导入记录”查看已有的批次）")
            if batch.undone_at is not None:
                raise ConflictError(f"导入批次 {number}（{batch.file_name}）已于 "
                                    f"{batch.undone_at:%Y-%m-%d %H:%M} 撤销，不能再次撤销。")
            if batch.kind != MEMBERS:  # another area's rows: its kind takes them back, or refuses and says why
                result: UndoResult = kinds.service(batch.kind).undo_batch(s, batch, db.actor)
                batch.undone_at = _now()
                batch.undone_by = db.actor
                return result
            touched = select(ImportBatchChange.member_id).where(ImportBatchChange.batch_id == number)
            _check_nothing_depends(s, batch, touched)
            created = [m for (m,) in s.execute(touched.where(ImportBatchChange.kind == "created"))]
            updated = s.execute(select(ImportBatchChange.member_id, ImportBatchChange.before, ImportBatchChange.after)
                                .where(ImportBatchChange.batch_id == number, ImportBatchChange.kind == "updated")
                                ).tuples().all()
            _check_updates_untouched(s, updated)
            s.execute(delete(MemberEvent).where(MemberEvent.member_id.in_(
                touched.where(ImportBatchChange.kind == "created"))))
            s.execute(delete(Member).where(Member.id.in_(touched.where(ImportBatchChange.kind == "created"))))
            _restore(s, updated)
            restored = len(updated) + _remove_rows_of_other_areas(s, number)
            _drop_unused_employers(s, json.loads(batch.created_employers or "[]"))
            batch.undone_at = _now()
            batch.undone_by = db.actor
            audit.record(s, db.actor, "import_undo", "import_batch", number,
                         f"撤销导入批次 {number}（{batch.file_name}）：删除新增的{len(created)}名会员，"
                         f"恢复{restored}名会员的原有信息")
            return UndoResult(str(number), len(created), restored)
    except StoreError as exc:
        if "外键" in exc.message:
            raise ConflictError(f"导入批次 {number} 新增的会员已被其他记录（如会费、选举、会议）引用，不能撤销。") from exc
        raise


def _remove_rows_of_other_areas(s: Session, number: int) -> int:
    """Rows another area's import wrote with this batch (a `batch_id` column referring to import_batch, such as
    the wages of a payroll sheet) go with it; the area's rows are only ever added, so removing them restores."""
    removed = 0
    for table in Base.metadata.sorted_tables:
        column = table.c.get("batch_id")
        if table.name == "import_batch_change" or column is None:
            continue
        if any(fk.column.table.name == "import_batch" for fk in column.foreign_keys):
            removed += cast(CursorResult[Any], s.execute(delete(table).where(column == number))).rowcount or 0
    return removed


def _check_nothing_depends(s: Session, batch: ImportBatch, touched: Any) -> None:
    later = s.execute(select(ImportBatch.id, ImportBatch.file_name).join(
        ImportBatchChange, ImportBatchChange.batch_id == ImportBatch.id).where(
        ImportBatch.id > batch.id, ImportBatch.undone_at.is_(None), ImportBatchChange.member_id.in_(touched)
    ).distinct().order_by(ImportBatch.id.desc())).all()
    if later:
        names = "、".join(f"{i}（{f}）" for i, f in later)
        raise ConflictError(f"不能撤销导入批次 {batch.id}：之后的导入批次 {names} 又改动了其中的会员。"
                            "请先撤销之后的批次（从最新的开始）。")
    edit = s.execute(select(ChangeLog.at, ChangeLog.actor, ChangeLog.summary).where(
        ChangeLog.id > batch.log_id, ChangeLog.entity == "member", ChangeLog.entity_id.in_(touched)
    ).order_by(ChangeLog.id).limit(1)).first()
    if edit is not None:
        raise ConflictError(f"不能撤销导入批次 {batch.id}：导入后其中的会员又有改动（{edit.at:%Y-%m-%d %H:%M} "
                            f"{edit.actor}：{edit.summary}）。撤销会丢掉这些改动，请先手工处理。")
    event = s.execute(select(MemberEvent.date, MemberEvent.event, Member.name).join(
        Member, Member.id == MemberEvent.member_id).where(
        MemberEvent.id > batch.last_event_id, MemberEvent.member_id.in_(touched)).limit(1)).first()
    if event is not None:
        label = Event(event.event).label
        raise ConflictError(f"不能撤销导入批次 {batch.id}：导入后会员“{event.name}”已办理会籍变动"
                            f"（{event.date.isoformat()} {label}）。")
    created = select(ImportBatchChange.member_id).where(ImportBatchChange.batch_id == batch.id,
                                                        ImportBatchChange.kind == "created")
    expected = s.execute(select(func.count()).select_from(created.subquery())).scalar_one()
    present = s.execute(select(func.count()).select_from(Member).where(Member.id.in_(created))).scalar_one()
    if present != expected:
        raise ConflictError(f"不能撤销导入批次 {batch.id}：其中新增的{expected - present}名会员已不在台账中。")


def _check_updates_untouched(s: Session, updated: Sequence[tuple[int, str, str]]) -> None:
    """Columns the batch set must still hold the batch's values, whatever path might have changed them."""
    for start in range(0, len(updated), _CHUNK):
        chunk = [(member_id, _from_json(after)) for member_id, _before, after in updated[start:start + _CHUNK]]
        columns = {c for _, after in chunk for c in after}
        stored = _stored(s, [m for m, _ in chunk], columns)
        for member_id, after in chunk:
            current = stored.get(member_id)
            if current is None:
                raise ConflictError(f"不能撤销：本批次更新过的会员（编号 {member_id}）已不在台账中。")
            if any(current[c] != v for c, v in after.items()):
                raise ConflictError(f"不能撤销：本批次更新过的会员“{current.get('name') or member_id}”"
                                    f"（编号 {member_id}）在导入之后又被修改过。")


def _restore(s: Session, updated: Sequence[tuple[int, str, str]]) -> None:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for member_id, before_text, _after in updated:
        before = _from_json(before_text)
        if before:
            groups[tuple(sorted(before))].append({"b_id": member_id, **before})
    def write() -> None:
        for columns, rows in groups.items():
            stmt = update(_member).where(_member.c.id == bindparam("b_id")).values(
                {c: bindparam(c) for c in columns})
            for i in range(0, len(rows), _CHUNK):
                s.execute(stmt, rows[i:i + _CHUNK])

    bulk.update_members(s, write, [m for m, _b, _a in updated])


def _drop_unused_employers(s: Session, ids: list[int]) -> None:
    if ids:
        used = select(Member.employer_id).where(Member.employer_id.is_not(None))
        s.execute(delete(Employer).where(Employer.id.in_(ids), Employer.id.not_in(used)))
