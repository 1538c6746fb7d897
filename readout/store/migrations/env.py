"""Alembic environment: run with the connection that ``readout.store.migrate`` hands over (no alembic.ini)."""
from __future__ import annotations

from alembic import context

from readout.store.schema import Base


def run(config) -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through readout.store.open_store(), which passes a connection")
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


_config = getattr(context, "config", None)  # None when imported outside Alembic (pytest --doctest-modules)
if _config is not None:
    run(_config)
