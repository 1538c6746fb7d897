"""The one query layer behind the CLI, the API and the pages: meetings, commitments, quotes and threads by the
filters an analyst asks for, each answer a :class:`Listing` that knows its total.

Filters are checked first (:mod:`readout.store.filters`); a bad one raises :class:`QueryError`. Dates are
``YYYY-MM-DD``; countries are ISO codes and a list of them means *all of them*; ``person`` is an entity key or
part of a name (``tokayev``, ``Токаев``).

>>> import os, tempfile
>>> from readout.store import open_store
>>> with open_store(os.path.join(tempfile.mkdtemp(), "kb.db")) as store, store.session() as s:
...     meetings(s, countries=["KZ", "AZ"]).total, commitments(s, status="overdue", has_target=True).items
(0, [])
"""
from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import filters as f
from readout.store import schema as t
from readout.store.paging import Listing, count, has_word, overlapping, checked_page
from readout.store.search import match_ids, person_entities

def doc_fields(session: Session, document_id: int) -> dict:
    d = t.DocumentRow
    row = session.execute(sa.select(d.id, d.date, d.title, d.url, d.publisher).where(d.id == document_id)).one()
    return {"document_id": row.id, "date": row.date, "title": row.title, "url": row.url, "publisher": row.publisher}


def parties_of(session: Session, commitment_id: int) -> list[str]:
    return sorted(session.scalars(sa.select(t.CommitmentPartyRow.party)
                                  .where(t.CommitmentPartyRow.commitment_id == commitment_id)))


# ---- meetings ------------------------------------------------------------------------------------------------

def meetings(session: Session, *, countries=(), person: str | None = None, since: str | None = None,
             until: str | None = None, kind: str | None = None, status: str | None = None, limit: int = 50,
             offset: int = 0) -> Listing:
    """Occasions: one real meeting, call or visit each, with every document that reports it
    (:mod:`readout.store.occasion_lists`), whose states include every country of ``countries``; newest first."""
    from readout.store.occasion_lists import meetings as occasions

    return occasions(session, countries=countries, person=person, since=since, until=until, kind=kind,
                     status=status, limit=limit, offset=offset)


# ---- commitments ---------------------------------------------------------------------------------------------

def commitments(session: Session, *, countries=(), person: str | None = None, sector: str | None = None,
                kind: str | None = None, status: str | None = None, since: str | None = None,
                until: str | None = None, deadline_after: str | None = None, deadline_before: str | None = None,
                has_target: bool | None = None, about: str | None = None, limit: int = 50, offset: int = 0
                ) -> Listing:
    """Commitments binding every country of ``countries``, in documents that mention ``person`` and are about
    ``sector``, of ``kind``, whose thread has ``status``, made ``since``…``until``, with a deadline in
    ``deadline_after``…``deadline_before``, with (``True``) or without (``False``) a target; newest first."""
    codes = f.countries(countries, "party")
    kind = f.choice(kind, f.COMMITMENT_KINDS, "kind")
    status = f.choice(status, f.STATUSES, "status")
    since, until = f.span(since, until)
    after, before = f.span(deadline_after, deadline_before, ("deadline_after", "deadline_before"))
    limit, offset = checked_page(limit, offset)
    c, d = t.CommitmentRow, t.DocumentRow
    stmt = (sa.select(c, t.ThreadStepRow.thread_id, t.ThreadRow.status)
            .join(d, d.id == c.document_id)
            .outerjoin(t.ThreadStepRow, t.ThreadStepRow.commitment_id == c.id)
            .outerjoin(t.ThreadRow, t.ThreadRow.id == t.ThreadStepRow.thread_id)
            .where(d.status == "ok"))
    for code in codes:
        stmt = stmt.where(c.id.in_(sa.select(t.CommitmentPartyRow.commitment_id)
                                   .where(t.CommitmentPartyRow.party == code)))
    if person:
        stmt = stmt.where(c.document_id.in_(sa.select(t.DocumentEntityRow.document_id)
                                            .where(t.DocumentEntityRow.entity_id.in_(person_entities(person)))))
    if sector:
        stmt = stmt.where(c.document_id.in_(sa.select(t.SectorRow.document_id).where(t.SectorRow.sector == sector)))
    if kind:
        stmt = stmt.where(c.kind == kind)
    if status:
        stmt = stmt.where(t.ThreadRow.status == status)
    stmt = overlapping(stmt, since, until, d.date)
    stmt = overlapping(stmt, after, before, c.deadline)
    if has_target is not None:
        has = sa.or_(c.target_value.is_not(None), c.factor.is_not(None))
        stmt = stmt.where(has if has_target else sa.not_(has))
    if about:
        stmt = stmt.where(c.id.in_(match_ids(session, "commitment", about)))
    total = count(session, stmt)
    page = session.execute(stmt.order_by(d.date.desc(), c.id).limit(limit).offset(offset)).all()
    return Listing([commitment_dict(session, row, thread_id, st) for row, thread_id, st in page], total, limit,
                   offset)


