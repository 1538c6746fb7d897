"""Plain-text renderings of a record for a terminal: a summary, and an explanation of every fact's rule.

>>> from readout import read
>>> print(record_text(read("Касым-Жомарт Токаев посетил Баку.", date="2025-10-21")).splitlines()[0])
== text  2025-10-21
"""
from __future__ import annotations

from readout.humanize import amount, factor
from readout.model import Record


def _head(rec: Record) -> str:
    d = rec.document
    name = d.source or d.id or "text"
    bits = [f"== {name}", d.date or "no date"]
    if d.publisher or rec.publisher_country:
        bits.append(f"publisher {d.publisher or '?'} ({rec.publisher_country or '?'})")
    return "  ".join(bits)


def record_text(rec: Record) -> str:
    """A summary a person reads: events, people, quotes, commitments, sectors."""
    names = {e.id: e.name for e in rec.entities}
    out = [_head(rec)]
    for e in rec.events:
        who = ", ".join(names.get(p, p) for p in e.participants)
        out.append(f"event      {e.kind} ({e.status}) {e.date or ''} {e.place or ''} {who}".rstrip())
    for e in rec.entities:
        if e.kind == "person":
            role = f" — {e.role}, {e.country}" if e.role else ""
            out.append(f"person     {e.name}{role}")
    countries = sorted({e.country for e in rec.entities if e.kind == "country"})
    if countries:
        out.append("countries  " + " ".join(countries))
    for q in rec.quotes:
        kind = "quote" if q.direct else "reported"
        out.append(f"{kind:10s} {q.speaker_name or '?'}: «{_short(q.text)}»")
    for c in rec.commitments:
        extra = []
        if c.target:
            extra.append(f"target {amount(c.target.value, c.target.unit)}")
        if c.factor:
            extra.append(factor(c.factor))
        if c.horizon:
            extra.append(f"by «{c.horizon}»")
        if c.addressee:
            extra.append(f"to {c.addressee}")
        parties = "-".join(c.parties)
        out.append(f"commitment {c.kind} [{parties}] {_short(c.text)}" + (f" ({'; '.join(extra)})" if extra else ""))
    if rec.sectors:
        out.append("sectors    " + ", ".join(rec.sectors))
    return "\n".join(out)


def explain_text(rec: Record, rejected: list | None = None) -> str:
    """Every quote, commitment and event with the rule that found it and how its speaker was resolved; with
    ``rejected`` (``readout explain --why``), also each candidate a rule turned down and why."""
    text = rec.document.text
    out = [_head(rec)]
    for q in rec.quotes:
        cue = f" cue «{text[q.cue.start:q.cue.stop]}»" if q.cue else ""
        out.append(f"quote [{q.start}:{q.stop}] rule={q.rule} speaker={q.speaker_name} via={q.speaker_rule}{cue}")
        out.append(f"    «{_short(q.text, 110)}»")
    for c in rec.commitments:
        cue = f" cue «{text[c.cue.start:c.cue.stop]}»" if c.cue else ""
        out.append(f"commitment [{c.start}:{c.stop}] kind={c.kind} rule={c.rule}{cue} parties={','.join(c.parties)}")
        out.append(f"    «{_short(c.text, 110)}»")
    for e in rec.events:
        out.append(f"event kind={e.kind} status={e.status} rule={e.rule} at [{e.start}:{e.stop}] "
                   f"«{text[e.start:e.stop] if e.start is not None else ''}»")
    for r in rejected or ():
        out.append(f"rejected {r.step} [{r.start}:{r.stop}] rule={r.rule} because {r.reason}")
        out.append(f"    «{_short(text[r.start:r.stop], 110)}»")
    return "\n".join(out)


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
