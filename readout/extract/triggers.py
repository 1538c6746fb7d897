"""Which sentences need natasha's contextual morphology: those that may hold a commitment cue, where verb form,
mood, tense and case decide what is found. Elsewhere pymorphy's out-of-context parse serves: verbs of saying are
unambiguous enough out of context ("заявил" is a finite past verb either way; measured on 60 corpus texts, 5 of 759
quotes and 3 of 209 commitments changed, none on the dev set).

>>> needs_morph(["Стороны", "договорились", "."]), needs_morph(["Путин", "заявил", "."])
(True, False)
"""
from __future__ import annotations

import functools
from typing import Sequence

from readout import data


@functools.cache
def _triggers() -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """(lemmas that alone make a sentence need morphology, sets of lemmas that do together): the commitment cues."""
    single: set[str] = set()
    together = []
    for row in data.tsv("commitment_cues"):
        lemmas = row["cue"].replace("+", " ").split()
        if len(lemmas) == 1:
            single.add(lemmas[0])
        else:
            together.append(frozenset(lemmas))
    return frozenset(single), tuple(together)


def needs_morph(words: Sequence[str]) -> bool:
    from readout.nlp import models

    m = models()
    single, together = _triggers()
    lemmas: set[str] = set()
    for w in words:
        if w[:1].isalpha():
            lemmas |= m.lemma_candidates(w)
    return bool(lemmas & single) or any(t <= lemmas for t in together)
