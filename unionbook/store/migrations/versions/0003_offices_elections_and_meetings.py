"""offices and terms, elections (electorate, candidates, rounds, results) and meetings (attendance, agenda,
resolutions)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 14:12:33.927979
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('time', sa.String(length=20), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('host', sa.String(length=40), nullable=False),
    sa.Column('recorder', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_date', ['date'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('record', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('election',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.String(length=20), nullable=False),
    sa.Column('assembly_kind', sa.String(length=20), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('members_count', sa.Integer(), nullable=False),
    sa.Column('entitled', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('rule_set', sa.String(length=50), nullable=False),
    sa.Column('rules_json', sa.Text(), nullable=False),
    sa.Column('term_years', sa.Integer(), nullable=True),
    sa.Column('override_note', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_election_meeting_id_meeting'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_election'))
    )
    with op.batch_alter_table('election', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_election_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('resolution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=False),
    sa.Column('votes_against', sa.Integer(), nullable=False),
    sa.Column('votes_abstain', sa.Integer(), nullable=False),
    sa.Column('entitled', sa.Integer(), nullable=False),
    sa.Column('required', sa.Integer(), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_resolution_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resolution'))
    )
    with op.batch_alter_table('resolution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resolution_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('election_candidate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('election_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('gender', sa.String(length=2), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('employer', sa.String(length=200), nullable=False),
    sa.Column('job', sa.String(length=100), nullable=False),
    sa.Column('political_status', sa.String(length=20), nullable=False),
    sa.Column('frontline', sa.Boolean(), nullable=False),
    sa.Column('model_worker', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['election_id'], ['election.id'], name=op.f('fk_election_candidate_election_id_election'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_election_candidate_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_election_candidate')),
    sa.UniqueConstraint('election_id', 'name', name=op.f('uq_election_candidate_election_id_name'))
    )
    with op.batch_alter_table('election_candidate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_election_candidate_election_id'), ['election_id'], unique=False)

    op.create_table('election_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('election_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('mode', sa.String(length=10), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('candidates_json', sa.Text(), nullable=False),
    sa.Column('entitled', sa.Integer(), nullable=False),
    sa.Column('present', sa.Integer(), nullable=False),
    sa.Column('ballots_issued', sa.Integer(), nullable=False),
    sa.Column('ballots_returned', sa.Integer(), nullable=False),
    sa.Column('invalid_ballots', sa.Integer(), nullable=False),
    sa.Column('result_json', sa.Text(), nullable=False),
    sa.Column('next_step', sa.String(length=20), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['election_id'], ['election.id'], name=op.f('fk_election_round_election_id_election'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_election_round')),
    sa.UniqueConstraint('election_id', 'number', name=op.f('uq_election_round_election_id_number'))
    )
    with op.batch_alter_table('election_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_election_round_election_id'), ['election_id'], unique=False)

    op.create_table('election_voter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('election_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['election_id'], ['election.id'], name=op.f('fk_election_voter_election_id_election'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_election_voter_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_election_voter')),
    sa.UniqueConstraint('election_id', 'member_id', name=op.f('uq_election_voter_election_id_member_id'))
    )
    with op.batch_alter_table('election_voter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_election_voter_election_id'), ['election_id'], unique=False)

    op.create_table('meeting_attendee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('entitled', sa.Boolean(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('on_leave', sa.Boolean(), nullable=False),
    sa.Column('checked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_attendee_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_meeting_attendee_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendee'))
    )
    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendee_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index('uq_meeting_attendee_member', ['meeting_id', 'member_id'], unique=True, sqlite_where=sa.text('member_id IS NOT NULL'))

    op.create_table('term',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('body', sa.String(length=20), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('years', sa.Integer(), nullable=False),
    sa.Column('election_id', sa.Integer(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['election_id'], ['election.id'], name=op.f('fk_term_election_id_election')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_term'))
    )
    with op.batch_alter_table('term', schema=None) as batch_op:
        batch_op.create_index('ix_term_body_start', ['body', 'start_date'], unique=False)

    op.create_table('election_elected',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('election_id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('votes', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['election_id'], ['election.id'], name=op.f('fk_election_elected_election_id_election'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_election_elected_member_id_member')),
    sa.ForeignKeyConstraint(['round_id'], ['election_round.id'], name=op.f('fk_election_elected_round_id_election_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_election_elected'))
    )
    with op.batch_alter_table('election_elected', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_election_elected_election_id'), ['election_id'], unique=False)

    op.create_table('office_holder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('term_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_office_holder_member_id_member')),
    sa.ForeignKeyConstraint(['term_id'], ['term.id'], name=op.f('fk_office_holder_term_id_term'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_holder'))
    )
    with op.batch_alter_table('office_holder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_office_holder_term_id'), ['term_id'], unique=False)

    op.create_table('round_ballot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('serial', sa.String(length=20), nullable=False),
    sa.Column('marks_json', sa.Text(), nullable=False),
    sa.Column('valid', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['election_round.id'], name=op.f('fk_round_ballot_round_id_election_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_ballot'))
    )
    with op.batch_alter_table('round_ballot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_ballot_round_id'), ['round_id'], unique=False)

    op.create_table('round_box',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=40), nullable=False),
    sa.Column('issued', sa.Integer(), nullable=False),
    sa.Column('returned', sa.Integer(), nullable=False),
    sa.Column('invalid', sa.Integer(), nullable=False),
    sa.Column('votes_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['election_round.id'], name=op.f('fk_round_box_round_id_election_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_box'))
    )
    with op.batch_alter_table('round_box', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_box_round_id'), ['round_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('round_box', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_box_round_id'))

    op.drop_table('round_box')
    with op.batch_alter_table('round_ballot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_ballot_round_id'))

    op.drop_table('round_ballot')
    with op.batch_alter_table('office_holder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_office_holder_term_id'))

    op.drop_table('office_holder')
    with op.batch_alter_table('election_elected', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_election_elected_election_id'))

    op.drop_table('election_elected')
    with op.batch_alter_table('term', schema=None) as batch_op:
        batch_op.drop_index('ix_term_body_start')

    op.drop_table('term')
    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.drop_index('uq_meeting_attendee_member', sqlite_where=sa.text('member_id IS NOT NULL'))
        batch_op.drop_index(batch_op.f('ix_meeting_attendee_meeting_id'))

    op.drop_table('meeting_attendee')
    with op.batch_alter_table('election_voter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_election_voter_election_id'))

    op.drop_table('election_voter')
    with op.batch_alter_table('election_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_election_round_election_id'))

    op.drop_table('election_round')
    with op.batch_alter_table('election_candidate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_election_candidate_election_id'))

    op.drop_table('election_candidate')
    with op.batch_alter_table('resolution', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resolution_meeting_id'))

    op.drop_table('resolution')
    with op.batch_alter_table('election', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_election_meeting_id'))

    op.drop_table('election')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_date')

    op.drop_table('meeting')
