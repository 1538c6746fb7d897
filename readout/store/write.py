"""Writing records into the store: one document and all its facts in the caller's transaction.

A document's identity is ``sha256(origin + "\\n" + text)``, where the origin is its URL, else ``publisher:id``,
else its source; storing the same document again changes nothing.

>>> from readout.model import Document
>>> origin_of(Document(text="…", url="http://kremlin.ru/events/president/news/76870", source="a.jsonl:1"))
'http://kremlin.ru/events/president/news/76870'
>>> identity_of(Document(text="Токаев посетил Баку.", source="-"))[:12]
'7a6c4b8a1ec6'
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from readout.model import Document, Entity, Record
from readout.store import schema as t
from readout.store.lemmas import lemmatize


@dataclass(frozen=True, slots=True)
class Prepared:
    """A record with the lemmas that search needs, computed where the record was made (a worker)."""

    record: Record
    lemmas: str
    quote_lemmas: tuple[str, ...]
    commitment_lemmas: tuple[str, ...]


def prepare(record: Record) -> Prepared:
    doc = record.document
    return Prepared(record, lemmatize(f"{doc.title or ''} {doc.text}"),
                    tuple(lemmatize(q.text) for q in record.quotes),
                    tuple(lemmatize(c.text) for c in record.commitments))


def origin_of(doc: Document) -> str:
    if doc.url:
        return doc.url
    if doc.id and doc.publisher:
        return f"{doc.publisher}:{doc.id}"
    source = doc.source or "-"
    if source == "-":
        return source
    match = _LOCATED.fullmatch(source)  # FILE:LINE or FILE#N
    return os.path.abspath(match[1]) + match[2] if match else os.path.abspath(source)


_LOCATED = re.compile(r"(.+?)([:#]\d+)")


def identity_of(doc: Document) -> str:
    return hashlib.sha256(f"{origin_of(doc)}\n{doc.text}".encode("utf-8")).hexdigest()


def fingerprint_of(text: str) -> str:
    """sha256 of the text's words, case-folded with ``ё`` as ``е``: two copies that differ only in spacing,
    punctuation, quotation marks or case have one fingerprint.

    >>> fingerprint_of("«Мы договорились», — сказал он.") == fingerprint_of("мы  договорились -- сказал он")
    True
    """
    words = _WORDS.findall(text.casefold().replace("ё", "е"))
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


_WORDS = re.compile(r"[^\W_]+")


def source_of(doc: Document) -> str | None:
    """Where the document came from, as stored: a file's absolute path (``FILE:LINE`` for a JSON line), ``-`` for
    standard input, else the source as given.

    >>> source_of(Document(text="…", source="/data/a.jsonl:3"))
    '/data/a.jsonl:3'
    """
    return absolute_source(doc.source)


def absolute_source(source: str | None) -> str | None:
    """``source`` with the path of a file that exists here made absolute (``FILE``, ``FILE:LINE`` or ``FILE#N``);
    a URL, ``-``, a name that is no file here (an upload's file name) or nothing stays as it is."""
    if not source or source == "-" or "://" in source:
        return source
    if os.path.exists(source):
        return os.path.abspath(source)
    match = _LOCATED.fullmatch(source)
    if match and os.path.exists(match[1]):
        return os.path.abspath(match[1]) + match[2]
    return source


@dataclass(frozen=True, slots=True)
class Duplicate:
    """An earlier stored copy of a document: its id, and why it is the same (``same URL`` or ``same text``)."""

    id: int
    reason: str

    def __str__(self) -> str:
        return f"duplicate of document {self.id} ({self.reason})"


def find_duplicate(session: Session, doc: Document) -> Duplicate | None:
    """The stored document that ``doc`` repeats under another identity: the same URL, or the same normalised text."""
    stored = select(t.DocumentRow.id).where(t.DocumentRow.status == "ok", t.DocumentRow.identity != identity_of(doc))
    if doc.url:
        found = session.scalar(stored.where(t.DocumentRow.url == doc.url).order_by(t.DocumentRow.id).limit(1))
        if found is not None:
            return Duplicate(found, "same URL")
    found = session.scalar(stored.where(t.DocumentRow.fingerprint == fingerprint_of(doc.text))
                           .order_by(t.DocumentRow.id).limit(1))
    return Duplicate(found, "same text") if found is not None else None


def entity_key(e: Entity) -> str:
    """The cross-document key: the record's ``key`` (office holder id, ``person:Имя``), else kind, name, country.

    >>> entity_key(Entity(id="e1", kind="country", name="Казахстан", country="KZ"))
    'country:Казахстан|KZ'
    """
    return e.key or f"{e.kind}:{e.name}|{e.country or ''}"


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _insert(session: Session, table):
    return (postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert)(table)


def find_document(session: Session, identity: str) -> t.DocumentRow | None:
    return session.scalar(select(t.DocumentRow).where(t.DocumentRow.identity == identity))


def _document_row(doc: Document, record: Record | None, lemmas: str, status: str, problem: str | None) -> dict:
    return dict(identity=identity_of(doc), origin=origin_of(doc), source=source_of(doc), doc_id=doc.id, url=doc.url,
                title=doc.title, date=doc.date, place=doc.place, publisher=doc.publisher,
                publisher_country=record.publisher_country if record else None, language=doc.language,
                license=doc.license, credit=doc.credit, text=doc.text, fingerprint=fingerprint_of(doc.text),
                lemmas=lemmas, status=status,
                problem=problem, added_at=_now())


def _insert_document(session: Session, row: dict) -> int | None:
    """Insert the document; ``None`` when another writer stored the same identity first."""
    old = find_document(session, row["identity"])
    if old is not None and old.status == "failed":
        session.execute(delete(t.DocumentRow).where(t.DocumentRow.id == old.id))
    stmt = _insert(session, t.DocumentRow).values(**row).on_conflict_do_nothing(index_elements=["identity"])
    return session.execute(stmt.returning(t.DocumentRow.id)).scalar()


def save(session: Session, prepared: Prepared) -> int | None:
    """Store a record with its facts; its document id, or ``None`` if that document was already stored (the same
    identity, or a copy of it: :func:`find_duplicate`)."""
    record = prepared.record
    if find_duplicate(session, record.document) is not None:
        return None
    doc_id = _insert_document(session, _document_row(record.document, record, prepared.lemmas, "ok", None))
    if doc_id is None:
        return None
    ids = _save_entities(session, doc_id, record.entities)
    _save_events(session, doc_id, record, ids)
    quotes = [dict(document_id=doc_id, start=q.start, stop=q.stop, text=q.text, lemmas=lem, direct=q.direct,
                   speaker_id=ids.get(q.speaker or ""), speaker_name=q.speaker_name, rule=q.rule,
                   speaker_rule=q.speaker_rule, cue_start=q.cue.start if q.cue else None,
                   cue_stop=q.cue.stop if q.cue else None)
              for q, lem in zip(record.quotes, prepared.quote_lemmas)]
    if quotes:
        session.execute(_insert(session, t.QuoteRow), quotes)
    for c, lem in zip(record.commitments, prepared.commitment_lemmas):
        _save_commitment(session, doc_id, c, lem)
    if record.sectors:
        session.execute(_insert(session, t.SectorRow).on_conflict_do_nothing(),
                        [dict(document_id=doc_id, sector=s) for s in dict.fromkeys(record.sectors)])
    if record.sector_spans:
        session.execute(_insert(session, t.SectorMentionRow),
                        [dict(document_id=doc_id, sector=s, start=a, stop=b) for s, a, b in record.sector_spans])
    file_document(session, doc_id)
    return doc_id


def file_document(session: Session, doc_id: int) -> None:
    """File a stored document under the occasions and commitment threads it joins (only those it can join)."""
    from readout.store import occasions, threads

    session.flush()
    occasions.add_document(session, doc_id)
    threads.add_document(session, doc_id)


def _save_entities(session: Session, doc_id: int, entities: tuple[Entity, ...]) -> dict[str, int]:
    """Canonical entities for the record's own ids (one row per key; see :func:`_better_name`)."""
    ids: dict[str, int] = {}
    keyed = {entity_key(e): e for e in entities}
    if not keyed:
        return ids
    # one insert for the new keys, one select for them all (not a round trip per entity)
    session.execute(_insert(session, t.EntityRow).values(
        [dict(key=k, kind=e.kind, name=e.name, country=e.country, role=e.role) for k, e in keyed.items()]
    ).on_conflict_do_nothing())
    rows = {row.key: row for row in session.scalars(select(t.EntityRow).where(t.EntityRow.key.in_(list(keyed))))}
    for e in entities:
        row = rows[entity_key(e)]
        if _better_name(e.name, row.name):
            row.name = e.name
        row.country = row.country or e.country
        row.role = row.role or e.role
        ids[e.id] = row.id
    session.flush()
    session.execute(_insert(session, t.DocumentEntityRow).values(
        [dict(document_id=doc_id, local_id=e.id, entity_id=ids[e.id], name=e.name) for e in entities]
    ).on_conflict_do_nothing())
    mentions = [dict(document_id=doc_id, entity_id=ids[e.id], start=m.start, stop=m.stop, text=m.text, rule=m.rule)
                for e in entities for m in e.mentions]
    if mentions:
        session.execute(_insert(session, t.MentionRow), mentions)
    return ids


def _better_name(new: str, old: str) -> bool:
    """The fuller name wins, then the alphabetically first, so the result does not depend on ingest order.

    >>> _better_name("Касым-Жомарт Токаев", "Токаев"), _better_name("Токаев", "Касым-Жомарт Токаев")
    (True, False)
    """
    return (len(new), _reverse(new)) > (len(old), _reverse(old))


def _reverse(name: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in name)


def _save_events(session: Session, doc_id: int, record: Record, ids: dict[str, int]) -> None:
    for ev in record.events:
        event_id = session.execute(_insert(session, t.EventRow).values(
            document_id=doc_id, kind=ev.kind, status=ev.status,
            date=ev.date or (record.document.date if ev.status == "held" else None),
            place=ev.place, start=ev.start, stop=ev.stop, rule=ev.rule).returning(t.EventRow.id)).scalar_one()
        people = sorted({ids[p] for p in ev.participants if p in ids})
        if people:
            session.execute(_insert(session, t.EventParticipantRow),
                            [dict(event_id=event_id, entity_id=p) for p in people])


def _save_commitment(session: Session, doc_id: int, c, lemmas: str) -> None:
    target = c.target
    commitment_id = session.execute(_insert(session, t.CommitmentRow).values(
        document_id=doc_id, start=c.start, stop=c.stop, text=c.text, lemmas=lemmas, kind=c.kind, action=c.action,
        object=c.object, target_value=target.value if target else None, target_unit=target.unit if target else None,
        target_start=target.start if target else None, target_stop=target.stop if target else None,
        factor=c.factor if c.factor is not None else (target.factor if target else None), horizon=c.horizon,
        deadline=c.deadline, addressee=c.addressee, rule=c.rule, cue_start=c.cue.start if c.cue else None,
        cue_stop=c.cue.stop if c.cue else None).returning(t.CommitmentRow.id)).scalar_one()
    parties = list(dict.fromkeys(p for p in c.parties if p))
    if parties:
        session.execute(_insert(session, t.CommitmentPartyRow),
                        [dict(commitment_id=commitment_id, party=p) for p in parties])


def save_failed(session: Session, doc: Document, problem: str) -> None:
    """Keep a document that could not be extracted, marked failed, and record the failure; retried next time."""
    _insert_document(session, _document_row(doc, None, "", "failed", problem))
    record_failure(session, source_of(doc) or origin_of(doc), problem)


def record_failure(session: Session, source: str, problem: str) -> None:
    """Remember that ``source`` failed with ``problem`` (one row per source, the latest problem)."""
    source = absolute_source(source) or "-"
    stmt = _insert(session, t.FailureRow).values(source=source, problem=problem, time=_now())
    session.execute(stmt.on_conflict_do_update(index_elements=["source"],
                                               set_=dict(problem=problem, time=stmt.excluded.time)))


def clear_failure(session: Session, source: str | None) -> None:
    """Forget the failure of ``source`` (read or stored since), and of the file it is a line of, whether recorded
    with the path as given or made absolute."""
    if not source:
        return
    forms = {source, absolute_source(source)}
    forms |= {m[1] for m in map(_LOCATED.fullmatch, list(forms)) if m}
    session.execute(delete(t.FailureRow).where(t.FailureRow.source.in_(sorted(forms))))
