"""case documents and evidence

The documents attached to a review (name, SHA-256, size, pages, kind, origin, an optional private
copy kept as a blob in the database) and the evidence of each finding: a document's passage or box,
its page, quote and position (issue 19).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'case_document',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('review_id', sa.String(length=36), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('byte_size', sa.BigInteger(), nullable=False),
        sa.Column('page_count', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('origin', sa.Text(), nullable=False),
        sa.Column('attached_at', sa.DateTime(), nullable=False),
        sa.Column('attached_by', sa.String(length=100), nullable=False),
        sa.Column('copy', sa.LargeBinary(), nullable=True),
        sa.Column('has_copy', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_case_document_review_id_review'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_case_document')),
        sa.UniqueConstraint('review_id', 'sha256', name='uq_case_document_sha'),
    )
    op.create_table(
        'evidence',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('review_id', sa.String(length=36), nullable=False),
        sa.Column('criterion_id', sa.String(length=32), nullable=False),
        sa.Column('document_sha256', sa.String(length=64), nullable=False),
        sa.Column('document_name', sa.String(length=255), nullable=False),
        sa.Column('page', sa.Integer(), nullable=False),
        sa.Column('quote', sa.Text(), nullable=False),
        sa.Column('rects', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_evidence_review_id_review'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence')),
    )
    op.create_index('ix_evidence_review_criterion', 'evidence', ['review_id', 'criterion_id'])


def downgrade() -> None:
    op.drop_index('ix_evidence_review_criterion', table_name='evidence')
    op.drop_table('evidence')
    op.drop_table('case_document')
