"""Clauses that bind one state only, where the bilateral fallback (``sides.sides``) would add the other side:
"наша страна примет участие" (the publisher's or speaker's state), a singular predicate whose subject is the
reporting speaker ("Губернатор отметил, что … намерен развивать …": his state), and a clause about a place of one
state that names no state ("мостовой переход пройдет через остров Елена" after "в Приморском крае": Russia).

An instruction one person gives is his state's too (``one_instructs``, ``home_state``).

>>> from readout import read
>>> r = read("Владимир Путин провел переговоры с Мин Аун Хлайном. «Я планирую открыть консульство в Казани», – "
...          "сказал Мин Аун Хлайн.", date="2025-03-04")
>>> [c.parties for c in r.commitments]
[('MM',)]
"""
from __future__ import annotations

import re

from readout import data
from readout.extract.context import Context
from readout.extract.entities.persons import Person
from readout.nlp import first_predicate, subject_before


def alone(ctx: Context, toks) -> bool:
    """Nothing in the clause names another side: no state in any case or adjective ("Форум регионов России и
    Белоруссии", "с монгольскими партнерами"), no joint word ("совместный", "вместе"), no person after "с" ("с
    Президентом Путиным")."""
    if not toks:
        return False
    for c in ctx.countries:
        if toks[0].start <= c.start < toks[-1].stop:
            before = ctx.analysis.tokens_in(max(0, c.start - 20), c.start)[-1:]
            first = ctx.analysis.tokens_in(c.start, c.stop)[:1]
            if beyond_border(ctx, c):
                continue  # "реконструкция автодороги до границы с Казахстаном": a landmark
            if c.rule == "adjective" or before and before[0].lemma in ("с", "со", "между", "и") or first and first[
                    0].feat("Case") == "Nom":
                return False  # not "знаком с возможностями Республики Таджикистан", a state in the genitive
    joint = data.lexicon("joint_marker") | {"совместный", "совместно", "вместе"}
    if any(t.lemma in joint for t in toks):
        return False
    return not any(t.lemma in ("с", "со") and any(ctx.persons_in(t.stop, t.stop + 60)) for t in toks)


def our_country(ctx: Context, toks, speaker) -> str | None:
    """"Наша страна / наше государство" as the clause's subject: the speaker's state inside speech, else the
    publisher's; "я планирую открыть консульства" in a quote: the speaker's state."""
    if speaker is not None and any(t.lemma == "я" or t.feat("Person") == "1" and t.feat("Number") == "Sing"
                                   for t in toks):
        return state_of(ctx, speaker)
    for k, t in enumerate(toks[:-1]):
        if t.lemma == "наш" and toks[k + 1].lemma in ("страна", "государство", "республика") and toks[
                k + 1].feat("Case") == "Nom":
            code = speaker.country if speaker is not None and speaker.country else ctx.publisher_country
            return code if code and len(code) == 2 else None
    return None


def speakers_own(ctx: Context, toks) -> str | None:
    """A singular predicate with no subject of its own inside one person's reported words: that person's state
    ("Губернатор отметил, что … намерен … развивать деловые отношения")."""
    at = toks[0].start if toks else -1
    said = [f for f in ctx.found_quotes if not f.direct and f.start <= at < f.stop and len(f.speakers) == 1]
    speaker = said[0].speakers[0] if said else None
    if speaker is not None and not getattr(speaker, "country", None) and hasattr(speaker, "holder_id"):
        ctx.assign_office(speaker)
    k = first_predicate(toks)
    code = state_of(ctx, speaker) if speaker is not None else None
    if k is None or code is None:
        return None
    t = toks[k]
    if t.feat("Number") != "Sing" or t.feat("Person") in ("1", "2") or subject_before(toks, k) or t.lemma == "быть":
        return None  # "будет подписан договор": a passive, its subject after it
    named = [(m.start() + toks[0].start, m.end() + toks[0].start) for m in re.finditer(
        r"«[^«»]{1,80}»", ctx.analysis.text[toks[0].start:toks[-1].stop])]  # "выставку «Вьетнам-Экспо-Сибирь»"
    if t.feat("Variant") == "Short" and t.feat("VerbForm") == "Part" or any(
            x.feat("Case") == "Nom" and x.pos in ("NOUN", "PROPN") and not any(
                c.start <= x.start < c.stop for c in ctx.countries) and not any(
                a <= x.start < b for a, b in named) for x in toks[k + 1:]):
        return None  # "пройдет Форум регионов": the subject after the verb ("Республики Таджикистан" is none)
    return code


