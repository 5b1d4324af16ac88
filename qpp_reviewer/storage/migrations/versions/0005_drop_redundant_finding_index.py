"""drop finding's review_id index (the unique (review_id, criterion_id) index serves it)

Every finding row kept three b-trees up to date; collation inserts tens of
thousands at a time, and the third index answered nothing the unique
constraint's index does not: SQLite and PostgreSQL both use its leading column.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.drop_index('ix_finding_review_id')


def downgrade() -> None:
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.create_index('ix_finding_review_id', ['review_id'], unique=False)
