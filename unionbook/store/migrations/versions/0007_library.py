"""the reading room (职工书屋): titles, copies, loans, stock-takes, reading activities, delivery-list imports

Revision ID: 0007
Revises: 0008
Create Date: 2026-11-25 21:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('library_title',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('isbn', sa.String(length=13), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('publisher', sa.String(length=200), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('clc', sa.String(length=1), nullable=False),
    sa.Column('price_fen', sa.Integer(), nullable=True),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_title'))
    )
    with op.batch_alter_table('library_title', schema=None) as batch_op:
        batch_op.create_index('ix_library_title_isbn', ['isbn'], unique=False)

    op.create_table('library_copy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title_id', sa.Integer(), nullable=False),
    sa.Column('accession', sa.Integer(), nullable=False),
    sa.Column('barcode', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('donor', sa.String(length=100), nullable=False),
    sa.Column('added_on', sa.Date(), nullable=False),
    sa.Column('written_off_on', sa.Date(), nullable=True),
    sa.Column('written_off_reason', sa.String(length=12), nullable=False),
    sa.Column('written_off_note', sa.Text(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['title_id'], ['library_title.id'], name=op.f('fk_library_copy_title_id_library_title')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_copy')),
    sa.UniqueConstraint('accession', name=op.f('uq_library_copy_accession')),
    sa.UniqueConstraint('barcode', name=op.f('uq_library_copy_barcode'))
    )
    with op.batch_alter_table('library_copy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_library_copy_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_library_copy_title_id'), ['title_id'], unique=False)

    op.create_table('library_loan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('copy_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('lent_on', sa.Date(), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('renewals', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['copy_id'], ['library_copy.id'], name=op.f('fk_library_loan_copy_id_library_copy')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_library_loan_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_loan'))
    )
    with op.batch_alter_table('library_loan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_library_loan_copy_id'), ['copy_id'], unique=False)
        batch_op.create_index('ix_library_loan_due', ['returned_on', 'due'], unique=False)
        batch_op.create_index('ix_library_loan_lent_on', ['lent_on'], unique=False)
        batch_op.create_index('ix_library_loan_member_open', ['member_id', 'returned_on'], unique=False)
        batch_op.create_index('uq_library_loan_open', ['copy_id'], unique=True,
                              sqlite_where=sa.text('returned_on IS NULL'))

    op.create_table('library_stocktake',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('finished_on', sa.Date(), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_stocktake'))
    )
    op.create_table('library_stocktake_scan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stocktake_id', sa.Integer(), nullable=False),
    sa.Column('barcode', sa.String(length=32), nullable=False),
    sa.Column('scanned_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['stocktake_id'], ['library_stocktake.id'],
                            name=op.f('fk_library_stocktake_scan_stocktake_id_library_stocktake')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_stocktake_scan'))
    )
    with op.batch_alter_table('library_stocktake_scan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_library_stocktake_scan_stocktake_id'), ['stocktake_id'], unique=False)

    op.create_table('library_activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('attendance', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_activity'))
    )
    op.create_table('library_import_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('titles', sa.Integer(), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_import_batch'))
    )


def downgrade() -> None:
    op.drop_table('library_import_batch')
    op.drop_table('library_activity')
    op.drop_table('library_stocktake_scan')
    op.drop_table('library_stocktake')
    op.drop_table('library_loan')
    op.drop_table('library_copy')
    op.drop_table('library_title')
