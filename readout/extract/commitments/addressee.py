"""Who an instruction addresses: the body instructed ("Правительствам поручено…") and its state."""
from __future__ import annotations

from readout.extract.context import Context
from readout.extract.entities.names import nominative


def addressee_states(ctx: Context, toks) -> tuple[str, ...]:
    """The states named in the dative phrase of the body instructed by a passive "поручено" ("Министерству энергетики
    и промышленности КР было поручено"): an instruction binds the state of the body instructed (GUIDELINES). Not a
    dative under a preposition ("По итогам визита премьер-министра Индии …"), nor one before a subject."""
    for i, t in enumerate(toks):
        if not (t.lemma == "поручить" and t.feat("Voice") == "Pass" or t.lemma == "поручение"):
            continue
        dat = None
        for k in range(i - 1, -1, -1):
            x = toks[k]
            if x.pos in ("NOUN", "PROPN", "PRON") and x.feat("Case") == "Nom":
                return ()  # "Путин … поручил": a subject instructs; the clause's own states decide
            if x.feat("Case") == "Dat" and x.pos in ("NOUN", "PROPN"):
                dat = k
                break
        if dat is None or dat and toks[dat - 1].pos == "ADP":
            return ()
        stop = next((x.start for x in toks[dat + 1:] if x.pos in ("VERB", "AUX", "PUNCT", "ADP")), t.start)
        return tuple(dict.fromkeys(c.code for c in ctx.countries if toks[dat].start <= c.start < stop))
    return ()


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