def commitment_dict(session: Session, c: t.CommitmentRow, thread_id: int | None, status: str | None) -> dict:
    return {"id": c.id, **doc_fields(session, c.document_id), "kind": c.kind, "parties": parties_of(session, c.id),
            "action": c.action, "object": c.object, "target_value": c.target_value, "target_unit": c.target_unit,
            "factor": c.factor, "horizon": c.horizon, "deadline": c.deadline, "addressee": c.addressee,
            "start": c.start, "stop": c.stop, "text": c.text, "thread": thread_id, "status": status}


# ---- quotes --------------------------------------------------------------------------------------------------

def quotes(session: Session, *, person: str | None = None, country: str | None = None, since: str | None = None,
           until: str | None = None, direct: bool | None = None, about: str | None = None, limit: int = 50,
           offset: int = 0) -> Listing:
    """Quotes by ``person``, by speakers of ``country``, dated ``since``…``until``, direct (``True``) or reported
    (``False``) speech, about ``about`` (words, any form; the query syntax of :func:`readout.store.search`);
    newest first."""
    code = f.country(country) if country else None
    since, until = f.span(since, until)
    limit, offset = checked_page(limit, offset)
    q, d = t.QuoteRow, t.DocumentRow
    stmt = sa.select(q).join(d, d.id == q.document_id).where(d.status == "ok")
    if person:
        stmt = stmt.where(q.speaker_id.in_(person_entities(person)))
    if code:
        stmt = stmt.where(q.speaker_id.in_(sa.select(t.EntityRow.id).where(t.EntityRow.country == code)))
    stmt = overlapping(stmt, since, until, d.date)
    if direct is not None:
        stmt = stmt.where(q.direct.is_(direct))
    if about:
        stmt = stmt.where(q.id.in_(match_ids(session, "quote", about)))
    total = count(session, stmt)
    rows = session.scalars(stmt.order_by(d.date.desc(), q.id).limit(limit).offset(offset)).all()
    return Listing([quote_dict(session, r) for r in rows], total, limit, offset)


def quote_dict(session: Session, q: t.QuoteRow) -> dict:
    return {"id": q.id, **doc_fields(session, q.document_id), "speaker": q.speaker_name, "speaker_id": q.speaker_id,
            "direct": q.direct, "start": q.start, "stop": q.stop, "text": q.text}


# ---- threads -------------------------------------------------------------------------------------------------

def threads(session: Session, *, countries=(), status: str | None = None, since: str | None = None,
            until: str | None = None, deadline_after: str | None = None, deadline_before: str | None = None,
            today: str | None = None, limit: int = 50, offset: int = 0) -> Listing:
    """Threads whose parties include every country of ``countries``, with ``status``, active ``since``…``until``
    (their first-to-last dates overlap it), with a deadline in ``deadline_after``…``deadline_before``; latest
    activity first. Each has its step count and ``why``: its status explained as of ``today``."""
    from readout.store.threads import explain

    codes = f.countries(countries, "party")
    status = f.choice(status, f.STATUSES, "status")
    since, until = f.span(since, until)
    after, before = f.span(deadline_after, deadline_before, ("deadline_after", "deadline_before"))
    limit, offset = checked_page(limit, offset)
    th = t.ThreadRow
    steps = (sa.select(t.ThreadStepRow.thread_id, sa.func.count().label("steps"))
             .group_by(t.ThreadStepRow.thread_id).subquery())
    stmt = sa.select(th, steps.c.steps).outerjoin(steps, steps.c.thread_id == th.id)
    for code in codes:
        stmt = stmt.where(has_word(th.parties, code))
    if status:
        stmt = stmt.where(th.status == status)
    stmt = overlapping(stmt, since, until, th.first_date, sa.func.coalesce(th.last_date, th.first_date))
    stmt = overlapping(stmt, after, before, th.deadline)
    total = count(session, stmt)
    rows = session.execute(stmt.order_by(th.last_date.desc(), th.id).limit(limit).offset(offset)).all()
    today = today or date.today().isoformat()
    items = []
    for row, n in rows:
        steps_ = session.execute(sa.select(t.ThreadStepRow.role, t.ThreadStepRow.date)
                                 .where(t.ThreadStepRow.thread_id == row.id).order_by(t.ThreadStepRow.position)).all()
        items.append(thread_dict(row) | {"steps": n or 0, "why": explain(row.status, row.deadline, steps_, today)})
    return Listing(items, total, limit, offset)


def thread_dict(row: t.ThreadRow) -> dict:
    return {"id": row.id, "parties": row.parties.split(), "status": row.status, "object": row.object,
            "first_date": row.first_date, "last_date": row.last_date, "deadline": row.deadline}
