"""calibration rounds and cases

Calibration rounds (a name and a date) and the reviews a quality lead marked as calibration cases,
each in a round (issue 18 items 5, 7, 8). The reference answer and the reviewers' calibration reviews
are reviews (kind 'reference' and 'calibration') whose parent is the case.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'calibration_round',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('held_on', sa.Date(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_calibration_round')),
        sa.UniqueConstraint('name', name=op.f('uq_calibration_round_name')),
    )
    op.create_table(
        'calibration_case',
        sa.Column('review_id', sa.String(length=36), nullable=False),
        sa.Column('round_id', sa.String(length=36), nullable=False),
        sa.Column('marked_at', sa.DateTime(), nullable=False),
        sa.Column('marked_by', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_calibration_case_review_id_review'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['round_id'], ['calibration_round.id'],
                                name=op.f('fk_calibration_case_round_id_calibration_round')),
        sa.PrimaryKeyConstraint('review_id', name=op.f('pk_calibration_case')),
    )
    op.create_index(op.f('ix_calibration_case_round_id'), 'calibration_case', ['round_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_calibration_case_round_id'), table_name='calibration_case')
    op.drop_table('calibration_case')
    op.drop_table('calibration_round')
