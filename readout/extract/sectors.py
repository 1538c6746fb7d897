"""Cooperation sectors a document discusses, found by lemma sequences from ``data/sectors.tsv``.

Hyphenated compounds are read part by part ("культурно-гуманитарный" gives culture and humanitarian), the first
parts turned back into adjectives ("научно" → "научный"). Longer lexicon entries win over shorter ones, so
"ядерное оружие" is defense, not nuclear; an entry with the code ``-`` matches and signals nothing.

>>> from readout.nlp import analyze
>>> sectors_of(analyze("Обсуждено торгово-экономическое и культурно-гуманитарное сотрудничество."))
['trade', 'culture', 'humanitarian']
>>> sectors_of(analyze("Договор о нераспространении ядерного оружия."))
['defense']
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from readout.data import DataError, tsv

__all__ = ["SECTORS", "find_sectors", "sectors_of", "lexicon"]

SECTORS = (
    "agriculture", "energy", "oil_gas", "nuclear", "mining", "manufacturing", "construction", "digital",
    "transport", "logistics", "shipbuilding", "trade", "investment", "finance", "culture", "education", "science",
    "youth", "tourism", "health", "sport", "media", "security", "defense", "water", "environment", "space",
    "migration", "humanitarian",
)
NO_SECTOR = "-"


@dataclass(frozen=True, slots=True)
class _Unit:
    """A word, or a part of a hyphenated word, with the lemmas it may stand for."""

    start: int
    stop: int
    lemmas: frozenset[str]


@functools.cache
def lexicon() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Entries by first lemma: ``{"ядерный": ((("ядерный", "оружие"), "defense"), (("ядерный",), "nuclear"))}``,
    longest first."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in tsv("sectors"):
        code, lemmas = row["sector"], tuple(row["lemmas"].lower().replace("ё", "е").split())
        if code not in SECTORS and code != NO_SECTOR:
            raise DataError(f"sectors.tsv: unknown sector {code!r} for {row['lemmas']!r}")
        if not lemmas:
            raise DataError(f"sectors.tsv: no lemmas for {code!r}")
        by_first.setdefault(lemmas[0], []).append((lemmas, code))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in by_first.items()}


def _adjective_forms(part: str) -> frozenset[str]:
    """"научно" → {"научно", "научный", "научний", "научной"}: the first part of a compound adjective."""
    if part.endswith("о") and len(part) > 3:
        stem = part[:-1]
        return frozenset({part, stem + "ый", stem + "ий", stem + "ой"})
    return frozenset({part})


def _units(analysis) -> list[_Unit]:
    known = lexicon()
    out = []
    for tok in analysis.tokens:
        lemma = tok.lemma.lower().replace("ё", "е")
        if "-" not in lemma or lemma in known or "-" not in tok.text:
            out.append(_Unit(tok.start, tok.stop, frozenset({lemma})))
            continue
        lemma_parts = lemma.split("-")
        offset = tok.start
        text_parts = tok.text.split("-")
        for k, part in enumerate(text_parts):
            word = lemma_parts[-1] if k == len(text_parts) - 1 else part.lower().replace("ё", "е")
            out.append(_Unit(offset, offset + len(part), _adjective_forms(word)))
            offset += len(part) + 1
    return out


def _match(units: list[_Unit], i: int) -> tuple[str, int] | None:
    """The longest entry starting at unit ``i``: (code, index past it)."""
    known = lexicon()
    for first in units[i].lemmas:
        for lemmas, code in known.get(first, ()):
            j = i + len(lemmas)
            if j <= len(units) and all(lemmas[k] in units[i + k].lemmas for k in range(1, len(lemmas))):
                return code, j
    return None


def find_sectors(analysis) -> list[tuple[str, int, int]]:
    """Every sector mention as (code, start, stop), left to right.

    >>> from readout.nlp import analyze
    >>> a = analyze("Меморандум о сотрудничестве в области атомной энергии и туризма.")
    >>> [(code, a.text[s:e]) for code, s, e in find_sectors(a)]
    [('nuclear', 'атомной энергии'), ('tourism', 'туризма')]
    """
    if not hasattr(analysis, "tokens"):
        raise TypeError(f"find_sectors: expected a readout.nlp.Analysis, got {type(analysis).__name__}")
    units = _units(analysis)
    out, i = [], 0
    while i < len(units):
        hit = _match(units, i)
        if hit is None:
            i += 1
            continue
        code, j = hit
        if code != NO_SECTOR:
            out.append((code, units[i].start, units[j - 1].stop))
        i = j
    return out


def sectors_of(analysis) -> list[str]:
    """Unique sector codes in order of first mention."""
    return list(dict.fromkeys(code for code, _, _ in find_sectors(analysis)))
