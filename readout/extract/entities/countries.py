"""Countries mentioned in a text, as ISO 3166-1 alpha-2 codes.

Names come from the country packages (babel's Russian territory names, pycountry's Russian translations of the
ISO 3166 names), matched by lemma in any case; short names, abbreviations and adjectives come from
``data/country_words.tsv``; compound adjectives give every state they join.

>>> from readout.nlp import analyze
>>> [(m.code, m.text) for m in find_countries(analyze("Президенты Казахстана и США обсудили казахско-азербайджанские связи."))]
[('KZ', 'Казахстана'), ('US', 'США'), ('KZ', 'казахско-азербайджанские'), ('AZ', 'казахско-азербайджанские')]
"""
from __future__ import annotations

import functools
import gettext
import re
from dataclasses import dataclass

from readout import data
from readout.extract.phrases import PhraseTable
from readout.nlp import Analysis, lemma_of, models

# pymorphy's most likely parse of a capitalised single-word name must be one of these for the name to count:
# "Того" (a pronoun first) is not Togo, "Мали" (an adjective first) is not Mali.
_NAME_POS = {"NOUN", None}


@dataclass(frozen=True, slots=True)
class CountryMention:
    start: int
    stop: int
    text: str
    code: str
    rule: str


def _key(name: str) -> tuple[str, ...]:
    from razdel import tokenize

    return tuple(lemma_of(t.text) for t in tokenize(name) if t.text not in "()")


@functools.cache
def gazetteer() -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """(names by lemma key, adjectives by lemma) → ISO code."""
    import pycountry
    from babel import Locale

    names: dict[tuple[str, ...], str] = {}
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                names.setdefault(_key(ru.gettext(value)), c.alpha_2)
    for code, name in Locale("ru").territories.items():
        if len(code) == 2 and code.isalpha() and pycountry.countries.get(alpha_2=code):
            names.setdefault(_key(name.split(" (")[0]), code)
    adjectives: dict[str, str] = {}
    for row in data.tsv("country_words"):
        if row["kind"] == "adjective":
            adjectives[row["words"]] = row["country"]
        elif row["kind"] == "seat":
            continue  # a seat of power names its state only inside a title (see roles.seats)
        else:
            names[tuple(row["words"].split())] = row["country"]
    names.pop((), None)
    return names, adjectives


@functools.cache
def is_country_name(word: str) -> bool:
    """A word that names a state by itself ("Турция", "Грузия"), in any case.

    >>> is_country_name("Турции"), is_country_name("Стамбул")
    (True, False)
    """
    return _key(word) in gazetteer()[0]


def state_code(word: str) -> str | None:
    """The state a word names by itself, in any case ("Черногории" → ME), or None.

    >>> state_code("Черногории"), state_code("Стамбул")
    ('ME', None)
    """
    code = gazetteer()[0].get(_key(word))
    return code if code and code != "-" else None


def _name_table() -> PhraseTable[str]:
    """Country names by lemma sequence, for the longest match."""
    return PhraseTable(gazetteer()[0])


@functools.lru_cache(maxsize=100_000)
def _lemma_and_pos(word: str) -> tuple[str, str | None]:
    parses = models().parse(word)
    if not parses:
        return word.lower(), None
    return parses[0].normal_form.replace("ё", "е"), parses[0].tag.POS


def _compound(word: str, adjectives: dict[str, str]) -> list[str]:
    """"казахско-азербайджанский" → ['KZ', 'AZ']; parts that are no country are skipped."""
    parts = word.lower().split("-")
    codes = []
    for part in parts[:-1]:
        stem = part[:-1]
        for cand in (stem + "ий", stem + "ский", stem + "ийский"):
            if cand in adjectives:
                codes.append(adjectives[cand])
                break
    last = _lemma_and_pos(parts[-1])[0]
    if last in adjectives:
        codes.append(adjectives[last])
    return codes if len(codes) >= 2 or (codes and last in adjectives) else []


def _joined_names(t, names: dict[tuple[str, ...], str]) -> list[CountryMention] | None:
    """A token of state names joined by hyphens or dashes, each capitalised ("Туркменистан–Азербайджан–Узбекистан",
    "Россия-Китай"): one mention of each state; None unless every part is a state's name."""
    parts = [(m.start(), m.group()) for m in re.finditer(r"[^-–—]+", t.text)]
    if len(parts) < 2 or not all(w[:1].isupper() for _, w in parts):
        return None
    found = []
    for off, w in parts:
        code = names.get(_key(_lemma_and_pos(w)[0])) or names.get(_key(w.lower()))
        if not code or code == "-":
            return None
        found.append(CountryMention(t.start + off, t.start + off + len(w), w, code, "name"))
    return found


