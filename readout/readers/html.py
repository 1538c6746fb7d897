"""HTML pages: the main text and its metadata through trafilatura, menus and footers left out.

The Document's text is trafilatura's main text (paragraphs one a line); ``title``, ``date``, ``url`` (the page's
canonical or og:url), ``publisher`` (the site's name) and ``language`` come from the page's metadata when it has
them. A page with no main text (garbage, 100,000 nested ``div``, an empty body) fails with "no readable text in
HTML"; trafilatura's own errors never escape.

>>> page = ("<html><head><title>Переговоры</title></head><body><nav><a href='/'>Главная</a></nav>"
...         "<article><p>В Кремле состоялись переговоры Владимира Путина с Султаном Омана, "
...         "находящимся в России с государственным визитом.</p></article></body></html>")
>>> read_html(page, "oman.html").text
'В Кремле состоялись переговоры Владимира Путина с Султаном Омана, находящимся в России с государственным визитом.'
"""
from __future__ import annotations

import logging
import re
from typing import Any

from readout.errors import InputError
from readout.model import Document
from readout.readers.decode import decode, normalize_newlines
from readout.settings import Settings

NO_TEXT = "no readable text in HTML"
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def decode_html(data: bytes, source: str, settings: Settings | None = None) -> str:
    """HTML bytes as text: UTF-8 or a byte-order mark first, then the page's ``<meta charset>``, then :func:`decode`.

    >>> decode_html('<meta charset="windows-1251"><p>Да</p>'.encode("cp1251"), "a.html")
    '<meta charset="windows-1251"><p>Да</p>'
    """
    settings = settings or Settings.from_env()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        declared = _CHARSET.search(data[:4096])
        if declared and len(data) <= settings.max_input_bytes:
            try:
                return normalize_newlines(data.decode(declared.group(1).decode("ascii")))
            except (LookupError, UnicodeDecodeError):
                pass
    return decode(data, source, settings)


def read_html(page: str, source: str, **meta: Any) -> Document:
    """A Document from an HTML page's text; ``meta`` (``id``…) fills what the page does not say.

    Raises :class:`InputError` ("no readable text in HTML") when trafilatura finds no main text.
    """
    found = _extract(page, source)
    text = normalize_newlines(found.get("text") or "")
    if not text.strip():
        raise InputError(source, NO_TEXT)
    date = found.get("date")
    values = {
        "source": source,
        **meta,
        "url": found.get("url") or meta.get("url"),
        "title": found.get("title") or meta.get("title"),
        "date": date if isinstance(date, str) and _DATE.fullmatch(date) else meta.get("date"),
        "publisher": found.get("sitename") or meta.get("publisher"),
        "language": found.get("language") or meta.get("language"),
    }
    return Document(text=text, **values)


def _extract(page: str, source: str) -> dict[str, Any]:
    """trafilatura's findings as a dict; empty when it fails on the page. A missing dependency of trafilatura's
    (``lxml_html_clean``) is an :class:`InputError` naming the input and the real import error."""
    try:
        import trafilatura
    except ImportError as error:
        raise InputError(source, missing_dependency(error)) from error
    quiet = logging.getLogger("trafilatura")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True)
        if found is not None and not isinstance(found, dict):
            found = found.as_dict()
    except ImportError as error:  # a module trafilatura imports late
        raise InputError(source, missing_dependency(error)) from error
    except Exception:  # noqa: BLE001 - RecursionError, lxml's and trafilatura's own: bad HTML must not crash a run
        return {}
    finally:
        quiet.setLevel(level)
    return found if isinstance(found, dict) else {}


def missing_dependency(error: ImportError) -> str:
    """What to say when reading HTML fails on an import: that, and the import error itself.

    >>> missing_dependency(ImportError("lxml.html.clean module is now a separate project lxml_html_clean"))
    'reading HTML needs trafilatura, which cannot be imported: lxml.html.clean module is now a separate project lxml_html_clean'
    """
    return f"reading HTML needs trafilatura, which cannot be imported: {error}"
