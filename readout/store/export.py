"""Tidy exports: one table a kind of fact, one row a fact, plain columns, ids that join.

``documents.id`` is the ``document_id`` of every fact; ``entities.id`` is the ``entity_id`` of mentions and event
participants and the ``speaker_id`` of quotes; ``commitments.id`` is the ``commitment_id`` of parties and thread
steps, and ``threads.id`` the ``thread_id`` of a commitment and of its steps. Many-to-many facts have their own
tables (``commitment_parties``, ``event_participants``, ``sectors``, ``thread_steps``), so no cell ever holds a list.
Spans (``start``/``stop``) point into ``documents.text``. Written as CSV, JSON Lines or Parquet (pyarrow:
``pip install 'readout[analysis]'``).

>>> import io, os, tempfile
>>> from readout.store import open_store
>>> with open_store(os.path.join(tempfile.mkdtemp(), "kb.db")) as store, store.session() as s:
...     out = io.StringIO()
...     n = write_csv(s, "quotes", out)
...     out.getvalue().splitlines()[0]
'id,document_id,start,stop,text,direct,speaker_id,speaker_name,rule,speaker_rule,cue_start,cue_stop'
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import schema as t
from readout.store.search import documents_with_country

FORMATS = ("csv", "jsonl", "parquet")
SUFFIX = {"csv": ".csv", "jsonl": ".jsonl", "parquet": ".parquet"}


def _columns(table, *names: str) -> list:
    cols = table.__table__.c
    return [cols[n] for n in names] if names else [c for c in cols if c.name not in ("lemmas", "fingerprint")]


def _tables() -> dict[str, tuple[list, object]]:
    """Each exported table: its columns and the column holding its document id (``None``: not per document)."""
    D, C = t.DocumentRow, t.CommitmentRow
    return {
        "documents": (_columns(D, "id", "identity", "source", "url", "title", "date", "place", "publisher",
                               "publisher_country", "language", "license", "credit", "text"), D.id),
        "entities": (_columns(t.EntityRow), None),
        "mentions": (_columns(t.MentionRow), t.MentionRow.document_id),
        "quotes": (_columns(t.QuoteRow), t.QuoteRow.document_id),
        "commitments": (_columns(C, "id", "document_id", "start", "stop", "text", "kind", "action", "object",
                                 "target_value", "target_unit", "factor", "horizon", "deadline", "addressee", "rule",
                                 "cue_start", "cue_stop"), C.document_id),
        "commitment_parties": (_columns(t.CommitmentPartyRow), C.document_id),
        "events": (_columns(t.EventRow), t.EventRow.document_id),
        "event_participants": (_columns(t.EventParticipantRow), t.EventRow.document_id),
        "sectors": (_columns(t.SectorRow), t.SectorRow.document_id),
        "threads": (_columns(t.ThreadRow), None),
        "thread_steps": (_columns(t.ThreadStepRow), t.ThreadStepRow.document_id),
    }


TABLES = ("documents", "entities", "mentions", "quotes", "commitments", "commitment_parties", "events",
          "event_participants", "sectors", "threads", "thread_steps")


def columns(table: str) -> list[str]:
    """The column names of an exported table.

    >>> columns("commitment_parties")
    ['commitment_id', 'party']
    """
    return [c.name for c in _tables()[_check(table)][0]]


def _check(table: str) -> str:
    if table not in TABLES:
        raise ValueError(f"table {table!r}: expected one of {', '.join(TABLES)}, all")
    return table


def _statement(table: str, country: str | None) -> sa.Select:
    cols, doc_col = _tables()[table]
    stmt = sa.select(*cols)
    docs = sa.select(t.DocumentRow.id).where(t.DocumentRow.status == "ok")
    if country:
        docs = docs.where(t.DocumentRow.id.in_(documents_with_country(country)))
    if table == "commitment_parties":
        stmt = stmt.join(t.CommitmentRow, t.CommitmentRow.id == t.CommitmentPartyRow.commitment_id)
    elif table == "event_participants":
        stmt = stmt.join(t.EventRow, t.EventRow.id == t.EventParticipantRow.event_id)
    if doc_col is not None:
        stmt = stmt.where(doc_col.in_(docs))
    elif table == "entities":  # the entities that the exported documents name
        used = sa.union(sa.select(t.DocumentEntityRow.entity_id).where(t.DocumentEntityRow.document_id.in_(docs)),
                        sa.select(t.QuoteRow.speaker_id).where(t.QuoteRow.document_id.in_(docs)))
        stmt = stmt.where(t.EntityRow.id.in_(used))
    elif table == "threads":
        stmt = stmt.where(t.ThreadRow.id.in_(sa.select(t.ThreadStepRow.thread_id)
                                             .where(t.ThreadStepRow.document_id.in_(docs))))
    return stmt.order_by(*[c for c in cols if c.primary_key] or cols[:1])


def rows(session: Session, table: str, country: str | None = None) -> Iterator[dict]:
    """The rows of an exported ``table`` (one of :data:`TABLES`), of the documents involving ``country``."""
    names = columns(table)
    extra = table == "commitments"
    stmt = _statement(table, country)
    if extra:  # the commitment's thread: a plain id
        stmt = stmt.add_columns(t.ThreadStepRow.thread_id).outerjoin(
            t.ThreadStepRow, t.ThreadStepRow.commitment_id == t.CommitmentRow.id)
        names = names + ["thread_id"]
    for row in session.execute(stmt.execution_options(yield_per=1000)):
        yield dict(zip(names, row))


def write_csv(session: Session, table: str, out, country: str | None = None) -> int:
    """Write ``table`` as CSV (a header, then one line a row) to the text stream ``out``; the number of rows."""
    names = columns(table) + (["thread_id"] if table == "commitments" else [])
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows(session, table, country):
        writer.writerow(row)
        n += 1
    return n


def write_jsonl(session: Session, table: str, out, country: str | None = None) -> int:
    n = 0
    for row in rows(session, table, country):
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def _arrow_type(column):
    import pyarrow as pa

    kind = column.type.python_type
    return {int: pa.int64(), float: pa.float64(), bool: pa.bool_()}.get(kind, pa.string())


def write_parquet(session: Session, table: str, path: str | Path, country: str | None = None) -> int:
    """Write ``table`` to a Parquet file with typed columns (integers, floats, booleans, strings)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ValueError("Parquet needs pyarrow: pip install 'readout[analysis]'") from None
    cols = _tables()[table][0]
    fields = [pa.field(c.name, _arrow_type(c)) for c in cols]
    if table == "commitments":
        fields.append(pa.field("thread_id", pa.int64()))
    schema = pa.schema(fields)
    data = list(rows(session, table, country))
    for row in data:
        for k, v in row.items():
            if not isinstance(v, (int, float, bool, str, type(None))):
                row[k] = str(v)
    pq.write_table(pa.Table.from_pylist(data, schema=schema), str(path))
    return len(data)


