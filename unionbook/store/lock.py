"""The single-writer lock: one UnionBook instance writes a database file at a time.

The lock is an OS-level lock on `<database>.lock`, so it dies with its process: a lock file left behind by a
crashed instance is simply taken over. The file also says who holds it, so the second instance can tell the
user which computer, user and process has the file open.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO, Any

from unionbook.errors import LockedError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(f: IO[str]) -> bool:
        try:
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(f: IO[str]) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(f: IO[str]) -> bool:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(f: IO[str]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _is_current_file(f: IO[str], path: Path) -> bool:
    """The open file is still the one at `path` (not deleted or replaced meanwhile)."""
    if os.name == "nt":  # pragma: no cover - Windows cannot delete an open file
        return True
    try:
        st = os.stat(path)
    except OSError:
        return False
    own = os.fstat(f.fileno())
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)


def _write_note(f: IO[str], data: bytes) -> None:
    """Replace the holder's note, straight on the descriptor. On a full disk the note may not fit: the lock is
    held all the same (it is the OS lock that counts), the second instance then just cannot say by whom."""
    try:
        os.ftruncate(f.fileno(), 0)
        if data:
            os.pwrite(f.fileno(), data, 0) if hasattr(os, "pwrite") else _write_at_start(f, data)
    except OSError:
        pass


def _write_at_start(f: IO[str], data: bytes) -> None:  # pragma: no cover - Windows has no pwrite
    os.lseek(f.fileno(), 0, os.SEEK_SET)
    os.write(f.fileno(), data)


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _safe_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


class WriterLock:
    def __init__(self, db_path: Path, purpose: str = "gui") -> None:
        self.path = lock_path_for(db_path)
        self.purpose = purpose
        self._file: IO[str] | None = None
        self.recovered_stale = False

    def holder(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def acquire(self) -> None:
        existed = self.path.exists()
        previous = self.holder() if existed else {}
        for _attempt in range(10):
            # "a+" neither truncates the holder's note nor fails if the file is there
            f = open(self.path, "a+", encoding="utf-8")
            if not _try_lock(f):
                f.close()
                raise LockedError(self._locked_message(self.holder()), details={"holder": self.holder()})
            if _is_current_file(f, self.path):
                break
            # the previous holder deleted the lock file between our open and our lock: holding a lock on the
            # deleted file would let a third instance lock a new file beside us, so take the new file instead
            _unlock(f)
            f.close()
        else:
            raise LockedError(self._locked_message({}))
        self.recovered_stale = bool(previous)
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _safe_user(),
            "since": dt.datetime.now().isoformat(timespec="seconds"),
            "purpose": self.purpose,
        }
        _write_note(f, json.dumps(info, ensure_ascii=False).encode("utf-8"))
        self._file = f

    def release(self) -> None:
        if self._file is None:
            return
        f, self._file = self._file, None
        try:
            _write_note(f, b"")
            if os.name != "nt":
                # unlink while still holding the lock: an opener that opened the old file and locks it after our
                # unlock sees it is no longer the file at the path and starts again (see acquire). Unlinking after
                # the unlock let such an opener keep a lock on a deleted file while a third locked a new one.
                self._unlink()
            _unlock(f)
        finally:
            f.close()
            if os.name == "nt":  # pragma: no cover - Windows cannot delete an open file; fails if another has it
                self._unlink()

    def _unlink(self) -> None:
        try:
            self.path.unlink()
        except OSError:
            pass  # already gone, or (Windows) another instance holds a new lock on it

    @property
    def held(self) -> bool:
        return self._file is not None

    def _locked_message(self, info: dict[str, Any]) -> str:
        if not info:
            return f"数据库文件正被另一个 UnionBook 程序使用（锁文件：{self.path}）。请先关闭那个程序。"
        what = "图形界面" if info.get("purpose") == "gui" else "命令行"
        return (
            f"数据库文件正被另一个 UnionBook 程序使用：计算机“{info.get('host', '?')}”上的用户“{info.get('user', '?')}”"
            f"（进程号 {info.get('pid', '?')}，{what}，自 {str(info.get('since', '?')).replace('T', ' ')} 起）。"
            "请先关闭那个程序，再打开此文件。"
        )


class NoLock(WriterLock):
    """Stands in for the lock when the file is opened read-only (read-only medium or folder): nothing can be
    written there, so there is nothing to guard and no lock file to create."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(db_path, "read")
        self._open = False

    def acquire(self) -> None:
        self._open = True

    def release(self) -> None:
        self._open = False

    @property
    def held(self) -> bool:
        return self._open
