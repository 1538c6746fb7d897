"""The store on SQLite and PostgreSQL: schema, idempotent saving, canonical entities, search, queries, threads."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from readout.store import (StoreError, commitments, meetings, open_store, prepare, quotes, relations, resolve_url,
                           save, search, summary, thread)
from readout.store import schema as t
from readout.store.threads import status_of
from store_fixtures import db_url, kz_az_record, store_records  # noqa: F401 - fixture


def test_open_applies_migrations_and_is_reopenable(db_url):
    with open_store(db_url) as store:
        assert store.revision() == "0006"
    with open_store(db_url) as store:  # a second open finds the schema current
        assert store.revision() == "0006"


def test_saving_twice_adds_nothing_and_keeps_spans(db_url):
    record = kz_az_record()
    with store_records(db_url, record) as store:
        with store.write() as s:
            assert save(s, prepare(record)) is None
        with store.session() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(t.DocumentRow)) == 1
            doc = s.scalar(sa.select(t.DocumentRow))
            q = s.scalar(sa.select(t.QuoteRow))
            assert doc.text[q.start:q.stop] == q.text
            m = s.scalars(sa.select(t.MentionRow).order_by(t.MentionRow.start)).first()
            assert doc.text[m.start:m.stop] == "Касым-Жомарт Токаев"
            c = s.scalar(sa.select(t.CommitmentRow))
            assert (c.target_value, c.target_unit, c.factor) == (1e9, "USD", 2)
            assert sorted(s.scalars(sa.select(t.CommitmentPartyRow.party))) == ["AZ", "KZ"]
            assert sorted(s.scalars(sa.select(t.SectorRow.sector))) == ["energy", "trade"]


def test_entities_are_canonical_across_documents(db_url):
    a = kz_az_record(url="https://akorda.kz/1")
    b = kz_az_record(url="https://akorda.kz/2", date="2025-11-01")
    with store_records(db_url, a, b) as store, store.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(t.EntityRow)) == 4
        tokayev = s.scalar(sa.select(t.EntityRow).where(t.EntityRow.key == "tokayev"))
        assert tokayev.name == "Касым-Жомарт Токаев"
        assert s.scalar(sa.select(sa.func.count()).select_from(t.MentionRow)
                        .where(t.MentionRow.entity_id == tokayev.id)) == 2


def test_search_finds_other_word_forms(db_url):
    with store_records(db_url, kz_az_record()) as store:
        hits = search(store, "переговорах", "document")
        assert [h.kind for h in hits] == ["document"]
        with store.session() as s:
            text = s.scalar(sa.select(t.DocumentRow.text))
        assert text[hits[0].start:hits[0].stop] == "переговоры"
        quote_hits = search(store, "энергетика", "quotes")
        assert [h.detail for h in quote_hits] == ["Касым-Жомарт Токаев"]
        assert search(store, "товарооборота", "commitment")[0].text.startswith("договорились удвоить")
        assert search(store, "металлургия") == []


@pytest.mark.parametrize("query", ['"', "*", "AND OR NOT (", "'; DROP TABLE documents; --", "NEAR(a b)", "^", ""])
def test_query_syntax_is_inert(db_url, query):
    with store_records(db_url, kz_az_record()) as store:
        search(store, query)
        search(store, f"переговоры {query}")
        with store.session() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(t.DocumentRow)) == 1


def test_search_filters(db_url):
    old = kz_az_record(url="https://akorda.kz/1", date="2024-05-01")
    new = kz_az_record(url="https://akorda.kz/2", date="2025-10-21")
    with store_records(db_url, old, new) as store:
        assert len(search(store, "переговоры", "document")) == 2
        assert [h.date for h in search(store, "переговоры", "document", since="2025-01-01")] == ["2025-10-21"]
        assert [h.date for h in search(store, "переговоры", "document", until="2024-12-31")] == ["2024-05-01"]
        assert len(search(store, "переговоры", "document", country="AZ")) == 2
        assert search(store, "переговоры", "document", country="FR") == []
        assert len(search(store, "энергетике", "quote", person="Токаев")) == 2
        assert search(store, "энергетике", "quote", person="Алиев") == []
        assert len(search(store, "переговоры", limit=1, offset=1)) == 1


def test_queries(db_url):
    with store_records(db_url, kz_az_record()) as store, store.session() as s:
        assert [q["speaker"] for q in quotes(s, person="tokayev")] == ["Касым-Жомарт Токаев"]
        assert quotes(s, person="Алиев") == []
        assert len(quotes(s, about="энергетики")) == 1
        assert [c["parties"] for c in commitments(s, ["kz", "az"])] == [["AZ", "KZ"]]
        assert commitments(s, ["KZ", "RU"]) == []
        assert [m["kinds"] for m in meetings(s, "KZ", "AZ")] == [["talks"]]
        assert meetings(s, "KZ", "CN") == []
        rel = relations(s, "KZ")
        assert rel == [{"country": "KZ", "partner": "AZ", "year": "2025", "events": 1, "commitments": 1}]
        summ = summary(s)
        assert (summ["documents"], summ["quotes"], summ["commitments"], summ["events"]) == (1, 1, 1, 1)
        assert summ["top_pairs"] == [{"pair": "AZ-KZ", "count": 2}]


def test_thread_links_commitments_and_reports_achievement(db_url):
    first = kz_az_record(url="https://akorda.kz/1", date="2025-01-10", deadline="2025-06-30",
                         commitment="договорились удвоить товарооборот до 1 млрд долларов")
    again = kz_az_record(url="https://akorda.kz/2", date="2025-03-10",
                         commitment="подтвердили намерение удвоить товарооборот", kind="intent")
    other = kz_az_record(url="https://akorda.kz/3", date="2025-03-11",
                         commitment="договорились открыть фонд прямых инвестиций", kind="agreement")
    done_text = ("Касым-Жомарт Токаев провёл переговоры с Ильхамом Алиевым в Астане. Президенты отметили рост. "
                 "Товарооборот между странами удвоился и достиг 1 млрд долларов. «Мы придаём большое значение "
                 "сотрудничеству в энергетике», – заявил Токаев.")
    done = kz_az_record(done_text, url="https://akorda.kz/4", date="2025-05-01", commitment="Президенты отметили рост",
                        kind="intent")
    with store_records(db_url, first, again, other, today="2025-12-01") as store, store.session() as s:
        c1 = s.scalar(sa.select(t.CommitmentRow.id).where(t.CommitmentRow.text.like("договорились удвоить%")))
        th = thread(s, c1)
        assert [step["role"] for step in th["timeline"]] == ["announced", "reaffirmed"]
        assert th["status"] == "overdue" and th["deadline"] == "2025-06-30"
        assert th["timeline"][1]["joins"] == 0 and th["timeline"][1]["text"] == "подтвердили намерение удвоить товарооборот"
        assert s.scalar(sa.select(sa.func.count()).select_from(t.ThreadRow)) == 2
    with store_records(db_url, done, today="2025-12-01") as store, store.session() as s:
        th = thread(s, c1)
        assert [step["role"] for step in th["timeline"]] == ["announced", "reaffirmed", "achieved"]
        assert th["timeline"][-1]["text"].startswith("Товарооборот между странами удвоился")
        assert th["status"] == "achieved"
        assert {c["status"] for c in commitments(s, ["KZ", "AZ"], status="achieved")} == {"achieved"}


def test_status_rules():
    assert status_of(["announced"], None, "2025-01-01") == "announced"
    assert status_of(["announced", "in_progress"], "2026-01-01", "2025-01-01") == "in_progress"
    assert status_of(["announced", "in_progress"], "2024-01-01", "2025-01-01") == "overdue"
    assert status_of(["announced", "achieved"], "2024-01-01", "2025-01-01") == "achieved"


def test_bad_urls_are_one_line_errors(tmp_path):
    with pytest.raises(StoreError, match="unsupported"):
        resolve_url("mysql://localhost/x")
    with pytest.raises(StoreError, match="cannot open") as err:
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert "\n" not in str(err.value)
    assert resolve_url(None, {"XDG_DATA_HOME": str(tmp_path)}) == f"sqlite:///{tmp_path}/readout/readout.db"
    assert resolve_url(None, {"READOUT_DB": "x.db"}) == "sqlite:///x.db"


def test_long_names_and_ids_are_stored(db_url):
    """An organisation's canonical name can run past any fixed length (a PostgreSQL VARCHAR refused it once)."""
    import dataclasses

    from readout.model import Entity, Mention

    record = kz_az_record()
    name = "Общероссийская общественно-государственная просветительская организация " * 4
    org = Entity(f"organization:{name}", "organization", name, None, None, f"organization:{name}",
                 (Mention(0, 6, record.document.text[0:6], "ner"),))
    record = dataclasses.replace(record, entities=record.entities + (org,))
    with store_records(db_url, record) as store, store.session() as s:
        assert s.scalar(sa.select(t.EntityRow.name).where(t.EntityRow.kind == "organization")) == name