def export(session: Session, table: str, fmt: str, out: str | Path | None = None, country: str | None = None,
           stdout=None) -> dict[str, int]:
    """Export ``table`` (or ``all``) in ``fmt`` to ``out``: a file for one table (standard output when ``None``,
    except for Parquet), a folder for ``all`` (``TABLE.csv`` …). Returns the rows written per table."""
    if fmt not in FORMATS:
        raise ValueError(f"format {fmt!r}: expected one of {', '.join(FORMATS)}")
    tables = TABLES if table == "all" else (_check(table),)
    if (table == "all" or fmt == "parquet") and out is None:
        raise ValueError(f"--out is needed for {'--table all' if table == 'all' else 'Parquet'}: "
                         f"a {'folder' if table == 'all' else 'file'} to write")
    counts = {}
    for name in tables:
        target = Path(out) / f"{name}{SUFFIX[fmt]}" if table == "all" else (Path(out) if out else None)
        if target is not None:
            target.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "parquet":
            counts[name] = write_parquet(session, name, target, country)
            continue
        write = write_csv if fmt == "csv" else write_jsonl
        if target is None:
            counts[name] = write(session, name, stdout, country)
        else:
            with open(target, "w", encoding="utf-8", newline="") as f:
                counts[name] = write(session, name, f, country)
    return counts
