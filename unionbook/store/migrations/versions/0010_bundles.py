"""bundles: this union's keys, correspondents (upper union, subordinate unions, transfer peers), bundles sent and
received, locked periods, and what subordinate unions reported

Revision ID: 0010
Revises: 0005_domain
Create Date: 2026-11-25 20:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0005_domain'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('correspondent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('uscc', sa.String(length=18), nullable=False),
    sa.Column('signing_key', sa.String(length=100), nullable=False),
    sa.Column('age_recipient', sa.String(length=100), nullable=False),
    sa.Column('fingerprint', sa.String(length=60), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('retired_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_correspondent')),
    sa.UniqueConstraint('role', 'fingerprint', name=op.f('uq_correspondent_role_fingerprint'))
    )
    op.create_index(op.f('ix_correspondent_fingerprint'), 'correspondent', ['fingerprint'], unique=False)
    op.create_table('period_lock',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('bundle_id', sa.String(length=40), nullable=False),
    sa.Column('locked_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_period_lock'))
    )
    op.create_table('union_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('secret', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_union_key'))
    )
    op.create_table('bundle_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('bundle_id', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('correspondent_id', sa.Integer(), nullable=True),
    sa.Column('peer', sa.String(length=60), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('amends', sa.String(length=40), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['correspondent_id'], ['correspondent.id'], name=op.f('fk_bundle_record_correspondent_id_correspondent')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bundle_record')),
    sa.UniqueConstraint('direction', 'bundle_id', name=op.f('uq_bundle_record_direction_bundle_id'))
    )
    op.create_index(op.f('ix_bundle_record_correspondent_id'), 'bundle_record', ['correspondent_id'], unique=False)
    op.create_index(op.f('ix_bundle_record_peer'), 'bundle_record', ['peer'], unique=False)
    op.create_table('subunit_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('correspondent_id', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('gender', sa.String(length=2), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('employer', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('migrant_worker', sa.Integer(), nullable=False),
    sa.Column('join_date', sa.Date(), nullable=True),
    sa.Column('card_number', sa.String(length=32), nullable=False),
    sa.Column('bundle_id', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['correspondent_id'], ['correspondent.id'], name=op.f('fk_subunit_member_correspondent_id_correspondent')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subunit_member')),
    sa.UniqueConstraint('correspondent_id', 'id_number', name=op.f('uq_subunit_member_correspondent_id_id_number'))
    )
    op.create_index('ix_subunit_member_id_number', 'subunit_member', ['id_number'], unique=False)
    op.create_table('subunit_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('correspondent_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('bundle_id', sa.String(length=40), nullable=False),
    sa.Column('members', sa.Integer(), nullable=False),
    sa.Column('women_members', sa.Integer(), nullable=False),
    sa.Column('migrant_members', sa.Integer(), nullable=False),
    sa.Column('employees', sa.Integer(), nullable=False),
    sa.Column('figures', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['correspondent_id'], ['correspondent.id'], name=op.f('fk_subunit_report_correspondent_id_correspondent')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subunit_report')),
    sa.UniqueConstraint('correspondent_id', 'year', name=op.f('uq_subunit_report_correspondent_id_year'))
    )


def downgrade() -> None:
    op.drop_table('subunit_report')
    op.drop_table('subunit_member')
    op.drop_table('bundle_record')
    op.drop_table('union_key')
    op.drop_table('period_lock')
    op.drop_table('correspondent')
