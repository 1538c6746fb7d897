"""Full-text search over documents, quotes and commitments, behind one function.

SQLite: FTS5 tables over each text and its lemmas (any form of a word finds any other). PostgreSQL: tsvector with
the ``russian`` configuration. The query syntax (words, ``"phrases"``, ``OR``, ``prefix*``) is
:mod:`readout.store.query_syntax`: only letters and digits reach the database, so no query can fail or inject.
Each hit carries a short ``snippet`` of its text around the first match and the ``marks`` of the matched words
in it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import schema as t
from readout.store import query_syntax as syntax

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
    snippet: str = ""  # the text around the first match
    marks: tuple[tuple[int, int], ...] = ()  # the matched words, as offsets into the snippet
    direct: bool | None = None  # a quote: direct (True) or reported (False) speech

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
    """The FTS5 MATCH expression for a user's query (see :mod:`readout.store.query_syntax`); ``None`` when the
    query has no words.

    >>> fts5_query('переговорах "AND" (OR*')
    '((lemmas : "переговоры" OR "переговорах")) AND ((lemmas : "and" OR "and")) AND ("or" *)'
    >>> fts5_query("'; --") is None
    True
    """
    return syntax.fts5(syntax.parse(query))


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
            stmt = _statement(session, k, query, country, person, since, until)
            hits += _hits(session, k, stmt.limit(limit + offset), query)
        hits.sort(key=lambda h: (-h.score, _neg_date(h.date), h.kind, h.id))
        return hits[offset: offset + limit]
    finally:
        if own:
            session.close()


def total(session: Session, query: str, kind: str | None = None, *, country: str | None = None,
          person: str | None = None, since: str | None = None, until: str | None = None) -> int:
    """How many hits :func:`search` has for the same question, over all its pages."""
    n = 0
    for k in normalize_kind(kind):
        stmt = _statement(session, k, query, country, person, since, until).order_by(None)
        n += session.scalar(sa.select(sa.func.count()).select_from(stmt.subquery()))
    return n


def match_ids(session: Session, kind: str, query: str) -> sa.Select:
    """The ids of the ``kind`` rows (document, quote, commitment) that match ``query``, as a subquery."""
    table = _TABLES[kind]
    return _match(session, kind, sa.select(table.id), query)[0]


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


def _match(session: Session, kind: str, stmt: sa.Select, query: str):
    """``stmt`` (over ``kind``'s table) kept to the rows matching ``query``, and the score of a row."""
    table = _TABLES[kind]
    groups = syntax.parse(query)
    if not groups:
        return stmt, sa.literal(0.0)
    if session.get_bind().dialect.name == "sqlite":
        name = f"{table.__tablename__}_fts"
        fts = sa.table(name, sa.column("rowid"))
        stmt = stmt.join(fts, fts.c.rowid == table.id).where(
            sa.text(f"{name} MATCH :match").bindparams(match=syntax.fts5(groups)))
        return stmt, -sa.func.bm25(sa.literal_column(name))
    vector = sa.func.to_tsvector(sa.literal_column("'russian'"), sa.literal_column(_PG_VECTOR[kind]))
    tsquery = sa.func.to_tsquery(sa.literal_column("'russian'"), syntax.tsquery(groups))
    return stmt.where(vector.op("@@")(tsquery)), sa.func.ts_rank(vector, tsquery)


def _statement(session, kind, query, country, person, since, until) -> sa.Select:
    table = _TABLES[kind]
    doc = t.DocumentRow
    stmt = sa.select(table.id, doc.id.label("document_id"), doc.date, doc.title, doc.url).select_from(table)
    if kind != "document":
        stmt = stmt.join(doc, doc.id == table.document_id)
    stmt, score = _match(session, kind, stmt.where(doc.status == "ok"), query)
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
    return stmt.add_columns(score.label("score")).order_by(sa.desc("score"), doc.date.desc(), table.id)


def _hits(session: Session, kind: str, stmt: sa.Select, query: str) -> list[Hit]:
    groups = syntax.parse(query)
    return [_hit(session, kind, row, groups) for row in session.execute(stmt).all()]


def _hit(session: Session, kind: str, row, groups) -> Hit:
    base = dict(kind=kind, id=row.id, document_id=row.document_id, date=row.date, title=row.title, url=row.url,
                score=round(float(row.score or 0.0), 6))
    if kind == "quote":
        q = session.get(t.QuoteRow, row.id)
        return _with_snippet(Hit(start=q.start, stop=q.stop, text=q.text, detail=q.speaker_name, direct=q.direct,
                                 **base), groups)
    if kind == "commitment":
        c = session.get(t.CommitmentRow, row.id)
        return _with_snippet(Hit(start=c.start, stop=c.stop, text=c.text, detail=c.kind, **base), groups)
    text = session.scalar(sa.select(t.DocumentRow.text).where(t.DocumentRow.id == row.id))
    spans = syntax.highlights(text, groups)
    start, stop = spans[0] if spans else (0, 0)
    cut, left, marks = syntax.snippet(text, spans, SNIPPET)
    return Hit(start=start, stop=stop, text=cut, snippet=cut, marks=tuple(marks), **base)


def _with_snippet(hit: Hit, groups) -> Hit:
    cut, _, marks = syntax.snippet(hit.text, syntax.highlights(hit.text, groups), SNIPPET)
    return replace(hit, snippet=cut, marks=tuple(marks))


def first_match(text: str, query: str) -> tuple[int, int]:
    """The span of the first word of ``text`` that a query term matches; ``(0, 0)`` if none.

    >>> first_match("Прошли переговоры. В переговорах участвовали…", "переговорах")
    (7, 17)
    """
    spans = syntax.highlights(text, syntax.parse(query))
    return spans[0] if spans else (0, 0)
