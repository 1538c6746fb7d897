"""The data the tests read: what ships inside the package (readout/bundled), never a folder beside the repository.

A test that needs a file the repository lacks fails; it does not skip.
"""
from __future__ import annotations

import gzip

from readout.bundled import demo_corpus, gold_set

CORPUS = demo_corpus()  # 225 kremlin.ru texts, gzip-compressed JSON Lines
DEV = gold_set("dev")
FIELD = gold_set("field")
AKORDA = DEV / "akorda-2025-10-21-kz-az-briefing.txt"


def corpus_lines(n: int | None = None) -> list[str]:
    """The first ``n`` lines of the bundled corpus (all of them without ``n``), each one JSON object."""
    lines = gzip.decompress(CORPUS.read_bytes()).decode("utf-8").splitlines()
    return lines if n is None else lines[:n]
