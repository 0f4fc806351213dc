"""Opening a UnionBook database: the writer lock, backup before migration, migrations, and the one way to
open a transaction (`Database.transaction`), which turns SQLite errors into Chinese messages."""

from __future__ import annotations

import getpass
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionbook import partfiles
from unionbook.errors import NotFoundError, StoreError
from unionbook.store import integrity, migrate, read_only, scratch
from unionbook.store.backup import default_backup_dir, make_backup
from unionbook.store.connections import ReadConnections
from unionbook.store.engine import make_engine as _make_engine
from unionbook.store.integrity import DamagedError
from unionbook.store.lock import NoLock, WriterLock
from unionbook.store.reader import check_is_sqlite, check_is_unionbook
from unionbook.store.sql_errors import DiskFullError as DiskFullError  # re-exported
from unionbook.store.sql_errors import ReadOnlyError as ReadOnlyError  # re-exported
from unionbook.store.sql_errors import translate_error as translate_error  # re-exported

if TYPE_CHECKING:  # SQLAlchemy is imported when the first ORM read or write happens (see Database.engine)
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker


DEFAULT_KEEP_BACKUPS = 10

# the checks before opening live with the light read path (no SQLAlchemy there); the old names stay
_check_is_sqlite = check_is_sqlite
_check_is_unionbook = check_is_unionbook


