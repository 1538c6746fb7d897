"""What the lists' answers mean beyond their items: why an empty list is empty (:func:`unknown`: a person or
country the store does not know, as against one with nothing to list), and an answer as a plain CSV row
(:func:`flat_row`, :func:`write_csv`). The CLI, the API and the pages share them.

>>> import os, tempfile
>>> from readout.store import open_store
>>> with open_store(os.path.join(tempfile.mkdtemp(), "kb.db")) as store, store.session() as s:
...     unknown(s, person="Токаев"), unknown(s, countries=["kz"])
('no such person: Токаев', 'no such country in the store: KZ')
"""
from __future__ import annotations

import csv

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import filters as f
from readout.store import schema as t
from readout.store.search import person_entities


def unknown(session: Session, *, person: str | None = None, countries=()) -> str | None:
    """Why a list came back empty when the reason is its question, not the facts: ``no such person: X`` when no
    entity of the store has that key or a name containing it, ``no such country in the store: FR`` when nothing
    stored involves that country; ``None`` when every person and country asked about is known (then the list is
    simply empty: ``no quotes``). Codes are checked first (:func:`readout.store.filters.countries`)."""
    for code in f.countries(countries):
        involved = sa.union(sa.select(t.EntityRow.id).where(t.EntityRow.country == code),
                            sa.select(t.CommitmentPartyRow.commitment_id).where(t.CommitmentPartyRow.party == code),
                            sa.select(t.DocumentRow.id).where(t.DocumentRow.publisher_country == code))
        if session.scalar(sa.select(sa.func.count()).select_from(involved.subquery())) == 0:
            return f"no such country in the store: {code}"
    if person and session.scalar(person_entities(person).limit(1)) is None:
        return f"no such person: {person}"
    return None


def flat_row(item: dict) -> dict:
    """``item`` with plain cells for CSV: a list of names or codes joined by ``"; "`` (names hold spaces), a list
    of pairs (a search hit's ``marks``) left out; numbers, text and ``None`` as they are. The CLI's and the API's
    CSV both use it.

    >>> flat_row({"id": 7, "parties": ["AZ", "KZ"], "participants": ["Ильхам Алиев (AZ)"], "marks": [(0, 2)]})
    {'id': 7, 'parties': 'AZ; KZ', 'participants': 'Ильхам Алиев (AZ)'}
    """
    out = {}
    for key, value in item.items():
        if isinstance(value, (list, tuple)):
            if any(isinstance(v, (list, tuple, dict)) for v in value):
                continue
            value = "; ".join(str(v) for v in value)
        elif isinstance(value, dict):
            continue
        out[key] = value
    return out


def write_csv(items: list[dict], out) -> None:
    """``items`` as CSV on ``out``: a header of every column any row has, in first-seen order, then one
    :func:`flat_row` a line.

    >>> import io; buf = io.StringIO(); write_csv([{"id": 1}, {"id": 2, "parties": ["AZ", "KZ"]}], buf)
    >>> buf.getvalue()
    'id,parties\\r\\n1,\\r\\n2,AZ; KZ\\r\\n'
    """
    rows = [flat_row(item) for item in items]
    writer = csv.DictWriter(out, fieldnames=list(dict.fromkeys(k for row in rows for k in row)))
    writer.writeheader()
    writer.writerows(rows)
