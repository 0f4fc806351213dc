"""Child process: the roster and the home-page figures, through the code the window runs, each beside the
same SQL replayed through a bare sqlite3 connection (captured with sqlite3's trace callback while the app's
code ran, so the baseline is exactly the app's own queries, nothing cheaper).

- search: `RosterModel.set_query` with the roster page's default filter (现有会员), then the first screenful
  (30 rows × every column), for a fixed, seeded query set: what people type (name prefixes, pinyin initials and
  full pinyin, ID and phone digits, card numbers) plus broad terms that match nearly everyone. A search whose
  count the window leaves to a worker thread (a broad term) has that count timed apart, as the worker runs it
  (`count()` of the same cursor), beside its SQL replayed: the "count" figures. A first-page walk that the
  app stops at its step budget (services/members/roster_search.py) is replayed raw with the same budget;
- keystroke: the worst single query of the broad terms;
- jump: Ctrl+End (the last row) and 20 seeded scrollbar positions on the unsearched roster, per page read, after
  the jump marks the window reads on a worker once the roster is shown (timed apart: "jump marks");
- figures: `key_figures`, what the home page shows (its two passes read side by side on two connections; the
  baseline replays the same statements one after the other on one connection).

Prints one JSON line; the peak RSS is this process's (browsing the roster).
Run by benchmarks/run.py: python -m benchmarks.bench_roster DB QUERIES SQLFILE
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DETAIL = []
BROAD = ("20", "1", "2", "19", "13", "z", "zh", "l", "张", "王", "a", "0")
SCREEN = 30


def typed_queries(path: str, n: int, seed: int = 3) -> list[str]:
    """What people type, the same for the same database and seed: the members are picked by a seeded RNG."""
    conn = sqlite3.connect(path)
    top = conn.execute("select max(id) from member").fetchone()[0]
    rng = random.Random(seed)
    queries: list[str] = []
    while len(queries) < n:
        row = conn.execute("select name, name_initials, name_pinyin, id_number, phone, card_number from member "
                           "where id = ?", (rng.randint(1, top),)).fetchone()
        if row is None:
            continue
        name, initials, full, number, phone, card = row
        kind = rng.randrange(6)
        value = (name, initials, full, number, phone or number, card or name)[kind]
        if kind in (3, 4):
            start = rng.randrange(0, max(1, len(value) - 6))
            value = value[start:start + rng.randrange(4, 7)]
        else:
            value = value[: rng.randrange(1, len(value) + 1)]
        queries.append(value)
    conn.close()
    return [*queries, *BROAD]


class Tracer:
    def __init__(self) -> None:
        self.active = False
        self.statements: list[tuple[str, bool]] = []  # (sql, run under the walk's step budget)
        self.budgeted = False

    def __call__(self, sql: str) -> None:
        if self.active and sql.lstrip()[:6].upper().startswith(("SELECT", "WITH")):
            self.statements.append((sql, self.budgeted))

    def take(self) -> list[tuple[str, bool]]:
        out, self.statements = self.statements, []
        return out


def main() -> None:
    db_path, n_queries, sql_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    from benchmarks._common import emit, median, percentile
    from unionbook.domain.member import Status
    from unionbook.services.members import roster as roster_module
    from unionbook.services.members.roster import RosterQuery
    from unionbook.services.members.roster_search import VOCABULARY_SQL, WALK_BUDGET, within_budget
    from unionbook.services.members.stats import key_figures
    from unionbook.store import Database
    from unionbook.ui.members.roster_model import RosterModel

    QApplication.instance() or QApplication([])
    queries = typed_queries(db_path, n_queries)
    tracer = Tracer()
    db = Database.open(db_path, purpose="benchmark")
    event.listen(db.engine, "connect", lambda c, _r: c.set_trace_callback(tracer))
    db.engine.dispose()  # pooled connections are made again, traced
    from unionbook.services.members import figures_read

    real_connect = figures_read._connect

    def traced_connect(uri: str) -> sqlite3.Connection:  # the figures' two side-by-side connections
        conn = real_connect(uri)
        conn.set_trace_callback(tracer)
        return conn

    figures_read._connect = traced_connect  # type: ignore[assignment]
    from unionbook.store.connections import ReadConnections

    real_read_connect = ReadConnections._connect

    def traced_read_connect(pool: ReadConnections) -> sqlite3.Connection:  # Database.read_connection()'s pool
        conn = real_read_connect(pool)
        conn.set_trace_callback(tracer)
        return conn

    ReadConnections._connect = traced_read_connect  # type: ignore[method-assign]
    db.release_connections()  # connections opened before are opened again, traced
    raw = sqlite3.connect(db_path)
    raw.execute(VOCABULARY_SQL)  # as the app's connections make it on first use
    current = (Status.ACTIVE, Status.KEPT)

    def budgeted(conn: Any, run: Any, budget: int = WALK_BUDGET) -> Any:  # marks what runs under the budget
        tracer.budgeted = True
        try:
            return within_budget(conn, run, budget)
        finally:
            tracer.budgeted = False

    roster_module.within_budget = budgeted  # type: ignore[assignment]
    result: dict[str, Any] = {}

    def traced(work: Any) -> tuple[float, list[tuple[str, bool]]]:
        tracer.take()
        tracer.active = True
        t = time.perf_counter()
        work()
        seconds = time.perf_counter() - t
        tracer.active = False
        return seconds, tracer.take()

    def timed_raw(statements: list[tuple[str, bool]]) -> float:
        t = time.perf_counter()
        for sql, under_budget in statements:
            if under_budget:
                within_budget(raw, lambda sql=sql: raw.execute(sql).fetchall())
            else:
                raw.execute(sql).fetchall()
        return time.perf_counter() - t

    # ---- the start baseline's SQL: what the home page and the opened roster send ----
    _, figures_sql = traced(lambda: key_figures(db))
    model = RosterModel(db)

    def open_roster() -> None:
        m = RosterModel(db)
        m.set_query(RosterQuery(statuses=current))
        for row in range(min(SCREEN, m.rowCount())):
            m.data(m.index(row, 0))

    _, roster_sql = traced(open_roster)
    Path(sql_file).write_text(json.dumps({"figures": [q for q, _ in figures_sql], "roster": [q for q, _ in roster_sql]}),
                              encoding="utf-8")

    # ---- search as you type ----
    pending: list[Any] = []
    # the count the window leaves to a worker thread: kept here and timed apart, as the worker would run it
    model._count_later = pending.append  # type: ignore[method-assign]
    model._prepare_later = lambda source: None  # type: ignore[method-assign]  # (timed in the jump section)

    def search(q: str) -> None:
        model.set_query(RosterQuery(search=q, statuses=current))
        for row in range(min(SCREEN, model.rowCount())):
            for col in range(model.columnCount()):
                model.data(model.index(row, col))

    def count_later() -> tuple[float, float] | None:
        """(ours, raw) for the count of the search just run, if the window left it to the worker."""
        if not pending:
            return None
        source = pending.pop()
        pending.clear()
        a, statements = traced(source.count)
        return a, timed_raw(statements)

    def clear() -> None:  # a different query: nothing cached
        model.set_query(RosterQuery(statuses=current, search="\x00"))
        pending.clear()

    ours, base, broad_ours, broad_base, counts, counts_raw, broad_counts = [], [], [], [], [], [], []
    model.set_query(RosterQuery(statuses=current, search="warm-up"))
    for q in queries:  # the app first (its SQL is known only once it ran), then the same SQL raw
        clear()
        a, statements = traced(lambda q=q: search(q))
        b = timed_raw(statements)
        ours.append(a)
        base.append(b)
        DETAIL.append((a*1000, b*1000, q, len(statements)))
        counted = count_later()
        if counted:
            counts.append(counted[0])
            counts_raw.append(counted[1])
        if q in BROAD:
            broad_ours.append(a)
            broad_base.append(b)
            if counted:
                broad_counts.append(counted)
    # then every other query again with the baseline first, pooled with the above: A/B and B/A alike
    for q in queries[::2]:
        clear()
        _, statements = traced(lambda q=q: search(q))
        clear()
        b = timed_raw(statements)
        a, _ = traced(lambda q=q: search(q))
        pending.clear()
        ours.append(a)
        base.append(b)
    DETAIL.sort()
    for d in DETAIL[-25:]: print('%.1f raw %.1f' % d[:2], d[2:], file=sys.stderr)
    result.update(
        search_p50_ms=median(ours) * 1e3, search_p95_ms=percentile(ours, 95) * 1e3,
        search_raw_p50_ms=median(base) * 1e3, search_raw_p95_ms=percentile(base, 95) * 1e3,
        keystroke_max_ms=max(broad_ours) * 1e3, keystroke_raw_max_ms=max(broad_base) * 1e3,
        queries=len(queries), counted_later=len(counts),
        count_p95_ms=percentile(counts, 95) * 1e3 if counts else None,
        count_raw_p95_ms=percentile(counts_raw, 95) * 1e3 if counts else None,
        count_max_ms=max((c[0] for c in broad_counts), default=0) * 1e3,
        count_raw_max_ms=max((c[1] for c in broad_counts), default=0) * 1e3,
    )

    # ---- jump to a row: Ctrl+End, then seeded scrollbar positions ----
    model = RosterModel(db)
    preparing: list[Any] = []
    # the window marks the far-jump anchors on a worker once the roster is shown: timed apart here, then the
    # jumps (a person takes longer than that to reach for the scroll bar)
    model._prepare_later = preparing.append  # type: ignore[method-assign]
    model.set_query(RosterQuery(statuses=current))
    count = model.rowCount()
    marks_ms = marks_raw_ms = None
    if preparing:
        a, statements = traced(preparing[-1].prepare_jumps)
        marks_ms, marks_raw_ms = a * 1e3, timed_raw(statements) * 1e3
    rng = random.Random(7)
    rows = [count - 1] + [rng.randrange(count) for _ in range(20)]
    jumps, jumps_raw = [], []
    for row in rows:
        a, statements = traced(lambda row=row: [model.data(model.index(row, c)) for c in range(model.columnCount())])
        if not statements:
            continue  # the page was already in memory: no read to compare
        jumps.append(a)
        jumps_raw.append(timed_raw(statements))
    result.update(jump_end_ms=jumps[0] * 1e3, jump_p50_ms=median(jumps) * 1e3, jump_max_ms=max(jumps) * 1e3,
                  jump_raw_end_ms=jumps_raw[0] * 1e3, jump_raw_p50_ms=median(jumps_raw) * 1e3,
                  jump_raw_max_ms=max(jumps_raw) * 1e3, jump_pages=len(jumps), marks_ms=marks_ms,
                  marks_raw_ms=marks_raw_ms)

    # ---- home-page figures ----
    fig, fig_raw = [], []
    for i in range(5):
        if i % 2:
            fig_raw.append(timed_raw(figures_sql))
            fig.append(traced(lambda: key_figures(db))[0])
        else:
            fig.append(traced(lambda: key_figures(db))[0])
            fig_raw.append(timed_raw(figures_sql))
    result.update(figures_ms=median(fig) * 1e3, figures_raw_ms=median(fig_raw) * 1e3,
                  figures_spread_ms=[min(fig) * 1e3, max(fig) * 1e3])
    db.close()
    emit(result)


if __name__ == "__main__":
    main()
