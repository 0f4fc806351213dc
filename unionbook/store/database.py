"""Opening a UnionBook database: the writer lock, backup before migration, migrations, and the one way to
open a transaction (`Database.transaction`), which turns SQLite errors into Chinese messages."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from unionbook import partfiles
from unionbook.errors import NotFoundError, StoreError, UnionBookError
from unionbook.store import integrity, migrate, scratch
from unionbook.store.backup import default_backup_dir, make_backup, newest_good_backup
from unionbook.store.integrity import DamagedError
from unionbook.store.lock import NoLock, WriterLock
from unionbook.store.reader import check_is_sqlite, check_is_unionbook


class DiskFullError(StoreError):
    """The disk is full: nothing was written."""

    code = "disk_full"


class ReadOnlyError(StoreError):
    """The file is open read-only (a read-only medium or folder): writes are refused."""

    code = "read_only"


FULL_CHECK_KEY = "integrity.full_check_at"
FULL_CHECK_EVERY = dt.timedelta(days=7)
DEFAULT_KEEP_BACKUPS = 10

# Unique constraints the user can run into, and how to say so.
_UNIQUE_MESSAGES = {
    "member.id_number": "该身份证号已登记",
    "member.card_number": "该会员证号已被使用",
    "employer.name": "该单位名称已存在",
}


def translate_error(exc: SQLAlchemyError) -> UnionBookError:
    """A database error as the application's own error, in Chinese; nothing was written."""
    raw = str(getattr(exc, "orig", exc))
    if isinstance(exc, IntegrityError):
        for key, message in _UNIQUE_MESSAGES.items():
            if key in raw:
                return StoreError(f"{message}，未保存。", details={"constraint": key})
        if "FOREIGN KEY" in raw:
            return StoreError("数据之间的关联不完整（外键约束），未保存。")
        return StoreError(f"数据不符合约束，未保存：{raw}")
    low = raw.lower()
    if "disk is full" in low or "database or disk is full" in low:
        return DiskFullError("磁盘已满，本次操作未写入任何数据。请清理磁盘空间后重试。")
    if "readonly" in low or "read-only" in low:
        return StoreError("数据库文件为只读，无法保存。请检查文件权限或是否在只读的U盘上。")
    if "locked" in low or "busy" in low:
        return StoreError("数据库正忙（被另一个程序占用），本次操作未保存，请稍后重试。")
    if "disk i/o" in low:
        return StoreError("读写磁盘出错，本次操作未保存。请检查U盘或磁盘是否已拔出或损坏。")
    if "malformed" in low or "not a database" in low:
        return StoreError("数据库文件已损坏。请从备份恢复（菜单“文件 → 从备份恢复”）。")
    return StoreError(f"数据库错误，本次操作未保存：{raw}")


def _make_engine(path: Path, *, read_only: bool = False) -> Engine:
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


# the checks before opening live with the light read path (no SQLAlchemy there); the old names stay
_check_is_sqlite = check_is_sqlite
_check_is_unionbook = check_is_unionbook


