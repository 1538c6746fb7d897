"""Russian quantities in words and digits: sums of money, percentages, tonnes, counts and multipliers.

Each quantity is a :class:`readout.model.Quantity` whose ``start``/``stop`` point into the text. Numeral words,
scales and multiplier words live in ``data/numerals.tsv``, currencies in ``data/currencies.tsv``, other units in
``data/units.tsv``; words are matched by their pymorphy lemma, so every case form works.

>>> q = parse_quantity("объём в размере одного миллиарда долларов")
>>> q.value, q.unit
(1000000000.0, 'USD')
>>> [(q.value, q.unit) for q in find_quantities("1,5 млрд долл. США и на 26%")]
[(1500000000.0, 'USD'), (26.0, 'percent')]
>>> parse_quantity("в 2,5 раза").factor
2.5
>>> find_quantities("22 апреля 2025 года")
[]
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from readout.data import numerals, tsv
from readout.model import Quantity

__all__ = ["find_quantities", "parse_quantity"]

_TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?:,\d+)?|\d+(?:[.,]\d+)?)"
    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)"
    r"|(?P<sym>[$€₽¥£₸%])"
    r"|(?P<punct>[^\s\w])"
)
_MONTH = r"(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
# Digits that are part of a date, a year, a time or an ordinal, never quantities.
_NOT_QUANTITY = re.compile(
    rf"\d{{1,2}}(?:\s*(?:[-‒–—―]|по|и)\s*\d{{1,2}})?\s+{_MONTH}[а-яё]*(?:\s+\d{{4}})?"  # 9 мая, 28–30 апреля 2025
    r"|\b\d{4}(?:\s*[-–—/]\s*\d{2,4})?(?:\s*[-‒–—―]\s*[а-яё]{1,3}\b)?\s*(?:год[а-яё]*|гг?\.|г\b)"  # в 2025 году
    r"|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"  # 22.04.2025
    r"|\b\d{1,2}:\d{2}\b"  # 10:10
    r"|\d+(?:[-–]\d+)?-[а-яё]+"  # 2-й, 80-летие
    r"|(?:\b(?:с|до|в|по|к)\s+)\d{1,2}\.\d{2}\b"  # с 18.00
    r"|№\s*\d+|\b(?:ст|п|ч|пп)\.\s*\d+"  # № 23, ст. 3304
    r"|(?m:^[ \t]*\d{1,3}[.)](?=\s))"  # 1. a numbered paragraph
    r"|https?://\S+|\b[\w.-]+\.[a-z]{2,}/\S*",  # kremlin.ru/d/76627
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    stop: int
    text: str
    kind: str  # num | word | sym | punct
    dot: bool  # a "." follows at once


@dataclass(frozen=True, slots=True)
class _Number:
    value: float
    first: int  # token indices [first, last)
    last: int
    words: bool  # spelled in words


@functools.cache
def _dotted() -> frozenset[str]:
    """Abbreviations whose following dot belongs to them ("тыс.", "долл.")."""
    out = {r["lemma"].rstrip(".") for r in tsv("numerals") if r["lemma"].endswith(".")}
    for name in ("currencies", "units"):
        out |= {w.rstrip(".") for r in tsv(name) for w in r["words"].split() if w.endswith(".")}
    return frozenset(out)


@functools.cache
def _phrases(name: str, column: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Multi-word lexicon entries, longest first."""
    rows = [(tuple(w.rstrip(".").lower() for w in r["words"].split()), r[column]) for r in tsv(name)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@functools.lru_cache(maxsize=50_000)
def _parses(word: str) -> tuple[tuple[str, str], ...]:
    """(lemma, tag) pairs for a lower-case word, ё written е."""
    from readout.nlp import models

    return tuple((p.normal_form.replace("ё", "е"), str(p.tag)) for p in models().parse(word))


def _keys(word: str) -> frozenset[str]:
    w = word.lower().replace("ё", "е")
    return frozenset({w, *(lemma for lemma, _ in _parses(w))})


def _numeral(tok: _Tok) -> tuple[float, str] | None:
    """Value and kind of a numeral word, by its surface or its first lemma (not "семью" = family)."""
    if tok.kind != "word":
        return None
    w = tok.text.lower().replace("ё", "е")
    table = numerals()
    if w in table:
        return table[w]
    parses = _parses(w)
    return table.get(parses[0][0]) if parses else None


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        if m.group() == "." and out and out[-1].kind == "word" and out[-1].stop == m.start():
            continue  # kept as the word's ``dot`` flag: "долл. США"
        out.append(_Tok(m.start(), m.end(), m.group(), kind, text[m.end() : m.end() + 1] == "."))
    return out


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.stop : b.start]
    if a.dot and a.kind == "word":
        gap = gap[1:]
    return gap.strip() == ""


def _digits_value(s: str) -> float:
    return float(re.sub(r"[ \u00a0\u202f]", "", s).replace(",", "."))


