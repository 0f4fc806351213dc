"""The check of a workbook's sheet (xlsx_guard.check_sheet), started ahead in a second process.

Checking the sheet of a 50,000-row roster costs about 0.7 s of one core, and nothing may read the sheet before
it passes. A command that will read a workbook (`members import`) starts the check here first thing, then
imports its modules, opens the database and checks and opens the workbook on its own core while the check
runs on the other; check_sheet then takes the verdict instead of checking again. The verdict is the same
function's: the child runs check_sheet exactly as the reader would, on the sheet the reader would choose, and
says which sheet it checked and whether (and with what message) it refused it.

A verdict is only taken for the same file (path, size, modification time) and the same sheet; when there is
none, or the child failed in any way, or the program is frozen into an executable (no `python -m`), the check
runs in this process as before. Nothing is written anywhere.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

# set to "0" to check in-process only (tests compare the two)
ENV_SWITCH = "UNIONBOOK_GUARD_AHEAD"
_ZIP_MAGIC = b"PK\x03\x04"
# file → (its size and modification time when the check began, the child checking it: subprocess.Popen)
_pending: dict[str, tuple[tuple[int, int], Any]] = {}


def _key(path: Path) -> tuple[str, tuple[int, int]] | None:
    try:
        stat = path.stat()
        return str(path.resolve()), (stat.st_size, stat.st_mtime_ns)
    except OSError:
        return None


def start(path: str | Path, sheet: str | None = None) -> bool:
    """Start checking `sheet` of the workbook at `path` (None or "": the sheet the reader would choose, its
    first visible one) in a child process; False when nothing was started (not a zip workbook, frozen, …)."""
    path = Path(path)
    if os.environ.get(ENV_SWITCH) == "0" or getattr(sys, "frozen", False) or not sys.executable:
        return False
    key = _key(path)
    if key is None or key[0] in _pending:
        return False
    try:
        with path.open("rb") as f:
            if f.read(4) != _ZIP_MAGIC:  # .xls, .csv: nothing to gain (their checks are cheap or elsewhere)
                return False
        import subprocess

        _pending[key[0]] = key[1], subprocess.Popen(
            [sys.executable, "-m", "unionbook.exchange.guard_ahead", str(path), sheet or ""],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    except OSError:
        return False
    return True


def take(path: Path, sheet: str) -> tuple[bool, str] | None:
    """The child's verdict on `sheet` of `path`: (True, "") passed, (False, message) refused; None when there
    is no usable verdict (then the caller checks in-process)."""
    key = _key(path)
    found = _pending.pop(key[0], None) if key is not None else None
    if found is None:
        return None
    began, proc = found
    if key is None or key[1] != began:  # the file changed after the check began
        proc.kill()
        proc.wait()
        return None
    try:
        out, _ = proc.communicate()
        verdict = json.loads(out.decode("utf-8"))
    except (OSError, ValueError):
        return None
    if proc.returncode != 0 or not isinstance(verdict, dict) or verdict.get("sheet") != sheet:
        return None
    if _key(path) != key:  # the file changed while it was checked
        return None
    refused = verdict.get("refused")
    return (True, "") if refused is None else (False, str(refused))


def _first_visible_sheet(path: Path) -> str | None:
    """The sheet the reader chooses when none is named (the first visible worksheet), from xl/workbook.xml
    and its relationships, without opening the workbook with calamine (0.15 s for a large one). Should
    calamine see it otherwise, the reader's choice and this one differ and the verdict is not used."""
    import posixpath
    import xml.etree.ElementTree as ET
    import zipfile

    from unionbook.exchange.xlsx_guard import _MAIN_NS, _PKG_REL_NS, _REL_NS, MAX_PART_BYTES

    with zipfile.ZipFile(path) as z:
        parts = {i.filename: i for i in z.infolist()}
        if any(parts[n].file_size > MAX_PART_BYTES for n in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")
               if n in parts):
            return None  # the in-process check says what is wrong with it
        book = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    worksheets = set()
    for rel in rels.iter(f"{{{_PKG_REL_NS}}}Relationship"):
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        if rel.get("Type", "").endswith("/worksheet") and part in parts:
            worksheets.add(rel.get("Id", ""))
    for sheet in book.iter(f"{{{_MAIN_NS}}}sheet"):
        if sheet.get(f"{{{_REL_NS}}}id", "") in worksheets and sheet.get("state", "visible") == "visible":
            return sheet.get("name")
    return None


def _check(path: Path, sheet: str) -> dict[str, Any]:
    """What the reader would do before reading the sheet: check it (the parent checks the workbook as a whole
    itself, before opening it)."""
    from unionbook.exchange.xlsx_guard import HostileFileError, check_sheet

    chosen = sheet or _first_visible_sheet(path)
    if not chosen:
        return {"sheet": None}
    try:
        check_sheet(path, chosen, ahead=False)
    except HostileFileError as exc:
        return {"sheet": chosen, "refused": exc.message}
    return {"sheet": chosen, "refused": None}


def main(argv: list[str]) -> int:
    try:
        verdict = _check(Path(argv[0]), argv[1] if len(argv) > 1 else "")
    except BaseException:  # any failure: no verdict, the parent checks in-process and says what is wrong
        return 1
    sys.stdout.write(json.dumps(verdict, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
