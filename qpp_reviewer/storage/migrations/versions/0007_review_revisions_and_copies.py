"""review revisions and copies

The centre keeps, for each collated review, the trail of the copy it holds and every other copy it
has seen (superseded revisions, diverged copies awaiting a quality lead's choice, copies set aside by
that choice) (issue 17).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'review_trail',
        sa.Column('review_id', sa.String(length=36), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('head', sa.String(length=64), nullable=False),
        sa.Column('digests', sa.Text(), nullable=False),
        sa.Column('conflict', sa.Boolean(), nullable=False),
        sa.Column('decided_head', sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(['review_id'], ['review.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('review_id'),
    )
    op.create_table(
        'review_copy',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('review_id', sa.String(length=36), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('head', sa.String(length=64), nullable=False),
        sa.Column('digests', sa.Text(), nullable=False),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('content', sa.Text(), nullable=False),
        sa.Column('file_name', sa.String(length=260), nullable=False),
        sa.Column('file_sha256', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['review_id'], ['review.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('review_id', 'head', name='uq_review_copy_head'),
    )
    with op.batch_alter_table('review_copy', schema=None) as batch_op:
        batch_op.create_index('ix_review_copy_review_id', ['review_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('review_copy', schema=None) as batch_op:
        batch_op.drop_index('ix_review_copy_review_id')
    op.drop_table('review_copy')
    op.drop_table('review_trail')
