"""Checking a question before it reaches SQL: ISO country codes, calendar dates, kinds and statuses.

Every list of the query layer (:mod:`readout.store.lists`) checks its filters here, so the CLI, the API and the
pages refuse the same things with the same one-line message: a :class:`QueryError`, which the CLI turns into exit
status 2, the API into a 422 answer and the pages into a 422 page.

>>> country("kz"), day("2025-02-28", "since")
('KZ', '2025-02-28')
>>> day("2025-13-45", "since")
Traceback (most recent call last):
...
readout.store.filters.QueryError: since '2025-13-45': expected a date YYYY-MM-DD (a real one)
>>> country("XX")
Traceback (most recent call last):
...
readout.store.filters.QueryError: country 'XX': expected a two-letter ISO code such as KZ
"""
from __future__ import annotations

import functools
import re
from datetime import date

COMMITMENT_KINDS = ("agreement", "signed", "instruction", "plan", "in_progress", "intent")
STATUSES = ("announced", "in_progress", "achieved", "overdue")
ENTITY_KINDS = ("person", "country", "place", "organization")
MAX_ID = 2**63 - 1  # the largest id a store can hold (SQLite and PostgreSQL BIGINT)


class QueryError(ValueError):
    """A filter that cannot mean anything: an unknown code, kind or status, an impossible date."""


@functools.cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes, plus the user-assigned ``XK`` (Kosovo) that the extractors may give."""
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries) | {"XK"}


def country(value: str, name: str = "country") -> str:
    """``value`` upper-cased when it is an ISO 3166 alpha-2 code, else :class:`QueryError`."""
    code = (value or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code) or code not in country_codes():
        raise QueryError(f"{name} {value!r}: expected a two-letter ISO code such as KZ")
    return code


def countries(values, name: str = "country") -> list[str]:
    """Each of ``values`` checked by :func:`country`, duplicates dropped, order kept.

    >>> countries(["kz", "AZ", "KZ"])
    ['KZ', 'AZ']
    """
    return list(dict.fromkeys(country(v, name) for v in values or ()))


def day(value: str | None, name: str) -> str | None:
    """``value`` when it is a real date ``YYYY-MM-DD`` (``None`` and ``""`` pass as ``None``)."""
    if not value:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{name} {value!r}: expected a date YYYY-MM-DD (a real one)") from None
    return value


def choice(value: str | None, allowed, name: str) -> str | None:
    """``value`` when it is one of ``allowed`` (``None`` and ``""`` pass as ``None``).

    >>> choice("overdue", STATUSES, "status")
    'overdue'
    >>> choice("alien", COMMITMENT_KINDS, "kind")
    Traceback (most recent call last):
    ...
    readout.store.filters.QueryError: kind 'alien': expected one of agreement, signed, instruction, plan, in_progress, intent
    """
    if not value:
        return None
    if value not in allowed:
        raise QueryError(f"{name} {value!r}: expected one of {', '.join(allowed)}")
    return value


@functools.cache
def event_kinds() -> tuple[str, ...]:
    """The event kinds the extractor can give (``data/event_cues.tsv``), sorted."""
    from readout import data

    return tuple(sorted({row["kind"] for row in data.tsv("event_cues")}))


def event_kind(value: str | None) -> str | None:
    """``value`` when it is an event kind (see :func:`event_kinds`).

    >>> event_kind("phone_call")
    'phone_call'
    """
    return choice(value, event_kinds(), "kind")


def span(since: str | None, until: str | None, names: tuple[str, str] = ("since", "until")) -> tuple:
    """Both dates checked, and the first not after the second.

    >>> span("2025-03-01", "2025-01-01")
    Traceback (most recent call last):
    ...
    readout.store.filters.QueryError: since 2025-03-01 is after until 2025-01-01
    """
    a, b = day(since, names[0]), day(until, names[1])
    if a and b and a > b:
        raise QueryError(f"{names[0]} {a} is after {names[1]} {b}")
    return a, b
