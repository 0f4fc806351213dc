"""Is a database file whole? SQLite's own checks, run on a read-only connection so that checking never writes.

`quick_check` (O(N), verifies every page and record but not index contents) runs on every open and before every
backup; `integrity_check` also matches indexes to their tables, for a check on demand.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from unionbook.errors import StoreError

MAX_PROBLEMS = 5  # SQLite stops after this many; the first ones say enough


class DamagedError(StoreError):
    """The database file is damaged: nothing may be written to it or copied from it as a backup."""

    code = "damaged"


def problem(path: Path, *, full: bool = False) -> str | None:
    """None when SQLite finds the file whole, else what it found (English, from SQLite). A file that cannot be
    opened at all counts as damaged only when SQLite says so; other errors (permissions) raise StoreError."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"无法读取数据库文件“{path}”：{exc}") from exc
    try:
        rows = conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as exc:  # "database disk image is malformed", "file is not a database"
        if isinstance(exc, sqlite3.OperationalError) and "malformed" not in str(exc).lower():
            raise StoreError(f"无法检查数据库文件“{path}”：{exc}") from exc
        return str(exc)
    finally:
        conn.close()
    found = [str(r[0]) for r in rows]
    return None if found == ["ok"] else "；".join(found)[:300]


__all__ = ["DamagedError", "problem"]
