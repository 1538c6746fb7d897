"""JSON Lines (one object a line) and JSON files (one object, or a list of objects).

Each object needs ``text`` (a non-empty string) and may carry ``id``, ``url``, ``title``, ``date`` (YYYY-MM-DD),
``place``, ``publisher``, ``language``, ``license``, ``credit``; other keys are ignored. A JSON Lines file is read a
line at a time, never whole, so a 1 GB file costs one line of memory. A bad line becomes a :class:`Failure` named
``FILE:LINE`` and reading goes on; blank lines are skipped.

A document's ``source`` is ``FILE:LINE`` (``FILE#N`` for the N-th object of a JSON list); its ``id`` is the object's
``id``, else ``STEM-LINE`` (``STEM-N``), else for a single-object .json file the file's stem.

>>> import io
>>> data = b'{"id": "1", "text": "\\xd0\\x94\\xd0\\xb0."}\\n{"text": "x", "id": 2,,}\\n{"text": "Hi"}\\n'
>>> for item in iter_jsonl(io.BytesIO(data), "news.jsonl", stem="news"):
...     print(item if isinstance(item, Failure) else (item.id, item.source, item.text))
('1', 'news.jsonl:1', 'Да.')
news.jsonl:2: broken JSON (Expecting property name enclosed in double quotes at column 23)
('news-3', 'news.jsonl:3', 'Hi')
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from readout.errors import Failure, InputError, Notice, OnWarning, warn
from readout.model import Document
from readout.readers.decode import check_length, normalize_newlines, too_large
from readout.readers.header import parse_date
from readout.settings import Settings

FIELDS = ("url", "title", "place", "publisher", "language", "license", "credit")


def iter_jsonl(stream: BinaryIO, source: str, settings: Settings | None = None, *, stem: str | None = None,
               on_warning: OnWarning | None = None) -> Iterator[Document | Failure]:
    """Documents and failures of a JSON Lines byte stream, in line order."""
    settings = settings or Settings.from_env()
    for number, raw, size in bounded_lines(stream, settings.max_line_bytes):
        where = f"{source}:{number}"
        if raw is None:
            yield Failure(where, too_large(size, settings, "READOUT_MAX_LINE_BYTES"))
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            yield Failure(where, f"not UTF-8 (invalid byte at byte {error.start + 1} of the line)")
            continue
        yield from _line(line, where, _default_id(stem, number), settings, on_warning)


def iter_jsonl_text(text: str, source: str, settings: Settings | None = None, *, stem: str | None = None,
                    on_warning: OnWarning | None = None) -> Iterator[Document | Failure]:
    """Documents and failures of JSON Lines already decoded (a UTF-16 file, a string)."""
    settings = settings or Settings.from_env()
    for number, line in enumerate(text.split("\n"), 1):
        yield from _line(line, f"{source}:{number}", _default_id(stem, number), settings, on_warning)


def iter_json(text: str, source: str, settings: Settings | None = None, *, stem: str | None = None,
              on_warning: OnWarning | None = None) -> Iterator[Document | Failure]:
    """Documents of a JSON file holding one object or a list of objects."""
    settings = settings or Settings.from_env()
    value = _loads(text, source, with_line=True)
    if isinstance(value, Failure):
        yield value
    elif isinstance(value, dict):
        yield _built(value, source, stem, settings, on_warning)
    elif isinstance(value, list):
        for number, item in enumerate(value, 1):
            yield _built(item, f"{source}#{number}", _default_id(stem, number), settings, on_warning)
    else:
        yield Failure(source, f"JSON holds {_kind(value)}, expected an object or a list of objects")


def document_from_object(obj: Any, source: str, *, default_id: str | None = None,
                         settings: Settings | None = None) -> tuple[Document, list[str]]:
    """``(Document, warnings)`` from one decoded JSON value; :class:`InputError` when it cannot be one.

    >>> document_from_object({"text": "Текст.", "date": "2025-02-30"}, "a.jsonl:1")[1]
    ["date '2025-02-30' is not a valid date (YYYY-MM-DD); the date is ignored"]
    """
    settings = settings or Settings.from_env(environ={})
    if not isinstance(obj, dict):
        raise InputError(source, f"expected a JSON object, got {_kind(obj)}")
    text = obj.get("text")
    if text is None:
        raise InputError(source, 'no "text" field')
    if not isinstance(text, str):
        raise InputError(source, f'"text" is {_kind(text)}, expected a string')
    if not text.strip():
        raise InputError(source, 'empty input: "text" is blank')
    if len(text) > settings.max_input_bytes:
        raise InputError(source, too_large(len(text.encode("utf-8")), settings))
    check_length(normalize_newlines(text), source, settings)
    warnings: list[str] = []
    meta = {name: _scalar(obj.get(name), name, warnings) for name in FIELDS}
    date = _scalar(obj.get("date"), "date", warnings)
    if date is not None:
        parsed, written, _ = parse_date(date)
        if parsed is None:
            warnings.append(f"date {date!r} is not a valid date (YYYY-MM-DD); the date is ignored")
        date = parsed
    doc_id = _scalar(obj.get("id"), "id", warnings) or default_id
    return Document(text=normalize_newlines(text), id=doc_id, source=source, date=date, **meta), warnings


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(line number, line or None when longer than limit, size in bytes)`` for each line of ``stream``."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit or line.endswith(b"\n"):
            yield number, line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield number, None, size


def _line(line: str, where: str, default_id: str | None, settings: Settings,
          on_warning: OnWarning | None) -> Iterator[Document | Failure]:
    if not line.strip():
        return
    obj = _loads(line, where)
    yield obj if isinstance(obj, Failure) else _built(obj, where, default_id, settings, on_warning)


def _loads(text: str, where: str, with_line: bool = False) -> Any:
    """The parsed JSON, or a Failure naming where and why it is broken."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        at = f"line {error.lineno}, column {error.colno}" if with_line else f"column {error.colno}"
        return Failure(where, f"broken JSON ({error.msg} at {at})")
    except RecursionError:
        return Failure(where, "broken JSON (nested too deeply)")


def _built(obj: Any, where: str, default_id: str | None, settings: Settings,
           on_warning: OnWarning | None) -> Document | Failure:
    try:
        document, warnings = document_from_object(obj, where, default_id=default_id, settings=settings)
    except InputError as error:
        return error.failure()
    for warning in warnings:
        warn(Notice(where, warning), on_warning)
    return document


def _scalar(value: Any, name: str, warnings: list[str]) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    warnings.append(f'"{name}" is {_kind(value)}, expected a string; ignored')
    return None


def _default_id(stem: str | None, number: int) -> str | None:
    return f"{stem}-{number}" if stem else None


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")
