"""What every speech rule shares: the ``Found`` item, the verbs of saying, quotation marks, where a page's speech
must stop, and the subject of a verb of saying.

>>> "заявить" in speech_verbs()
True
>>> closing("«Мы «готовы» к работе»", 0)
21
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator

from readout import data
from readout.extract.context import Context
from readout.model import Span

DASH = "–—-"
_OPEN_CLOSE = OPEN_CLOSE = {"«": "»", "„": "“", "“": "”", '"': '"'}

@dataclass(frozen=True, slots=True)
class Found:
    start: int
    stop: int
    direct: bool
    speakers: tuple[Person, ...]
    rule: str
    speaker_rule: str | None
    cue: Span | None = None

@functools.cache
def speech_verbs() -> frozenset[str]:
    return frozenset(data.lines("speech_verbs"))

@functools.cache
def transcript_ends() -> tuple[str, ...]:
    return data.lines("transcript_ends")

def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink ``[a, b)`` past spaces, dashes and quotation marks at either end."""
    junk = " \t\n" + DASH + "«»„“”\""
    while a < b and text[a] in junk:
        a += 1
    while b > a and text[b - 1] in junk + ",:":
        b -= 1
    return a, b

_DATELINE = re.compile(r"[А-ЯЁ][А-ЯЁ-]{2,}(?:,\s*\d{1,2}\s+[а-яА-ЯёЁ]+\.?\s*(?:/[^/\n]{2,30}/)?|\s*/[^/\n]{2,30}/)"
                       r"\s*[-–—]\s+")  # a city with a date or an agency in slashes: not "ЕАЭС - это наш приоритет"


def past_dateline(text: str, a: int) -> int:
    """Past an agency's dateline that opens the paragraph at ``a`` ("ГАБАЛА/Trend/ - ", "БАКУ, 7 окт - "): it is
    no one's words.

    >>> past_dateline("ГАБАЛА/Trend/ - Сегодня мир …", 0)
    16
    """
    m = _DATELINE.match(text, a)
    return m.end() if m else a


@functools.cache
def attribution_verbs() -> frozenset[str]:
    return frozenset(data.lines("attribution_verbs"))

def speech_verb_in(ctx: Context, a: int, b: int, tail: bool = False) -> Span | None:
    """The first verb of saying in ``[a, b)``; with ``tail`` (an attribution after a quotation) also a verb of
    ``attribution_verbs.txt`` that opens it ("«…», — заключил мэр")."""
    toks = ctx.analysis.tokens_in(a, b)
    words = [t for t in toks if t.text[:1].isalpha()]
    if tail and words and words[0].lemma in attribution_verbs() and words[0].pos in ("VERB", "AUX"):
        return Span(words[0].start, words[0].stop)
    for t in toks:
        if t.lemma in speech_verbs() and t.pos in ("VERB", "AUX"):
            return Span(t.start, t.stop)
    return None

