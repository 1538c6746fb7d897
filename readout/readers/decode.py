"""Bytes to text: the one place where an input's text may change, before any :class:`Document` exists.

What :func:`decode` does, in order:

1. refuses more than ``settings.max_input_bytes`` ("too large"), nothing at all ("empty input"), known binary formats
   by their magic number ("binary file (PNG image)");
2. decodes UTF-8 with a byte-order mark (the mark is dropped), UTF-16 and UTF-32 with a mark;
3. refuses NUL bytes in anything else ("binary file (contains NUL bytes)");
4. decodes UTF-8; failing that, the Cyrillic single-byte encodings cp1251 and KOI8-R, told apart from the bytes by
   charset-normalizer (never by the file's name), with a check of letter case for texts too short for it;
5. turns ``\\r\\n`` into ``\\n`` (:func:`normalize_newlines`). Nothing else is touched: no Unicode normalisation, no
   stripping, so offsets into the result are offsets into the Document's text;
6. refuses a text of only whitespace ("empty input").

>>> decode("Москва".encode("cp1251"), "a.txt")
'Москва'
>>> decode("\\ufeffМосква\\r\\n".encode("utf-8"), "a.txt")
'Москва\\n'
>>> try:
...     decode(b"\\x89PNG\\r\\n\\x1a\\n....", "scan.txt")
... except InputError as error:
...     print(error)
scan.txt: binary file (PNG image)
"""
from __future__ import annotations

import codecs
import re

from readout.errors import InputError
from readout.settings import Settings, megabytes

