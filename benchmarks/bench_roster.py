"""Roster at 100,000 members: start-up to the roster shown, search latency, peak memory.

Each figure is printed beside a baseline measured in the same run on the same machine:
- start-up: a bare QMainWindow's first paint, and a QTableView over a plain lazy sqlite3 model;
- search: the equivalent raw SQL (COUNT + first page with LIKE on the stored key) through sqlite3.
Targets (issue 2): roster shown ≤ 1.2 s from process start; search p95 ≤ 30 ms; peak memory ≤ 250 MB.

Run: python benchmarks/bench_roster.py [--members N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import demo_database, median, percentile

CHILD_APP = r"""
import os, sys, time, resource
t0 = float(sys.argv[2])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEvent, QObject, QTimer
from unionbook.ui.app import make_app
from unionbook.store import Database
from unionbook.ui.main_window import MainWindow
app = make_app()
db = Database.open(sys.argv[1])
w = MainWindow(db)
w.nav.setCurrentRow(1)
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and w.roster.model.rowCount() > 0:
            print(f"{time.time() - t0:.4f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}", flush=True)
            os._exit(0)
        return False
f = Painted(); w.roster.table.viewport().installEventFilter(f)
w.show()
app.exec()
"""

CHILD_BARE = r"""
import os, sys, time, resource
t0 = float(sys.argv[2])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from PySide6.QtCore import QAbstractTableModel, Qt
import sqlite3
app = QApplication([])
w = QMainWindow()
mode = sys.argv[3]
if mode == "lazy":
    conn = sqlite3.connect(sys.argv[1])
    class M(QAbstractTableModel):
        def __init__(self):
            super().__init__(); self.n = conn.execute("select count(*) from member where status in ('active','kept')").fetchone()[0]; self.pages = {}
        def rowCount(self, p=None): return self.n
        def columnCount(self, p=None): return 8
        def data(self, index, role=Qt.DisplayRole):
            if role != Qt.DisplayRole: return None
            page = index.row() // 256
            if page not in self.pages:
                self.pages[page] = conn.execute("select name, gender, id_number, phone, employer_id, status, card_number, join_date from member where status in ('active','kept') order by name_pinyin limit 256 offset ?", (page * 256,)).fetchall()
            return str(self.pages[page][index.row() % 256][index.column()])
    view = QTableView(); view.setModel(M()); w.setCentralWidget(view); target = view.viewport()
else:
    target = w
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(f"{time.time() - t0:.4f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}", flush=True)
            os._exit(0)
        return False
f = Painted(); target.installEventFilter(f)
w.resize(1280, 800); w.show()
app.exec()
"""


def _start(code: str, *args: str) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "UNIONBOOK_HOME": str(Path(args[0]).parent / "home")}
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", code, args[0], f"{t0}", *args[1:]], capture_output=True, text=True,
                         env=env, timeout=120)
    if out.returncode != 0 or not out.stdout.strip():
        raise RuntimeError(out.stderr[-2000:])
    seconds, rss = out.stdout.split()
    return float(seconds), float(rss)


def bench_startup(path: Path, runs: int) -> dict[str, float]:
    app = [_start(CHILD_APP, str(path)) for _ in range(runs)]
    bare = [_start(CHILD_BARE, str(path), "bare") for _ in range(runs)]
    lazy = [_start(CHILD_BARE, str(path), "lazy") for _ in range(runs)]
    return {
        "roster_shown_s": median([a for a, _ in app]), "peak_rss_mb": max(r for _, r in app),
        "bare_window_s": median([a for a, _ in bare]), "raw_lazy_table_s": median([a for a, _ in lazy]),
        "raw_lazy_rss_mb": max(r for _, r in lazy),
    }


def typed_queries(path: Path, n: int, seed: int = 3) -> list[str]:
    """What people type: prefixes of names, pinyin initials and full pinyin, ID and phone digits, cards."""
    conn = sqlite3.connect(path)
    rows = conn.execute("select name, name_initials, name_pinyin, id_number, phone, card_number from member "
                        "order by random() limit ?", (n,)).fetchall()
    conn.close()
    rng = random.Random(seed)
    queries = []
    for name, initials, full, number, phone, card in rows:
        kind = rng.randrange(6)
        value = (name, initials, full, number, phone or number, card)[kind]
        if kind in (3, 4):
            start = rng.randrange(0, max(1, len(value) - 6))
            value = value[start:start + rng.randrange(4, 7)]
        else:
            value = value[: rng.randrange(1, len(value) + 1)]
        queries.append(value)
    return queries


def bench_search(path: Path, queries: list[str]) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from unionbook.domain.member import Status
    from unionbook.services.members.roster import RosterQuery
    from unionbook.store import Database
    from unionbook.ui.members.roster_model import RosterModel

    QApplication.instance() or QApplication([])
    db = Database.open(path, purpose="benchmark")
    model = RosterModel(db)
    ours = []
    for q in queries:
        t = time.perf_counter()
        model.set_query(RosterQuery(search=q, statuses=(Status.ACTIVE, Status.KEPT)))
        for row in range(min(30, model.rowCount())):  # what the view paints: the first screenful
            model.data(model.index(row, 0))
        ours.append(time.perf_counter() - t)
    db.close()
    conn = sqlite3.connect(path)
    raw = []
    for q in queries:
        t = time.perf_counter()
        like = f"%{q.lower()}%"
        conn.execute("select count(*) from member where status in ('active','kept') and search_key like ?",
                     (like,)).fetchone()
        conn.execute("select id, name from member where status in ('active','kept') and search_key like ? "
                     "order by name_pinyin limit 256", (like,)).fetchall()
        raw.append(time.perf_counter() - t)
    conn.close()
    return {"search_p50_ms": median(ours) * 1000, "search_p95_ms": percentile(ours, 95) * 1000,
            "raw_like_p50_ms": median(raw) * 1000, "raw_like_p95_ms": percentile(raw, 95) * 1000}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    path = demo_database(args.members)
    start = bench_startup(path, args.runs)
    search = bench_search(path, typed_queries(path, args.queries))
    print(f"members: {args.members:,}")
    print(f"roster shown from process start: {start['roster_shown_s']:.2f} s (target ≤ 1.2 s) — "
          f"bare QMainWindow {start['bare_window_s']:.2f} s, raw lazy sqlite3 table {start['raw_lazy_table_s']:.2f} s, "
          f"ratio to raw {start['roster_shown_s'] / start['raw_lazy_table_s']:.2f}×")
    print(f"peak memory: {start['peak_rss_mb']:.0f} MB (target ≤ 250 MB) — raw lazy table {start['raw_lazy_rss_mb']:.0f} MB")
    print(f"search over {args.queries} typed queries: p50 {search['search_p50_ms']:.1f} ms, p95 "
          f"{search['search_p95_ms']:.1f} ms (target p95 ≤ 30 ms) — raw LIKE p50 {search['raw_like_p50_ms']:.1f} ms, "
          f"p95 {search['raw_like_p95_ms']:.1f} ms")
    print(json.dumps({**start, **search}))


if __name__ == "__main__":
    main()
