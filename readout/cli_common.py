"""What the command-line modules share (readout/cli_store.py, readout/cli_lists.py, readout/cli_occasions.py,
readout/cli_export.py, readout/cli_admin.py, readout/web/cli.py): registering a subcommand with ``--db``,
``--format`` and paging options, opening the store for a command, showing one item or writing rows as text, JSON,
JSON Lines or CSV, and the one-line errors. It imports none of those modules, so each of them can import it.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

DB_HELP = ("database: a SQLite file path, sqlite:///FILE or postgresql+psycopg://USER@HOST/DB "
           "(default: $READOUT_DB, else ~/.local/share/readout/readout.db)")


def _parser(subparsers, name: str, func: Callable, help_: str, description: str,
            epilog: str) -> argparse.ArgumentParser:
    """A subcommand that runs ``func(args)``, its epilog (examples) printed as written."""
    p = subparsers.add_parser(name, help=help_, description=description, epilog=epilog,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.set_defaults(func=func)
    return p


def _command(subparsers, name: str, func: Callable, help_: str, example: str) -> argparse.ArgumentParser:
    """A store subcommand: its help made a sentence for the description, one example, and ``--db``."""
    p = _parser(subparsers, name, func, help_, f"{help_[0].upper()}{help_[1:]}.", f"example:\n  {example}")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    return p


def _formats(p, choices=("text", "json", "csv"), default: str | None = None) -> None:
    p.add_argument("--format", choices=choices, default=default or choices[0], help="output format")


def _paging(p, offset: bool = True, default: int = 20) -> None:
    p.add_argument("--limit", type=int, default=default, help=f"at most this many results (default {default})")
    if offset:
        p.add_argument("--offset", type=int, default=0, help="skip this many results first")


def _fail(message: str, status: int = 2) -> int:
    print(f"readout: error: {message}", file=sys.stderr)
    return status


def _missing(noun: str, ident, listed_by: str) -> int:
    """``readout: thread 7: no such thread (see readout commitments)`` on standard error; status 1."""
    print(f"readout: {noun} {ident}: no such {noun} (see readout {listed_by})", file=sys.stderr)
    return 1


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _show_one(args, noun: str, ident, listed_by: str, fetch: Callable[[Any], dict | None],
              text: Callable[[dict], None]) -> int:
    """Open the store, ``fetch(session)`` one item: ``None`` is :func:`_missing` (status 1); else the item as
    JSON (``--format json``) or as ``text(item)`` prints it; status 0."""
    def body(session) -> int:
        found = fetch(session)
        if found is None:
            return _missing(noun, ident, listed_by)
        if args.format == "json":
            _print_json(found)
        else:
            text(found)
        return 0

    return _with_store(args, body)


def _with_store(args, body: Callable[[Any], int]) -> int:
    """Open the store named by ``--db``, run ``body(session)``; a store problem is one line and status 2."""
    from readout.store import StoreError, open_store

    try:
        with open_store(getattr(args, "db", None)) as store, store.session() as session:
            return body(session)
    except StoreError as e:
        return _fail(str(e))
    except ValueError as e:
        return _fail(str(e))


def _emit(rows: list[dict], fmt: str, text: Callable[[dict], str], out=None) -> None:
    out = out or sys.stdout
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        from readout.store.answers import write_csv

        write_csv(rows, out)
    else:
        for row in rows:
            out.write(text(row) + "\n")


def _where(row: dict) -> str:
    return f"{row.get('date') or '????-??-??'} [doc {row['document_id']}:{row['start']}-{row['stop']}]"
