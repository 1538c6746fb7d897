"""Crash safety and concurrency of ``readout ingest``.

* At least 20 SIGKILLs at random points of ingests (``--workers 1`` and ``2``) over 12 real corpus documents plus a
  broken JSON line and a document whose extraction fails; after each kill the store holds only whole documents
  (every stored document has exactly the facts an uninterrupted run gives it) and the SQLite file passes its
  integrity checks; a rerun then makes the store equal, table by table, to an uninterrupted run's.
* Two ingests into one SQLite file and four into PostgreSQL at once: every document stored once, the store equal to a
  single run's.

To keep the many kills within seconds, the ingest subprocesses run ``readout ingest`` through ``readout.cli.main``
with the pipeline replaced by the records the real pipeline made for these documents (computed once per session);
reading, forking, storing, failures and threads are readout's own. tests/test_ingest.py kills one real-pipeline
ingest.
"""
from __future__ import annotations

import json
import os
import pickle
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import sqlalchemy as sa

from bundled import corpus_lines
from readout.store import schema as t

ROOT = Path(__file__).resolve().parents[1]
BROKEN = "сломанный документ: извлечение падает"
KILLS = int(os.environ.get("READOUT_TEST_KILLS", "20"))
PG_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=test"
PG_BASE = "postgresql+psycopg://postgres@127.0.0.1:5432/test"

# Runs ``readout ingest`` with the pipeline replaced by recorded records; each document "takes" 10-60 ms.
DRIVER = r"""
import os, pickle, random, sys, time
from dataclasses import replace
import readout.ingest, readout.nlp
from readout.cli import main

with open(os.environ["READOUT_TEST_RECORDS"], "rb") as stream:
    RECORDS = pickle.load(stream)

def recorded(doc):
    time.sleep(random.uniform(0.01, 0.06))
    if doc.text not in RECORDS:
        raise RuntimeError("no record for this text")
    return replace(RECORDS[doc.text], document=doc)

readout.ingest.default_extract = lambda: recorded
readout.nlp.models = lambda: None
sys.exit(main(["ingest", *sys.argv[1:]]))
"""


# inputs and the recorded records

@pytest.fixture(scope="session")
def corpus_input(tmp_path_factory) -> tuple[Path, Path]:
    """``(inputs.jsonl, records.pickle)``: 12 short corpus documents, a broken line, a document that fails."""
    from readout.pipeline import extract
    from readout.readers import iter_inputs

    lines = corpus_lines()
    chosen = sorted(lines, key=lambda line: (len(json.loads(line)["text"]), line))[20:32]
    folder = tmp_path_factory.mktemp("crash")
    path = folder / "inputs.jsonl"
    broken = json.dumps({"id": "broken", "text": BROKEN}, ensure_ascii=False)
    path.write_text("\n".join([*chosen[:6], '{"text": "оборванная строка', *chosen[6:], broken]) + "\n",
                    encoding="utf-8")
    records = {doc.text: extract(doc) for doc in iter_inputs([str(path)]) if getattr(doc, "text", BROKEN) != BROKEN}
    assert len(records) == 12
    pickled = folder / "records.pickle"
    pickled.write_bytes(pickle.dumps(records))
    return path, pickled


