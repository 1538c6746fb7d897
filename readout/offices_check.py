"""Validation of the office-holder, title, leader and publisher data: every problem as one line naming the file
and entry. The tests run :func:`validate` on the packaged data and on deliberately broken examples."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import yaml

from readout.data import split_comment
from readout import offices
from readout.offices import OFFICES, ORGS, PUBLISHER_KINDS, _iso, _table


_CYRILLIC, _LATIN = re.compile(r"[А-Яа-яЁё]"), re.compile(r"[A-Za-z]")
_ROMAN = re.compile(r"[IVXLC]+")
_ID = re.compile(r"[a-z][a-z0-9_]*")
_TITLE = re.compile(r"[а-я]+(?:-[а-я]+)*(?: [а-я]+(?:-[а-я]+)*)*")


def _country_ok(code: Any) -> bool:
    import pycountry

    return isinstance(code, str) and len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None


def latin_in_russian(text: str, mixed_only: bool = False) -> list[str]:
    """Words of a Russian text that hold Latin letters (Roman numerals excepted); ``mixed_only``: only words that
    mix both scripts, for free text that may quote English.

    >>> latin_in_russian("Пyтин и Карл III, Trump"), latin_in_russian("Пyтин, Trump", mixed_only=True)
    (['Пyтин', 'Trump'], ['Пyтин'])
    """
    return [w for w in re.findall(r"\w+", text) if _LATIN.search(w) and (
        _CYRILLIC.search(w) or not (mixed_only or _ROMAN.fullmatch(w)))]


def _check_person(where: str, raw: dict) -> list[str]:
    problems = []
    if not isinstance(raw.get("id"), str) or not _ID.fullmatch(raw["id"]):
        problems.append(f"{where}: id {raw.get('id')!r} is not a lowercase ASCII key")
    for key in ("name", "last"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            problems.append(f"{where}: missing {key!r}")
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list):
        problems.append(f"{where}: 'aliases' must be a list")
        aliases = []
    for key, value in [(k, raw.get(k)) for k in ("name", "first", "last", "patronymic")] + [("aliases", a) for a in aliases]:
        if isinstance(value, str) and (bad := latin_in_russian(value)):
            problems.append(f"{where}: Latin letters in {key} word(s) {', '.join(bad)}")
    if not isinstance(raw.get("terms"), list) or not raw["terms"]:
        problems.append(f"{where}: no terms")
    return problems


def _check_term(where: str, raw: Any) -> list[str]:
    if not isinstance(raw, dict):
        return [f"{where}: not a mapping"]
    problems = []
    country, org = raw.get("country"), raw.get("org")
    if (country is None) == (org is None):
        problems.append(f"{where}: give exactly one of 'country' and 'org'")
    elif country is not None and not _country_ok(country):
        problems.append(f"{where}: {country!r} is not an ISO 3166-1 alpha-2 code")
    elif org is not None and org not in ORGS:
        problems.append(f"{where}: unknown org {org!r}: expected one of {', '.join(ORGS)}")
    if raw.get("office") not in OFFICES:
        problems.append(f"{where}: unknown office {raw.get('office')!r}")
    start, end = _iso(raw.get("from")), _iso(raw.get("to"))
    if start is None:
        problems.append(f"{where}: 'from' {raw.get('from')!r} is not a valid YYYY-MM-DD date")
    if raw.get("to") is not None and end is None:
        problems.append(f"{where}: 'to' {raw.get('to')!r} is not a valid YYYY-MM-DD date")
    if start and end and end <= start:
        problems.append(f"{where}: 'to' {end} is not after 'from' {start}")
    return problems


def _check_overlaps(records: list) -> list[str]:
    spells: dict[tuple, list[tuple[str, str, str]]] = {}
    for raw in records:
        for t in raw.get("terms") or ():
            start, end = _iso(t.get("from")), _iso(t.get("to")) or "9999-12-31"
            if start:
                key = (t.get("country") or t.get("org"), t.get("office"), t.get("body"))
                spells.setdefault(key, []).append((start, end, str(raw.get("id"))))
    problems = []
    for (place, office, _), items in spells.items():
        items.sort()
        for (s1, e1, a), (s2, e2, b) in zip(items, items[1:]):
            if s2 < e1:
                problems.append(f"office_holders.yaml: {place} {office}: {a} ({s1}..{e1}) overlaps {b} ({s2}..{e2})")
    return problems


def check_holders(records: Any) -> list[str]:
    """Problems in the parsed ``office_holders.yaml`` (a list of person mappings)."""
    if not isinstance(records, list):
        return ["office_holders.yaml: expected a list of persons"]
    problems, seen = [], set()
    for i, raw in enumerate(records, 1):
        if not isinstance(raw, dict):
            problems.append(f"office_holders.yaml: entry {i}: not a mapping")
            continue
        where = f"office_holders.yaml: {raw.get('id', f'entry {i}')}"
        if raw.get("id") in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(raw.get("id"))
        problems += _check_person(where, raw)
        for j, term in enumerate(raw.get("terms") or (), 1):
            problems += _check_term(f"{where}: term {j}", term)
    if not problems:
        problems += _check_overlaps(records)
    return problems


def check_table(name: str, text: str, columns: Sequence[str], key_ok: Callable[[str], str | None],
                value_ok: Callable[[str], bool]) -> list[str]:
    """Problems in a TSV text: header, ragged rows, bad keys or values, duplicate keys, missing ``# example`` note."""
    rows = _table(text)
    if not rows or rows[0][1] != list(columns):
        return [f"{name}: header must be {' | '.join(columns)}"]
    problems, seen = [], set()
    for n, cells in rows[1:]:
        where = f"{name}:{n}"
        if len(cells) != len(columns):
            hint = ", missing '# example' note" if len(cells) == len(columns) - 1 else ""
            problems.append(f"{where}: {len(cells)} cells, header has {len(columns)}{hint}")
            continue
        key, value, note = cells
        if why := key_ok(key):
            problems.append(f"{where}: {key!r} {why}")
        if not value_ok(value):
            problems.append(f"{where}: unknown office {value!r}")
        if bad := latin_in_russian(note, mixed_only=True):
            problems.append(f"{where}: Latin letters inside Cyrillic word(s) {', '.join(bad)}")
        if not note.startswith("#") or not split_comment(note)[1]:
            problems.append(f"{where}: missing '# example' note")
        if key in seen:
            problems.append(f"{where}: duplicate {key!r}")
        seen.add(key)
    return problems


