"""Backups with SQLite's online backup API: consistent even while the file is open in WAL mode."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from pathlib import Path

from unionbook.errors import StoreError
from unionbook.partfiles import commit_part, drop_part, new_part
from unionbook.store import integrity
from unionbook.store.scratch import make_private, make_private_dir

AUTO_REASONS = ("close", "migrate", "restore", "import")
# <stem>-YYYYmmdd-HHMMSS[-n]-<reason>.sqlite; n counts further backups taken within the same second
_NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+)\.sqlite$")


def default_backup_dir(db_path: Path) -> Path:
    """Automatic backups live beside the database, so copying the folder copies them too."""
    return db_path.with_name(db_path.stem + ".backups")


def copy_database(source: Path | sqlite3.Connection, target: Path) -> None:
    """Copy a whole database into `target` atomically: a temp file, then a rename. The copy holds personal data:
    it is private (0600), and so is a folder created for it (0700)."""
    if not target.parent.is_dir():
        make_private_dir(target.parent)
    tmp = new_part(target)
    src = sqlite3.connect(str(source)) if isinstance(source, Path) else source
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        make_private(tmp)
        commit_part(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        drop_part(tmp)
        raise StoreError(f"备份到“{target}”失败：{exc}") from exc
    finally:
        if isinstance(source, Path):
            src.close()


def make_backup(db_path: Path, folder: Path, reason: str, *, keep: int | None = None) -> Path:
    """Back up `db_path` into `folder` as <stem>-YYYYmmdd-HHMMSS-<reason>.sqlite and rotate old ones. A damaged
    database is refused (DamagedError): its copy would only push good backups out of the rotation."""
    found = integrity.problem(db_path)
    if found:
        raise integrity.DamagedError(
            f"数据库文件“{db_path.name}”已损坏（完整性检查：{found}），未备份：损坏的副本不能当作备份，"
            "也不能让它把完好的备份挤出轮换。", details={"problem": found})
    target = _new_name(db_path, folder, reason)
    copy_database(db_path, target)
    if keep is not None and reason in AUTO_REASONS:
        rotate(folder, db_path.stem, keep)
    return target


def save_damaged_copy(db_path: Path, folder: Path) -> Path:
    """A byte-for-byte copy of a damaged database (and its WAL) kept aside before it is replaced, for whoever
    may still rescue something from it; named -damaged, so never rotated away nor offered for restoring."""
    target = _new_name(db_path, folder, "damaged")
    make_private_dir(folder)
    try:
        for suffix in ("", "-wal"):
            source = db_path.with_name(db_path.name + suffix)
            if source.exists():
                tmp = target.with_name(target.name + suffix + ".part")
                shutil.copyfile(source, tmp)
                make_private(tmp)
                os.replace(tmp, target.with_name(target.name + suffix))
    except OSError as exc:
        raise StoreError(f"无法把损坏的数据库另存到“{target}”：{exc.strerror}") from exc
    return target


def newest_good_backup(folder: Path, stem: str) -> Path | None:
    """The newest backup of this database that passes SQLite's quick check (damaged copies are skipped)."""
    for path in list_backups(folder, stem):
        if backup_reason(path) == "damaged":
            continue
        try:
            if integrity.problem(path) is None:
                return path
        except StoreError:
            continue
    return None


def _new_name(db_path: Path, folder: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    # numbered past every backup of this second, whatever its reason: reusing a number freed by rotation
    # (or counting per reason) would file the newest backup as an older one, and rotation would delete it
    same_second = [_order(m)[1] for m in _matches(folder, db_path.stem) if m["stamp"] == stamp]
    n = max(same_second) + 1 if same_second else 0
    return folder / (f"{db_path.stem}-{stamp}-{reason}.sqlite" if n == 0
                     else f"{db_path.stem}-{stamp}-{n}-{reason}.sqlite")


def list_backups(folder: Path, stem: str | None = None) -> list[Path]:
    """Backups in `folder`, newest first."""
    found = sorted(((_order(m), folder / m.string) for m in _matches(folder, stem)), reverse=True)
    return [p for _, p in found]


def _matches(folder: Path, stem: str | None) -> list[re.Match[str]]:
    if not folder.is_dir():
        return []
    return [m for p in folder.iterdir() if (m := _NAME_RE.match(p.name)) and (stem is None or m["stem"] == stem)]


def _order(m: re.Match[str]) -> tuple[str, int]:
    """Oldest to newest: the time stamp, then the number within the second (2 before 10)."""
    return m["stamp"], int(m["n"] or 0)


def backup_reason(path: Path) -> str:
    m = _NAME_RE.match(path.name)
    return m["reason"] if m else ""


def rotate(folder: Path, stem: str, keep: int, *, protect: frozenset[Path] = frozenset()) -> list[Path]:
    """Keep the newest `keep` automatic backups of this database; manual backups are never deleted, nor are
    the `protect`ed ones (the backup being restored), nor the newest one known to be whole (older versions
    took backups of damaged files, which could otherwise push every good copy out)."""
    auto = [p for p in list_backups(folder, stem) if backup_reason(p) in AUTO_REASONS]
    if len(auto) > keep:
        good = newest_good_backup(folder, stem)
        if good is not None:
            protect = protect | {good.resolve()}
    removed = [p for p in auto[keep:] if p.resolve() not in protect]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed
