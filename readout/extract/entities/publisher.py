"""Who published a text: a known official source from its URL, credit line or publisher field, or the state a
text calls "наш" ("Глава нашего государства").

>>> from readout.model import Document
>>> publisher_of(Document(text="…", credit="Фото: t.me/aqorda_resmi"))[1]
'KZ'
"""
from __future__ import annotations

import re

from readout.model import Document

_OURS = re.compile(r"\b(?:[Гг]лав[а-я]* нашего государства|нашего Президента|[Пп]резидент нашей страны)")
_HEAD_OFFICES = ("president", "monarch", "head_of_state")


def publisher_of(doc: Document, analysis=None):
    """(publisher, its country) from the document's url, credit line, publisher or source fields."""
    from readout import offices

    for value in (doc.url, doc.credit, doc.publisher, doc.source):
        if value:
            p = offices.publisher_for(value)
            if p is not None:
                return p, p.country
    return None, None


def our_country(ctx) -> str | None:
    """The state a text speaks of as "наш": that of the first head of state it names, when it does."""
    ours = list(_OURS.finditer(ctx.analysis.text))
    if not ours:
        return None
    from readout import offices

    others = [p for p in ctx.persons if _beside(ctx, p, ours)]
    for person in [p for p in ctx.persons if p not in others] + others:
        for form in person.forms:
            holder = offices.find_holder(" ".join(form.words))
            if holder is None:
                continue
            for term in holder.terms:
                if term.office in _HEAD_OFFICES and term.country and term.covers(ctx.doc.date):
                    return term.country
    return None


def _beside(ctx, person, ours) -> bool:
    """The person is named in a sentence that calls someone else "наш": "Пезешкиан выразил благодарность главе
    нашего государства" (the head of state thanked is not Pezeshkian); a name right after the phrase is the same
    person ("Глава нашего государства Ильхам Алиев")."""
    for m in ours:
        sent = ctx.analysis.sentence_at(m.start())
        if sent is None:
            continue
        for f in person.forms:
            if sent.start <= f.start < sent.stop and not m.end() <= f.start <= m.end() + 2:
                return True
    return False
