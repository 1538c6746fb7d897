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
    """Spans of link blocks: from a marker to the first date after it (within a few hundred characters)."""
    out = []
    for m in _markers().finditer(text):
        d = _DATE.search(text, m.end(), m.end() + _MAX)
        if d:
            out.append((m.start(), d.end()))
    return out
