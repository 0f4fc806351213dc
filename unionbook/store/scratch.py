"""Temporary files of a database live beside it, in a private folder, and what a crash left is swept away.

A restore used to copy the chosen backup (every whole ID number) into the system temp folder, where a killed
process left it for good; a killed backup left `<name>.sqlite.part` (and its `-journal`) in the backup folder.
Now temporary copies go to `.<stem>.unionbook-tmp/` beside the database (0700), and every open for writing —
which holds the writer lock, so no other instance of this database is half-way through anything — sweeps that
folder and the `.part` files of this database's backups.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def scratch_dir(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.stem}.unionbook-tmp")


def make_private_dir(folder: Path) -> Path:
    """Create `folder` (and missing parents) readable by its owner only; an existing one is tightened too."""
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    make_private(folder, PRIVATE_DIR)
    return folder


def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """chmod where the system allows it (not on FAT USB sticks, not on Windows): best effort, never fatal."""
    if os.name != "posix":  # pragma: no cover - Windows: the user's profile folder is already private
        return
    try:
        os.chmod(path, mode)
    except OSError:
        pass


@contextmanager
def scratch(db_path: Path, prefix: str) -> Iterator[Path]:
    """A private temporary folder beside the database, removed afterwards (or swept at the next open)."""
    parent = make_private_dir(scratch_dir(db_path))
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def sweep(db_path: Path, backup_dir: Path) -> list[Path]:
    """Remove what an interrupted operation on this database left behind; returns what was removed."""
    removed: list[Path] = []
    folder = scratch_dir(db_path)
    if folder.is_dir():
        for entry in folder.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed.append(entry)
    if backup_dir.is_dir():
        for entry in backup_dir.glob(f"{_glob_escape(db_path.stem)}-*.sqlite*.part*"):
            if entry.is_file():
                entry.unlink(missing_ok=True)
                removed.append(entry)
    return removed


def _glob_escape(text: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in text)


__all__ = ["make_private", "make_private_dir", "scratch", "scratch_dir", "sweep"]
