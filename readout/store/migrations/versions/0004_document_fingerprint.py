"""one document once: a fingerprint of each document's words, and an index on its URL, to find copies

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

Documents stored before this revision get their fingerprint here (the same function that new documents use).
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from readout.store.write import fingerprint_of

    with op.batch_alter_table("documents") as batch_op:
        batch_op.add_column(sa.Column("fingerprint", sa.String(length=64), nullable=True))
        batch_op.create_index("ix_documents_fingerprint", ["fingerprint"], unique=False)
        batch_op.create_index("ix_documents_url", ["url"], unique=False)
    bind = op.get_bind()
    documents = sa.table("documents", sa.column("id", sa.Integer), sa.column("text", sa.Text),
                         sa.column("fingerprint", sa.String))
    rows = bind.execute(sa.select(documents.c.id, documents.c.text)).all()
    for row in rows:
        bind.execute(documents.update().where(documents.c.id == row.id).values(fingerprint=fingerprint_of(row.text)))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch_op:
        batch_op.drop_index("ix_documents_url")
        batch_op.drop_index("ix_documents_fingerprint")
        batch_op.drop_column("fingerprint")
