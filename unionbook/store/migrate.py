"""Applying Alembic migrations to an open connection."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from unionbook.store.migrations import HEAD

if TYPE_CHECKING:  # Alembic (and SQLAlchemy) are imported only when a migration runs
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(conn: Connection) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(conn: Connection | None = None) -> Config:
    """Alembic's configuration, run from the package's migrations folder (never from an alembic.ini), on
    `conn` when one is given."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def upgrade(conn: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(conn), target)


def needs_upgrade(revision: str | None) -> bool:
    return revision != HEAD
