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
from dataclasses import dataclass, field

from readout import data
from readout.extract.context import Context
from readout.extract.events.checks import (DEMONSTRATIVE, bilateral, one_member, ceremony_of, discussed, frame, in_title,
                                          joint_document, planned, signed_before, since, title_end,
                                          recalled_before, told_before)
from readout.extract.phrases import PhraseTable
from readout.extract.speech.base import speech_verbs

_NO_PLACE = {"phone_call", "message"}


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
def cues() -> PhraseTable[str]:
    return PhraseTable({tuple(r["cue"].split()): r["kind"] for r in data.tsv("event_cues")})


def _discussed_jointly(ctx: Context, sent, toks) -> bool:
    """Two or more persons named as the subject of a perfective past "обсудили" after the event was told: "Олег
    Кожемяко и Коитиро Накамура обсудили проекты" names the guest the lead gave by title only."""
    verbs = [t for t in toks if t.lemma in data.lexicon("discuss_verb") and t.feat("Aspect") == "Perf"
             and t.feat("Tense") == "Past" and t.feat("Number") == "Plur" and not ctx.in_quote(t.start)]
    if not verbs or told_before(ctx, toks) or any(t.lemma in data.lexicon("remote_channel") for t in toks) or any(
            t.lemma in speech_verbs() and t.pos == "VERB" and t.start < verbs[0].start for t in toks):
        return False  # not "Ранее X и Y обсудили …", "обсудили по видеосвязи", "Песков сообщил, что X и Y обсудили …"
    before = ctx.analysis.tokens_in(sent.start, verbs[0].start)
    named = ctx.persons_in(sent.start, verbs[0].start)
    nominative = [p for p in named if any(
        sent.start <= f.start < verbs[0].start and ctx.name_case(f) in (None, "Nom") for f in p.forms)]
    return len(named) >= 2 and bool(nominative) and any(t.lemma == "и" for t in before)


