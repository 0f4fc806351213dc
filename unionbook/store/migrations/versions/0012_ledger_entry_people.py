"""ledger entries keep how many people an expense was for, so that a per-person-per-year cap (festival goods)
is checked against the year's total, not each entry alone

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        # NULL: not known (entries made before 0.2 did not say); they are left out of the yearly per-person sums
        batch_op.add_column(sa.Column('people', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.drop_column('people')
