"""Data that ships inside the package, so readout runs and is scored without anything beside the repository.

* :func:`demo_corpus`: 225 kremlin.ru texts of February–May 2025 (gzip-compressed JSON Lines). Source: kremlin.ru,
  CC BY 4.0; every record keeps its ``url`` and ``license`` (see ``readout/bundled/README.md``).
* :func:`gold_set`: folders of ``NAME.txt`` documents, each beside its hand-made ``NAME.gold.json``:
  ``dev`` (8 real readouts) and ``field`` (30 readouts written in our own words in the styles of 30 outlets).

>>> demo_corpus().name
'kremlin-2025.jsonl.gz'
>>> sorted(GOLD_SETS), len(gold_documents(gold_set("field")))
(['dev', 'field'], 30)
>>> gold_documents(gold_set("dev"))[0].name
'akorda-2025-10-21-kz-az-briefing.txt'
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_SETS = ("dev", "field")
CORPUS_SOURCE = "Source: kremlin.ru, CC BY 4.0"


def demo_corpus() -> Path:
    """The bundled kremlin.ru corpus: one JSON object a line (``id``, ``url``, ``title``, ``date``, ``text``…)."""
    return HERE / "kremlin-2025.jsonl.gz"


def gold_set(name: str) -> Path:
    """The folder of a bundled gold set, ``dev`` or ``field``; ``ValueError`` for another name."""
    if name not in GOLD_SETS:
        raise ValueError(f"no bundled gold set {name!r}; there are: {', '.join(GOLD_SETS)}")
    return HERE / "eval" / name


def gold_documents(folder: Path) -> list[Path]:
    """The ``NAME.txt`` files of ``folder`` that have a ``NAME.gold.json`` beside them, sorted by name."""
    return sorted(p for p in Path(folder).glob("*.txt") if p.with_suffix(".gold.json").exists())


def demo_paths() -> list[str]:
    """What ``readout ingest --demo`` reads: the corpus, then the dev documents."""
    return [str(demo_corpus()), str(gold_set("dev"))]
