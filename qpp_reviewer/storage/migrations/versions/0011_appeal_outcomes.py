"""appeal outcomes

The appeal and PARU outcomes of cases, imported from case lists, with their history (issue 20):
matched to reviewed decisions by case reference when figures are made.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'appeal_outcome',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('case_reference', sa.String(length=64), nullable=False),
        sa.Column('case_key', sa.String(length=64), nullable=False),
        sa.Column('outcome', sa.String(length=16), nullable=False),
        sa.Column('outcome_date', sa.Date(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('source_file', sa.String(length=260), nullable=False),
        sa.Column('source_sha256', sa.String(length=64), nullable=False),
        sa.Column('source_row', sa.Integer(), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.Column('imported_by', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('case_key', 'outcome', 'outcome_date', name='uq_appeal_outcome'),
    )
    op.create_index(op.f('ix_appeal_outcome_case_key'), 'appeal_outcome', ['case_key'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_appeal_outcome_case_key'), table_name='appeal_outcome')
    op.drop_table('appeal_outcome')
