"""The command line: a thin edge over the core. ``readout --help`` lists the commands and :data:`EXIT_STATUS`.

>>> print(EXIT_STATUS.splitlines()[1])
  0  done: every input read; a list shown, an empty one too ("no quotes")
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from readout.render import explain_text, record_text

EXAMPLES = {
    "read": "readout read news/*.txt --format jsonl > records.jsonl",
    "explain": "readout explain briefing.txt",
}

# One table for every command; docs/cli.md repeats it and a test keeps the two the same.
EXIT_STATUS = """exit status (every command):
  0  done: every input read; a list shown, an empty one too ("no quotes")
  1  nothing done: no input could be read, no such thread, person or country in the store, a score under --min
  2  bad usage: an unknown option, a bad value or filter, a store or port that cannot be opened; nothing changed
  3  partly done: some inputs failed (each named on standard error), the others were read or stored"""


def _records(paths: Sequence[str], trace: bool = False):
    """(document, record | None, failure | None) for each input, in order; a failing rule is reported, not raised.
    With ``trace``, the record comes with the candidates the rules turned down: (record, rejected)."""
    from readout.errors import Failure
    from readout.pipeline import explain, extract
    from readout.readers import iter_inputs

    for item in iter_inputs(paths):
        if isinstance(item, Failure):
            yield None, None, str(item)
            continue
        try:
            yield item, explain(item) if trace else extract(item), None
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
    for _, rec, problem in _records(args.paths, trace=args.why):
        if problem:
            print(f"readout: {problem}", file=sys.stderr)
            failed += 1
            continue
        ok += 1
        record, rejected = rec if args.why else (rec, None)
        print(explain_text(record, rejected))
    return _status(ok, failed)


def _status(ok: int, failed: int) -> int:
    if failed and not ok:
        return 1
    return 3 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    from readout import __version__

    p = argparse.ArgumentParser(prog="readout", description="Structured records from Russian diplomatic readouts.",
                                epilog=f"example:\n  readout ingest --demo && readout summary\n\n{EXIT_STATUS}",
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"readout {__version__}")
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
    e.add_argument("--why", action="store_true", help="also each candidate a rule turned down, and why")
    e.set_defaults(func=cmd_explain)
    try:
        from readout.cli_store import add_commands
    except ImportError:  # the store edge is optional
        add_commands = None
    if add_commands is not None:
        add_commands(sub)
    from readout.cli_admin import add_commands as add_admin

    add_admin(sub)
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
    except Exception as error:  # a database that breaks under a command (a corrupt file): one line, no traceback
        if not type(error).__module__.startswith("sqlalchemy"):
            raise
        from readout.store.retry import first_line

        print(f"readout: error: database {getattr(args, 'db', None) or '(default store)'}: {first_line(error)}",
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