def closing(text: str, i: int) -> int | None:
    """The matching close of the quotation mark at ``i``, allowing one level of nesting; an opening mark right after
    the quotation's last punctuation and before an attribution dash closes it (a typo of the field).

    >>> closing("«Рост удвоился,« — отметил он.", 0)
    15
    >>> closing('"Все утверждения о "блокаде" безосновательны", - подчеркнул он.', 0)
    44
    >>> closing('"Задача - выполнить план "100 шагов", - сказал он.', 0)
    35
    """
    open_, close = text[i], _OPEN_CLOSE[text[i]]
    if open_ in ("«", "“") and (straight := _straight_close(text, i)) is not None:
        return straight
    depth, k, paragraphs = 0, i + 1, 0
    limit = min(len(text), i + 5000)
    while k < limit:
        c = text[k]
        if c == '"' and open_ == '"':  # straight marks nest by their sides: ' "блокаде"' opens, '" ' closes
            if text[k - 1:k].isspace() and text[k + 1:k + 2].isalnum():  # ' "блокаде"', ' "2+2"'
                depth += 1
            elif depth and text[i + 1:i + 2].isalnum() and re.match(r",?\s*[‒–—―-]\s", text[k + 1:k + 5]):
                return k  # one mark closes both before the attribution: '"… плана нации "100 шагов", – сказал он'
            elif depth:
                depth -= 1
            elif not paragraphs or re.match(r",?\s*[‒–—―-]\s", text[k + 1:k + 5]):
                return k  # over paragraphs only up to an attribution dash: '"Ужин …¶Такое …", - отмечается в посте'
            else:
                return None
        elif c == close and (open_ != close or depth == 0):
            if depth == 0:
                return k
            depth -= 1
        elif c == open_ and open_ != close and depth == 0 and re.match(r"\s*[‒–—―-]\s", text[k + 1:k + 4]) and (
                k > i + 1 and text[k - 1] in ",.!?…"):
            return k  # a closing mark typed as an opening one: "«…, экспорт в республику,« — отметил Голубев"
        elif c == open_ and open_ != close:
            depth += 1
        elif c == "\n" and open_ == '"' and (paragraphs := paragraphs + (text[k - 1] != "\n")) > 3:
            return None
        k += 1
    return None

def _straight_close(text: str, i: int) -> int | None:
    """A "«" closed by a straight mark, or a "“" by another "“", its paragraph holding no proper closing mark: the
    first such mark after it that ends a word ('по вопросу «создания многополярного мира", в связи чем …',
    "выражает “твердую и непоколебимую“ поддержку"), when none opens before it.

    >>> _straight_close('вопросу «создания мира", в связи', 8)
    22
    >>> _straight_close('«Газпром "Нефть" и другие»', 0) is None
    True
    """
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    close = _OPEN_CLOSE[text[i]]
    if close in text[i + 1:end]:
        return None
    mark = '"' if text[i] == "«" else "“"  # “твердую и непоколебимую“: an opening mark typed for the closing one
    k = text.find(mark, i + 1, end)
    if k < 0 or not text[k - 1:k].strip() or text[k + 1:k + 2].isalnum():
        return None
    return k


def page_ends(text: str) -> list[int]:
    """Where speech must stop in a scraped page: the end markers, the footer, the end of the text."""
    from readout.extract.clutter import find_footer

    footer = find_footer(text)
    return [i for end in transcript_ends() for i in _all(text, end)] + ([footer] if footer is not None else []) + [
        len(text)]

def _all(text: str, needle: str) -> Iterator[int]:
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)

def subject_in(ctx: Context, a: int, b: int, any_case: bool = False) -> tuple[tuple, str | None]:
    """The subject of a verb of saying in ``[a, b)``: a person, role or pronoun in the nominative (any case after
    "По словам")."""
    found = ctx.resolve(a, b, nominative=not any_case, role_nouns=False)
    return (tuple(found[0]), found[1]) if found else ((), None)


def name_at_verb(ctx: Context, a: int, b: int):
    """A name right before the verb, its case unread ("В заявлении для прессы Эрсой отметил …": a Turkish surname
    the tagger takes for an oblique case), not after a preposition: the verb's subject."""
    for p in ctx.persons_in(a, b):
        for f in p.forms:
            if a <= f.start and f.stop <= b and not ctx.analysis.text[f.stop:b].strip(" "):
                prev = ctx.analysis.tokens_in(max(a, f.start - 20), f.start)[-1:]
                if not prev or prev[0].pos != "ADP" and not ctx.with_partner(f):
                    return p
    return None


def bare_verb(ctx: Context, a: int, verb: int) -> bool:
    """Nothing but a conjunction or an adverb of sequence stands before the verb of saying: "И добавил:", "Затем
    сказал:" (the subject is the last one spoken of)."""
    words = [t for t in ctx.analysis.tokens_in(a, verb) if t.text[:1].isalpha()]
    return all(t.lemma in ("и", "а", "также", "затем", "потом", "еще", "же", "тут") for t in words)