def find_events(ctx: Context) -> list[FoundEvent]:
    table = cues()
    found: dict[tuple[str, str], FoundEvent] = {}
    participants: list = []
    event_sentences: list[tuple[int, int]] = []
    from readout.extract.clutter import find_clutter

    clutter = find_clutter(ctx.analysis.text)
    title, body_first = title_end(ctx.analysis.text), {}  # the body's own first name of each kind
    for sent in ctx.analysis.sentences:
        toks = ctx.analysis.sentence_tokens(sent)
        hit_here = False
        checks = any(a < sent.stop and sent.start < b for a, b in ctx.quoted + clutter)
        lemmas = [t.lemma for t in toks]
        i = 0
        while i < len(toks):
            if checks and (ctx.in_quote(toks[i].start) and not _in_release(ctx, toks[i].start) or any(
                    a <= toks[i].start < b for a, b in clutter)):
                i += 1
                continue
            hit = table.longest_at(lemmas, i) or _reception(ctx, toks, i) or _session(ctx, toks, i)
            if hit is None:
                i += 1
                continue
            kind, n = hit
            status = "planned" if planned(toks, i) else "held"
            why = ("joint document" if joint_document(toks, i, kind) else
                   "a frame of the event" if frame(toks, i, kind) else
                   "two sides' summit" if kind == "summit" and bilateral(toks, i) else
                   "many of them, no occasion" if kind in ("summit", "forum") and n == 1 and toks[i].feat(
                       "Number") == "Plur" else
                   "a title" if kind == "council" and in_title(ctx, toks, i) or kind in ("forum", "summit") and (
                       one_member(toks, i)) else
                   "a topic discussed" if discussed(toks, i) else
                   "a body named, no session of it" if kind == "council" and not _in_session(toks, i, n) else
                   "a welcome ceremony" if kind == "meeting" and ceremony_of(toks, i) else
                   "the planned one named again" if status == "held" and (kind, "planned") in found and (
                       kind, "held") not in found and i and toks[i - 1].lemma in DEMONSTRATIVE else
                   "background" if status == "held" and (told_before(ctx, toks) or since(toks, i) or recalled_before(
                       toks, i)) else
                   "agreements reached there" if status == "held" and any(
                       t.lemma == "достигнутый" or t.lemma == "достигнуть" and t.feat("VerbForm") == "Part" and t.feat(
                           "Variant") != "Short" for t in toks[max(0, i - 14):i]) else  # the tagger reads it either way  # "договоренностей, достигнутых … в рамках заседания"
                   "a document signed before" if kind == "signing" and signed_before(toks, i) else
                   "message outside the lead" if kind == "message" and not _in_lead(ctx, sent.start) and not (
                       toks[i].lemma.startswith("поздрав") and _lead_greets(ctx)) else None)
            if why:
                ctx.reject("events", f"cue:{toks[i].lemma}", toks[i].start, toks[i + n - 1].stop, why)
            elif (kind, status) not in found:
                found[(kind, status)] = FoundEvent(kind, status, ctx.doc.date if status == "held" else None, None,
                                                   start=toks[i].start, stop=toks[i + n - 1].stop,
                                                   rule=f"cue:{toks[i].lemma}")
            if status == "held" and not why and toks[i].start >= title:
                body_first.setdefault(kind, toks[i].start)
            hit_here = hit_here or (status == "held" and not why)
            i += n
        attends = not hit_here and any(t.lemma in data.lexicon("attendance") and not planned(toks, j)
                                       for j, t in enumerate(toks)) and not (
            checks and ctx.in_quote(sent.start)) and not told_before(ctx, toks)  # "примет участие": not yet
        attends = attends or not hit_here and any(e.status == "held" for e in found.values()) and _discussed_jointly(
            ctx, sent, toks)
        if hit_here or attends:  # "Турецкую сторону представляют Мевлют Чавушоглу, Хулуси Акар …" take part too
            if hit_here:
                event_sentences.append((sent.start, sent.stop))
            for p in ctx.persons_in(sent.start, sent.stop):
                if p not in participants and not any(ctx.in_quote(f.start) for f in p.forms
                                                     if sent.start <= f.start < sent.stop):
                    participants.append(p)
    held = [e for e in found.values() if e.status == "held"]
    if not held:
        met = _transcript_meeting(ctx) or _discussion_meeting(ctx)
        if met is None:
            return list(found.values())
        found[("meeting", "held")] = met
        held = [met]
    sentence_of = {x.kind: (ctx.analysis.sentence_at(body_first.get(x.kind, x.start or 0)) or ctx.analysis.sentences[
        0]).start if x.kind in body_first or (x.start or 0) >= title else len(ctx.analysis.text) for x in held}
    # a kind only the headline names comes after the body's ("темы переговоров" over "в телефонном разговоре")
    kinds = one_occasion({x.kind for x in held}, sentence_of)
    if {"talks", "meeting"} <= kinds:  # the body's own first name for the occasion: "встреча" or "переговоры"
        named = {k: at for k, at in body_first.items() if k in ("talks", "meeting")}  # (a headline's "встретился"
        first = min(named, key=named.get) if named else min(  # over the lead's "провел переговоры" is shorthand)
            (e for e in held if e.kind in ("talks", "meeting")), key=lambda e: e.start or 0).kind
        kinds -= {"talks", "meeting"} - {first}
    for e in held:
        if e.kind not in kinds and e.start is not None:
            ctx.reject("events", e.rule, e.start, e.stop or e.start, f"the same occasion as {', '.join(sorted(kinds))}")
    found = {k: e for k, e in found.items() if e.status != "held" or e.kind in kinds}
    from readout.extract.events.places import event_place

    held = [e for e in found.values() if e.status == "held"]
    place = None if all(e.kind in _NO_PLACE for e in held) else event_place(ctx, event_sentences)[0]
    for q in getattr(ctx, "speakers", []):
        if q not in participants:
            participants.append(q)
    for e in found.values():
        if e.status == "held":
            e.place = None if e.kind in _NO_PLACE else place
            e.participants = list(participants)
    return list(found.values())


