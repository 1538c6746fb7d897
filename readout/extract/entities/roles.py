"""Role mentions: a title with its country ("Президент Казахстана", "казахстанский лидер", "глава МИД России",
"Глава нашего государства"), resolved through the office holders on the document's date.

Titles are rows of ``data/offices.tsv`` (office ``leader`` means the state's leading office, which
``offices.leader_office`` gives: India's prime minister, Kazakhstan's president).

>>> from readout.nlp import analyze
>>> from readout.extract.entities.countries import find_countries
>>> a = analyze("Президент Казахстана встретился с индийским лидером.")
>>> [(r.text, r.office, r.country) for r in find_roles(a, find_countries(a))]
[('Президент Казахстана', 'president', 'KZ'), ('индийским лидером', 'prime_minister', 'IN')]
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from readout import data
from readout.nlp import Analysis, Token


@dataclass(frozen=True, slots=True)
class RoleMention:
    start: int
    stop: int
    text: str
    office: str
    country: str | None  # ISO code, or an organisation code (CIS, UN…)
    plural: bool = False  # "Президенты", "главы государств": several persons at once
    ours: bool = False  # "Глава нашего государства": the publisher's own state


@functools.cache
def titles() -> dict[tuple[str, ...], str]:
    """Title lemma sequence → office."""
    return {tuple(r["title"].split()): r["office"] for r in data.tsv("offices")}


@functools.cache
def _first_words() -> frozenset[str]:
    return frozenset(key[0] for key in titles())


@functools.cache
def _title_words() -> frozenset[str]:
    return frozenset(w for key in titles() for w in key if len(w) > 3)


def _seat_after(toks, j: int) -> tuple[str, int] | None:
    """A seat of power right after a title, of one or two words ("глава Белого дома", "глава Кремля"): its words
    and end, else None."""
    for w in (2, 1):
        key = " ".join(t.lemma for t in toks[j:j + w])
        if len(toks[j:j + w]) == w and key in seats():
            return key, toks[j + w - 1].stop
    return None


@functools.cache
def seats() -> dict[str, str]:
    """Seats of power that name their state inside a title: ``{'кремль': 'RU'}``."""
    return {r["words"]: r["country"] for r in data.tsv("country_words") if r["kind"] == "seat"}


def titles_name(text: str, role, form) -> bool:
    """The title stands right before the name, with only spaces between on one line: "Премьер-министр РК Бакытжан
    Сагинтаев"; not "российского президента, Трамп …", nor a headline's last word over the next line.

    >>> from types import SimpleNamespace as N
    >>> t = "глава КНР\\n\\nТокаев"
    >>> titles_name(t, N(stop=9), N(start=11)), titles_name("глава КНР Си", N(stop=9), N(start=10))
    (False, True)
    """
    between = text[role.stop:form.start]
    return role.stop <= form.start <= role.stop + 2 and not between.strip() and "\n" not in between


def is_title_word(word: str) -> bool:
    """``is_title_word('Президента')`` → ``True``: a word that names an office, not a person."""
    from readout.nlp import lemma_of

    return lemma_of(word.lower()) in _title_words()


def _match_title(tokens: tuple[Token, ...], i: int, adjectives: frozenset[int] = frozenset()) -> tuple[int, str] | None:
    """The longest title at ``i``; "наш" and a country adjective inside are skipped ("Глава нашего государства",
    "глава российского внешнеполитического ведомства"): ``adjectives`` holds the start offsets of country
    adjectives."""
    if tokens[i].lemma not in _first_words():
        return None
    table = titles()
    for n in (5, 4, 3, 2, 1):
        key = tuple(t.lemma for k, t in enumerate(tokens[i : i + n])
                    if t.lemma != "наш" and not (k and t.start in adjectives))
        if len(tokens[i : i + n]) == n and key in table and tokens[i + n - 1].lemma != "наш":
            return n, table[key]
    return None


def _past_state_form(tokens, j: int) -> int | None:
    """The index after a state's capitalised form words ("Исламской Республики", "Федеративной Республики") that
    stand before its name, if ``tokens[j]`` opens such words (``lexicon: state_form``)."""
    from readout import data

    m = j
    while m < len(tokens) and m < j + 3 and tokens[m].text[:1].isupper() and (
            tokens[m].pos == "ADJ" or tokens[m].lemma in data.lexicon("state_form")):
        m += 1
    forms = any(t.lemma in data.lexicon("state_form") for t in tokens[j:m])
    return m if forms and m < len(tokens) else None


def _body(token) -> bool:
    """A capitalised noun in the genitive between a title and its state: the body the office belongs to
    ("Госсовета", "Кабмина")."""
    return token.text[:1].isupper() and token.pos in ("NOUN", "PROPN") and token.feat("Case") == "Gen"


def find_roles(analysis: Analysis, countries: list, publisher_country: str | None = None) -> list[RoleMention]:
    """Every title in the text, with the state it belongs to when the text says which."""
    from readout import data, offices

    by_start = {c.start: c for c in countries}
    by_stop = {c.stop: c for c in countries}
    adjectives = frozenset(c.start for c in countries if c.rule == "adjective")
    out: list[RoleMention] = []
    text = analysis.text
    for sent in analysis.sentences:
        toks = analysis.sentence_tokens(sent)
        i = 0
        while i < len(toks):
            hit = _match_title(toks, i, adjectives)
            if not hit:
                i += 1
                continue
            n, office = hit
            a, b = toks[i].start, toks[i + n - 1].stop
            plural = toks[i].feat("Number") == "Plur"
            country, ours = None, False
            j = i + n
            inner = next((by_start[t.start] for t in toks[i + 1:j] if t.start in adjectives or (
                t.start in by_start and by_start[t.start].stop <= toks[j - 1].stop)), None)  # "Председатель КНР"
            if inner is not None:  # "глава российского внешнеполитического ведомства"
                country = inner.code
            elif any(t.lemma == "наш" for t in toks[i:j]):
                ours, country = True, publisher_country
            elif j < len(toks) and toks[j].lemma == "наш":  # "Глава нашего государства"
                ours, country = True, publisher_country
                j += 1
                if j < len(toks) and toks[j].lemma in ("государство", "страна"):
                    b = toks[j].stop
                    j += 1
                b = max(b, toks[j - 1].stop)
            elif j < len(toks) and toks[j].start in by_start:
                c = by_start[toks[j].start]
                country, b = c.code, c.stop
            elif (m := _past_state_form(toks, j)) is not None and toks[m].start in by_start:
                c = by_start[toks[m].start]  # "министр иностранных дел Исламской Республики Иран"
                country, b = c.code, c.stop
            elif j + 1 < len(toks) and toks[j + 1].start in by_start and _body(toks[j]):
                c = by_start[toks[j + 1].start]  # "премьер-министр Госсовета КНР": the state of the body named
                country, b = c.code, c.stop
            elif i and toks[i - 1].stop in by_stop and by_stop[toks[i - 1].stop].rule == "adjective":
                c = by_stop[toks[i - 1].stop]
                country, a = c.code, c.start
            if country is None:  # "представитель Кремля": a seat of power inside the title names its state
                country = next((seats()[t.lemma] for t in toks[i:i + n] if t.lemma in seats()), None)
            if country is None and (seat := _seat_after(toks, j)):  # "Глава Белого дома": the seat names the state
                country, b = seats()[seat[0]], seat[1]
            if country is None and office == "leader" and toks[i].lemma == "глава" and n == 1:
                i += 1  # "глава компании": a head of something, not of a state
                continue
            if n == 1 and toks[i].lemma == "председатель" and any(  # "председателем Милли Меджлиса": a chamber's
                    t.lemma in data.lexicon("parliament_name") for t in toks[j:j + 2]):  # head, no head of state
                i += 1
                continue
            if n == 1 and toks[i].lemma == "председатель" and j < len(toks) and toks[j].pos in ("NOUN", "PROPN") and (
                    toks[j].start not in by_start) and (  # "Председателем Вьетнама" is the head of state
                    toks[j].feat("Case") == "Gen" and (toks[j].text.islower() or toks[j].feat("Animacy") == "Inan")
                    and toks[j].lemma not in ("страна", "государство", "республика")):
                i += 1  # "председатель парламента Армении", "председателем Парламента Сербии", "председатель
                # Госдумы": a body's head, no head of state
                continue
            if n == 1 and toks[i].lemma == "председатель" and country is None and j < len(toks) and len(
                    toks[j].text) > 1 and toks[j].text.isupper() and toks[j].text.isalpha():
                i += 1  # "председатель ОБСЕ", "председатель НС РА": the chair of an organisation, no head of state
                continue
            if office == "leader":
                office = offices.leader_office(country) if country else "leader"
            out.append(RoleMention(a, b, text[a:b], office, country, plural, ours))
            i = max(i + n, j if country and not ours else i + n)
    return out
