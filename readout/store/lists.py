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

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import filters as f
from readout.store import schema as t
from readout.store.search import match_ids, person_entities

MAX_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class Listing:
    """One page of a list: ``items`` from ``offset``, and how many there are in all (``total``)."""

    items: list[dict]
    total: int
    limit: int
    offset: int

    def to_dict(self) -> dict:
        return asdict(self)


def _page(limit: int, offset: int) -> tuple[int, int]:
    if not 0 <= limit <= MAX_LIMIT:
        raise f.QueryError(f"limit {limit}: expected 0 to {MAX_LIMIT}")
    if offset < 0:
        raise f.QueryError(f"offset {offset}: expected 0 or more")
    return limit, offset


def _count(session: Session, stmt: sa.Select) -> int:
    return session.scalar(sa.select(sa.func.count()).select_from(stmt.order_by(None).subquery()))


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
    """Occasions (a document's events of one date and status: a phone call reported as ``phone_call`` and
    ``talks`` is one occasion with ``kinds`` ``['phone_call', 'talks']``) whose participants come from every
    country of ``countries`` and include ``person``, dated ``since``…``until``, with an event of ``kind``;
    newest first."""
    codes = f.countries(countries)
    since, until = f.span(since, until)
    kind = f.event_kind(kind)
    status = f.choice(status, ("held", "planned"), "status")
    limit, offset = _page(limit, offset)
    e, d = t.EventRow, t.DocumentRow
    day = sa.func.coalesce(e.date, d.date)
    stmt = (sa.select(e.id, e.document_id, e.kind, e.status, e.date, e.place, day.label("day"))
            .join(d, d.id == e.document_id).where(d.status == "ok"))
    if since:
        stmt = stmt.where(day >= since)
    if until:
        stmt = stmt.where(day <= until)
    if status:
        stmt = stmt.where(e.status == status)
    for code in codes:  # only documents that can hold such an occasion; the occasion itself is checked below
        stmt = stmt.where(e.document_id.in_(_event_docs(t.EntityRow.country == code)))
    if person:
        stmt = stmt.where(e.document_id.in_(_event_docs(t.EntityRow.id.in_(person_entities(person)))))
    if kind:
        stmt = stmt.where(e.document_id.in_(sa.select(e.document_id).where(e.kind == kind)))
    rows = session.execute(stmt.order_by(day.desc(), e.document_id.desc(), e.id)).all()
    people = _participants(session, [r.id for r in rows])
    wanted = set(session.scalars(person_entities(person))) if person else None
    occasions: dict[tuple, dict] = {}
    for r in rows:
        key = (r.document_id, r.status, r.date)
        o = occasions.setdefault(key, {"document_id": r.document_id, "event_date": r.date, "day": r.day,
                                       "status": r.status, "place": None, "kinds": [], "events": [], "who": {}})
        o["kinds"].append(r.kind)
        o["events"].append(r.id)
        o["place"] = o["place"] or r.place
        o["who"].update(people.get(r.id, {}))
    keep = [o for o in occasions.values()
            if (not kind or kind in o["kinds"]) and set(codes) <= {c for _, c in o["who"].values() if c}
            and (wanted is None or wanted & set(o["who"]))]
    return Listing([_occasion(session, o) for o in keep[offset:offset + limit]], len(keep), limit, offset)


def _event_docs(where) -> sa.Select:
    return (sa.select(t.EventRow.document_id).join(t.EventParticipantRow, t.EventParticipantRow.event_id == t.EventRow.id)
            .join(t.EntityRow, t.EntityRow.id == t.EventParticipantRow.entity_id).where(where))


def _participants(session: Session, event_ids: list[int]) -> dict[int, dict[int, tuple[str, str | None]]]:
    out: dict[int, dict[int, tuple[str, str | None]]] = defaultdict(dict)
    for chunk in range(0, len(event_ids), 500):
        rows = session.execute(sa.select(t.EventParticipantRow.event_id, t.EntityRow.id, t.EntityRow.name,
                                         t.EntityRow.country)
                               .join(t.EntityRow, t.EntityRow.id == t.EventParticipantRow.entity_id)
                               .where(t.EventParticipantRow.event_id.in_(event_ids[chunk:chunk + 500])))
        for event_id, entity_id, name, country in rows:
            out[event_id][entity_id] = (name, country)
    return out


def _occasion(session: Session, o: dict) -> dict:
    who = sorted(o["who"].items(), key=lambda kv: kv[1][0])
    return {"id": o["events"][0], **doc_fields(session, o["document_id"]), "event_date": o["event_date"],
            "status": o["status"], "kinds": list(dict.fromkeys(o["kinds"])), "place": o["place"],
            "participants": [f"{n} ({c})" if c else n for _, (n, c) in who],
            "participant_ids": [i for i, _ in who], "countries": sorted({c for _, (_, c) in who if c}),
            "events": o["events"]}


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
    limit, offset = _page(limit, offset)
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
    if since:
        stmt = stmt.where(d.date >= since)
    if until:
        stmt = stmt.where(d.date <= until)
    if after:
        stmt = stmt.where(c.deadline >= after)
    if before:
        stmt = stmt.where(c.deadline <= before)
    if has_target is not None:
        has = sa.or_(c.target_value.is_not(None), c.factor.is_not(None))
        stmt = stmt.where(has if has_target else sa.not_(has))
    if about:
        stmt = stmt.where(c.id.in_(match_ids(session, "commitment", about)))
    total = _count(session, stmt)
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
    limit, offset = _page(limit, offset)
    q, d = t.QuoteRow, t.DocumentRow
    stmt = sa.select(q).join(d, d.id == q.document_id).where(d.status == "ok")
    if person:
        stmt = stmt.where(q.speaker_id.in_(person_entities(person)))
    if code:
        stmt = stmt.where(q.speaker_id.in_(sa.select(t.EntityRow.id).where(t.EntityRow.country == code)))
    if since:
        stmt = stmt.where(d.date >= since)
    if until:
        stmt = stmt.where(d.date <= until)
    if direct is not None:
        stmt = stmt.where(q.direct.is_(direct))
    if about:
        stmt = stmt.where(q.id.in_(match_ids(session, "quote", about)))
    total = _count(session, stmt)
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
    limit, offset = _page(limit, offset)
    th = t.ThreadRow
    steps = (sa.select(t.ThreadStepRow.thread_id, sa.func.count().label("steps"))
             .group_by(t.ThreadStepRow.thread_id).subquery())
    stmt = sa.select(th, steps.c.steps).outerjoin(steps, steps.c.thread_id == th.id)
    for code in codes:
        padded = sa.literal(" ") + th.parties + sa.literal(" ")
        stmt = stmt.where(padded.contains(f" {code} ", autoescape=True))
    if status:
        stmt = stmt.where(th.status == status)
    if since:
        stmt = stmt.where(sa.func.coalesce(th.last_date, th.first_date) >= since)
    if until:
        stmt = stmt.where(th.first_date <= until)
    if after:
        stmt = stmt.where(th.deadline >= after)
    if before:
        stmt = stmt.where(th.deadline <= before)
    total = _count(session, stmt)
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
