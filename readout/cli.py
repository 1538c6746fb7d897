"""The command line: a thin edge over the core. ``readout --help`` lists the commands.

Exit status: 0 all inputs read, 1 nothing could be read, 3 some inputs failed (the rest were processed),
2 bad usage.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from readout.render import explain_text, record_text

EXAMPLES = {
    "read": "readout read ../shared/eval/dev/akorda-2025-10-21-kz-az-briefing.txt --format text",
    "explain": "readout explain ../shared/eval/dev/akorda-2025-10-21-kz-az-briefing.txt",
}


def _records(paths: Sequence[str]):
    """(document, record | None, failure | None) for each input, in order; a failing rule is reported, not raised."""
    from readout.errors import Failure
    from readout.pipeline import extract
    from readout.readers import iter_inputs

    for item in iter_inputs(paths):
        if isinstance(item, Failure):
            yield None, None, str(item)
            continue
        try:
            yield item, extract(item), None
        except Exception as exc:  # one bad document must not stop the batch
            yield item, None, f"{item.source or item.id}: extraction failed: {type(exc).__name__}: {exc}"


def cmd_read(args: argparse.Namespace) -> int:
    ok = failed = 0
    for _, rec, problem in _records(args.paths):
        if problem:
            print(f"readout: {problem}", file=sys.stderr)
            failed += 1
            continue
        ok += 1
        if args.format == "jsonl":
            print(json.dumps(rec.to_dict(), ensure_ascii=False))
        elif args.format == "json":
            print(json.dumps(rec.to_dict(), ensure_ascii=False, indent=2))
        else:
            print(record_text(rec))
        sys.stdout.flush()
    return _status(ok, failed)


def cmd_explain(args: argparse.Namespace) -> int:
    ok = failed = 0
    for _, rec, problem in _records(args.paths):
        if problem:
            print(f"readout: {problem}", file=sys.stderr)
            failed += 1
            continue
        ok += 1
        print(explain_text(rec))
    return _status(ok, failed)


def _status(ok: int, failed: int) -> int:
    if failed and not ok:
        return 1
    return 3 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="readout", description="Structured records from Russian diplomatic readouts.",
                                epilog="Exit status: 0 ok, 1 nothing could be read, 2 bad usage, 3 some inputs failed.")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("read", help="extract records and print them",
                       description="Extract the record of each input (files, folders, globs, - for stdin).",
                       epilog=f"Example: {EXAMPLES['read']}")
    r.add_argument("paths", nargs="+", metavar="PATH")
    r.add_argument("--format", choices=["text", "json", "jsonl"], default="text")
    r.set_defaults(func=cmd_read)
    e = sub.add_parser("explain", help="show each fact with the rule that found it",
                       description="Show each quote, commitment and event with the rule behind it.",
                       epilog=f"Example: {EXAMPLES['explain']}")
    e.add_argument("paths", nargs="+", metavar="PATH")
    e.set_defaults(func=cmd_explain)
    try:
        from readout.cli_store import add_commands
    except ImportError:  # the store edge is optional
        add_commands = None
    if add_commands is not None:
        add_commands(sub)
    try:
        from readout.web.cli import add_commands as add_web
    except ImportError:
        add_web = None
    if add_web is not None:
        add_web(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    from readout.settings import SettingsError

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except SettingsError as error:  # a bad READOUT_* variable: one line, bad usage
        print(f"readout: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("readout: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
