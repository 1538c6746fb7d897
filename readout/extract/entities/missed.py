"""Spans NER gets wrong about persons: a dateline's byline, which names the reporter and the agency, no one the
story is about; an initial with a Russian-suffixed surname that NER leaves untagged; and a name right after a
capitalised title that NER leaves untagged.

>>> bylines("Бишкек, 19.01.23. /Эркеайым Таалайбекова – Кабар/. Министр заявил …")
[(18, 49)]
>>> initialled("Посол М. Ишанкулиев провел встречу.", [])
[(6, 19)]
"""
from __future__ import annotations

import re

_BYLINE = re.compile(r"/(?:Корр\.\s*)?[А-ЯЁ][^/\n]{2,80}?[‒–—―-]\s*[^/\n]{2,40}/")


_CREDIT = re.compile(r"(?m)^[ \t]*(?:Фото|Фотография|Видео|Автор фото|Источник фото)\s*(?::|©|[‒–—―-])\s*"
                     r"[А-ЯЁA-Z][\w.-]*(?:\s+[А-ЯЁA-Z][\w.-]*){0,2}\s*(?:/\s*[^\n]{0,40})?$")  # "Фото: Имя Фамилия/
# Агентство", not a caption "Фото – Шавкат Мирзиёев и Садыр Жапаров во время переговоров"


def bylines(text: str) -> list[tuple[int, int]]:
    r"""A dateline's byline in slashes, "Бишкек, 19.01.23. /Эркеайым Таалайбекова – Кабар/.", and a photo credit line,
    "Фото: Имя Фамилия/ Агентство": the reporter, the photographer and the agency, no one the story is about.

    >>> t = "Министр выступил.\nФото: Иван Петров/ Агентство\nПо его словам, всё хорошо."
    >>> [t[a:b] for a, b in bylines(t)]
    ['Фото: Иван Петров/ Агентство']
    """
    return [(m.start(), m.end()) for m in _BYLINE.finditer(text)] + [
        (m.start() + len(m.group()) - len(m.group().lstrip()), m.end()) for m in _CREDIT.finditer(text)]


_INITIALLED = re.compile(r"(?<![\w.])(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]{2,}(?:ов|ев|ёв|ин)(?![\w-])")
_EPONYM = re.compile(r"(?:\bим\.|\bимени|\bул\.|\bулиц[аеыу]|\bпроспект[аеу]?|\bпр\.)\s*$", re.IGNORECASE)


def initialled(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An initial and a Russian-suffixed surname in the nominative that NER missed: "Посол … М. Ишанкулиев провел
    встречу" (not a transcript's label "Т.Федосова:", nor a name a place bears: "театр им. А.С. Пушкина")."""
    return [(m.start(), m.end()) for m in _INITIALLED.finditer(text) if text[m.end():m.end() + 1] != ":"
            and not _EPONYM.search(text[max(0, m.start() - 20):m.start()])
            and not any(a < m.end() and m.start() < b for a, b in taken)]


def after_title(analysis, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two or three capitalised words that share an oblique case with the title word right before them, none a
    dictionary word, title or state, and no NER span over them: "с Президентом Реджепом Тайипом Эрдоганом" (a
    capitalised title hides the name from NER); not "Президентом Республики Казахстан" nor "Председатель
    Правительства Михаил …"."""
    from readout.extract.entities.name_words import common_word, is_country
    from readout.extract.entities.roles import is_title_word
    from readout.nlp import models

    def cases(word: str) -> set[str]:
        return {p.tag.case for p in models().parse(word.lower()) if p.tag.case}

    def name_like(word: str) -> bool:  # no dictionary word ("Реджепом"), or a name the dictionary knows
        parses = models().parse(word.lower())
        return not any(p.is_known for p in parses) or any({"Name", "Surn", "Patr"} & set(p.tag.grammemes)
                                                            for p in parses if p.is_known)

    toks, out = analysis.tokens, []
    covered = [(s.start, s.stop) for s in analysis.ner] + taken
    for i, t in enumerate(toks[:-2]):
        if not t.text[:1].isupper() or not is_title_word(t.text):
            continue
        shared, j = cases(t.text) - {"nomn", "accs"}, i + 1  # an oblique case tells a name from a new subject
        while j < len(toks) and j <= i + 3 and toks[j].text[:1].isupper() and toks[j].text.isalpha() and not (
                is_title_word(toks[j].text) or common_word(toks[j].text) or is_country(toks[j].text) or any(
                    a <= toks[j].start < b for a, b in covered)) and name_like(toks[j].text):
            shared &= cases(toks[j].text)
            if not shared:
                break
            j += 1
        if j - i >= 3 and (j == len(toks) or not (toks[j].text[:1].isupper() and toks[j].text.isalpha())):
            out.append((toks[i + 1].start, toks[j - 1].stop))
    return out