def _in_session(toks, i: int, n: int) -> bool:
    """A council's cue tells a session only beside a word of one (``lexicon: session_word``: "заседание
    межправительственной комиссии", "комиссия провела заседание", "собрался Высший госсовет"); "возглавлял
    межправительственную комиссию" names the body."""
    words = data.lexicon("session_word")
    return any(t.lemma in words for t in toks[max(0, i - 4):i + n + 4]) or any(t.lemma == "собраться" for t in toks)


def _in_release(ctx: Context, offset: int) -> bool:
    """The words stand in a press release the text quotes ("«Министр … принял …», – говорится в сообщении
    пресс-службы"): the service's narration, which tells events as the text's own does."""
    return any(a <= offset < b for a, b in ctx.releases)


def _transcript_meeting(ctx: Context) -> FoundEvent | None:
    """A transcript whose turns are spoken by two persons or more and that names no event ("В.Путин: Уважаемый
    господин Президент! …", "И.Каримов: Владимир Владимирович, позвольте поприветствовать Вас в Ташкенте …") is
    the record of their meeting."""
    turns = [f for f in getattr(ctx, "found_quotes", []) if f.rule == "transcript_turn"]
    speakers = []
    for p in (p for f in turns for p in f.speakers):
        if p not in speakers:
            speakers.append(p)
    if len(speakers) < 2:
        return None
    first = min(turns, key=lambda f: f.start)
    return FoundEvent("meeting", "held", ctx.doc.date, None, start=first.start, stop=first.start,
                      rule="transcript")


def _discussion_meeting(ctx: Context) -> FoundEvent | None:
    """A lead that names no event but two persons who "обсудили" something together ("Губернатор … Олег Кожемяко
    и руководитель … Валерий Сахно обсудили вопросы …") reports their meeting; a call would say so."""
    for sent in ctx.analysis.sentences[:5]:
        toks = ctx.analysis.sentence_tokens(sent)
        if _discussed_jointly(ctx, sent, toks):
            return FoundEvent("meeting", "held", ctx.doc.date, None, start=sent.start, stop=sent.start,
                              rule="joint_discussion")
    return None


def _reception(ctx: Context, toks, i: int) -> tuple[str, int] | None:
    """"Ильхам Алиев принял в понедельник председателя палаты": receiving a person is a meeting; "принял участие",
    "приняли декларацию" receive no one. The first noun after the verb (time words between) must be a person: an
    animate accusative or a name."""
    if toks[i].lemma != "принять" or toks[i].pos != "VERB":
        return None
    after = toks[i + 1:i + 7]
    for j, t in enumerate(after):
        if t.pos in ("ADV", "ADP", "ADJ", "NUM") or j and after[j - 1].pos == "ADP":
            continue  # "в понедельник", "вчера"
        named = any(f.start == t.start for p in ctx.persons_in(t.start, t.stop + 1) for f in p.forms)
        group = data.lexicon("received_group")  # "принял делегацию во главе с …"
        if named or t.pos == "NOUN" and (t.feat("Animacy") == "Anim" or t.lemma in group) and t.feat("Case") in (
                "Acc", "Gen"):
            return "meeting", 1
        return None
    return None


def _body_states(ctx: Context, toks, i: int, j: int) -> set[str]:
    """The states a body's name makes it a body of: a two-state adjective before its noun ("Межправительственной
    туркмено-турецкой комиссии"), states right after the noun ("комиссии России и Киргизии") or after "между"
    ("комиссии по сотрудничеству между Азербайджаном и Ираном"); not "комиссии по сотрудничеству с Китаем" or
    "мероприятий Года России и Китая" (a domestic body's subject)."""
    codes = {c.code for c in ctx.countries if toks[i].stop <= c.start < toks[j].start}  # adjectives before the noun
    after = toks[j + 1:j + 17]
    if not after:
        return codes
    named = {x.start for x in after for d in ctx.countries if d.start <= x.start < d.stop}
    joins = lambda x: x.lemma in ("и", ",", "между", "республика") or x.pos == "ADJ" or x.start in named  # noqa: E731
    for n, t in enumerate(after):
        if n == 0 or t.lemma == "между":  # the states named from here on, joined by "и" and commas
            codes |= {c.code for c in ctx.countries if t.start <= c.start <= after[-1].start and all(
                joins(x) for x in after[n:] if x.start < c.start)}
    return codes


