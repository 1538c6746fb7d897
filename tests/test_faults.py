"""Faults under a store, each with nothing lost: a PostgreSQL connection cut in the middle of an ingest (as when the
server restarts), a full disk under SQLite, a read-only store file, a corrupt SQLite file, ids past 2^63."""
from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

from bundled import corpus_lines
from readout.ingest import ingest
from readout.store import open_store
from readout.store import schema as t
from store_fixtures import PG_BASE, _pg_reachable, db_url, kz_az_record  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[1]
PG_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=test"
URLS = [f"https://akorda.kz/{n}" for n in range(1, 6)]
RECORDS = {url: kz_az_record(url=url) for url in URLS}

# ``readout ingest`` with the pipeline replaced by empty records (the faults are the store's, not extraction's)
DRIVER = r"""
import os, resource, signal, sys
import readout.ingest, readout.nlp
from readout.cli import main
from readout.language import detect
from readout.model import Record
readout.ingest.default_extract = lambda: (lambda doc: Record(document=doc))
readout.nlp.models = lambda: None
room = int(os.environ.get("READOUT_TEST_FILE_SIZE", "0"))
if room:  # from here on every file this process writes stops growing at ``room`` bytes, as on a full disk
    detect("Проверка языка перед тем, как место на диске кончится.")  # its model is unpacked into a temp file
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (room, room))
sys.exit(main(["ingest", *sys.argv[1:]]))
"""


def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"text": r.document.text, "url": url}, ensure_ascii=False) + "\n"
                            for url, r in RECORDS.items()), encoding="utf-8")
    return path


def recorded(doc):
    return replace(RECORDS[doc.url], document=doc)


def counts(url: str) -> dict[str, int]:
    with open_store(url) as store, store.session() as s:
        return {table.__tablename__: s.scalar(sa.select(sa.func.count()).select_from(table))
                for table in (t.DocumentRow, t.QuoteRow, t.CommitmentRow, t.MentionRow, t.FailureRow)}


def whole(url: str, documents: int) -> dict[str, int]:
    """The counts of ``documents`` stored whole: each with its quote, commitment and two mentions."""
    return {"documents": documents, "quotes": documents, "commitments": documents, "mentions": 2 * documents,
            "failures": 0}


# PostgreSQL: the connection is cut while a document is being written

@pytest.fixture
def pg_url():
    """A new PostgreSQL schema (dropped afterwards), and the application name its connections carry."""
    problem = _pg_reachable()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"{problem}; CI must run the PostgreSQL tests")
        pytest.skip(problem)
    import psycopg

    schema, name = f"f_{uuid.uuid4().hex[:12]}", f"readout_fault_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_BASE}?options=-csearch_path%3D{schema}&application_name={name}", name
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def cut_connections(application_name: str) -> None:
    """What a server restart does to a client: every connection of ``application_name`` terminated."""
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
                      (application_name,))


@pytest.fixture
def cut_at_commitment(monkeypatch):
    """Cut the connection when the 3rd document's commitment is about to be written, ``times`` times."""
    import readout.store.retry

    monkeypatch.setattr(readout.store.retry, "PAUSE_S", 0.01)
    state = {"times": 0, "name": "", "cuts": 0, "seen": 0}

    def before(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO COMMITMENTS ("):
            state["seen"] += 1
            if state["seen"] >= 3 and state["cuts"] < state["times"]:
                state["cuts"] += 1
                cut_connections(state["name"])

    event.listen(Engine, "before_cursor_execute", before)
    yield state
    event.remove(Engine, "before_cursor_execute", before)


def test_a_connection_cut_mid_document_is_retried_and_nothing_is_half_written(pg_url, cut_at_commitment, tmp_path):
    url, name = pg_url
    cut_at_commitment.update(times=1, name=name)
    summary = ingest([str(feed(tmp_path))], url, workers=1, progress=False, extract=recorded)
    assert cut_at_commitment["cuts"] == 1
    assert (summary.added, summary.failed) == (5, 0)
    assert counts(url) == whole(url, 5)


def test_a_server_that_stays_away_stops_the_ingest_and_a_rerun_finishes(pg_url, cut_at_commitment, tmp_path, capsys,
                                                                        monkeypatch):
    import readout.ingest

    url, name = pg_url
    cut_at_commitment.update(times=10**6, name=name)  # every attempt at the 3rd document is cut
    monkeypatch.setattr(readout.ingest, "default_extract", lambda: recorded)
    monkeypatch.setattr("readout.nlp.models", lambda: None)
    from readout.cli import main

    assert main(["ingest", str(feed(tmp_path)), "--db", url, "--workers", "1", "--no-progress"]) == 3
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("readout: error: database postgresql+psycopg://")
    assert f"storing {tmp_path / 'feed.jsonl'}:3: " in err
    assert err.rstrip().endswith("(stopped after adding 2 documents; run the same command again to finish)")
    assert counts(url) == whole(url, 2)  # the two before, whole; nothing of the third
    cut_at_commitment.update(times=0)
    again = ingest([str(feed(tmp_path))], url, workers=1, progress=False, extract=recorded)
    assert (again.added, again.unchanged, again.failed) == (3, 2, 0)
    assert counts(url) == whole(url, 5)


# SQLite: a full disk, a read-only file, a corrupt file

def run_limited(*argv: str, preexec=None, room: int = 0) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), READOUT_TEST_FILE_SIZE=str(room))
    return subprocess.run([sys.executable, "-c", DRIVER, *argv], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=300, preexec_fn=preexec)