def _title_ok(title: str) -> str | None:
    if bad := latin_in_russian(title):
        return f"has Latin letters in word(s) {', '.join(bad)}"
    return None if _TITLE.fullmatch(title) else "is not lowercase lemmas (Cyrillic, ё written е)"


def _code_ok(code: str) -> str | None:
    return None if _country_ok(code) else "is not an ISO 3166-1 alpha-2 code"


def check_publishers(records: Any) -> list[str]:
    """Problems in the parsed ``publishers.yaml``."""
    if not isinstance(records, list):
        return ["publishers.yaml: expected a list of publishers"]
    problems, seen = [], set()
    for i, raw in enumerate(records, 1):
        where = f"publishers.yaml: entry {i}"
        if not isinstance(raw, dict) or not isinstance(raw.get("match"), list) or not raw.get("name"):
            problems.append(f"{where}: needs 'match' (a list) and 'name'")
            continue
        if bad := latin_in_russian(str(raw["name"]), mixed_only=True):
            problems.append(f"{where}: Latin letters inside Cyrillic word(s) {', '.join(bad)}")
        if raw.get("kind") not in PUBLISHER_KINDS:
            problems.append(f"{where}: unknown kind {raw.get('kind')!r}")
        if raw.get("country") is not None and not _country_ok(raw["country"]):
            problems.append(f"{where}: {raw['country']!r} is not an ISO 3166-1 alpha-2 code")
        for pattern in raw["match"]:
            if not isinstance(pattern, str) or not re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}(/[a-z0-9_./-]+)?", pattern) \
                    or pattern.startswith("www."):
                problems.append(f"{where}: match {pattern!r} must be a lowercase host[/path] without scheme or www.")
            elif pattern in seen:
                problems.append(f"{where}: duplicate match {pattern!r}")
            seen.add(pattern)
    return problems


def _load(filename: str) -> tuple[Any, list[str]]:
    try:
        return yaml.safe_load(offices._raw(filename)), []
    except (yaml.YAMLError, ValueError) as e:
        return None, [f"{filename}: cannot be read: {' '.join(str(e).split())}"]


def validate(holders_data: Any = None, titles_text: str | None = None, leaders_text: str | None = None,
             publishers_data: Any = None) -> list[str]:
    """Every problem in the data, one line each; empty when all is well. Arguments replace the packaged files."""
    problems: list[str] = []
    if holders_data is None:
        holders_data, errors = _load("office_holders.yaml")
        problems += errors
    if publishers_data is None:
        publishers_data, errors = _load("publishers.yaml")
        problems += errors
    if not problems:
        problems += check_holders(holders_data) + check_publishers(publishers_data)
    problems += check_table("offices.tsv", titles_text if titles_text is not None else offices._raw("offices.tsv"),
                            ("title", "office", "note"), _title_ok, lambda v: v in OFFICES or v == "leader")
    problems += check_table("leaders.tsv", leaders_text if leaders_text is not None else offices._raw("leaders.tsv"),
                            ("country", "office", "note"), _code_ok, lambda v: v in OFFICES)
    return problems
