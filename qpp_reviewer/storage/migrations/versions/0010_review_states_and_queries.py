"""review states and queries

At the centre, the state a quality lead gives each collated review (received, has issues, approved)
and the queries raised on reviews or findings for their reviewers; on a laptop, the states and
queries the centre sent (issue 17 items 3 and 4).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'review_state',
        sa.Column('review_id', sa.String(length=36), nullable=False),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('set_by', sa.String(length=100), nullable=False),
        sa.Column('set_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['review_id'], ['review.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('review_id'),
    )
    op.create_index(op.f('ix_review_state_state'), 'review_state', ['state'], unique=False)
    op.create_table(
        'review_query',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('review_id', sa.String(length=36), nullable=False),
        sa.Column('criterion_id', sa.String(length=20), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('raised_by', sa.String(length=100), nullable=False),
        sa.Column('raised_at', sa.DateTime(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('answer', sa.Text(), nullable=False),
        sa.Column('answered_by', sa.String(length=100), nullable=True),
        sa.Column('answered_at', sa.DateTime(), nullable=True),
        sa.Column('closed_by', sa.String(length=100), nullable=True),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('close_note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['review_id'], ['review.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_review_query_review_id'), 'review_query', ['review_id'], unique=False)
    op.create_index(op.f('ix_review_query_status'), 'review_query', ['status'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_review_query_status'), table_name='review_query')
    op.drop_index(op.f('ix_review_query_review_id'), table_name='review_query')
    op.drop_table('review_query')
    op.drop_index(op.f('ix_review_state_state'), table_name='review_state')
    op.drop_table('review_state')
