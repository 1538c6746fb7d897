"""The place of a document's main event: a city, in the nominative.

Rules run in order; the first that finds a place wins:

1. ``header``: the document's own ``place`` field;
2. ``event_sentence``: a city or a seat of power ("в Кремле" → Москва, ``data/venues.tsv``) in a sentence that
   reports a held event ("Встреча прошла в Худжанде", "переговоры в Ташкенте");
3. ``dateline``: an agency or press-service dateline of any house style ("ЕРЕВАН, 9 ИЮНЯ, 24News",
   "1 декабря, Минск /БЕЛТА/", "Тегеран, ИРНА –", "…, Минск, 19 июня 2020 года", "16:50 Москва, Кремль");
4. ``place_verb``: a city in a sentence with a verb of place ("прибыл в Баку").

A country is never a place ("в Кыргызстане" names a state, not a city).

>>> from readout import read
>>> [e.place for e in read("Трехсторонняя встреча лидеров прошла 31 марта в Худжанде.").events]
['Худжанд']
>>> [e.place for e in read("ЕРЕВАН, 9 ИЮНЯ, 24News\\n\\nНикол Пашинян провел встречу с Сергеем Лавровым.").events]
['Ереван']
>>> [e.place for e in read("Путин и Эрдоган ведут переговоры в Кремле.").events]
['Москва']
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Callable, Iterable

from readout import data
from readout.extract.context import Context
from readout.extract.entities.cities import city_population, city_state, full_city_name
from readout.extract.entities.names import nominative
from readout.extract.phrases import PhraseTable

_MONTH = r"(?i:янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек)[а-яё]*\.?"  # "17 августа", "17 авг"
_WORD = r"[А-ЯЁ][А-ЯЁа-яё]+(?:[- ][А-ЯЁ][А-ЯЁа-яё]+)?"
_DATELINES = tuple(re.compile(p) for p in (
    # "ЕРЕВАН, 9 ИЮНЯ, 24News", "Пекин, 22 ноября /Синьхуа/", "Минск, 29 июля, 2024 — ИА Регнум", "Астана. 10 октября"
    rf"(?:^|\n)\s*(?P<place>{_WORD})[,.]\s+\d{{1,2}}\s+{_MONTH}",
    # "1 декабря, Минск /Владимир Матвеев - БЕЛТА/"
    rf"(?:^|\n)\s*\d{{1,2}}\s+{_MONTH},?\s+(?P<place>{_WORD})\s*[/(,–—-]",
    # "Тегеран, ИРНА –", 'Бишкек, "САЯСАТ.KG".' (not a headline "Минск — Исламабад: …")
    rf"(?:^|\n)\s*(?P<place>{_WORD}),\s+[\"«]?[A-ZА-ЯЁ][\w.-]*[\"»]?\s*[.–—-]",
    # "Бишкек,05.11.24./Имя Фамилия-Кабар/.": a numeric date
    rf"(?:^|\n)\s*(?P<place>{_WORD}),\s*\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b",
    # "Габала. Имя Фамилия-АПА.": a city, then the author and the agency
    rf"(?:^|\n)\s*(?P<place>{_WORD})\.\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+\s*[-–—]\s*[A-ZА-ЯЁ]{{2,}}\b",
    # "БАКУ /Trend/ -": a capitalised city before the agency's name between slashes
    r"(?:^|\n)\s*(?P<place>[А-ЯЁ][А-ЯЁ-]{2,})\s*/[^/\n]{2,30}/",
    # "…, Минск, 19 июня 2020 года" (a ministry's title line)
    rf",\s+(?P<place>{_WORD}),\s+\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\s+года",
    # kremlin.ru: "21 октября 2025 года, 16:50 Москва, Кремль"
    r"\d{4} года,? \d{1,2}:\d{2}\s+(?P<place>[А-ЯЁ][\w-]+)",
))
_IN = {"в", "во"}
_SLASHED = _DATELINES[5]  # "ГАБАЛА/Trend/": the shape alone says it is a city, one no gazetteer need know


def _no_state(ctx: Context, a: int, b: int) -> bool:
    """No state's name (or a route of states) and no dictionary word is written at ``[a, b)``: "ГАБАЛА", not
    "АЗЕРБАЙДЖАН", nor a rubric ("ЭКСКЛЮЗИВ/Trend/", "ВИДЕО/Trend/")."""
    from readout.nlp import models

    word = ctx.analysis.text[a:b]
    return not any(a <= c.start < b or c.start <= a < c.stop for c in ctx.countries) and not _route(word) and not (
        models().morph_vocab.word_is_known(word.lower()) and "Geox" not in models().parse(word.lower())[0].tag)


@functools.cache
def venues() -> PhraseTable[dict[str, str]]:
    """Venue lemmas → {state or "-": city}."""
    table: dict[tuple[str, ...], dict[str, str]] = {}
    for r in data.tsv("venues"):
        table.setdefault(tuple(r["venue"].split()), {})[r["state"]] = r["city"]
    return PhraseTable(table)


def _venue_city(ctx: Context, cities: dict[str, str]) -> str | None:
    """The city a venue stands for: the same everywhere, or the one of the text's own state (its publisher's, then
    its participants')."""
    if "-" in cities:
        return cities["-"]
    states = [ctx.publisher_country] + [p.country for p in ctx.lead_persons()] + [c.code for c in ctx.countries]
    return next((cities[s] for s in states if s in cities), None)