class Database:
    """An open UnionBook database file, held for writing by this process."""

    def __init__(self, path: Path, engine: Engine, lock: WriterLock, backup_dir: Path, keep_backups: int) -> None:
        self.path = path
        self.engine = engine
        self.lock = lock
        self.backup_dir = backup_dir
        self.keep_backups = keep_backups
        self.actor = _actor()
        self.changed = False
        self.migration_backup: Path | None = None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Set when the file is opened read-only: why (Chinese, shown in the title bar and on every refused write),
        # the error code a refused write carries, and its details (the newest good backup, when damaged).
        self.read_only_reason = ""
        self.read_only_code = ""
        self.read_only_details: dict[str, Any] = {}

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def damaged(self) -> bool:
        return self.read_only_code == DamagedError.code

    def read_only_error(self) -> StoreError:
        if self.damaged:
            return DamagedError(self.read_only_reason, details=dict(self.read_only_details))
        if self.read_only_code == "disk_full":
            return DiskFullError(self.read_only_reason)
        return ReadOnlyError(self.read_only_reason, details=dict(self.read_only_details))

    # ---- opening and closing ----

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = False,
        purpose: str = "gui",
        backup_dir: Path | None = None,
        keep_backups: int = DEFAULT_KEEP_BACKUPS,
        reader: bool = False,
    ) -> Database:
        """`reader`: a command that only reads (stats, lists, a backup). SQLite in WAL mode lets it read beside
        the one writer, so it takes no writer lock and runs beside an open window; it never migrates or sweeps."""
        path = Path(path).expanduser().resolve()
        exists = path.exists() and path.stat().st_size > 0
        if not exists and not create:
            raise NotFoundError(f"找不到数据库文件：{path}")
        if exists:
            _check_is_sqlite(path)
        writable = not exists or (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
        full = exists and writable and integrity.disk_full(path.parent)
        writable = writable and not full
        if reader and exists and writable:  # a read-only medium or a full disk is opened read-only below
            return cls._open_reader(path, backup_dir or default_backup_dir(path), keep_backups)
        if writable:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"无法创建文件夹“{path.parent}”：{exc.strerror}") from exc
        lock = WriterLock(path, purpose) if writable else NoLock(path)
        lock.acquire()
        engine = None
        try:
            found = None
            if exists:
                _check_is_unionbook(path)
                found = integrity.checked_problem(path)
            folder = backup_dir or default_backup_dir(path)
            engine = _make_engine(path, read_only=found is not None or not writable)
            db = cls(path, engine, lock, folder, keep_backups)
            if found is not None:
                db._mark_damaged(found)
            elif full:
                db._mark_disk_full()
            elif not writable:
                db._mark_read_only()
            else:
                # we hold the writer lock: nothing of this database is half-way; what a crash left can go
                scratch.sweep(path, folder)
                partfiles.sweep_recorded()  # and what a killed export, PDF or backup left in the user's folders
                scratch.make_private(path)
                db._migrate(existing=exists)
                scratch.make_private(path)
                db._weekly_full_check()
            return db
        except BaseException:
            if engine is not None:
                engine.dispose()
            lock.release()
            raise

    @classmethod
    def _open_reader(cls, path: Path, folder: Path, keep_backups: int) -> Database:
        _check_is_unionbook(path)
        found = integrity.checked_problem(path)
        engine = _make_engine(path, read_only=found is not None)
        db = cls(path, engine, NoLock(path), folder, keep_backups)
        if found is not None:
            db._mark_damaged(found)
            return db
        try:
            with engine.connect() as conn:
                revision = migrate.current_revision(conn)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise translate_error(exc) from exc
        if migrate.needs_upgrade(revision):
            engine.dispose()
            raise StoreError(f"“{path.name}”需要先升级到本版本的格式：请先不带命令（或用任一修改数据的命令）打开一次。")
        return db

    def _mark_damaged(self, found: str) -> None:
        good = newest_good_backup(self.backup_dir, self.path.stem)
        if good is not None:
            offer = (f"最新的完好备份是“{good}”，请从它恢复（菜单“文件 → 从备份恢复”，或命令 "
                     f"unionbook restore \"{good}\"）。")
        else:
            offer = f"在“{self.backup_dir}”中没有找到完好的备份：请勿继续使用此文件，先复制一份再设法抢救数据。"
        self.read_only_reason = (f"数据库文件“{self.path}”已损坏（完整性检查：{found}），已以只读方式打开："
                                 f"可以查看，但不能修改，也不会备份。{offer}")
        self.read_only_code = DamagedError.code
        self.read_only_details = {"problem": found, "backup": str(good) if good else None}

    def _mark_read_only(self) -> None:
        self.read_only_reason = (f"数据库文件“{self.path}”所在的位置不能写入（只读的U盘或光盘、写保护，或没有写入权限），"
                                 "已以只读方式打开：可以查看，但不能修改。如需修改，请把文件复制到可写入的文件夹后再打开。")
        self.read_only_code = "read_only"
        self.read_only_details = {}

    def _mark_disk_full(self) -> None:
        self.read_only_reason = (f"磁盘已满：数据库文件“{self.path}”所在的磁盘几乎没有剩余空间，已以只读方式打开："
                                 "可以查看，但不能修改。请清理磁盘空间后重新打开。")
        self.read_only_code = "disk_full"
        self.read_only_details = {}

    def _weekly_full_check(self) -> None:
        """The full integrity_check (indexes matched to their tables too) once a week; a file that fails it is
        treated as damaged. When it last ran is kept in the setting table, outside the user's changes."""
        raw = self.engine.raw_connection()
        try:
            conn = raw.driver_connection
            assert conn is not None
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (FULL_CHECK_KEY,)).fetchone()
            try:
                last = dt.datetime.fromisoformat(json.loads(row[0])) if row else None
            except (TypeError, ValueError):
                last = None
            now = dt.datetime.now().replace(microsecond=0)
            if last is not None and dt.timedelta(0) <= now - last < FULL_CHECK_EVERY:
                return
            found = integrity.problem(self.path, full=True)
            if found is None:
                conn.execute(
                    "INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                    "updated_by = excluded.updated_by",
                    (FULL_CHECK_KEY, json.dumps(now.isoformat()), now.isoformat(sep=" "), self.actor))
                return
        except sqlite3.Error as exc:
            if "full" in str(exc).lower():
                return  # a full disk must not stop the opening; the check runs next time
            raise StoreError(f"数据库完整性检查失败：{exc}") from exc
        finally:
            raw.close()
        integrity.forget(self.path)
        self.engine.dispose()
        self.engine = _make_engine(self.path, read_only=True)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._mark_damaged(found)

    def reopen(self) -> None:
        """After the file was replaced underneath (restore): check it again and open it for writing if whole."""
        self.engine.dispose()
        found = integrity.problem(self.path)
        self.engine = _make_engine(self.path, read_only=found is not None)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.read_only_reason, self.read_only_code, self.read_only_details = "", "", {}
        if found is not None:
            self._mark_damaged(found)

    def check(self, *, full: bool = True) -> str | None:
        """SQLite's integrity check on demand (the quick one runs on every open): None when whole."""
        return integrity.problem(self.path, full=full)

    def _migrate(self, *, existing: bool) -> None:
        try:
            with self.engine.connect() as conn:
                revision = migrate.current_revision(conn)
                tables = set(inspect(conn).get_table_names())
        except SQLAlchemyError as exc:
            raise translate_error(exc) from exc
        if revision is None and tables - {"alembic_version"}:
            raise StoreError(f"“{self.path.name}”不是 UnionBook 数据库（缺少版本信息）。")
        if not migrate.needs_upgrade(revision):
            return
        if revision is not None and revision not in migrate.known_revisions():
            raise StoreError(
                f"“{self.path.name}”由较新版本的 UnionBook 创建（数据库版本 {revision}），请升级本程序后再打开。"
            )
        if existing and revision is not None:
            # the rule of the house: never migrate without a copy of what was there
            self.migration_backup = make_backup(self.path, self.backup_dir, "migrate", keep=self.keep_backups)
        try:
            with self.engine.begin() as conn:
                migrate.upgrade(conn)
        except SQLAlchemyError as exc:
            raise translate_error(exc) from exc

    def close(self, *, backup: bool = False) -> Path | None:
        """Close the file; with `backup`, take the automatic close backup if anything was written. Closing a
        closed database does nothing."""
        if not self.lock.held:
            return None
        made = None
        try:
            if backup and self.changed and not self.read_only:
                self.checkpoint()
                made = make_backup(self.path, self.backup_dir, "close", keep=self.keep_backups)
        finally:
            self.engine.dispose()
            self.lock.release()
        return made

    def analyze(self) -> None:
        """Refresh the query planner's statistics after a bulk load (demo, import), so that it knows, for
        instance, that the status index hardly narrows anything."""
        self._autocommit("ANALYZE")

    def checkpoint(self) -> None:
        """Fold the WAL into the main file, so a file copy or backup has everything."""
        if self.read_only:
            return
        # a reader beside the writer must not wait for it: PASSIVE folds what it can (the backup API copies the
        # WAL's committed pages anyway); the writer itself truncates the WAL
        self._autocommit("PRAGMA wal_checkpoint(PASSIVE)" if isinstance(self.lock, NoLock) else
                         "PRAGMA wal_checkpoint(TRUNCATE)")

    def _autocommit(self, sql: str) -> None:
        # outside any transaction: SQLAlchemy's connections always begin one, which would swallow these
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.execute(sql)  # type: ignore[union-attr]
        except sqlite3.Error as exc:
            raise StoreError(f"数据库维护操作失败：{exc}") from exc
        finally:
            raw.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- transactions ----

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits if the block ends normally, rolls everything back if it raises."""
        if self.read_only:
            raise self.read_only_error()
        session = self._sessions()
        try:
            with session.begin():
                yield session
            self.changed = True
        except SQLAlchemyError as exc:
            error = translate_error(exc)
            if error.code == "disk_full":
                session.close()
                self._shrink_wal()
            raise error from exc
        finally:
            session.close()

    def _shrink_wal(self) -> None:
        """After a write failed on a full disk the WAL still holds its rolled-back pages (megabytes): give that
        space back at once rather than at the next checkpoint."""
        try:
            self.checkpoint()
        except StoreError:
            pass

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        session = self._sessions()
        try:
            yield session
        except SQLAlchemyError as exc:
            raise translate_error(exc) from exc
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def read_connection(self) -> Iterator[sqlite3.Connection]:
        """The sqlite3 connection of a read session (one transaction, nothing committed): the read-only services
        written for `store.reader.Readable` run on it as on the light `Reader`."""
        with self.read() as s:
            conn = s.connection().connection.driver_connection
            assert isinstance(conn, sqlite3.Connection)
            yield conn

    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection for the backup API (caller closes it)."""
        return sqlite3.connect(str(self.path))


def _actor() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


__all__ = ["Database", "default_backup_dir", "translate_error", "OperationalError"]
