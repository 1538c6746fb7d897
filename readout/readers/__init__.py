"""Inputs to Documents: files, folders, globs and standard input, in any of the formats readout reads.

Formats, told apart by content first and by the file's extension only when the content does not say:

* header+text (``.txt``): see :mod:`readout.readers.header`;
* JSON Lines (``.jsonl``, ``.ndjson``) and JSON (``.json``): see :mod:`readout.readers.jsonl`;
* HTML (``.html``, ``.htm``): see :mod:`readout.readers.html`.

The first non-space character decides: ``[`` opening an array is JSON (``[Видео] …`` is text), ``{`` JSON Lines (JSON for a ``.json`` file, or when the
first line alone is no JSON but the whole input is: a pretty-printed object), ``<`` followed by a tag name HTML;
anything else goes by the extension (an ``.html`` file without a single ``<`` is text), and is header+text when
that says nothing.

Errors: :func:`iter_inputs` and :func:`documents_from_bytes` never raise for a bad input; they yield a
:class:`~readout.errors.Failure` in its place (``str(failure)`` is one line naming the input). Warnings that do not
stop reading go to ``on_warning`` (default: the ``readout.readers`` logger). :func:`read_text_input` reads one text and
raises :class:`~readout.errors.InputError`.

>>> doc = read_text_input("Токаев посетил Баку.\\r\\n", id="t1")
>>> doc.text, doc.id
('Токаев посетил Баку.\\n', 't1')
>>> [str(x) for x in iter_inputs(["/nonexistent/a.txt"])]
['/nonexistent/a.txt: no such file']
"""
from __future__ import annotations

import glob
import gzip
import io
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import fields, replace
from pathlib import Path
from typing import Any, BinaryIO

from readout.errors import Failure, InputError, Notice, OnWarning, warn
from readout.model import Document
from readout.readers.decode import binary_kind, bom_codec, check_length, decode, normalize_newlines, too_large
from readout.readers.header import parse_date, read_header_text
from readout.readers.html import decode_html, read_html
from readout.readers.jsonl import iter_json, iter_jsonl, iter_jsonl_text
from readout.settings import Settings

__all__ = ["iter_inputs", "documents_from_bytes", "read_text_input", "with_language", "expand_paths", "sniff", "SUFFIXES",
           "Failure", "InputError", "Notice"]

SUFFIXES = (".txt", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".gz")
BY_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".html": "html", ".htm": "html"}
HEAD = 4096
_TAG = re.compile(r"<[!?A-Za-z]")
_JSON_ARRAY = re.compile(r"\[\s*(?:[\[{\"\]\d-]|true|false|null|$)")
_GLOB = re.compile(r"[*?\[]")
GZIP_MAGIC = b"\x1f\x8b"


def iter_inputs(paths: Iterable[str], settings: Settings | None = None, *, on_warning: OnWarning | None = None,
                stdin: BinaryIO | None = None) -> Iterator[Document | Failure]:
    """Every Document in ``paths`` (files, folders, globs, ``-`` for ``stdin``), a Failure for each bad input."""
    settings = settings or Settings.from_env()
    if isinstance(paths, str):
        paths = [paths]
    for item in expand_paths(paths):
        if isinstance(item, Failure):
            yield item
        elif item == "-":
            yield from _languages(_read_stream(stdin or sys.stdin.buffer, "-", "", None, settings, on_warning),
                                  on_warning)
        else:
            yield from _languages(_read_file(item, settings, on_warning), on_warning)


def with_language(doc: Document, on_warning: OnWarning | None = None) -> Document:
    """``doc`` with ``language`` set to the detected language (kept as given when the text has no letters); a text
    not all in Russian gives a :class:`Notice` ("a.txt: English text; readout reads Russian").

    >>> with_language(Document("Президент провёл переговоры с премьер-министром.", source="a.txt")).language
    'ru'
    """
    from readout.language import detect

    found = detect(doc.text)
    problem = found.problem()
    if problem:
        warn(Notice(doc.source or doc.id or "text", problem), on_warning)
    language = found.language or doc.language
    return doc if language == doc.language else replace(doc, language=language)


def _languages(items: Iterable[Document | Failure], on_warning: OnWarning | None) -> Iterator[Document | Failure]:
    for item in items:
        yield with_language(item, on_warning) if isinstance(item, Document) else item


