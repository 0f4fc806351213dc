"""`members export` takes the light read path (store/reader.py): a fresh process never imports SQLAlchemy or the
ORM models and writes the cells the full path (`Database.open`) writes; it runs beside an open window (no writer
lock); a damaged file is not exported from the light path's reading."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from cli_support import Cli

from unionbook.exchange import xlsx_writer
from unionbook.store import integrity, reader

FRESH = """
import json, sys
from unionbook.__main__ import main
code = main(sys.argv[1:])
sys.stdout.flush()
print(json.dumps({"code": code, "sqlalchemy": sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy')[:3],
                  "models": "unionbook.store.models" in sys.modules}), file=sys.stderr)
"""


def _cells(path: Path) -> list[list[object]]:
    rows = [list(r) for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
    rows[1][0] = re.sub(r"导出时间：\S+ \S+", "导出时间：…", str(rows[1][0]))  # the minute it was made
    return rows


@pytest.mark.slow
def test_export_from_a_fresh_process_reads_without_sqlalchemy_and_writes_the_same_cells(
        small_union: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    light, full = tmp_path / "light.xlsx", tmp_path / "full.xlsx"
    argv = ["members", "export", "--search", "w", "--sort", "birth_date"]
    done = subprocess.run([sys.executable, "-c", FRESH, "--db", str(small_union), "--json", *argv, str(light)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stderr.strip().splitlines()[-1]) == {"code": 0, "sqlalchemy": [], "models": False}
    monkeypatch.setattr(reader.Reader, "open", classmethod(lambda cls, path: None))  # the full path
    cli.ok(*argv, str(full))
    assert len(_cells(light)) > 4 and _cells(light) == _cells(full)


def test_a_damaged_file_is_not_exported_from_the_light_path(small_union: Path, cli: Cli, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The light path waits for the quick_check before the file takes its place; on damage the full path opens
    the file (read-only, saying so) and it is that path's reading that is written."""
    events: list[str] = []
    real_open = reader.Reader.open.__func__  # type: ignore[attr-defined]

    def spy(cls: type[reader.Reader], path: Path) -> reader.Reader | None:
        found = real_open(cls, path)
        assert found is not None  # the light path did start on this file
        events.append("light")
        return found

    from unionbook.store import Database

    real_database = Database.open.__func__  # type: ignore[attr-defined]

    def full(cls: type[Database], *args: object, **kwargs: object) -> Database:
        events.append("full")
        return real_database(cls, *args, **kwargs)  # type: ignore[no-any-return]

    real_commit = xlsx_writer.commit_part

    def commit(tmp: Path, target: Path) -> None:
        events.append("file")
        real_commit(tmp, target)

    monkeypatch.setattr(reader.Reader, "open", classmethod(spy))
    monkeypatch.setattr(Database, "open", classmethod(full))
    monkeypatch.setattr(xlsx_writer, "commit_part", commit)
    monkeypatch.setattr(integrity, "problem", lambda path, full=False: "*** in database main *** Page 3: damaged")
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "名册.xlsx"
    code, _, err = cli.run("members", "export", str(out), json_out=False)
    assert code == 0 and events == ["light", "full", "file"]  # nothing written from the damaged reading
    assert "已损坏" in err and out.is_file()
    assert [p.name for p in folder.iterdir()] == ["名册.xlsx"]  # no half-written file left beside it


def test_export_runs_beside_an_open_window(small_union: Path, cli: Cli, tmp_path: Path) -> None:
    from unionbook.store import Database

    window = Database.open(small_union, purpose="gui")  # the window has the file open, with the writer lock
    try:
        done = cli.ok("members", "export", str(tmp_path / "名册.xlsx"))
        assert done["rows"] > 0 and (tmp_path / "名册.xlsx").is_file()
    finally:
        window.close()
