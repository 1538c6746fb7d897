"""occasions (one meeting, call or visit across its reports) and the keys that let a new document or commitment
find the occasions and threads it can join without reading the rest

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

Documents stored before this revision get their occasions here, and their threads are rebuilt with the rules of
readout/store/threads.py (joined by meaning), so an old store answers as a new one would.
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "occasions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("end_date", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("kinds", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("countries", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_occasions_date", "occasions", ["date"])
    op.create_table(
        "occasion_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occasion_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("kinds", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("countries", sa.Text(), nullable=False),
        sa.Column("title_keys", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["occasion_id"], ["occasions.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_occasion_reports_occasion_id", "occasion_reports", ["occasion_id"])
    op.create_index("ix_occasion_reports_document_id", "occasion_reports", ["document_id"])
    op.create_table(
        "occasion_keys",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["occasion_reports.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("report_id", "country"))
    op.create_index("ix_occasion_keys_country_date", "occasion_keys", ["country", "date"])
    op.create_table(
        "thread_keys",
        sa.Column("thread_id", sa.Integer(), nullable=False),
        sa.Column("parties", sa.String(length=200), nullable=False),
        sa.Column("word", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["thread_id"], ["threads.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("thread_id", "word"))
    op.create_index("ix_thread_keys_parties_word", "thread_keys", ["parties", "word"])
    op.create_index("ix_thread_steps_commitment_id", "thread_steps", ["commitment_id"])
    _backfill()


def _backfill() -> None:
    from sqlalchemy.orm import Session

    from readout.store.occasions import rebuild_occasions
    from readout.store.threads import rebuild_threads

    session = Session(bind=op.get_bind())
    if session.execute(sa.text("SELECT count(*) FROM documents")).scalar():
        rebuild_occasions(session)
        rebuild_threads(session)
    session.flush()


def downgrade() -> None:
    op.drop_index("ix_thread_steps_commitment_id", table_name="thread_steps")
    op.drop_table("thread_keys")
    op.drop_table("occasion_keys")
    op.drop_table("occasion_reports")
    op.drop_table("occasions")
