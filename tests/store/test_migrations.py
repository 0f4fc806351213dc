"""Migrations from empty give exactly the models' schema; HEAD is Alembic's head; foreign files are refused."""

from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from unionbook.errors import StoreError
from unionbook.store import Database, migrate
from unionbook.store.migrations import HEAD
from unionbook.store.models import Base

# indexes on expressions: SQLAlchemy cannot reflect them, so they are compared by their SQL instead
EXPRESSION_INDEXES = {
    "ix_member_key_end2": "CREATE INDEX ix_member_key_end2 ON member (substr(search_key, -2))",
    "ix_member_key_end1": "CREATE INDEX ix_member_key_end1 ON member (substr(search_key, -1))",
}


def test_schema_from_empty_equals_the_models(db: Database) -> None:
    with db.engine.connect() as conn, warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "render_as_batch": True})
        diff = compare_metadata(ctx, Base.metadata)
        stored = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all())
    # the FTS table is not a model; Alembic would report it (and its shadow tables) as extra
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("member_search"))]
    # the expression indexes are reported as missing (not reflected): they are checked below
    diff = [d for d in diff if not (d[0] == "add_index" and d[1].name in EXPRESSION_INDEXES)]
    assert diff == []
    assert {name: stored.get(name) for name in EXPRESSION_INDEXES} == EXPRESSION_INDEXES
    model = {i.name for i in Base.metadata.tables["member"].indexes}
    assert set(EXPRESSION_INDEXES) <= model


def test_search_index_and_triggers_exist(db: Database) -> None:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT type, name FROM sqlite_master").all()
    names = {(t, n) for t, n in rows}
    assert ("table", "member_search") in names
    for trigger in ("member_search_ai", "member_search_ad", "member_search_au"):
        assert ("trigger", trigger) in names


def test_database_is_at_head_with_wal_and_foreign_keys(db: Database) -> None:
    with db.engine.connect() as conn:
        assert migrate.current_revision(conn) == HEAD
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_head_constant_equals_alembics_head() -> None:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_heads() == [HEAD]  # one head: no forked history
    assert HEAD in migrate.known_revisions()


def test_reopening_does_not_migrate_again(db_path: Path) -> None:
    Database.open(db_path, create=True).close()
    database = Database.open(db_path)
    try:
        assert database.migration_backup is None
        assert not database.backup_dir.exists()
    finally:
        database.close()


def test_missing_file_without_create_is_not_found(tmp_path: Path) -> None:
    from unionbook.errors import NotFoundError

    with pytest.raises(NotFoundError, match="找不到数据库文件"):
        Database.open(tmp_path / "nothing.sqlite")
    assert not (tmp_path / "nothing.sqlite").exists()


def test_non_sqlite_file_refused_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "名单.xlsx"
    content = b"PK\x03\x04 this is a spreadsheet, not a database" * 20
    path.write_bytes(content)
    with pytest.raises(StoreError) as err:
        Database.open(path, create=True)
    assert "不是 UnionBook 数据库文件" in err.value.message and "名单.xlsx" in err.value.message
    assert path.read_bytes() == content
    assert not (tmp_path / "名单.xlsx.lock").exists()


def test_foreign_sqlite_file_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('黄河大合唱')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        Database.open(path, create=True)
    assert "不是 UnionBook 数据库" in err.value.message and "other.db" in err.value.message
    assert path.read_bytes() == before  # not even switched to WAL mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_newer_database_refused(db_path: Path) -> None:
    Database.open(db_path, create=True).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as err:
        Database.open(db_path)
    assert "较新版本" in err.value.message and "9999" in err.value.message
    # refused before any backup or migration; the lock is released again
    assert not (db_path.parent / (db_path.stem + ".backups")).exists()
    assert not (db_path.parent / (db_path.name + ".lock")).exists()
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
    conn.close()


