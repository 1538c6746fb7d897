"""What analysts ask of the store: quotes by person and topic, commitments and meetings between two countries,
a country's relations, a thread's timeline, a corpus summary. Each returns plain dicts (JSON-ready)."""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from itertools import combinations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import lists
from readout.store import schema as t
from readout.store.search import documents_with_country
from readout.store.threads import explain


def quotes(session: Session, person: str | None = None, about: str | None = None, limit: int = 50) -> list[dict]:
    """Quotes by ``person`` (key or part of a name) about ``about`` (words; any form), newest first
    (:func:`readout.store.lists.quotes` has every filter and the total)."""
    return lists.quotes(session, person=person, about=about, limit=limit).items


def _doc(session: Session, document_id: int) -> dict:
    d = session.get(t.DocumentRow, document_id)
    return {"document_id": d.id, "date": d.date, "title": d.title, "url": d.url}


def _quote(session: Session, q: t.QuoteRow) -> dict:
    return {"id": q.id, **_doc(session, q.document_id), "speaker": q.speaker_name, "direct": q.direct,
            "start": q.start, "stop": q.stop, "text": q.text}


def _parties(session: Session, commitment_id: int) -> list[str]:
    return lists.parties_of(session, commitment_id)


def commitments(session: Session, parties: list[str] = (), status: str | None = None, limit: int = 200
                ) -> list[dict]:
    """Commitments that bind all of ``parties`` (ISO codes), with their thread and its status, newest first
    (:func:`readout.store.lists.commitments` has every filter and the total)."""
    return lists.commitments(session, countries=parties, status=status, limit=limit).items


def meetings(session: Session, a: str, b: str, limit: int = 200) -> list[dict]:
    """Occasions with participants from both countries ``a`` and ``b``, one item each with its ``kinds``
    (:func:`readout.store.lists.meetings` has every filter and the total)."""
    return lists.meetings(session, countries=[a, b], limit=limit).items


def _event(session: Session, e: t.EventRow) -> dict:
    people = session.execute(sa.select(t.EntityRow.name, t.EntityRow.country)
                             .join(t.EventParticipantRow, t.EventParticipantRow.entity_id == t.EntityRow.id)
                             .where(t.EventParticipantRow.event_id == e.id).order_by(t.EntityRow.name)).all()
    return {"id": e.id, **_doc(session, e.document_id), "kind": e.kind, "status": e.status, "event_date": e.date,
            "place": e.place, "participants": [f"{n} ({c})" if c else n for n, c in people],
            "start": e.start, "stop": e.stop}


def _event_countries(session: Session) -> dict[int, tuple[str | None, set[str]]]:
    """Each event's year and the countries of its participants."""
    out: dict[int, tuple[str | None, set[str]]] = {}
    rows = session.execute(sa.select(t.EventRow.id, t.EventRow.date, t.EntityRow.country)
                           .join(t.EventParticipantRow, t.EventParticipantRow.event_id == t.EventRow.id)
                           .join(t.EntityRow, t.EntityRow.id == t.EventParticipantRow.entity_id)
                           .join(t.DocumentRow, t.DocumentRow.id == t.EventRow.document_id)
                           .where(t.EntityRow.country.is_not(None), t.DocumentRow.status == "ok"))
    for event_id, day, country in rows:
        out.setdefault(event_id, ((day or "")[:4] or None, set()))[1].add(country)
    return out


def _commitment_countries(session: Session) -> dict[int, tuple[str | None, set[str]]]:
    out: dict[int, tuple[str | None, set[str]]] = {}
    rows = session.execute(sa.select(t.CommitmentPartyRow.commitment_id, t.DocumentRow.date, t.CommitmentPartyRow.party)
                           .join(t.CommitmentRow, t.CommitmentRow.id == t.CommitmentPartyRow.commitment_id)
                           .join(t.DocumentRow, t.DocumentRow.id == t.CommitmentRow.document_id)
                           .where(t.DocumentRow.status == "ok"))
    for cid, day, party in rows:
        out.setdefault(cid, ((day or "")[:4] or None, set()))[1].add(party)
    return out


def pairs(session: Session) -> Counter:
    """Country pairs (``('AZ', 'KZ')``) and how many events and commitments join them."""
    counts: Counter = Counter()
    for source in (_event_countries(session), _commitment_countries(session)):
        for _year, countries in source.values():
            counts.update(combinations(sorted(countries), 2))
    return counts


