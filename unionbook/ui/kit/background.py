"""Running long work (hundreds of pages of forms) off the GUI thread, with progress and cancel.

`Job` runs `work(progress, cancelled)` on the thread pool and reports back through its signals, which Qt
delivers on the GUI thread: `progress(done, total)` along the way, then exactly one of `finished(result)` or
`failed(message, code)`. The work never touches widgets; `start_with_progress` adds the usual progress dialog.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from unionbook.errors import UnionBookError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


class Job(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, str)  # Chinese message, error code ("cancelled" when the user cancelled)
    # emitted on the pool thread and queued to the job's own (GUI) thread, where the public ones fire:
    # whatever is connected to the public signals then runs on the GUI thread, never on the worker's
    _progress = Signal(int, int)
    _finished = Signal(object)
    _failed = Signal(str, str)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.running = False
        self._progress.connect(self.progress, Qt.ConnectionType.QueuedConnection)
        self._finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._fail, Qt.ConnectionType.QueuedConnection)

    def _done(self, result: object) -> None:
        self.running = False
        _ACTIVE.discard(self)
        self.finished.emit(result)

    def _fail(self, message: str, code: str) -> None:
        self.running = False
        _ACTIVE.discard(self)
        self.failed.emit(message, code)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        self._left_work = threading.Event()
        _ACTIVE.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def _run(self) -> None:
        # runs on a pool thread: only signals leave it
        try:
            result = self._work(self._progress.emit, self._cancel.is_set)
        except UnionBookError as exc:
            self._failed.emit(exc.message, exc.code)
        except Exception as exc:
            self._failed.emit(QCoreApplication.translate("Job", "发生意外错误：") + str(exc), "unexpected")
        else:
            self._finished.emit(result)
        finally:
            self._left_work.set()


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


def start_with_progress(parent: QWidget, label: str, work: Work, *,
                        on_finished: Callable[[Any], None] | None = None,
                        on_failed: Callable[[str, str], None] | None = None) -> Job:
    """Start `work` with a modal progress dialog whose 取消 button cancels it; the dialog closes itself, then
    `on_finished(result)` or `on_failed(message, code)` runs on the GUI thread."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Job", "取消"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Job", "正在生成"))
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    job = Job(work, dialog)

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    job.progress.connect(on_progress)
    dialog.canceled.connect(job.cancel)
    job.finished.connect(lambda _result: dialog.close())
    job.failed.connect(lambda _message, _code: dialog.close())
    if on_finished:
        job.finished.connect(on_finished)
    if on_failed:
        job.failed.connect(on_failed)
    job.start()
    return job
