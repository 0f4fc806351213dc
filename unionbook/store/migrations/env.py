"""Alembic environment: always run on the connection UnionBook hands over (never from alembic.ini)."""

from __future__ import annotations

from alembic import context

from unionbook.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
