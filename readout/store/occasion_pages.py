"""Read-only occasion lookups the web pages need beyond :mod:`readout.store.occasion_lists`: the occasions one
entity (a person, an organisation) takes part in, found by its id rather than by a typed name.

>>> import os, tempfile
>>> from readout.store import open_store
>>> with open_store(os.path.join(tempfile.mkdtemp(), "kb.db")) as store, store.session() as s:
...     occasions_of(s, 1)
[]
"""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import schema as t
from readout.store.occasion_lists import occasion_dict


def occasions_of(session: Session, entity_id: int, limit: int = 100) -> list[dict]:
    """Occasions where entity ``entity_id`` takes part in an event of one of the reports, newest first; each item
    is :func:`~readout.store.occasion_lists.occasion_dict`."""
    o, r, e, p = t.OccasionRow, t.OccasionReportRow, t.EventRow, t.EventParticipantRow
    taking_part = (sa.select(r.occasion_id)
                   .join(e, sa.and_(e.document_id == r.document_id, e.status == r.status))
                   .join(p, p.event_id == e.id).where(p.entity_id == entity_id))
    rows = session.scalars(sa.select(o).where(o.id.in_(taking_part))
                           .order_by(o.date.desc(), o.id.desc()).limit(limit)).all()
    return [occasion_dict(session, row) for row in rows]
