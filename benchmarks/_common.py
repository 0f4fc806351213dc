"""Shared helpers for benchmarks: a cached demo database, timing and percentiles."""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def demo_database(members: int, seed: int = 1) -> Path:
    """A demo database of `members`, built once and kept in benchmarks/out (git-ignored)."""
    from unionbook.services.union.demo import build_demo
    from unionbook.store import Database

    OUT.mkdir(exist_ok=True)
    path = OUT / f"demo-{members}-{seed}.sqlite"
    if not path.exists():
        tmp = path.with_suffix(".building")
        for p in (tmp, Path(str(tmp) + ".lock")):
            p.unlink(missing_ok=True)
        t = time.perf_counter()
        db = Database.open(tmp, create=True)
        build_demo(db, members=members, seed=seed)
        db.checkpoint()
        db.close()
        shutil.move(tmp, path)
        print(f"built {path.name} in {time.perf_counter() - t:.1f} s")
    return path


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def median(values: list[float]) -> float:
    return statistics.median(values)
