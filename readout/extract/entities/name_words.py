"""Word tests for person names: pymorphy's name tags, dictionary words and verb forms that are no names, words of
address, titles and states, and the spelling a normal form lost ("ё", capitals).

>>> tags("Токаев") >= {"Surn"} or common_word("Токаев") is False
True
"""
from __future__ import annotations

import re

from readout.nlp import models


def tags(word: str) -> set[str]:
    tags: set[str] = set()
    for p in models().parse(word)[:3]:
        for g in ("Name", "Surn", "Patr", "NPRO"):
            if g in p.tag:
                tags.add(g)
    return tags


def restore_yo(normal: str, original: str) -> str:
    """natasha's normal form drops "ё": put it back where the original word had it."""
    if "ё" not in original.lower():
        return normal
    out = []
    for w in normal.split():
        for o in re.findall(r"[\w-]+", original):
            if "ё" in o.lower() and o.lower().replace("ё", "е")[: max(3, len(w) - 2)] == w.lower()[: max(3, len(w) - 2)]:
                w = "".join("ё" if oc == "ё" else ("Ё" if oc == "Ё" else wc) for wc, oc in zip(w, o)) + w[len(o):]
                break
        out.append(w)
    return " ".join(out)


def is_title_or_pronoun(word: str) -> bool:
    from readout.extract.entities.roles import is_title_word

    from readout import data
    from readout.nlp import lemma_of

    title = is_title_word(word) or word[:1].isupper() and lemma_of(word.lower()) in data.lines("role_nouns")
    # "Хоким Самаркандской области Эркинжон Турдимов": the title NER took into the name
    if title and word[:1].isupper() and _surname_of_plural_title(word):
        title = False  # "Бахыт Султанов", "Королев": no "султанов" (of sultans)
    return title or "NPRO" in tags(word) or word.lower() in {"вас", "вы", "ваше", "господин"}


def _surname_of_plural_title(word: str) -> bool:
    """A surname whose form is also a title's genitive plural ("Султанов" / "султанов", "Ханов" / "ханов"): pymorphy
    knows it as a surname and reads the title in the plural only.

    >>> _surname_of_plural_title("Султанов"), _surname_of_plural_title("Министров")
    (True, False)
    """
    parses = models().parse(word)
    surname = any("Surn" in p.tag for p in parses)
    return surname and not any("Surn" not in p.tag and "sing" in p.tag and p.tag.POS == "NOUN" for p in parses)


def shape(word: str) -> str:
    """"МИРОНОВ" → "Миронов": a name in capitals is still a name; "Бен" and "Аль" keep their case."""
    return word.capitalize() if len(word) > 2 and word.isupper() else word


def is_address_word(word: str) -> bool:
    """"Уважаемый", "Дорогой", "господин": a word of address before a name (``data/address_words.txt``)."""
    from readout import data
    from readout.nlp import lemma_of

    return lemma_of(word.lower()) in data.lines("address_words")


def known_surname(word: str) -> bool:
    """An office holder's surname ("Байдена" parses as a first name, but names a president)."""
    from readout import offices

    return bool(offices.holders_by_surname(word)) or offices.find_holder(word) is not None


def in_dictionary(parses) -> bool:
    """pymorphy's likeliest parse comes from its dictionary, not from a guess by the word's ending."""
    return "DictionaryAnalyzer" in type(parses[0].methods_stack[0][0]).__name__


def verb_form(word: str) -> bool:
    """A dictionary verb form (gerund, finite verb, infinitive, participle) or plural noun ("Ставропольцы", a
    region's people) that no parse reads as a name."""
    parses = models().parse(word)
    if not parses or any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses):
        return False
    known = in_dictionary(parses)
    plural_noun = parses[0].tag.POS == "NOUN" and {"plur", "nomn"} <= set(parses[0].tag.grammemes) and all(
        "nomn" in p.tag for p in parses if p.tag.POS == "NOUN")  # "Ставропольцы уже провели …", not "Токаев"
    return known and (parses[0].tag.POS in ("GRND", "VERB", "INFN", "PRTF", "PRTS") or plural_noun)


def common_word(word: str) -> bool:
    """A dictionary word that is no name ("Выступление", "Родина", a town): not a person on its own."""
    parses = models().parse(word)
    if not parses or any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses):
        return False
    from readout import offices

    if offices.find_holder(word) is not None:  # "Токаев" parses as a form of "токай", but names a president
        return False
    known = in_dictionary(parses)
    return (known and parses[0].normal_form == word.lower().replace("ё", "е")) or "Geox" in parses[0].tag


def is_country(word: str) -> bool:
    from readout.extract.entities.countries import gazetteer

    from readout.nlp import lemma_of

    return (lemma_of(word),) in gazetteer()[0]
