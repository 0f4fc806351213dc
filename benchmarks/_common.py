"""Shared helpers for the benchmarks: cached demo databases, child processes with their own peak memory,
traced SQL for the raw baselines, and statistics (median and spread)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# generated databases and files are kept between runs, keyed by size and seed (a 500,000-member union takes
# minutes to build); UNIONBOOK_BENCH_CACHE moves the folder
CACHE = Path(os.environ.get("UNIONBOOK_BENCH_CACHE", Path(tempfile.gettempdir()) / "unionbook-bench"))


def demo_database(members: int, seed: int = 1) -> Path:
    """A demo union of `members`, built once through the application's own demo builder, then reused."""
    from unionbook.store.migrations import HEAD  # the schema: a file built by other code is not reused

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"demo-{members}-{seed}-{HEAD}.sqlite"
    if not path.exists():
        tmp = path.with_suffix(".building")
        for p in (tmp, Path(str(tmp) + ".lock"), Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            p.unlink(missing_ok=True)
        t = time.perf_counter()
        code = ("import sys; from unionbook.services.union.demo import build_demo; from unionbook.store import Database;"
                "db = Database.open(sys.argv[1], create=True); build_demo(db, members=int(sys.argv[2]), seed=int(sys.argv[3]));"
                "db.analyze(); db.checkpoint(); db.close()")
        subprocess.run([sys.executable, "-c", code, str(tmp), str(members), str(seed)], check=True, cwd=ROOT)
        shutil.move(tmp, path)
        print(f"  built {path.name} in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    return path


def working_copy(path: Path, name: str) -> Path:
    """A fresh copy of a cached database (for work that writes, or migrates it)."""
    target = CACHE / "work" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    for p in (target, Path(str(target) + ".lock"), Path(str(target) + "-wal"), Path(str(target) + "-shm")):
        p.unlink(missing_ok=True)
    shutil.copyfile(path, target)
    return target


def run_process(argv: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None,
                timeout: float = 600) -> tuple[float, float, str]:
    """Runs one whole process: (wall seconds from spawn to exit, its own peak RSS in MB, stdout)."""
    out_path = CACHE / "work" / f"stdout-{os.getpid()}.txt"
    out_path.parent.mkdir(parents=True, exist_ok=True)
    err_path = out_path.with_suffix(".err")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t = time.perf_counter()
        # bytecode is cached as an installed application's would be (PYTHONDONTWRITEBYTECODE would make every
        # process compile every module it imports)
        environ = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env={**environ, **(env or {})}, cwd=cwd or ROOT)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[:6]} exited {proc.returncode}: {err_path.read_text(errors='replace')[-2000:]}")
    return wall, usage.ru_maxrss / 1024, stdout


def alternate(a: Callable[[], Any], b: Callable[[], Any], runs: int) -> tuple[list[Any], list[Any]]:
    """Runs A and B `runs` times each, alternating which goes first, so drift hits both alike. One untimed run
    of each comes first: bytecode and the file cache are then as warm as on a machine that ran the app before."""
    a()
    b()
    ra, rb = [], []
    for i in range(runs):
        if i % 2 == 0:
            ra.append(a())
            rb.append(b())
        else:
            rb.append(b())
            ra.append(a())
    return ra, rb


class SqlTrace:
    """The SQL an application call sends to SQLite, with its parameters filled in (sqlite3's trace callback),
    so that the baseline replays exactly the app's own queries through a bare sqlite3 connection."""

    def __init__(self) -> None:
        self.statements: list[str] = []

    def __call__(self, sql: str) -> None:
        head = sql.lstrip()[:6].upper()
        if head.startswith(("SELECT", "WITH")):
            self.statements.append(sql)

    @contextmanager
    def on(self, connections: list[sqlite3.Connection]) -> Iterator[SqlTrace]:
        self.statements = []
        for c in connections:
            c.set_trace_callback(self)
        try:
            yield self
        finally:
            for c in connections:
                c.set_trace_callback(None)


def replay(conn: sqlite3.Connection, statements: list[str]) -> None:
    for sql in statements:
        conn.execute(sql).fetchall()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def median(values: list[float]) -> float:
    return statistics.median(values)


def spread(values: list[float]) -> str:
    """min–max of the runs, for the table."""
    return f"{min(values):.3g}–{max(values):.3g}" if values else ""


def emit(result: dict[str, Any]) -> None:
    """A child's result: one JSON line on stdout, with its own peak RSS."""
    import resource

    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result), flush=True)