def sample(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "sample.jsonl"
    path.write_text("\n".join(corpus_lines(n)) + "\n", encoding="utf-8")
    return path


def sqlite_ok(db: Path) -> None:
    import sqlite3

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_full_disk_under_sqlite_is_one_line_and_a_rerun_finishes(tmp_path):
    db = tmp_path / "kb.db"
    open_store(str(db)).close()  # the schema, written before the disk fills
    inputs = sample(tmp_path, 60)
    done = run_limited(str(inputs), "--db", str(db), "--workers", "1", "--no-progress",
                       room=db.stat().st_size + 200_000)
    assert done.returncode in (1, 3), done.stderr
    assert "Traceback" not in done.stderr
    problem = [line for line in done.stderr.splitlines() if line.startswith("readout: error:")]
    assert len(problem) == 1 and f"database sqlite:///{db}: " in problem[0], done.stderr
    assert "run the same command again to finish" in problem[0]
    stored = counts(f"sqlite:///{db}")["documents"]
    assert 0 < stored < 60
    again = run_limited(str(inputs), "--db", str(db), "--workers", "1", "--no-progress", "--format", "json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["added"] == 60 - stored
    assert counts(f"sqlite:///{db}")["documents"] == 60
    sqlite_ok(db)


def without_root_powers():
    """In the child: no CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH, so file modes bind even when the tests run as root."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def test_a_read_only_store_file_refuses_writes_in_one_line_and_is_unchanged(tmp_path):
    db = tmp_path / "kb.db"
    inputs = sample(tmp_path, 3)
    assert run_limited(str(inputs), "--db", str(db), "--no-progress").returncode == 0
    before = db.read_bytes()
    db.chmod(0o444)
    more = tmp_path / "more.jsonl"
    more.write_text("\n".join(corpus_lines(5)[3:]) + "\n", encoding="utf-8")
    done = run_limited(str(more), "--db", str(db), "--no-progress", preexec=without_root_powers)
    assert done.returncode in (1, 2), done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "readonly" in done.stderr.replace("read-only", "readonly")
    assert done.stderr.startswith(f"readout: error: database {db}") or f"sqlite:///{db}" in done.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_corrupt_sqlite_file_is_one_line_not_a_traceback(tmp_path, damage):
    db = tmp_path / "kb.db"
    if damage == "garbage":
        db.write_bytes(b"this is no database, only text\n" * 100)
    else:
        assert run_limited(str(sample(tmp_path, 5)), "--db", str(db), "--no-progress").returncode == 0
        data = db.read_bytes()
        db.write_bytes(data[:4096] + b"\x00" * 3 + os.urandom(len(data) // 2))
        for extra in (tmp_path / "kb.db-wal", tmp_path / "kb.db-shm"):
            extra.unlink(missing_ok=True)
    for argv in (["summary"], ["failures"], ["ingest", str(sample(tmp_path, 2)), "--no-progress"]):
        done = subprocess.run([sys.executable, "-m", "readout", *argv, "--db", str(db)], cwd=ROOT,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=120)
        assert done.returncode in (1, 2, 3), (argv, done.stderr)
        assert "Traceback" not in done.stderr, (argv, done.stderr)
        errors = [line for line in done.stderr.splitlines() if line.startswith("readout: error:")]
        assert len(errors) == 1 and str(db) in errors[0], (argv, done.stderr)


# ids beyond 2^63: a 404 on every route that takes an id, on both stores

def test_ids_beyond_64_bits_are_404_on_every_route(db_url):  # noqa: F811 - fixture
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from readout.web.app import create_app

    app = create_app(db_url)
    routes = [path for path in _paths(app.routes) if "_id}" in path]
    assert len(routes) >= 5, routes
    with TestClient(app) as client:
        for path in routes:
            for value in (2**63, 2**64, -(2**63) - 1, 10**40):
                url = path.replace(path[path.index("{"):path.index("}") + 1], str(value))
                response = client.get(url)  # /people/N redirects to /entities/N
                assert response.status_code == 404, (url, response.status_code)


def _paths(routes, prefix: str = ""):
    """Every route's path, through included routers (whatever shape this FastAPI gives them) and mounts."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            context = getattr(route, "include_context", None)
            yield from _paths(inner.routes, prefix + (getattr(context, "prefix", "") or ""))
        elif getattr(route, "path", None) is not None and not hasattr(route, "routes"):
            yield prefix + route.path
