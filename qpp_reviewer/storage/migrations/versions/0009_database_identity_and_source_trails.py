"""database identity and source trails

Each database's own id, carried in every export, and at the centre the longest trail collated from
each source database (issue 16 item 4): a later export whose trail does not begin with it was
rewritten, and is refused.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'database_identity',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'source_trail',
        sa.Column('database_id', sa.String(length=36), nullable=False),
        sa.Column('exported_by', sa.String(length=100), nullable=False),
        sa.Column('source', sa.String(length=260), nullable=False),
        sa.Column('entries', sa.Integer(), nullable=False),
        sa.Column('head', sa.String(length=64), nullable=False),
        sa.Column('file_name', sa.String(length=260), nullable=False),
        sa.Column('file_sha256', sa.String(length=64), nullable=False),
        sa.Column('seen_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('database_id'),
    )


def downgrade() -> None:
    op.drop_table('source_trail')
    op.drop_table('database_identity')
