"""Dates and horizons: one line per case."""
from __future__ import annotations

from importlib import resources

import pytest

from readout.data import lines
from readout.extract.commitments.dates import compile_cue, find_dates, find_horizon, find_horizons

DOC = "2025-04-22"

# text | mention text | value | relation
DATES = """
9 мая | 9 мая | 2025-05-09 | on
встреча 22 апреля 2025 года в Кремле | 22 апреля 2025 года | 2025-04-22 | on
к 2030 году | к 2030 году | 2030 | by
с прошлого года | с прошлого года | 2024 | since
в этом году | в этом году | 2025 | on
в следующем году | в следующем году | 2026 | on
до конца года | до конца года | 2025-12-31 | by
к концу 2026 года | к концу 2026 года | 2026-12-31 | by
28–30 апреля | 28–30 апреля | 2025-04-28 | on
с 28 по 30 апреля | с 28 по 30 апреля | 2025-04-28 | on
в 1985 году | в 1985 году | 1985 | on
в 2024–2025 годах | в 2024–2025 годах | 2024 | on
до 2027 года | до 2027 года | 2027 | until
начиная с 18 марта 2025 года | начиная с 18 марта 2025 года | 2025-03-18 | since
в марте | в марте | 2025-03 | on
в мае этого года | в мае этого года | 2025-05 | on
22.04.2025 | 22.04.2025 | 2025-04-22 | on
21 декабря 2021 г. | 21 декабря 2021 г. | 2021-12-21 | on
"""

# text | horizon text | deadline
HORIZONS = """
удвоить товарооборот в ближайшей перспективе | в ближайшей перспективе | -
принять Дорожную карту в кратчайшие сроки | в кратчайшие сроки | -
к 2030 году | к 2030 году | 2030-12-31
до конца года | до конца года | 2025-12-31
провести в этом году саммит | в этом году | 2025-12-31
в течение месяца | в течение месяца | 2025-05-22
меры сроком на 30 суток, начиная с 18 марта 2025 года. | сроком на 30 суток, начиная с 18 марта 2025 года | 2025-04-17
в ближайшее время | в ближайшее время | -
до 2027 года | до 2027 года | 2027-12-31
в следующем году | в следующем году | 2026-12-31
к концу 2026 года | к концу 2026 года | 2026-12-31
Программа на 2025–2027 годы | на 2025–2027 годы | 2027-12-31
в ближайшие пять лет | в ближайшие пять лет | 2030-04-22
в течение трёх месяцев | в течение трёх месяцев | 2025-07-22
к 1 сентября | к 1 сентября | 2025-09-01
в первом полугодии 2026 года | в первом полугодии 2026 года | -
"""

NO_HORIZON = ["в 1985 году", "в прошлом году", "в этой связи", "на период работы", "занимаем позицию"]


def _rows(block: str):
    return [[c.strip() for c in ln.split("|")] for ln in block.strip().splitlines()]


@pytest.mark.parametrize("text,span,value,relation", _rows(DATES))
def test_date(text, span, value, relation):
    found = find_dates(text, DOC)
    assert [(d.text, d.value, d.relation) for d in found] == [(span, value, relation)]
    assert text[found[0].start : found[0].stop] == span


@pytest.mark.parametrize("text,span,deadline", _rows(HORIZONS))
def test_horizon(text, span, deadline):
    h = find_horizon(text, DOC)
    assert h is not None, text
    assert (h.text, h.deadline) == (span, None if deadline == "-" else deadline)
    assert text[h.start : h.stop] == h.text


@pytest.mark.parametrize("text", NO_HORIZON)
def test_no_horizon(text):
    assert find_horizon(text, DOC) is None


def test_no_doc_date_leaves_the_year_unknown():
    assert find_dates("9 мая", None)[0].value is None
    assert find_horizon("в этом году", None).deadline is None
    assert find_horizon("к 2030 году", None).deadline == "2030-12-31"


def test_month_inside_a_word_is_not_a_date():
    assert find_dates("мы занимаем позицию и мартовских решений", DOC) == []


def test_several_horizons_left_to_right():
    found = find_horizons("в ближайшее время, а затем к 2030 году", DOC)
    assert [h.text for h in found] == ["в ближайшее время", "к 2030 году"]


@pytest.mark.parametrize("bad", ["22.04.2025", "2025/04/22", 2025])
def test_bad_doc_date_is_a_clear_error(bad):
    with pytest.raises(ValueError, match="expected YYYY-MM-DD"):
        find_dates("9 мая", bad)


def test_bad_cue_is_a_clear_error():
    with pytest.raises(ValueError, match="horizon cue"):
        compile_cue("в течение [месяца")
    with pytest.raises(ValueError, match="horizon cue token"):
        compile_cue("к 2030 году")


def test_every_cue_compiles_and_has_an_example():
    raw = resources.files("readout.data").joinpath("horizons.txt").read_text(encoding="utf-8")
    entries = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    assert len(entries) == len(lines("horizons"))
    for line in entries:
        body, _, example = line.partition("  # ")
        assert example.strip(), f"horizons.txt: no example in {line!r}"
        assert compile_cue(body.strip()).search(example), f"horizons.txt: {body!r} does not match {example!r}"
    assert len(set(lines("horizons"))) == len(lines("horizons"))



def test_half_year_horizon():
    from readout.extract.commitments.dates import find_horizon

    assert find_horizon("завершить во второй половине 2026 года", "2025-05-07").text == "во второй половине 2026 года"
    assert find_horizon("в первой половине года", "2025-05-07").text == "в первой половине года"
