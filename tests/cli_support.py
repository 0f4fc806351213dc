"""`unionbook --db DB --json …` run in-process for command tests (tests/cli)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from unionbook.cli import main


class Cli:
    """`unionbook --db DB --json …` in-process: `ok` expects exit 0 and returns stdout's JSON, `refused` expects
    exit 1 with stdout empty and returns stderr's JSON (README, Errors)."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db, self.capsys = db, capsys

    def run(self, *argv: str, json_out: bool = True) -> tuple[int, str, str]:
        self.capsys.readouterr()
        try:
            code = main(["--db", str(self.db), *(["--json"] if json_out else []), *argv])
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *argv: str) -> Any:
        code, out, err = self.run(*argv)
        assert code == 0, err
        assert err == ""
        return json.loads(out)

    def refused(self, *argv: str) -> Any:
        code, out, err = self.run(*argv)
        assert (code, out) == (1, ""), (code, out, err)
        return json.loads(err)
