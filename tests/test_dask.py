"""The Dask engine: a local cluster's ingest stores exactly what the local ingest stores (SQLite and PostgreSQL), a
rerun adds nothing, a worker SIGKILLed mid-run loses no document, and a missing Dask or an unreachable scheduler is
one line."""
from __future__ import annotations

import importlib.util
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from readout.cli_store import main
from readout.ingest import ingest
from readout.store import open_store
from readout.store.schema import Base
from bundled import corpus_lines
from store_fixtures import db_url  # noqa: F401 - fixture

needs_dask = pytest.mark.skipif(importlib.util.find_spec("distributed") is None,
                                reason="Dask distributed is not installed (pip install 'readout[dask]')")


def corpus_sample(folder: Path, n: int) -> str:
    path = folder / f"sample-{n}.jsonl"
    lines = corpus_lines(n)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def table_rows(url: str) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without autoincrement ids and timestamps; a foreign key is replaced by the
    referenced row's own (id-free) content, so two stores compare equal whatever ids they handed out."""
    content: dict[str, dict[int, tuple]] = {}
    tables: dict[str, list[tuple]] = {}
    with open_store(url) as store, store.session() as s:
        for table in Base.metadata.sorted_tables:
            parents = {c.name: next(iter(c.foreign_keys)).column.table.name for c in table.columns if c.foreign_keys}
            content[table.name] = {}
            rows = []
            for row in s.execute(sa.select(table)).mappings():
                values = tuple((c.name, content[parents[c.name]][row[c.name]]
                                if c.name in parents and row[c.name] is not None else row[c.name])
                               for c in table.columns
                               if not (c.name == "id" and c.primary_key) and not isinstance(c.type, sa.DateTime))
                rows.append(values)
                if "id" in table.columns:
                    content[table.name][row["id"]] = values
            tables[table.name] = sorted(rows, key=repr)
    return tables


@pytest.fixture(scope="module")
def cluster():
    """A local cluster of two single-threaded worker processes, and a client of it."""
    distributed = pytest.importorskip("distributed")
    import logging

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                                  silence_logs=logging.ERROR) as c, distributed.Client(c) as client:
        yield c, client


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> str:
    return corpus_sample(tmp_path_factory.mktemp("dask"), 10)


def counted(summary) -> tuple[int, int, int, int]:
    return summary.read, summary.added, summary.unchanged, summary.failed


@pytest.fixture(scope="module")
def local(sample, tmp_path_factory) -> tuple[tuple[int, int, int, int], dict[str, list[tuple]]]:
    """What a local, single-process ingest of the sample counts and stores."""
    url = f"sqlite:///{tmp_path_factory.mktemp('local') / 'local.db'}"
    summary = ingest([sample], db_url=url, workers=1, progress=False, on_failure=lambda _: None)
    assert summary.read == 10 and summary.added >= 5
    tables = table_rows(url)
    assert all(tables[name] for name in ("documents", "entities", "mentions", "events", "quotes"))
    return counted(summary), tables


@needs_dask
def test_two_workers_store_what_the_local_ingest_stores_and_a_rerun_adds_nothing(db_url, cluster, sample, local):
    from readout.dask_ingest import ingest_dask

    (read, added, _, failed), local_tables = local
    address = cluster[0].scheduler_address
    quiet = dict(progress=False, on_failure=lambda _: None)
    first = ingest_dask([sample], db_url=db_url, scheduler=address, batch=4, **quiet)
    assert counted(first) == (read, added, 0, failed)
    stored = table_rows(db_url)
    assert stored == local_tables
    again = ingest_dask([sample], db_url=db_url, scheduler=address, **quiet)
    assert counted(again) == (read, 0, added, failed)  # failed extractions are tried again, and fail again
    assert table_rows(db_url) == stored


@needs_dask
def test_cli_starts_its_own_local_cluster(tmp_path, capsys):
    import json

    sample = corpus_sample(tmp_path, 3)
    db = str(tmp_path / "kb.db")
    argv = ["ingest", sample, "--db", db, "--engine", "dask", "--workers", "2", "--no-progress", "--format", "json"]
    status = main(argv)
    summary = json.loads(capsys.readouterr().out)
    local = f"sqlite:///{tmp_path / 'local.db'}"
    expected = ingest([sample], db_url=local, workers=1, progress=False, on_failure=lambda _: None)
    assert status == (1 if expected.failed else 0)
    assert summary | {"seconds": 0} == expected.to_dict() | {"seconds": 0}
    assert table_rows(f"sqlite:///{db}") == table_rows(local)


@needs_dask
def test_a_worker_killed_mid_run_loses_no_document(cluster, tmp_path):
    from readout.dask_ingest import ingest_dask
    from readout.readers import iter_inputs
    from readout.store import identity_of
    from readout.store import schema as t

    c, client = cluster
    client.wait_for_workers(2, timeout=60)
    sample = corpus_sample(tmp_path, 24)
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    result: dict = {}
    problems: list[str] = []
    thread = threading.Thread(target=lambda: result.update(summary=ingest_dask(
        [sample], db_url=url, scheduler=c.scheduler_address, progress=False, window=8, batch=2,
        on_failure=problems.append)))
    thread.start()
    victim = None
    deadline = time.monotonic() + 60
    while victim is None and thread.is_alive() and time.monotonic() < deadline:
        busy = [w for w, keys in client.processing().items() if keys]
        if busy and os.path.exists(tmp_path / "kill.db") and _documents(url) >= 2:
            victim = client.run(os.getpid, workers=busy[:1])[busy[0]]
            stored_at_kill = _documents(url)
            os.kill(victim, signal.SIGKILL)
        time.sleep(0.02)
    thread.join(120)
    assert victim is not None, "the ingest ended before a worker could be killed"
    assert stored_at_kill < 24
    assert not [p for p in problems if "died" in p]  # only the pipeline's own failures, if any
    summary = result["summary"]
    assert (summary.read, summary.added + summary.failed, summary.unchanged) == (24, 24, 0)
    identities = {identity_of(d) for d in iter_inputs([sample])}
    with open_store(url) as store, store.session() as s:
        rows = s.execute(sa.select(t.DocumentRow.identity, t.DocumentRow.status)).all()
    assert sorted(i for i, _ in rows) == sorted(identities)  # each document once
    assert sum(st == "ok" for _, st in rows) == summary.added
    client.wait_for_workers(2, timeout=60)  # the nanny brought a new worker in its place
    assert victim not in client.run(os.getpid).values()


