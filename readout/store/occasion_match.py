"""When two reports are of one occasion: the rules, as pure functions over a document's report of an occasion.

A :class:`Report` is what one document says about one occasion: its date, status, kinds, place, the countries of
its participants (and of the states its headline and lead name) and the key words of its headline.
:func:`same_occasion` is symmetric, so the occasions (the groups of reports joined by it, see
:mod:`readout.store.occasions`) do not depend on the order documents arrive in.

>>> talks = Report("2025-05-07", "held", ("official_visit", "signing", "talks"), "Москва", ("RU", "VE"),
...                frozenset({"российско-венесуэльский", "переговоры"}))
>>> notice = Report("2025-05-07", "planned", ("official_visit", "talks"), None, ("RU", "VE"), frozenset())
>>> call = Report("2025-05-07", "held", ("phone_call",), None, ("RU", "VE"), frozenset())
>>> same_occasion(talks, notice), same_occasion(talks, call)
(True, False)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

REMOTE = {"phone_call"}  # a call is a call and nothing else (never also talks, a visit or a signing)
WRITTEN = {"message"}  # a message or greeting is not met in person
VISITS = {"state_visit", "official_visit", "working_visit", "visit"}
VISIT_DAYS = 4  # an announced visit may be held up to this many days after its first day
KIND_ORDER = ("summit", "state_visit", "official_visit", "working_visit", "visit", "talks", "meeting", "council",
              "forum", "signing", "briefing", "phone_call", "message")


@dataclass(frozen=True, slots=True)
class Report:
    """One document's report of one occasion (its events of one date and status)."""

    date: str | None
    status: str  # held | planned
    kinds: tuple[str, ...]
    place: str | None
    countries: tuple[str, ...]
    title_keys: frozenset[str]

    @property
    def mode(self) -> str:
        """``call``, ``written`` or ``in person``: reports of different modes are never one occasion."""
        return mode_of(self.kinds)


def mode_of(kinds) -> str:
    """What kind of encounter these kinds are.

    >>> mode_of(["phone_call"]), mode_of(["message"]), mode_of(["talks", "message"])
    ('call', 'written', 'in person')
    """
    kinds = set(kinds)
    if kinds & REMOTE:
        return "call"
    if kinds and kinds <= WRITTEN:
        return "written"
    return "in person"


def normal_kinds(kinds) -> tuple[str, ...]:
    """An occasion's kinds in a fixed order; a call keeps only its call kinds.

    >>> normal_kinds(["talks", "phone_call", "signing"]), normal_kinds(["signing", "talks", "state_visit"])
    (('phone_call',), ('state_visit', 'talks', 'signing'))
    """
    kinds = set(kinds)
    if kinds & REMOTE:
        kinds &= REMOTE
    return tuple(sorted(kinds, key=lambda k: (KIND_ORDER.index(k) if k in KIND_ORDER else len(KIND_ORDER), k)))


def days_apart(a: str, b: str) -> int:
    """Days between two dates.

    >>> days_apart("2025-04-30", "2025-05-01")
    1
    """
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def window(day: str, status: str = "held") -> tuple[str, str]:
    """The dates a report of ``day`` may share an occasion with (:func:`dates_fit`): a day either side, and for a
    held report the :data:`VISIT_DAYS` before (a visit announced by its first day), for a planned one those after.

    >>> window("2025-05-01"), window("2025-05-01", "planned")
    (('2025-04-27', '2025-05-02'), ('2025-04-30', '2025-05-05'))
    """
    d = date.fromisoformat(day)
    before, after = (VISIT_DAYS, 1) if status == "held" else (1, VISIT_DAYS)
    return (d - timedelta(days=before)).isoformat(), (d + timedelta(days=after)).isoformat()


def town(place: str | None) -> str | None:
    """The town of a place as written, for comparing: ``Москва, Кремль`` → ``москва``.

    >>> town("Москва, Кремль"), town(" Ново-Огарёво ")
    ('москва', 'ново-огарево')
    """
    if not place:
        return None
    return place.split(",")[0].strip().lower().replace("ё", "е") or None


