"""A database whose pages are damaged: it opens read-only with a clear message naming the newest good backup,
nothing is written to it, no backup is taken of it, rotation keeps the last good backup, and `restore` heals it."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from unionbook.cli import main
from unionbook.errors import StoreError
from unionbook.services.members.records import MemberDraft, add_member
from unionbook.services.union.backups import backup_now
from unionbook.store import Database
from unionbook.store.backup import list_backups, make_backup, rotate


def damage_pages(path: Path, pages: int = 20, seed: int = 3) -> None:
    """Write garbage over `pages` whole pages (never page 1, the header), as a failing disk would."""
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big") or 65536
    count = len(data) // page_size
    assert count > pages + 2, "the database is too small to damage"
    rng = random.Random(seed)
    with open(path, "r+b") as f:
        for page in rng.sample(range(2, count), pages):  # 0-based page numbers past the header page
            f.seek(page * page_size)
            f.write(rng.randbytes(page_size))


def quick_check(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


@pytest.fixture
def damaged(demo_path: Path) -> Path:
    """The demo database with a good close backup beside it, then 20 pages of the database overwritten."""
    db = Database.open(demo_path)
    db.changed = True
    good = db.close(backup=True)
    assert good is not None and quick_check(good) == "ok"
    damage_pages(demo_path)
    assert quick_check(demo_path) != "ok"
    return demo_path


def test_a_damaged_database_opens_read_only_naming_the_newest_good_backup(damaged: Path) -> None:
    before = damaged.read_bytes()
    db = Database.open(damaged)
    try:
        assert db.read_only
        good = list_backups(db.backup_dir, damaged.stem)[0]
        assert "损坏" in db.read_only_reason and str(good) in db.read_only_reason
        with pytest.raises(StoreError) as err:
            add_member(db, MemberDraft(name="新会员", id_number="11010519491231002X"))
        assert err.value.code == "damaged" and str(good) in err.value.message
        assert err.value.details["backup"] == str(good)
        with pytest.raises(StoreError, match="损坏"):
            backup_now(db)
        assert len(list_backups(db.backup_dir, damaged.stem)) == 1  # no copy of the damage was taken
    finally:
        assert db.close(backup=True) is None
    assert damaged.read_bytes() == before
    assert len(list_backups(damaged.with_name(damaged.stem + ".backups"), damaged.stem)) == 1


def test_a_backup_is_never_taken_of_a_damaged_file(damaged: Path, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="损坏"):
        make_backup(damaged, tmp_path / "bk", "close", keep=2)
    assert not list_backups(tmp_path / "bk")


def test_rotation_keeps_the_last_known_good_backup(damaged: Path, tmp_path: Path) -> None:
    folder = damaged.with_name(damaged.stem + ".backups")
    good = list_backups(folder, damaged.stem)[0]
    # damaged copies that an older version took at close, newer than the good one
    for i in range(4):
        shutil.copyfile(damaged, folder / f"{damaged.stem}-2099010{i + 1}-120000-close.sqlite")
    removed = rotate(folder, damaged.stem, keep=2)
    assert good.exists() and good not in removed
    assert len(removed) == 2


def cli(*argv: str) -> tuple[int, str, str]:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_cli_refuses_writes_with_the_damaged_code_and_restore_heals(damaged: Path) -> None:
    good = list_backups(damaged.with_name(damaged.stem + ".backups"), damaged.stem)[0]
    code, out, err = cli("--db", str(damaged), "--json", "members", "add", "--name", "新会员",
                         "--id-number", "11010519491231002X")
    assert code == 1 and out == ""
    error = json.loads(err)
    assert error["error"] == "damaged" and str(good) in error["message"]
    code, out, err = cli("--db", str(damaged), "--json", "restore", str(good))
    assert code == 0, err
    assert quick_check(damaged) == "ok"
    db = Database.open(damaged)
    try:
        assert not db.read_only
        add_member(db, MemberDraft(name="新会员", id_number="11010519491231002X"))
    finally:
        db.close()
    saved = Path(json.loads(out)["previous_saved_as"])
    assert saved.exists()  # the damaged file, kept aside (not in the rotation)


def test_cli_check_reports_whole_and_damaged_files(demo_path: Path) -> None:
    code, out, err = cli("--db", str(demo_path), "--json", "check")
    assert code == 0 and json.loads(out) == {"db": str(demo_path.resolve()), "ok": True}
    damage_pages(demo_path)
    code, out, err = cli("--db", str(demo_path), "--json", "check")
    assert code == 1 and json.loads(err)["error"] == "damaged"


def test_the_full_check_runs_once_a_week(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from unionbook.store import integrity

    fulls: list[Path] = []
    real = integrity.problem

    def spy(path: Path, *, full: bool = False) -> str | None:
        if full:
            fulls.append(path)
        return real(path, full=full)

    monkeypatch.setattr(integrity, "problem", spy)
    conn = sqlite3.connect(demo_path)
    conn.execute("DELETE FROM setting WHERE key = 'integrity.full_check_at'")  # as a file never checked in full
    conn.commit()
    conn.close()
    Database.open(demo_path).close()
    assert len(fulls) == 1
    Database.open(demo_path).close()
    assert len(fulls) == 1  # within the week: the quick check only
    conn = sqlite3.connect(demo_path)
    week_ago = (dt.datetime.now() - dt.timedelta(days=8)).isoformat(timespec="seconds")
    conn.execute("UPDATE setting SET value = ? WHERE key = 'integrity.full_check_at'", (json.dumps(week_ago),))
    conn.commit()
    conn.close()
    db = Database.open(demo_path)
    try:
        assert len(fulls) == 2 and not db.read_only
        assert not db.changed  # remembering the check is no change of the user's data (no close backup)
    finally:
        db.close()
