"""Child process: the real start path, or its baseline, timed from the parent's clock before the spawn.

app:  the GUI's own start (make_app, Controller.open: Database.open, profile check, MainWindow, show) → the
      home page painted with its figures → a mouse click on 会员名册 in the navigation → the roster's table
      painted with rows.
base: the simplest program doing the same work: QApplication, a window with a label showing the figures read
      by replaying the app's own figures SQL through sqlite3, a navigation list; the click shows a QTableView
      over the app's own roster SQL (count and first page) replayed through sqlite3.

Prints one JSON line: home_s (figures painted), roster_s (roster painted after the click), rss_mb.
Run by benchmarks/run.py: python -m benchmarks.bench_start app|base DB T0 SQLFILE
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    mode, db_path, t0, sql_file = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtTest import QTest

    from benchmarks._common import emit

    marks: dict[str, float] = {}

    class Watch(QObject):
        def __init__(self, ready: object, done: object) -> None:
            super().__init__()
            self.ready, self.done = ready, done

        def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
            if ev.type() == QEvent.Type.Paint and self.ready():  # type: ignore[operator]
                obj.removeEventFilter(self)
                QTimer.singleShot(0, self.done)  # type: ignore[arg-type]
            return False

    def finish() -> None:
        marks["roster_s"] = time.time() - t0
        emit(marks)
        os._exit(0)

    if mode == "app":
        from unionbook.ui.app import Controller, make_app

        app = make_app()
        controller = Controller(app)
        from pathlib import Path

        controller.open(Path(db_path))
        w = controller.window
        assert w is not None

        def click_roster() -> None:
            marks["home_s"] = time.time() - t0
            rect = w.nav.visualItemRect(w.nav.item(1))
            # the roster page is built by the click (pages are built when first shown): watch it once it is there
            QTest.mouseClick(w.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            roster = w.pages.currentWidget()
            roster_watch = Watch(lambda: roster.model.rowCount() > 0, finish)
            roster.table.viewport().installEventFilter(roster_watch)
            keep.append(roster_watch)

        keep: list[object] = []
        home_watch = Watch(lambda: w.home.members.value.text() not in ("—", ""), click_roster)
        w.home.members.value.installEventFilter(home_watch)
        keep.append(home_watch)
        if w.home.members.value.isVisible() and w.home.members.value.text() not in ("—", ""):
            w.home.members.value.update()
        app.exec()
        return

    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex
    from PySide6.QtWidgets import (
        QApplication,
        QHBoxLayout,
        QLabel,
        QListWidget,
        QMainWindow,
        QStackedWidget,
        QTableView,
        QWidget,
    )

    with open(sql_file, encoding="utf-8") as f:
        sql = json.load(f)
    from PySide6.QtGui import QFont, QFontDatabase

    from benchmarks._common import ROOT

    app = QApplication([])
    # a Chinese window needs a CJK font, and offscreen Qt paints nothing without one
    QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "wqy-microhei.ttc"))
    app.setFont(QFont("WenQuanYi Micro Hei", 10))
    conn = sqlite3.connect(db_path)
    win = QMainWindow()
    nav = QListWidget()
    nav.addItems(["首页", "会员名册"])
    stack = QStackedWidget()
    label = QLabel()
    stack.addWidget(label)
    view = QTableView()
    stack.addWidget(view)
    central = QWidget()
    row = QHBoxLayout(central)
    nav.setFixedWidth(168)
    row.addWidget(nav)
    row.addWidget(stack, 1)
    win.setCentralWidget(central)
    win.resize(1280, 800)
    figures = [conn.execute(s).fetchall() for s in sql["figures"]]
    label.setText(" ".join(str(r) for rows in figures for r in rows[:1]))

    class Model(QAbstractTableModel):
        def __init__(self, rows: list[tuple[object, ...]], count: int) -> None:
            super().__init__()
            self.rows, self.count = rows, count

        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return self.count

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 11

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            if role != Qt.ItemDataRole.DisplayRole or index.row() >= len(self.rows):
                return None
            row = self.rows[index.row()]
            return str(row[index.column() % len(row)])

    def show_roster(row: int) -> None:
        if row != 1:
            stack.setCurrentIndex(0)
            return
        results = [conn.execute(s).fetchall() for s in sql["roster"]]
        count = max((r[0][0] for r in results if len(r) == 1 and len(r[0]) == 1 and isinstance(r[0][0], int)),
                    default=0)
        page = max(results, key=len)
        view.setModel(Model(page, count or len(page)))
        stack.setCurrentIndex(1)

    nav.currentRowChanged.connect(show_roster)

    def click() -> None:
        marks["home_s"] = time.time() - t0
        view.viewport().installEventFilter(table_watch)
        QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(1)).center())

    table_watch = Watch(lambda: view.model() is not None, finish)
    home_watch = Watch(lambda: True, click)
    label.installEventFilter(home_watch)
    win.show()
    app.exec()


if __name__ == "__main__":
    main()