def expand_paths(paths: Iterable[str]) -> Iterator[str | Failure]:
    """Files named by ``paths``: a folder gives its readable files (recursively, sorted; hidden files and
    ``*.gold.json`` annotation files left out), a glob its matches; ``-`` stays ``-``."""
    for path in paths:
        if path == "-":
            yield path
        elif os.path.isdir(path):
            found = _folder(Path(path))
            yield from found or [Failure(path, f"no {', '.join(SUFFIXES)} files in this folder")]
        elif os.path.exists(path):
            yield path
        elif _GLOB.search(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield Failure(path, "no file matches this pattern")
            for match in matches:
                yield from _folder(Path(match)) if os.path.isdir(match) else [match]
        else:
            yield Failure(path, "no such file")


def documents_from_bytes(data: bytes, source: str, settings: Settings | None = None, *, fmt: str | None = None,
                         stem: str | None = None, on_warning: OnWarning | None = None) -> Iterator[Document | Failure]:
    """The Documents held in ``data`` read from ``source``, each with its language; ``fmt`` (``text``, ``jsonl``,
    ``json``, ``html``) skips sniffing; ``stem`` is the id of a single document and the prefix of ids of several."""
    return _languages(_documents_from_bytes(data, source, settings, fmt=fmt, stem=stem, on_warning=on_warning),
                      on_warning)


def _documents_from_bytes(data: bytes, source: str, settings: Settings | None = None, *, fmt: str | None = None,
                          stem: str | None = None, on_warning: OnWarning | None = None
                          ) -> Iterator[Document | Failure]:
    settings = settings or Settings.from_env()
    fmt = fmt or sniff(data[:HEAD], Path(source).suffix.lower())
    try:
        if fmt == "html":
            page = read_html(decode_html(data, source, settings), source, id=stem)
            check_length(page.text, source, settings)
            yield page
            return
        text = decode(data, source, settings)
    except InputError as error:
        yield error.failure()
        return
    if fmt == "json":
        yield from iter_json(text, source, settings, stem=stem, on_warning=on_warning)
    elif fmt == "jsonl":
        yield from iter_jsonl_text(text, source, settings, stem=stem, on_warning=on_warning)
    else:
        try:
            result = read_header_text(text, source, id=stem)
            check_length(result.document.text, source, settings)
        except InputError as error:
            yield error.failure()
            return
        for warning in result.warnings:
            warn(Notice(source, warning), on_warning)
        yield result.document


def read_text_input(text: str, *, settings: Settings | None = None, **meta: Any) -> Document:
    """A Document from a string given through the Python API; ``meta`` sets Document fields (``id``, ``url``,
    ``date``…). A leading byte-order mark is dropped and ``\\r\\n`` becomes ``\\n``; no header is parsed.

    Raises :class:`InputError` for an empty or too large text or a malformed date, ``TypeError`` for an unknown
    field.
    """
    known = {f.name for f in fields(Document)} - {"text"}
    unknown = sorted(set(meta) - known)
    if unknown:
        raise TypeError(f"unknown Document field {unknown[0]!r}; fields are: {', '.join(sorted(known))}")
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}; use documents_from_bytes for bytes")
    settings = settings or Settings.from_env()
    name = meta.get("source") or "text"
    if len(text) > settings.max_input_bytes or len(text.encode("utf-8")) > settings.max_input_bytes:
        raise InputError(name, too_large(len(text.encode("utf-8")), settings))
    text = normalize_newlines(text.removeprefix("\ufeff"))
    if not text.strip():
        raise InputError(name, "empty input")
    check_length(text, name, settings)
    if meta.get("date") is not None:
        date = parse_date(str(meta["date"]))[0]
        if date is None:
            raise InputError(name, f"date {meta['date']!r} is not a valid date (YYYY-MM-DD)")
        meta["date"] = date
    return with_language(Document(text=text, **meta))


def sniff(head: bytes, suffix: str = "") -> str:
    """The format of an input from its first bytes, the extension breaking ties.

    >>> sniff(b'  {"text": "..."}', ".txt"), sniff(b"<!doctype html>", ""), sniff(b"date 2025-01-01", ".json")
    ('jsonl', 'html', 'json')
    >>> sniff(b'[{"text": "..."}]', ".txt"), sniff("[Видео] Переговоры в Кремле".encode(), ".txt")
    ('json', 'text')
    """
    marked = bom_codec(head)
    sample = head[marked[1]:].decode(marked[0], errors="ignore") if marked else head.decode("latin-1")
    sample = sample.lstrip()
    if _JSON_ARRAY.match(sample) or (sample.startswith("[") and suffix == ".json"):
        return "json"  # "[{…" is an array; "[Видео] Переговоры…" in a text file is a text
    if sample.startswith("{"):
        return "json" if suffix == ".json" else "jsonl"
    if _TAG.match(sample):
        return "html"
    if BY_SUFFIX.get(suffix) == "html" and "<" not in sample:
        return "text"  # a page saved as plain text
    return BY_SUFFIX.get(suffix, "text")


def _folder(folder: Path) -> list[str]:
    files = []
    for path in folder.rglob("*"):
        parts = path.relative_to(folder).parts
        if (path.is_file() and path.suffix.lower() in SUFFIXES and not path.name.endswith(".gold.json")
                and not any(part.startswith(".") for part in parts)):
            files.append((parts, str(path)))
    return [name for _, name in sorted(files)]


