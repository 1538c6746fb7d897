"""Throughput of readout against natasha's own pipeline, each case in a fresh process.

Usage (from the repository root)::

    .venv/bin/python bench/run.py                       # all 225 corpus texts + the dev document 20 times
    .venv/bin/python bench/run.py --docs 20 --repeat 5  # a quick run
    .venv/bin/python bench/run.py --cases baseline,read-1 --out /tmp/b.json

Cases (see ``CASES``):

* ``baseline``: natasha ``Segmenter`` + ``NewsMorphTagger`` + ``NewsNERTagger`` over each document's text;
* ``read-1``: ``readout.pipeline.extract`` on each document, one process;
* ``read-2``: the same over 2 worker processes forked after ``readout.nlp.models()`` is loaded;
* ``ingest-2``: ``readout ingest --workers 2`` into a fresh SQLite file (corpus, then the repeated document).

Each case runs in its own child process (``run.py --child CASE``), so start-up (imports and model loading) and peak
resident memory (``ru_maxrss``) belong to that case alone. Inputs are read once by the parent and handed to the
children as a JSON file; reading is not timed except inside ``ingest``, which reads its input itself.
Every child runs with ``OPENBLAS_NUM_THREADS=1`` (what readout sets for itself), so the cases compete on equal terms.

The result is a table on standard output and a JSON file (``bench/results/latest.json`` by default); the headline is
the ratios of characters per second on the corpus: read-1 / baseline and read-2 / read-1. Exit status: 0 done,
1 a case failed (its error is in the table and the JSON), 2 bad arguments or unreadable inputs.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "readout" / "bundled"
CORPUS = BUNDLED / "kremlin-2025.jsonl.gz"
REPEATED = BUNDLED / "eval" / "dev" / "akorda-2025-10-21-kz-az-briefing.txt"
CASES = ("baseline", "read-1", "read-2", "ingest-2")
WORKERS = 2
SETS = ("corpus", "repeated")

# --------------------------------------------------------------------------------------------------------------------
# Parent: inputs, children, table.


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="bench/run.py", description="Benchmark readout against natasha's pipeline.")
    p.add_argument("--docs", type=_positive, help="only the first N corpus documents (default: all)")
    p.add_argument("--repeat", type=_count, default=20, help="times the dev document is repeated (default 20)")
    p.add_argument("--cases", default=",".join(CASES), help=f"comma-separated subset of {', '.join(CASES)}")
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "latest.json", help="JSON result file")
    p.add_argument("--corpus", type=Path, default=CORPUS, help="JSON Lines corpus (default: the bundled one)")
    p.add_argument("--repeated-doc", type=Path, default=REPEATED, help="document repeated --repeat times")
    p.add_argument("--timeout", type=float, default=900, help="seconds allowed to each case (default 900)")
    p.add_argument("--child", choices=CASES, help=argparse.SUPPRESS)
    p.add_argument("--inputs", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    args.case_list = [c.strip() for c in args.cases.split(",") if c.strip()]
    unknown = [c for c in args.case_list if c not in CASES]
    if unknown or not args.case_list:
        p.error(f"--cases: unknown case {unknown[0]!r}; cases are {', '.join(CASES)}" if unknown
                else "--cases: no case given")
    return args


def _positive(value: str) -> int:
    number = _count(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value!r}")
    return number


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, got {value!r}")
    return number


def load_inputs(corpus: Path, repeated: Path, docs: int | None, repeat: int) -> list[dict]:
    """The benchmark's documents as ``{"set": ..., "doc": {Document fields}}``; raises ValueError (one line)."""
    sys.path.insert(0, str(ROOT))
    from readout.readers import iter_inputs

    items: list[dict] = []
    for path, name, limit in ((corpus, "corpus", docs), (repeated, "repeated", 1 if repeat else 0)):
        if limit == 0:
            continue
        found = 0
        for item in iter_inputs([str(path)]):
            if not hasattr(item, "text"):
                raise ValueError(f"{item}")
            if limit is not None and found >= limit:
                break
            found += 1
            items.append({"set": name, "doc": {"text": item.text, **item.meta()}})
        if not found:
            raise ValueError(f"{path}: no documents")
    originals = [i for i in items if i["set"] == "repeated"]
    items = [i for i in items if i["set"] == "corpus"]
    for n in range(repeat):
        for original in originals:
            doc = dict(original["doc"], id=f"{original['doc']['id']}-{n + 1}")
            items.append({"set": "repeated", "doc": doc})
    return items


