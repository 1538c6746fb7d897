"""Command-line edge for looking after readout: ``evaluate`` (score on gold files) and ``failures`` (inputs that
could not be read or extracted). ``add_commands(subparsers)`` registers them on the main parser (readout/cli.py).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from readout.cli_common import DB_HELP, _fail, _parser, _print_json

EVALUATE_EXAMPLE = "readout evaluate --set field --verbose"
FAILURES_EXAMPLE = "readout failures --clear"


def add_commands(subparsers) -> None:
    """Register ``evaluate`` and ``failures`` on an ``argparse`` subparsers object."""
    p = _parser(
        subparsers, "evaluate", cmd_evaluate,
        "score readout against hand-made gold records (precision, recall, F1)",
        "Read every NAME.txt of DIR that has a NAME.gold.json beside it and score the records against "
        "the gold ones. Without DIR: a bundled gold set (--set dev, the default, or --set field).",
        f"example:\n  {EVALUATE_EXAMPLE}\n  readout evaluate my-gold/ --min commitment_f1=0.8")
    p.add_argument("folder", nargs="?", metavar="DIR", help="a folder of NAME.txt + NAME.gold.json files")
    p.add_argument("--set", choices=("dev", "field"), dest="gold_set",
                   help="a bundled gold set instead of DIR (default: dev)")
    p.add_argument("--pred", metavar="FILE", help="score records made earlier (readout read --format jsonl output, "
                                                  "one per document in name order) instead of reading the texts")
    p.add_argument("--verbose", action="store_true", help="every miss and false alarm, per document")
    p.add_argument("--min", action="append", default=[], metavar="METRIC=FLOOR",
                   help="exit with status 1 when METRIC is below FLOOR (repeatable)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")

    p = _parser(
        subparsers, "failures", cmd_failures, "inputs that could not be read or extracted, with the reason",
        "List the inputs whose last ingest failed, with the reason and when. A later successful "
        "ingest of the same input removes it; --clear empties the list.",
        f"example:\n  readout failures\n  {FAILURES_EXAMPLE}")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    p.add_argument("--clear", action="store_true", help="forget every recorded failure")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def _floors(specs: list[str]) -> dict[str, float] | str:
    from readout.evaluate import metrics

    known = metrics(__import__("collections").Counter())
    floors: dict[str, float] = {}
    for spec in specs:
        key, _, value = spec.partition("=")
        if key not in known:
            return f"--min {spec}: unknown metric {key!r}; metrics are: {', '.join(known)}"
        try:
            floors[key] = float(value)
        except ValueError:
            return f"--min {spec}: expected METRIC=NUMBER, such as commitment_f1=0.8"
    return floors


def cmd_evaluate(args: argparse.Namespace) -> int:
    from readout.bundled import gold_documents, gold_set
    from readout.evaluate import GoldError, score

    if args.folder and args.gold_set:
        return _fail("give DIR or --set, not both")
    floors = _floors(args.min)
    if isinstance(floors, str):
        return _fail(floors)
    folder = Path(args.folder) if args.folder else gold_set(args.gold_set or "dev")
    if not folder.is_dir():
        return _fail(f"{folder}: no such folder")
    docs = gold_documents(folder)
    if not docs:
        return _fail(f"{folder}: no NAME.txt with a NAME.gold.json beside it", 1)
    records = _read_predictions(args.pred, len(docs)) if args.pred else _extract_all(docs)
    if isinstance(records, str):
        return _fail(records)
    try:
        report = score([(path, record) for path, (record, _) in zip(docs, records)])
    except GoldError as e:
        return _fail(str(e))
    failed = [problem for _, problem in records if problem]
    below = report.below(floors)
    if args.format == "json":
        print(json.dumps({"documents": report.documents, "failed": failed, "figures": report.figures,
                          "below_floor": below}, indent=2))
    else:
        print(report.text(args.verbose))
        print(f"overall {report.figures['overall']:.3f}" + (f"; below floor: {', '.join(below)}" if below else ""))
    if failed:
        return 3
    return 1 if below else 0


def _extract_all(docs: list[Path]) -> list[tuple[dict, str | None]]:
    """Each document's record as ``readout read --format jsonl`` gives it; an empty record for one that fails."""
    from readout.errors import Failure
    from readout.pipeline import extract
    from readout.readers import iter_inputs

    out: list[tuple[dict, str | None]] = []
    for path in docs:
        item = next(iter(iter_inputs([str(path)])))
        problem = str(item) if isinstance(item, Failure) else None
        record: dict = {}
        if problem is None:
            try:
                record = extract(item).to_dict()
            except Exception as e:  # noqa: BLE001 - one document failing is reported, the rest is scored
                problem = f"{path}: extraction failed: {type(e).__name__}: {e}"
        if problem:
            print(f"readout: {problem}", file=sys.stderr)
        out.append((record, problem))
    return out


def _read_predictions(path: str, count: int) -> list[tuple[dict, None]] | str:
    try:
        lines = [line for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
        records = [json.loads(line) for line in lines]
    except OSError as e:
        return f"{path}: cannot read: {e.strerror or e}"
    except (UnicodeDecodeError, ValueError) as e:
        return f"{path}: not JSON Lines ({e})"
    if len(records) != count or not all(isinstance(r, dict) for r in records):
        return f"{path}: {count} documents but {len(records)} records"
    return [(r, None) for r in records]


def cmd_failures(args: argparse.Namespace) -> int:
    from readout.store import StoreError, open_store
    from readout.store.failures import clear_failures, list_failures

    try:
        with open_store(args.db) as store:
            if args.clear:
                with store.write() as session:
                    count = clear_failures(session)
                print(f"cleared {count} failed input{'s' if count != 1 else ''}")
                return 0
            with store.session() as session:
                rows = list_failures(session)
    except StoreError as e:
        return _fail(str(e))
    if args.format == "json":
        _print_json(rows)
    elif not rows:
        print("no failed inputs")
    else:
        for row in rows:
            print(f"{row['time']} {row['source']}: {row['problem']}")
    return 0
