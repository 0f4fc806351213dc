"""The light read path: a read-only sqlite3 connection for the hot read commands (`members list`, `stats`),
without SQLAlchemy or the ORM models (importing them costs more than the whole command at 100,000 members).

`Reader.open` keeps every guarantee of `Database.open(reader=True)`: no writer lock, never a migration or a sweep,
SQLite's quick_check before anything is shown. It takes only the plain case — an existing, writable, whole
UnionBook file at the current schema on a disk with room — and answers None for every other case (a missing,
foreign, damaged, old or newer file, a read-only medium, a full disk), which the caller then opens through
`Database.open`: its refusals and its read-only notes stay the one source of those words.

The quick_check runs in a thread beside the command's own query (sqlite3 releases the GIL while SQLite works);
`Reader.verified()` waits for it, and the caller shows nothing before it says the file is whole. A file found
whole in exactly its present state is not checked again (integrity.vouched), as in `Database.open`.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Protocol

from unionbook.errors import StoreError
from unionbook.store import integrity
from unionbook.store.migrations import HEAD

SQLITE_HEADER = b"SQLite format 3\x00"


class Readable(Protocol):
    """What read-only services need of an open database: `Database` and `Reader` both give it."""

    path: Path

    def read_connection(self) -> AbstractContextManager[sqlite3.Connection]: ...


def check_is_sqlite(path: Path) -> None:
    try:
        with open(path, "rb") as f:
            header = f.read(16)
    except OSError as exc:
        raise StoreError(f"无法读取数据库文件“{path}”：{exc.strerror}") from exc
    if header and header != SQLITE_HEADER:
        raise StoreError(f"“{path.name}”不是 UnionBook 数据库文件（不是 SQLite 格式）。")


def check_is_unionbook(path: Path) -> None:
    """Refuse a foreign SQLite file before the engine connects: connecting switches a file to WAL mode. A file
    whose schema cannot even be read passes: the integrity check that follows says it is damaged."""
    try:
        conn = sqlite3.connect(integrity.read_only_uri(path), uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "malformed" not in str(exc).lower():
            raise StoreError(f"无法读取数据库文件“{path.name}”：{exc}") from exc
        return
    if tables and "alembic_version" not in tables:
        raise StoreError(f"“{path.name}”不是 UnionBook 数据库（缺少版本信息）。")


class _Check(threading.Thread):
    def __init__(self, path: Path) -> None:
        super().__init__(name="quick_check", daemon=True)
        self.path = path
        self.found: str | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.found = integrity.checked_problem(self.path)
        except BaseException as exc:  # handed to the caller's thread
            self.error = exc


class _Vouched(_Check):
    """The file was found whole in exactly its present state (integrity.vouched): nothing to wait for."""

    def start(self) -> None:
        pass

    def join(self, timeout: float | None = None) -> None:
        pass


class Reader:
    """A UnionBook file open for reading through sqlite3 alone (see the module's docstring)."""

    read_only = False
    read_only_reason = ""

    def __init__(self, path: Path, conn: sqlite3.Connection, check: _Check) -> None:
        self.path = path
        self._conn = conn
        self._check = check

    @classmethod
    def open(cls, path: str | Path) -> Reader | None:
        """The file open for reading, or None when `Database.open(reader=True)` must decide."""
        path = Path(path).expanduser().resolve()
        try:
            if path.stat().st_size == 0 or not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
                return None
            with open(path, "rb") as f:
                if f.read(16) != SQLITE_HEADER:
                    return None
        except OSError:
            return None
        if integrity.disk_full(path.parent):
            return None
        check = _Vouched(path) if integrity.vouched(path) else _Check(path)
        check.start()
        try:
            conn = sqlite3.connect(integrity.read_only_uri(path), uri=True, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error:
            check.join()
            return None
        try:
            conn.execute("PRAGMA busy_timeout=5000")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                        if "alembic_version" in tables else None)
        except sqlite3.Error:
            revision = None
        if revision is None or revision[0] != HEAD:  # foreign, damaged, old or newer: Database.open says so
            conn.close()
            check.join()
            return None
        return cls(path, conn, check)

    def verified(self) -> bool:
        """Waits for the quick_check: True when the file is whole (else the caller opens it with
        `Database.open`, which marks it damaged and says where the newest good backup is)."""
        self._check.join()
        if self._check.error is not None:
            return False
        return self._check.found is None

    @contextmanager
    def read_connection(self) -> Iterator[sqlite3.Connection]:
        """The connection inside one read transaction (a consistent snapshot beside a writer)."""
        self._conn.execute("BEGIN")
        try:
            yield self._conn
        finally:
            self._conn.execute("ROLLBACK")

    def close(self) -> None:
        self._check.join()
        self._conn.close()


__all__ = ["Readable", "Reader", "check_is_sqlite", "check_is_unionbook"]
