"""Regions of a state named in a text: Russia's subdivisions ("Вологодская область", "глава Чувашии", "губернатор
Приморья"), found among the ISO 3166-2 names that pycountry ships, which write Russian in BGN/PCGN Latin
(``data/translit_ru.tsv``). A region is no state of the record's countries, but it tells whose state acts: "Вологодская
область и Китай будут сотрудничать" binds Russia and China.

>>> from readout.nlp import analyze
>>> [(r.text, r.code) for r in find_regions(analyze("Вологодская область и Китай будут сотрудничать."), [])]
[('Вологодская область', 'RU')]
>>> [(r.text, r.code) for r in find_regions(analyze("Глава Чувашии встретился с губернатором Приморья в Ташкенте."), [])]
[('Чувашии', 'RU'), ('Приморья', 'RU')]
"""
from __future__ import annotations

import functools
import os
import re

from readout import data
from readout.extract.entities.countries import CountryMention
from readout.nlp import Analysis, models

CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)

_STATES = ("RU",)  # states whose subdivision names ISO 3166-2 writes in BGN/PCGN Latin of Russian
# Neighbours whose subdivisions pycountry names in Russian (its iso3166-2 translations) or in a Latin close to it
# ("Qostanay oblysy"); named only by an adjective before a region's form ("Костанайская область"), since their
# bare names are often also cities of another state ("Армавир").
_NEIGHBOURS = ("KZ", "UZ", "KG", "TJ", "TM", "BY", "AZ", "AM", "GE", "MD", "MN")
_FORMS = {"respublika", "oblast", "kray", "avtonomnyy", "avtonomnaya", "okrug", "el", "oblysy", "voblasc"}  # forms,
# not names


@functools.cache
def _letters() -> dict[str, tuple[str, str]]:
    return {r["letter"]: (r["latin"], r["latin"] if r["initial"] == "-" else r["initial"])
            for r in data.tsv("translit_ru")}


def latin(word: str) -> str:
    """A Russian word in BGN/PCGN Latin, lower case, with no apostrophes or quotes.

    >>> latin("Еврейская"), latin("Забайкальский"), latin("Приморье")
    ('yevreyskaya', 'zabaykalskiy', 'primorye')
    """
    letters, out, prev = _letters(), [], ""
    for ch in word.lower():
        plain, initial = letters.get(ch, (ch, ch))
        out.append(initial if not prev or prev in "аеёиоуыэюяъь" else plain)
        prev = ch
    return "".join(out).replace("'", "").replace('"', "")


_ENDINGS = ("skaya", "skaja", "skiy", "skoye", "iya", "aya", "aja", "iy", "yy", "ye", "ya", "a")  # adjective and
# noun endings ("skaja" in Belarusian Latin: "Minskaja voblasć")


def _stem(key: str) -> str:
    for ending in _ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[:-len(ending)]
    return key


def _plain(name: str) -> str:
    """A subdivision's name in a Latin close to BGN/PCGN's Russian: no diacritics, "q" as "k", "gh" as "g".

    >>> _plain("Qostanay oblysy"), _plain("Chüy")
    ('kostanay oblysy', 'chuy')
    """
    import unicodedata

    if CYRILLIC.search(name):
        return " ".join(latin(w) for w in re.split(r"\s+", name))
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return bare.lower().replace("ı", "y").replace("ə", "a").replace("gh", "g").replace("q", "k").replace("‘", "")


@functools.cache
def _names() -> tuple[tuple[str, str], ...]:
    """(stem of a Latin name word, state code) of every subdivision of ``_STATES``, then of ``_NEIGHBOURS`` (their
    Russian name where pycountry has one)."""
    import gettext

    import pycountry

    russian = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    out = []
    for code in _STATES + _NEIGHBOURS:
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            if sub.type.endswith("city") or code in _NEIGHBOURS and sub.type not in _REGION_TYPES:
                continue  # "Москва и Нью-Дели договорились": a capital stands for its state, as a city, not a region
            name = sub.name if code in _STATES else _plain(russian.gettext(sub.name))
            out.extend((_stem(key), code) for key in _name_words(name, 4 if code in _STATES else 3))
    return tuple(out)


def _name_words(name: str, shortest: int = 4) -> list[str]:
    """The words of a subdivision's name that name it, lower case: "Volgogradskaya Oblast'" → ["volgogradskaya"]."""
    keys = (word.replace("'", "").lower() for word in re.split(r"[\s,()]+", name))
    return [key for key in keys if len(key) >= shortest and key not in _FORMS]


