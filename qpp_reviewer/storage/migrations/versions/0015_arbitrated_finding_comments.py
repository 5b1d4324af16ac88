"""arbitrated finding comments

The comment of a disputed finding as it stood when it was arbitrated, and the comment an amending
arbitrator gave it, so that a re-issued feedback sheet shows the original finding beside the new one
(issue 18 item 2).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('feedback_reply', sa.Column('original_comment', sa.Text(), nullable=True))
    op.add_column('feedback_reply', sa.Column('decision_comment', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('feedback_reply') as batch:
        batch.drop_column('decision_comment')
        batch.drop_column('original_comment')
