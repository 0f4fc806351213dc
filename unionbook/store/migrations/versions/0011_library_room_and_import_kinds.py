"""library room and import kinds: the 书屋's own particulars (area, staff, hours, periodicals, digital platform,
lending rules) for the standard check; import batches get a kind, and the delivery-list imports, kept until now
in library_import_batch, become import_batch rows of kind "library" (one import history, one undo)

Revision ID: 0011
Revises: 0006
Create Date: 2026-11-25 23:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('library_room',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('area_m2', sa.Integer(), nullable=True),
    sa.Column('staff', sa.String(length=200), nullable=False),
    sa.Column('opening_hours', sa.String(length=200), nullable=False),
    sa.Column('periodicals', sa.Integer(), nullable=True),
    sa.Column('digital_platform', sa.String(length=200), nullable=False),
    sa.Column('lending_rules', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_room'))
    )
    with op.batch_alter_table('import_batch', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=20), server_default='members', nullable=False))
    conn = op.get_bind()
    old = conn.execute(sa.text("SELECT id, file_name, created_at, actor, titles, undone_at FROM library_import_batch "
                               "ORDER BY id")).all()
    for bid, file_name, created_at, actor, titles, undone_at in old:
        new_id = conn.execute(sa.text(
            "INSERT INTO import_batch (file_name, sheet, created_at, actor, inserted, updated, unchanged, skipped, "
            "warnings, created_employers, log_id, last_event_id, undone_at, undone_by, kind) VALUES "
            "(:f, '', :c, :a, :t, 0, 0, 0, 0, '[]', 0, 0, :u, '', 'library')"),
            {"f": file_name, "c": created_at, "a": actor, "t": titles, "u": undone_at}).lastrowid
        # negative first, so that a renumbered batch never meets an old number still waiting its turn
        for table in ('library_title', 'library_copy'):
            conn.execute(sa.text(f"UPDATE {table} SET batch_id = :n WHERE batch_id = :o"), {"n": -new_id, "o": bid})
    for table in ('library_title', 'library_copy'):
        conn.execute(sa.text(f"UPDATE {table} SET batch_id = -batch_id WHERE batch_id < 0"))
    op.drop_table('library_import_batch')


def downgrade() -> None:
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
    conn = op.get_bind()
    conn.execute(sa.text(
        "INSERT INTO library_import_batch (id, file_name, created_at, actor, titles, copies, undone_at) "
        "SELECT b.id, b.file_name, b.created_at, b.actor, b.inserted, "
        "(SELECT count(*) FROM library_copy c WHERE c.batch_id = b.id), b.undone_at "
        "FROM import_batch b WHERE b.kind = 'library'"))
    conn.execute(sa.text("DELETE FROM import_batch WHERE kind = 'library'"))
    with op.batch_alter_table('import_batch', schema=None) as batch_op:
        batch_op.drop_column('kind')
    op.drop_table('library_room')
