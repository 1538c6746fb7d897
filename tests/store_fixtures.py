"""Shared fixtures for the store tests: a fresh store per test, on SQLite and on PostgreSQL (own schema), a
small hand-built record, and a store filled with records."""
from __future__ import annotations

import os
import uuid

import pytest

from readout.model import Commitment, Document, Entity, Event, Mention, Quantity, Quote, Record

PG_BASE = os.environ.get("READOUT_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_reachable() -> str | None:
    """``None`` when PostgreSQL answers, else why not."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install 'readout[postgres]')"
    try:
        psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", connect_timeout=3).close()
    except Exception as e:  # noqa: BLE001
        return f"PostgreSQL at 127.0.0.1:5432 (database test) is unreachable: {str(e).splitlines()[0]}"
    return None


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A URL of an empty store: a new SQLite file, or a new PostgreSQL schema dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'readout.db'}"
        return
    problem = _pg_reachable()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"{problem}; CI must run the PostgreSQL tests")
        pytest.skip(problem)
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_BASE}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def kz_az_record(text: str | None = None, *, url: str = "https://akorda.kz/1", date: str = "2025-10-21",
                 commitment: str = "договорились удвоить товарооборот до 1 млрд долларов",
                 kind: str = "agreement", deadline: str | None = None) -> Record:
    """A small hand-built record of a Kazakhstan–Azerbaijan meeting, spans pointing into its text. The default text
    ends with the date and URL, so that records of other URLs are other documents, not copies of one."""
    text = text or (f"Касым-Жомарт Токаев провёл переговоры с Ильхамом Алиевым в Астане. Президенты {commitment}. "
                    "«Мы придаём большое значение сотрудничеству в энергетике», – заявил Токаев. "
                    f"Опубликовано {date}: {url}")
    doc = Document(text=text, id=url.rsplit("/", 1)[-1], source=f"{url}.txt", url=url, title="Переговоры",
                   date=date, publisher="akorda.kz")

    def span(fragment: str) -> tuple[int, int]:
        start = text.index(fragment)
        return start, start + len(fragment)

    tok = span("Касым-Жомарт Токаев")
    ali = span("Ильхамом Алиевым")
    quote_text = "Мы придаём большое значение сотрудничеству в энергетике"
    q = span(quote_text)
    c = span(commitment)
    entities = (
        Entity("e1", "person", "Касым-Жомарт Токаев", "KZ", "president", "tokayev", (Mention(*tok, text[tok[0]:tok[1]]),)),
        Entity("e2", "person", "Ильхам Алиев", "AZ", "president", "aliyev", (Mention(*ali, text[ali[0]:ali[1]]),)),
        Entity("e3", "country", "Казахстан", "KZ", key="country:KZ"),
        Entity("e4", "country", "Азербайджан", "AZ", key="country:AZ"),
    )
    target = Quantity(c[0], c[1], 1e9, "USD") if "млрд" in commitment else None
    return Record(
        document=doc, publisher_country="KZ", entities=entities,
        events=(Event("talks", "held", date, "Астана", ("e1", "e2"), *span("провёл переговоры"), rule="test"),),
        quotes=(Quote(*q, quote_text, True, "e1", "Касым-Жомарт Токаев", "test"),),
        commitments=(Commitment(*c, commitment, kind, ("KZ", "AZ"), target=target, factor=2 if "удвоить" in
                                commitment else None, deadline=deadline, rule="test"),),
        sectors=("trade", "energy"), sector_spans=(("trade", *span("товарооборот" if "товарооборот" in text
                                                                    else "переговоры")),))


def store_records(url, *records, today="2025-12-01"):
    """An open store at ``url`` holding ``records`` (each saved in its own transaction), threads rebuilt as of
    ``today``; the caller closes it."""
    from readout.store import open_store, prepare, rebuild_threads, save

    store = open_store(url)
    for r in records:
        with store.write() as s:
            save(s, prepare(r))
    with store.write() as s:
        rebuild_threads(s, today=today)
    return store
