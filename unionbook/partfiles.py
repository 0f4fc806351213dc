"""Half-written output files, in whatever folder the user chose, are recognisable and swept after a crash.

Every file written where the user says (exports, PDFs, `backup --to`, bundles, reports) is first written to a
part file beside it and renamed into place when whole. A killed process used to leave `<name>.part` there for
good, holding personal data. Now:

- a part file is named `.<name>.<pid>.<random>.unionbook-part` (hidden on Linux; the pid says who writes it);
- it is recorded in a private folder of the user's data folder (`pending-outputs/`, 0700) until it is renamed
  into place or dropped;
- the next open of a database for writing (the GUI's start, any writing command) sweeps every recorded part
  whose process is gone, wherever it is, and the next output into the same folder sweeps that folder's stale
  parts too (also those whose record is lost).

"Gone" is a pid that no longer runs (POSIX); on Windows a file another process still writes cannot be deleted,
so the attempt is the test. A part of this very process is never touched. SQLite's companions of a part
(`-journal`, `-wal`, `-shm`) go with it.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUFFIX = ".unionbook-part"
_COMPANIONS = ("", "-journal", "-wal", "-shm")
_PART = re.compile(r"^\..+\.(\d{1,10})\.[0-9a-f]{8}" + re.escape(SUFFIX) + r"(-journal|-wal|-shm)?$")


def registry_dir() -> Path:
    from unionbook.paths import data_dir

    return data_dir() / "pending-outputs"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # pragma: no cover - Windows: an open file cannot be deleted, which is the test
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: someone else's process, alive
        return True
    return True


def _remove(part: Path) -> bool:
    gone = True
    for companion in _COMPANIONS:
        try:
            part.with_name(part.name + companion).unlink(missing_ok=True)
        except OSError:
            gone = False
    return gone


def new_part(target: Path) -> Path:
    """An empty, private, recorded part file beside `target`, to be renamed onto it by commit_part (or dropped by
    drop_part). Stale parts in the same folder are swept first."""
    target = Path(target)
    sweep_folder(target.parent)
    token = secrets.token_hex(4)
    part = target.with_name(f".{target.name}.{os.getpid()}.{token}{SUFFIX}")
    record = _record_path(part)
    try:
        from unionbook.store.scratch import make_private_dir

        make_private_dir(record.parent)
        record.write_text(str(part.resolve()), encoding="utf-8")
    except OSError:
        pass  # an unwritable data folder: the same-folder sweep still finds the part by its name
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    return part


def commit_part(part: Path, target: Path) -> None:
    """Rename the finished part onto `target` and forget it."""
    os.replace(part, target)
    _forget(part)


@contextmanager
def output_part(target: Path) -> Iterator[Path]:
    """`with output_part(out) as part: write(part)`: the part is renamed onto `out` when the block ends well, and
    dropped when it raises (or the process is killed: then the next sweep removes it)."""
    part = new_part(target)
    try:
        yield part
        commit_part(part, target)
    except BaseException:
        drop_part(part)
        raise


def drop_part(part: Path) -> None:
    """Remove an unfinished part (and SQLite's companions) and forget it; never raises."""
    _remove(part)
    _forget(part)


def _record_path(part: Path) -> Path:
    m = _PART.match(part.name)
    pid = m.group(1) if m else str(os.getpid())
    token = part.name[-len(SUFFIX) - 8:-len(SUFFIX)]
    return registry_dir() / f"{pid}-{token}"


def _forget(part: Path) -> None:
    try:
        _record_path(part).unlink(missing_ok=True)
    except OSError:
        pass


def sweep_folder(folder: Path) -> list[Path]:
    """Remove the parts in `folder` whose writer is gone; returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        m = _PART.match(entry.name)
        if m is None or _alive(int(m.group(1))) or not entry.is_file():
            continue
        if m.group(2):  # a companion: removed with its part, or alone when the part is already gone
            entry.unlink(missing_ok=True)
        elif _remove(entry):
            _forget(entry)
        removed.append(entry)
    return removed


def sweep_recorded() -> list[Path]:
    """Remove every recorded part whose writer is gone, in whatever folder; returns what was removed."""
    removed: list[Path] = []
    try:
        records = list(registry_dir().iterdir())
    except OSError:
        return removed
    for record in records:
        pid, _, _token = record.name.partition("-")
        if not pid.isdigit() or _alive(int(pid)):
            continue
        try:
            part = Path(record.read_text(encoding="utf-8").strip())
        except OSError:
            continue
        if _PART.match(part.name) and _remove(part):
            removed.append(part)
            record.unlink(missing_ok=True)
        elif not _PART.match(part.name):
            record.unlink(missing_ok=True)  # not one of ours: never delete it, drop the record
    return removed


__all__ = ["SUFFIX", "commit_part", "drop_part", "new_part", "registry_dir", "sweep_folder", "sweep_recorded"]
