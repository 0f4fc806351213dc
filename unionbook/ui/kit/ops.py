"""One way to run an operation from the GUI (the shape of Anki's `CollectionOp`, qt/aqt/operations/).

    run_op(self, lambda: add_meeting(self._db, draft), touches={"meeting"}, success=self._saved)

runs the operation, turns any error into one message box (a `UnionBookError` shows its own Chinese message;
anything else shows one "意外错误" box and its traceback goes to the log file in the data folder), and after a
success announces once, on the app-wide `changes().changed` signal, which entities it touched — the names of
the change log (`areas.entity_labels()`, e.g. "member", "meeting"), or `EVERYTHING` after a restore. Pages
listen to that one signal (ui/kit/pages.py `AreaPage.on_changed`); no slot refreshes other pages by hand.

A long operation (`long=True`) takes a `unionbook.jobs.Progress` and runs on the thread pool behind a modal
progress dialog whose 取消 button cancels it (the job's next `progress(...)` raises `Cancelled`, which unwinds
its transaction: nothing is written, and no message is shown). The worker never touches widgets: its progress
and its end come back as signals, queued to the GUI thread. Closing the window waits for running jobs
(`stop_all_jobs`), so that the database is never closed under one.

The operation is a closure over what it needs (the page's own `Database` among it): finding the database
through a global would be the "application found through globals" the architecture warns against.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from unionbook import paths
from unionbook.areas import entity_labels
from unionbook.errors import UnionBookError
from unionbook.jobs import Cancelled, Progress, Tracker

T = TypeVar("T")
EVERYTHING = "*"  # touched by an operation that replaced the whole database (a restore)
LOG_NAME = "unionbook-errors.log"


# ---- the change signal ----

class Changes(QObject):
    """The app-wide announcement that an operation changed the data: `changed(frozenset[str])`."""

    changed = Signal(object)


_changes: Changes | None = None


def changes() -> Changes:
    global _changes
    if _changes is None:
        _changes = Changes()
    return _changes


def touched_names(touches: Iterable[str]) -> frozenset[str]:
    """`touches` as a frozenset, refused when it names something the change log does not know (a typo would
    otherwise leave a page stale without anyone noticing). Empty: the op changed no data (a backup, an export)."""
    names = frozenset(touches)
    unknown = names - set(entity_labels()) - {EVERYTHING}
    if unknown:
        raise ValueError(f"an operation touched unknown entities {sorted(unknown)}")
    return names


def announce(touches: Iterable[str]) -> None:
    names = touched_names(touches)
    if names:
        changes().changed.emit(names)


# ---- errors ----

def log_path() -> Path:
    return paths.data_dir() / LOG_NAME


def log_unexpected(summary: str, details: str) -> Path:
    """Append an unexpected error with its traceback to the log file in the data folder (rotated at 1 MB)."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    try:
        record = logging.LogRecord("unionbook", logging.ERROR, __file__, 0, "%s\n%s", (summary, details), None)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        handler.emit(record)
    finally:
        handler.close()
    return path


def report_error(parent: QWidget | None, error: BaseException, title: str | None = None,
                 details: str | None = None) -> None:
    """One message box for a failed operation; unexpected errors are logged with their traceback too."""
    if isinstance(error, Cancelled):
        return  # the user asked for it; nothing was written
    if isinstance(error, UnionBookError):
        QMessageBox.warning(parent, title or QCoreApplication.translate("ops", "无法完成操作"), error.message)
        return
    details = details or "".join(traceback.format_exception(error))
    summary = f"{type(error).__name__}: {error}"
    try:
        where = str(log_unexpected(summary, details))
    except OSError as exc:
        where = QCoreApplication.translate("ops", "（无法写入日志：{0}）").format(exc)
    text = QCoreApplication.translate(
        "ops", "发生意外错误，操作未完成。\n\n详细情况已记入日志：{1}\n如问题反复出现，请把该文件交给技术支持。\n（技术信息：{0}）")
    QMessageBox.critical(parent, QCoreApplication.translate("ops", "意外错误"), text.format(summary, where))


