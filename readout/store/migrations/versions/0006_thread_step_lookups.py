"""thread steps found by thread and position, or by thread and document, through an index, so that filing a
commitment reads a thread's first and latest steps without scanning the others

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_thread_steps_thread_position", "thread_steps", ["thread_id", "position"])
    op.create_index("ix_thread_steps_thread_document", "thread_steps", ["thread_id", "document_id"])


def downgrade() -> None:
    op.drop_index("ix_thread_steps_thread_document", "thread_steps")
    op.drop_index("ix_thread_steps_thread_position", "thread_steps")