def title_overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two headlines name the same thing: all the key words of one are in the other, or those they share weigh
    half of the shorter headline's (weights: :func:`readout.store.meaning.idf`) with one of them rare (in fewer
    than 31 of the corpus's texts).

    >>> title_overlap(frozenset({"встреча", "глава", "муниципальный", "образование"}),
    ...               frozenset({"участник", "встреча", "глава", "муниципальный", "образование", "субъект"}))
    True
    >>> title_overlap(frozenset({"встреча", "председатель", "совет", "федерация", "валентина", "матвиенко"}),
    ...               frozenset({"встреча", "член", "совет", "законодатель"}))
    False
    """
    from readout.store.meaning import SPECIFIC_IDF, idf

    shared = a & b
    if len(shared) >= 2 and (shared == a or shared == b):  # "Участники совещания с членами Правительства"
        return True
    if len(shared) < 2 or max(map(idf, shared)) < SPECIFIC_IDF:
        return False
    return sum(map(idf, shared)) >= 0.5 * min(sum(map(idf, a)), sum(map(idf, b)))


def dates_fit(a: Report, b: Report) -> bool:
    """Whether the dates of two reports allow one occasion: the same day; a day apart when both tell of a visit; an
    announced visit (planned, dated by its first day) and a held report of the next :data:`VISIT_DAYS` days, so
    that "7–10 мая … посетит" becomes the talks held on 8 May.

    >>> plan = Report("2025-05-07", "planned", ("official_visit",), None, ("CN", "RU"), frozenset())
    >>> held = Report("2025-05-08", "held", ("talks",), "Москва", ("CN", "RU"), frozenset())
    >>> from dataclasses import replace
    >>> dates_fit(plan, held), dates_fit(held, plan), dates_fit(plan, replace(held, date="2025-05-06"))
    (True, True, False)
    """
    days = days_apart(a.date, b.date)
    if days == 0:
        return True
    if days == 1 and VISITS & set(a.kinds) and VISITS & set(b.kinds):
        return True
    plan, held = (a, b) if a.status == "planned" else (b, a)
    return (plan.status == "planned" and held.status == "held" and bool(VISITS & set(plan.kinds))
            and plan.date < held.date and days <= VISIT_DAYS)


def same_occasion(a: Report, b: Report) -> bool:
    """Whether two reports are of one occasion.

    * **Mode**: a call, a written message and a meeting in person are never one occasion.
    * **Date**: the same day; a day apart only when both tell of a visit (a visit spans days); an announced
      visit and a held report up to :data:`VISIT_DAYS` after its first day (see :func:`dates_fit`).
    * **Place**: in person, two places named must be the same town.
    * **Participants**: two or more states on both sides: at least two shared, and half of all (RU–VE talks are
      not the RU–CN–… parade); otherwise (a domestic meeting, or a report that names one state only) the same
      state named or none, and headlines about the same thing ("Встреча с главами муниципальных образований" and
      "Участники встречи с главами муниципальных образований").
    """
    if a.mode != b.mode or not a.date or not b.date or not dates_fit(a, b):
        return False
    if a.mode == "in person" and town(a.place) and town(b.place) and town(a.place) != town(b.place):
        return False
    ca, cb = set(a.countries), set(b.countries)
    if len(ca) >= 2 and len(cb) >= 2:
        shared = len(ca & cb)
        return shared >= 2 and shared >= 0.5 * len(ca | cb)
    if ca and cb and not (ca <= cb or cb <= ca):
        return False
    return title_overlap(a.title_keys, b.title_keys)


_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
_FULL_DATE = re.compile(r"\b(\d{1,2})(?:\s*[–−-]\s*\d{1,2})?\s+(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)"
                        r"[а-я]*\s+(\d{4})\s+года?\b", re.IGNORECASE)


def announced_date(text: str, lead: int = 400) -> str | None:
    """The first full date in a text's lead ("Анонс на 7 мая 2025 года"): the day of a planned occasion that an
    undated announcement tells of.

    >>> announced_date("7 мая состоятся переговоры. Анонс на 7 мая 2025 года Состоится обсуждение")
    '2025-05-07'
    >>> announced_date("Си Цзиньпин посетит Российскую Федерацию. Анонс на 7 − 10 мая 2025 года")
    '2025-05-07'
    """
    m = _FULL_DATE.search(text[:lead])
    if not m:
        return None
    try:
        return date(int(m[3]), _MONTHS.index(m[2].lower()) + 1, int(m[1])).isoformat()
    except ValueError:
        return None
