"""Previewing a generated PDF inside the application (QtPdf): page through, zoom, save a copy, print.

Printing renders each page with QPdfDocument.render at up to 300 dpi and paints it onto the printer, so the
result does not depend on a PDF reader being installed (township offices often have none).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from unionbook.ui.kit.screen import available_size, preview_size

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
PRINT_DPI_MAX = 300


class PdfPreviewDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(title or self.tr("预览：") + self.path.name)
        self.resize(preview_size(available_size(parent)))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.prev_button = self._tool(self.tr("上一页"), self.previous_page, QKeySequence.StandardKey.MoveToPreviousPage)
        self.page_box = QSpinBox(self)
        self.page_box.setMinimum(1)
        self.page_box.setAccessibleName(self.tr("页码"))
        self.page_box.valueChanged.connect(lambda n: self.go_to_page(n - 1))
        self.page_total = QLabel(self)
        self.next_button = self._tool(self.tr("下一页"), self.next_page, QKeySequence.StandardKey.MoveToNextPage)
        self.zoom_out_button = self._tool(self.tr("缩小"), self.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.zoom_label = QLabel(self)
        self.zoom_in_button = self._tool(self.tr("放大"), self.zoom_in, QKeySequence.StandardKey.ZoomIn)
        self.fit_width_button = self._tool(self.tr("适合宽度"), self.fit_width)
        self.fit_page_button = self._tool(self.tr("整页"), self.fit_page)
        self.fit_width_button.setCheckable(True)
        self.fit_page_button.setCheckable(True)
        self.save_button = QPushButton(self.tr("保存…"), self)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_document)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        for w in (self.prev_button, self.page_box, self.page_total, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(16)
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_width_button,
                  self.fit_page_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.save_button, self.print_button, close):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(lambda _z: self._update_zoom_label())
        self.view.zoomModeChanged.connect(lambda _m: self._update_zoom_label())
        self.load(self.path)

    def _tool(self, text: str, slot: object, key: QKeySequence.StandardKey | None = None) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        if key is not None:
            button.setShortcut(QKeySequence(key))
        return button

    # ---- document ----

    def load(self, path: Path) -> bool:
        self.path = Path(path)
        error = self.document.load(str(self.path))
        ok = error == QPdfDocument.Error.None_
        if not ok:
            QMessageBox.warning(self, self.tr("无法预览"), self.tr("无法打开PDF文件：") + str(self.path))
        count = self.document.pageCount()
        self.page_box.setMaximum(max(count, 1))
        self.page_total.setText(self.tr("共 %n 页", "", count))
        for w in (self.save_button, self.print_button, self.page_box):
            w.setEnabled(ok and count > 0)
        self._page_changed(0)
        self._update_zoom_label()
        return ok

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    # ---- navigation and zoom ----

    def go_to_page(self, index: int) -> None:
        if 0 <= index < self.page_count() and index != self.current_page():
            self.view.pageNavigator().jump(index, QPointF(), self.view.pageNavigator().currentZoom())

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _page_changed(self, index: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < self.page_count())

    def zoom_in(self) -> None:
        self._set_zoom(next((z for z in ZOOM_STEPS if z > self.view.zoomFactor() + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self._set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.view.zoomFactor() - 0.01), ZOOM_STEPS[0]))

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def fit_width(self) -> None:
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        # one page at a time: in the scrolling view QtPdf fits the page with the next one's gap, and the
        # bottom of the sheet was cut off
        page = self.current_page()
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.pageNavigator().jump(page, QPointF(), 0)

    def _update_zoom_label(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)
        custom = mode == QPdfView.ZoomMode.Custom
        self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)}%" if custom else "")

    # ---- save and print ----

    def save_as(self) -> Path | None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("保存PDF"), str(Path.home() / self.path.name),
                                                self.tr("PDF 文件 (*.pdf)"))
        if not target:
            return None
        return self.save_to(Path(target))

    def save_to(self, target: Path) -> Path | None:
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            if target.resolve() != self.path.resolve():
                shutil.copyfile(self.path, target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法保存"),
                                self.tr("无法保存到“%1”：%2").replace("%1", str(target)).replace("%2", exc.strerror or ""))
            return None
        return target

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Paint every chosen page onto `printer`; a progress dialog allows cancelling between pages."""
        count = self.page_count()
        first = max(printer.fromPage(), 1) if printer.fromPage() else 1
        last = min(printer.toPage(), count) if printer.toPage() else count
        pages = list(range(first - 1, last))
        progress = QProgressDialog(self.tr("正在打印…"), self.tr("取消"), 0, len(pages), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("无法打印"), self.tr("无法开始打印，请检查打印机。"))
            return False
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        try:
            for n, index in enumerate(pages):
                if progress.wasCanceled():
                    printer.abort()
                    return False
                if n:
                    printer.newPage()
                size_pt = self.document.pagePointSize(index)
                image = self.document.render(index, QSize(round(size_pt.width() * dpi / 72),
                                                          round(size_pt.height() * dpi / 72)))
                area = painter.viewport()
                # scaled while painting, never as an enlarged copy (a 1200 dpi page image would be ~500 MB)
                fit = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), fit.width(), fit.height()), image)
                progress.setValue(n + 1)
                QApplication.processEvents()
        finally:
            painter.end()
            progress.close()
        return True


def preview_pdf(parent: QWidget | None, path: Path, *, title: str = "") -> PdfPreviewDialog:
    """Open the preview window (non-modal) on a PDF file and return it."""
    dialog = PdfPreviewDialog(path, parent, title=title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
