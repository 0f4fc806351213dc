"""`form render` of a form that only reads takes the light read path (store/reader.py): a fresh process never
imports SQLAlchemy or the ORM models, and writes exactly the PDF the full path (`Database.open`) writes; a
numbered letter, which stores its number, still opens the database in full; a damaged file is not printed
from the light path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import Cli

from unionbook.store import integrity, reader

FRESH = """
import json, sys
from unionbook.__main__ import main
code = main(sys.argv[1:])
sys.stdout.flush()
print(json.dumps({"code": code, "sqlalchemy": sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy')[:3],
                  "models": "unionbook.store.models" in sys.modules}), file=sys.stderr)
"""

# reportlab's invariant mode: no creation date or random document id, so that two PDFs can be compared byte by byte
INVARIANT = {"RL_invariant": "1"}


def _fresh(db: Path, *argv: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", FRESH, "--db", str(db), "--json", *argv], capture_output=True,
                          text=True, env={**os.environ, **INVARIANT})
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.slow
@pytest.mark.parametrize("argv", [
    ["registration", "--member", "1", "2"],
    ["roster", "--all"],
    ["signin", "--set", "meeting.title=2026年度会员大会", "meeting.date=2026-12-08", "--date", "2026-11-20"],
    ["registration"],  # one blank copy
], ids=lambda a: " ".join(a))
def test_a_form_from_a_fresh_process_reads_without_sqlalchemy_and_writes_the_same_pdf(
        argv: list[str], small_union: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    light_pdf, full_pdf = tmp_path / "light.pdf", tmp_path / "full.pdf"
    seen = _fresh(small_union, "form", "render", *argv, "--out", str(light_pdf))
    assert seen == {"code": 0, "sqlalchemy": [], "models": False}
    for key, value in INVARIANT.items():
        monkeypatch.setenv(key, value)
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)
    monkeypatch.setattr(reader.Reader, "open", classmethod(lambda cls, path: None))  # the full path
    cli.ok("form", "render", *argv, "--out", str(full_pdf))
    assert light_pdf.read_bytes() == full_pdf.read_bytes()


@pytest.mark.slow
def test_a_numbered_letter_opens_the_database_in_full(small_union: Path, tmp_path: Path) -> None:
    seen = _fresh(small_union, "form", "render", "transfer_letter", "--member", "1", "--set",
                  "transfer.to_union=某某镇联合工会委员会", "--out", str(tmp_path / "letter.pdf"))
    assert seen["code"] == 0 and seen["models"] is True  # its number is stored in the same transaction


def test_a_damaged_file_is_not_printed_from_the_light_path(small_union: Path, cli: Cli, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The light path waits for the quick_check before it writes the PDF; on damage the full path opens the
    file (read-only, saying so) and it is that path's reading that is printed."""
    opened: list[str] = []
    real_open = reader.Reader.open.__func__  # type: ignore[attr-defined]

    def spy(cls: type[reader.Reader], path: Path) -> reader.Reader | None:
        found = real_open(cls, path)
        assert found is not None  # the light path did start on this file
        opened.append("light")
        return found

    from unionbook.store import Database

    real_database = Database.open.__func__  # type: ignore[attr-defined]

    def full(cls: type[Database], *args: object, **kwargs: object) -> Database:
        opened.append("full")
        return real_database(cls, *args, **kwargs)  # type: ignore[no-any-return]

    from unionbook.documents import renderer

    real_render = renderer.render

    def render(*args: object, **kwargs: object) -> object:
        opened.append("render")
        return real_render(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reader.Reader, "open", classmethod(spy))
    monkeypatch.setattr(Database, "open", classmethod(full))
    monkeypatch.setattr(renderer, "render", render)
    monkeypatch.setattr(integrity, "problem", lambda path, full=False: "*** in database main *** Page 3: damaged")
    out = tmp_path / "reg.pdf"
    code, _, err = cli.run("form", "render", "registration", "--member", "1", "--out", str(out), json_out=False)
    assert code == 0 and opened == ["light", "full", "render"]  # nothing drawn from the damaged reading
    assert "已损坏" in err and out.is_file()


def test_a_form_is_printed_beside_an_open_window_and_a_numbered_letter_waits(small_union: Path, cli: Cli,
                                                                             tmp_path: Path) -> None:
    from unionbook.store import Database

    window = Database.open(small_union, purpose="gui")  # the window has the file open, with the writer lock
    try:
        done = cli.ok("form", "render", "registration", "--member", "1", "--out", str(tmp_path / "reg.pdf"))
        assert done["pages"] == 1 and (tmp_path / "reg.pdf").is_file()
        refused = cli.refused("form", "render", "transfer_letter", "--member", "1", "--set",
                              "transfer.to_union=某某镇联合工会委员会", "--out", str(tmp_path / "letter.pdf"))
        assert refused["error"] == "locked" and not (tmp_path / "letter.pdf").exists()
    finally:
        window.close()
