"""Persistence: SQLAlchemy models, the one transaction helper, migrations, backups and the writer lock."""

from unionbook.store.database import Database, default_backup_dir

__all__ = ["Database", "default_backup_dir"]
