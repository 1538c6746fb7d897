"""Opening the store: resolve the URL, connect, apply the packaged Alembic migrations, hand out sessions.

>>> import tempfile, os
>>> with open_store(os.path.join(tempfile.mkdtemp(), "r.db")) as store:
...     store.dialect, store.revision()
('sqlite', '0006')
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from readout.store.engine import StoreError, create_engine, resolve_url

MIGRATIONS = Path(__file__).with_name("migrations")
WRITE_LOCK = 7260418  # PostgreSQL advisory lock taken by every write transaction (migrations take 7260417)


class Store:
    """A connected, migrated store. ``session()`` reads; ``write()`` is one transaction that waits its turn."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def name(self) -> str:
        """The URL without its password, for messages."""
        return make_url(self.url).render_as_string(hide_password=True)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction, committed on success. Writers take turns: ``BEGIN IMMEDIATE`` on
        SQLite, a transaction-level advisory lock on PostgreSQL (without it two ingests rebuilding the threads at
        once collide on the threads' ids; two documents naming the same people in another order could deadlock)."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(readout_write=True)
            with conn.begin():
                if self.dialect == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
                with Session(bind=conn, expire_on_commit=False) as s:
                    yield s
                    s.commit()  # flushes; the outer transaction commits when this block ends

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(db: str | None = None, *, migrate: bool = True) -> Store:
    """Open the store at ``db`` (a URL or a SQLite path; default: ``READOUT_DB`` or the user's data folder).

    Raises :class:`StoreError` with a one-line message when the URL is bad or the server cannot be reached.
    """
    url = resolve_url(db)
    engine = create_engine(url)
    store = Store(url, engine)
    try:
        if migrate:
            _migrate(store)
        else:
            with engine.connect():
                pass
    except (OperationalError, DBAPIError) as e:
        engine.dispose()
        raise StoreError(f"database {store.name}: cannot open: {_first_line(e)}") from None
    return store


def _first_line(e: DBAPIError) -> str:
    msg = str(getattr(e, "orig", None) or e).strip()
    return msg.splitlines()[0] if msg else type(e).__name__


def _migrate(store: Store) -> None:
    """Bring the schema to the newest revision; concurrent openers wait for each other."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.connect() as conn:
        conn = conn.execution_options(readout_write=True)
        with conn.begin():
            if store.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(7260417)"))
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