def state_of(ctx: Context, person) -> str | None:
    """A person's state: the office's, else the one state or region named in the title right before a mention
    ("губернатором Иркутской области РФ … Дмитрием Мезенцевым": RU)."""
    if isinstance(person, Person) and not person.country:
        ctx.assign_office(person)  # offices are given lazily: "он" may be the first mention asked about
    code = getattr(person, "country", None)
    if code:
        return code if len(code) == 2 else None
    for f in getattr(person, "forms", ()):
        others = [g.stop for q in ctx.persons if q is not person for g in q.forms if g.stop <= f.start]
        sent = ctx.analysis.sentence_at(f.start)  # in the title, in the name's sentence: not "… обсудили Сирию. Нафтали
        lo = max([f.start - 100, sent.start if sent else 0] + others)  # Беннет"; not someone's before: "Саид … с …"
        near = [c for c in ctx.countries + ctx.regions if lo <= c.start < f.start and not any(
            t.pos in ("VERB", "AUX") or t.text in "—–:.«»\"" for t in ctx.analysis.tokens_in(c.stop, f.start))
            and not _after_preposition(ctx, c)]  # in the title, not "глава Баян-Улгийского округа проинформировал
        # акима области Даниала Ахметова", "экспорт в Афганистан — Серик Жумангарин", "Посол Казахстана в России"
        if near:
            return max(near, key=lambda c: c.start).code
        if (code := _title_city(ctx, lo, f.start)) is not None:
            return code
    return None


def _title_city(ctx: Context, lo: int, at: int) -> str | None:
    """The state of a city named in the genitive in the title right before a name: "мэр Улан-Удэ Игорь Шутенков"
    (RU), not a place after a preposition ("в Монголии мэр …")."""
    from readout.extract.entities.cities import city_state

    for span in reversed(ctx.analysis.ner):
        if span.type != "LOC" or not lo <= span.start < at or any(
                t.pos in ("VERB", "AUX") or t.text in "—–:.«»\"" for t in ctx.analysis.tokens_in(span.stop, at)):
            continue
        words = ctx.analysis.tokens_in(span.start, span.stop)
        before = ctx.analysis.tokens_in(max(0, span.start - 12), span.start)[-1:]
        if not words or not before or before[0].lemma not in data.lines("role_nouns"):
            continue  # right after a title noun: "мэр Улан-Удэ", "губернатора Пскова"
        return city_state(" ".join(t.lemma for t in words)) or city_state(ctx.analysis.text[span.start:span.stop])
    return None


def beyond_border(ctx: Context, c) -> bool:
    """The state is named as the far side of a border ("до границы с Казахстаном", ``lexicon: border_noun``): a
    landmark, neither a partner nor an actor."""
    toks = ctx.analysis.tokens_in(max(0, c.start - 30), c.start)
    return len(toks) >= 2 and toks[-1].lemma in ("с", "со") and toks[-2].lemma in data.lexicon("border_noun")


def _after_preposition(ctx: Context, c) -> bool:
    """The state is named after "в" or "из", a place or a destination, not the state of the title it ends."""
    prev = ctx.analysis.tokens_in(max(0, c.start - 8), c.start)[-1:]
    return bool(prev) and prev[0].lemma in ("в", "во", "из")


def regions_state(ctx: Context, a: int, b: int) -> str | None:
    """The one state whose regions the clause's sentence names, one of them as the place ("в Краснодарском крае"),
    when it names no state itself."""
    sent = ctx.analysis.sentence_at(a)
    lo, hi = (sent.start, sent.stop) if sent else (a, b)
    found = [r for r in ctx.regions if lo <= r.start < hi]
    where = [r for r in found if (x := ctx.analysis.tokens_in(max(0, r.start - 8), r.start)[-1:]) and x[0].lemma in (
        "в", "во")]  # "В Краснодарском крае …": the place of the work; not "Павлодарской и Омской … областями
    codes = {r.code for r in found}  # подписаны документы", regions of two states the table may not all know
    return codes.pop() if len(codes) == 1 and where else None


def pronoun_state(ctx: Context, toks) -> str | None:
    """"Там он примет участие в заседании": the state of the person "он"/"она" before the predicate stands for
    (the last narration subject of that gender)."""
    k = first_predicate(toks)
    if k is None:
        return None
    pro = next((t for t in toks[:k] if t.lemma in ("он", "она") and t.feat("Case") == "Nom"), None)
    if pro is None:
        return None
    p = ctx.subject_before(pro.start, "femn" if pro.lemma == "она" else "masc")
    return state_of(ctx, p) if p is not None and not isinstance(p, tuple) else None


