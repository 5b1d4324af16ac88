"""sampling rounds and sampled cases

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 15:47:42.843828
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sampling_round',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('batch_id', sa.String(length=36), nullable=True),
    sa.Column('batch_name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('stream', sa.String(length=20), nullable=False),
    sa.Column('population_file', sa.String(length=260), nullable=False),
    sa.Column('population_sha256', sa.String(length=64), nullable=False),
    sa.Column('population_digest', sa.String(length=64), nullable=False),
    sa.Column('population_size', sa.Integer(), nullable=False),
    sa.Column('excluded_count', sa.Integer(), nullable=False),
    sa.Column('eligible_size', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=40), nullable=False),
    sa.Column('strata_by', sa.String(length=40), nullable=False),
    sa.Column('rate', sa.Float(), nullable=True),
    sa.Column('requested_size', sa.Integer(), nullable=True),
    sa.Column('min_per_stratum', sa.Integer(), nullable=False),
    sa.Column('sample_size', sa.Integer(), nullable=False),
    sa.Column('seed', sa.BigInteger(), nullable=False),
    sa.Column('algorithm', sa.String(length=40), nullable=False),
    sa.Column('columns', sa.Text(), nullable=False),
    sa.Column('strata', sa.Text(), nullable=False),
    sa.Column('excluded', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('app_version', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['batch.id'], name=op.f('fk_sampling_round_batch_id_batch'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sampling_round'))
    )
    with op.batch_alter_table('sampling_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sampling_round_batch_id'), ['batch_id'], unique=False)

    op.create_table('sampled_case',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('round_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('case_reference', sa.String(length=64), nullable=False),
    sa.Column('unit', sa.String(length=100), nullable=False),
    sa.Column('product', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('product_date', sa.Date(), nullable=False),
    sa.Column('decision_maker', sa.String(length=64), nullable=True),
    sa.Column('stratum', sa.String(length=200), nullable=False),
    sa.Column('source_row', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.String(length=36), nullable=True),
    sa.Column('skipped_at', sa.DateTime(), nullable=True),
    sa.Column('skipped_by', sa.String(length=100), nullable=True),
    sa.Column('skip_reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_sampled_case_review_id_review'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['round_id'], ['sampling_round.id'], name=op.f('fk_sampled_case_round_id_sampling_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sampled_case')),
    sa.UniqueConstraint('round_id', 'case_reference', 'product', name='uq_sampled_case_round_case')
    )
    with op.batch_alter_table('sampled_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sampled_case_case_reference'), ['case_reference'], unique=False)
        batch_op.create_index(batch_op.f('ix_sampled_case_review_id'), ['review_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sampled_case_round_id'), ['round_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sampled_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sampled_case_round_id'))
        batch_op.drop_index(batch_op.f('ix_sampled_case_review_id'))
        batch_op.drop_index(batch_op.f('ix_sampled_case_case_reference'))

    op.drop_table('sampled_case')
    with op.batch_alter_table('sampling_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sampling_round_batch_id'))

    op.drop_table('sampling_round')
