"""full-text search: FTS5 external-content tables with triggers on SQLite, GIN tsvector indexes on PostgreSQL

Revision ID: 0002
Revises: 0001
Create Date: 2025-11-30
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# table -> its searchable columns; the lemmas column holds the text's lemmas (FTS5 has no Russian stemmer)
COLUMNS = {"documents": ("title", "text", "lemmas"), "quotes": ("text", "lemmas"), "commitments": ("text", "lemmas")}


def _sqlite_up(table: str, cols: tuple[str, ...]) -> None:
    names = ", ".join(cols)
    new = ", ".join(f"new.{c}" for c in cols)
    old = ", ".join(f"old.{c}" for c in cols)
    fts = f"{table}_fts"
    op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', content_rowid='id', "
               "tokenize='unicode61 remove_diacritics 2')")
    insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END")
    op.execute(f"CREATE TRIGGER {fts}_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END")
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _pg_vector(cols: tuple[str, ...]) -> str:
    return "to_tsvector('russian', " + " || ' ' || ".join(f"coalesce({c}, '')" for c in cols) + ")"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, cols in COLUMNS.items():
        if dialect == "sqlite":
            _sqlite_up(table, cols)
        elif dialect == "postgresql":
            op.execute(f"CREATE INDEX ix_{table}_tsv ON {table} USING gin (({_pg_vector(cols)}))")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in COLUMNS:
        if dialect == "sqlite":
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        elif dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_tsv")
