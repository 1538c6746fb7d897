"""Occasions: one real meeting, call, visit or summit across all the documents that report it.

Each stored document's events of one date and status are one *report* (:class:`~readout.store.occasion_match.Report`);
reports that :func:`~readout.store.occasion_match.same_occasion` joins, directly or through other reports, are one
occasion. Adding a document (:func:`add_document`) reads only the reports it could join, found through
``occasion_keys`` (a country of the report and a date a day either side), and merges the occasions it joins;
since the rule is symmetric, any ingest order gives the same occasions.

An occasion's ``date`` is the first day of its held reports (of its planned ones while none is held), ``end_date``
the last; its kinds are all its reports' kinds, its place the one most reports give, its countries all theirs.

>>> import os, tempfile
>>> from readout.store import open_store
>>> with open_store(os.path.join(tempfile.mkdtemp(), "kb.db")) as store, store.write() as s:
...     add_document(s, 1)
[]
"""
from __future__ import annotations

from collections import Counter, defaultdict

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import schema as t
from readout.store.lemmas import content_lemmas
from readout.store.occasion_match import Report, announced_date, normal_kinds, same_occasion, window

LEAD = 400  # characters of a text whose named states take part (the headline and the lead)


def reports_of(session: Session, document_id: int) -> list[Report]:
    """A stored document's reports: its events grouped by status and date. A planned event of an announcement (an
    undated page, or one that tells of planned events only) takes the first day the announcement gives ("Анонс на 7 − 10 мая
    2025 года": 7 May); a plan mentioned in the report of another occasion ("договорились о встрече") makes no
    report unless the text dates it."""
    return [report for report, _ in _reports(session, document_id)]


def _reports(session: Session, document_id: int) -> list[tuple[Report, list[int]]]:
    d = session.get(t.DocumentRow, document_id)
    if d is None or d.status != "ok":
        return []
    events = session.execute(sa.select(t.EventRow.id, t.EventRow.kind, t.EventRow.status, t.EventRow.date,
                                       t.EventRow.place).where(t.EventRow.document_id == document_id)
                             .order_by(t.EventRow.id)).all()
    if not events:
        return []
    who, people = defaultdict(set), defaultdict(set)
    for event_id, entity_id, country in session.execute(
            sa.select(t.EventParticipantRow.event_id, t.EntityRow.id, t.EntityRow.country)
            .join(t.EntityRow, t.EntityRow.id == t.EventParticipantRow.entity_id)
            .where(t.EventParticipantRow.event_id.in_([e.id for e in events]))):
        people[event_id].add(entity_id)
        if country:
            who[event_id].add(country)
    lead = _lead_countries(session, document_id)
    title = frozenset(content_lemmas(d.title or ""))
    groups: dict[tuple, list] = defaultdict(list)
    announcement = d.date is None or all(e.status == "planned" for e in events)
    for e in events:
        if e.status == "held":
            day = e.date or d.date
        elif e.date or announcement:  # an undated plan told in a report of something else has no day of its own
            day = e.date or announced_date(d.text) or d.date
        else:
            continue
        groups[(e.status, day)].append(e)
    out = []
    for (status, day), evs in groups.items():
        countries = set(lead).union(*(who[e.id] for e in evs))
        if not countries and d.publisher_country:
            countries = {d.publisher_country}
        place = next((e.place for e in evs if e.place), None)
        out.append((Report(day, status, normal_kinds(e.kind for e in evs), place, tuple(sorted(countries)), title),
                    sorted(set().union(*(people[e.id] for e in evs)))))
    return out


def _lead_countries(session: Session, document_id: int) -> set[str]:
    rows = session.scalars(sa.select(t.EntityRow.country).distinct()
                           .join(t.MentionRow, t.MentionRow.entity_id == t.EntityRow.id)
                           .where(t.MentionRow.document_id == document_id, t.MentionRow.start < LEAD,
                                  t.EntityRow.kind == "country", t.EntityRow.country.is_not(None)))
    return set(rows)


def document_states(session: Session, document_id: int) -> set[str]:
    """The states a document involves: its publisher's and those of the entities it names."""
    d = session.get(t.DocumentRow, document_id)
    rows = session.scalars(sa.select(t.EntityRow.country).distinct()
                           .join(t.DocumentEntityRow, t.DocumentEntityRow.entity_id == t.EntityRow.id)
                           .where(t.DocumentEntityRow.document_id == document_id, t.EntityRow.country.is_not(None)))
    return set(rows) | ({d.publisher_country} if d is not None and d.publisher_country else set())