def ingest_available() -> str | None:
    """None when ``readout ingest`` exists, else why the ingest case is skipped."""
    try:
        from readout import cli_store
    except ImportError as e:
        return f"readout/cli_store.py cannot be imported ({e})"
    return None if hasattr(cli_store, "cmd_ingest") else "readout/cli_store.py has no ingest command"


def run_case(case: str, inputs: Path, folder: Path, timeout: float) -> dict:
    """Run one case in a fresh child process; its measurements, or ``{"error": ...}``."""
    result = folder / f"{case}.json"
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", PYTHONHASHSEED="0")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    command = [sys.executable, str(Path(__file__).resolve()), "--child", case, "--inputs", str(inputs),
               "--result", str(result)]
    load = os.getloadavg()[0]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, env=env, cwd=folder, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"case": case, "error": f"timed out after {timeout:.0f} s"}
    wall = time.perf_counter() - started
    if done.returncode != 0 or not result.exists():
        last = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        return {"case": case, "error": f"child failed: {last}"}
    measured = json.loads(result.read_text(encoding="utf-8"))
    measured.update(process_wall_s=round(wall, 3), load_before=round(load, 2),
                    load_after=round(os.getloadavg()[0], 2))
    return measured


def ratio(results: dict, top: str, bottom: str, field: str = "chars_per_s", part: str = "corpus") -> float | None:
    """``results[top][part][field] / results[bottom][part][field]``, or None when either is missing."""
    try:
        a, b = results[top]["sets"][part][field], results[bottom]["sets"][part][field]
    except (KeyError, TypeError):
        return None
    return round(a / b, 3) if b else None


def headline(results: dict) -> dict:
    return {"read-1/baseline chars/s (corpus)": ratio(results, "read-1", "baseline"),
            "read-2/read-1 chars/s (corpus)": ratio(results, "read-2", "read-1"),
            "read-1/baseline chars/s (repeated)": ratio(results, "read-1", "baseline", part="repeated"),
            "read-2/read-1 chars/s (repeated)": ratio(results, "read-2", "read-1", part="repeated")}


COLUMNS = (("case", "{}", "case"), ("docs", "{}", "docs"), ("chars", "{}", "chars"),
           ("start s", "{:.2f}", "startup_s"), ("work s", "{:.1f}", "seconds"), ("docs/s", "{:.2f}", "docs_per_s"),
           ("chars/s", "{:,.0f}", "chars_per_s"), ("corpus ch/s", "{:,.0f}", "corpus"),
           ("repeat ch/s", "{:,.0f}", "repeated"), ("CPU s", "{:.1f}", "cpu_s"),
           ("work CPU s", "{:.1f}", "work_cpu_s"),
           ("RSS MB", "{:.0f}", "peak_rss_mb"), ("wkr RSS MB", "{:.0f}", "workers_peak_rss_mb"))


def table(results: dict) -> str:
    rows = [[title for title, _, _ in COLUMNS]]
    for case, r in results.items():
        if "error" in r or "skipped" in r:
            rows.append([case, r.get("error") or f"skipped: {r['skipped']}"])
            continue
        row = []
        for _, fmt, key in COLUMNS:
            value = r["sets"].get(key, {}).get("chars_per_s") if key in SETS else r.get(key)
            row.append("-" if value is None else fmt.format(value))
        rows.append(row)
    widths = [max(len(r[i]) for r in rows if len(r) == len(COLUMNS)) for i in range(len(COLUMNS))]
    return "\n".join("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths)))
                     if len(r) == len(COLUMNS) else f"{r[0].ljust(widths[0])}  {r[1]}" for r in rows)


