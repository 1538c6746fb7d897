"""Whether two ways of writing a name are one person's: case forms of one word ("Мирзиёевым", "Мирзиёев"), a
foreign name spelt with one letter where it has two, a short form inside a full one ("Токаев" in "Касым-Жомарт
Токаев").

>>> same_word("токаевым", "токаев"), words_join(frozenset({"токаев"}), frozenset({"касым-жомарт", "токаев"}))
(True, True)
"""
from __future__ import annotations

import functools
import os
import re

from readout.extract.entities.person import PersonForm

PARTICLES = {"оглу", "кызы", "улы", "бен", "бин", "ибн", "аль", "эль", "ад", "де", "да", "фон", "ван"}


def key_words(form: PersonForm) -> frozenset[str]:
    return words_key(tuple(form.words))


@functools.lru_cache(maxsize=4096)
def words_key(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower().replace("ё", "е") for w in words if w.lower() not in PARTICLES)


@functools.lru_cache(maxsize=4096)
def _single(word: str) -> str:
    """The word with each doubled letter written once ("моттаки" → "мотаки")."""
    return re.sub(r"(.)\1", r"\1", word)


@functools.lru_cache(maxsize=65536)
def same_word(a: str, b: str) -> bool:
    """One name word in two case forms: "Хлайна" and "Хлайн", "Мирзиёевым" and "Мирзиёев", and the endings of a
    first-declension name ("Дуда", "Дуды", "Дудой"; "Браже", "Бража").

    >>> same_word("дудой", "дуды"), same_word("мирзиёевым", "мирзиёев"), same_word("ким", "кир")
    (True, True, False)
    >>> same_word("мотаки", "моттаки")  # a foreign name written with one letter where it has two
    True
    """
    if a == b:
        return True
    if abs(len(a) - len(b)) == 1 and len(a) >= 5 and len(b) >= 5 and a[:2] == b[:2] and _single(a) == _single(b):
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    common = len(os.path.commonprefix((a, b)))
    return common >= 3 and len(short) >= 4 and common >= len(short) - 1 and len(long_) - common <= 2


def distinct_matches(small: set[str], big: set[str]) -> bool:
    """Each word of the smaller name matches a word of its own in the bigger one: "Владимир Владимиров" is not
    "Владимир Путин" although both its words look like "Владимир"."""
    free = set(big)
    for x in sorted(small, key=lambda w: sum(same_word(w, y) for y in big)):
        y = next((y for y in sorted(free) if same_word(x, y)), None)
        if y is None:
            return False
        free.discard(y)
    return True


def joins(small: PersonForm, big: PersonForm) -> bool:
    if not words_join(key_words(small), key_words(big)):
        return False
    if small.initials and big.words and len(big.words) > 1:
        return big.words[0][:1].upper() == small.initials[:1]
    return True


@functools.lru_cache(maxsize=16384)
def words_join(s: frozenset[str], b: frozenset[str]) -> bool:
    """Each of the words ``s`` is a case form of its own word of ``b`` (cached: a text names one person often)."""
    return bool(s) and all(any(same_word(x, y) for y in b) for x in s) and distinct_matches(s, b)