def _is_city(ctx: Context, start: int, stop: int, dateline: bool = False) -> bool:
    """A LOC span or a geographical name that is not one of the document's countries; in running text not in
    capitals (a dateline writes "ЕРЕВАН, 2 июл")."""
    from readout.nlp import models

    if any(start <= c.start < stop or c.start <= start < c.stop for c in ctx.countries) or _route(
            ctx.analysis.text[start:stop]):
        return False  # "в Кыргызстане", "Исламской Республики Иран"; a route of states "Турция-Грузия-Азербайджан"
    from readout.extract.entities.regions import names_region

    if any(start <= r.start < stop and any(names_region(t.lemma) for t in ctx.analysis.tokens_in(r.start, r.stop)[:1])
           for r in ctx.regions):
        return False  # "в Дагестане", "Башкирия": a region of a state, no city; "в Волгограде" is its capital
    first = ctx.analysis.tokens_in(start, stop)[:1]
    if first and first[0].lemma in data.lines("role_nouns"):
        return False  # "Раис Татарстана", tagged a place: a title
    if not all(w[:1].isupper() for w in ctx.analysis.text[start:stop].split()):
        return False  # "Союзного государства", "Южной части"
    from readout.nlp import lemma_of

    parliaments = data.lexicon("parliament_name")
    if any(t.lemma in parliaments or lemma_of(t.text.lower()) in parliaments
           for t in ctx.analysis.tokens_in(start, stop)):
        return False  # "Сенат Олий Мажлиса", "в Мажилисе": a parliament, no city (its seat is in venues.tsv)
    after = ctx.analysis.tokens_in(stop, stop + 40)[:2]
    if all(t.pos == "ADJ" for t in ctx.analysis.tokens_in(start, stop)) and len(after) == 2 and (
            after[0].lemma == "и" and after[1].text[:1].isupper()):
        return False  # "по Южной и Центральной Азии": the first adjective of two regions, no city
    if not dateline and ctx.analysis.text[start:stop].isupper():
        return False  # "в СНГ", "в ЕАЭС": an organisation
    if any(s.type == "LOC" and s.start <= start < s.stop for s in ctx.analysis.ner):
        return True
    word = ctx.analysis.text[start:stop].split("-")[0]
    parses = models().parse(word)
    return bool(parses) and "Geox" in parses[0].tag


