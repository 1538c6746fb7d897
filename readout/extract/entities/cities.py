"""The state a city lies in, by its Russian name (``data/cities.tsv``, made from GeoNames by
``tools/make_cities.py``): a city named as the actor of a clause acts for its state ("Минск и Ростов-на-Дону
подписали план" binds Belarus and Russia; "Москва и Баку продолжают работу" Russia and Azerbaijan).

>>> city_state("ростов-на-дону"), city_state("баку"), city_state("победа")
('RU', 'AZ', None)
"""
from __future__ import annotations

import functools

from readout import data


@functools.cache
def _cities() -> dict[str, str]:
    return {row["name"]: row["code"] for row in data.tsv("cities")}


@functools.cache
def _full_names() -> dict[str, str]:
    """A short name → the full name of the same city that ends in it ("петербург" → "санкт-петербург")."""
    by_id: dict[str, list[str]] = {}
    for row in data.tsv("cities"):
        by_id.setdefault(row["note"], []).append(row["name"])
    return {short: full for names in by_id.values() for short in names for full in names
            if full.endswith("-" + short)}


def full_city_name(name: str) -> str:
    """The city's full name where a short one is used ("Петербург" → "Санкт-Петербург"), else the name itself.

    >>> full_city_name("Петербург"), full_city_name("Казань")
    ('Санкт-Петербург', 'Казань')
    """
    full = _full_names().get(name.lower().replace("ё", "е"))
    return "-".join(w[:1].upper() + w[1:] for w in full.split("-")) if full else name


@functools.cache
def _populations() -> dict[str, int]:
    return {row["name"]: int(row["population"]) for row in data.tsv("cities")}


def city_population(name: str) -> int:
    """The people of the largest city of that name (lower case, ё written е), 0 for none."""
    return _populations().get(name.lower().replace("ё", "е"), 0)


def city_state(name: str) -> str | None:
    """The state of the city of that name (lower case, ё written е), or None."""
    return _cities().get(name.lower().replace("ё", "е"))
