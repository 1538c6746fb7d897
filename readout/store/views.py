"""Read-only views of the store for the web pages and the REST API: one document with every fact, entity pages,
threads by party and status, events by month. Each returns plain dicts (JSON-ready); nothing here writes.

>>> import os, tempfile
>>> from readout.store import open_store
>>> with open_store(os.path.join(tempfile.mkdtemp(), "kb.db")) as store, store.session() as s:
...     document(s, 1), documents(s), events_by_month(s, ["KZ"])
(None, [], [])
"""
from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import schema as t
from readout.store.lists import thread_dict
from readout.store.paging import has_word
from readout.store.queries import _event, _parties, _quote

HEADING = 90


def heading(title: str | None, text: str) -> str:
    """A document's title, else the start of its first non-empty line.

    >>> heading(None, "\\nТокаев провёл переговоры с Алиевым.\\nДалее…")
    'Токаев провёл переговоры с Алиевым.'
    >>> heading("Переговоры", "…")
    'Переговоры'
    """
    if title and title.strip():
        return title.strip()
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= HEADING else line[:HEADING].rstrip() + "…"


def _ok_documents():
    return sa.select(t.DocumentRow).where(t.DocumentRow.status == "ok")


def documents(session: Session, *, country: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
    """Stored documents, newest first, without their text (``heading`` stands for it)."""
    from readout.store.search import documents_with_country

    stmt = _ok_documents().order_by(t.DocumentRow.date.desc(), t.DocumentRow.id.desc()).limit(limit).offset(offset)
    if country:
        stmt = stmt.where(t.DocumentRow.id.in_(documents_with_country(country)))
    return [_document_head(d) for d in session.scalars(stmt)]


def headings(session: Session, ids: list[int]) -> dict[int, str]:
    """The :func:`heading` of each document in ``ids``."""
    if not ids:
        return {}
    rows = session.execute(sa.select(t.DocumentRow.id, t.DocumentRow.title, sa.func.substr(t.DocumentRow.text, 1, 400))
                           .where(t.DocumentRow.id.in_(set(ids))))
    return {i: heading(title, start) for i, title, start in rows}


def _document_head(d: t.DocumentRow) -> dict:
    return {"id": d.id, "date": d.date, "title": d.title, "heading": heading(d.title, d.text), "url": d.url,
            "publisher": d.publisher, "publisher_country": d.publisher_country, "place": d.place}


def document(session: Session, document_id: int) -> dict | None:
    """One document with its text and every fact: entities with their mentions, quotes (with the speaker's
    entity id), commitments (with parties and thread), events and sectors; ``None`` when there is no such
    stored document."""
    d = session.get(t.DocumentRow, document_id)
    if d is None or d.status != "ok":
        return None
    out = _document_head(d) | {"text": d.text, "license": d.license, "credit": d.credit, "source": d.source}
    out["entities"] = _entities_of(session, d.id)
    out["quotes"] = [_quote(session, q) | {"speaker_id": q.speaker_id, "cue_start": q.cue_start,
                                           "cue_stop": q.cue_stop}
                     for q in session.scalars(sa.select(t.QuoteRow).where(t.QuoteRow.document_id == d.id)
                                              .order_by(t.QuoteRow.start, t.QuoteRow.id))]
    out["commitments"] = _commitments_of(session, d.id)
    out["events"] = [_event(session, e) | {"participant_ids": _participant_ids(session, e.id)}
                     for e in session.scalars(sa.select(t.EventRow).where(t.EventRow.document_id == d.id)
                                              .order_by(t.EventRow.id))]
    out["sectors"] = sorted(session.scalars(sa.select(t.SectorRow.sector).where(t.SectorRow.document_id == d.id)))
    return out


def _entities_of(session: Session, document_id: int) -> list[dict]:
    rows = session.execute(sa.select(t.EntityRow, t.DocumentEntityRow.name)
                           .join(t.DocumentEntityRow, t.DocumentEntityRow.entity_id == t.EntityRow.id)
                           .where(t.DocumentEntityRow.document_id == document_id)
                           .order_by(t.EntityRow.kind, t.EntityRow.name)).all()
    mentions: dict[int, list[dict]] = {}
    for m in session.scalars(sa.select(t.MentionRow).where(t.MentionRow.document_id == document_id)
                             .order_by(t.MentionRow.start)):
        mentions.setdefault(m.entity_id, []).append({"start": m.start, "stop": m.stop, "text": m.text})
    seen: set[int] = set()
    out = []
    for e, local_name in rows:
        if e.id not in seen:
            seen.add(e.id)
            out.append(_entity(e) | {"local_name": local_name, "mentions": mentions.get(e.id, [])})
    return out


def _entity(e: t.EntityRow) -> dict:
    return {"id": e.id, "key": e.key, "kind": e.kind, "name": e.name, "country": e.country, "role": e.role}


def _participant_ids(session: Session, event_id: int) -> list[int]:
    return list(session.scalars(sa.select(t.EventParticipantRow.entity_id)
                                .where(t.EventParticipantRow.event_id == event_id)
                                .order_by(t.EventParticipantRow.entity_id)))


def _commitments_of(session: Session, document_id: int) -> list[dict]:
    stmt = (sa.select(t.CommitmentRow, t.ThreadStepRow.thread_id, t.ThreadRow.status)
            .outerjoin(t.ThreadStepRow, t.ThreadStepRow.commitment_id == t.CommitmentRow.id)
            .outerjoin(t.ThreadRow, t.ThreadRow.id == t.ThreadStepRow.thread_id)
            .where(t.CommitmentRow.document_id == document_id).order_by(t.CommitmentRow.start, t.CommitmentRow.id))
    return [{"id": c.id, "kind": c.kind, "parties": _parties(session, c.id), "start": c.start, "stop": c.stop,
             "text": c.text, "action": c.action, "object": c.object, "target_value": c.target_value,
             "target_unit": c.target_unit, "factor": c.factor, "horizon": c.horizon, "deadline": c.deadline,
             "addressee": c.addressee, "thread": thread_id, "status": status}
            for c, thread_id, status in session.execute(stmt)]


def entity(session: Session, entity_id: int) -> dict | None:
    """An entity with the number of documents that mention it; ``None`` when there is none."""
    e = session.get(t.EntityRow, entity_id)
    if e is None:
        return None
    count = session.scalar(sa.select(sa.func.count()).select_from(t.DocumentEntityRow)
                           .where(t.DocumentEntityRow.entity_id == e.id))
    return _entity(e) | {"documents": count}


def entities(session: Session, *, kind: str | None = None, name: str | None = None, country: str | None = None,
             limit: int = 50, offset: int = 0) -> list[dict]:
    """Entities by name (``name``: part of it, as typed or capitalised), kind and country, by name."""
    stmt = sa.select(t.EntityRow).order_by(t.EntityRow.name, t.EntityRow.id).limit(limit).offset(offset)
    return [_entity(e) for e in session.scalars(_entities_where(stmt, kind, name, country))]


def _entities_where(stmt: sa.Select, kind: str | None, name: str | None, country: str | None) -> sa.Select:
    from readout.store.search import person_entities

    if kind:
        stmt = stmt.where(t.EntityRow.kind == kind)
    if country:
        stmt = stmt.where(t.EntityRow.country == country.upper())
    if name:
        stmt = stmt.where(t.EntityRow.id.in_(person_entities(name)))
    return stmt


def events_of(session: Session, entity_id: int, limit: int = 100) -> list[dict]:
    """Events an entity took part in, newest first."""
    stmt = (sa.select(t.EventRow).join(t.EventParticipantRow, t.EventParticipantRow.event_id == t.EventRow.id)
            .join(t.DocumentRow, t.DocumentRow.id == t.EventRow.document_id)
            .where(t.EventParticipantRow.entity_id == entity_id, t.DocumentRow.status == "ok")
            .order_by(t.EventRow.date.desc(), t.EventRow.id.desc()).limit(limit))
    return [_event(session, e) for e in session.scalars(stmt)]


def quotes_of(session: Session, entity_id: int, *, limit: int = 50, offset: int = 0) -> list[dict]:
    """Quotes whose speaker is the entity, newest first."""
    stmt = (sa.select(t.QuoteRow).join(t.DocumentRow, t.DocumentRow.id == t.QuoteRow.document_id)
            .where(t.QuoteRow.speaker_id == entity_id, t.DocumentRow.status == "ok")
            .order_by(t.DocumentRow.date.desc(), t.QuoteRow.id).limit(limit).offset(offset))
    return [_quote(session, q) for q in session.scalars(stmt)]


def commitments_of(session: Session, entity_id: int, limit: int = 100) -> list[dict]:
    """Commitments made in documents that mention the entity and that bind the entity's country, newest first."""
    e = session.get(t.EntityRow, entity_id)
    if e is None or not e.country:
        return []
    docs = sa.select(t.DocumentEntityRow.document_id).where(t.DocumentEntityRow.entity_id == entity_id)
    bound = sa.select(t.CommitmentPartyRow.commitment_id).where(t.CommitmentPartyRow.party == e.country)
    stmt = (sa.select(t.CommitmentRow.document_id, t.CommitmentRow.id)
            .join(t.DocumentRow, t.DocumentRow.id == t.CommitmentRow.document_id)
            .where(t.DocumentRow.status == "ok", t.CommitmentRow.document_id.in_(docs),
                   t.CommitmentRow.id.in_(bound))
            .order_by(t.DocumentRow.date.desc(), t.CommitmentRow.id).limit(limit))
    out = []
    for document_id, commitment_id in session.execute(stmt).all():
        found = [c for c in _commitments_of(session, document_id) if c["id"] == commitment_id]
        d = session.get(t.DocumentRow, document_id)
        out += [c | {"document_id": d.id, "date": d.date, "title": d.title, "url": d.url} for c in found]
    return out


def threads(session: Session, parties: list[str] = (), *, status: str | None = None, limit: int = 50,
            offset: int = 0) -> list[dict]:
    """Threads whose parties include all of ``parties``, latest activity first, with their step count."""
    steps = (sa.select(t.ThreadStepRow.thread_id, sa.func.count().label("steps"))
             .group_by(t.ThreadStepRow.thread_id).subquery())
    stmt = (sa.select(t.ThreadRow, steps.c.steps).outerjoin(steps, steps.c.thread_id == t.ThreadRow.id)
            .order_by(t.ThreadRow.last_date.desc(), t.ThreadRow.id).limit(limit).offset(offset))
    for party in parties:
        stmt = stmt.where(has_word(t.ThreadRow.parties, party.upper()))
    if status:
        stmt = stmt.where(t.ThreadRow.status == status)
    return [thread_dict(th) | {"steps": n or 0} for th, n in session.execute(stmt)]


def country_name(session: Session, code: str) -> str | None:
    """The stored name of a country entity with ISO code ``code``, else ``None``."""
    return session.scalar(sa.select(t.EntityRow.name).where(t.EntityRow.kind == "country",
                                                            t.EntityRow.country == code.upper())
                          .order_by(t.EntityRow.id).limit(1))


def events_by_month(session: Session, countries: list[str]) -> list[dict]:
    """Events with participants from every country of ``countries``, counted by month (``YYYY-MM``) and kind,
    in month order."""
    stmt = sa.select(t.EventRow.date, t.EventRow.kind).join(
        t.DocumentRow, t.DocumentRow.id == t.EventRow.document_id).where(t.DocumentRow.status == "ok",
                                                                          t.EventRow.date.is_not(None))
    for code in countries:
        stmt = stmt.where(t.EventRow.id.in_(
            sa.select(t.EventParticipantRow.event_id)
            .join(t.EntityRow, t.EntityRow.id == t.EventParticipantRow.entity_id)
            .where(t.EntityRow.country == code.upper())))
    counts = Counter((day[:7], kind) for day, kind in session.execute(stmt) if len(day) >= 7)
    return [{"month": month, "kind": kind, "count": n} for (month, kind), n in sorted(counts.items())]


def count_documents(session: Session, *, country: str | None = None) -> int:
    """How many documents :func:`documents` lists over all its pages."""
    from readout.store.search import documents_with_country

    stmt = sa.select(sa.func.count()).select_from(t.DocumentRow).where(t.DocumentRow.status == "ok")
    if country:
        stmt = stmt.where(t.DocumentRow.id.in_(documents_with_country(country)))
    return session.scalar(stmt)


def count_entities(session: Session, *, kind: str | None = None, name: str | None = None,
                   country: str | None = None) -> int:
    """How many entities :func:`entities` lists over all its pages."""
    return session.scalar(_entities_where(sa.select(sa.func.count()).select_from(t.EntityRow), kind, name, country))
