"""The dues book's own settings: its first month and the province whose table splits the upper share and caps
gifts. Each change is recorded with who and when (the Setting table and the change history)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from unionbook.domain.dues import Month
from unionbook.services.dues.common import START_SETTING, month_arg, province, put_setting, start_month
from unionbook.services.dues.rules import PROVINCE_SETTING, dues_rules
from unionbook.services.union import audit
from unionbook.store import Database


def current_settings(db: Database) -> dict[str, Any]:
    with db.read() as s:
        return _view(s)


def _view(s: Session) -> dict[str, Any]:
    first = start_month(s)
    prov = province(s)
    return {"start_month": str(first) if first else None, "province": prov.key, "province_name": prov.name,
            "province_confidence": prov.confidence}


def dues_settings(db: Database, *, start: str | Month | None = None, province_key: str | None = None
                  ) -> dict[str, Any]:
    """Change the book's first month and/or the province; the settings as they are afterwards."""
    if start is None and not province_key:
        return current_settings(db)
    with db.transaction() as s:
        if start is not None:
            month = month_arg(start, "会费账起始月份")
            put_setting(s, START_SETTING, str(month), db.actor)
            audit.record(s, db.actor, "settings", "dues_month", None, f"会费账自{month.label}起")
        if province_key:
            chosen = dues_rules().province(province_key)
            put_setting(s, PROVINCE_SETTING, chosen.key, db.actor)
            audit.record(s, db.actor, "settings", "dues_month", None, f"经费分成与慰问标准按{chosen.name}")
        return _view(s)