def _read_file(path: str, settings: Settings, on_warning: OnWarning | None) -> Iterator[Document | Failure]:
    """Read one file; a gzip-compressed one (``corpus.jsonl.gz``) is read as what it holds."""
    try:
        with open(path, "rb") as stream:
            if stream.read(2) == GZIP_MAGIC:
                yield from _read_gzip(path, settings, on_warning)
                return
            stream.seek(0)
            yield from _read_stream(stream, path, Path(path).suffix.lower(), Path(path).stem, settings, on_warning)
    except FileNotFoundError:
        yield Failure(path, "no such file")
    except PermissionError:
        yield Failure(path, "cannot read: permission denied")
    except IsADirectoryError:
        yield Failure(path, "is a folder, not a file")
    except OSError as error:
        yield Failure(path, f"cannot read: {error.strerror or error}")


def _read_gzip(path: str, settings: Settings, on_warning: OnWarning | None) -> Iterator[Document | Failure]:
    inner = Path(path[:-3] if path.lower().endswith(".gz") else path)
    try:
        with gzip.open(path, "rb") as stream:
            yield from _read_stream(stream, path, inner.suffix.lower(), inner.stem, settings, on_warning)
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        yield Failure(path, f"broken gzip archive ({error or 'it ends too early'})")


def _read_stream(stream: BinaryIO, source: str, suffix: str, stem: str | None, settings: Settings,
                 on_warning: OnWarning | None) -> Iterator[Document | Failure]:
    """Read ``stream`` whole (up to the size limit), or a line at a time when it holds JSON Lines."""
    head = _head(stream, settings.max_input_bytes + 1)
    fmt = sniff(head, suffix)
    problem = _binary_problem(head)
    if problem:
        yield Failure(source, problem)
        return
    if fmt == "jsonl" and bom_codec(head) in (None, ("utf-8", 3)):
        yield from _json_lines(head, stream, source, stem, settings, on_warning)
        return
    size = _size(stream)
    if size is not None and size > settings.max_input_bytes:
        yield Failure(source, too_large(size, settings))
        return
    data = head + stream.read(max(0, settings.max_input_bytes + 1 - len(head)))
    if len(data) > settings.max_input_bytes:
        yield Failure(source, too_large(len(data), settings, over=True))
        return
    yield from _documents_from_bytes(data, source, settings, fmt=fmt, stem=stem, on_warning=on_warning)


def _json_lines(head: bytes, stream: BinaryIO, source: str, stem: str | None, settings: Settings,
                on_warning: OnWarning | None) -> Iterator[Document | Failure]:
    """Stream JSON Lines; but a pretty-printed JSON object (first line alone no JSON) is read whole as JSON."""
    chained = io.BufferedReader(_Chain(head, stream))
    prefix = b""
    while not prefix.strip():
        line = chained.readline(settings.max_line_bytes + 1)
        if not line:
            break
        prefix += line
    if len(prefix) <= settings.max_line_bytes and not _parses(prefix):
        prefix += chained.read(max(0, settings.max_input_bytes + 1 - len(prefix)))
        if len(prefix) <= settings.max_input_bytes and _parses(prefix):
            yield from _documents_from_bytes(prefix, source, settings, fmt="json", stem=stem, on_warning=on_warning)
            return
    yield from iter_jsonl(io.BufferedReader(_Chain(prefix, chained)), source, settings, stem=stem,
                          on_warning=on_warning)


def _parses(data: bytes) -> bool:
    try:
        json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return False
    return True


def _head(stream: BinaryIO, limit: int) -> bytes:
    """The first bytes of ``stream``: :data:`HEAD` of them, more when all are spaces (up to ``limit``), or all."""
    head = b""
    while True:
        chunk = stream.read(HEAD)
        head += chunk
        if not chunk or head.strip() or len(head) >= limit:
            return head


def _binary_problem(head: bytes) -> str | None:
    if not head.strip():
        return "empty input"
    kind = binary_kind(head)
    if kind:
        return f"binary file ({kind})"
    if b"\x00" in head and bom_codec(head) in (None, ("utf-8", 3)):
        return "binary file (contains NUL bytes)"
    return None


def _size(stream: BinaryIO) -> int | None:
    """The size of a regular file's stream; None for pipes, terminals and in-memory streams."""
    try:
        status = os.fstat(stream.fileno())
    except (OSError, AttributeError, io.UnsupportedOperation):
        return None
    return status.st_size if stat.S_ISREG(status.st_mode) else None


class _Chain(io.RawIOBase):
    """Bytes already read, then the rest of the stream they came from."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix, self._at, self._rest = prefix, 0, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._at < len(self._prefix):
            piece = self._prefix[self._at : self._at + len(buffer)]
            self._at += len(piece)
        else:
            piece = getattr(self._rest, "read1", self._rest.read)(len(buffer))
        buffer[: len(piece)] = piece
        return len(piece)
