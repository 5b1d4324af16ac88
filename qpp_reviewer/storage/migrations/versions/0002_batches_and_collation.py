"""batches and collation

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:11:13.536597
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('batch',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('signed_off_at', sa.DateTime(), nullable=True),
    sa.Column('signed_off_by', sa.String(length=100), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_batch')),
    sa.UniqueConstraint('name', name=op.f('uq_batch_name'))
    )
    op.create_table('collation_run',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('files_read', sa.Integer(), nullable=False),
    sa.Column('files_rejected', sa.Integer(), nullable=False),
    sa.Column('added', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('conflicts', sa.Integer(), nullable=False),
    sa.Column('discrepancies', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_collation_run'))
    )
    op.create_table('collation_note',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('review_id', sa.String(length=36), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['collation_run.id'], name=op.f('fk_collation_note_run_id_collation_run'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_collation_note'))
    )
    with op.batch_alter_table('collation_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_collation_note_review_id'), ['review_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_collation_note_run_id'), ['run_id'], unique=False)

    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.add_column(sa.Column('batch_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('source_file', sa.String(length=260), nullable=True))
        batch_op.add_column(sa.Column('imported_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_review_batch_id'), ['batch_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_review_batch_id_batch'), 'batch', ['batch_id'], ['id'], ondelete='SET NULL')



def downgrade() -> None:
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_review_batch_id_batch'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_review_batch_id'))
        batch_op.drop_column('imported_at')
        batch_op.drop_column('source_file')
        batch_op.drop_column('batch_id')

    with op.batch_alter_table('collation_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_collation_note_run_id'))
        batch_op.drop_index(batch_op.f('ix_collation_note_review_id'))

    op.drop_table('collation_note')
    op.drop_table('collation_run')
    op.drop_table('batch')
