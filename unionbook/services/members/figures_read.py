"""The two passes the key figures need — the tally over ix_member_figures and the employers' figures over
ix_member_employer_status — read at the same time on two connections (two cores: 150 + 115 ms at 500,000
members become the longer of the two), yet from one state of the file.

Two read transactions see the same state when no other connection committed between the start of the first
and the end of the second: `PRAGMA data_version`, read on one connection before both and again after both,
changes exactly when another connection committed in between. Then (a write while the figures were read)
both passes are read again, one after the other, in one transaction.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

from unionbook.store import integrity
from unionbook.store.reader import Readable


def _connect(uri: str) -> sqlite3.Connection:
    """A read-only connection of its own (tests and benchmarks wrap this to see the statements)."""
    return sqlite3.connect(uri, uri=True, isolation_level=None)


SIDE_BY_SIDE_FROM = 20_000  # members: below, opening two more connections costs more than it saves


def read_both(db: Readable, first: str, params: dict[str, Any], second: str) -> tuple[list[Any], list[Any]]:
    """The rows of `first` (with `params`) and of `second`, as of one state of the database."""
    with db.read_connection() as conn:
        if int(conn.execute("SELECT coalesce(max(id), 0) FROM member").fetchone()[0]) < SIDE_BY_SIDE_FROM:
            return conn.execute(first, params).fetchall(), conn.execute(second).fetchall()
    try:
        found = _at_once(db, first, params, second)
    except sqlite3.Error:
        found = None  # e.g. a file that cannot be opened a second time read-only: the plain way below says why
    if found is not None:
        return found
    with db.read_connection() as conn:
        return conn.execute(first, params).fetchall(), conn.execute(second).fetchall()


def _at_once(db: Readable, first: str, params: dict[str, Any], second: str) -> tuple[list[Any], list[Any]] | None:
    uri = integrity.read_only_uri(db.path)
    box: dict[str, Any] = {}

    def other() -> None:
        try:
            conn = _connect(uri)
            try:
                box["rows"] = conn.execute(second).fetchall()
            finally:
                conn.close()
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    conn = _connect(uri)
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        before = conn.execute("PRAGMA data_version").fetchone()[0]
        worker = threading.Thread(target=other, name="figures", daemon=True)
        worker.start()
        try:
            rows = conn.execute(first, params).fetchall()
        finally:
            worker.join()
        after = conn.execute("PRAGMA data_version").fetchone()[0]
    finally:
        conn.close()
    if "error" in box:
        raise box["error"]
    return (rows, box["rows"]) if before == after else None
