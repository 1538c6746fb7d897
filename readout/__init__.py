"""readout: structured, verifiable records from Russian diplomatic readouts.

>>> import readout
>>> rec = readout.read("Касым-Жомарт Токаев и Ильхам Алиев провели переговоры в Астане.", date="2025-10-21")
>>> sorted(e["name"] for e in rec.to_dict()["entities"] if e["kind"] == "person")
['Ильхам Алиев', 'Касым-Жомарт Токаев']
"""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["read", "read_document"]


def read(text: str, **metadata: Any):
    """Extract the record of one text; ``metadata`` sets Document fields (``date``, ``url``, ``publisher``…)."""
    from readout.readers import read_text_input

    return read_document(read_text_input(text, **metadata))


def read_document(doc):
    """Extract the record of a :class:`readout.model.Document`."""
    from readout.pipeline import extract

    return extract(doc)