def _session(ctx: Context, toks, i: int) -> tuple[str, int] | None:
    """"В Баку состоялось 17-е заседание Государственной комиссии по … сотрудничеству между Азербайджаном и
    Ираном", "заседании Совета Парламентской Ассамблеи ОДКБ": a session of a commission or council of states (the
    body's name, up to 16 words, names two states or a union of states in capitals), a ``council``; "заседание глав
    государств СНГ", the heads of a union's states, a ``summit``; not
    "заседание Совета Федерации", "Военно-промышленной комиссии Российской Федерации" or a company's board."""
    if toks[i].lemma != "заседание":
        return None
    j = i + 1
    while j < len(toks) and j <= i + 4 and (toks[j].pos in ("ADJ", "NUM") or toks[j].text[:1].isdigit()):
        j += 1
    if j + 2 < len(toks) and toks[j].lemma in ("глава", "лидер") and toks[j + 1].lemma in ("государство",
                                                                                         "правительство") and any(
            t.text.lower() in data.lexicon("union_of_states") for t in toks[j + 2:j + 6]):
        return "summit", j - i + 2  # "заседание глав государств СНГ": the heads of a union's states, a summit
    if j >= len(toks) or toks[j].lemma not in data.lexicon("session_body") or toks[j].feat("Case") != "Gen":
        return None
    name = toks[j + 1:j + 17]
    if any(t.lemma in data.lexicon("domestic_body") for t in name[:2]):
        return None
    states = len(_body_states(ctx, toks, i, j)) > 1
    name = name[:next((n for n, t in enumerate(name) if t.text in ".;:!?)" or t.pos in ("VERB", "AUX")), len(name))]
    union = any(t.text.lower() in data.lexicon("union_of_states") for t in name)  # "Совета ПА ОДКБ"; not "ТЭК"; "Совета
    # глав правительств Содружества независимых государств (СНГ)": the abbreviation in brackets after the name
    return ("council", j - i + 1) if states or union else None


def one_occasion(kinds: set[str], first: dict[str, int] | None = None) -> set[str]:
    """The kinds of one occasion, as a reader counts them: a phone call is a call and nothing else ("в ходе
    беседы" is the call itself), unless the text names a meeting in person first and the call only after it
    ("встретились в Цюрихе … Ранее они четыре раза провели телефонные переговоры"; ``first``: the offset of the
    sentence that first names each kind, so "переговоры … по телефону" in one sentence stay a call). (Talks and a meeting are one
    occasion too: :func:`find_events` keeps the one the body names first.)

    >>> sorted(one_occasion({"phone_call", "talks", "message"}))
    ['phone_call']
    >>> sorted(one_occasion({"phone_call", "meeting"}, {"meeting": 10, "phone_call": 400}))
    ['meeting']
    """
    if "phone_call" in kinds:
        in_person = [first[k] for k in kinds & {"meeting", "talks", "official_visit", "state_visit", "working_visit"}
                     ] if first else []
        if in_person and min(in_person) < first["phone_call"]:
            return kinds - {"phone_call"}
        return {"phone_call"}
    return kinds


def _in_lead(ctx: Context, offset: int) -> bool:
    """In the headline or the first two sentences: where a greeting or a letter is the document's own subject
    ("направил поздравление"), not a word of its body ("поздравление с юбилеем" among the topics)."""
    return any(s.start <= offset < s.stop for s in ctx.analysis.sentences[:2])


def _lead_greets(ctx: Context) -> bool:
    """The lead's own verb is a greeting's ("Лукашенко поздравил Президента Лаоса с днем рождения"): the greeting
    the body quotes later ("говорится в поздравлении") is the document's subject."""
    return any(t.lemma in data.lexicon("greeting_verb") and t.feat("VerbForm") == "Fin" and t.feat("Tense") == "Past"
               for s in ctx.analysis.sentences[:2] for t in ctx.analysis.sentence_tokens(s))
