"""Backups the user asks for, and restoring one into the open database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from unionbook.errors import NotFoundError, StoreError
from unionbook.paths import check_output_folder
from unionbook.store import Database
from unionbook.store import backup as store_backup
from unionbook.store.migrations import HEAD
from unionbook.store.scratch import scratch


def backup_now(db: Database, to_dir: Path | None = None) -> Path:
    """A manual backup (never rotated away) into `to_dir`, or the database's backup folder."""
    if to_dir is not None:
        check_output_folder(to_dir)  # the user's folder is not created for them (same rule as export)
    db.checkpoint()
    return store_backup.make_backup(db.path, to_dir or db.backup_dir, "manual")


def backup_to_file(db: Database, target: Path) -> Path:
    db.checkpoint()
    store_backup.copy_database(db.path, target)
    return target


def list_backups(db: Database) -> list[Path]:
    return store_backup.list_backups(db.backup_dir, db.path.stem)


def check_backup_file(file: Path) -> str:
    """Refuse anything that is not a readable UnionBook database; return its schema revision."""
    if not file.is_file():
        raise NotFoundError(f"找不到备份文件：{file}")
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"无法打开备份文件“{file.name}”：{exc}") from exc
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise StoreError(f"备份文件“{file.name}”已损坏（{ok}），未恢复。")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "member", "union_profile"} <= tables:
            raise StoreError(f"“{file.name}”不是 UnionBook 的备份文件，未恢复。")
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"“{file.name}”不是有效的数据库文件（{exc}），未恢复。") from exc
    finally:
        conn.close()
    if revision != HEAD:
        from unionbook.store.migrate import known_revisions

        if revision not in known_revisions():
            raise StoreError(f"备份“{file.name}”由较新版本的 UnionBook 创建，请升级本程序后再恢复。")
    return str(revision)


def restore(db: Database, file: Path) -> Path:
    """Replace the open database's content with a backup. The current content is backed up first and that
    backup's path returned, so a restore can itself be undone. Older backups are migrated after restoring."""
    file = Path(file).resolve()
    if file == db.path:
        raise StoreError("不能用数据库文件自身恢复。")
    check_backup_file(file)
    with scratch(db.path, "restore-") as tmp:
        # Restore from a private copy, and keep the chosen file out of the rotation that the safety backup
        # triggers: the oldest backup may be the very one chosen (going back as far as possible).
        chosen = Path(tmp) / "chosen.sqlite"
        store_backup.copy_database(file, chosen)
        if db.damaged:  # no backup can be taken of it: keep the damaged file aside as it is
            safety = store_backup.save_damaged_copy(db.path, db.backup_dir)
        else:
            db.checkpoint()
            safety = store_backup.make_backup(db.path, db.backup_dir, "restore")
        store_backup.rotate(db.backup_dir, db.path.stem, db.keep_backups, protect=frozenset({file}))
        db.release_connections()
        src = dst = None
        try:
            src = sqlite3.connect(f"{chosen.as_uri()}?mode=ro", uri=True)
            dst = sqlite3.connect(str(db.path))
            src.backup(dst)  # one step: either the whole backup lands or the database is unchanged
        except sqlite3.Error as exc:
            raise StoreError(f"恢复失败，原数据未改变：{exc}") from exc
        finally:
            for conn in (src, dst):
                if conn is not None:
                    conn.close()
    db.reopen()
    if db.read_only:
        raise db.read_only_error()
    db._migrate(existing=True)
    db.changed = True
    return safety
