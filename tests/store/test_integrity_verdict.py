"""The quick_check's verdict is remembered for the file exactly as it was checked (store/integrity.py): opening
an unchanged file again does not read every page again; any change to it, or a day passing, checks again."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from unionbook.store import Database, integrity
from unionbook.store.reader import Reader


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    seen: list[Path] = []
    real = integrity.problem

    def spy(path: Path, *, full: bool = False) -> str | None:
        if not full:
            seen.append(path)
        return real(path, full=full)

    monkeypatch.setattr(integrity, "problem", spy)
    return seen


def test_an_unchanged_file_is_checked_once(db_path: Path, empty_template: Path, checks: list[Path]) -> None:
    shutil.copyfile(empty_template, db_path)
    Database.open(db_path, reader=True).close()
    assert len(checks) == 1
    Database.open(db_path, reader=True).close()
    reader = Reader.open(db_path)
    assert reader is not None and reader.verified()
    reader.close()
    assert len(checks) == 1


def test_a_changed_file_is_checked_again(db_path: Path, empty_template: Path, checks: list[Path]) -> None:
    shutil.copyfile(empty_template, db_path)
    Database.open(db_path, reader=True).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO setting (key, value, updated_at, updated_by) VALUES ('x', '1', '2026-11-25', 't')")
    conn.commit()
    conn.close()
    Database.open(db_path, reader=True).close()
    assert len(checks) == 2


def test_a_file_damaged_in_place_is_found(demo_path: Path) -> None:
    """Pages overwritten in place (same size, as a failing disk would): the file's state has changed, so the
    verdict does not hold and the next opening checks and finds the damage."""
    Database.open(demo_path, reader=True).close()
    assert integrity.vouched(demo_path)
    data = demo_path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big") or 65536
    rng = random.Random(3)
    with open(demo_path, "r+b") as f:
        for page in rng.sample(range(2, len(data) // page_size), 20):
            f.seek(page * page_size)
            f.write(rng.randbytes(page_size))
    assert not integrity.vouched(demo_path)
    reader = Reader.open(demo_path)
    if reader is not None:
        assert not reader.verified()
        reader.close()
    db = Database.open(demo_path, reader=True)
    try:
        assert db.damaged
    finally:
        db.close()


def test_a_verdict_lasts_a_day_at_most(db_path: Path, empty_template: Path) -> None:
    shutil.copyfile(empty_template, db_path)
    Database.open(db_path, reader=True).close()
    assert integrity.vouched(db_path)
    verdicts = json.loads(integrity._verdicts_path().read_text(encoding="utf-8"))
    old = dt.datetime.now() - dt.timedelta(hours=integrity.VERDICT_HOURS, minutes=1)
    verdicts[str(db_path.resolve())]["at"] = old.isoformat()
    integrity._verdicts_path().write_text(json.dumps(verdicts), encoding="utf-8")
    assert not integrity.vouched(db_path)
