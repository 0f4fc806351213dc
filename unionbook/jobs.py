"""One protocol for long work (imports, exports, forms, papers, minutes, the demo union), Qt-free.

A long job takes a `Progress` and calls it at its checkpoints with how far it got: `progress(done, total)`.
The call returns normally while the job should go on and raises `Cancelled` once whoever waits for the job
asked it to stop; the job lets the exception unwind through its transaction and its temporary files, so that a
cancelled job leaves nothing written. The GUI passes a `Tracker` fed by its progress dialog (ui/kit/ops.py),
the CLI a plain function that prints, tests whatever they need.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from unionbook.errors import UnionBookError


class Progress(Protocol):
    def __call__(self, done: int, total: int, /) -> None:
        """`done` of `total` steps are done; raises `Cancelled` when the job should stop."""


class Cancelled(UnionBookError):
    """The user cancelled a long job; nothing was written."""

    code = "cancelled"

    def __init__(self, message: str = "已取消，未写入任何数据。") -> None:
        super().__init__(message)


class Tracker:
    """A `Progress` that passes each step to `on_step` and raises `Cancelled` once `cancel()` was called, from
    any thread (the GUI cancels while a worker thread runs the job)."""

    def __init__(self, on_step: Callable[[int, int], None] | None = None) -> None:
        self._on_step = on_step
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        if self._on_step is not None:
            self._on_step(done, total)

    def cancel(self) -> None:
        self._cancel.set()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a block that builds a great many objects which all stay
    alive (an import reads a million cells and plans 50,000 members): each allocation counts toward a
    collection that would find nothing, and the collections of a 50,000-row import cost 0.6-0.8 s. Reference
    counting still frees everything as usual; the collector resumes afterwards if it ran before. What the block
    left alive then counts as old (freeze, then unfreeze into the oldest generation): else the first young
    collections afterwards would each walk all of it (0.1 s apiece after an import)."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
