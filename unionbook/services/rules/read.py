"""The rules in force, read through sqlite3 (store.reader.Readable): the chosen rule set with the union's
overrides applied. The light read path (`stats`) reads them here; in_force.py, which also writes them, too."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from unionbook.rules import RuleSet, load_rule_set
from unionbook.rules.loader import DEFAULT_RULE_SET, canonical_id
from unionbook.store.reader import Readable

OVERRIDE_PREFIX = "rules.override."


def chosen_on(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT rule_set FROM union_profile WHERE id = 1").fetchone()
    return canonical_id(row[0] if row is not None and row[0] else DEFAULT_RULE_SET)  # 0.1 stored "national-2016"


def choice_on(conn: sqlite3.Connection) -> tuple[str, dict[str, tuple[Any, str]]]:
    """The chosen rule set's id and the union's overrides (key → (value, note)): in_force.choice_s on sqlite3."""
    found = {}
    for key, raw in conn.execute("SELECT key, value FROM setting WHERE key LIKE ? || '%'", (OVERRIDE_PREFIX,)):
        data = json.loads(raw)
        found[key[len(OVERRIDE_PREFIX):]] = (data["value"], data.get("note", ""))
    return chosen_on(conn), found


def rules_in_force(db: Readable) -> RuleSet:
    """The chosen rule set with the union's overrides applied (overrides of keys the set lacks are ignored:
    they were made under another variant)."""
    with db.read_connection() as conn:
        chosen = chosen_on(conn)
        rows = conn.execute("SELECT key, value FROM setting WHERE key LIKE ? || '%'", (OVERRIDE_PREFIX,)).fetchall()
    rs = load_rule_set(chosen)
    found = {}
    for key, raw in rows:
        data = json.loads(raw)
        name = key[len(OVERRIDE_PREFIX):]
        if name in rs.entries:
            found[name] = (data["value"], data.get("note", ""))
    return rs.with_overrides(found)