# Magic numbers of formats people feed by mistake: (leading bytes, name said in the error).
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/ODT document)"),
    (b"PK\x05\x06", "ZIP archive (empty)"),
    (b"%PDF-", "PDF document"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document (DOC/XLS)"),
    (b"\x7fELF", "ELF executable"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
)

# Byte-order marks, longest first (a UTF-32 LE mark begins with the UTF-16 LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

CYRILLIC_SINGLE_BYTE = ("cp1251", "koi8_r")
UNDECODABLE = "cannot decode: not UTF-8, and no Cyrillic single-byte encoding fits"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_ODD_CASE = re.compile(r"[а-яё][А-ЯЁ]")  # "пРИВЕТ": how KOI8-R read as cp1251 (and back) looks
_MIXED = re.compile(r"[A-Za-z][А-Яа-яЁё]|[А-Яа-яЁё][A-Za-z]")  # "trиs": latin-1 French read as cp1251
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Letters of Russian, Ukrainian and Belarusian: cp1251 also maps bytes to Serbian and Macedonian letters (Ђ, Ѓ, Џ),
# which is how bytes that are no text at all look when read as cp1251.
_EAST_SLAVIC = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяІіЇїЄєҐґЎў")
_WORD = re.compile(r"[^\W\d_]+")


def too_large(size: int, settings: Settings, env: str = "READOUT_MAX_INPUT_BYTES", over: bool = False) -> str:
    """The message for an input of ``size`` bytes over the limit named by ``env``.

    >>> too_large(70 * 1024 * 1024, Settings.from_env(environ={}))
    'too large: 70.0 MB, the limit is 64.0 MB (READOUT_MAX_INPUT_BYTES)'
    """
    limit = settings.max_line_bytes if env == "READOUT_MAX_LINE_BYTES" else settings.max_input_bytes
    return f"too large: {'over ' if over else ''}{megabytes(size)}, the limit is {megabytes(limit)} ({env})"


def check_length(text: str, source: str, settings: Settings) -> str:
    """``text`` when it is short enough to extract (``settings.max_extract_chars``), else :class:`InputError`.

    >>> try:
    ...     check_length("Да. " * 10, "long.txt", Settings.from_env(environ={}, max_extract_chars=25))
    ... except InputError as error:
    ...     print(error)
    long.txt: too long to extract: 40 characters, the limit is 25 (READOUT_MAX_EXTRACT_CHARS)
    """
    if len(text) > settings.max_extract_chars:
        raise InputError(source, f"too long to extract: {len(text):,} characters, the limit is "
                                 f"{settings.max_extract_chars:,} (READOUT_MAX_EXTRACT_CHARS)")
    return text


def binary_kind(head: bytes) -> str | None:
    """The name of the binary format ``head`` starts with, or None.

    >>> binary_kind(b"%PDF-1.7 ...")
    'PDF document'
    """
    for magic, name in MAGIC:
        if head.startswith(magic):
            return name
    return None


def bom_codec(head: bytes) -> tuple[str, int] | None:
    """``(codec, length of the mark)`` when ``head`` starts with a byte-order mark.

    >>> bom_codec(b"\\xff\\xfeA\\x00")
    ('utf-16-le', 2)
    """
    for bom, codec in BOMS:
        if head.startswith(bom):
            return codec, len(bom)
    return None


def normalize_newlines(text: str) -> str:
    """Windows line ends to ``\\n``; a lone ``\\r`` stays as it is.

    >>> normalize_newlines("Да.\\r\\nНет.\\r")
    'Да.\\nНет.\\r'
    """
    return text.replace("\r\n", "\n") if "\r" in text else text


def decode(data: bytes, source: str, settings: Settings | None = None) -> str:
    """The text of ``data``, or :class:`InputError` naming ``source`` and the problem (see the module's doc)."""
    settings = settings or Settings.from_env()
    if len(data) > settings.max_input_bytes:
        raise InputError(source, too_large(len(data), settings))
    if not data.strip():
        raise InputError(source, "empty input")
    kind = binary_kind(data)
    if kind:
        raise InputError(source, f"binary file ({kind})")
    text = normalize_newlines(_decode_text(data, source))
    if not text.strip():
        raise InputError(source, "empty input")
    return text


def _decode_text(data: bytes, source: str) -> str:
    marked = bom_codec(data)
    if marked:
        codec, length = marked
        try:
            return data[length:].decode(codec)
        except UnicodeDecodeError as error:
            raise InputError(source, f"cannot decode: {codec.upper()} byte-order mark, but invalid "
                                     f"{codec.upper()} at byte {error.start + length}") from None
    if b"\x00" in data:
        raise InputError(source, "binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _cyrillic_single_byte(data)
    if text is None:
        raise InputError(source, UNDECODABLE)
    return text


def _cyrillic_single_byte(data: bytes) -> str | None:
    """cp1251 or KOI8-R text, or None when neither reads as Russian."""
    from charset_normalizer import from_bytes  # heavy; only non-UTF-8 inputs need it

    best = from_bytes(data, cp_isolation=list(CYRILLIC_SINGLE_BYTE)).best()
    if best is not None and _plausible(str(best)):
        return str(best)
    candidates = [text for text in (_try(data, codec) for codec in CYRILLIC_SINGLE_BYTE) if text is not None]
    plausible = [text for text in candidates if _plausible(text)]
    return min(plausible, key=lambda text: len(_ODD_CASE.findall(text)), default=None)


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _plausible(text: str) -> bool:
    """Russian text: no control characters, its non-ASCII characters mostly Russian (or Ukrainian, Belarusian)
    letters, few words with odd letter case or Latin and Cyrillic letters mixed (how French in latin-1 or KOI8-R
    looks when read as cp1251).

    >>> _plausible("Привет, мир.")
    True
    >>> _plausible("пРИВЕТ, НЙТ.")
    False
    >>> _plausible("Зa coыte trиs cher")
    False
    >>> _plausible("Г( Ў broken яюэ utf-8 ЂЃ")  # bytes that are no text at all, read as cp1251
    False
    """
    if _CONTROL.search(text):
        return False
    wide = [c for c in text if ord(c) > 127]
    cyrillic = sum(1 for c in wide if c in _EAST_SLAVIC)
    if not wide or cyrillic < 0.8 * len(wide):
        return False
    words = [word for word in _WORD.findall(text) if _CYRILLIC.search(word)]
    odd = sum(1 for word in words if _ODD_CASE.search(word) or _MIXED.search(word))
    return odd <= len(words) // 10