def _word_number(text: str, toks: list[_Tok], i: int) -> _Number | None:
    """A spelled number: "двухсот пятидесяти трёх тысяч" → 253000."""
    total, group, last_scale, j = 0.0, 0.0, None, i
    small = 10_000.0  # the smallest place filled so far inside the current group
    while j < len(toks) and (j == i or _adjacent(text, toks[j - 1], toks[j])):
        hit = _numeral(toks[j])
        if hit is None or hit[1] == "factor":
            break
        value, kind = hit
        if kind == "scale":
            if last_scale is not None and value >= last_scale:
                break
            total += (group or 1) * value
            group, last_scale, small = 0.0, value, 10_000.0
        else:
            place = 100 if value >= 100 else 10 if value >= 20 or value == 10 else 1
            if value != int(value) or 10 < value < 20:
                place = 1
            if place >= small or (group and value != int(value)):
                break
            group += value
            small = 1 if (10 <= value < 20 or value != int(value)) else place
        j += 1
    if j == i:
        return None
    return _Number(total + group, i, j, True)


def _digit_number(text: str, toks: list[_Tok], i: int) -> _Number | None:
    """Digits with an optional scale, possibly continued: "1 млрд 200 млн" → 1.2e9."""
    total, j, last_scale = 0.0, i, None
    while j < len(toks) and toks[j].kind == "num" and (j == i or _adjacent(text, toks[j - 1], toks[j])):
        value = _digits_value(toks[j].text)
        j += 1
        hit = _numeral(toks[j]) if j < len(toks) and _adjacent(text, toks[j - 1], toks[j]) else None
        if hit is None or hit[1] != "scale" or (last_scale is not None and hit[0] >= last_scale):
            total += value
            break
        total += value * hit[0]
        last_scale = hit[0]
        j += 1
    return _Number(total, i, j, False)


def _number(text: str, toks: list[_Tok], i: int) -> _Number | None:
    tok = toks[i]
    if tok.kind == "num":
        return _digit_number(text, toks, i)
    number = _word_number(text, toks, i)
    if number is None:
        return None
    if _numeral(toks[number.last - 1])[1] != "scale" and number.last < len(toks):
        nxt = toks[number.last]  # "двадцать пятом году": an ordinal follows, so this is not a cardinal
        if nxt.kind == "word" and _adjacent(text, toks[number.last - 1], nxt) and _is_ordinal(nxt.text):
            return None
    return number


def _is_ordinal(word: str) -> bool:
    parses = _parses(word.lower().replace("ё", "е"))
    return bool(parses) and "Anum" in parses[0][1] and parses[0][0] not in numerals()


def _phrase_at(text: str, toks: list[_Tok], i: int, name: str, column: str) -> tuple[str, int] | None:
    """The longest lexicon entry starting at token ``i``: (value, index past it)."""
    for words, value in _phrases(name, column):
        j = i
        for k, word in enumerate(words):
            if j >= len(toks) or (k and not _adjacent(text, toks[j - 1], toks[j])):
                break
            tok = toks[j]
            keys = _keys(tok.text) if tok.kind == "word" else {tok.text.lower()}
            if word not in keys:
                break
            j += 1
        else:
            return value, j
    return None


def _stop(toks: list[_Tok], j: int) -> int:
    """Where a span ending with token ``j - 1`` stops, taking an abbreviation's dot."""
    last = toks[j - 1]
    if last.dot and last.text.lower() in _dotted():
        return last.stop + 1
    return last.stop


def _unit_after(text: str, toks: list[_Tok], j: int) -> tuple[str, int] | None:
    if j >= len(toks) or not _adjacent(text, toks[j - 1], toks[j]):
        return None
    return _phrase_at(text, toks, j, "currencies", "code") or _phrase_at(text, toks, j, "units", "unit")


def _blocked(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _NOT_QUANTITY.finditer(text)]


def _inside(spans: list[tuple[int, int]], tok: _Tok) -> bool:
    return any(a <= tok.start and tok.stop <= b for a, b in spans)


# Rules: each looks at token ``i`` and returns a quantity and the index past it, or None. Tried in order.


def rule_factor_word(text: str, toks: list[_Tok], i: int) -> tuple[Quantity, int] | None:
    """"удвоить", "удвоение", "вдвое" → factor 2."""
    hit = _numeral(toks[i])
    if hit is None or hit[1] != "factor":
        return None
    return Quantity(toks[i].start, toks[i].stop, None, None, hit[0]), i + 1


def rule_times(text: str, toks: list[_Tok], i: int) -> tuple[Quantity, int] | None:
    """"в 2,5 раза", "в полтора раза" → factor 2.5, 1.5."""
    if toks[i].text.lower() not in ("в", "во") or i + 1 >= len(toks):
        return None
    if not _adjacent(text, toks[i], toks[i + 1]):
        return None
    number = _number(text, toks, i + 1)
    if number is None or number.last >= len(toks) or not _adjacent(text, toks[number.last - 1], toks[number.last]):
        return None
    if "раз" not in _keys(toks[number.last].text) or toks[number.last].kind != "word":
        return None
    return Quantity(toks[i].start, toks[number.last].stop, None, None, number.value), number.last + 1


