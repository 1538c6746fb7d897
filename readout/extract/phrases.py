"""One phrase matcher for the lexicons keyed by lemma sequences (event cues, seats of power, country names): the
longest entry that starts at a position.

>>> table = PhraseTable({("переговоры",): "talks", ("телефонный", "разговор"): "phone_call"})
>>> table.longest_at(["провести", "телефонный", "разговор"], 1)
('phone_call', 2)
>>> table.longest_at(["провести", "телефонный", "разговор"], 0) is None
True
"""
from __future__ import annotations

from typing import Callable, Generic, Mapping, Sequence, TypeVar

V = TypeVar("V")


class PhraseTable(Generic[V]):
    """Lemma sequences → values, matched longest first; only positions whose lemma can start an entry are tried."""

    def __init__(self, entries: Mapping[tuple[str, ...], V]) -> None:
        self.entries = dict(entries)
        self.longest = max((len(k) for k in self.entries), default=0)
        self.firsts = frozenset(k[0] for k in self.entries)

    def longest_at(self, lemmas: Sequence[str], i: int,
                   accept: Callable[[V, int], bool] | None = None) -> tuple[V, int] | None:
        """(value, length) of the longest entry at ``lemmas[i]`` that ``accept(value, length)`` allows."""
        if i >= len(lemmas) or lemmas[i] not in self.firsts:
            return None
        for n in range(min(self.longest, len(lemmas) - i), 0, -1):
            value = self.entries.get(tuple(lemmas[i:i + n]))
            if value is not None and (accept is None or accept(value, n)):
                return value, n
        return None