def _report(row: t.OccasionReportRow) -> Report:
    return Report(row.date, row.status, tuple(row.kinds.split()), row.place, tuple(row.countries.split()),
                  frozenset(row.title_keys.split()))


def add_document(session: Session, document_id: int) -> list[int]:
    """File a stored document's reports under their occasions, merging the occasions they join; the ids of the
    occasions it is now a report of."""
    touched = []
    for report, _ in _reports(session, document_id):
        row = t.OccasionReportRow(document_id=document_id, date=report.date, status=report.status,
                                  kinds=" ".join(report.kinds), place=report.place,
                                  countries=" ".join(report.countries),
                                  title_keys=" ".join(sorted(report.title_keys)))
        joined = {c.occasion_id for c in _candidates(session, report, document_id) if same_occasion(report, _report(c))}
        joined |= {c.occasion_id for c in session.scalars(sa.select(t.OccasionReportRow).where(
            t.OccasionReportRow.document_id == document_id)) if same_occasion(report, _report(c))}
        if joined:
            target = min(joined)
            others = sorted(joined - {target})
            if others:
                session.execute(sa.update(t.OccasionReportRow).where(t.OccasionReportRow.occasion_id.in_(others))
                                .values(occasion_id=target))
                session.execute(sa.delete(t.OccasionRow).where(t.OccasionRow.id.in_(others)))
        else:
            occasion = t.OccasionRow(status=report.status, kinds="", countries="")
            session.add(occasion)
            session.flush()
            target = occasion.id
        row.occasion_id = target
        session.add(row)
        session.flush()
        if report.date:
            session.add_all(t.OccasionKeyRow(report_id=row.id, country=c, date=report.date)
                            for c in report.countries or ("",))
        _summarise(session, target)
        touched.append(target)
    session.flush()
    return sorted(set(touched))


def _candidates(session: Session, report: Report, document_id: int) -> list[t.OccasionReportRow]:
    if not report.date:
        return []
    first, last = window(report.date, report.status)
    k, r = t.OccasionKeyRow, t.OccasionReportRow
    ids = sa.select(k.report_id).where(k.country.in_(list(report.countries) or [""]), k.date >= first,
                                       k.date <= last)
    return list(session.scalars(sa.select(r).where(r.id.in_(ids), r.document_id != document_id)))


def _summarise(session: Session, occasion_id: int) -> None:
    """An occasion's date span, status, kinds, place, countries and title, from all its reports (the same
    whatever order they came in)."""
    rows = session.execute(sa.select(t.OccasionReportRow, t.DocumentRow.date, t.DocumentRow.title)
                           .join(t.DocumentRow, t.DocumentRow.id == t.OccasionReportRow.document_id)
                           .where(t.OccasionReportRow.occasion_id == occasion_id)).all()
    occasion = session.get(t.OccasionRow, occasion_id)
    held = [r for r, _, _ in rows if r.status == "held"]
    dated = sorted(r.date for r in (held or [r for r, _, _ in rows]) if r.date)
    occasion.status = "held" if held else "planned"
    occasion.date, occasion.end_date = (dated[0], dated[-1]) if dated else (None, None)
    occasion.kinds = " ".join(normal_kinds(k for r, _, _ in rows for k in r.kinds.split()))
    places = Counter(r.place for r, _, _ in rows if r.place)
    occasion.place = min(places, key=lambda p: (-places[p], p)) if places else None
    occasion.countries = " ".join(sorted({c for r, _, _ in rows for c in r.countries.split()}))
    firsts = sorted((r.status != "held", day or "9999", title or "") for r, day, title in rows)
    occasion.title = firsts[0][2] or None if firsts else None


def rebuild_occasions(session: Session) -> int:
    """Forget every occasion and file all stored documents again, in id order; the number of occasions."""
    session.execute(sa.delete(t.OccasionKeyRow))
    session.execute(sa.delete(t.OccasionReportRow))
    session.execute(sa.delete(t.OccasionRow))
    for doc_id in session.scalars(sa.select(t.DocumentRow.id).where(t.DocumentRow.status == "ok")
                                  .order_by(t.DocumentRow.id)).all():
        add_document(session, doc_id)
    return session.scalar(sa.select(sa.func.count()).select_from(t.OccasionRow))
