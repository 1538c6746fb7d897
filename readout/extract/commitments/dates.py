"""Dates in Russian text, and the horizon (deadline or time frame) of a commitment as written.

Dates are resolved against the document's date where the text leaves the year out ("9 мая", "в этом году").
Horizon cues live in ``data/horizons.txt``; each line is a small pattern (see :func:`compile_cue`).

>>> [(d.text, d.value, d.relation) for d in find_dates("к 2030 году и 9 мая", "2025-04-22")]
[('к 2030 году', '2030', 'by'), ('9 мая', '2025-05-09', 'on')]
>>> h = find_horizon("удвоить товарооборот в ближайшей перспективе", "2025-10-21")
>>> h.text, h.deadline
('в ближайшей перспективе', None)
>>> find_horizon("принять план до конца года", "2025-10-21").deadline
'2025-12-31'
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from readout.data import lines

__all__ = ["DateMention", "Horizon", "find_dates", "find_horizon", "find_horizons", "compile_cue"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date in the text: ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (None if it cannot be known);
    ``relation`` says how it bounds what is said: ``on``, ``by`` ("к 2030 году"), ``since``, ``until``."""

    start: int
    stop: int
    text: str
    value: str | None
    relation: str | None


@dataclass(frozen=True, slots=True)
class Horizon:
    """The time frame of a commitment as written, and its last day when that can be known."""

    start: int
    stop: int
    text: str
    deadline: str | None


MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
MONTH_NAME = (  # a month's name in any case: "марта", "Май", "августе"; the group is "mon"
    r"(?P<mon>(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ем)"
    r"|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем))\b"
)
_MONTH = r"(?<![\w-])" + MONTH_NAME
_PREP = (
    r"(?:(?<![\w-])(?P<prep>начиная\s+со?|не\s+позднее|не\s+позже|к|ко|до|с|со|в|во|на|по|после)\s+)?"
)
_YEAR_WORD = r"(?:год[а-я]*|гг?\.|г\.)"
_RELATIVE = r"(?P<rel>эт[оа][тмг][оа]?|текущ[а-я]+|нынешн[а-я]+|прошл[а-я]+|прошедш[а-я]+|следующ[а-я]+|будущ[а-я]+|предстоящ[а-я]+)"
_OFFSETS = {"эт": 0, "текущ": 0, "нынешн": 0, "прошл": -1, "прошедш": -1, "следующ": 1, "будущ": 1, "предстоящ": 1}
_RELATIONS = {"к": "by", "ко": "by", "до": "until", "с": "since", "со": "since", "после": "since", "по": "until",
              "в": "on", "во": "on", "на": "on", "не позднее": "by", "не позже": "by"}

# Each pattern's name is the handler that turns its match into a value.
PATTERNS = {
    "day_month": _PREP + r"(?P<d1>\d{1,2})(?:\s*(?:[-‒–—―]|по|и)\s*(?P<d2>\d{1,2}))?\s+" + _MONTH
    + r"(?:\s+(?P<y>\d{4})(?:\s*" + _YEAR_WORD + r")?)?",
    "numeric": _PREP + r"\b(?P<d1>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b(?:\s*г\.)?",
    "end_of_year": _PREP + r"(?:конц[аеу]|концом|исход[ау]?)\s+(?:" + _RELATIVE + r"\s+)?(?:(?P<y>\d{4})\s*)?год[а-я]*",
    "relative_year": _PREP + _RELATIVE + r"\s+год[а-я]*",
    "year": _PREP + r"\b(?P<y>\d{4})(?:\s*[-‒–—―]\s*(?P<y2>\d{2,4}))?(?:-?(?:м|й|го|е|х))?\s*" + _YEAR_WORD,
    "month": _PREP + r"(?<!\d\s)" + _MONTH + r"(?:\s+(?:(?P<y>\d{4})\s*" + _YEAR_WORD + r"|" + _RELATIVE
    + r"\s+года))?",
}


