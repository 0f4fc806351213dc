"""Backups with SQLite's online backup API: consistent even while the file is open in WAL mode."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from unionbook.errors import StoreError

AUTO_REASONS = ("close", "migrate", "restore", "import")
_NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-(?P<reason>[a-z]+)\.sqlite$")


def default_backup_dir(db_path: Path) -> Path:
    """Automatic backups live beside the database, so copying the folder copies them too."""
    return db_path.with_name(db_path.stem + ".backups")


def copy_database(source: Path | sqlite3.Connection, target: Path) -> None:
    """Copy a whole database into `target` atomically: a temp file, then a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    src = sqlite3.connect(str(source)) if isinstance(source, Path) else source
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise StoreError(f"备份到“{target}”失败：{exc}") from exc
    finally:
        if isinstance(source, Path):
            src.close()


def make_backup(db_path: Path, folder: Path, reason: str, *, keep: int | None = None) -> Path:
    """Back up `db_path` into `folder` as <stem>-YYYYmmdd-HHMMSS-<reason>.sqlite and rotate old ones."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    n = 1
    while target.exists():
        target = folder / f"{db_path.stem}-{stamp}-{n}-{reason}.sqlite"
        n += 1
    copy_database(db_path, target)
    if keep is not None and reason in AUTO_REASONS:
        rotate(folder, db_path.stem, keep)
    return target


def list_backups(folder: Path, stem: str | None = None) -> list[Path]:
    """Backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        m = _NAME_RE.match(p.name)
        if m and (stem is None or m["stem"] == stem):
            found.append((m["stamp"], p))
    return [p for _, p in sorted(found, reverse=True)]


def backup_reason(path: Path) -> str:
    m = _NAME_RE.match(path.name)
    return m["reason"] if m else ""


def rotate(folder: Path, stem: str, keep: int) -> list[Path]:
    """Keep the newest `keep` automatic backups of this database; manual backups are never deleted."""
    auto = [p for p in list_backups(folder, stem) if backup_reason(p) in AUTO_REASONS]
    removed = auto[keep:]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed
