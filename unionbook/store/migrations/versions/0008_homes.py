"""homes: 职工之家 assessments with their frozen sheets, scores, evidence files, titles held

Revision ID: 0008
Revises: 0010
Create Date: 2026-11-25 21:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('home_assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=200), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('sheet_name', sa.String(length=100), nullable=False),
    sa.Column('sheet_title', sa.String(length=300), nullable=False),
    sa.Column('sheet_text', sa.Text(), nullable=False),
    sa.Column('survey_satisfied', sa.Integer(), nullable=True),
    sa.Column('survey_basic', sa.Integer(), nullable=True),
    sa.Column('survey_unsatisfied', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_home_assessment')),
    sa.UniqueConstraint('unit', 'year', name=op.f('uq_home_assessment_unit_year'))
    )
    op.create_table('home_title',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('awarded_by', sa.String(length=200), nullable=False),
    sa.Column('doc_number', sa.String(length=100), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('review_due', sa.Date(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('withdrawn_reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_home_title'))
    )
    op.create_table('home_evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('stored', sa.String(length=400), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['home_assessment.id'],
                            name=op.f('fk_home_evidence_assessment_id_home_assessment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_home_evidence'))
    )
    op.create_index(op.f('ix_home_evidence_assessment_id'), 'home_evidence', ['assessment_id'], unique=False)
    op.create_table('home_score',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('tenths', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('override', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['home_assessment.id'],
                            name=op.f('fk_home_score_assessment_id_home_assessment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_home_score')),
    sa.UniqueConstraint('assessment_id', 'code', name=op.f('uq_home_score_assessment_id_code'))
    )
    op.create_index(op.f('ix_home_score_assessment_id'), 'home_score', ['assessment_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_home_score_assessment_id'), table_name='home_score')
    op.drop_table('home_score')
    op.drop_index(op.f('ix_home_evidence_assessment_id'), table_name='home_evidence')
    op.drop_table('home_evidence')
    op.drop_table('home_title')
    op.drop_table('home_assessment')
