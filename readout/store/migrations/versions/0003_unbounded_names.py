"""names and ids of any length: an organisation's canonical name can run past 100 characters

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

SQLite does not enforce VARCHAR lengths, so only PostgreSQL needs the change.
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (table, column, old length)
COLUMNS = [
    ("entities", "key", 300),
    ("entities", "role", 100),
    ("document_entities", "local_id", 100),
    ("documents", "doc_id", 200),
    ("documents", "publisher", 200),
    ("documents", "license", 100),
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, _ in COLUMNS:
        op.alter_column(table, column, type_=sa.Text())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, length in COLUMNS:
        op.alter_column(table, column, type_=sa.String(length))
