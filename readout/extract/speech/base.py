"""What every speech rule shares: the ``Found`` item, the verbs of saying, quotation marks, where a page's speech
must stop, and the subject of a verb of saying.

>>> "заявить" in speech_verbs()
True
>>> closing("«Мы «готовы» к работе»", 0)
21
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterator

from readout import data
from readout.extract.context import Context
from readout.model import Span

DASH = "–—-"
_OPEN_CLOSE = {"«": "»", "„": "“", "“": "”", '"': '"'}

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

def speech_verb_in(ctx: Context, a: int, b: int) -> Span | None:
    for t in ctx.analysis.tokens_in(a, b):
        if t.lemma in speech_verbs() and t.pos in ("VERB", "AUX"):
            return Span(t.start, t.stop)
    return None

def closing(text: str, i: int) -> int | None:
    """The matching close of the quotation mark at ``i``, allowing one level of nesting."""
    open_, close = text[i], _OPEN_CLOSE[text[i]]
    depth, k = 0, i + 1
    limit = min(len(text), i + 5000)
    while k < limit:
        c = text[k]
        if c == close and (open_ != close or depth == 0):
            if depth == 0:
                return k
            depth -= 1
        elif c == open_ and open_ != close:
            depth += 1
        elif c == "\n" and open_ == '"':
            return None
        k += 1
    return None

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
