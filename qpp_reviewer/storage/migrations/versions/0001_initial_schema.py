"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 14:59:47.162559
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('checklist_template',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('product', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', 'version', name=op.f('pk_checklist_template'))
    )
    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit')),
    sa.UniqueConstraint('name', name=op.f('uq_unit_name'))
    )
    op.create_table('criterion',
    sa.Column('template_id', sa.String(length=64), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.String(length=32), nullable=False),
    sa.Column('section_title', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('guidance', sa.Text(), nullable=False),
    sa.Column('special_policy', sa.String(length=20), nullable=True),
    sa.Column('applies_to', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['template_id', 'template_version'], ['checklist_template.id', 'checklist_template.version'], name='fk_criterion_template'),
    sa.PrimaryKeyConstraint('template_id', 'template_version', 'id', name=op.f('pk_criterion'))
    )
    op.create_table('review',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_reference', sa.String(length=64), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('product', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('product_date', sa.Date(), nullable=False),
    sa.Column('decision_maker', sa.String(length=64), nullable=False),
    sa.Column('stream', sa.String(length=20), nullable=False),
    sa.Column('reviewer', sa.String(length=100), nullable=False),
    sa.Column('template_id', sa.String(length=64), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('outcome_judgement', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('band', sa.String(length=3), nullable=True),
    sa.Column('band_reason', sa.Text(), nullable=False),
    sa.Column('n_no_error', sa.Integer(), nullable=False),
    sa.Column('n_minor', sa.Integer(), nullable=False),
    sa.Column('n_significant', sa.Integer(), nullable=False),
    sa.Column('n_fail', sa.Integer(), nullable=False),
    sa.Column('n_not_applicable', sa.Integer(), nullable=False),
    sa.Column('n_unanswered', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['template_id', 'template_version'], ['checklist_template.id', 'checklist_template.version'], name='fk_review_template'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_review_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review'))
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_case_reference'), ['case_reference'], unique=False)

    op.create_table('finding',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('review_id', sa.String(length=36), nullable=False),
    sa.Column('criterion_id', sa.String(length=32), nullable=False),
    sa.Column('severity', sa.String(length=20), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_finding_review_id_review'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_finding')),
    sa.UniqueConstraint('review_id', 'criterion_id', name='uq_finding_criterion')
    )
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finding_review_id'), ['review_id'], unique=False)

    op.create_table('review_event',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('review_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('by', sa.String(length=100), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_review_event_review_id_review'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_event'))
    )
    with op.batch_alter_table('review_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_event_review_id'), ['review_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('review_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_event_review_id'))

    op.drop_table('review_event')
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_finding_review_id'))

    op.drop_table('finding')
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_case_reference'))

    op.drop_table('review')
    op.drop_table('criterion')
    op.drop_table('unit')
    op.drop_table('checklist_template')
