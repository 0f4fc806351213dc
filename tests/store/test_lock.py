"""The single-writer lock: a second opener is told who holds the file; a stale lock is recovered."""

from __future__ import annotations

import getpass
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from unionbook.errors import LockedError
from unionbook.store import Database
from unionbook.store.lock import WriterLock, lock_path_for


def test_second_open_in_the_same_process_is_refused_naming_the_holder(db: Database) -> None:
    with pytest.raises(LockedError) as err:
        Database.open(db.path)
    message = err.value.message
    assert socket.gethostname() in message
    assert getpass.getuser() in message
    assert str(os.getpid()) in message
    assert "图形界面" in message  # the fixture opened it with the default purpose "gui"
    assert err.value.details["holder"]["pid"] == os.getpid()
    assert err.value.code == "locked"
    # the refused opener did not disturb the holder: its note is intact and it can still write
    holder = json.loads(lock_path_for(db.path).read_text(encoding="utf-8"))
    assert holder["pid"] == os.getpid()
    from unionbook.services.union.profile import UnionInput, save_profile

    assert save_profile(db, UnionInput(name="仍可写入的工会")).name == "仍可写入的工会"


def test_lock_is_released_on_close(db_path: Path) -> None:
    first = Database.open(db_path, create=True)
    assert first.lock.held
    first.close()
    assert not lock_path_for(db_path).exists()
    second = Database.open(db_path)
    second.close()


def test_stale_lock_of_a_crashed_instance_is_recovered(db_path: Path) -> None:
    Database.open(db_path, create=True).close()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    stale = {"pid": int(dead.stdout), "host": socket.gethostname(), "user": "someone", "since": "2024-01-01T08:00:00",
             "purpose": "gui"}
    lock_path_for(db_path).write_text(json.dumps(stale), encoding="utf-8")
    database = Database.open(db_path)
    try:
        assert database.lock.recovered_stale
        holder = json.loads(lock_path_for(db_path).read_text(encoding="utf-8"))
        assert holder["pid"] == os.getpid()
    finally:
        database.close()


def test_writer_lock_without_a_note_still_refuses(tmp_path: Path) -> None:
    first = WriterLock(tmp_path / "x.sqlite", "cli")
    first.acquire()
    try:
        lock_path_for(tmp_path / "x.sqlite").write_text("", encoding="utf-8")  # holder note lost
        with pytest.raises(LockedError) as err:
            WriterLock(tmp_path / "x.sqlite").acquire()
        assert "锁文件" in err.value.message
    finally:
        first.release()


def test_a_second_process_is_refused_with_exit_1_naming_the_holder(union_db: Database) -> None:
    """A second writer (a reader may read beside it: tests/cli/test_readers_beside_the_window.py)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "unionbook", "--db", str(union_db.path), "members", "add",
                           "--name", "新会员", "--id-number", "11010519491231002X"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == ""
    assert "正被另一个 UnionBook 程序使用" in proc.stderr
    assert f"进程号 {os.getpid()}" in proc.stderr
    assert socket.gethostname() in proc.stderr


def test_lock_file_deleted_by_the_previous_holder_while_locking_is_not_held_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The previous holder unlinks the lock file on release; an opener that locked the deleted file must take the
    new one, or a third instance could lock a fresh file beside it and both would write."""
    from unionbook.store import lock as lock_module

    real_try_lock = lock_module._try_lock
    calls: list[int] = []

    def racing_try_lock(f):  # type: ignore[no-untyped-def]
        ok = real_try_lock(f)
        if not calls:
            os.unlink(f.name)  # the previous holder's release() runs right now
        calls.append(1)
        return ok

    monkeypatch.setattr(lock_module, "_try_lock", racing_try_lock)
    first = WriterLock(tmp_path / "x.sqlite")
    first.acquire()
    monkeypatch.setattr(lock_module, "_try_lock", real_try_lock)
    try:
        assert len(calls) == 2
        with pytest.raises(LockedError):
            WriterLock(tmp_path / "x.sqlite").acquire()
    finally:
        first.release()
