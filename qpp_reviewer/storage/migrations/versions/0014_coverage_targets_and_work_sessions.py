"""coverage targets and work sessions

The population of decisions and interviews made per unit and month and the sampling targets
(coverage against targets), and the active time of each work session on a review (issue 20
items 3 and 4).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'coverage_population',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('unit', sa.String(length=100), nullable=False),
        sa.Column('product', sa.String(length=20), nullable=False),
        sa.Column('month', sa.String(length=7), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=260), nullable=False),
        sa.Column('set_at', sa.DateTime(), nullable=False),
        sa.Column('set_by', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_coverage_population')),
        sa.UniqueConstraint('unit', 'product', 'month', name='uq_coverage_population'),
    )
    op.create_table(
        'coverage_target',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('value', sa.Float(), nullable=False),
        sa.Column('set_at', sa.DateTime(), nullable=False),
        sa.Column('set_by', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_coverage_target')),
    )
    op.create_table(
        'work_session',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('review_id', sa.String(length=36), nullable=False),
        sa.Column('reviewer', sa.String(length=100), nullable=False),
        sa.Column('started_at', sa.DateTime(), nullable=False),
        sa.Column('active_seconds', sa.Integer(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_work_session_review_id_review'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_work_session')),
    )
    op.create_index(op.f('ix_work_session_review_id'), 'work_session', ['review_id'], unique=False)
    op.create_index('ix_work_session_time', 'work_session', ['review_id', 'reviewer', 'active_seconds'], unique=False)
    op.create_index('ix_review_coverage', 'review', ['unit_id', 'product', 'stream', 'product_date', 'status', 'kind',
                                                     'superseded_by'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_review_coverage', table_name='review')
    op.drop_index('ix_work_session_time', table_name='work_session')
    op.drop_index(op.f('ix_work_session_review_id'), table_name='work_session')
    op.drop_table('work_session')
    op.drop_table('coverage_target')
    op.drop_table('coverage_population')
