"""Events the document reports: kind, held or planned, date, place and participants.

A cue (``data/event_cues.tsv``) in narration gives a kind; a cue in a sentence that plans
(``data/planned_cues.txt``, a future verb or an infinitive) gives a planned event. The place is the document's
``place`` field, a dateline ("16:50 Москва, Кремль") or a place named with a visit verb ("посетил Астану").

>>> from readout import read
>>> r = read("Касым-Жомарт Токаев и Ильхам Алиев провели переговоры в Астане.", date="2025-10-21")
>>> [(e.kind, e.status, e.place, e.date) for e in r.events]
[('talks', 'held', 'Астана', '2025-10-21')]
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from readout import data
from readout.extract.context import Context
from readout.extract.names import nominative

_DATELINE = re.compile(r"\d{4} года,? \d{1,2}:\d{2}\s+(?P<place>[А-ЯЁ][\w-]+)")
_AGENCY_DATELINE = re.compile(r"(?:^|\n)(?P<place>[А-ЯЁ]{3,}(?:-[А-ЯЁ]{2,})*), \d{1,2} [а-я]+\.? /[А-ЯЁA-Z-]+/")
_NO_PLACE = {"phone_call", "message"}
_PLACE_VERBS = {"посетить", "прибыть", "приехать", "находиться", "пройти", "состояться", "провести", "встретиться"}


@dataclass(slots=True)
class FoundEvent:
    kind: str
    status: str
    date: str | None
    place: str | None
    participants: list = field(default_factory=list)
    start: int | None = None
    stop: int | None = None
    rule: str = "cue"


@functools.cache
def cues() -> dict[tuple[str, ...], str]:
    return {tuple(r["cue"].split()): r["kind"] for r in data.tsv("event_cues")}


@functools.cache
def planned_words() -> frozenset[str]:
    return frozenset(data.lines("planned_cues"))


def _joint_document(toks, i: int, kind: str) -> bool:
    """"Совместное заявление" is a signed document, not a press statement."""
    return kind == "briefing" and i > 0 and toks[i - 1].lemma == "совместный"


def _background(ctx: Context, toks) -> bool:
    """A held event told as background: a year before the document's, or "назад", "ранее"."""
    from readout.extract.commitments import background

    return background(toks, int(ctx.doc.date[:4]) if ctx.doc.date else None)


def _planned(toks, k: int) -> bool:
    """A cue is planned when an infinitive, a future verb or a planning word stands shortly before it and no
    past-tense verb comes between ("посетил Астану с государственным визитом" is held)."""
    for t in reversed(toks[max(0, k - 12):k]):
        if t.feat("Tense") == "Past" and t.pos in ("VERB", "AUX") and t.feat("VerbForm") in (None, "Fin"):
            return False
        if t.lemma in planned_words() or t.feat("VerbForm") == "Inf":
            return True
        if t.feat("Tense") == "Fut" and t.pos in ("VERB", "AUX"):
            return True
        if t.lemma == "быть" and t.pos == "AUX" and t.feat("Tense") != "Past":  # "будут обсуждены"
            return True
    return any(t.lemma in planned_words() or _future_verb(t) for t in toks[k:k + 4])


def _future_verb(t) -> bool:
    return t.pos in ("VERB", "AUX") and (t.feat("Tense") == "Fut" or (t.lemma == "быть" and t.feat("Tense") == "Pres"))


def _place(ctx: Context) -> str | None:
    if ctx.doc.place:
        return ctx.doc.place.split(",")[0].strip()
    m = _DATELINE.search(ctx.analysis.text[:2000])
    if m and _is_place(ctx, m.start("place"), m.group("place")):
        return nominative(m.group("place"))
    m = _AGENCY_DATELINE.search(ctx.analysis.text[:1000])  # "МОСКВА, 10 июня. /ТАСС/."
    if m:
        return "-".join(w.capitalize() for w in m.group("place").lower().split("-"))
    countries = [(c.start, c.stop) for c in ctx.countries]
    for sent in ctx.analysis.sentences:
        if ctx.in_quote(sent.start):
            continue
        toks = ctx.analysis.sentence_tokens(sent)
        if not any(t.lemma in _PLACE_VERBS for t in toks):
            continue
        for span in ctx.analysis.ner:
            if span.type == "LOC" and sent.start <= span.start < sent.stop and not any(
                    a <= span.start < b for a, b in countries):
                return nominative(span.text)
    return None


def _is_place(ctx: Context, start: int, word: str) -> bool:
    """A dateline word is a place when NER says so or pymorphy knows it as a geographical name ("Москва"), not a
    first name or a page word ("Владимир", "Ссылка")."""
    from readout.nlp import models

    if any(s.type == "LOC" and s.start <= start < s.stop for s in ctx.analysis.ner):
        return True
    parses = models().parse(word)
    return bool(parses) and "Geox" in parses[0].tag


def find_events(ctx: Context) -> list[FoundEvent]:
    table = cues()
    longest = max(len(k) for k in table)
    found: dict[tuple[str, str], FoundEvent] = {}
    participants: list = []
    from readout.extract.clutter import find_clutter

    clutter = find_clutter(ctx.analysis.text)
    for sent in ctx.analysis.sentences:
        toks = ctx.analysis.sentence_tokens(sent)
        hit_here = False
        checks = any(a < sent.stop and sent.start < b for a, b in ctx.quoted + clutter)
        i = 0
        while i < len(toks):
            if checks and (ctx.in_quote(toks[i].start) or any(a <= toks[i].start < b for a, b in clutter)):
                i += 1
                continue
            for n in range(min(longest, len(toks) - i), 0, -1):
                kind = table.get(tuple(t.lemma for t in toks[i:i + n]))
                if kind:
                    status = "planned" if _planned(toks, i) else "held"
                    key = (kind, status)
                    if _joint_document(toks, i, kind) or (status == "held" and _background(ctx, toks)):
                        i += n
                        continue
                    if key not in found:
                        found[key] = FoundEvent(kind, status, ctx.doc.date if status == "held" else None, None,
                                                start=toks[i].start, stop=toks[i + n - 1].stop,
                                                rule=f"cue:{toks[i].lemma}")
                    hit_here = hit_here or status == "held"
                    i += n - 1
                    break
            i += 1
        if hit_here:
            for p in ctx.persons_in(sent.start, sent.stop):
                if p not in participants and not any(ctx.in_quote(f.start) for f in p.forms
                                                     if sent.start <= f.start < sent.stop):
                    participants.append(p)
    held = [e for e in found.values() if e.status == "held"]
    if not held:
        return list(found.values())
    place = None if all(e.kind in _NO_PLACE for e in held) else _place(ctx)
    if any(e.kind == "phone_call" for e in held):  # "в ходе беседы" in a call's readout is the call itself
        found = {k: e for k, e in found.items() if not (e.kind == "talks" and e.rule == "cue:беседа")}
    for q in getattr(ctx, "speakers", []):
        if q not in participants:
            participants.append(q)
    for e in found.values():
        if e.status == "held":
            e.place = None if e.kind in _NO_PLACE else place
            e.participants = list(participants)
    return list(found.values())