def find_countries(analysis: Analysis) -> list[CountryMention]:
    """Every mention of a state: by name (longest match first), adjective or compound adjective."""
    names, adjectives = gazetteer()
    table = _name_table()
    text = analysis.text
    out: list[CountryMention] = []
    people = [(s.start, s.stop) for s in analysis.ner if s.type == "PER" and " " in text[s.start:s.stop].strip()]
    for sent in analysis.sentences:
        toks = analysis.sentence_tokens(sent)
        lemmas = [_lemma_and_pos(t.text)[0] for t in toks]
        i = 0
        while i < len(toks):
            hit = table.longest_at(lemmas, i, lambda code, n: toks[i].text[:1].isupper() and (
                n > 1 or _lemma_and_pos(toks[i].text)[1] in _NAME_POS or toks[i].text.isupper() or not (
                    models().morph_vocab.word_is_known(toks[i].text.lower()))) or (  # "Монтенегро": a guess
                n == 1 and _lowercase_state(toks[i].text)))
            if hit:
                code, n = hit
                a, b = toks[i].start, toks[i + n - 1].stop
                in_name = n == 1 and i > 0 and any(pa <= toks[i - 1].start and b <= pb for pa, pb in people) and not (
                    models().morph_vocab.word_is_known(toks[i - 1].text.lower()))  # "с губернатором Чжао Гана"
                if code != "-" and not _in_currency(lemmas, i, n) and not in_name:  # a region is consumed
                    out.append(CountryMention(a, b, text[a:b], code, "name"))
                i += n
                continue
            t = toks[i]
            if (joined := _joined_names(t, names)) is not None:  # "в формате Туркменистан–Азербайджан–Узбекистан"
                out.extend(joined)
            elif "-" in t.text:
                for code in _compound(t.text, adjectives):
                    out.append(CountryMention(t.start, t.stop, t.text, code, "compound_adjective"))
            elif lemmas[i] in adjectives and _long_name(toks, i):  # "Кыргызской Республики": the state's long name
                out.append(CountryMention(t.start, toks[i + 1].stop, text[t.start:toks[i + 1].stop],
                                          adjectives[lemmas[i]], "name"))
                i += 1
            elif lemmas[i] in adjectives:
                out.append(CountryMention(t.start, t.stop, t.text, adjectives[lemmas[i]], "adjective"))
            i += 1
    return _resolve_ambiguous(out)


def _long_name(toks, i: int) -> bool:
    """A capitalised state adjective before a capitalised noun of a state's form, in its case: "Кыргызской
    Республики", "Российской Федерации" (a name the ISO tables spell otherwise)."""
    from readout import data

    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and toks[i].text[:1].isupper() and nxt.text[:1].isupper() and (
        nxt.lemma in data.lexicon("state_form")) and toks[i].feat("Case") in (None, nxt.feat("Case"))


@functools.lru_cache(maxsize=10_000)
def _lowercase_state(word: str) -> bool:
    """A state's name written in lower case, as some outlets write one on purpose ("атакам россии"): the
    dictionary's likeliest parse is a place name ("того", "чад" are not).

    >>> from readout.nlp import analyze
    >>> [c.code for c in find_countries(analyze("Украина противостоит атакам россии, того и гляди."))]
    ['UA', 'RU']
    """
    if len(word) < 5 or not word.islower():
        return False
    parses = models().parse(word)
    return bool(parses) and "Geox" in parses[0].tag


def _in_currency(lemmas: list[str], i: int, n: int) -> bool:
    """"20 млрд долларов США": the state is part of a currency's name (``data/currencies.tsv``), not a mention.

    >>> from readout.nlp import analyze
    >>> [c.code for c in find_countries(analyze("Товарооборот достигнет 20 млрд долларов США, заявил президент США."))]
    ['US']
    """
    names = _currency_names()
    return any(tuple(lemmas[j:i + n]) in names for j in range(max(0, i - 2), i))


@functools.cache
def _currency_names() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(r["words"].replace("долл.", "долл .").split()) for r in data.tsv("currencies"))


def _resolve_ambiguous(found: list[CountryMention]) -> list[CountryMention]:
    """An abbreviation of several states ("РК": Kazakhstan or Korea) is the one the document names otherwise, else
    the first listed.

    >>> from readout.nlp import analyze
    >>> [c.code for c in find_countries(analyze("Президент РК прибыл в Южную Корею."))]
    ['KR', 'KR']
    >>> [c.code for c in find_countries(analyze("Президенты РК и КР встретились."))]
    ['KZ', 'KG']
    """
    named = {c.code for c in found if "|" not in c.code}
    out = []
    for c in found:
        if "|" in c.code:
            options = c.code.split("|")
            c = CountryMention(c.start, c.stop, c.text, next((o for o in options if o in named), options[0]), c.rule)
        out.append(c)
    return out


@functools.cache
def country_name(code: str) -> str:
    """Russian short name of a state: ``country_name('KZ')`` → ``'Казахстан'``."""
    from babel import Locale

    return Locale("ru").territories.get(code, code).split(" (")[0]