def _documents(url: str) -> int:
    from readout.store import schema as t

    with open_store(url) as store, store.session() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(t.DocumentRow))


@needs_dask
def test_an_unreachable_scheduler_is_one_line(tmp_path, capsys):
    from readout.dask_ingest import ClusterError, ingest_dask

    (tmp_path / "a.txt").write_text("Токаев посетил Баку.", encoding="utf-8")
    with pytest.raises(ClusterError, match=r"^dask scheduler tcp://127\.0\.0\.1:1: cannot connect: .*") as caught:
        ingest_dask([str(tmp_path / "a.txt")], db_url=str(tmp_path / "kb.db"), scheduler="tcp://127.0.0.1:1",
                    progress=False, connect_timeout=1)
    assert "\n" not in str(caught.value)


def test_without_dask_the_engine_says_what_to_install(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    (tmp_path / "a.txt").write_text("Токаев посетил Баку.", encoding="utf-8")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "kb.db"), "--engine", "dask",
                 "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'readout[dask]'" in err and err.startswith("readout: error:")
    assert not (tmp_path / "kb.db").exists()  # nothing was opened or started


def test_scheduler_without_the_dask_engine_is_refused(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Токаев посетил Баку.", encoding="utf-8")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "kb.db"),
                 "--scheduler", "tcp://127.0.0.1:8786", "--no-progress"]) == 2
    assert capsys.readouterr().err == "readout: error: --scheduler needs --engine dask\n"


class _DoneFuture:
    def __init__(self, value) -> None:
        self.value = value

    def done(self) -> bool:
        return True

    def result(self):
        return self.value

    def release(self) -> None:
        pass

    def cancel(self) -> None:
        pass


class _InlineClient:
    """Runs each task at once, counting the futures that were submitted and not yet released."""

    def __init__(self) -> None:
        self.live = self.most_live = 0

    def submit(self, func, *args, pure=True):
        self.live += 1
        self.most_live = max(self.most_live, self.live)
        future = _DoneFuture(func(*args))
        future.release = self._released
        return future

    def _released(self) -> None:
        self.live -= 1


@needs_dask
def test_the_window_bounds_documents_in_flight_and_writes_in_input_order_in_batches(tmp_path, monkeypatch):
    from readout.dask_ingest import _BatchRun, _Window
    from readout.model import Document, Record
    from readout.store import schema as t

    docs = [Document(text=f"Новость номер {i}.", url=f"https://kremlin.ru/{i}", source=f"s.jsonl:{i}")
            for i in range(11)]
    monkeypatch.setattr("readout.ingest._extract", None)  # the inline "worker" sets it; put it back afterwards
    client, batches = _InlineClient(), []
    with open_store(str(tmp_path / "kb.db")) as store:
        run = _BatchRun(store, report=lambda _: None)
        store_batch = run.store_batch
        run.store_batch = lambda outcomes: (batches.append(len(outcomes)), store_batch(outcomes))
        _Window(client, run, lambda doc: Record(document=doc), size=3, batch=2).go(iter(docs))
        with store.session() as s:
            urls = s.scalars(sa.select(t.DocumentRow.url).order_by(t.DocumentRow.id)).all()
    assert client.most_live == 3 and client.live == 0
    assert urls == [d.url for d in docs]
    assert sum(batches) == 11 and max(batches) == 2 and run.added == 11


@needs_dask
def test_a_record_the_database_refuses_fails_that_document_only(tmp_path, monkeypatch):
    from readout.dask_ingest import _BatchRun, _Window
    from readout.model import Document, Entity, Record
    from readout.store import schema as t

    def extract(doc: Document) -> Record:  # an entity without a name breaks a NOT NULL column
        return Record(document=doc, entities=(Entity("e1", "person", None if "2" in doc.text else "Токаев"),))

    monkeypatch.setattr("readout.ingest._extract", None)
    docs = [Document(text=f"Новость номер {i}.", url=f"https://kremlin.ru/{i}", source=f"s.jsonl:{i}")
            for i in range(4)]
    problems: list[str] = []
    with open_store(str(tmp_path / "kb.db")) as store:
        run = _BatchRun(store, report=problems.append)
        _Window(_InlineClient(), run, extract, size=4, batch=4).go(iter(docs))
        with store.session() as s:
            status = dict(s.execute(sa.select(t.DocumentRow.url, t.DocumentRow.status)).all())
            entities = s.scalars(sa.select(t.EntityRow.name)).all()
    assert (run.added, run.failed) == (3, 1)
    assert problems == ["s.jsonl:2: cannot store: IntegrityError: NOT NULL constraint failed: entities.name"]
    assert status == {d.url: "failed" if d.url.endswith("2") else "ok" for d in docs} and entities == ["Токаев"]
