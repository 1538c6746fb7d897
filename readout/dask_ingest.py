"""Ingest with the extraction spread over a Dask distributed cluster (``readout ingest PATH... --engine dask``).

Everything but the extraction is the local ingest's (:mod:`readout.ingest`): reading, document identity, the
look-up that skips documents already stored, failures recorded per document, progress and the end summary. The
workers only turn a Document into a prepared record (``readout.ingest._work``: the pipeline plus search lemmas);
each worker process loads the models once, on its first document (``readout.nlp.models()`` is cached per process).
This process, the client, is the single writer: it stores the results in input order, several documents to a
transaction, so the store ends up exactly as after a local ingest of the same input, and a rerun adds nothing.

Inputs stream: at most ``window`` documents are on the cluster at a time, so a corpus larger than memory goes
through in a bounded footprint. A worker that dies mid-run loses nothing: the scheduler runs its documents again
elsewhere (a document that kills ``distributed.scheduler.allowed-failures`` workers in a row is recorded as a
failure and retried by the next run).

Dask is an optional extra (``pip install 'readout[dask]'``), imported only when this engine is asked for.

>>> window_for({"tcp://10.0.0.2:40000": 1, "tcp://10.0.0.3:40000": 4})
20
>>> window_for({})
8
"""
from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from readout.ingest import Extract, Summary, _Outcome, _progress, _Run, default_extract
from readout.model import Document

INSTALL = "pip install 'readout[dask]'"
BATCH = 32  # documents per write transaction, at most
CONNECT_TIMEOUT = 10.0  # seconds to reach a scheduler, and to wait for its first worker


class ClusterError(RuntimeError):
    """Dask is missing, the scheduler cannot be reached, or the cluster failed: the message is one line."""


def ingest_dask(paths: Iterable[str], db_url: str | None = None, *, scheduler: str | None = None,
                workers: int | None = None, progress: bool = True, extract: Extract | None = None,
                settings=None, on_failure: Callable[[str], None] | None = None, window: int | None = None,
                batch: int = BATCH, connect_timeout: float = CONNECT_TIMEOUT) -> Summary:
    """Ingest ``paths`` into the store at ``db_url``, extracting on the Dask cluster at ``scheduler``.

    Without ``scheduler`` a local cluster of ``workers`` processes (default: one per CPU core), one thread each,
    is started for this run and stopped after it. ``window`` bounds the documents in flight (default: four per
    worker thread, at least eight); ``batch`` the documents per write transaction. ``extract`` replaces the
    pipeline (it must be importable on the workers). Raises :class:`ClusterError` for a missing Dask or an
    unreachable scheduler, ``readout.store.StoreError`` when the store cannot be opened.
    """
    from readout.readers import iter_inputs
    from readout.settings import Settings
    from readout.store import open_store
    from readout.store.threads import refresh_statuses

    distributed = import_distributed()
    settings = settings or Settings.from_env()
    report = on_failure or (lambda line: print(line, file=sys.stderr))
    store = open_store(db_url or settings.db_url)
    try:
        with _client(distributed, scheduler, workers or settings.worker_count, connect_timeout) as client:
            run = _BatchRun(store, report)
            with _progress(progress) as bar:
                run.bar = bar
                todo = run._todo(iter_inputs(list(paths), settings))
                _Window(client, run, extract, window or window_for(client.nthreads()), batch).go(todo)
        with store.write() as session:
            refresh_statuses(session)  # each document joined its threads when stored
    finally:
        store.close()
    return run.summary()


def import_distributed():
    """The ``distributed`` module, or :class:`ClusterError` saying what to install."""
    try:
        import distributed
    except ImportError:
        raise ClusterError(f"the dask engine needs Dask distributed, which is not installed: {INSTALL}") from None
    return distributed


def window_for(nthreads: dict[str, int]) -> int:
    """Documents in flight for a cluster with these threads per worker: four per thread, at least eight."""
    return max(8, 4 * sum(nthreads.values()))


def extract_on_worker(doc: Document, extract: Extract | None = None) -> _Outcome:
    """Run on a worker: the local ingest's extraction of one document (a failure is caught into the outcome)."""
    from readout import ingest

    ingest._extract = extract or default_extract()
    return ingest._work(doc)


