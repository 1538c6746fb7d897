"""A person's grammatical gender, from the name or from the verb a function noun goes with ("– сказала спикер"): the
check that keeps a woman's words from a man named before."""
from __future__ import annotations

from readout.extract.entities.persons import Person


def _feminine_verb(tokens, noun) -> bool:
    """The past verb right before or after the function noun is feminine singular: "– сказала спикер" speaks of a
    woman, whatever the noun's gender ("– сказал министр, отметив, что Россия поддержала …" does not)."""
    n = next((j for j, t in enumerate(tokens) if t is noun), None)
    if n is None:
        return False
    after = n + 1
    while after < min(len(tokens) - 1, n + 4) and tokens[after].pos in ("NOUN", "PROPN", "ADJ"):
        after += 1  # "Мэр Баодина высказала": over the noun's complement
    near = [tokens[j] for j in (n - 1, after) if 0 <= j < len(tokens)]
    return any(t.pos == "VERB" and t.feat("Tense") == "Past" and t.feat("Gender") == "Fem" and t.feat(
        "Number") == "Sing" for t in near)


def person_gender(p: Person) -> str | None:
    """"masc" or "femn" from the first name's dictionary parse, else the surname's ending; None when unsure.

    >>> [person_gender(Person(n)) for n in ("Катрин Колонна", "Ван И", "Сергей Лавров", "Никол Пашинян")]
    ['femn', None, 'masc', None]
    """
    from readout.nlp import models

    words = p.name.split()
    for w in words[:-1]:  # a first name as written in the nominative: "Катрин" femn; "Никол" is no form of "Никола"
        genders = {parse.tag.gender for parse in models().parse(w)
                   if "Name" in parse.tag and parse.normal_form == w.lower().replace("ё", "е")}
        if len(genders) == 1 and genders <= {"masc", "femn"}:
            return genders.pop()
    last = words[-1].lower() if words else ""
    if last.endswith(("ова", "ева", "ина", "ская", "цкая")):
        return "femn"
    if last.endswith(("ов", "ев", "ин", "ский", "цкий")):
        return "masc"
    return None
