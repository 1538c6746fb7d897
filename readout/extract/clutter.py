"""Site clutter inside scraped text: "Смотрите также …" blocks that link other pages, up to the linked item's date.

>>> text = "Переговоры прошли. Смотрите также Встреча с Валерием Герасимовым 26 апреля 2025 года Далее текст."
>>> [text[a:b] for a, b in find_clutter(text)]
['Смотрите также Встреча с Валерием Герасимовым 26 апреля 2025 года']
"""
from __future__ import annotations

import functools
import re

from readout import data

_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_DATE = re.compile(rf"\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}\s+года(?:,?\s+\d{{1,2}}:\d{{2}})?")
_MAX = 400  # a link block longer than this is no link block


@functools.cache
def _markers() -> re.Pattern:
    return re.compile("|".join(re.escape(m) for m in data.lines("clutter_markers")))


def find_clutter(text: str) -> list[tuple[int, int]]:
    """Spans of link blocks (from a marker to the first date after it, within a few hundred characters) and of the
    page footer (from its first heading to the end)."""
    out = []
    for m in _markers().finditer(text):
        d = _DATE.search(text, m.end(), m.end() + _MAX)
        if d:
            out.append((m.start(), d.end()))
    footer = find_footer(text)
    if footer is not None:
        out.append((footer, len(text)))
    return out


@functools.cache
def _footer() -> tuple[tuple[str, ...], tuple[str, ...]]:
    entries = data.lines("footer_markers")
    return (tuple(e.split(":", 1)[1] for e in entries if e.startswith("marker:")),
            tuple(e.split(":", 1)[1] for e in entries if e.startswith("heading:")))


def find_footer(text: str) -> int | None:
    """Where a scraped page's footer starts: the first footer heading shortly before a footer marker.

    >>> t = "Переговоры прошли успешно. География Оман Темы Внешняя политика Статус материала Опубликован"
    >>> t[find_footer(t):]
    'География Оман Темы Внешняя политика Статус материала Опубликован'
    """
    markers, headings = _footer()
    at = min((i for i in (text.rfind(m) for m in markers) if i >= 0), default=-1)
    if at < 0:
        return None
    window = max(0, at - _MAX)
    starts = [i for h in headings for i in [text.find(h + " ", window, at)] if i >= 0]
    return min(starts, default=at)
