"""Does storing a document cost more as the store grows? Documents made by varying the bundled corpus are stored
one transaction each (occasions and threads filed incrementally), and the speed of the first 1,000 is compared
with that of the last 1,000.

    .venv/bin/python bench/scale.py --docs 20000            # the issue's size
    .venv/bin/python bench/scale.py --docs 5000 --db /tmp/scale.db

Each corpus text is extracted once (extraction does not depend on the store); copy ``k`` of a record gets its
own URL, a date shifted by ``k`` × 120 days (so the store spans years, as a real one does, and each day holds as
many documents as the corpus's days do) and a marker appended to its text (so it is no copy of another). What is
timed is :func:`readout.store.save`: writing the record, filing it under its occasions and threads. The result is
the ratio last/first of documents per second; compare ratios, not absolute timings.
"""
from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta


def _extract(line: str):
    from readout.model import Document
    from readout.pipeline import extract

    d = json.loads(line)
    return extract(Document(text=d["text"], id=d.get("id"), url=d.get("url"), title=d.get("title"),
                            date=d.get("date"), place=d.get("place"), publisher=d.get("publisher"),
                            language=d.get("language"), license=d.get("license")))


def records(workers: int):
    from readout.bundled import demo_corpus
    from readout.nlp import models

    lines = gzip.decompress(demo_corpus().read_bytes()).decode("utf-8").splitlines()
    models()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(_extract, lines)


def variant(record, k: int):
    doc = record.document
    shifted = (date.fromisoformat(doc.date) + timedelta(days=120 * k)).isoformat() if doc.date else None
    events = tuple(replace(e, date=(date.fromisoformat(e.date) + timedelta(days=120 * k)).isoformat()
                           if e.date else None) for e in record.events)
    return replace(record, events=events,
                   document=replace(doc, text=f"{doc.text}\n[{k}]", url=f"{doc.url or doc.id}#v{k}", date=shifted))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--db", help="SQLite file or URL (default: a fresh temporary file)")
    parser.add_argument("--out", default="bench/results/scale.json")
    args = parser.parse_args(argv)
    from readout.store import open_store, prepare, save

    base = records(args.workers)
    db = args.db or os.path.join(tempfile.mkdtemp(), "scale.db")
    rates = []
    with open_store(db) as store:
        done, started = 0, time.perf_counter()
        while done < args.docs:
            k, i = divmod(done, len(base))
            with store.write() as s:
                save(s, prepare(variant(base[i], k)))
            done += 1
            if done % args.batch == 0:
                now = time.perf_counter()
                rates.append(args.batch / (now - started))
                print(f"{done:>6} stored: {rates[-1]:.1f} docs/s", file=sys.stderr)
                started = now
    result = {"docs": args.docs, "batch": args.batch, "rates": [round(r, 2) for r in rates],
              "first": round(rates[0], 2), "last": round(rates[-1], 2),
              "last_over_first": round(rates[-1] / rates[0], 3)}
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