_SOUNDS = (("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "k"), ("gh", "g"), ("sh", "S"), ("ch", "C"), ("ts", "c"),
           ("x", "k"), ("q", "k"), ("h", "k"))


def skeleton(word: str) -> str:
    """A name's consonants, with the sounds that Russian's Latin and a state's own Latin write apart made one, so
    that the two spellings of a neighbour's region meet ("andizhan" and "andijon", "fergan" and "fargona", "bukhar"
    and "buxoro", "dzhalal-abad" and "jalal-abad").

    >>> skeleton("andizhan") == skeleton("andijon"), skeleton("bukhar") == skeleton("buxoro")
    (True, True)
    >>> skeleton("osh"), skeleton("samarkand") == skeleton("samara")
    ('S', False)
    """
    word = word.lower().replace("-", "").replace("'", "")
    for a, b in _SOUNDS:
        word = word.replace(a, b)
    out = ""
    for ch in word:
        if ch not in "aeiouyöü" and (not out or out[-1] != ch):
            out += ch
    return out


@functools.cache
def _skeletons() -> dict[str, str]:
    """Skeletons of three letters at least that one region alone has ("kstn" is Kostanay's and Kuhistoni's: none)."""
    seen: dict[str, set[str]] = {}
    codes: dict[str, str] = {}
    for name, code in _names():
        if code not in _STATES and len(sk := skeleton(name)) >= 3:
            seen.setdefault(sk, set()).add(name)
            codes[sk] = code
    return {sk: codes[sk] for sk, names in seen.items() if len(names) == 1}


_REGION_TYPES = {"Region", "Province", "Oblast", "Autonomous region"}  # no districts, cities, nor autonomous republics
# whose status the texts dispute ("Президент Абхазской Республики" is no Georgian official in Russian sources)


@functools.lru_cache(maxsize=10_000)
def region_state(lemma: str, adjective: bool = False) -> str | None:
    """The state of the region a lemma names: the stem of its Latin form is a subdivision name's stem, or differs
    from it only in its last two letters, five letters at least in common ("чувашия" and Chuvashskaya, "приморье"
    and Primorskiy, "чечня" and Chechenskaya; not "ханой", "европа", "сарань" or "кировоград").

    >>> region_state("приморье"), region_state("татарстан"), region_state("вологодский"), region_state("омск")
    ('RU', 'RU', 'RU', 'RU')
    >>> region_state("москва")  # a federal city: a capital stands for its state as a city does
    >>> region_state("самарканд"), region_state("ханой"), region_state("европа"), region_state("кировоград")
    (None, None, None, None)
    >>> region_state("костанайский", adjective=True), region_state("самаркандский", adjective=True)
    ('KZ', 'UZ')
    """
    key = _stem(latin(lemma))
    for name, code in _names():
        if code not in _STATES and not adjective:
            continue  # a neighbour's region only as "Костанайская область"
        common = len(os.path.commonprefix([key, name]))
        if key == name or common >= 5 and common >= max(len(key), len(name)) - 2:
            return code
    return _skeletons().get(skeleton(key)) if adjective else None  # "Андижанская область": Andijon


@functools.cache
def _noun_names() -> frozenset[str]:
    """Stems of the subdivision names that are nouns, not adjectives ("Dagestan", "Bashkortostan"; not
    "Volgogradskaya"): a word with such a stem names the region; one with an adjective's stem may be its capital."""
    import pycountry

    adjectival = ("skaya", "skiy", "skoye", "aya", "iy", "yy")
    return frozenset(_stem(key) for sub in pycountry.subdivisions.get(country_code="RU") or ()
                     for key in _name_words(sub.name) if not key.endswith(adjectival))


def names_region(lemma: str) -> bool:
    """The word names a region itself, not a city that shares its name with its region.

    >>> names_region("дагестан"), names_region("волгоград")
    (True, False)
    """
    return _stem(latin(lemma)) in _noun_names()


def find_regions(analysis: Analysis, countries: list[CountryMention]) -> list[CountryMention]:
    """Every region of ``_STATES`` the text names by a place noun ("Чувашии", "Приморья") or by an adjective before a
    noun of a region's form ("Вологодская область", "Ханты-Мансийский автономный округ"), outside the states'
    own names."""
    forms = data.lexicon("subdivision_noun")
    out: list[CountryMention] = []
    toks = analysis.tokens
    for i, t in enumerate(toks):
        if not t.text[:1].isupper() or t.text.isupper() or any(c.start <= t.start < c.stop for c in countries):
            continue
        stop, adjective = t.stop, False
        parses = models().parse(t.text.lower())
        if t.pos == "ADJ" or "-" in t.text or parses and parses[0].tag.POS == "ADJF":  # "Павлодарская" opening a
            nxt = _form_after(toks, i, forms)  # text, tagged a name
            if nxt is None:
                continue
            stop, adjective = nxt.stop, True
        elif not parses or "Geox" not in parses[0].tag:
            continue
        code = region_state(t.lemma, adjective)
        if code is not None:
            out.append(CountryMention(t.start, stop, analysis.text[t.start:stop], code, "region"))
    return out


def _form_after(toks, i: int, forms) -> object | None:
    """The region's form noun after the adjective at ``i``, next to it or after other regions' adjectives
    coordinated with it: "Вологодская область", "Павлодарская и Омская области"."""
    for x in toks[i + 1:i + 8]:
        if x.lemma in forms:
            return x
        if not (x.pos == "ADJ" or x.lemma == "и" or x.text == "," or "-" in x.text):
            return None
    return None
