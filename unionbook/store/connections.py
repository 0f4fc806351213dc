"""Plain sqlite3 connections of an open `Database` for reading, without SQLAlchemy.

The window's first screen (the home page's figures, the roster) reads only through `Database.read_connection()`;
serving it from these connections lets the window open without importing SQLAlchemy and the ORM models, which
cost about as much as everything else on the way to the first screen. The engine is made when the first ORM read
or write happens (`Database.engine`).

Each `read()` takes an idle connection (or opens one), runs one read transaction on it and gives it back:
worker threads (the home page's figures, the roster's count) and the GUI thread read at the same time, each on
its own connection, as they did on the engine's pool.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from unionbook.store import integrity

MAX_IDLE = 4  # connections kept open between reads; more are opened (and closed) when more threads read at once


class _Pooled(sqlite3.Connection):
    """A pooled connection, with the set-up statements (`read(setup=…)`) it has already run."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.done: set[str] = set()


class ReadConnections:
    def __init__(self, path: Path, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    def _connect(self) -> sqlite3.Connection:
        if self.read_only:  # as the read-only engine: SQLite refuses every write, and never makes a WAL
            conn = sqlite3.connect(integrity.read_only_uri(self.path), uri=True, isolation_level=None,
                                   check_same_thread=False, factory=_Pooled)
        else:
            conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False, factory=_Pooled)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        return conn

    @contextmanager
    def read(self, setup: tuple[str, ...] = ()) -> Iterator[sqlite3.Connection]:
        """A connection inside one read transaction (a consistent snapshot); rolled back afterwards.

        `setup`: statements that make temporary objects of the connection (the roster's search vocabulary), run
        once per connection, before and outside the transaction. Made inside it, they would be rolled back with
        it and made again by the next read, and each change of the temporary schema makes SQLite read the whole
        schema again at the next statement (0.4 ms)."""
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self._connect()
        keep = False
        try:
            done = getattr(conn, "done", None)
            for sql in setup:
                if done is None or sql not in done:
                    conn.execute(sql)
                    if done is not None:
                        done.add(sql)
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            keep = True
        finally:
            with self._lock:
                if keep and not self._closed and len(self._idle) < MAX_IDLE:
                    self._idle.append(conn)
                    conn = None
            if conn is not None:
                conn.close()

    def close(self) -> None:
        """Close the idle connections; one in use is closed when its read ends."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()