def test_backup_is_taken_before_a_migration(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file at an older (known) revision is backed up, then upgraded. With one revision in history, the file
    is made 'older' by declaring a newer HEAD and recording the upgrade call."""
    Database.open(db_path, create=True).close()
    calls: list[str] = []
    monkeypatch.setattr(migrate, "HEAD", "0002-future")
    monkeypatch.setattr(migrate, "upgrade", lambda conn, target="head": calls.append(target))
    database = Database.open(db_path)
    try:
        backup = database.migration_backup
        assert backup is not None and backup.exists()
        assert backup.parent == database.backup_dir
        assert backup.name.endswith("-migrate.sqlite")
        assert calls == ["head"]
        with sqlite3.connect(backup) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    finally:
        database.close()


def test_a_new_file_is_not_backed_up_before_its_first_migration(db_path: Path) -> None:
    database = Database.open(db_path, create=True)
    try:
        assert database.migration_backup is None
    finally:
        database.close()


def test_domain_migration_moves_ride_hailing_drivers_out_of_the_eight_groups(tmp_path: Path) -> None:
    """0005_domain: 网约车司机 is 新就业形态, not one of the 八大群体; downgrading puts it back."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from unionbook.store.migrate import alembic_config, upgrade

    engine = create_engine(f"sqlite:///{tmp_path / 'm.sqlite'}")
    with engine.begin() as conn:
        upgrade(conn, "0003")
        conn.execute(text("INSERT INTO member (name, gender, ethnicity, id_number, birth_date, phone, job, education, "
                          "political_status, household_type, employment_form, migrant_worker, group_name, frontline, "
                          "model_worker, hardship, card_number, status, notes, name_initials, name_pinyin, search_key, "
                          "created_at, updated_at) VALUES ('张三', '男', '汉族', '11010519491231002X', '1949-12-31', '', "
                          "'', '', '', '', '', 0, '网约车司机', 0, 0, 0, '', 'active', '', '', '', '', "
                          "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
        upgrade(conn, "head")
        row = conn.execute(text("SELECT group_name, new_forms, id_type FROM member")).one()
        assert tuple(row) == ("", 1, "居民身份证")
        assert conn.execute(text("SELECT unionised FROM employer")).all() == []
        command.downgrade(alembic_config(conn), "0003")
        assert conn.execute(text("SELECT group_name FROM member")).scalar() == "网约车司机"
    engine.dispose()


def test_0011_moves_delivery_batches_into_the_import_history(tmp_path: Path) -> None:
    """The delivery-list imports kept in library_import_batch become import_batch rows of kind "library", their
    titles and copies pointing at the new numbers (a roster batch took number 1 before them)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    with engine.begin() as conn:
        migrate.upgrade(conn, "0006")
        conn.execute(text("INSERT INTO import_batch (id, file_name, sheet, created_at, actor, inserted, updated, "
                          "unchanged, skipped, warnings, created_employers, log_id, last_event_id, undone_by) "
                          "VALUES (1, '名册.xlsx', '', '2026-01-01 00:00:00', 'a', 1, 0, 0, 0, 0, '[]', 0, 0, '')"))
        conn.execute(text("INSERT INTO library_import_batch (id, file_name, created_at, actor, titles, copies) "
                          "VALUES (1, '配送一.xlsx', '2026-02-01 00:00:00', 'a', 1, 2), "
                          "(2, '配送二.xlsx', '2026-03-01 00:00:00', 'a', 1, 1)"))
        conn.execute(text("INSERT INTO library_title (id, isbn, title, author, publisher, clc, search_key, batch_id, "
                          "created_at) VALUES (1, '', '甲', '', '', '', '', 1, '2026-02-01 00:00:00'), "
                          "(2, '', '乙', '', '', '', '', 2, '2026-03-01 00:00:00')"))
        conn.execute(text("INSERT INTO library_copy (title_id, accession, barcode, source, donor, added_on, "
                          "written_off_reason, written_off_note, batch_id) VALUES "
                          "(1, 1, 'SW000001', 'delivered', '', '2026-02-01', '', '', 1), "
                          "(1, 2, 'SW000002', 'delivered', '', '2026-02-01', '', '', 1), "
                          "(2, 3, 'SW000003', 'delivered', '', '2026-03-01', '', '', 2)"))
        migrate.upgrade(conn, "head")
        batches = conn.execute(text("SELECT id, file_name, kind, inserted FROM import_batch ORDER BY id")).all()
        assert [tuple(b) for b in batches] == [(1, "名册.xlsx", "members", 1), (2, "配送一.xlsx", "library", 1),
                                               (3, "配送二.xlsx", "library", 1)]
        copies = conn.execute(text("SELECT barcode, batch_id FROM library_copy ORDER BY barcode")).all()
        assert [tuple(c) for c in copies] == [("SW000001", 2), ("SW000002", 2), ("SW000003", 3)]
        titles = conn.execute(text("SELECT title, batch_id FROM library_title ORDER BY id")).all()
        assert [tuple(t) for t in titles] == [("甲", 2), ("乙", 3)]
        assert not conn.execute(text("SELECT name FROM sqlite_master WHERE name = 'library_import_batch'")).all()
    engine.dispose()