def received_state(ctx: Context, toks) -> str | None:
    """"В столице его примет президент Никарагуа": the state of the guest an object "его"/"её" before a verb of
    receiving (``lexicon: host_verb``) stands for, the last narration subject of that gender."""
    for k, t in enumerate(toks[:-1]):
        if t.lemma in ("он", "она") and t.feat("Case") == "Acc" and toks[k + 1].lemma in data.lexicon("host_verb"):
            p = ctx.subject_before(t.start, "femn" if t.lemma == "она" else "masc")
            return state_of(ctx, p) if p is not None and not isinstance(p, tuple) else None
    return None


ORDER_VERBS = ("поручить", "уполномочить")  # "поручил подготовить", "уполномочил КГБ подписать"


def one_instructs(toks) -> bool:
    """One subject instructs with an active "поручить" and no plural addressee: "Олег Николаев поручил представить
    предложения", not "Правительствам поручено …" nor "поручил правительствам двух стран …"."""
    for k, t in enumerate(toks):
        if t.lemma in ORDER_VERBS and t.feat("Voice") != "Pass" and t.feat("VerbForm") == "Fin":
            return t.feat("Number") != "Plur" and subject_before(toks, k) and not any(
                x.feat("Case") == "Dat" and x.feat("Number") == "Plur" and x.pos == "NOUN" for x in toks[k + 1:])
    return False


def home_state(ctx: Context) -> str | None:
    """The state whose domestic news the text is: its publisher's, else the state of a region its lead names
    ("Глава Чувашии поручил …" is Russia's)."""
    if ctx.publisher_country:
        return ctx.publisher_country
    lead = ctx.analysis.sentences[:2]
    return next((r.code for r in ctx.regions if any(s.start <= r.start < s.stop for s in lead)), None)


def city_actors(ctx: Context, a: int, b: int) -> list[str]:
    """The states of the cities that are the clause's subject, named before its first finite verb and after no
    preposition: "Минск и Ростов-на-Дону подписали план" (cities stand for their states as actors; "в Минске" is a
    place)."""
    from readout.extract.entities.cities import city_state

    toks = ctx.analysis.tokens_in(a, b)
    verb = next((t.start for t in toks if t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin"), None)
    if verb is None:
        return []
    out: list[str] = []
    for span in ctx.analysis.ner:
        if span.type != "LOC" or not a <= span.start < verb:
            continue
        words = ctx.analysis.tokens_in(span.start, span.stop)
        before = ctx.analysis.tokens_in(max(a, span.start - 12), span.start)[-1:]
        if not words or before and before[0].pos == "ADP" or words[-1].feat("Case") not in (None, "Nom") and not (
                _indeclinable(words[-1].text)):  # "Баку и Минск подписали": the tagger gives "Баку" a case
            continue
        code = city_state(" ".join(t.lemma for t in words)) or city_state(ctx.analysis.text[span.start:span.stop])
        if code and code not in out:
            out.append(code)
    return out


def between_cities(ctx: Context, a: int, b: int) -> list[str]:
    """The states of the cities a clause joins after "между": "Соглашение … между городами Минском и Шэньяном
    подписано" binds Belarus and China (two or more, else none)."""
    from readout.extract.entities.cities import city_state

    toks = ctx.analysis.tokens_in(a, b)
    at = next((i for i, t in enumerate(toks) if t.lemma == "между"), None)
    if at is None:
        return []
    stop = next((t.start for t in toks[at + 1:] if t.pos in ("VERB", "AUX") or t.text in (",", ".", ";", ":")), b)
    out: list[str] = []
    for span in ctx.analysis.ner:
        if span.type == "LOC" and toks[at].stop <= span.start < stop:
            code = city_state(" ".join(t.lemma for t in ctx.analysis.tokens_in(span.start, span.stop)))
            if code and code not in out:
                out.append(code)
    return out if len(out) > 1 else []


def _indeclinable(word: str) -> bool:
    """A name the same in every case ("Баку", "Тбилиси"), whose case the tagger guesses.

    >>> _indeclinable("Баку"), _indeclinable("Минске")
    (True, False)
    """
    from readout.nlp import models

    parses = models().parse(word.lower())
    return bool(parses) and "Fixd" in parses[0].tag


def not_by_participant(ctx: Context, start: int, cue, when: str) -> str | None:
    """For a cue that only a participant's act makes a commitment (``commitment_cues.tsv``: when "participant"),
    why it is none: the subject of the cue verb (named in its clause, from ``start``) is none of the persons the lead
    names. "Президент России пообещал лидерам стран проинформировать …" is his plan; "Этот [Зеленский] пообещал
    войну прекратить" is a promise of someone the event did not bring together."""
    if when != "participant":
        return None
    found = ctx.resolve(start, cue.start, nominative=True)
    lead = {id(p) for p in ctx.lead_persons()}
    return None if found and any(id(p) in lead for p in found[0]) else "no participant's"
