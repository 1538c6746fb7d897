"""Text files with an optional header of ``key value`` lines, then a blank line, then the body.

A header line is a known key, a space, and a value; leading spaces are allowed. The keys:

* ``date YYYY-MM-DD [credit…]``: the date (``DD.MM.YYYY`` is accepted too); anything after it on the line (a photo
  credit such as ``Фото: t.me/aqorda_resmi``) goes to ``Document.credit``. A date that is no calendar date is
  dropped with a warning; the document is still read.
* ``source URL`` (or ``url URL``): where the text was published.
* ``title``, ``publisher``, ``place``, ``language``, ``license``, ``id``: copied as they are.

The header ends at the first line that is not a header line; blank lines after it are skipped. The Document's text
is the body only, from its first character to the end of the file, so offsets are offsets into the body. A file
without a header is all body.

>>> result = read_header_text(" date 2025-10-21 Фото: t.me/aqorda_resmi\\n\\nПо итогам переговоров.\\n", "a.txt")
>>> result.document.date, result.document.credit, result.document.text
('2025-10-21', 'Фото: t.me/aqorda_resmi', 'По итогам переговоров.\\n')
>>> read_header_text("date 2025-13-45\\n\\nТекст.", "b.txt").warnings
("date '2025-13-45' is not a valid date (YYYY-MM-DD); the date is ignored",)
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from readout.errors import InputError
from readout.model import Document

# header key → Document field
KEYS = {
    "date": "date",
    "source": "url",
    "url": "url",
    "title": "title",
    "publisher": "publisher",
    "place": "place",
    "language": "language",
    "license": "license",
    "id": "id",
}
_LINE = re.compile(r"[ \t]*(?P<key>[a-z]+)[ \t]+(?P<value>\S.*?)[ \t]*")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


@dataclass(frozen=True, slots=True)
class ReadResult:
    """A document and the warnings met while reading it (each one line, without the source)."""

    document: Document
    warnings: tuple[str, ...] = ()


def header_line(line: str) -> tuple[str, str] | None:
    """``(field, value)`` when ``line`` is a header line.

    >>> header_line("source http://kremlin.ru/events/president/news/76773")
    ('url', 'http://kremlin.ru/events/president/news/76773')
    >>> header_line("По итогам переговоров") is None
    True
    """
    match = _LINE.fullmatch(line)
    if not match or match.group("key") not in KEYS:
        return None
    return KEYS[match.group("key")], match.group("value")


def parse_date(value: str) -> tuple[str | None, str, str | None]:
    """``(date or None, the date as written, the rest of the value)``.

    >>> parse_date("2025-10-21 Фото: t.me/aqorda_resmi")
    ('2025-10-21', '2025-10-21', 'Фото: t.me/aqorda_resmi')
    >>> parse_date("21.10.2025")
    ('2025-10-21', '21.10.2025', None)
    >>> parse_date("2025-13-45")
    (None, '2025-13-45', None)
    """
    written, _, rest = value.partition(" ")
    rest = rest.strip() or None
    iso, dotted = _ISO.fullmatch(written), _DOTTED.fullmatch(written)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif dotted:
        day, month, year = (int(g) for g in dotted.groups())
    else:
        return None, written, rest
    try:
        return dt.date(year, month, day).isoformat(), written, rest
    except ValueError:
        return None, written, rest


def split_header(text: str) -> tuple[dict[str, str], list[str], int]:
    """``(fields, warnings, offset of the body)`` of a header+text file's text."""
    meta: dict[str, str] = {}
    warnings: list[str] = []
    offset = 0
    lines = text.splitlines(keepends=True)
    index = 0
    while index < len(lines):
        found = header_line(lines[index].rstrip())
        if found is None:
            break
        name, value = found
        if name == "date":
            date, written, credit = parse_date(value)
            if date:
                meta["date"] = date
            else:
                warnings.append(f"date {written!r} is not a valid date (YYYY-MM-DD); the date is ignored")
            if credit:
                meta["credit"] = credit
        else:
            meta[name] = value
        offset += len(lines[index])
        index += 1
    if index == 0:
        return {}, [], 0
    while index < len(lines) and not lines[index].strip():
        offset += len(lines[index])
        index += 1
    return meta, warnings, offset


def read_header_text(text: str, source: str, **meta: Any) -> ReadResult:
    """A Document from decoded header+text; ``meta`` (``id``, ``source``…) fills what the header does not say.

    Raises :class:`InputError` when nothing is left after the header.
    """
    fields, warnings, offset = split_header(text)
    body = text[offset:]
    if not body.strip():
        raise InputError(source, "empty input: no text after the header" if offset else "empty input")
    values = {"source": source, **meta, **fields}
    return ReadResult(Document(text=body, **values), tuple(warnings))
