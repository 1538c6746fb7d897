"""Language data: lexicons and gazetteers kept as files beside this module, loaded on first use.

Formats (each entry carries a ``# example`` comment saying which text motivated it):

* ``NAME.txt``: one entry a line, ``entry  # example``; blank lines and lines starting with ``#`` are skipped.
* ``NAME.tsv``: a header line of column names, then tab-separated rows; ``#`` starts a comment.
* ``NAME.yaml``: structured data (office holders, publishers).

Nothing is read at import time; every loader is cached.

>>> "заявить" in lines("speech_verbs")
True
"""
from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml


class DataError(ValueError):
    """A data file is malformed: the message names the file and line."""


def _text(filename: str) -> str:
    return resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")


def split_comment(line: str) -> tuple[str, str]:
    """``'заявить  # – заявил он'`` → ``('заявить', '– заявил он')``."""
    body, sep, comment = line.partition("#")
    return body.strip(), comment.strip()


@functools.cache
def lines(name: str) -> tuple[str, ...]:
    """Entries of ``NAME.txt`` in file order."""
    out = []
    for raw in _text(f"{name}.txt").splitlines():
        body, _ = split_comment(raw)
        if body:
            out.append(body)
    return tuple(out)


@functools.cache
def numerals() -> dict[str, tuple[float, str]]:
    """Numeral words of ``numerals.tsv`` by lemma (an abbreviation's dot dropped): ``(value, kind)``, the kind
    ``number``, ``scale`` or ``factor``.

    >>> numerals()["миллион"], numerals()["тыс"]
    ((1000000.0, 'scale'), (1000.0, 'scale'))
    """
    return {r["lemma"].rstrip("."): (float(r["value"]), r["kind"]) for r in tsv("numerals")}


@functools.cache
def tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``NAME.tsv`` as dicts keyed by the header's column names."""
    rows, header = [], None
    for number, raw in enumerate(_text(f"{name}.tsv").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        if header is None:
            header = cells
            continue
        if "#" in cells[-1]:
            cells[-1] = split_comment(cells[-1])[0]
        if len(cells) != len(header):
            raise DataError(f"{name}.tsv:{number}: {len(cells)} cells, header has {len(header)}")
        rows.append(dict(zip(header, cells)))
    return tuple(rows)


@functools.cache
def load_yaml(name: str) -> Any:
    return yaml.safe_load(_text(f"{name}.yaml"))


@functools.cache
def lexicon(name: str) -> frozenset[str]:
    """The lemmas of one named set of ``lexicon.tsv`` ("we", "together", "place_verb"…); an unknown name is an
    error, not an empty set.

    >>> sorted(lexicon("we"))
    ['мы', 'наш']
    """
    words = frozenset(r["lemma"] for r in tsv("lexicon") if r["set"] == name)
    if not words:
        raise DataError(f"lexicon.tsv: no set {name!r}")
    return words