def starved_of_cpu(result: dict) -> bool:
    """Whether a single-process case ran on much less than one CPU (the machine was busy with others)."""
    cpu, wall = result.get("work_cpu_s"), result.get("seconds")
    return bool(cpu and wall) and cpu < 0.8 * wall


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return child(args.child, args.inputs, args.result)
    try:
        items = load_inputs(args.corpus, args.repeated_doc, args.docs, args.repeat)
    except ValueError as e:
        print(f"bench: error: {e}", file=sys.stderr)
        return 2
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="readout-bench-") as tmp:
        inputs = Path(tmp) / "inputs.json"
        inputs.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        for case in args.case_list:
            skip = ingest_available() if case == "ingest-2" else None
            print(f"bench: {case} ...", file=sys.stderr, flush=True)
            results[case] = {"case": case, "skipped": skip} if skip else run_case(case, inputs, Path(tmp),
                                                                                  args.timeout)
    report = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "python": platform.python_version(),
              "machine": platform.machine(), "cpus": os.cpu_count(), "corpus": str(args.corpus),
              "repeated_doc": str(args.repeated_doc), "docs": args.docs, "repeat": args.repeat,
              "cases": results, "ratios": headline(results)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    for name, value in report["ratios"].items():
        print(f"{name}: {'-' if value is None else f'{value:.2f}x'}")
    starved = [case for case in ("baseline", "read-1") if starved_of_cpu(results.get(case, {}))]
    if starved:
        print(f"note: {', '.join(starved)} got under 80% of a CPU while working: other processes shared the "
              "machine, so its wall-clock rates are low; compare work_cpu_s, or run again on an idle machine")
    print(f"written to {args.out}")
    return 1 if any("error" in r for r in results.values()) else 0


# --------------------------------------------------------------------------------------------------------------------
# Child: one case, measured from inside.

_DOCS: list = []  # the documents, set before the workers of read-2 fork


def child(case: str, inputs: Path, result: Path) -> int:
    items = json.loads(inputs.read_text(encoding="utf-8"))
    measure = {"baseline": measure_baseline, "read-1": measure_read, "read-2": measure_read,
               "ingest-2": measure_ingest}[case]
    out = measure(case, items)
    out.update(case=case, **usage())
    result.write_text(json.dumps(out), encoding="utf-8")
    return 0


