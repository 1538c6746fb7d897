"""Spans NER gets wrong about persons: a dateline's byline, which names the reporter and the agency, no one the
story is about; and an initial with a Russian-suffixed surname that NER leaves untagged.

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
