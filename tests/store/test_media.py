"""Real fault injection (root only, as in CI): a database on a read-only bind mount, and one on a tiny tmpfs
that fills up. Read-only media open read-only without a lock file; a full disk says "磁盘已满" and leaves no WAL."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from unionbook.errors import StoreError
from unionbook.services.members.records import MemberDraft, add_member
from unionbook.services.union.demo import build_demo
from unionbook.store import Database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                       reason="mounting a read-only bind mount or a tmpfs needs root (CI runs as root)"),
]


def _mount(*args: str) -> None:
    proc = subprocess.run(["mount", *args], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"mount is not allowed here: {proc.stderr.strip()}")


@contextmanager
def read_only_view(folder: Path, at: Path) -> Iterator[Path]:
    at.mkdir()
    _mount("--bind", "-o", "ro", str(folder), str(at))
    try:
        yield at
    finally:
        subprocess.run(["umount", str(at)], check=True)


@contextmanager
def tiny_disk(at: Path, size: str) -> Iterator[Path]:
    at.mkdir()
    _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(at))
    try:
        yield at
    finally:
        subprocess.run(["umount", str(at)], check=True)


def cli(db: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "unionbook", "--db", str(db), "--json", *argv],
                          capture_output=True, text=True, env=env, timeout=120)


def fill(folder: Path, leave: int = 0) -> None:
    """Write a filler file until the disk is full, then give `leave` bytes back."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    if leave:
        filler = folder / "filler"
        os.truncate(filler, max(0, filler.stat().st_size - leave))


def test_read_only_medium_opens_read_only_without_a_lock_file(demo_path: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    demo_path = demo_path.rename(stick / demo_path.name)
    with read_only_view(stick, tmp_path / "ro") as ro:
        db_file = ro / demo_path.name
        stats = cli(db_file, "stats")
        assert stats.returncode == 0, stats.stderr
        assert json.loads(stats.stdout)["members"] > 0
        listed = cli(db_file, "members", "list", "--limit", "2")
        assert listed.returncode == 0 and len(json.loads(listed.stdout)["members"]) == 2
        added = cli(db_file, "members", "add", "--name", "新会员", "--id-number", "11010519491231002X")
        assert added.returncode == 1 and added.stdout == ""
        error = json.loads(added.stderr)
        assert error["error"] == "read_only" and "只读" in error["message"] and str(db_file) in error["message"]
        db = Database.open(db_file)
        try:
            assert db.read_only and "只读" in db.read_only_reason
        finally:
            db.close(backup=True)
    assert sorted(p.name for p in demo_path.parent.iterdir()) == [demo_path.name]  # no lock, WAL or backup


def test_a_disk_filling_up_during_a_write_says_disk_full_and_leaves_no_wal(empty_template: Path,
                                                                          tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk", "4m") as disk:
        db_file = disk / "union.sqlite"
        shutil.copyfile(empty_template, db_file)
        fill(disk, leave=1536 << 10)
        db = Database.open(db_file)
        try:
            with pytest.raises(StoreError) as err:
                build_demo(db, members=5000, seed=1)
            assert "磁盘已满" in err.value.message and "损坏" not in err.value.message
            assert err.value.code == "disk_full"
            wal = disk / "union.sqlite-wal"  # checked while the database is still open: no megabytes held
            assert not wal.exists() or wal.stat().st_size == 0, wal.stat().st_size
        finally:
            db.close()
        listed = cli(db_file, "members", "list")
        assert listed.returncode == 0 and json.loads(listed.stdout)["total"] == 0, listed.stderr


def test_full_disk_reads_work_and_a_write_says_disk_full(empty_template: Path, tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk", "3m") as disk:
        db_file = disk / "union.sqlite"
        shutil.copyfile(empty_template, db_file)
        made = cli(db_file, "init", "--name", "某某有限公司工会委员会", "--employees", "20")
        assert made.returncode == 0, made.stderr
        fill(disk)
        stats = cli(db_file, "stats")
        assert stats.returncode == 0, stats.stderr
        added = cli(db_file, "members", "add", "--name", "新会员", "--id-number", "11010519491231002X")
        assert added.returncode == 1 and "磁盘已满" in json.loads(added.stderr)["message"]
        wal = disk / "union.sqlite-wal"
        assert not wal.exists() or wal.stat().st_size == 0, wal.stat().st_size
        assert not (disk / "union.sqlite.lock").exists()
        (disk / "filler").unlink()
        db = Database.open(db_file)
        try:
            add_member(db, MemberDraft(name="新会员", id_number="11010519491231002X"))
        finally:
            db.close()
