"""Office holders and their terms, role titles, "leader" offices and known publishers.

Data lives in ``readout/data/``: ``office_holders.yaml``, ``offices.tsv``, ``leaders.tsv``, ``publishers.yaml``.
Nothing is read at import time; every loader is cached. ``readout.offices_check.validate()`` lists what is
wrong with the data (that module reads this one, never the other way round).

>>> holder("KZ", "president", "2025-10-21").name
'Касым-Жомарт Токаев'
>>> holder("US", "president", "2024-03-01").last
'Байден'
>>> find_holder("Ильхам Гейдар оглу Алиев").id
'aliyev'
>>> office_of_title("министр иностранный дело"), leader_office("IN")
('foreign_minister', 'prime_minister')
>>> publisher_for("Фото: t.me/aqorda_resmi").country
'KZ'
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from readout.data import DataError

OFFICES = ("president", "vice_president", "prime_minister", "foreign_minister", "monarch", "head_of_state",
           "secretary_general", "spokesperson", "mfa_spokesperson")
ORGS = ("UN", "CIS", "CSTO", "SCO", "EAEU", "EU", "NATO", "BRICS")
PUBLISHER_KINDS = ("head_of_state", "government", "foreign_ministry", "parliament", "media")
# In offices.tsv a title may also name "leader": the state's leading office, which leader_office() gives.
# Who is head of state when no explicit head_of_state term covers the date.
_HEAD_OF_STATE_FALLBACK = ("monarch", "president")


@dataclass(frozen=True, slots=True)
class Term:
    """One spell in one office: the half-open interval [start, end); ``end`` is None while in office."""

    country: str | None
    org: str | None
    office: str
    start: str
    end: str | None
    body: str | None = None

    @property
    def place(self) -> str:
        return self.country or self.org or ""

    def covers(self, day: str | None) -> bool:
        """Held on ``day`` (YYYY-MM-DD); ``None`` means now, i.e. a term still open."""
        if day is None:
            return self.end is None
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Holder:
    id: str
    name: str
    first: str | None
    last: str
    patronymic: str | None
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]

    @property
    def in_office(self) -> bool:
        return any(t.end is None for t in self.terms)


@dataclass(frozen=True, slots=True)
class Publisher:
    name: str
    country: str | None
    kind: str
    match: tuple[str, ...]


# ---------------------------------------------------------------- loading

def _raw(filename: str) -> str:
    return resources.files("readout.data").joinpath(filename).read_text(encoding="utf-8")


def _iso(value: Any) -> str | None:
    """A YAML date or a 'YYYY-MM-DD' string as ISO text; None if it is not a valid date."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    return None


def _term(raw: dict) -> Term:
    start = _iso(raw.get("from"))
    if start is None:
        raise DataError(f"office_holders.yaml: bad 'from' date {raw.get('from')!r}")
    end = None if raw.get("to") is None else _iso(raw["to"])
    return Term(raw.get("country"), raw.get("org"), str(raw.get("office")), start, end, raw.get("body"))


@functools.cache
def holders() -> tuple[Holder, ...]:
    """Every person in ``office_holders.yaml``, in file order."""
    out = []
    for raw in yaml.safe_load(_raw("office_holders.yaml")) or ():
        try:
            out.append(Holder(raw["id"], raw["name"], raw.get("first"), raw["last"], raw.get("patronymic"),
                              tuple(raw.get("aliases") or ()), tuple(_term(t) for t in raw["terms"])))
        except (KeyError, TypeError) as e:
            raise DataError(f"office_holders.yaml: entry {raw!r:.60}: missing or bad field {e}") from None
    return tuple(out)


def holder_by_id(holder_id: str | None) -> Holder | None:
    """The office holder of an id (``"putin"``), or None."""
    return _by_id().get(holder_id) if holder_id else None


@functools.cache
def _by_id() -> dict[str, Holder]:
    return {h.id: h for h in holders()}


@functools.cache
def _by_post() -> dict[tuple[str, str], tuple[tuple[Term, Holder], ...]]:
    index: dict[tuple[str, str], list[tuple[Term, Holder]]] = {}
    for h in holders():
        for t in h.terms:
            index.setdefault((t.place, t.office), []).append((t, h))
    return {k: tuple(v) for k, v in index.items()}