class Database:
    """An open UnionBook database file, held for writing by this process.

    Reads through `read_connection()` use plain sqlite3 connections (store/connections.py); the SQLAlchemy engine
    behind `read()` and `transaction()` is made, and SQLAlchemy imported, when first used (`engine`), so that a
    window whose first screen only reads opens without it."""

    def __init__(self, path: Path, engine: Engine | None, lock: WriterLock, backup_dir: Path, keep_backups: int,
                 *, read_only_engine: bool = False) -> None:
        self.path = path
        self._engine = engine
        self._engine_read_only = read_only_engine  # how the engine is made when it is first needed
        self._readers = ReadConnections(path, read_only=read_only_engine)
        self.lock = lock
        self.backup_dir = backup_dir
        self.keep_backups = keep_backups
        self.actor = _actor()
        self.changed = False
        self.migration_backup: Path | None = None
        self._session_maker: sessionmaker[Session] | None = None
        # Set when the file is opened read-only: why (Chinese, shown in the title bar and on every refused write),
        # the error code a refused write carries, and its details (the newest good backup, when damaged).
        self.read_only_reason = ""
        self.read_only_code = ""
        self.read_only_details: dict[str, Any] = {}

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (made on first use)."""
        if self._engine is None:
            self._engine = _make_engine(self.path, read_only=self._engine_read_only)
        return self._engine

    @property
    def _sessions(self) -> sessionmaker[Session]:
        if self._session_maker is None:
            from sqlalchemy.orm import sessionmaker

            self._session_maker = sessionmaker(self.engine, expire_on_commit=False)
        return self._session_maker

    def release_connections(self) -> None:
        """Close every pooled connection (before the file is replaced underneath, or closed); a read in progress
        keeps its connection until it ends, and reads after this open new ones."""
        if self._engine is not None:
            self._engine.dispose()
        self._readers.close()
        self._readers = ReadConnections(self.path, read_only=self._engine_read_only)

    def _reconnect(self, *, read_only: bool) -> None:
        """Connections opened from now on are read-only (the file was found damaged) or writable."""
        self._engine_read_only = read_only
        self.release_connections()
        self._engine, self._session_maker = None, None

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
        db = None
        try:
            found = None
            if exists:
                _check_is_unionbook(path)
                found = integrity.checked_problem(path)
            folder = backup_dir or default_backup_dir(path)
            db = cls(path, None, lock, folder, keep_backups, read_only_engine=found is not None or not writable)
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
            if db is not None:
                db.release_connections()
            lock.release()
            raise

    @classmethod
    def _open_reader(cls, path: Path, folder: Path, keep_backups: int) -> Database:
        _check_is_unionbook(path)
        found = integrity.checked_problem(path)
        engine = _make_engine(path, read_only=found is not None)
        db = cls(path, engine, NoLock(path), folder, keep_backups, read_only_engine=found is not None)
        if found is not None:
            db._mark_damaged(found)
            return db
        from sqlalchemy.exc import SQLAlchemyError

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
        self.read_only_reason, self.read_only_code, self.read_only_details = read_only.damaged(
            self.path, self.backup_dir, found)

    def _mark_read_only(self) -> None:
        self.read_only_reason, self.read_only_code, self.read_only_details = read_only.unwritable(self.path)

    def _mark_disk_full(self) -> None:
        self.read_only_reason, self.read_only_code, self.read_only_details = read_only.disk_full(self.path)

    def _weekly_full_check(self) -> None:
        """The full integrity_check once a week (integrity.weekly_problem); a file that fails it is treated as
        damaged."""
        conn = self._plain()
        try:
            found = integrity.weekly_problem(conn, self.path, self.actor)
        finally:
            conn.close()
        if found is None:
            return
        integrity.forget(self.path)
        self._reconnect(read_only=True)
        self._mark_damaged(found)

    def _plain(self) -> sqlite3.Connection:
        """A sqlite3 connection set up as the engine's are, outside any transaction (autocommit); caller closes
        it. Opening, checking and maintenance run on it: they need no SQLAlchemy."""
        if self._engine_read_only:
            conn = sqlite3.connect(integrity.read_only_uri(self.path), uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(str(self.path), isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys=ON")
            if not self._engine_read_only:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=5000")
        except BaseException:
            conn.close()
            raise
        return conn

    def reopen(self) -> None:
        """After the file was replaced underneath (restore): check it again and open it for writing if whole."""
        self.release_connections()
        found = integrity.problem(self.path)
        self._reconnect(read_only=found is not None)
        self.read_only_reason, self.read_only_code, self.read_only_details = "", "", {}
        if found is not None:
            self._mark_damaged(found)

    def check(self, *, full: bool = True) -> str | None:
        """SQLite's integrity check on demand (the quick one runs on every open): None when whole."""
        return integrity.problem(self.path, full=full)

    def _migrate(self, *, existing: bool) -> None:
        try:
            conn = self._plain()
            try:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                          if not r[0].startswith("sqlite_")}
                row = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                       if "alembic_version" in tables else None)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise translate_error(exc) from exc
        revision: str | None = row[0] if row else None
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
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with self.engine.begin() as engine_conn:
                migrate.upgrade(engine_conn)
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
            self.release_connections()
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
        try:
            conn = self._plain()
            try:
                conn.execute(sql)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise StoreError(f"数据库维护操作失败：{exc}") from exc

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
        from sqlalchemy.exc import SQLAlchemyError

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
        from sqlalchemy.exc import SQLAlchemyError

        session = self._sessions()
        try:
            yield session
        except SQLAlchemyError as exc:
            raise translate_error(exc) from exc
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def read_connection(self, setup: tuple[str, ...] = ()) -> Iterator[sqlite3.Connection]:
        """A sqlite3 connection inside one read transaction (nothing committed), from the pool of plain
        connections (store/connections.py): the read-only services written for `store.reader.Readable` run on it
        as on the light `Reader`, and no SQLAlchemy is needed. `setup`: see ReadConnections.read."""
        with self._readers.read(setup) as conn:
            yield conn

    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection for the backup API (caller closes it)."""
        return sqlite3.connect(str(self.path))


def _actor() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def __getattr__(name: str) -> Any:
    if name == "OperationalError":  # re-exported, imported on first use (PEP 562)
        from sqlalchemy.exc import OperationalError

        return OperationalError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Database", "default_backup_dir", "translate_error"]
