"""Ingest documents into the store: read, extract in parallel, store each document in its own transaction.

Idempotent (a document already stored is counted ``unchanged`` and not extracted again; a copy of a stored
document, with the same URL or the same words, is counted ``duplicates`` and said to be "duplicate of document N"),
resumable (an interrupted run loses at most the documents in flight; running it again finishes the rest), and a bad
input is recorded as a failure with its reason while the rest goes on; storing that input later clears it. ``--workers N`` forks N processes after the models are loaded.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from readout.model import Document, Record
from readout.store.engine import StoreError

Extract = Callable[[Document], Record]
_extract: Extract | None = None  # set before the workers fork; read by _work in each worker


@dataclass(frozen=True, slots=True)
class Summary:
    """What one ingest did.

    >>> print(Summary(read=10, added=7, unchanged=1, failed=1, seconds=2.0, duplicates=1))
    read 10, added 7, unchanged 1, duplicates 1, failed 1 in 2.0 s (5.0 docs/s)
    """

    read: int
    added: int
    unchanged: int
    failed: int
    seconds: float
    duplicates: int = 0

    def __str__(self) -> str:
        rate = self.read / self.seconds if self.seconds > 0 else 0.0
        return (f"read {self.read}, added {self.added}, unchanged {self.unchanged}, duplicates {self.duplicates}, "
                f"failed {self.failed} in {self.seconds:.1f} s ({rate:.1f} docs/s)")

    def to_dict(self) -> dict[str, float]:
        return {"read": self.read, "added": self.added, "unchanged": self.unchanged, "duplicates": self.duplicates,
                "failed": self.failed, "seconds": round(self.seconds, 3)}


@dataclass(frozen=True, slots=True)
class _Outcome:
    doc: Document
    prepared: object | None  # readout.store.write.Prepared
    problem: str | None


def _work(doc: Document) -> _Outcome:
    from readout.store.write import prepare

    try:
        return _Outcome(doc, prepare(_extract(doc)), None)
    except Exception as e:  # noqa: BLE001 - any extraction error fails this document only
        return _Outcome(doc, None, f"extraction failed: {type(e).__name__}: {e}")


def _die_with_parent() -> None:
    """In a worker, on Linux: be killed when the ingest that forked it dies (``kill -9``, the OOM killer) instead of
    finishing its document for nobody and printing a broken-pipe traceback."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - no prctl in this libc
        return
    if os.getppid() == 1:  # the parent died before prctl
        os._exit(1)


def default_extract() -> Extract:
    from readout.pipeline import extract

    return extract


def ingest(paths: Iterable[str], db_url: str | None = None, workers: int | None = None, progress: bool = True,
           *, extract: Extract | None = None, settings=None, on_failure: Callable[[str], None] | None = None
           ) -> Summary:
    """Ingest files, folders, globs, JSON Lines or ``-`` (standard input) into the store at ``db_url``.

    ``extract`` replaces the pipeline (tests pass a small one); ``on_failure`` receives each failure and each
    duplicate as one line (default: printed to standard error). Raises ``readout.store.StoreError`` when the store cannot be opened.
    """
    from readout.readers import iter_inputs
    from readout.settings import Settings
    from readout.store import open_store

    global _extract
    settings = settings or Settings.from_env()
    store = open_store(db_url or settings.db_url)
    count = workers or settings.worker_count
    _extract = extract or default_extract()
    if extract is None:
        from readout.nlp import models

        models()  # load once, before forking, so workers share them
    report = on_failure or (lambda line: print(line, file=sys.stderr))
    run = _Run(store, report)
    try:
        with _progress(progress) as bar:
            run.bar = bar
            run.go(iter_inputs(list(paths), settings), count)
        run.write(_refresh_statuses, "updating the threads' statuses")
    except StoreError as error:
        raise StoreLost(f"{error} (stopped after adding {run.added} documents; run the same command again to "
                        "finish)", run.summary()) from None
    finally:
        store.close()
    return run.summary()


class StoreLost(RuntimeError):
    """The store failed in the middle of an ingest; ``summary`` says what was done before (all of it kept)."""

    def __init__(self, message: str, summary: Summary) -> None:
        super().__init__(message)
        self.summary = summary