def _route(name: str) -> bool:
    """A hyphenated chain that names a state: a route or a format, no city ("маршрут Турция-Грузия-Азербайджан").

    >>> _route("Турция-Грузия-Азербайджан"), _route("Нур-Султан")
    (True, False)
    """
    from readout.extract.entities.countries import is_country_name

    parts = [p for p in name.split("-") if p]
    return len(parts) > 1 and any(is_country_name(p) for p in parts)


def _cities_in(ctx: Context, a: int, b: int, quoted: bool = False) -> Iterable[tuple[int, str]]:
    """(rank, city) for each city or venue in ``[a, b)``, the likelier venues of an event ranked lower; in quoted
    words only when ``quoted``."""
    toks = ctx.analysis.tokens_in(a, b)
    table = venues()
    lemmas = [x.lemma.replace("ё", "е") for x in toks]
    words = [x.text.lower().replace("ё", "е") for x in toks]  # "в Касри Миллат": a name the tagger lemmatises
    venue_end = 0
    for i, t in enumerate(toks):
        if not quoted and ctx.in_quote(t.start):
            continue
        if t.start >= venue_end and (hit := table.longest_at(lemmas, i) or table.longest_at(words, i)):
            venue_end = toks[i + hit[1] - 1].stop
            other = i > 1 and toks[i - 1].pos == "ADJ" and _of_city(toks[i - 1].lemma)  # "в Казанском Кремле"
            city = None if other else _venue_city(ctx, hit[0])
            if city:  # "в Кремле", "Сочи, Бочаров Ручей"; a seat after another preposition is a source ("со
                # ссылкой на Акорду")
                yield (2 if i and toks[i - 1].pos == "ADP" and toks[i - 1].lemma not in _IN else 0), city
        if t.pos == "ADJ" and t.text[:1].isupper() and any(
                x.lemma in data.lexicon("hosted_event") for x in toks[i + 1:i + 4]) and (city := _of_city(t.lemma)) and (
                not ctx.in_quote(t.start)) and city_population(city) >= _HOST_CITY and not any(
                x.feat("VerbForm") == "Inf" or x.feat("Tense") == "Fut" for x in toks[:i]):
            yield 1, full_city_name(city)  # "В ходе Петербургского международного экономического форума подписано";
            # not "договорились встретиться на полях Петербургского форума" (to come), "Уральского форума" (a region)
        if t.lemma == "столица" and t.start >= venue_end and not any(
                x.lemma in data.lexicon("return_verb") for x in toks[max(0, i - 5):i]) and (
                city := _capital(ctx, toks, i)):  # not "вернулся в казахстанскую столицу"
            yield (0 if any(x.lemma in _IN for x in toks[max(0, i - 2):i]) else 2), city
        if not t.text[:1].isupper() or t.start < venue_end:
            continue
        prep = toks[i - 1].lemma if i else None
        if prep == "." and i > 2 and toks[i - 2].lemma == "г" and toks[i - 3].lemma in _IN:  # "в г. Бишкек", not
            prep = "г"  # "в мае 2024 г. Москва и Пекин подписали": a year
        if prep in ("город", "г") and any(x.lemma in _IN for x in toks[max(0, i - 4):i - 1]):
            prep = "в"  # "в городе Душанбе", "в аэропорту города Душанбе", "в китайском городе Гуанчжоу"; not
            # "Всемирный день городов ООН-Хабитат"
        if prep == "в" and any(x.lemma in data.lexicon("return_verb") for x in toks[max(0, i - 5):i]):
            continue  # "глава государства вернулся в г. Бишкек": home, not where the event was
        elif prep in data.lexicon("venue_noun") and i > 1 and toks[i - 2].lemma in _IN:
            prep = "в"  # "В аэропорту Будапешта главу государства проводил …": the city of the airport
        if i and toks[i - 1].text[:1].isupper() and toks[i - 1].pos == "ADJ":
            continue  # "Центральная Азия", "Южного Кавказа": a region, not a city
        for s in ctx.analysis.ner:
            if s.start != t.start or s.type != "LOC" and not (s.type == "ORG" and prep in _IN and " " not in s.text
                                                             and city_state(city_name(s.text)) is not None):
                continue  # "В Туркестане прошло заседание …", which NER read as an organisation: a known city
            s = _before_state(ctx, toks, s)  # "в городе Самарканд Республики Узбекистан": the city, then its state
            rank = 0 if prep in _IN else 1 if prep == "на" else 2
            if _is_city(ctx, s.start, s.stop) and not _region(ctx, s) and (
                    rank < 2 or city_state(city_name(s.text)) is not None or i and toks[i - 1].lemma in data.lexicon(
                        "place_verb")):
                # "в Худжанде" first, "на Аляске" next, a bare name last: a city the table knows ("посетил Астану";
                # not "Крым и ДНР подписали соглашение", a region) or one right after a verb of place ("посетили Шушу")
                yield rank, city_name(s.text)


