"""roster and figures indexes: the roster walks (name_pinyin, id) holding status and the search key; the home
page's figures and the roster's counts read a covering index; employer counts read (employer_id, status)

Revision ID: 0009
Revises: 0007 (re-chained onto main's head when rebasing)
Create Date: 2026-11-25 21:00:00
"""

from __future__ import annotations

from alembic import op

revision = '0009'
down_revision = '0007'
branch_labels = None
depends_on = None

# grouped by the first eight (the home page's tally); the last two make the statistics' sums index-only too
FIGURES = ['status', 'gender', 'migrant_worker', 'group_name', 'employment_form', 'frontline', 'model_worker',
           'hardship', 'new_forms', 'birth_date']
# the per-employer figures (members, active, women, migrant workers) read from the index alone
EMPLOYER = ['employer_id', 'status', 'gender', 'migrant_worker']


def upgrade() -> None:
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index('ix_member_name_pinyin')
        batch_op.drop_index('ix_member_status_search_key')
        batch_op.drop_index('ix_member_employer_id')
        batch_op.create_index('ix_member_roster', ['name_pinyin', 'id', 'status', 'search_key'], unique=False)
        batch_op.create_index('ix_member_figures', FIGURES, unique=False)
        batch_op.create_index('ix_member_employer_status', EMPLOYER, unique=False)
    op.execute("ANALYZE member")


def downgrade() -> None:
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index('ix_member_employer_status')
        batch_op.drop_index('ix_member_figures')
        batch_op.drop_index('ix_member_roster')
        batch_op.create_index('ix_member_employer_id', ['employer_id'], unique=False)
        batch_op.create_index('ix_member_status_search_key', ['status', 'search_key', 'name_pinyin'], unique=False)
        batch_op.create_index('ix_member_name_pinyin', ['name_pinyin'], unique=False)
