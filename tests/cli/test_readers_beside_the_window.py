"""Read-only commands run beside an open window (SQLite's WAL lets readers work beside the one writer); only
writers need the writer lock."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from unionbook.cli import main
from unionbook.store import Database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_readers_work_while_the_window_holds_the_file(demo_template: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "open.sqlite"
    shutil.copyfile(demo_template, path)
    window = Database.open(path, purpose="gui")  # the window has the file open, with the writer lock
    try:
        with window.transaction() as s:  # and writes while the commands read
            s.execute(__import__("sqlalchemy").text("UPDATE member SET phone = '13900000000' WHERE id = 1"))
        for argv in (["stats"], ["members", "list", "--limit", "5"], ["members", "show", "1"],
                     ["members", "history", "1"], ["backup"]):
            code, out, err = run(capsys, "--db", str(path), "--json", *argv)
            assert code == 0, (argv, err)
            assert json.loads(out)
        assert json.loads(run(capsys, "--db", str(path), "--json", "members", "show", "1")[1])["phone"] == "13900000000"
        # a writer is still refused while the window has the file
        code, out, err = run(capsys, "--db", str(path), "--json", "members", "edit", "1", "--phone", "13800000000")
        assert code == 1 and json.loads(err)["error"] == "locked"
    finally:
        window.close()
