"""A wizard page whose work runs as a background job (ops.start_op) behind a progress bar and a cancel button:
the import wizard's and the payroll wizard's previews share it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWizardPage

from unionbook.errors import UnionBookError
from unionbook.jobs import Progress
from unionbook.ui.kit.ops import Job, running_jobs, start_op


class JobPage(QWizardPage):
    def __init__(self, cancel_text: str) -> None:
        super().__init__()
        self._job: Job | None = None
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(cancel_text)
        self.cancel_button.clicked.connect(self.cancel_job)

    def job_bar(self) -> QHBoxLayout:
        """The progress bar and the cancel button, as one row for the page's layout."""
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        return row

    def start_job(self, work: Callable[[Progress], Any], *, success: Callable[[Any], Any],
                  inline: Callable[[UnionBookError], Any]) -> None:
        """Run `work` (reads only: it touches nothing); a refusal goes to `inline`, an unexpected error to a box."""
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._job = start_op(self, work, touches=(), success=success, inline=inline)
        self._job.progress.connect(self._on_progress)
        self._job.failed.connect(lambda _e, _d: self.job_stopped())
        self.completeChanged.emit()

    def running(self) -> bool:
        return any(job is self._job for job in running_jobs())  # a finished job is deleted

    def cancel_job(self) -> None:
        if self.running() and self._job is not None:
            self._job.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def job_stopped(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.completeChanged.emit()
