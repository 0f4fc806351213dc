"""Backups with SQLite's backup API, restore, and the rotation of automatic backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from unionbook.errors import NotFoundError, StoreError
from unionbook.services.members.records import MemberDraft, add_member, get_member
from unionbook.services.union.backups import backup_now, check_backup_file, list_backups, restore
from unionbook.store import Database
from unionbook.store import backup as store_backup
from unionbook.store.backup import backup_reason, make_backup, rotate
from unionbook.store.migrations import HEAD

TABLES = ("union_profile", "employer", "member", "member_event", "change_log", "setting", "alembic_version")


def _folder(path: Path) -> Path:
    """backup_now writes into an existing folder only."""
    path.mkdir(exist_ok=True)
    return path


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    finally:
        conn.close()


def db_dump(database: Database) -> dict[str, list[tuple[object, ...]]]:
    database.checkpoint()
    return dump(database.path)


def test_backup_restore_round_trip_gives_identical_data(demo_db: Database, tmp_path: Path) -> None:
    before = db_dump(demo_db)
    assert len(before["member"]) == 300
    backup = backup_now(demo_db, _folder(tmp_path / "外部备份"))
    assert backup.parent == tmp_path / "外部备份"
    assert backup_reason(backup) == "manual"
    assert dump(backup) == before

    add_member(demo_db, MemberDraft(name="新来的", id_number="11010519491231002X"))
    assert len(db_dump(demo_db)["member"]) == 301

    safety = restore(demo_db, backup)
    assert db_dump(demo_db) == before
    # what was there before the restore is kept, so a restore can itself be undone
    assert backup_reason(safety) == "restore"
    assert len(dump(safety)["member"]) == 301
    # the restored database works: reading and writing through the services
    assert get_member(demo_db, 1).name == next(row[1] for row in before["member"] if row[0] == 1)
    add_member(demo_db, MemberDraft(name="恢复后登记", id_number="11010519491231002X"))
    with demo_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_search_index_survives_restore(demo_db: Database, tmp_path: Path) -> None:
    from unionbook.services.members.roster import RosterQuery, count_members

    name = get_member(demo_db, 5).name
    backup = backup_now(demo_db, tmp_path)
    restore(demo_db, backup)
    with demo_db.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO member_search(member_search) VALUES ('integrity-check')")
    assert count_members(demo_db, RosterQuery(search=name)) >= 1


def test_backup_taken_on_close_only_after_writes(db_path: Path) -> None:
    database = Database.open(db_path, create=True)
    assert database.close(backup=True) is None
    database = Database.open(db_path)
    add_member(database, MemberDraft(name="张三", id_number="11010519491231002X"))
    made = database.close(backup=True)
    assert made is not None and backup_reason(made) == "close"
    assert made.parent == db_path.with_name("union.backups")
    assert len(dump(made)["member"]) == 1


def _corrupt_copy(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    # overwrite the middle of the file (b-tree pages) but keep the header
    for i in range(4096, min(len(data), 4096 * 6)):
        data[i] = 0x5A
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize("kind", ["corrupt", "foreign", "not_sqlite", "missing", "newer"])
def test_restore_refuses_bad_files_and_leaves_the_database_untouched(
    demo_db: Database, tmp_path: Path, kind: str
) -> None:
    before = db_dump(demo_db)
    bad = tmp_path / f"{kind}.sqlite"
    if kind == "corrupt":
        good = backup_now(demo_db, _folder(tmp_path / "good"))
        _corrupt_copy(good, bad)
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE songs (title TEXT)")
        conn.commit()
        conn.close()
    elif kind == "not_sqlite":
        bad.write_bytes(b"%PDF-1.7 not a database at all\n" * 100)
    elif kind == "newer":
        good = backup_now(demo_db, _folder(tmp_path / "good"))
        good.rename(bad)
        conn = sqlite3.connect(bad)
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.close()
    auto_before = list_backups(demo_db)
    with pytest.raises(NotFoundError if kind == "missing" else StoreError) as err:  # README: error codes
        restore(demo_db, bad)
    expected = {"corrupt": ("损坏", "不是有效的数据库文件"), "foreign": ("不是 UnionBook 的备份文件",),
                "not_sqlite": ("不是有效的数据库文件",), "missing": ("找不到备份文件",), "newer": ("较新版本",)}[kind]
    assert any(fragment in err.value.message for fragment in expected), err.value.message
    assert bad.name in err.value.message or kind == "missing"
    assert db_dump(demo_db) == before
    assert list_backups(demo_db) == auto_before  # refused before even the safety backup


def test_restore_refuses_the_database_itself(demo_db: Database) -> None:
    with pytest.raises(StoreError, match="自身"):
        restore(demo_db, demo_db.path)


def test_check_backup_file_handles_awkward_paths(demo_db: Database, tmp_path: Path) -> None:
    folder = _folder(tmp_path / "备份 #1?")
    backup = backup_now(demo_db, folder)
    assert check_backup_file(backup) == HEAD


def test_rotation_keeps_the_last_n_automatic_backups_and_every_manual_one(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    manual = [make_backup(db.path, folder, "manual", keep=3) for _ in range(2)]
    made = [make_backup(db.path, folder, reason, keep=3)
            for reason in ("close", "migrate", "close", "restore", "close", "import", "close")]
    manual.append(make_backup(db.path, folder, "manual", keep=3))
    remaining = store_backup.list_backups(folder, db.path.stem)
    auto = [p for p in remaining if backup_reason(p) != "manual"]
    assert auto == made[-1:-4:-1]  # the three newest, newest first
    assert sorted(p for p in remaining if backup_reason(p) == "manual") == sorted(manual)
    assert all(p.exists() for p in manual)
    # a rotation never touches other databases' backups in the same folder
    other = make_backup(db.path, folder, "close").rename(folder / "another-20200101-000000-close.sqlite")
    rotate(folder, db.path.stem, 1)
    assert other.exists()


def test_backups_made_within_one_second_stay_in_order(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    made = [make_backup(db.path, folder, "close") for _ in range(12)]
    assert store_backup.list_backups(folder) == made[::-1]


def test_restoring_the_oldest_automatic_backup_keeps_it(db_path: Path) -> None:
    """The safety copy taken before a restore rotates old backups away: the chosen one must survive that."""
    db = Database.open(db_path, create=True, keep_backups=3)
    try:
        add_member(db, MemberDraft(name="甲", id_number="11010519491231002X"))
        oldest = make_backup(db.path, db.backup_dir, "close", keep=3)
        add_member(db, MemberDraft(name="乙", id_number="110105194912310038"))
        for _ in range(2):
            make_backup(db.path, db.backup_dir, "close", keep=3)
        safety = restore(db, oldest)
        assert oldest.exists(), "the backup that was restored was rotated away"
        assert safety.exists()
        with pytest.raises(Exception, match="找不到"):
            get_member(db, "110105194912310038")  # the restored state has only 甲
        assert get_member(db, "11010519491231002X").name == "甲"
    finally:
        db.close()
