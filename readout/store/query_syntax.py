"""The search box's syntax: words (any form), ``"phrases"``, ``OR`` between alternatives and ``prefix*``.

Words next to each other must all match; ``OR`` (capitals) joins the two terms around it into alternatives, so
``газ OR нефть поставки`` is (газ or нефть) and поставки. A phrase matches its words in a row, in any of their
forms. Only letters and digits reach the database: brackets, operators of FTS5 or tsquery and SQL in a query are
plain characters that separate words, so no query can fail or inject.

>>> parse('"удвоить товарооборот" газ OR нефть энерг*')  # doctest: +NORMALIZE_WHITESPACE
[[Term(words=('удвоить', 'товарооборот'), prefix=False)],
 [Term(words=('газ',), prefix=False), Term(words=('нефть',), prefix=False)],
 [Term(words=('энерг',), prefix=True)]]
>>> fts5(parse("переговорах"))
'((lemmas : "переговоры" OR "переговорах"))'
>>> tsquery(parse('газ OR нефть "торгового оборота" энерг*'))
'(газ | нефть) & (торгового <-> оборота) & (энерг:*)'
>>> parse("'; DROP -- OR OR (") == [[Term(("drop",))]]
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from readout.store.lemmas import lemma, words

TOKEN = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass(frozen=True, slots=True)
class Term:
    """One word, or the words of a phrase; ``prefix``: the last word may go on (``энерг*``)."""

    words: tuple[str, ...]
    prefix: bool = False


def parse(query: str) -> list[list[Term]]:
    """The query as a list of groups that must all match; a group is alternatives joined by ``OR``."""
    groups: list[list[Term]] = []
    join = False
    for m in TOKEN.finditer(query or ""):
        phrase, bare = m.group(1), m.group(2)
        if bare == "OR":
            join = bool(groups)
            continue
        ws = tuple(words(phrase if phrase is not None else bare))
        if not ws:
            continue
        if phrase is None and len(ws) > 1:  # "газ,нефть" or "(газ)": separate words, each a term
            terms = [Term((w,)) for w in ws[:-1]] + [Term((ws[-1],), bare.endswith("*"))]
        else:
            terms = [Term(ws, phrase is None and bare.endswith("*"))]
        for i, term in enumerate(terms):
            if join and i == 0:
                groups[-1].append(term)
            else:
                groups.append([term])
        join = False
    return groups


def term_words(groups: list[list[Term]]) -> tuple[set[str], set[str]]:
    """The words to highlight: whole words (and their lemmas) and prefixes."""
    whole, prefixes = set(), set()
    for group in groups:
        for term in group:
            for i, w in enumerate(term.words):
                if term.prefix and i == len(term.words) - 1:
                    prefixes.add(w)
                else:
                    whole |= {w, lemma(w)}
    return whole, prefixes


def _fts5_term(term: Term) -> str:
    if term.prefix:
        return f'"{" ".join(term.words)}" *'
    forms = " ".join(term.words)
    lemmas = " ".join(lemma(w) for w in term.words)
    return f'(lemmas : "{lemmas}" OR "{forms}")'


def fts5(groups: list[list[Term]]) -> str | None:
    """The FTS5 MATCH expression; ``None`` when there is nothing to match."""
    if not groups:
        return None
    return " AND ".join("(" + " OR ".join(_fts5_term(t) for t in group) + ")" for group in groups)


def _ts_term(term: Term) -> str:
    parts = list(term.words)
    if term.prefix:
        parts[-1] += ":*"
    return " <-> ".join(parts)


def tsquery(groups: list[list[Term]]) -> str | None:
    """The PostgreSQL ``to_tsquery('russian', …)`` text; ``None`` when there is nothing to match."""
    if not groups:
        return None
    return " & ".join("(" + " | ".join(_ts_term(t) for t in group) + ")" for group in groups)


def highlights(text: str, groups: list[list[Term]]) -> list[tuple[int, int]]:
    """The spans of the words of ``text`` that a query term matches, in text order.

    >>> highlights("Переговоры прошли. В переговорах об энергетике…", parse("переговоры энерг*"))
    [(0, 10), (21, 32), (36, 46)]
    """
    whole, prefixes = term_words(groups)
    out = []
    for m in re.finditer(r"[^\W_]+", text):
        w = m.group().lower()
        if w in whole or any(w.startswith(p) for p in prefixes) or lemma(w) in whole:
            out.append((m.start(), m.end()))
    return out


def snippet(text: str, spans: list[tuple[int, int]], width: int = 80) -> tuple[str, int, list[tuple[int, int]]]:
    """A window of ``text`` around its first span, cut at spaces: ``(snippet, offset, spans inside it)`` with
    the spans relative to the snippet. Short texts are whole.

    >>> snippet("Мы договорились удвоить товарооборот до 1 млрд.", [(16, 23)], width=14)
    ('договорились удвоить товарооборот', 3, [(13, 20)])
    """
    first, stop = spans[0] if spans else (0, 0)
    left, right = max(0, first - width), min(len(text), stop + width)
    if left:
        left = text.find(" ", left, first) + 1 or left
    if right < len(text):
        right = text.rfind(" ", stop, right) if " " in text[stop:right] else right
    inside = [(a - left, b - left) for a, b in spans if left <= a and b <= right]
    return text[left:right].replace("\n", " "), left, inside
