"""The 文书 menu: any form in forms/ for the selected members or the roster as filtered, rendered in the
background with progress and cancel, then previewed (save and print from the preview)."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from unionbook.jobs import Progress
from unionbook.services.forms.catalog import FormInfo, list_forms, render_form
from unionbook.store import Database
from unionbook.ui.kit.ops import run_op

TMP_PREFIX = "unionbook-forms-"
STALE_AFTER_S = 24 * 3600


def _sweep_stale_folders() -> None:
    now = time.time()
    for folder in Path(tempfile.gettempdir()).glob(TMP_PREFIX + "*"):
        try:
            if folder.is_dir() and now - folder.stat().st_mtime > STALE_AFTER_S:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


# which members a form is for: (selected ids, ids of the roster as filtered)
Selection = Callable[[], tuple[list[int], list[int]]]


class FormsMenu(QObject):
    def __init__(self, db: Database, parent: QWidget, selection: Selection) -> None:
        super().__init__(parent)
        self._db = db
        self._parent = parent
        self._selection = selection
        # Forms can carry whole ID numbers: they are written to a private temporary folder that is removed
        # when the window closes (the preview saves a copy wherever the user wants one). Folders left by a
        # session that crashed are swept at the next start.
        _sweep_stale_folders()
        self._tmp = tempfile.TemporaryDirectory(prefix=TMP_PREFIX)
        self._out = Path(self._tmp.name)

    def cleanup(self) -> None:
        self._tmp.cleanup()

    def fill(self, menu: QMenu) -> None:
        """Per-member forms first, then whole-list forms; forms without member data (notices) are left to
        the areas that fill them (meetings)."""
        forms = [f for f in list_forms() if f.source in ("member", "members") and not f.error]
        for source in ("member", "members"):
            for form in (f for f in forms if f.source == source):
                action = QAction(form.title + "…", menu)
                action.setToolTip(form.description)
                action.triggered.connect(lambda _checked=False, f=form: self.produce(f))
                menu.addAction(action)
            menu.addSeparator()

    def produce(self, form: FormInfo, members: list[int] | None = None) -> None:
        """Render `form` for `members`, or else for the selection (a list form: the filtered roster)."""
        selected, filtered = (members, members) if members else self._selection()
        if form.source == "member":
            members = selected
            if not members and not form.allow_blank:
                QMessageBox.information(self._parent, form.title, self.tr("请先在会员名册中选中会员。"))
                return
        else:
            # a list form: the selected members, or the roster exactly as it is filtered now
            members = selected if len(selected) > 1 else filtered
            if not members:
                QMessageBox.information(self._parent, form.title, self.tr("当前名册中没有会员。"))
                return
        out = self._out / f"{form.name}-{dt.datetime.now():%Y%m%d-%H%M%S}.pdf"

        def work(progress: Progress) -> Path:
            return render_form(self._db, form.name, out, members=members or None, progress=progress).path

        label = self.tr("正在生成“{0}”（{1} 名会员）…").format(form.title, len(members))
        # numbered forms take their serial numbers from the database: the op touches "form"
        run_op(self._parent, work, touches={"form"}, long=True, label=label,
               title=self.tr("未能生成“{0}”").format(form.title),
               success=lambda path: self._preview(path, form.title))

    def _preview(self, path: Path, title: str) -> None:
        # QtPdf and QtPrintSupport are loaded when the first form is shown, not when the window opens
        from unionbook.ui.forms.pdf_preview import preview_pdf

        preview_pdf(self._parent, path, title=title)
