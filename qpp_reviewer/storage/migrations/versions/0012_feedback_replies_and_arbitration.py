"""feedback replies and arbitration

When a review's feedback was issued and its reply window, the decision maker's reply on each
finding (accept or dispute) and the arbitration of each dispute (issue 18 items 1-3).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'feedback_issue',
        sa.Column('review_id', sa.String(length=36), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.Column('issued_at', sa.DateTime(), nullable=False),
        sa.Column('issued_by', sa.String(length=100), nullable=False),
        sa.Column('days', sa.Integer(), nullable=False),
        sa.Column('workbook_id', sa.String(length=36), nullable=True),
        sa.Column('workbook_checksum', sa.String(length=64), nullable=True),
        sa.Column('referred_to', sa.String(length=100), nullable=True),
        sa.Column('referred_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['review_id'], ['review.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('review_id'),
    )
    op.create_table(
        'feedback_reply',
        sa.Column('review_id', sa.String(length=36), nullable=False),
        sa.Column('criterion_id', sa.String(length=20), nullable=False),
        sa.Column('verdict', sa.String(length=10), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('finding', sa.String(length=20), nullable=True),
        sa.Column('entered_by', sa.String(length=100), nullable=False),
        sa.Column('entered_at', sa.DateTime(), nullable=False),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.Column('decision', sa.String(length=10), nullable=True),
        sa.Column('decision_severity', sa.String(length=20), nullable=True),
        sa.Column('decision_reason', sa.Text(), nullable=False),
        sa.Column('decided_by', sa.String(length=100), nullable=True),
        sa.Column('decided_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['review_id'], ['review.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('review_id', 'criterion_id'),
    )


def downgrade() -> None:
    op.drop_table('feedback_reply')
    op.drop_table('feedback_issue')
