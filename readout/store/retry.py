"""One transaction, tried again when the database connection is lost (a PostgreSQL server restarted under a long
ingest); any other database error becomes a one-line :class:`~readout.store.StoreError` naming the database and
what was being done ("database kb.db: storing a.txt: database or disk is full").

Every document is stored in one transaction, so a retried or failed store leaves no half-written document.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError

from readout.store.engine import StoreError

T = TypeVar("T")
ATTEMPTS = 6
PAUSE_S = 0.25  # doubled after each failed attempt: about 8 s in all, time for a server to come back


def transaction(store, action: Callable[[], T], what: str, *, attempts: int | None = None,
                pause: float | None = None) -> T:
    """``action()``, again on a fresh connection after a lost one; :class:`StoreError` when it cannot be done."""
    attempts = ATTEMPTS if attempts is None else attempts
    pause = PAUSE_S if pause is None else pause
    for attempt in range(attempts):
        try:
            return action()
        except DBAPIError as error:
            if _lost(store, error) and attempt + 1 < attempts:
                store.engine.dispose()  # drop every pooled connection to the old server
                time.sleep(pause * 2**attempt)
                continue
            raise StoreError(f"database {store.name}: {what}: {first_line(error)}") from None
    raise AssertionError("unreachable")  # pragma: no cover


def _lost(store, error: DBAPIError) -> bool:
    """A lost or refused connection to a server; never a SQLite error (disk full, read-only, corrupt)."""
    return store.dialect == "postgresql" and (error.connection_invalidated or isinstance(error, OperationalError))


def first_line(error: BaseException) -> str:
    """The first line of the driver's message (SQLAlchemy appends the statement and a link)."""
    message = str(getattr(error, "orig", None) or error).strip()
    return message.splitlines()[0] if message else type(error).__name__