_in_hook = threading.local()


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """The last resort for an error no operation caught (a slot outside run_op, a paint event): the
    console-less unionbook-gui would otherwise lose it. Shown in one box and logged."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if getattr(_in_hook, "active", False):  # an error while reporting an error: do not loop
        sys.__excepthook__(exc_type, exc, tb)
        return
    _in_hook.active = True
    try:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        sys.stderr.write(details)
        if QApplication.instance() is None:
            log_unexpected(f"{exc_type.__name__}: {exc}", details)
        else:
            report_error(QApplication.activeWindow(), exc, details=details)
    finally:
        _in_hook.active = False


def install_excepthook() -> None:
    sys.excepthook = excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:  # a thread that is not one of our jobs
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        log_unexpected(f"{args.exc_type.__name__}: {args.exc_value} (thread)", details)

    threading.excepthook = thread_hook


# ---- background jobs ----

class Job(QObject):
    """`work(progress)` on the thread pool; `progress(done, total)` along the way, then exactly one of
    `finished(result)` or `failed(error, traceback_text)`, all delivered on the GUI thread."""

    progress = Signal(int, int)
    ended = Signal()  # first, whichever way it ended: progress dialogs close before any message box opens
    finished = Signal(object)
    failed = Signal(object, str)
    # emitted on the pool thread and queued to the job's own (GUI) thread, where the public ones fire
    _progress = Signal(int, int)
    _finished = Signal(object)
    _failed = Signal(object, str)

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.touches: frozenset[str] = frozenset()  # what it writes (start_op says); empty: it only reads
        self.tracker = Tracker(self._progress.emit)
        self.running = False
        self._left_work = threading.Event()
        self._progress.connect(self.progress, Qt.ConnectionType.QueuedConnection)
        self._finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._fail, Qt.ConnectionType.QueuedConnection)

    def _done(self, result: object) -> None:
        self._retire()
        self.finished.emit(result)

    def _fail(self, error: BaseException, details: str) -> None:
        self._retire()
        self.failed.emit(error, details)

    def _retire(self) -> None:
        self.running = False
        _ACTIVE.discard(self)
        # the worker sets the event right after its last emit: only then may the job be deleted
        self._left_work.wait(5.0)
        self.ended.emit()
        self.deleteLater()

    def cancel(self) -> None:
        self.tracker.cancel()

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        self._left_work.clear()
        _ACTIVE.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def _run(self) -> None:
        # runs on a pool thread: only signals leave it, and the emit is the last thing it does with the job
        left = self._left_work
        try:
            result = self._work(self.tracker)
        except BaseException as exc:  # a worker reports everything, SystemExit included
            self._failed.emit(exc, "".join(traceback.format_exception(exc)))
        else:
            self._finished.emit(result)
        finally:
            left.set()


# Jobs started and not yet reported back (touched on the GUI thread only).
_ACTIVE: set[Job] = set()


def stop_all_jobs(timeout: float = 30.0) -> bool:
    """Cancel every running job and wait until each has left its work, so that the database can be closed
    under none of them. False if one is still working after `timeout` seconds (it then keeps the file open)."""
    jobs = list(_ACTIVE)
    for job in jobs:
        job.cancel()
    deadline = time.monotonic() + timeout
    return all(job._left_work.wait(max(0.0, deadline - time.monotonic())) for job in jobs)


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self.job._run()


# ---- the one entry point ----

def _failure(parent: QWidget | None, title: str | None,
             inline: Callable[[UnionBookError], Any] | None) -> Callable[[BaseException, str | None], None]:
    def fail(error: BaseException, details: str | None = None) -> None:
        if inline is not None and isinstance(error, UnionBookError):
            inline(error)
        else:
            report_error(parent if parent is None or shiboken6.isValid(parent) else None, error, title, details)
    return fail


def run_op(parent: QWidget | None, op: Callable[..., T], *, touches: Iterable[str], label: str | None = None,
           long: bool = False, success: Callable[[T], Any] | None = None, title: str | None = None,
           inline: Callable[[UnionBookError], Any] | None = None, cancellable: bool = True) -> bool:
    """Run `op` and announce what it `touches`; see the module's note. A short op (`op()`) runs now, on the
    GUI thread: True when it succeeded. A long op (`op(progress)`) starts behind a progress dialog saying
    `label`, with 取消: True when started; `success(result)` runs when it ends. `title` heads the error box; a
    dialog that shows refusals beside its fields passes `inline`, which then gets the `UnionBookError` (a
    long op's `Cancelled` included) instead of a box; an unexpected error always gets the box."""
    names = touched_names(touches)
    fail = _failure(parent, title, inline)
    if not long:
        try:
            result = op()
        except Exception as exc:  # every failure becomes one message box
            fail(exc)
            return False
        announce(names)
        if success is not None:
            success(result)
        return True

    dialog = QProgressDialog(label or QCoreApplication.translate("ops", "正在处理…"),
                             QCoreApplication.translate("ops", "取消"), 0, 0, parent)
    dialog.setObjectName("opProgress")
    dialog.setAccessibleName(QCoreApplication.translate("ops", "进度"))
    dialog.setWindowTitle(QCoreApplication.translate("ops", "请稍候"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    job = start_op(parent, op, touches=names, success=success, title=title, inline=inline)

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def ended(*_args: Any) -> None:
        if shiboken6.isValid(dialog):  # its parent may have been closed meanwhile
            dialog.close()
            dialog.deleteLater()

    job.progress.connect(on_progress)
    dialog.canceled.connect(job.cancel)
    job.ended.connect(ended)
    return True


def start_op(parent: QWidget | None, op: Callable[[Progress], T], *, touches: Iterable[str],
             success: Callable[[T], Any] | None = None, title: str | None = None,
             inline: Callable[[UnionBookError], Any] | None = None) -> Job:
    """A long op for a widget that shows its progress itself (the import wizard's pages): the same errors,
    the same announcement as `run_op(long=True)`, without the progress dialog. The caller connects
    `job.progress` and calls `job.cancel()`; boxes open over `parent`."""
    names = touched_names(touches)
    fail = _failure(parent, title, inline)
    # owned by the app-wide Changes object, not by a widget that may be deleted before the job reports back
    job = Job(op, changes())
    job.touches = names

    def finished(result: Any) -> None:
        announce(names)
        if success is not None and (parent is None or shiboken6.isValid(parent)):  # not on a closed window
            success(result)

    job.finished.connect(finished)
    job.failed.connect(fail)
    job.start()
    return job


def running_jobs() -> list[Job]:
    """The jobs not yet reported back (for tests and for the window's close)."""
    return list(_ACTIVE)


def writing() -> bool:
    """A job that writes is under way (a read in the background — the roster's employer list — is not)."""
    return any(job.touches for job in _ACTIVE)