@contextmanager
def _client(distributed, scheduler: str | None, workers: int, timeout: float) -> Iterator:
    """A client of the cluster at ``scheduler``, or of a local cluster started (and stopped) here."""
    if scheduler is None:
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
        try:
            with distributed.Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    try:
        client = distributed.Client(scheduler, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as e:
        raise ClusterError(f"dask scheduler {scheduler}: cannot connect: {_first_line(e)}") from None
    try:
        try:
            client.wait_for_workers(1, timeout=timeout)
        except (OSError, TimeoutError) as e:
            raise ClusterError(f"dask scheduler {scheduler}: no worker joined within {timeout:g} s "
                               f"({_first_line(e)})") from None
        yield client
    finally:
        client.close()


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__


class _BatchRun(_Run):
    """The local ingest's counting and writing, with several outcomes stored in one transaction."""

    def store_batch(self, outcomes: list[_Outcome]) -> None:
        """Store the outcomes in one transaction; a record the database refuses fails that document only."""
        from readout.store.write import clear_failure, save_failed

        if not outcomes:
            return
        results: list[tuple[str, str | None]] = []
        with self.store.write() as session:
            for outcome in outcomes:
                result, problem = ("failed", outcome.problem) if outcome.problem else _save_one(session, outcome)
                if result == "failed":
                    save_failed(session, outcome.doc, problem)
                elif result == "added":
                    clear_failure(session, outcome.doc.source)
                results.append((result, problem))
        for outcome, (result, problem) in zip(outcomes, results):  # counted once committed
            if result == "failed":
                self._fail(f"{outcome.doc.source or '-'}: {problem}")
                continue
            if result == "added":
                self.added += 1
            else:
                self.unchanged += 1
            self._tick()


def _save_one(session, outcome: _Outcome) -> tuple[str, str | None]:
    """``("added" | "unchanged", None)``, or ``("failed", why)`` when the database refused the record."""
    from sqlalchemy.exc import DBAPIError

    from readout.store.write import save

    try:
        with session.begin_nested():
            return ("unchanged" if save(session, outcome.prepared) is None else "added"), None
    except DBAPIError as e:
        return "failed", f"cannot store: {type(e.orig).__name__}: {_first_line(e.orig)}"


class _Window:
    """Submits documents as they are read, at most ``size`` in flight, and stores the results in input order.

    Results wait in ``ready`` until ``batch`` of them are there, or until the oldest document in flight is not
    done yet (so the writer never sits on finished work while it waits).
    """

    def __init__(self, client, run: _BatchRun, extract: Extract | None, size: int, batch: int) -> None:
        self.client, self.run, self.extract = client, run, extract
        self.size, self.batch = max(1, size), max(1, batch)
        self.flight: deque = deque()  # (document, future), oldest first
        self.ready: list[_Outcome] = []

    def go(self, todo: Iterator[Document]) -> None:
        try:
            for doc in todo:
                future = self.client.submit(extract_on_worker, doc, self.extract, pure=False)
                self.flight.append((doc, future))
                while len(self.flight) >= self.size:
                    self._take_oldest()
            while self.flight:
                self._take_oldest()
        finally:
            self._flush()
            for _, future in self.flight:
                future.cancel()

    def _take_oldest(self) -> None:
        doc, future = self.flight[0]
        if self.ready and not future.done():
            self._flush()
        self.ready.append(self._outcome(doc, future))
        self.flight.popleft()
        future.release()
        if len(self.ready) >= self.batch:
            self._flush()

    def _outcome(self, doc: Document, future) -> _Outcome:
        from distributed import KilledWorker

        try:
            return future.result()
        except KilledWorker as e:
            return _Outcome(doc, None, f"extraction failed: its dask workers died ({_first_line(e)})")
        except Exception as e:  # noqa: BLE001 - the cluster itself failed: stop, keeping what is stored
            self._flush()
            raise ClusterError(f"{doc.source or '-'}: dask cluster failed: {type(e).__name__}: "
                               f"{_first_line(e)}") from None

    def _flush(self) -> None:
        ready, self.ready = self.ready, []
        self.run.store_batch(ready)
