"""Places and organizations from natasha's LOC and ORG spans, in a correct nominative.

natasha's normaliser inflects the lemma, which loses degree ("Высшего" → "Высочайший"); here each word up to the
head noun is inflected to the nominative from its own parse, keeping degree and gender, and the genitive words
after the head stay as written.

>>> nominative("Высшего межгосударственного совета")
'Высший межгосударственный совет'
>>> nominative("Фонда прямых инвестиций")
'Фонд прямых инвестиций'
>>> nominative("Астану")
'Астана'
"""
from __future__ import annotations

import functools

from readout.nlp import models


def _parses(word: str):
    return models().parse(word)


def _best(word: str, gender: str | None = None):
    """The likeliest noun or full-adjective parse, a geographical name first, agreeing with ``gender``."""
    parses = [p for p in _parses(word) if p.tag.POS in ("NOUN", "ADJF")] or list(_parses(word))[:1]
    if not parses:
        return None
    def rank(p):
        return ("Geox" in p.tag, gender is None or p.tag.gender == gender or p.tag.POS == "NOUN", p.score)
    return max(parses, key=rank)


@functools.lru_cache(maxsize=50_000)
def nominative(phrase: str) -> str:
    """The phrase with its adjectives and head noun in the nominative; dependents after the head unchanged."""
    words = phrase.split()
    head = next((i for i, w in enumerate(words) if (p := _best(w)) is not None and p.tag.POS == "NOUN"), None)
    gender = _best(words[head]).tag.gender if head is not None else None
    number = "plur" if head is not None and "plur" in _best(words[head]).tag else "sing"
    out: list[str] = []
    for i, w in enumerate(words):
        if (head is not None and i > head) or not any(c.isalpha() for c in w) or ("-" in w and not w[0].isupper()):
            out.append(w)
            continue
        p = _best(w, gender)
        if p is None or p.tag.POS not in ("NOUN", "ADJF") or p.tag.case == "nomn":
            out.append(w)
            continue
        target = {"nomn", number} if p.tag.POS == "ADJF" or number == "plur" else {"nomn"}
        new = _inflect(p, target)
        out.append(_case_like(new or w, w))
    return " ".join(out)


def _inflect(parse, grammemes: set[str]) -> str | None:
    """The form of the parse's lexeme with ``grammemes`` that keeps most of the word's own stem ("Высшего" →
    "Высший", not "Высочайший"), same gender and degree."""
    keep = {g for g in ("masc", "femn", "neut", "Supr") if g in parse.tag}
    if "plur" in grammemes:
        keep -= {"masc", "femn", "neut"}
    best, score = None, -1
    for form in parse.lexeme:
        tags = set(form.tag.grammemes)
        if grammemes <= tags and keep <= tags and form.tag.POS == parse.tag.POS:
            common = 0
            for x, y in zip(form.word, parse.word):
                if x != y:
                    break
                common += 1
            if common > score:
                best, score = form.word, common
    return best


def _case_like(new: str, old: str) -> str:
    """``new`` written with the capitals of ``old``, part by part across hyphens ("Нью-Дели" stays "Нью-Дели").

    >>> _case_like("нью-дели", "Нью-Дели")
    'Нью-Дели'
    """
    if old.isupper() and len(old) > 1:
        return new.upper()
    olds, news = old.split("-"), new.split("-")
    if len(olds) == len(news) > 1:
        return "-".join(_case_like(n, o) for n, o in zip(news, olds))
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def org_spans(analysis) -> list[tuple[int, int]]:
    """natasha's ORG spans, each joined with a place right after it: "МИД" + "России" → "МИД России".

    >>> from readout.nlp import analyze
    >>> a = analyze("В заявлении МИД России говорится об этом.")
    >>> [a.text[x:y] for x, y in org_spans(a)]
    ['МИД России']
    """
    ner = sorted(analysis.ner, key=lambda s: s.start)
    out = []
    for i, s in enumerate(ner):
        if s.type != "ORG":
            continue
        stop = s.stop
        nxt = ner[i + 1] if i + 1 < len(ner) else None
        one_word = " " not in s.text  # "МИД" + "России"; "Высший совет" + "Казахстана и …" stays apart
        if one_word and nxt is not None and nxt.type == "LOC" and analysis.text[stop:nxt.start] == " ":
            stop = nxt.stop
        out.append((s.start, stop))
    return out
