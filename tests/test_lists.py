"""The query layer (readout.store.lists) on SQLite and PostgreSQL: every filter, one item per occasion, totals,
search syntax (phrases, OR, prefix) with snippets and marks, and bad filters refused with one line."""
from __future__ import annotations

from dataclasses import replace

import pytest

from readout.model import Event, Quote
from readout.store import lists, search
from readout.store.filters import QueryError
from readout.store.search import total
from store_fixtures import db_url, kz_az_record, store_records  # noqa: F401 - fixture


@pytest.fixture
def store(db_url):
    call_text = ("Касым-Жомарт Токаев провёл переговоры с Ильхамом Алиевым по телефону. Президенты договорились "
                 "открыть фонд прямых инвестиций. «Мы придаём большое значение сотрудничеству в энергетике», – "
                 "заявил Токаев. Ильхам Алиев сообщил, что стороны обсудили поставки газа.")
    call = kz_az_record(call_text, url="https://akorda.kz/2", date="2025-03-05",
                        commitment="договорились открыть фонд прямых инвестиций", deadline="2025-06-30")
    # one occasion reported as a phone call, talks and a message: three events of one document and date
    events = tuple(Event(kind, "held", "2025-03-05", None, ("e1", "e2"), 0, 10, rule="test")
                   for kind in ("phone_call", "talks", "message"))
    said = "стороны обсудили поставки газа"
    start = call_text.index(said)
    quotes = call.quotes + (Quote(start, start + len(said), said, False, "e2", "Ильхам Алиев", "test"),)
    s = store_records(db_url, kz_az_record(deadline="2030-12-31"), replace(call, events=events, quotes=quotes))
    yield s
    s.close()


def test_meetings_are_one_item_per_occasion_with_its_kinds(store):
    with store.session() as s:
        found = lists.meetings(s, countries=["kz", "AZ"])
        assert found.total == 2
        # a phone call is a call and nothing else (issue 15): never also talks
        assert [m["kinds"] for m in found.items] == [["talks"], ["phone_call"]]
        assert [len(m["documents"]) for m in found.items] == [1, 1]
        assert found.items[1]["participants"] == ["Ильхам Алиев (AZ)", "Касым-Жомарт Токаев (KZ)"]
        assert lists.meetings(s, kind="phone_call").total == 1
        assert lists.meetings(s, person="Алиев", since="2025-03-01", until="2025-03-31").total == 1
        assert lists.meetings(s, since="2025-10-01").items[0]["date"] == "2025-10-21"
        assert lists.meetings(s, countries=["KZ", "CN"]).total == 0
        page = lists.meetings(s, limit=1, offset=1)
        assert (len(page.items), page.total) == (1, 2)


def test_commitments_by_every_filter(store):
    with store.session() as s:
        assert lists.commitments(s).total == 2
        assert [c["target_value"] for c in lists.commitments(s, has_target=True).items] == [1e9]
        assert lists.commitments(s, has_target=False).items[0]["text"].startswith("договорились открыть фонд")
        assert lists.commitments(s, deadline_before="2025-12-31").total == 1
        assert lists.commitments(s, deadline_after="2026-01-01").items[0]["deadline"] == "2030-12-31"
        assert lists.commitments(s, status="overdue").items[0]["deadline"] == "2025-06-30"
        assert lists.commitments(s, sector="energy", countries=["KZ", "AZ"]).total == 2
        assert lists.commitments(s, sector="space").total == 0
        assert lists.commitments(s, kind="agreement", since="2025-10-01").total == 1
        assert lists.commitments(s, person="tokayev", about="фонд").total == 1
        assert lists.commitments(s, countries=["RU"]).total == 0


def test_quotes_by_person_country_date_and_speech(store):
    with store.session() as s:
        assert lists.quotes(s).total == 3
        reported = lists.quotes(s, direct=False)
        assert [(q["speaker"], q["direct"]) for q in reported.items] == [("Ильхам Алиев", False)]
        assert lists.quotes(s, country="AZ").items == reported.items
        assert lists.quotes(s, person="Токаев", direct=True).total == 2
        assert lists.quotes(s, until="2025-04-01").total == 2
        assert lists.quotes(s, about="газ OR энергетика").total == 3


def test_threads_explain_their_status(store):
    with store.session() as s:
        overdue = lists.threads(s, status="overdue", today="2025-12-01")
        assert overdue.total == 1
        assert overdue.items[0]["why"] == ("overdue: deadline 2025-06-30 passed as of 2025-12-01, no later step "
                                           "reports it done")
        assert lists.threads(s, countries=["AZ"], deadline_after="2030-01-01").items[0]["deadline"] == "2030-12-31"
        assert lists.threads(s, until="2025-01-01").total == 0


@pytest.mark.parametrize("call", [
    lambda s: lists.meetings(s, countries=["XX"]),
    lambda s: lists.meetings(s, kind="alien"),
    lambda s: lists.commitments(s, since="2025-13-45"),
    lambda s: lists.commitments(s, status="lost"),
    lambda s: lists.quotes(s, country="KZZ"),
    lambda s: lists.threads(s, since="2025-03-01", until="2025-01-01"),
])
def test_bad_filters_are_refused(store, call):
    with store.session() as s, pytest.raises(QueryError):
        call(s)


def test_search_phrases_or_prefix_snippets_and_totals(store):
    with store.session() as s:
        assert total(s, '"прямых инвестиций"', "commitment") == 1
        assert total(s, '"инвестиций прямых"', "commitment") == 0
        assert total(s, "газа OR товарооборот") == 4  # two documents, a quote, a commitment
        assert total(s, "инвест*", "commitment") == 1
        hit = search(s, "поставками", "quote")[0]
        assert [hit.snippet[a:b] for a, b in hit.marks] == ["поставки"]
        assert hit.direct is False
        doc = search(s, "фонд", "document")[0]
        assert doc.snippet[doc.marks[0][0]:doc.marks[0][1]] == "фонд" and len(doc.snippet) < 200
