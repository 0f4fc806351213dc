"""`members import --json` writes its report on another thread while SQLite indexes the new members
(cli/imports.py _EarlyReport, batches.commit's `alongside`): what reaches stdout is, to the byte, what the
report written afterwards would be, and a failure beside the write leaves nothing written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from roster_files import HEADER, member_row, resident_id, write_xlsx

from unionbook.cli import imports as cli_imports
from unionbook.cli import main
from unionbook.services.imports import flow as imports
from unionbook.store import Database


def _roster(path: Path, first: int, count: int) -> Path:
    rows = [HEADER]
    for n in range(first, first + count):
        # every third row warns (the gender disagrees with the ID), every seventh is refused (a bad check digit)
        number = resident_id(f"{1960 + n % 40}0307", n, male=True)
        if n % 7 == 0:
            number = number[:17] + ("0" if number[17] != "0" else "1")
        rows.append(member_row(n, f"张“{n}”", number, gender="女" if n % 3 == 0 else "",
                               card=f"K{n:05d}", phone="12345" if n % 5 == 0 else "13800138000"))
    return write_xlsx(path, rows, text_columns=[3])


def _import_twice(db: Path, files: list[Path], capsys: pytest.CaptureFixture[str]) -> list[str]:
    outputs = []
    assert main(["--db", str(db), "init", "--name", "某某公司工会委员会"]) == 0
    capsys.readouterr()
    for path in files:
        code = main(["--db", str(db), "--json", "members", "import", str(path), "--skip-errors"])
        out, err = capsys.readouterr()
        assert code == 0, err
        outputs.append(out)
    return outputs


def test_the_report_written_while_indexing_is_byte_for_byte_the_usual_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    files = [_roster(tmp_path / "a.xlsx", 1, 60), _roster(tmp_path / "b.xlsx", 61, 40)]  # batches 1 and 2
    used: list[bool] = []
    real_finish = cli_imports._EarlyReport.finish

    def finish(self: cli_imports._EarlyReport, result: object) -> str | None:
        text = real_finish(self, result)
        used.append(text is not None)
        return text

    monkeypatch.setattr(cli_imports._EarlyReport, "finish", finish)
    early = _import_twice(tmp_path / "early.sqlite", files, capsys)
    assert used == [True, True]  # both reports were written beside the indexing

    used.clear()
    monkeypatch.setattr(cli_imports._EarlyReport, "render", lambda self, result: None)
    usual = _import_twice(tmp_path / "usual.sqlite", files, capsys)
    assert used == [False, False]
    assert '"batch_id": "2"' in usual[1] and '"warnings": [\n  {' in usual[1]
    assert early == usual


def test_a_failure_beside_the_indexing_leaves_nothing_written(union_db: Database, tmp_path: Path) -> None:
    plan = imports.preview(union_db, _roster(tmp_path / "a.xlsx", 1, 20), today=dt.date.today())
    seen: list[object] = []

    def boom(result: object) -> None:
        seen.append(getattr(result, "batch_id", "?"))
        raise RuntimeError("beside")

    with pytest.raises(RuntimeError, match="beside"):
        imports.commit(union_db, plan, skip_errors=True, alongside=boom)
    assert seen == [None]  # called with the result before its batch was known
    with union_db.read() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM member").scalar() == 0
        assert s.connection().exec_driver_sql("SELECT count(*) FROM import_batch").scalar() == 0
    assert imports.commit(union_db, plan, skip_errors=True).inserted == 18  # and the plan still commits
