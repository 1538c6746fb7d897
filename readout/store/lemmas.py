"""Lemmas for full-text search: FTS5 has no Russian stemmer, so the store indexes each text's lemmas too.

The same function lemmatises texts when they are stored and queries when they are searched, so any form of a
word finds any other form of it.

>>> lemmatize("Переговоры прошли в Астане")
'переговоры пройти в астана'
>>> words("'; DROP TABLE documents; -- \\"AND\\" (OR*")
['drop', 'table', 'documents', 'and', 'or']
"""
from __future__ import annotations

import functools
import re

WORD = re.compile(r"[^\W_]+", re.UNICODE)
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


@functools.cache
def _morph():
    from natasha import MorphVocab  # pymorphy's analyser, as readout.nlp uses it

    return MorphVocab()


@functools.lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The first dictionary lemma of a lower-cased word; non-Cyrillic words stay as they are.

    >>> lemma("переговорах"), lemma("usd")
    ('переговоры', 'usd')
    """
    if not CYRILLIC.search(word):
        return word
    parses = _morph().parse(word)
    return (parses[0].normal_form if parses else word).replace("ё", "е")


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased, with every punctuation and operator character dropped."""
    return [w.lower() for w in WORD.findall(text or "")]


def lemmatize(text: str) -> str:
    """The lemmas of ``text``'s words, space-separated, in text order."""
    return " ".join(lemma(w) for w in words(text))


def content_lemmas(text: str) -> set[str]:
    """Lemmas of the words that carry meaning (three letters or more, not a number), for similarity.

    >>> sorted(content_lemmas("удвоить товарооборот до 1 млрд долларов"))
    ['доллар', 'товарооборот', 'удвоить']
    """
    generic = _generic()
    return {lemma(w) for w in words(text) if len(w) > 2 and not w.isdigit() and lemma(w) not in generic}


@functools.cache
def _generic() -> frozenset[str]:
    from readout.data import lines

    return frozenset(lines("thread_generic"))


def is_done(word: str) -> bool:
    """Whether a word reports something done: past tense or a short passive participle.

    >>> is_done("достиг"), is_done("завершено"), is_done("достигнуть"), is_done("запустят")
    (True, True, False, False)
    """
    parses = _morph().parse(word.lower())
    return bool(parses) and ("past" in parses[0].tag or parses[0].tag.POS == "PRTS")


_VERB_FORMS = {"INFN", "VERB", "PRTF", "PRTS", "GRND"}


def verb_aspects(text: str) -> set[str]:
    """The aspects of the verb forms of ``text`` (infinitives, finite verbs, participles, gerunds), by each word's
    likeliest parse: {"perf"} names a result that can be completed by a date, {"impf"} alone an activity ("будем
    искать"), none a text without verbs (the title of a signed document).

    >>> [sorted(verb_aspects(t)) for t in ("планируем завершить работу", "будем искать возможности", "Договор")]
    [['impf', 'perf'], ['impf'], []]
    """
    out = set()
    for w in words(text):
        parses = _morph().parse(w)
        if parses and parses[0].tag.POS in _VERB_FORMS:
            out.add("perf" if "perf" in parses[0].tag else "impf")
    return out