@functools.cache
def capitals() -> dict[str, str]:
    """ISO code → the capital's Russian name (``data/capitals.tsv``, from GeoNames)."""
    return {r["code"]: r["capital"] for r in data.tsv("capitals")}


def _capital(ctx: Context, toks, i: int) -> str | None:
    """The capital a description names: the state's adjective before "столица" or its name right after ("в
    белорусской столице" → Минск, "в столицу Государства Катар" → Доха); a quoted or unnamed capital is none.

    >>> from readout import read
    >>> [e.place for e in read("Переговоры лидеров прошли в белорусской столице.").events]
    ['Минск']
    """
    if ctx.in_quote(toks[i].start):
        return None
    if i and toks[i - 1].pos == "ADJ":
        state = next((c.code for c in ctx.countries if c.start <= toks[i - 1].start and c.stop == toks[i - 1].stop
                      and c.rule == "adjective"), None)
    elif i + 1 < len(toks):
        state = next((c.code for c in ctx.countries if c.start == toks[i + 1].start), None)
    else:
        state = None
    return capitals().get(state) if state else None


_HOST_CITY = 500_000  # people: a forum named by a city's adjective is a large city's ("Петербургский", "Ташкентский");
# a smaller namesake is more often a region's adjective ("Уральский", "Алтайский", "Славянский")


def _place_word(name: str) -> bool:
    """The dictionary knows the name as a place in the nominative ("москва", not the variant "москова")."""
    from readout.nlp import models

    return any("Geox" in p.tag and "nomn" in p.tag and p.word == name for p in models().parse(name))


def _before_state(ctx: Context, toks, span):
    """A place span cut before a state named inside it ("Самарканд Республики Узбекистан" → "Самарканд")."""
    inner = [c.start for c in ctx.countries if span.start < c.start < span.stop]
    if not inner:
        return span
    kept = [t for t in toks if span.start <= t.start and t.stop <= min(inner)]
    if not kept:
        return span
    return replace(span, stop=kept[-1].stop, text=ctx.analysis.text[span.start:kept[-1].stop])


def _of_city(adjective: str) -> str | None:
    """The city whose adjective it is ("казанский", "петербургский"; not "большой"): its stem is a city of the
    table.

    >>> _of_city("казанский"), _of_city("петербургский"), _of_city("московский"), _of_city("большой")
    ('Казань', 'Петербург', 'Москва', None)
    """
    for ending in ("ский", "цкий"):
        if adjective.endswith(ending):
            stem = adjective[:-len(ending)]
            names = [stem + tail for tail in ("", "ь", "а", "и", "ск")]
            names += [stem[:-2] + "ва"] if stem.endswith("ов") else [stem[:-2] + "а"] if stem.endswith("ин") else []
            found = [name for name in names if city_state(name)]  # "московский": Москва; "астанинский": Астана
            if found:  # the largest of the cities the stem may name; of one city's names, the dictionary's place
                best = max(found, key=lambda n: (city_population(n), _place_word(n), -len(n)))  # "Москва", not
                # "Москова"; "Казань", not "Казан"
                return "-".join(w[:1].upper() + w[1:] for w in best.split("-"))
    return None


