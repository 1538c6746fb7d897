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


def city_state(name: str) -> str | None:
    """The state of the city of that name (lower case, ё written е), or None."""
    return _cities().get(name.lower().replace("ё", "е"))