def _day(on: str | None) -> str | None:
    if on is None:
        return None
    day = _iso(on)
    if day is None:
        raise ValueError(f"bad date {on!r}: expected YYYY-MM-DD")
    return day


def holder(country_or_org: str, office: str, on: str | None = None, body: str | None = None) -> Holder | None:
    """Who held ``office`` in a country (ISO alpha-2) or organisation (``UN``, ``CIS``…) on a date.

    ``on`` is 'YYYY-MM-DD'; None asks for the current holder. ``head_of_state`` falls back to the monarch, then
    the president, when no explicit head-of-state term covers the date.

    >>> holder("RU", "president", "2010-01-01").last
    'Медведев'
    >>> holder("MM", "head_of_state").name   # acting president since the SAC was dissolved
    'Мин Аун Хлайн'
    >>> holder("UN", "secretary_general", "2015-06-01").last
    'Пан Ги Мун'
    """
    if office not in OFFICES:
        raise ValueError(f"unknown office {office!r}: expected one of {', '.join(OFFICES)}")
    place, day = country_or_org.strip().upper(), _day(on)
    for post in (office, *(_HEAD_OF_STATE_FALLBACK if office == "head_of_state" else ())):
        for term, person in _by_post().get((place, post), ()):
            if term.covers(day) and (body is None or term.body == body):
                return person
    return None


# ---------------------------------------------------------------- names