def _region(ctx: Context, span) -> bool:
    """"Центральная Азия", "Южного Кавказа", "Республики Абхазия", "штата Аризона": a part of the world, a state or
    a province, no city (``lexicon: macro_region, region_noun``)."""
    toks = ctx.analysis.tokens_in(span.start, span.stop)
    before = ctx.analysis.tokens_in(max(0, span.start - 30), span.start)[-1:]
    if before and before[0].lemma in data.lexicon("region_noun"):
        return True  # "штата Аризона", "провинции Хэбэй"
    after = ctx.analysis.tokens_in(span.stop, span.stop + 30)[:1]
    if after and after[0].lemma in data.lexicon("region_noun") and toks and toks[-1].pos == "ADJ":
        return True  # "Пензенской области", "Краснодарского края"
    regions = data.lexicon("region_noun")
    return (len(toks) > 1 and (toks[-1].lemma in data.lexicon("macro_region") or any(
        t.lemma in regions for t in toks))) or (  # "Донецкая Народная Республика", "Республика Абхазия"
        len(toks) == 1 and toks[0].lemma in data.lexicon("macro_region"))  # "на Кавказе"


def city_name(text: str) -> str:
    """A city's name in the nominative; a one-word name the dictionary does not know that ends in a vowel no
    Russian locative ends in is a foreign name that does not decline ("в Кёнчжу", "в Тарту").

    >>> city_name("Ташкенте"), city_name("Кёнчжу"), city_name("Нур-Султане"), city_name("Анталии")
    ('Ташкент', 'Кёнчжу', 'Нур-Султан', 'Анталия')
    """
    from readout.nlp import models

    word = text.strip()
    if " " not in word and word[-1:].lower() in "уюоэ" and not models().morph_vocab.word_is_known(word.lower()):
        return word
    name = nominative(text)
    if city_state(name) is None and " " not in word:  # "в Анталии", "в Курган-Тюбе": the table's name among the
        for form in (word, *(p.normal_form for p in models().parse(word.lower()))):  # word's own readings
            if city_state(form) is not None:
                name = "-".join(part[:1].upper() + part[1:] for part in form.split("-"))
                break
    return name if "ё" in word.lower() else name.replace("ё", "е").replace("Ё", "Е")  # "в Кишиневе": as the text


def header(ctx: Context, event_sentences) -> str | None:
    return ctx.doc.place.split(",")[0].strip() if ctx.doc.place else None


def event_sentence(ctx: Context, event_sentences) -> str | None:
    """The best-ranked place over all event sentences, the earliest on a tie ("Саммит на Аляске" in the headline,
    then "встреча в Анкоридже": Анкоридж)."""
    found = [(rank, n, city) for n, (a, b) in enumerate(event_sentences) for rank, city in _cities_in(ctx, a, b)]
    return min(found)[2] if found else None


def dateline(ctx: Context, event_sentences) -> str | None:
    head = ctx.analysis.text[:1500]
    for pattern in _DATELINES:
        for m in pattern.finditer(head):
            a, b = m.start("place"), m.end("place")
            if _is_city(ctx, a, b, dateline=True) or pattern is _SLASHED and _no_state(ctx, a, b):
                word = m.group("place")  # a dateline names its city in the nominative ("Габала. …-АПА.")
                name = word.title() if word.isupper() else word
                return "-".join(w[:1].upper() + w[1:] for w in name.split("-"))
    return None


