"""enrolled reviewer keys

The centre's registry of reviewers' public signing keys (issue 16): a workbook is collated only
when its signer's key is enrolled here and not revoked.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'enrolled_key',
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('fingerprint', sa.String(length=40), nullable=False),
        sa.Column('reviewer', sa.String(length=100), nullable=False),
        sa.Column('enrolled_at', sa.DateTime(), nullable=False),
        sa.Column('enrolled_by', sa.String(length=100), nullable=False),
        sa.Column('how', sa.String(length=20), nullable=False),
        sa.Column('revoked_at', sa.DateTime(), nullable=True),
        sa.Column('revoked_by', sa.String(length=100), nullable=True),
        sa.Column('revoke_reason', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('public_key'),
    )
    with op.batch_alter_table('enrolled_key', schema=None) as batch_op:
        batch_op.create_index('ix_enrolled_key_reviewer', ['reviewer'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('enrolled_key', schema=None) as batch_op:
        batch_op.drop_index('ix_enrolled_key_reviewer')
    op.drop_table('enrolled_key')