def rule_symbol_first(text: str, toks: list[_Tok], i: int) -> tuple[Quantity, int] | None:
    """"$100 млрд", "USD 5 млн" → a currency written before its number."""
    if i + 1 >= len(toks) or toks[i + 1].kind != "num":
        return None
    if toks[i].kind != "sym" and not (toks[i].kind == "word" and toks[i].text.isascii()):
        return None
    hit = _phrase_at(text, toks, i, "currencies", "code")
    if hit is None or hit[1] != i + 1 or not _adjacent(text, toks[i], toks[i + 1]):
        return None
    number = _digit_number(text, toks, i + 1)
    return Quantity(toks[i].start, _stop(toks, number.last), number.value, hit[0]), number.last


def rule_exchange(text: str, toks: list[_Tok], i: int) -> tuple[Quantity, int] | None:
    """"175 на 175" (an exchange of prisoners) → 175 count."""
    number = _number(text, toks, i)
    j = number.last if number else 0
    if number is None or j + 1 >= len(toks) or toks[j].text.lower() != "на":
        return None
    other = _number(text, toks, j + 1)
    if other is None or other.value != number.value or not _adjacent(text, toks[j], toks[j + 1]):
        return None
    return Quantity(toks[i].start, toks[other.last - 1].stop, number.value, "count"), other.last


def rule_number(text: str, toks: list[_Tok], i: int) -> tuple[Quantity, int] | None:
    """A number with its scale and unit: "1,5 млрд долларов", "на 26%", "пять раз", "тысяча тонн"."""
    number = _number(text, toks, i)
    if number is None:
        return None
    j = number.last
    unit = _unit_after(text, toks, j)
    if unit is None:
        unit = _range_unit(text, toks, j)
        if unit is not None:
            unit = (unit, j)
    if unit is not None:
        return Quantity(toks[i].start, _stop(toks, unit[1]), number.value, unit[0]), unit[1]
    if _bare_year(toks, number) or _one_of(toks, number):
        return None
    counted = "count" if _noun_follows(text, toks, j) else None
    return Quantity(toks[i].start, _stop(toks, j), number.value, counted), j


RULES = (rule_factor_word, rule_times, rule_symbol_first, rule_exchange, rule_number)


def _range_unit(text: str, toks: list[_Tok], j: int) -> str | None:
    """"10–15%": the first number of a range takes the unit of the second."""
    if j + 1 >= len(toks) or toks[j].text not in "-–—" or toks[j + 1].kind != "num":
        return None
    other = _digit_number(text, toks, j + 1)
    hit = _unit_after(text, toks, other.last)
    return hit[0] if hit else None


def _bare_year(toks: list[_Tok], number: _Number) -> bool:
    """"до 2030", "Повестка-2030": a lone four-digit number that looks like a year."""
    t = toks[number.first]
    return number.last == number.first + 1 and t.kind == "num" and re.fullmatch(r"(1[89]|20)\d\d", t.text) is not None


def _one_of(toks: list[_Tok], number: _Number) -> bool:
    """A lone "один" ("один из", "с одной стороны") is a pronoun in running text, not a quantity."""
    return number.words and number.value == 1 and number.last == number.first + 1


def _noun_follows(text: str, toks: list[_Tok], j: int) -> bool:
    """A noun of things or people counted after the number, past up to three adjectives ("40 очень важных
    документов"); a noun-like adjective counts ("500 военнопленных").

    >>> [(q.value, q.unit) for q in find_quantities("обменять 500 военнопленных и подписать 40 очень важных документов")]
    [(500.0, 'count'), (40.0, 'count')]
    """
    for _ in range(4):
        if j >= len(toks) or toks[j].kind != "word" or not _adjacent(text, toks[j - 1], toks[j]):
            return False
        parses = _parses(toks[j].text.lower().replace("ё", "е"))
        if not parses:
            return False
        if any(tag.startswith("NOUN") and "Abbr" not in tag for _, tag in parses[:2]):
            return True
        if not parses[0][1].startswith(("ADJF", "ADVB", "PRTF")):
            return False
        j += 1
    return False


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, left to right, not overlapping.

    >>> [(q.value, q.unit) for q in find_quantities("обмен 175 на 175 и 100 миллионов рублей")]
    [(175.0, 'count'), (100000000.0, 'RUB')]
    >>> [q.factor for q in find_quantities("удвоить товарооборот")]
    [2.0]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quantities: expected a str, got {type(text).__name__}")
    toks = _tokens(text)
    blocked = _blocked(text)
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        if _inside(blocked, toks[i]) or toks[i].kind == "punct":
            i += 1
            continue
        for rule in RULES:
            found = rule(text, toks, i)
            if found is not None and not any(_inside(blocked, t) for t in toks[i : found[1]] if t.kind == "num"):
                out.append(found[0])
                i = found[1]
                break
        else:
            i += 1
    return out


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in ``text``, or None.

    >>> parse_quantity("двухсот пятидесяти трёх тысяч").value
    253000.0
    >>> parse_quantity("в 2025 году") is None
    True
    """
    found = find_quantities(text)
    return found[0] if found else None