def _refresh_statuses(session) -> None:
    """Each document joined its occasions and threads when stored; only deadlines passed since need a look."""
    from readout.store.threads import refresh_statuses

    refresh_statuses(session)


class _Run:
    """Counts and writes; everything touching the database happens in this (the parent) process."""

    def __init__(self, store, report: Callable[[str], None]) -> None:
        self.store, self.report, self.bar = store, report, None
        self.read = self.added = self.unchanged = self.failed = self.duplicates = 0
        self.started = time.monotonic()

    def write(self, action: Callable, what: str):
        """``action(session)`` in one write transaction, retried on a lost connection (readout.store.retry)."""
        from readout.store.retry import transaction

        def attempt():
            with self.store.write() as session:
                return action(session)

        return transaction(self.store, attempt, what)

    def read_only(self, action: Callable, what: str):
        from readout.store.retry import transaction

        def attempt():
            with self.store.session() as session:
                return action(session)

        return transaction(self.store, attempt, what)

    def go(self, items: Iterator, workers: int) -> None:
        todo = self._todo(items)
        if workers <= 1 or os.name != "posix":
            for doc in todo:
                self._store(_work(doc))
            return
        with multiprocessing.get_context("fork").Pool(workers, initializer=_die_with_parent) as pool:
            while batch := list(islice(todo, workers * 4)):
                for outcome in pool.imap(_work, batch):
                    self._store(outcome)

    def _todo(self, items: Iterator) -> Iterator[Document]:
        """Documents not yet stored; failures of reading are recorded on the way."""
        from readout.store.write import clear_failure, find_document, find_duplicate, identity_of, record_failure

        for item in items:
            self.read += 1
            if not isinstance(item, Document):
                self.write(lambda s: record_failure(s, item.source, item.problem), f"recording {item.source}")
                self._fail(f"{item.source}: {item.problem}")
                continue

            def look(session, doc=item):
                old = find_document(session, identity_of(doc))
                stored = old is not None and old.status == "ok"
                return stored, None if stored else find_duplicate(session, doc)

            stored, copy = self.read_only(look, f"looking up {item.source or '-'}")
            if stored:
                self.write(lambda s: clear_failure(s, item.source), f"clearing {item.source}")
                self.unchanged += 1
                self._tick()
            elif copy is not None:
                self._duplicate(item, copy)
            else:
                yield item

    def _store(self, outcome: _Outcome) -> None:
        from readout.store.write import clear_failure, find_duplicate, save, save_failed

        def store(session):
            if outcome.problem is not None:
                save_failed(session, outcome.doc, outcome.problem)
                return "failed", None
            copy = find_duplicate(session, outcome.doc)  # a copy read in the same run was stored first
            if copy is not None:
                return "duplicate", copy
            if save(session, outcome.prepared) is None:
                return "unchanged", None
            clear_failure(session, outcome.doc.source)
            return "added", None

        result, copy = self.write(store, f"storing {outcome.doc.source or '-'}")
        if result == "added":
            self.added += 1
        elif result == "unchanged":
            self.unchanged += 1
        if outcome.problem is not None:
            self._fail(f"{outcome.doc.source or '-'}: {outcome.problem}")
        elif copy is not None:
            self._duplicate(outcome.doc, copy)
        else:
            self._tick()

    def _duplicate(self, doc: Document, copy) -> None:
        self.duplicates += 1
        self.report(f"{doc.source or '-'}: {copy}")
        self._tick()

    def _fail(self, line: str) -> None:
        self.failed += 1
        self.report(line)
        self._tick()

    def _tick(self) -> None:
        if self.bar is not None:
            self.bar.tick(self.read, self.added, self.failed, time.monotonic() - self.started)

    def summary(self) -> Summary:
        return Summary(self.read, self.added, self.unchanged, self.failed, time.monotonic() - self.started,
                       self.duplicates)


class _progress:
    """A rich progress line on standard error (documents, added, failed, docs/s), or nothing."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.bar = None

    def __enter__(self) -> "_progress":
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("ingesting", total=None)
        return self

    def tick(self, read: int, added: int, failed: int, seconds: float) -> None:
        if self.bar is not None:
            rate = read / seconds if seconds > 0 else 0.0
            self.bar.update(self.task, description=f"{read} read, {added} added, {failed} failed, {rate:.1f} docs/s")

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