def usage() -> dict:
    """CPU seconds (this process and its reaped children) and peak RSS in MB (``ru_maxrss`` is KiB on Linux)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    scale = 1 / 1024 / 1024 if sys.platform == "darwin" else 1 / 1024
    return {"cpu_s": round(me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, 3),
            "peak_rss_mb": round(me.ru_maxrss * scale, 1),
            "workers_peak_rss_mb": round(kids.ru_maxrss * scale, 1) if kids.ru_maxrss else None}


def cpu_now() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def summarise(startup: float, timings: dict[str, tuple[int, int, float]], first: float | None = None,
              work_cpu: float | None = None) -> dict:
    """Per-set and total rates from ``{set: (docs, chars, seconds)}``; ``work_cpu``: CPU seconds of processing."""
    sets = {name: _rates(*t) for name, t in timings.items() if t[0]}
    total = _rates(sum(t[0] for t in timings.values()), sum(t[1] for t in timings.values()),
                   sum(t[2] for t in timings.values()))
    return {"startup_s": round(startup, 3), "first_doc_s": None if first is None else round(first, 3),
            **total, "work_cpu_s": None if work_cpu is None else round(work_cpu, 3), "sets": sets}


def _rates(docs: int, chars: int, seconds: float) -> dict:
    return {"docs": docs, "chars": chars, "seconds": round(seconds, 3),
            "docs_per_s": round(docs / seconds, 3) if seconds else None,
            "chars_per_s": round(chars / seconds, 1) if seconds else None}


def by_set(items: list[dict]) -> dict[str, list[dict]]:
    return {name: [i["doc"] for i in items if i["set"] == name] for name in SETS}


def measure_baseline(case: str, items: list[dict]) -> dict:
    started = time.perf_counter()
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    segmenter = Segmenter()
    embedding = NewsEmbedding()
    morph, ner = NewsMorphTagger(embedding), NewsNERTagger(embedding)
    startup = time.perf_counter() - started
    timings, first, cpu = {}, None, cpu_now()
    for name, docs in by_set(items).items():
        began = time.perf_counter()
        for d in docs:
            doc = Doc(d["text"])
            doc.segment(segmenter)
            doc.tag_morph(morph)
            doc.tag_ner(ner)
            first = first if first is not None else time.perf_counter() - began
        timings[name] = (len(docs), sum(len(d["text"]) for d in docs), time.perf_counter() - began)
    return summarise(startup, timings, first, cpu_now() - cpu)


def measure_read(case: str, items: list[dict]) -> dict:
    started = time.perf_counter()
    from readout.model import Document
    from readout.nlp import models
    from readout.pipeline import extract

    models()
    pool = None
    if case == "read-2":
        import multiprocessing

        pool = multiprocessing.get_context("fork").Pool(WORKERS)
    startup = time.perf_counter() - started
    timings, first, cpu = {}, None, cpu_now()
    try:
        for name, docs in by_set(items).items():
            _DOCS[:] = [Document(**d) for d in docs]
            began = time.perf_counter()
            if pool is None:
                for doc in _DOCS:
                    extract(doc)
                    first = first if first is not None else time.perf_counter() - began
            else:
                for _ in pool.imap(_extract_at, [(doc,) for doc in _DOCS]):
                    first = first if first is not None else time.perf_counter() - began
            timings[name] = (len(docs), sum(len(d["text"]) for d in docs), time.perf_counter() - began)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    return summarise(startup, timings, first, cpu_now() - cpu)


def _extract_at(args: tuple):
    """A worker's task: the Record of one document (sent back to the parent, as ``readout read`` would need)."""
    from readout.pipeline import extract

    return extract(args[0])


def measure_ingest(case: str, items: list[dict]) -> dict:
    import contextlib
    import io

    started = time.perf_counter()
    from readout.cli import main as readout_main
    from readout.nlp import models

    models()  # what ingest does first; loaded here so that start-up is measured as for the other cases
    startup = time.perf_counter() - started
    cpu = cpu_now()
    db = Path(tempfile.mkdtemp(prefix="ingest-", dir=Path.cwd())) / "bench.db"  # cwd: the parent's temporary folder
    timings, summaries = {}, {}
    for name, docs in by_set(items).items():
        if not docs:
            continue
        path = db.parent / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps({k: v for k, v in d.items() if k != "source" and v is not None},
                                   ensure_ascii=False) + "\n")
        out = io.StringIO()
        began = time.perf_counter()
        with contextlib.redirect_stdout(out):
            status = readout_main(["ingest", str(path), "--db", str(db), "--workers", str(WORKERS), "--no-progress",
                                   "--format", "json"])
        timings[name] = (len(docs), sum(len(d["text"]) for d in docs), time.perf_counter() - began)
        summaries[name] = json.loads(out.getvalue().strip().splitlines()[-1]) if out.getvalue().strip() else None
        if status != 0:
            raise SystemExit(f"readout ingest {name} exited with status {status}: {summaries[name]}")
    result = summarise(startup, timings, work_cpu=cpu_now() - cpu)
    result.update(ingest=summaries, db_mb=round(db.stat().st_size / 1e6, 2))
    return result


if __name__ == "__main__":
    sys.exit(main())
