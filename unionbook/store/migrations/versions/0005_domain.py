"""domain review 2026-11: member fields the forms and checks need, employee figures per employer

Members: 证件类型, 户籍所在地, 籍贯, 技能等级, 就业状况, 劳模级别, 原会籍 (一次入会), the 新就业形态 flag, the
declaration that the member is a close relative of the employer's principal head (工会法 第十条), and whether
the member handles the union's money (not on the 经审会). Employers: women and migrant employees, and
whether the employer has a union (组建率). See docs/domain.md.

Revision ID: 0005_domain
Revises: 0003
Create Date: 2026-11-25 20:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005_domain'
down_revision = '0003'
branch_labels = None
depends_on = None

MEMBER_TEXT = {
    'id_type': ("居民身份证", 20), 'household_place': ("", 200), 'native_place': ("", 100),
    'skill_level': ("", 50), 'employment_status': ("", 20), 'model_worker_level': ("", 20),
    'previous_union': ("", 200),
}
MEMBER_FLAGS = ('new_forms', 'employer_head_relative', 'finance_staff')


# Plain ADD COLUMN (not a batch copy): the member table carries the search triggers and foreign keys.


def upgrade() -> None:
    for name, (default, length) in MEMBER_TEXT.items():
        op.add_column('member', sa.Column(name, sa.String(length=length), nullable=False, server_default=default))
    for name in MEMBER_FLAGS:
        op.add_column('member', sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('employer', sa.Column('women_employees', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('employer', sa.Column('migrant_employees', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('employer', sa.Column('unionised', sa.Boolean(), nullable=False, server_default=sa.true()))
    # 网约车司机 is a 新就业形态 worker, not one of the 八大群体: move the old value to the flag
    op.execute("UPDATE member SET new_forms = 1, group_name = '' WHERE group_name = '网约车司机'")


def downgrade() -> None:
    op.execute("UPDATE member SET group_name = '网约车司机' WHERE new_forms = 1 AND group_name = ''")
    for name in ('unionised', 'migrant_employees', 'women_employees'):
        op.drop_column('employer', name)
    for name in (*MEMBER_FLAGS, *MEMBER_TEXT):
        op.drop_column('member', name)