def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def _words(text: str | None) -> tuple[str, ...]:
    """Folded words; an initial keeps its dot: ``'В.Путин'`` → ``('в.', 'путин')``."""
    return tuple(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*\.?", _fold(text or "")))


def holders_by_surname(surname_nominative: str) -> list[Holder]:
    """Everyone whose surname is this (nominative, ё-insensitive): ``'Жапаров'`` gives both Жапаровы."""
    return list(_by_surname().get(_words(surname_nominative), ()))


def is_alias(word: str) -> bool:
    """The word, as written, is a one-word alias of a holder: an honorific that stands for the name and never
    declines ("Елбасы").

    >>> is_alias("Елбасы"), is_alias("Путина")
    (True, False)
    """
    return _words(word) in _one_word_aliases()


@functools.cache
def _one_word_aliases() -> frozenset[tuple[str, ...]]:
    return frozenset(_words(a) for h in holders() for a in h.aliases if len(_words(a)) == 1)


@functools.cache
def _by_surname() -> dict[tuple[str, ...], tuple[Holder, ...]]:
    index: dict[tuple[str, ...], list[Holder]] = {}
    for h in holders():
        index.setdefault(_words(h.last), []).append(h)
    return {k: tuple(v) for k, v in index.items()}


def _given_matches(rest: Sequence[str], person: Holder) -> bool:
    given = _words(person.first) + _words(person.patronymic)
    for w in rest:
        if w.endswith(".") and len(w) == 2:
            if not any(g.startswith(w[0]) for g in given):
                return False
        elif w.rstrip(".") not in given:
            return False
    return True


def _name_score(words: tuple[str, ...], person: Holder) -> int:
    """3 a full name or alias, 2 surname plus matching given names or initials, 1 surname alone, 0 no match."""
    if any(words == _words(form) for form in (person.name, *person.aliases)):
        return 3
    last = _words(person.last)
    n = len(last)
    for rest in ((words[:-n] if words[-n:] == last else None), (words[n:] if words[:n] == last else None)):
        if rest is not None:
            if not rest:
                return 1
            if _given_matches(rest, person):
                return 2
    return 0


@functools.cache
def _word_index() -> dict[str, tuple[Holder, ...]]:
    """Each folded word of a holder's surname, name or aliases → the holders it may point at."""
    index: dict[str, list[Holder]] = {}
    for h in holders():
        for form in (h.last, h.name, *h.aliases):
            for w in _words(form):
                if h not in index.setdefault(w, []):
                    index[w].append(h)
    return {w: tuple(hs) for w, hs in index.items()}


@functools.lru_cache(maxsize=20_000)
def find_holder(name_text: str) -> Holder | None:
    """The person a nominative name, full or partial, refers to; None when unknown or ambiguous.

    Among equally good matches the one now in office wins ("Алиев" is Ильхам, not Гейдар).

    >>> [find_holder(n).id for n in ("Алиев", "Ильхам Алиев", "В.Путин", "Мирзиеев", "Мин Аун Хлайн")]
    ['aliyev', 'aliyev', 'putin', 'mirziyoyev', 'min_aung_hlaing']
    """
    words = _words(name_text)
    if not words:
        return None
    index = _word_index()
    candidates = {h.id: h for w in words for h in index.get(w.rstrip("."), ())}
    scored = [(s, h) for h in candidates.values() if (s := _name_score(words, h))]
    if not scored:
        return None
    best = max(s for s, _ in scored)
    found = [h for s, h in scored if s == best]
    if len(found) > 1:
        found = [h for h in found if h.in_office]
    return found[0] if len(found) == 1 else None


# ---------------------------------------------------------------- titles and leaders

def _table(text: str) -> list[tuple[int, list[str]]]:
    """Rows of a TSV text as (line number, cells), header included; comments and blank lines skipped."""
    return [(n, [c.strip() for c in line.split("\t")]) for n, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.lstrip().startswith("#")]


@functools.cache
def _titles() -> dict[str, str]:
    rows = _table(_raw("offices.tsv"))[1:]
    return {cells[0]: cells[1] for _, cells in rows if len(cells) >= 2}


@functools.cache
def _leaders() -> dict[str, str]:
    rows = _table(_raw("leaders.tsv"))[1:]
    return {cells[0]: cells[1] for _, cells in rows if len(cells) >= 2}


def _lemma_key(text: str) -> str:
    return " ".join(_fold(text).split())


def office_of_title(title_lemmas: str) -> str | None:
    """The office a role title names, given as lemmas: ``'глава мид'`` → ``'foreign_minister'``."""
    return _titles().get(_lemma_key(title_lemmas))


def match_title(lemmas: Sequence[str]) -> tuple[str, int] | None:
    """The longest title at the start of a lemma sequence: (office, number of words), or None.

    >>> match_title(["председатель", "правительство", "россия"])
    ('prime_minister', 2)
    """
    folded = [_fold(w) for w in lemmas]
    for n in range(len(folded), 0, -1):
        office = _titles().get(" ".join(folded[:n]))
        if office:
            return office, n
    return None


def leader_office(country: str) -> str:
    """Which office "the leader" of a country holds ("индийский лидер" → prime minister); president by default."""
    return _leaders().get(country.strip().upper(), "president")


# ---------------------------------------------------------------- publishers

@functools.cache
def publishers() -> tuple[Publisher, ...]:
    out = []
    for raw in yaml.safe_load(_raw("publishers.yaml")) or ():
        try:
            out.append(Publisher(raw["name"], raw.get("country"), raw["kind"], tuple(raw["match"])))
        except (KeyError, TypeError) as e:
            raise DataError(f"publishers.yaml: entry {raw!r:.60}: missing or bad field {e}") from None
    return tuple(out)


_URL = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(/[^\s\"'<>)»]*)?")


def _prefix_score(host: str, path: str, pattern: str) -> int:
    phost, _, ppath = pattern.partition("/")
    if not (host == phost or host.endswith("." + phost)):
        return 0
    if ppath and not (path == ppath or path.startswith(ppath + "/")):
        return 0
    return len(pattern)


def publisher_for(url_or_credit: str) -> Publisher | None:
    """The publisher of a URL or of the first known address in a credit line ("Фото: t.me/aqorda_resmi").

    Host and path prefixes match case-insensitively, ``www.`` ignored; the longest prefix wins.

    >>> publisher_for("http://kremlin.ru/events/president/news/76773").name
    'kremlin.ru'
    >>> publisher_for("https://www.gov.kz/memleket/entities/mfa/press").name
    'mfa.kz'
    """
    for m in _URL.finditer(url_or_credit.lower()):
        host, path = m.group(1), (m.group(2) or "").strip("/").rstrip(".,;:!?")
        best = max(((_prefix_score(host, path, p.lower()), pub) for pub in publishers() for p in pub.match),
                   key=lambda sp: sp[0], default=(0, None))
        if best[0]:
            return best[1]
    return None