def place_verb(ctx: Context, event_sentences) -> str | None:
    """A city in a sentence with a verb of place ("прибыл в Баку"), or of receiving a guest ("принял его в
    резиденции Акорда": a person or a pronoun after the verb, not "принял участие")."""
    for sent in ctx.analysis.sentences:
        toks = ctx.analysis.sentence_tokens(sent)
        if ctx.in_quote(sent.start) or not any(t.lemma in data.lexicon("place_verb") or _receives(toks, k)
                                               for k, t in enumerate(toks)):
            continue
        for _, city in _cities_in(ctx, sent.start, sent.stop):
            return city
    return None


def _receives(toks, k: int) -> bool:
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return t.lemma in data.lexicon("host_verb") and t.pos == "VERB" and nxt is not None and (
        nxt.pos == "PRON" or nxt.feat("Animacy") == "Anim" and nxt.pos in ("NOUN", "PROPN"))


def greeting(ctx: Context, event_sentences) -> str | None:
    """The host's welcome names the city, in narration or in the host's words: "Рад приветствовать вас в
    Санкт-Петербурге", "Добро пожаловать в Астану"."""
    for sent in ctx.analysis.sentences:
        toks = ctx.analysis.sentence_tokens(sent)
        for i, t in enumerate(toks):
            if t.lemma in data.lexicon("welcome_word"):
                for _, city in _cities_in(ctx, t.stop, toks[min(i + 6, len(toks) - 1)].stop, quoted=True):
                    return city
    return None


def lead_city(ctx: Context, event_sentences) -> str | None:
    """A city the headline or the first two sentences name with "в" (rank 0) when no other rule placed the
    event: "Масуд Пезешкиан в Ереване заявил …", "В Пекине глава российского Минобороны …"."""
    sentences = ctx.analysis.sentences[:3]
    found = [(rank, n, city) for n, s in enumerate(sentences) for rank, city in _cities_in(ctx, s.start, s.stop)
             if rank == 0]
    return min(found)[2] if found else None


def stated_in_lead(ctx: Context, event_sentences) -> str | None:
    """Before an agency's dateline: a city the headline or the first two sentences name with "в" beside a verb
    of discussing or of place ("ТБИЛИСИ, 2 дек — Sputnik. … обсудили в Нью-Дели спикер …"), not in a clause of the
    past ("Накануне глава МИД находился в Ашхабаде", "Посол, ранее работавший в Москве, …")."""
    verbs = data.lexicon("discuss_verb") | data.lexicon("place_verb")
    back = set(data.lines("background_cues")) | {"накануне"}
    for s in ctx.analysis.sentences[:3]:
        toks = ctx.analysis.sentence_tokens(s)
        if not any(t.lemma in verbs and t.feat("VerbForm") == "Fin" for t in toks) or any(
                t.lemma in back or t.feat("VerbForm") == "Part" and t.feat("Tense") == "Past" for t in toks):
            continue
        for rank, city in _cities_in(ctx, s.start, s.stop):
            if rank == 0:
                return city
    return None


RULES: tuple[Callable[[Context, list], str | None], ...] = (header, event_sentence, stated_in_lead, dateline,
                                                            place_verb, greeting, lead_city)


def event_place(ctx: Context, event_sentences: list[tuple[int, int]]) -> tuple[str | None, str | None]:
    """The place of the main event and the rule that found it; ``event_sentences`` are the spans of the sentences
    that report a held event, in text order."""
    for rule in RULES:
        place = rule(ctx, event_sentences)
        if place:
            return _full_form(ctx, place), rule.__name__
    return None, None


def _full_form(ctx: Context, place: str) -> str:
    """The city's full name where the text writes it too: "Петербург" → "Санкт-Петербург" when "в
    Санкт-Петербурге" stands elsewhere in the text."""
    stem = place[:-1] if len(place) > 4 and place[-1] in "аяь" else place
    m = re.search(r"\b([А-ЯЁ][а-яё]+-)" + re.escape(stem), ctx.analysis.text)
    return m.group(1) + place if m else place
