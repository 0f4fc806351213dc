"""dues, union funds and the books

Revision ID: 0006
Revises: 0009
Create Date: 2026-11-25 20:28:30.466932
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ledger_budget',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', 'category', name=op.f('pk_ledger_budget'))
    )
    op.create_table('ledger_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('sub', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('counterparty', sa.String(length=200), nullable=False),
    sa.Column('voucher', sa.String(length=50), nullable=False),
    sa.Column('memo', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('attachment', sa.Text(), nullable=False),
    sa.Column('warning', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['corrects_id'], ['ledger_entry.id'], name=op.f('fk_ledger_entry_corrects_id_ledger_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entry'))
    )
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.create_index('ix_ledger_entry_year_date', ['year', 'date'], unique=False)

    op.create_table('ledger_year',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=False),
    sa.Column('closed_by', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_ledger_year'))
    )
    op.create_table('dues_employer',
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('components', sa.Text(), nullable=False),
    sa.Column('has_union', sa.Boolean(), nullable=False),
    sa.Column('collection', sa.String(length=20), nullable=False),
    sa.Column('small_micro', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_dues_employer_employer_id_employer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('employer_id', name=op.f('pk_dues_employer'))
    )
    op.create_table('funds_declaration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('payroll_fen', sa.Integer(), nullable=False),
    sa.Column('levy_fen', sa.Integer(), nullable=False),
    sa.Column('retained_fen', sa.Integer(), nullable=False),
    sa.Column('upper_fen', sa.Integer(), nullable=False),
    sa.Column('upper_parts', sa.Text(), nullable=False),
    sa.Column('preparatory', sa.Boolean(), nullable=False),
    sa.Column('rule_note', sa.Text(), nullable=False),
    sa.Column('declared_on', sa.Date(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_funds_declaration_employer_id_employer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funds_declaration')),
    sa.UniqueConstraint('employer_id', 'period', name=op.f('uq_funds_declaration_employer_id_period'))
    )
    with op.batch_alter_table('funds_declaration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funds_declaration_year'), ['year'], unique=False)

    op.create_table('dues_payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('base_fen', sa.Integer(), nullable=False),
    sa.Column('dues_fen', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('receipt', sa.String(length=50), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=True),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_dues_payment_employer_id_employer')),
    sa.ForeignKeyConstraint(['entry_id'], ['ledger_entry.id'], name=op.f('fk_dues_payment_entry_id_ledger_entry')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_dues_payment_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_payment')),
    sa.UniqueConstraint('member_id', 'month', name=op.f('uq_dues_payment_member_id_month'))
    )
    with op.batch_alter_table('dues_payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dues_payment_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index('ix_dues_payment_month', ['month'], unique=False)

    op.create_table('dues_persuasion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('by_whom', sa.String(length=50), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_dues_persuasion_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_persuasion'))
    )
    with op.batch_alter_table('dues_persuasion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dues_persuasion_member_id'), ['member_id'], unique=False)

    op.create_table('dues_wage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('from_month', sa.String(length=7), nullable=False),
    sa.Column('wage_fen', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], name=op.f('fk_dues_wage_batch_id_import_batch')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_dues_wage_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_wage'))
    )
    with op.batch_alter_table('dues_wage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dues_wage_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index('ix_dues_wage_member_from', ['member_id', 'from_month'], unique=False)

    op.create_table('funds_movement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('voucher', sa.String(length=50), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['declaration_id'], ['funds_declaration.id'], name=op.f('fk_funds_movement_declaration_id_funds_declaration')),
    sa.ForeignKeyConstraint(['entry_id'], ['ledger_entry.id'], name=op.f('fk_funds_movement_entry_id_ledger_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funds_movement'))
    )
    with op.batch_alter_table('funds_movement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funds_movement_declaration_id'), ['declaration_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('funds_movement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funds_movement_declaration_id'))

    op.drop_table('funds_movement')
    with op.batch_alter_table('dues_wage', schema=None) as batch_op:
        batch_op.drop_index('ix_dues_wage_member_from')
        batch_op.drop_index(batch_op.f('ix_dues_wage_batch_id'))

    op.drop_table('dues_wage')
    with op.batch_alter_table('dues_persuasion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dues_persuasion_member_id'))

    op.drop_table('dues_persuasion')
    with op.batch_alter_table('dues_payment', schema=None) as batch_op:
        batch_op.drop_index('ix_dues_payment_month')
        batch_op.drop_index(batch_op.f('ix_dues_payment_entry_id'))

    op.drop_table('dues_payment')
    with op.batch_alter_table('funds_declaration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funds_declaration_year'))

    op.drop_table('funds_declaration')
    op.drop_table('dues_employer')
    op.drop_table('ledger_year')
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_ledger_entry_year_date')

    op.drop_table('ledger_entry')
    op.drop_table('ledger_budget')
