"""Several processes race for the writer lock: at no moment may two of them hold it."""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from pathlib import Path
from typing import Any

import pytest

from unionbook.errors import LockedError
from unionbook.store.lock import WriterLock

PROCESSES = 4
SECONDS = 4.0


def _race(db_path: str, holders: Any, counts: Any, guard: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        lock = WriterLock(Path(db_path), "cli")
        try:
            lock.acquire()
        except LockedError:
            continue
        with guard:
            holders.value += 1
            counts[0] += 1
            if holders.value > 1:
                counts[1] += 1
        os.sched_yield()
        with guard:
            holders.value -= 1
        lock.release()


@pytest.mark.slow
def test_no_two_processes_ever_hold_the_lock_at_once(tmp_path: Path) -> None:
    ctx = mp.get_context("fork")
    guard = ctx.Lock()
    holders = ctx.Value("i", 0, lock=False)
    counts = ctx.Array("q", [0, 0], lock=False)  # acquisitions, acquisitions while another held it
    db_path = str(tmp_path / "race.sqlite")
    procs = [ctx.Process(target=_race, args=(db_path, holders, counts, guard, SECONDS)) for _ in range(PROCESSES)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    acquisitions, doubles = counts[0], counts[1]
    print(f"lock stress: {PROCESSES} processes, {acquisitions} acquisitions, {doubles} held twice")
    assert acquisitions > 100
    assert doubles == 0
