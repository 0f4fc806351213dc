"""The change history: who changed what, when. Written inside the caller's transaction."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionbook.domain.ids import redact_id_numbers
from unionbook.store.models import ChangeLog


def record(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str,
    detail: dict[str, Any] | None = None,
) -> None:
    session.add(ChangeLog(
        actor=actor, action=action, entity=entity, entity_id=entity_id, summary=redact_id_numbers(summary),
        detail=redact_id_numbers(json.dumps(detail or {}, ensure_ascii=False, default=str)),
    ))


@dataclass(frozen=True)
class ChangeView:
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    detail: dict[str, Any]


def recent_changes(session: Session, *, entity: str | None = None, entity_id: int | None = None,
                   limit: int = 200) -> list[ChangeView]:
    q = select(ChangeLog).order_by(ChangeLog.id.desc()).limit(limit)
    if entity:
        q = q.where(ChangeLog.entity == entity)
    if entity_id is not None:
        q = q.where(ChangeLog.entity_id == entity_id)
    return [ChangeView(c.at, c.actor, c.action, c.entity, c.entity_id, c.summary, json.loads(c.detail or "{}"))
            for c in session.scalars(q)]
