"""Is a database file whole? SQLite's own checks, run on a read-only connection so that checking never writes.

`quick_check` (O(N), verifies every page and record but not index contents) runs on every open and before every
backup; `integrity_check` also matches indexes to their tables, for a check on demand.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from unionbook.errors import StoreError

MAX_PROBLEMS = 5  # SQLite stops after this many; the first ones say enough


class DamagedError(StoreError):
    """The database file is damaged: nothing may be written to it or copied from it as a backup."""

    code = "damaged"


def read_only_uri(path: Path) -> str:
    """The URI of a read-only connection to `path`. In a folder nobody can write (a read-only medium) SQLite
    cannot create the WAL index, and a WAL database then does not open at all, unless it is told the file
    cannot change (`immutable`), which is true there."""
    path = Path(path).resolve()
    uri = f"{path.as_uri()}?mode=ro"
    return uri if os.access(path.parent, os.W_OK) and not disk_full(path.parent) else uri + "&immutable=1"


MIN_FREE_BYTES = 1 << 20  # below this a write would fail half-way (WAL, its index, the lock note): don't start


def disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < MIN_FREE_BYTES
    except OSError:
        return False


def problem(path: Path, *, full: bool = False) -> str | None:
    """None when SQLite finds the file whole, else what it found (English, from SQLite). A file that cannot be
    opened at all counts as damaged only when SQLite says so; other errors (permissions) raise StoreError."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
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


__all__ = ["DamagedError", "disk_full", "problem", "read_only_uri"]