def start_ingest(inputs: Path | list[Path], db: str, workers: int, records: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), READOUT_TEST_RECORDS=str(records))
    paths = [str(path) for path in (inputs if isinstance(inputs, list) else [inputs])]
    return subprocess.Popen([sys.executable, "-c", DRIVER, *paths, "--db", db, "--workers", str(workers),
                             "--no-progress", "--format", "json"], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def finish(proc: subprocess.Popen, timeout: float = 120) -> tuple[int, dict, str]:
    out, err = proc.communicate(timeout=timeout)
    assert "Traceback" not in err and out.strip(), err
    return proc.returncode, json.loads(out), err


# the store, table by table

NATURAL_KEYS = {"documents": "identity", "entities": "key"}


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every table's rows with surrogate ids and timestamps dropped and foreign keys replaced by the natural key of
    the row they point to (a document's identity, an entity's key; other rows whole), sorted: two stores holding the
    same facts give equal snapshots whatever order they were written in."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            raw = {table: conn.execute(sa.select(table)).mappings().all() for table in t.Base.metadata.sorted_tables}
    finally:
        engine.dispose()
    by_id = {table: {row["id"]: row for row in rows} for table, rows in raw.items() if "id" in table.columns}
    memo: dict[tuple[str, int], tuple] = {}

    def canon(table: sa.Table, row) -> tuple:
        values = []
        for column in table.columns:
            if column.name in ("id", "added_at", "time"):
                continue
            value = row[column.name]
            if column.foreign_keys and value is not None:
                target = next(iter(column.foreign_keys)).column.table
                key = (target.name, value)
                if key not in memo:
                    row_there = by_id[target][value]
                    natural = NATURAL_KEYS.get(target.name)
                    memo[key] = row_there[natural] if natural else canon(target, row_there)
                value = memo[key]
            values.append((column.name, value))
        return tuple(values)

    return {table.name: sorted((canon(table, row) for row in rows), key=repr) for table, rows in raw.items()}


def per_document(snap: dict[str, list[tuple]]) -> dict[str, Counter]:
    """The facts of each document (by identity): every row that belongs to it, in any table but the threads and
    the occasions (which a later document may join)."""
    facts: dict[str, Counter] = defaultdict(Counter)

    def identity(row: tuple) -> str | None:
        for name, value in row:
            if name == "document_id":
                return value
            if isinstance(value, tuple) and (found := identity(value)):
                return found
        return None

    for table, rows in snap.items():
        if table in ("documents", "entities", "failures", "threads", "thread_steps", "thread_keys", "occasions",
                     "occasion_reports", "occasion_keys"):  # built across documents, like the threads
            continue
        for row in rows:
            facts[identity(row)][(table, repr(row))] += 1
    for row in snap["documents"]:
        facts[dict(row)["identity"]][("documents", repr(row))] += 1
    return facts


def sqlite_checks(path: Path) -> None:
    """The file is a sound WAL database whose full-text indexes agree with their tables."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        for fts in ("documents_fts", "quotes_fts", "commitments_fts"):
            conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def stored_documents(path: Path) -> int:
    """Documents in a SQLite file being written by another process (0 before the schema exists)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def assert_whole_documents(killed: dict[str, list[tuple]], reference: dict[str, list[tuple]]) -> None:
    """Every document in the killed store is whole: the same rows as the uninterrupted run gave it."""
    ours, theirs = per_document(killed), per_document(reference)
    for identity, facts in ours.items():
        assert identity in theirs, f"a row that belongs to no reference document: {list(facts)[:1]}"
        assert facts == theirs[identity], f"document {identity[:12]} is stored half"
    assert {dict(r)["key"] for r in killed["entities"]} <= {dict(r)["key"] for r in reference["entities"]}


def no_duplicates(snap: dict[str, list[tuple]]) -> None:
    identities = [dict(row)["identity"] for row in snap["documents"]]
    assert len(identities) == len(set(identities))
    sources = [dict(row)["source"] for row in snap["failures"]]
    assert len(sources) == len(set(sources))


# crash safety

@pytest.fixture(scope="session")
def reference(corpus_input, tmp_path_factory) -> dict[str, list[tuple]]:
    """The snapshot of one uninterrupted ingest of the crash inputs."""
    inputs, records = corpus_input
    db = tmp_path_factory.mktemp("reference") / "reference.db"
    rc, summary, err = finish(start_ingest(inputs, str(db), 1, records))
    assert rc == 3 and (summary["read"], summary["added"], summary["failed"]) == (14, 12, 2), (summary, err)
    snap = snapshot(f"sqlite:///{db}")
    assert len(snap["documents"]) == 13 and len(snap["failures"]) == 2  # 12 ok, 1 kept as failed
    assert snap["quotes"] and snap["commitments"] and snap["events"] and snap["threads"]
    return snap


def kill_at_random_point(proc: subprocess.Popen, db: Path, rng: random.Random) -> int | None:
    """SIGKILL ``proc`` (the ingest only, not its workers) once ``db`` holds a random number of documents (from
    what it holds to 13: during start-up, mid-ingest, during the threads' rebuild), plus a random delay; the number
    of documents stored when it was killed, None when it finished first."""
    at_least, delay = rng.randint(stored_documents(db), 13), rng.uniform(0, 0.15)
    deadline = time.monotonic() + 30
    while proc.poll() is None and time.monotonic() < deadline and stored_documents(db) < at_least:
        time.sleep(0.01)
    time.sleep(delay)
    if proc.poll() is not None:
        return None
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = stored_documents(db)
    try:  # the workers die with it (the pipe closes) and print nothing
        _, err = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("the ingest's workers outlived it by 15 s")
    assert "Traceback" not in err, err
    return stored


def test_sigkill_at_random_points_then_rerun_equals_an_uninterrupted_run(corpus_input, reference, tmp_path):
    inputs, records = corpus_input
    rng = random.Random(int(os.environ.get("READOUT_TEST_SEED", "8")))
    stored_at_kill: list[int] = []
    chain, started = 0, time.monotonic()
    while len(stored_at_kill) < KILLS:
        assert time.monotonic() - started < 150, f"only {len(stored_at_kill)} kills in 150 s"
        chain += 1
        db = tmp_path / f"chain{chain}.db"
        workers = 1 + chain % 2
        for _ in range(5):  # several kills on the same store, each rerun interrupted again, until it is full
            stored = kill_at_random_point(start_ingest(inputs, str(db), workers, records), db, rng)
            if stored is not None:
                stored_at_kill.append(stored)
            if stored is None or stored == 13 or len(stored_at_kill) == KILLS:
                break
            if stored_documents(db) > 0:
                sqlite_checks(db)
                killed = snapshot(f"sqlite:///{db}")
                no_duplicates(killed)
                assert_whole_documents(killed, reference)
        rc, summary, err = finish(start_ingest(inputs, str(db), workers, records))
        assert rc == 3 and summary["failed"] == 2, (summary, err)
        sqlite_checks(db)
        final = snapshot(f"sqlite:///{db}")
        no_duplicates(final)
        for table in reference:
            assert final[table] == reference[table], f"table {table} differs after kills {stored_at_kill}"
    assert sum(1 for n in stored_at_kill if 0 < n < 13) >= KILLS // 3, stored_at_kill  # most kills mid-ingest


def test_a_half_stored_document_is_detected(reference):
    half = {table: list(rows) for table, rows in reference.items()}
    half["quotes"].pop()
    with pytest.raises(AssertionError, match="stored half"):
        assert_whole_documents(half, reference)
    doubled = {table: list(rows) for table, rows in reference.items()}
    doubled["documents"].append(doubled["documents"][0])
    with pytest.raises(AssertionError):
        no_duplicates(doubled)


# concurrency

def rotated_copies(inputs: Path, folder: Path, count: int) -> list[Path]:
    """``count`` copies of the input, each starting at another line: the runs meet on every document at
    different times."""
    lines = inputs.read_text(encoding="utf-8").splitlines()
    paths = []
    for number in range(count):
        shift = number * len(lines) // count
        path = folder / f"part{number}.jsonl"
        path.write_text("\n".join(lines[shift:] + lines[:shift]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def without_sources(snap: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """The snapshot with the documents' ``source`` dropped: a document read by two runs at once keeps the file name
    of whichever stored it first."""
    def strip(row: tuple) -> tuple:
        return tuple((name, value) for name, value in row if name != "source")

    return {table: sorted((strip(row) for row in rows), key=repr) if table == "documents" else rows
            for table, rows in snap.items()}


def concurrent_ingests(parts: list[Path], db: str, records: Path) -> list[dict]:
    procs = [start_ingest(part, db, 1, records) for part in parts]
    results = [finish(proc) for proc in procs]
    for rc, summary, err in results:
        assert rc == 3 and summary["failed"] == 2, (summary, err)
        assert "locked" not in err and "deadlock" not in err.lower(), err
    return [summary for _, summary, _ in results]


def check_concurrent(url: str, parts: list[Path], summaries: list[dict], records: Path, tmp_path: Path) -> None:
    """Each document added by exactly one run; the store equals one run over all the parts in turn."""
    assert sum(s["added"] for s in summaries) == 12
    assert sum(s["added"] + s["unchanged"] for s in summaries) == 12 * len(parts)
    reference_db = tmp_path / "one-run.db"
    rc, summary, err = finish(start_ingest(parts, str(reference_db), 1, records))
    assert summary["added"] == 12, err
    ours = snapshot(url)
    no_duplicates(ours)
    theirs, ours = without_sources(snapshot(f"sqlite:///{reference_db}")), without_sources(ours)
    for table in theirs:
        assert ours[table] == theirs[table], f"table {table} differs from one run over the same inputs"


def test_two_ingests_into_one_sqlite_file(corpus_input, tmp_path):
    inputs, records = corpus_input
    db = tmp_path / "shared.db"
    parts = rotated_copies(inputs, tmp_path, 2)
    summaries = concurrent_ingests(parts, str(db), records)
    sqlite_checks(db)
    check_concurrent(f"sqlite:///{db}", parts, summaries, records, tmp_path)


def pg_schema() -> str:
    """A new schema in the test database, or a skip (a failure when ``CI`` is set) when PostgreSQL is not there."""
    try:
        import psycopg

        with psycopg.connect(PG_DSN, connect_timeout=3, autocommit=True) as conn:
            schema = f"crash_{os.getpid()}_{time.monotonic_ns() % 10**9}"
            conn.execute(f"CREATE SCHEMA {schema}")
            return schema
    except Exception as error:  # noqa: BLE001 - any reason PostgreSQL is not there
        problem = f"PostgreSQL at 127.0.0.1:5432 (database test) is unreachable: {str(error).splitlines()[0]}"
        if os.environ.get("CI"):
            pytest.fail(f"{problem}; CI must run the PostgreSQL tests")
        pytest.skip(problem)


def test_four_ingests_into_postgresql(corpus_input, tmp_path):
    inputs, records = corpus_input
    schema = pg_schema()
    url = f"{PG_BASE}?options=-csearch_path%3D{schema}"
    parts = rotated_copies(inputs, tmp_path, 4)
    try:
        summaries = concurrent_ingests(parts, url, records)
        check_concurrent(url, parts, summaries, records, tmp_path)
    finally:
        import psycopg

        with psycopg.connect(PG_DSN, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
