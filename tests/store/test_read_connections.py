"""Database.read_connection() reads through plain sqlite3 connections (store/connections.py): opening a file and
reading it imports no SQLAlchemy; the engine is made at the first ORM read or write, and the reads see what it
committed."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from unionbook.services.union.profile_view import get_profile
from unionbook.store import Database

OPEN_READ_WRITE = """
import json, sys
from unionbook.store import Database
from unionbook.services.union.profile_view import get_profile
out = {}
db = Database.open(sys.argv[1])
out["name"] = get_profile(db).name
with db.read_connection() as conn:
    out["members"] = conn.execute("SELECT count(*) FROM member").fetchone()[0]
out["sqlalchemy_after_reads"] = "sqlalchemy" in sys.modules
from unionbook.services.union.profile import UnionInput, save_profile
p = get_profile(db)
save_profile(db, UnionInput(name="改名后的工会", kind=p.kind, employees=p.employees))
out["sqlalchemy_after_write"] = "sqlalchemy" in sys.modules
out["name_after_write"] = get_profile(db).name
db.close()
print(json.dumps(out, ensure_ascii=False))
"""


def test_reads_need_no_sqlalchemy_and_see_the_first_write(demo_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", OPEN_READ_WRITE, str(demo_path)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["members"] > 0 and out["name"]
    assert out["sqlalchemy_after_reads"] is False
    assert out["sqlalchemy_after_write"] is True
    assert out["name_after_write"] == "改名后的工会"


def test_threads_read_at_once_each_on_its_own_connection(demo_db: Database) -> None:
    inside = threading.Barrier(3, timeout=10)
    seen: list[int] = []
    errors: list[BaseException] = []

    def read() -> None:
        try:
            with demo_db.read_connection() as conn:
                inside.wait()  # all three hold a connection in a read transaction at the same moment
                seen.append(id(conn))
                conn.execute("SELECT count(*) FROM member").fetchone()
        except BaseException as exc:  # handed to the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(set(seen)) == 3
    with demo_db.read_connection() as conn:  # given back and reused: no fourth connection is opened
        assert id(conn) in seen
        assert conn.in_transaction


def test_a_read_is_one_snapshot_and_writes_nothing(demo_db: Database) -> None:
    from unionbook.services.union.profile import UnionInput, save_profile

    before = get_profile(demo_db)
    with demo_db.read_connection() as conn:
        first = conn.execute("SELECT name FROM union_profile").fetchone()[0]
        save_profile(demo_db, UnionInput(name="另一个名字", kind=before.kind, employees=before.employees))
        again = conn.execute("SELECT name FROM union_profile").fetchone()[0]
    assert first == again == before.name  # the read transaction's snapshot was taken before the write
    assert get_profile(demo_db).name == "另一个名字"
    pool = demo_db._readers
    kept = list(pool._idle)
    assert kept  # the reads gave their connections back
    demo_db.close()
    assert pool._idle == []  # closing the file closed the idle connections
    for conn in kept:
        with pytest.raises(sqlite3.ProgrammingError):  # "Cannot operate on a closed database"
            conn.execute("SELECT 1")
