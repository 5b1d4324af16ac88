"""reviewers, second reviews and audit trail

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 15:48:50.079175
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('review_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('old', sa.Text(), nullable=False),
    sa.Column('new', sa.Text(), nullable=False),
    sa.Column('payload_sha256', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_review_id'), ['review_id'], unique=False)

    op.create_table('reviewer_profile',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviewer_profile')),
    sa.UniqueConstraint('name', name=op.f('uq_reviewer_profile_name'))
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('parent_review_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('superseded_by', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_review_parent_review_id'), ['parent_review_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_parent_review_id'))
        batch_op.drop_column('superseded_by')
        batch_op.drop_column('parent_review_id')
        batch_op.drop_column('kind')

    op.drop_table('reviewer_profile')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_review_id'))

    op.drop_table('audit_entry')
