"""search key ends: the last one and two characters of each member's search key, indexed, so that a search of one
or two characters can be answered from the search index (whose trigrams start at every character but the last
two) plus these, instead of by reading every key

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-26 01:30:00
"""

from __future__ import annotations

from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_member_key_end2 ON member (substr(search_key, -2))")
    op.execute("CREATE INDEX ix_member_key_end1 ON member (substr(search_key, -1))")
    op.execute("ANALYZE ix_member_key_end2")
    op.execute("ANALYZE ix_member_key_end1")


def downgrade() -> None:
    op.execute("DROP INDEX ix_member_key_end1")
    op.execute("DROP INDEX ix_member_key_end2")
