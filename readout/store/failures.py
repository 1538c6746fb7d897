"""Inputs that could not be read or extracted: listed by ``readout failures``, forgotten when the same input is
later stored, or all at once with ``readout failures --clear``.

>>> import os, tempfile
>>> from readout.store import open_store
>>> from readout.store.write import record_failure
>>> with open_store(os.path.join(tempfile.mkdtemp(), "kb.db")) as store:
...     with store.write() as s:
...         record_failure(s, "https://example.org/a", "empty input")
...     with store.session() as s:
...         print([row["problem"] for row in list_failures(s)])
...     with store.write() as s:
...         print(clear_failures(s))
['empty input']
1
"""
from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from readout.store import schema as t


def list_failures(session: Session) -> list[dict]:
    """Every recorded failure, oldest first: ``source``, ``problem``, ``time`` (UTC, to the second)."""
    rows = session.scalars(select(t.FailureRow).order_by(t.FailureRow.time, t.FailureRow.id))
    return [{"source": r.source, "problem": r.problem, "time": r.time.isoformat(sep=" ", timespec="seconds")}
            for r in rows]


def clear_failures(session: Session) -> int:
    """Forget every recorded failure; how many there were."""
    count = session.scalar(select(func.count()).select_from(t.FailureRow)) or 0
    session.execute(delete(t.FailureRow))
    return count
