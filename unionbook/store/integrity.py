"""Is a database file whole? SQLite's own checks, run on a read-only connection so that checking never writes.

`quick_check` (O(N), verifies every page and record but not index contents) runs on every open and before every
backup; `integrity_check` also matches indexes to their tables, for a check on demand.
"""

from __future__ import annotations

import datetime as dt
import json
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


# ---- the verdict of the last quick_check, for the file exactly as it was checked ----
#
# A quick_check reads every page: ~1 s per 100 MB (a 100,000-member union with its dues is 350 MB), which a
# read-only command or the window's start cannot afford each time. A file found whole is remembered with what
# identifies its state (device, inode, size and modification time of the file and of its WAL); while nothing
# has changed them, and for at most VERDICT_HOURS, opening it again does not check it again. Any write, a copy
# put in its place or a restore changes them, and the next opening checks again. The full integrity_check still
# runs weekly, and SQLite still refuses a damaged page it reads ("malformed": the file is then opened as damaged).

VERDICT_HOURS = 24
VERDICT_FILE = "checked.json"
_MAX_VERDICTS = 20


def state(path: Path) -> list[list[int] | None]:
    """What identifies the file's content without reading it; None for a WAL that is not there or empty (a
    writer opening the file truncates it, which changes its times but holds no page)."""
    out: list[list[int] | None] = []
    for p in (Path(path), Path(f"{path}-wal")):
        try:
            st = p.stat()
        except OSError:
            out.append(None)
            continue
        out.append([st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns] if st.st_size or p == Path(path) else None)
    return out


def _verdicts_path() -> Path:
    from unionbook.paths import config_file

    return config_file().with_name(VERDICT_FILE)


def _verdicts() -> dict[str, dict[str, object]]:
    try:
        data = json.loads(_verdicts_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def vouched(path: Path) -> bool:
    """True when a quick_check found this file whole in exactly its present state, less than VERDICT_HOURS ago."""
    entry = _verdicts().get(str(Path(path).resolve()))
    if not isinstance(entry, dict) or entry.get("state") != state(path):
        return False
    try:
        at = dt.datetime.fromisoformat(str(entry.get("at")))
    except ValueError:
        return False
    return dt.timedelta(0) <= dt.datetime.now() - at < dt.timedelta(hours=VERDICT_HOURS)


def remember_whole(path: Path, checked_state: list[list[int] | None]) -> None:
    """Remember that the file was found whole in `checked_state` (taken before the check began, so that a write
    during the check leaves nothing remembered). Best effort: a folder that cannot be written just means the
    next opening checks again."""
    if checked_state != state(path):
        return
    verdicts = _verdicts()
    verdicts.pop(str(Path(path).resolve()), None)
    verdicts[str(Path(path).resolve())] = {"state": checked_state, "at": dt.datetime.now().isoformat()}
    target = _verdicts_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(dict(list(verdicts.items())[-_MAX_VERDICTS:])), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass


def forget(path: Path) -> None:
    """The file may have been damaged in a way its state does not show (a failed check elsewhere): check again."""
    verdicts = _verdicts()
    if verdicts.pop(str(Path(path).resolve()), None) is not None:
        try:
            _verdicts_path().write_text(json.dumps(verdicts), encoding="utf-8")
        except OSError:
            pass


def checked_problem(path: Path) -> str | None:
    """`problem(path)` (the quick_check) unless the file is vouched for in its present state; a whole file is
    remembered, a damaged one forgotten."""
    if vouched(path):
        return None
    before = state(path)
    found = problem(path)
    if found is None:
        remember_whole(path, before)
    else:
        forget(path)
    return found


__all__ = ["DamagedError", "checked_problem", "disk_full", "forget", "problem", "read_only_uri", "remember_whole",
           "state", "vouched"]


FULL_CHECK_KEY = "integrity.full_check_at"  # the setting that says when the full check last passed
FULL_CHECK_EVERY = dt.timedelta(days=7)


def weekly_problem(conn: sqlite3.Connection, path: Path, actor: str) -> str | None:
    """The full integrity_check (indexes matched to their tables too) once a week, on `conn` (autocommit): what
    it found wrong, or None (passed, or not due). When it last passed is kept in the setting table, outside the
    user's changes. A full disk does not stop the opening: the check runs next time."""
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (FULL_CHECK_KEY,)).fetchone()
        try:
            last = dt.datetime.fromisoformat(json.loads(row[0])) if row else None
        except (TypeError, ValueError):
            last = None
        now = dt.datetime.now().replace(microsecond=0)
        if last is not None and dt.timedelta(0) <= now - last < FULL_CHECK_EVERY:
            return None
        found = problem(path, full=True)
        if found is None:
            conn.execute(
                "INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                "updated_by = excluded.updated_by",
                (FULL_CHECK_KEY, json.dumps(now.isoformat()), now.isoformat(sep=" "), actor))
        return found
    except sqlite3.Error as exc:
        if "full" in str(exc).lower():
            return None
        raise StoreError(f"数据库完整性检查失败：{exc}") from exc
