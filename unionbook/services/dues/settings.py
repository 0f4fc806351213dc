"""The dues book's own settings: its first month. Which rules split the upper share and cap gifts is not a
setting of the dues book but the union's rule set in force (`rules use`), shown here with it. Each change is
recorded with who and when (the Setting table and the change history)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from unionbook.domain.dues import Month
from unionbook.services.dues.common import START_SETTING, month_arg, put_setting, start_month
from unionbook.services.dues.rules import dues_rules
from unionbook.services.union import audit
from unionbook.store import Database


def current_settings(db: Database) -> dict[str, Any]:
    with db.read() as s:
        return _view(s)


def _view(s: Session) -> dict[str, Any]:
    first = start_month(s)
    rules = dues_rules(s)
    table = rules.entry("funds.upper_level_shares")
    return {"start_month": str(first) if first else None, "rule_set": rules.rule_set_id,
            "rule_set_title": rules.rule_set_title, "upper_split_confidence": table.confidence,
            "upper_split_unconfirmed": table.unconfirmed}


def dues_settings(db: Database, *, start: str | Month | None = None) -> dict[str, Any]:
    """Change the book's first month; the settings as they are afterwards."""
    if start is None:
        return current_settings(db)
    with db.transaction() as s:
        month = month_arg(start, "会费账起始月份")
        put_setting(s, START_SETTING, str(month), db.actor)
        audit.record(s, db.actor, "settings", "dues_month", None, f"会费账自{month.label}起")
        return _view(s)
