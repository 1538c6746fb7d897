"""Full-text search over documents, quotes and commitments, behind one function.

SQLite: FTS5 tables over each text and its lemmas (any form of a word finds any other). PostgreSQL: tsvector with
the ``russian`` configuration. Only the words of a query are used: quotes, operators, brackets and SQL in it are
plain characters, so no query can fail or inject. Every word must match (AND).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import schema as t
from readout.store.lemmas import lemma, words

KINDS = ("document", "quote", "commitment")
_TABLES = {"document": t.DocumentRow, "quote": t.QuoteRow, "commitment": t.CommitmentRow}
_PG_VECTOR = {
    "document": "coalesce(documents.title, '') || ' ' || coalesce(documents.text, '') || ' ' || "
                "coalesce(documents.lemmas, '')",
    "quote": "coalesce(quotes.text, '') || ' ' || coalesce(quotes.lemmas, '')",
    "commitment": "coalesce(commitments.text, '') || ' ' || coalesce(commitments.lemmas, '')",
}
SNIPPET = 80


@dataclass(frozen=True, slots=True)
class Hit:
    """One result: what it is, where it is (``start``/``stop`` in its document's text) and its text."""

    kind: str
    id: int
    document_id: int
    date: str | None
    title: str | None
    url: str | None
    start: int
    stop: int
    text: str
    score: float
    detail: str | None = None  # the speaker of a quote, the kind of a commitment

    def to_dict(self) -> dict:
        return asdict(self)


def normalize_kind(kind: str | None) -> tuple[str, ...]:
    """``None``/``all`` → every kind; ``quotes`` → ``('quote',)``.

    >>> normalize_kind("quotes"), normalize_kind(None)
    (('quote',), ('document', 'quote', 'commitment'))
    """
    if kind in (None, "", "all"):
        return KINDS
    single = kind.rstrip("s")
    if single not in KINDS:
        raise ValueError(f"kind {kind!r}: expected one of document, quote, commitment, all")
    return (single,)


def fts5_query(query: str) -> str | None:
    """The FTS5 MATCH expression for a user's query: each word as a quoted string, matched as itself or
    by its lemma; ``None`` when the query has no words.

    >>> fts5_query('переговорах "AND" (OR*')
    '(lemmas : "переговоры" OR "переговорах") AND (lemmas : "and" OR "and") AND (lemmas : "or" OR "or")'
    >>> fts5_query("'; --") is None
    True
    """
    ws = words(query)
    if not ws:
        return None
    return " AND ".join(f'(lemmas : "{lemma(w)}" OR "{w}")' for w in ws)


def search(source, query: str, kind: str | None = None, *, country: str | None = None, person: str | None = None,
           since: str | None = None, until: str | None = None, limit: int = 20, offset: int = 0) -> list[Hit]:
    """Search a store (or a session) for ``query``; best first. A query without words lists by date, newest first.

    ``country`` (ISO code) keeps items of documents that involve that country; ``person`` (entity key or part of
    a name) keeps quotes by that person and documents/commitments of documents that mention them;
    ``since``/``until`` (YYYY-MM-DD) bound the document date.
    """
    session, own = (source, False) if isinstance(source, Session) else (source.session(), True)
    try:
        hits: list[Hit] = []
        for k in normalize_kind(kind):
            hits += _search_kind(session, k, query, country, person, since, until, limit + offset)
        hits.sort(key=lambda h: (-h.score, _neg_date(h.date), h.kind, h.id))
        return hits[offset: offset + limit]
    finally:
        if own:
            session.close()


def _neg_date(day: str | None) -> tuple:
    return tuple(-ord(c) for c in (day or ""))


def person_entities(person: str) -> sa.Select:
    """Ids of entities whose key is ``person`` or whose name contains it as typed, lower-case or capitalised
    (SQLite's ``lower()`` folds only ASCII, so the variants are spelled out)."""
    variants = {person, person.lower(), person.title(), person.capitalize()}
    return sa.select(t.EntityRow.id).where(sa.or_(t.EntityRow.key == person,
                                                  *(t.EntityRow.name.contains(v, autoescape=True) for v in variants)))


def documents_with_country(country: str) -> sa.Select:
    country = country.upper()
    via_entity = (sa.select(t.DocumentEntityRow.document_id)
                  .join(t.EntityRow, t.EntityRow.id == t.DocumentEntityRow.entity_id)
                  .where(t.EntityRow.country == country))
    return sa.select(t.DocumentRow.id).where(sa.or_(t.DocumentRow.publisher_country == country,
                                                    t.DocumentRow.id.in_(via_entity)))


def _search_kind(session, kind, query, country, person, since, until, limit) -> list[Hit]:
    table = _TABLES[kind]
    doc = t.DocumentRow
    score = sa.literal(0.0)
    cols = [table.id, doc.id.label("document_id"), doc.date, doc.title, doc.url]
    stmt = sa.select(*cols).select_from(table)
    if kind != "document":
        stmt = stmt.join(doc, doc.id == table.document_id)
    stmt = stmt.where(doc.status == "ok")
    dialect = session.get_bind().dialect.name
    if words(query):
        if dialect == "sqlite":
            fts = sa.table(f"{table.__tablename__}_fts", sa.column("rowid"))
            stmt = stmt.join(fts, fts.c.rowid == table.id).where(
                sa.text(f"{table.__tablename__}_fts MATCH :match").bindparams(match=fts5_query(query)))
            score = -sa.func.bm25(sa.literal_column(f"{table.__tablename__}_fts"))
        else:
            vector = sa.func.to_tsvector(sa.literal_column("'russian'"), sa.literal_column(_PG_VECTOR[kind]))
            tsquery = sa.func.plainto_tsquery(sa.literal_column("'russian'"), " ".join(words(query)))
            stmt = stmt.where(vector.op("@@")(tsquery))
            score = sa.func.ts_rank(vector, tsquery)
    if country:
        stmt = stmt.where(doc.id.in_(documents_with_country(country)))
    if person:
        if kind == "quote":
            stmt = stmt.where(t.QuoteRow.speaker_id.in_(person_entities(person)))
        else:
            stmt = stmt.where(doc.id.in_(sa.select(t.DocumentEntityRow.document_id)
                                         .where(t.DocumentEntityRow.entity_id.in_(person_entities(person)))))
    if since:
        stmt = stmt.where(doc.date >= since)
    if until:
        stmt = stmt.where(doc.date <= until)
    stmt = stmt.add_columns(score.label("score")).order_by(sa.desc("score"), doc.date.desc(), table.id).limit(limit)
    rows = session.execute(stmt).all()
    return [_hit(session, kind, row, query) for row in rows]


def _hit(session: Session, kind: str, row, query: str) -> Hit:
    base = dict(kind=kind, id=row.id, document_id=row.document_id, date=row.date, title=row.title, url=row.url,
                score=round(float(row.score or 0.0), 6))
    if kind == "quote":
        q = session.get(t.QuoteRow, row.id)
        return Hit(start=q.start, stop=q.stop, text=q.text, detail=q.speaker_name, **base)
    if kind == "commitment":
        c = session.get(t.CommitmentRow, row.id)
        return Hit(start=c.start, stop=c.stop, text=c.text, detail=c.kind, **base)
    text = session.scalar(sa.select(t.DocumentRow.text).where(t.DocumentRow.id == row.id))
    start, stop = first_match(text, query)
    left, right = max(0, start - SNIPPET), min(len(text), stop + SNIPPET)
    return Hit(start=start, stop=stop, text=text[left:right].replace("\n", " "), **base)


def first_match(text: str, query: str) -> tuple[int, int]:
    """The span of the first word of ``text`` that is a form of a query word; ``(0, 0)`` if none.

    >>> first_match("Прошли переговоры. В переговорах участвовали…", "переговорах")
    (7, 17)
    """
    wanted = {lemma(w) for w in words(query)} | set(words(query))
    for m in re.finditer(r"[^\W_]+", text):
        w = m.group().lower()
        if w in wanted or lemma(w) in wanted:
            return m.start(), m.end()
    return 0, 0
