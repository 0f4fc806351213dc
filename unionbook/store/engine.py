"""The SQLAlchemy engine of an open database, made on the first ORM read or write (Database.engine): each
connection in autocommit for the sqlite3 module (SQLAlchemy begins the transactions), foreign keys on, WAL with
synchronous=NORMAL for writing, a 5 s busy timeout; read-only connections are refused every write by SQLite."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionbook.store import integrity

if TYPE_CHECKING:
    from sqlalchemy import Engine


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    from sqlalchemy import create_engine, event

    if read_only:
        # SQLite itself refuses every write on this connection, and it never creates a journal or WAL
        uri = integrity.read_only_uri(path)
        engine = create_engine("sqlite://", future=True,
                               creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
    else:
        engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # let SQLAlchemy, not the sqlite3 module, decide where transactions begin (SQLAlchemy's recipe)
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine
