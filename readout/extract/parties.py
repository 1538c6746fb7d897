"""Parties and addressees of a commitment.

Parties are the states the clause names, the speaker's state for "мы"/"наш", and both sides of the document's
bilateral event (its publisher's state and the state it names most often besides) unless the clause names states
itself.
"""
from __future__ import annotations

from collections import Counter

from readout.extract.context import Context
from readout.extract.names import nominative

_WE = {"мы", "наш"}
_TOGETHER = {"совместно", "совместный", "вместе", "двусторонний", "взаимный"}


def sides(ctx: Context) -> list[str]:
    """The two sides of the document's event: the publisher's state and the other state named most."""
    counts = Counter(c.code for c in ctx.countries)
    if not counts:  # no state named: the states of the persons who hold an office ("Ильхам Алиев" → AZ)
        from readout.extract.entities import assign_office

        for p in ctx.persons:
            if not p.country:
                assign_office(ctx, p)
        counts = Counter(p.country for p in ctx.persons if p.country and len(p.country) == 2)
    home = ctx.publisher_country
    others = [code for code, _ in counts.most_common() if code != home]
    if home is None:  # a news agency: the states of the office holders who met, else the two states named most
        from readout.extract.entities import assign_office

        met: list[str] = []
        for p in ctx.persons:
            if p.holder_id and not p.country:
                assign_office(ctx, p)
            if p.holder_id and p.country and len(p.country) == 2 and p.country not in met:
                met.append(p.country)
        if len(met) >= 2:
            return met[:2]
        if others:
            home = others.pop(0)
    return [c for c in (home, others[0] if others else None) if c]


def parties(ctx: Context, a: int, b: int) -> tuple[str, ...]:
    named = [c.code for c in ctx.countries if a <= c.start < b]
    for p in ctx.persons_in(a, b):  # "Владимир Путин и Эмомали Рахмон условились…": the leaders' states
        if p.holder_id and not p.country:
            from readout.extract.entities import assign_office

            assign_office(ctx, p)
        if p.holder_id and p.country and len(p.country) == 2:
            named.append(p.country)
    out: list[str] = []
    for code in named:
        if code not in out:
            out.append(code)
    lemmas = {t.lemma for t in ctx.analysis.tokens_in(a, b)}
    if lemmas & _WE:
        speaker = _speaker_at(ctx, a)
        if speaker is not None and speaker.country and len(speaker.country) == 2 and speaker.country not in out:
            out.append(speaker.country)
    if not named or lemmas & _TOGETHER:  # "совместно с туркменской стороной" binds both sides
        for code in sides(ctx):
            if code not in out:
                out.append(code)
    return tuple(out)


def _speaker_at(ctx: Context, offset: int):
    for f in getattr(ctx, "found_quotes", []):
        if f.direct and f.start <= offset < f.stop and f.speakers:
            p = f.speakers[0]
            if not p.country:
                from readout.extract.entities import assign_office

                assign_office(ctx, p)
            return p
    return None


def addressee(ctx: Context, a: int, b: int) -> str | None:
    """"Правительствам поручено…" → "правительства": the dative before an instruction verb, in the nominative."""
    toks = ctx.analysis.tokens_in(a, b)
    for i, t in enumerate(toks):
        if t.lemma in ("поручить", "поручение"):
            for d in reversed(toks[:i]):
                if d.feat("Case") == "Dat" and d.pos in ("NOUN", "PROPN"):
                    return nominative(d.text).lower()
            for d in toks[i + 1:]:
                if d.feat("Case") == "Dat" and d.pos in ("NOUN", "PROPN"):
                    return nominative(d.text).lower()
    return None
