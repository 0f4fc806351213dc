"""Persistence: SQLAlchemy models, the one transaction helper, migrations, backups and the writer lock.

`Database` is imported on first use (PEP 562), so that the light read path (`store.reader`) runs without
SQLAlchemy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from unionbook.store.database import Database, default_backup_dir

__all__ = ["Database", "default_backup_dir"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from unionbook.store import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