def relations(session: Session, country: str) -> list[dict]:
    """A country's partners with the number of events and commitments per year, most active partner first."""
    country = country.upper()
    table: dict[tuple[str, str | None], dict[str, int]] = defaultdict(lambda: {"events": 0, "commitments": 0})
    for name, source in (("events", _event_countries(session)), ("commitments", _commitment_countries(session))):
        for year, countries in source.values():
            if country in countries:
                for partner in countries - {country}:
                    table[(partner, year)][name] += 1
    totals = Counter()
    for (partner, _), v in table.items():
        totals[partner] += v["events"] + v["commitments"]
    rows = [{"country": country, "partner": p, "year": y, **v} for (p, y), v in table.items()]
    return sorted(rows, key=lambda r: (-totals[r["partner"]], r["partner"], r["year"] or ""))


def thread(session: Session, thread_id: int) -> dict | None:
    """A thread with its timeline; each step shows its span and the earlier step it joins."""
    th = session.get(t.ThreadRow, thread_id)
    if th is None:
        return None
    steps = session.scalars(sa.select(t.ThreadStepRow).where(t.ThreadStepRow.thread_id == thread_id)
                            .order_by(t.ThreadStepRow.position)).all()
    timeline = []
    for s in steps:
        text = session.scalar(sa.select(sa.func.substr(t.DocumentRow.text, s.start + 1, s.stop - s.start))
                              .where(t.DocumentRow.id == s.document_id))
        timeline.append({"position": s.position, "role": s.role, "date": s.date, **_doc(session, s.document_id),
                         "commitment": s.commitment_id, "start": s.start, "stop": s.stop, "text": text,
                         "joins": s.joins, "similarity": s.similarity})
    why = explain(th.status, th.deadline, [(s["role"], s["date"]) for s in timeline], date.today().isoformat())
    return {"id": th.id, "parties": th.parties.split(), "status": th.status, "object": th.object, "why": why,
            "first_date": th.first_date, "last_date": th.last_date, "deadline": th.deadline, "timeline": timeline}


def summary(session: Session, top: int = 10, latest: int = 5) -> dict:
    """Counts of everything, the most frequent country pairs and the latest events."""
    def count(table, *where) -> int:
        return session.scalar(sa.select(sa.func.count()).select_from(table).where(*where))

    people = count(t.EntityRow, t.EntityRow.kind == "person")
    statuses = dict(session.execute(sa.select(t.ThreadRow.status, sa.func.count()).group_by(t.ThreadRow.status)).all())
    latest_events = session.scalars(sa.select(t.EventRow).join(t.DocumentRow, t.DocumentRow.id == t.EventRow.document_id)
                                    .where(t.DocumentRow.status == "ok", t.EventRow.status == "held")
                                    .order_by(t.EventRow.date.desc(), t.EventRow.id.desc()).limit(latest)).all()
    return {
        "documents": count(t.DocumentRow, t.DocumentRow.status == "ok"),
        "failed": count(t.FailureRow),
        "entities": count(t.EntityRow), "people": people,
        "countries": count(t.EntityRow, t.EntityRow.kind == "country"),
        "events": count(t.EventRow), "quotes": count(t.QuoteRow), "commitments": count(t.CommitmentRow),
        "threads": count(t.ThreadRow), "thread_status": statuses,
        "top_pairs": [{"pair": f"{a}-{b}", "count": n} for (a, b), n in pairs(session).most_common(top)],
        "latest_events": [_event(session, e) for e in latest_events],
        "first_date": session.scalar(sa.select(sa.func.min(t.DocumentRow.date))),
        "last_date": session.scalar(sa.select(sa.func.max(t.DocumentRow.date))),
    }


def export_records(session: Session, country: str | None = None) -> list[dict]:
    """Every stored document with its facts, one dict each (the shape of ``Record.to_dict`` plus store ids)."""
    stmt = sa.select(t.DocumentRow).where(t.DocumentRow.status == "ok").order_by(t.DocumentRow.date, t.DocumentRow.id)
    if country:
        stmt = stmt.where(t.DocumentRow.id.in_(documents_with_country(country)))
    out = []
    for d in session.scalars(stmt):
        out.append({
            "id": d.id, "identity": d.identity, "source": d.source, "url": d.url, "title": d.title, "date": d.date,
            "publisher": d.publisher, "publisher_country": d.publisher_country, "license": d.license,
            "quotes": [_quote(session, q) for q in session.scalars(
                sa.select(t.QuoteRow).where(t.QuoteRow.document_id == d.id).order_by(t.QuoteRow.start))],
            "commitments": [{"id": c.id, "kind": c.kind, "parties": _parties(session, c.id), "start": c.start,
                             "stop": c.stop, "text": c.text} for c in session.scalars(
                sa.select(t.CommitmentRow).where(t.CommitmentRow.document_id == d.id).order_by(t.CommitmentRow.start))],
            "events": [_event(session, e) for e in session.scalars(
                sa.select(t.EventRow).where(t.EventRow.document_id == d.id).order_by(t.EventRow.id))],
            "sectors": sorted(session.scalars(sa.select(t.SectorRow.sector).where(t.SectorRow.document_id == d.id))),
        })
    return out
