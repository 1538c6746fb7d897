"""Where the store lives and how to connect to it.

The default is one SQLite file in the user's data folder; ``--db URL`` or ``READOUT_DB`` choose another SQLite
file or a PostgreSQL server (``postgresql+psycopg://user@host/db``, with the ``postgres`` extra installed).

>>> default_url({"XDG_DATA_HOME": "/data"})
'sqlite:////data/readout/readout.db'
>>> resolve_url("store.db", {})
'sqlite:///store.db'
>>> try:
...     resolve_url("mysql://x/y", {})
... except StoreError as e:
...     print(e)
database URL 'mysql://x/y': unsupported; use a SQLite path, sqlite:///FILE or postgresql+psycopg://USER@HOST/DB
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError

BUSY_TIMEOUT_MS = 60_000


class StoreError(RuntimeError):
    """The store cannot be opened or used: the message is one line naming the database and the problem."""


def default_url(environ: Mapping[str, str] | None = None) -> str:
    """``$XDG_DATA_HOME/readout/readout.db``, else ``~/.local/share/readout/readout.db``."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return f"sqlite:///{Path(base) / 'readout' / 'readout.db'}"


def resolve_url(db: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The URL to use: ``db`` if given, else ``READOUT_DB``, else the default; a bare path means SQLite."""
    env = os.environ if environ is None else environ
    url = db or env.get("READOUT_DB") or default_url(env)
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"database URL {_safe(url)!r}: cannot be parsed") from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"database URL {_safe(url)!r}: unsupported; use a SQLite path, sqlite:///FILE or "
                         "postgresql+psycopg://USER@HOST/DB")
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() not in ("psycopg",):
        raise StoreError(f"database URL {_safe(url)!r}: use the psycopg driver (postgresql+psycopg://…)")
    return url


def _safe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def create_engine(url: str) -> Engine:
    """An engine for ``url`` (already resolved); SQLite gets WAL, a busy timeout and ``BEGIN IMMEDIATE``."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise StoreError("PostgreSQL needs the psycopg driver: pip install 'readout[postgres]'") from None
        return sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    if parsed.database and parsed.database != ":memory:":
        folder = Path(parsed.database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"database {parsed.database}: cannot create folder {folder}: {e.strerror}") from None
    engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _sqlite_pragmas(engine)
    return engine


def _sqlite_pragmas(engine: Engine) -> None:
    """WAL, foreign keys, a busy timeout; write transactions (execution option ``readout_write``) start with
    ``BEGIN IMMEDIATE`` so concurrent writers wait for each other instead of failing with "database is locked"."""

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every SQLite test
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _wal(cur)
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn):  # pragma: no cover - exercised by every SQLite test
        write = conn.get_execution_options().get("readout_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _wal(cur) -> None:
    """Switch to WAL. While another process creates or converts the same new file, SQLite may answer "database is
    locked" at once, without its busy handler: wait and try again, up to the busy timeout."""
    import sqlite3
    import time

    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
