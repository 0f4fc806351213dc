"""Alembic migrations. HEAD names the newest revision so that opening a current file needs no Alembic import;
tests/store/test_migrations.py proves it equals Alembic's own head."""

HEAD = "0013"