@functools.cache
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(p, re.IGNORECASE)) for name, p in PATTERNS.items())


_DAY_DATE = re.compile(r"(?<![\w-])(?P<prep>(?:к|ко|до|по|с|со|на|не позднее|не ранее|после)\s+)?\d{1,2}\s+" + MONTH_NAME
                       + r"\s+(?P<y>(?:19|20)\d\d)\s*" + _YEAR_WORD, re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def text_year(text: str, doc_date: str | None) -> int | None:
    """The year a text is told from: its date's, else, for an undated excerpt, the latest year of a day it says
    something happened on ("24 июня 2020 года президент … присутствовал"), so that "26 августа 2008 года …
    подписал указ" reads as background; a deadline ("до 1 января 2030 года") is no such day.

    >>> text_year("5 мая 2020 года состоялся визит. 26 августа 2008 года подписан указ. Сдать до 1 мая 2030 года.", None)
    2020
    >>> text_year("Текст", "2025-03-01"), text_year("Текст без дат", None)
    (2025, None)
    """
    if doc_date:
        return int(doc_date[:4])
    this_year = dt.date.today().year  # a day still ahead ("назначено на 15 мая 2027 года") is no day told of
    years = [int(m.group("y")) for m in _DAY_DATE.finditer(text) if not m.group("prep")]
    return max((y for y in years if y <= this_year), default=None)


def _doc_year(doc_date: str | None) -> int | None:
    return int(doc_date[:4]) if doc_date else None


def _year_of(m: re.Match[str], doc_date: str | None) -> int | None:
    if m.groupdict().get("y"):
        return int(m.group("y"))
    year = _doc_year(doc_date)
    rel = m.groupdict().get("rel")
    if rel and year is not None:
        year += next(v for k, v in _OFFSETS.items() if rel.lower().startswith(k))
    return year


def _month_of(word: str) -> int:
    w = word.lower()
    return next(v for k, v in MONTHS.items() if w.startswith(k))


def _ymd(year: int | None, month: int, day: int | None) -> str | None:
    if year is None:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _value(name: str, m: re.Match[str], doc_date: str | None) -> str | None:
    year = _year_of(m, doc_date)
    if name == "day_month":
        return _ymd(year, _month_of(m.group("mon")), int(m.group("d1")))
    if name == "numeric":
        return _ymd(year, int(m.group("m")), int(m.group("d1")))
    if name == "month":
        return _ymd(year, _month_of(m.group("mon")), None)
    if name == "end_of_year":
        return None if year is None else f"{year:04d}-12-31"
    return None if year is None else f"{year:04d}"


def _relation(name: str, m: re.Match[str]) -> str:
    prep = re.sub(r"\s+", " ", (m.group("prep") or "").lower())
    if name == "end_of_year" and prep in ("к", "ко", "до"):
        return "by"
    if name == "day_month" and m.group("d2") and prep in ("с", "со"):
        return "on"  # с 28 по 30 апреля: a range of days
    if prep.startswith("начиная"):
        return "since"
    return _RELATIONS.get(prep, "on")


def _check_date(doc_date: str | None) -> None:
    if doc_date is not None and not (isinstance(doc_date, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", doc_date)):
        raise ValueError(f"doc_date {doc_date!r}: expected YYYY-MM-DD or None")


def _non_overlapping(found: list[tuple[int, int, object]]) -> list[object]:
    out, stop = [], -1
    for start, end, item in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if start >= stop:
            out.append(item)
            stop = end
    return out


def find_dates(text: str, doc_date: str | None = None) -> list[DateMention]:
    """Every date mention in ``text``, left to right.

    >>> [(d.value, d.relation) for d in find_dates("с прошлого года, 22 апреля 2025 года", "2025-05-01")]
    [('2024', 'since'), ('2025-04-22', 'on')]
    >>> find_dates("до конца года", "2025-10-21")[0].value
    '2025-12-31'
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates: expected a str, got {type(text).__name__}")
    _check_date(doc_date)
    found = []
    for name, pattern in _compiled():
        for m in pattern.finditer(text):
            mention = DateMention(m.start(), m.end(), m.group(), _value(name, m, doc_date), _relation(name, m))
            found.append((m.start(), m.end(), mention))
    return _non_overlapping(found)  # type: ignore[return-value]


# --- horizons ---------------------------------------------------------------------------------------------

_PERIOD = r"(?:дн(?:я|ей|ям|ях|ями)|день|сут(?:ки|ок|кам|ках)|недел[а-я]*|месяц[а-я]*|год[а-я]*|лет|квартал[а-я]*|полугоди[а-я]*)"
_DATE = r"\d{1,2}\s+" + _MONTH.replace("?P<mon>", "?:") + r"(?:\s+\d{4}(?:\s*" + _YEAR_WORD + r")?)?"
_PLACEHOLDERS = {"{year}": r"\d{4}", "{date}": _DATE, "{period}": _PERIOD, "{dash}": r"[-‒–—―]"}
_PUNCT = {",", "{dash}"}


@functools.cache
def _numeral_forms() -> str:
    """Every inflected form of the numeral words in ``numerals.tsv``, as a regex alternation."""
    from readout.data import tsv
    from readout.nlp import models

    forms = set()
    for row in tsv("numerals"):
        if row["kind"] == "number" and float(row["value"]) == int(float(row["value"])):
            for parse in models().parse(row["lemma"])[:1]:
                forms |= {f.word for f in parse.lexeme}
    forms |= {f.replace("е", "ё") for f in forms if "е" in f}
    return r"(?:\d+(?:[.,]\d+)?|" + "|".join(sorted(forms, key=len, reverse=True)) + r")"


def _atom(token: str) -> str:
    if token == "{n}":  # a range too: "в ближайшие два-три года"
        return _numeral_forms() + r"(?:\s*[-‒–—]\s*" + _numeral_forms() + ")?"
    if token == "{period}":  # "в ближайшие год-два", "в течение года-двух"
        return _PERIOD + r"(?:[-‒–—]" + _numeral_forms() + ")?"
    if token in _PLACEHOLDERS:
        return _PLACEHOLDERS[token]
    if token.startswith("(") and token.endswith(")"):
        return "(?:" + "|".join(_atom(t) for t in token[1:-1].split("|")) + ")"
    if token == ",":
        return ","
    if not re.fullmatch(r"[а-яё.-]+\*?", token):
        raise ValueError(f"horizon cue token {token!r}: expected a word, word*, (a|b), {{n}}, {{year}}, {{date}}")
    return re.escape(token.rstrip("*")) + ("[а-яё]*" if token.endswith("*") else "" if token.endswith(".") else r"\b")


def compile_cue(cue: str) -> re.Pattern[str]:
    """A cue pattern to a regex. Tokens: ``word`` (exact), ``word*`` (any ending), ``(a|b*)`` (either),
    ``{n}`` (a number in digits or words), ``{period}`` (дней, месяца, лет…), ``{year}``, ``{date}``, ``{dash}``;
    ``?`` after a token makes it optional; ``[ … ]`` is an optional group.

    >>> bool(compile_cue("в течение {n}? {period}").fullmatch("в течение трёх месяцев"))
    True
    """
    tokens = re.findall(r"\[|\]\??|\([^)]*\)\??|[^\s\[\]]+", cue)
    stack: list[list[tuple[str, bool]]] = [[]]
    for token in tokens:
        if token == "[":
            stack.append([])
        elif token.startswith("]"):
            if len(stack) == 1:
                raise ValueError(f"horizon cue {cue!r}: ']' without '['")
            inner = stack.pop()
            stack[-1].append((_join(inner), True))
        else:
            optional = token.endswith("?") and len(token) > 1
            stack[-1].append((_atom(token.rstrip("?") if optional else token), optional))
    if len(stack) != 1:
        raise ValueError(f"horizon cue {cue!r}: '[' without ']'")
    return re.compile(r"(?<![\w-])" + _join(stack[0]) + r"(?![\w-])", re.IGNORECASE)


def _join(parts: list[tuple[str, bool]]) -> str:
    out = ""
    tight = {",", _PLACEHOLDERS["{dash}"]}
    for k, (regex, optional) in enumerate(parts):
        sep = "" if k == 0 else r"\s*" if _is_tight(regex, tight) or parts[k - 1][0] in tight else r"\s+"
        piece = sep + "(?:" + regex + ")"
        out += f"(?:{piece})?" if optional else piece
    return out


def _is_tight(regex: str, tight: set[str]) -> bool:
    """Punctuation (or a group that starts with it) joins without a required space."""
    return regex in tight or any(regex.startswith(f"(?:{t})") for t in tight)


@functools.cache
def _cues() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_cue(line) for line in lines("horizons"))


_DURATION = re.compile(r"(?:на|течение|ближайш[а-я]*)\s+(?P<n>(?!\d{4})\S+\s+)?(?P<period>" + _PERIOD + ")", re.IGNORECASE)


def _add(date: dt.date, n: float, period: str) -> dt.date:
    p = period.lower()
    if p.startswith(("дн", "день", "сут")):
        return date + dt.timedelta(days=n)
    if p.startswith("недел"):
        return date + dt.timedelta(weeks=n)
    months = int(n * (1 if p.startswith("месяц") else 3 if p.startswith("квартал") else 6 if p.startswith("полугод") else 12))
    y, m = divmod(date.month - 1 + months, 12)
    year, month = date.year + y, m + 1
    return dt.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))


def _count(word: str | None) -> float | None:
    if not word:
        return 1.0
    from readout.extract.commitments.numbers import parse_quantity

    q = parse_quantity(word.strip() + " раз")
    return q.value if q is not None else None


def _last_day(value: str, text: str) -> str:
    if len(value) == 4:
        years = re.findall(r"\d{4}", text) or [value]
        return f"{max(years)}-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:])
        return f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return value


def _deadline(text: str, doc_date: str | None) -> str | None:
    dates = find_dates(text, doc_date)
    duration = _DURATION.search(text)
    if duration is not None:
        n = _count(duration.group("n"))
        since = [d.value for d in dates if d.relation == "since" and d.value and len(d.value) == 10]
        base = since[0] if since else doc_date
        if n is None or base is None:
            return None
        return _add(dt.date.fromisoformat(base), n, duration.group("period")).isoformat()
    if re.search(r"квартал|полугоди", text, re.IGNORECASE):
        return None  # "в первом полугодии": which part of the year is not resolved
    values = [d for d in dates if d.value]
    return _last_day(values[-1].value, values[-1].text) if values else None


def find_horizons(text: str, doc_date: str | None = None) -> list[Horizon]:
    """Every horizon cue in ``text``, left to right, not overlapping.

    >>> [(h.text, h.deadline) for h in find_horizons("в течение месяца, а затем к 2030 году", "2025-03-25")]
    [('в течение месяца', '2025-04-25'), ('к 2030 году', '2030-12-31')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_horizons: expected a str, got {type(text).__name__}")
    _check_date(doc_date)
    found = []
    for cue in _cues():
        for m in cue.finditer(text):
            found.append((m.start(), m.end(), m))
    out = []
    for m in _non_overlapping(found):
        out.append(Horizon(m.start(), m.end(), m.group(), _deadline(m.group(), doc_date)))  # type: ignore[union-attr]
    return out


def find_horizon(text: str, doc_date: str | None = None) -> Horizon | None:
    """The first horizon in ``text`` (a commitment's clause), or None.

    >>> find_horizon("сроком на 30 суток, начиная с 18 марта 2025 года", None).deadline
    '2025-04-17'
    """
    found = find_horizons(text, doc_date)
    return found[0] if found else None
