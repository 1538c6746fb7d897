"""Occasions as the CLI, the API and the pages list them: one item per occasion, with every report of it.

>>> import os, tempfile
>>> from readout.store import open_store
>>> with open_store(os.path.join(tempfile.mkdtemp(), "kb.db")) as store, store.session() as s:
...     meetings(s, countries=["RU", "VE"]).total, occasion(s, 1)
(0, None)
"""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import filters as f
from readout.store import schema as t
from readout.store.search import person_entities


def meetings(session: Session, *, countries=(), person: str | None = None, since: str | None = None,
             until: str | None = None, kind: str | None = None, status: str | None = None, limit: int = 50,
             offset: int = 0):
    """Occasions whose states include every country of ``countries``, with ``person`` taking part, overlapping
    ``since``…``until``, of ``kind``, ``held`` or ``planned``; newest first. Each item is :func:`occasion_dict`."""
    from readout.store.paging import Listing, count, has_word, overlapping, checked_page

    codes = f.countries(countries)
    since, until = f.span(since, until)
    kind = f.event_kind(kind)
    status = f.choice(status, ("held", "planned"), "status")
    limit, offset = checked_page(limit, offset)
    o, r = t.OccasionRow, t.OccasionReportRow
    stmt = sa.select(o).where(o.id.in_(sa.select(r.occasion_id)))
    for code in codes:
        stmt = stmt.where(has_word(o.countries, code))
    if kind:
        stmt = stmt.where(has_word(o.kinds, kind))
    if status:
        stmt = stmt.where(o.status == status)
    stmt = overlapping(stmt, since, until, o.date, sa.func.coalesce(o.end_date, o.date))
    if person:
        e, p = t.EventRow, t.EventParticipantRow
        stmt = stmt.where(o.id.in_(sa.select(r.occasion_id).join(e, e.document_id == r.document_id)
                                   .join(p, p.event_id == e.id).where(p.entity_id.in_(person_entities(person)))))
    total = count(session, stmt)
    rows = session.scalars(stmt.order_by(o.date.desc(), o.id.desc()).limit(limit).offset(offset)).all()
    return Listing([occasion_dict(session, row) for row in rows], total, limit, offset)


def occasion(session: Session, occasion_id: int) -> dict | None:
    """One occasion with its reports, or ``None``."""
    row = session.get(t.OccasionRow, occasion_id)
    return occasion_dict(session, row) if row is not None else None


def occasion_dict(session: Session, row: t.OccasionRow) -> dict:
    """``id``, ``date``, ``end_date``, ``status``, ``kinds``, ``place``, ``participants`` ("Name (CC)"),
    ``countries``, ``documents`` (each ``id``, ``publisher``, ``url``, ``title``, ``date``), and for the pages
    the first report's ``document_id``, ``title`` and ``url``."""
    r, d = t.OccasionReportRow, t.DocumentRow
    reports = session.execute(sa.select(r.document_id, r.status, d.publisher, d.url, d.title, d.date)
                              .join(d, d.id == r.document_id).where(r.occasion_id == row.id)
                              .order_by(d.date.is_(None), d.date, d.id)).all()
    documents = {}
    for doc_id, _, publisher, url, title, day in reports:
        documents.setdefault(doc_id, {"id": doc_id, "publisher": publisher, "url": url, "title": title,
                                      "date": day})
    e, p = t.EventRow, t.EventParticipantRow
    wanted = sa.or_(*(sa.and_(e.document_id == doc_id, e.status == status) for doc_id, status, *_ in reports))
    people = set(session.scalars(sa.select(p.entity_id).join(e, e.id == p.event_id).where(wanted))) \
        if reports else set()
    names = session.execute(sa.select(t.EntityRow.id, t.EntityRow.name, t.EntityRow.country)
                            .where(t.EntityRow.id.in_(sorted(people)))).all() if people else []
    names = sorted(names, key=lambda n: (n.name, n.id))
    docs = list(documents.values())
    first = docs[0] if docs else {}
    return {"id": row.id, "date": row.date, "end_date": row.end_date, "status": row.status,
            "kinds": row.kinds.split(), "place": row.place,
            "participants": [f"{n.name} ({n.country})" if n.country else n.name for n in names],
            "participant_ids": [n.id for n in names], "countries": row.countries.split(),
            "documents": docs, "document_id": first.get("id"), "title": row.title, "url": first.get("url"),
            "publisher": first.get("publisher")}
