"""`members list` and `stats` read through sqlite3 alone (store/reader.py): a fresh process never imports
SQLAlchemy, prints exactly what the full path (`Database.open`) prints, and hands every case it cannot vouch
for (damaged, old schema) to the full path, whose words say what is wrong."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import Cli

from unionbook.store import integrity, reader

LIST_ARGS = [
    ["members", "list", "--limit", "50"],
    ["members", "list", "--search", "zh", "--limit", "5"],
    ["members", "list", "--search", "1", "--sort", "employer", "--desc", "--offset", "3", "--limit", "7"],
    ["members", "list", "--all", "--sort", "join_date", "--flag", "women"],
    ["members", "list", "--status", "left", "--status", "withdrawn"],
]

FRESH = """
import json, sys
from unionbook.__main__ import main
code = main(sys.argv[1:])
sys.stdout.flush()
print(json.dumps({"code": code, "sqlalchemy": sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy')[:3],
                  "models": "unionbook.store.models" in sys.modules}), file=sys.stderr)
"""


def _fresh(db: Path, *argv: str) -> tuple[str, dict[str, object]]:
    done = subprocess.run([sys.executable, "-c", FRESH, "--db", str(db), "--json", *argv], capture_output=True,
                          text=True, check=True)
    return done.stdout, json.loads(done.stderr.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.parametrize("argv", [*LIST_ARGS, ["stats"]], ids=lambda a: " ".join(a))
def test_a_fresh_process_reads_without_sqlalchemy_and_prints_what_the_full_path_prints(
        argv: list[str], small_union: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    out, seen = _fresh(small_union, *argv)
    assert seen == {"code": 0, "sqlalchemy": [], "models": False}
    light = json.loads(out)
    monkeypatch.setattr(reader.Reader, "open", classmethod(lambda cls, path: None))  # the full path
    assert cli.ok(*argv) == light
    if argv[:2] == ["members", "list"]:
        assert light["members"] or argv[-1] == "withdrawn"
        assert all("*" in m["id_number"] for m in light["members"])  # lists mask the ID number


def test_stats_over_a_period_takes_the_full_path(small_union: Path) -> None:
    _, seen = _fresh(small_union, "stats", "--from", "2026-01-01", "--to", "2026-06-30")
    assert seen["code"] == 0 and seen["models"] is True  # the movement is read through the ORM


def test_a_damaged_file_is_not_shown_from_the_light_path(small_union: Path, cli: Cli,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The quick_check runs beside the light query; when it finds damage, the result read is dropped and the
    full path opens the file (read-only, with the newest good backup named)."""
    opened: list[Path] = []
    real_open = reader.Reader.open.__func__  # type: ignore[attr-defined]

    def spy(cls: type[reader.Reader], path: Path) -> reader.Reader | None:
        found = real_open(cls, path)
        opened.append(path)
        assert found is not None  # the light path did start on this file
        return found

    monkeypatch.setattr(reader.Reader, "open", classmethod(spy))
    monkeypatch.setattr(integrity, "problem", lambda path, full=False: "*** in database main *** Page 3: damaged")
    code, out, err = cli.run("stats", json_out=False)
    assert code == 0 and opened
    assert "已损坏" in err and "完整性检查" in err
    assert "会员：" in out


def test_a_file_that_needs_upgrading_is_refused_in_the_full_paths_words(small_union: Path, cli: Cli) -> None:
    conn = sqlite3.connect(small_union)
    conn.execute("UPDATE alembic_version SET version_num = '0005_domain'")
    conn.commit()
    conn.close()
    error = cli.refused("members", "list")
    assert "需要先升级" in error["message"]


def test_the_light_reader_refuses_what_it_cannot_vouch_for(small_union: Path, tmp_path: Path) -> None:
    assert reader.Reader.open(tmp_path / "missing.sqlite") is None
    (tmp_path / "text.sqlite").write_text("not a database", encoding="utf-8")
    assert reader.Reader.open(tmp_path / "text.sqlite") is None
    foreign = tmp_path / "foreign.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    assert reader.Reader.open(foreign) is None
    opened = reader.Reader.open(small_union)
    assert opened is not None and opened.verified()
    with opened.read_connection() as conn:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM member")
    opened.close()
    assert not Path(str(small_union) + ".lock").exists()  # no writer lock taken
