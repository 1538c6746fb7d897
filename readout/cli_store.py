"""Command-line edge of the knowledge base: ``ingest``, ``relations``, ``thread``, ``summary``, the
query commands of readout/cli_lists.py (``search``, ``quotes``, ``commitments``, ``meetings``, ``threads``) and
those of readout/cli_export.py (``export``, ``datasette``).

``add_commands(subparsers)`` registers them on the main parser (readout/cli.py); each ``cmd_*`` takes the parsed
arguments and returns the exit status, so tests call them directly. Exit status (the table in readout/cli.py):
0 done; 1 nothing done (every input failed, nothing found by that id); 2 bad arguments or a store that cannot be
opened (one line on standard error); 3 partly done (some inputs failed, the rest were stored).
"""
from __future__ import annotations

import argparse
import json
import sys

from readout.cli_common import _command, _emit, _fail, _formats, _print_json, _show_one, _where, _with_store


def add_commands(subparsers) -> None:
    """Register the store's subcommands on an ``argparse`` subparsers object."""
    p = _command(subparsers, "ingest", cmd_ingest, "read, extract and store documents",
                 "readout ingest --demo   |   readout ingest news/ feed.jsonl.gz --workers 2")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, folders, globs, .jsonl (or .gz) files or - for stdin")
    p.add_argument("--demo", action="store_true",
                   help="also ingest the bundled demo: 225 kremlin.ru texts (CC BY 4.0) and the dev documents")
    p.add_argument("--workers", type=int, help="processes for extraction (default: one per CPU core)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where extraction runs: local processes, or a Dask cluster (pip install 'readout[dask]')")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler, tcp://HOST:8786 (--engine dask; default: a local cluster of --workers)")
    _formats(p, ("text", "json"))

    from readout.cli_lists import add_commands as add_lists

    add_lists(subparsers)  # search, quotes, commitments, meetings, threads

    from readout.cli_occasions import add_commands as add_occasions

    add_occasions(subparsers)  # compare

    p = _command(subparsers, "relations", cmd_relations, "a country's partners: events and commitments by year",
                 "readout relations RU")
    p.add_argument("country", metavar="CODE")
    _formats(p)

    p = _command(subparsers, "thread", cmd_thread, "a commitment thread's timeline, each step with its span",
                 "readout thread 12 --format json")
    p.add_argument("id", type=int, metavar="ID", help="thread id (shown by readout commitments)")
    _formats(p, ("text", "json"))

    p = _command(subparsers, "summary", cmd_summary, "what the store holds: counts, top country pairs, latest events",
                 "readout summary")
    _formats(p, ("text", "json"))

    from readout.cli_export import add_commands as add_export

    add_export(subparsers)  # export, datasette


def cmd_ingest(args) -> int:
    from readout.dask_ingest import ClusterError
    from readout.ingest import StoreLost, ingest
    from readout.store import StoreError

    engine, scheduler = getattr(args, "engine", "local"), getattr(args, "scheduler", None)
    if scheduler and engine != "dask":
        return _fail("--scheduler needs --engine dask")
    if getattr(args, "demo", False):
        from readout.bundled import demo_paths

        args.paths = [*demo_paths(), *args.paths]
    if not args.paths:
        return _fail("nothing to ingest: give a PATH, or --demo for the bundled corpus")
    try:
        if engine == "dask":
            from readout.dask_ingest import ingest_dask

            summary = ingest_dask(args.paths, db_url=args.db, scheduler=scheduler, workers=args.workers,
                                  progress=not args.no_progress)
        else:
            summary = ingest(args.paths, db_url=args.db, workers=args.workers, progress=not args.no_progress)
    except StoreLost as e:  # the store failed part-way: what was stored stays, a rerun finishes
        print(f"readout: error: {e}", file=sys.stderr)
        return 3 if e.summary.added else 1
    except (StoreError, ClusterError) as e:
        return _fail(str(e))
    if args.format == "json":
        print(json.dumps(summary.to_dict()))
    else:
        print(summary)
    if summary.failed:
        return 3 if summary.read > summary.failed else 1
    return 0


def cmd_relations(args) -> int:
    from readout.store import relations

    def body(session) -> int:
        from readout.store.filters import country
        from readout.store.answers import unknown

        code = country(args.country)
        rows = relations(session, code)
        if not rows:
            why = unknown(session, countries=[code])
            print(f"readout: {why or f'no events or commitments of {code} with another country'}", file=sys.stderr)
            return 1 if why else 0
        _emit(rows, args.format, lambda r: f"{r['country']}-{r['partner']} {r['year'] or '????'}: "
              f"{r['events']} events, {r['commitments']} commitments")
        return 0

    return _with_store(args, body)


def cmd_thread(args) -> int:
    from readout.store import thread

    return _show_one(args, "thread", args.id, "commitments", lambda session: thread(session, args.id),
                     _print_thread)


def _print_thread(th: dict) -> None:
    print(f"thread {th['id']} {'-'.join(th['parties'])}: {th['status']}"
          + (f", deadline {th['deadline']}" if th["deadline"] else ""))
    for s in th["timeline"]:
        link = "" if s["joins"] is None else f" (joins step {s['joins']}, similarity {s['similarity']})"
        print(f"  {s['position']}. {s['role']:<11} {_where(s)} {s['text']}{link}")


def cmd_summary(args) -> int:
    from readout.store import summary

    def body(session) -> int:
        s = summary(session)
        if args.format == "json":
            _print_json(s)
            return 0
        print(f"{s['documents']} documents ({s['first_date']} – {s['last_date']}), {s['failed']} failed inputs")
        print(f"{s['events']} events, {s['people']} people, {s['countries']} countries, {s['quotes']} quotes, "
              f"{s['commitments']} commitments in {s['threads']} threads "
              f"({', '.join(f'{k} {v}' for k, v in sorted(s['thread_status'].items())) or 'none'})")
        print("top country pairs: " + (", ".join(f"{p['pair']} {p['count']}" for p in s["top_pairs"]) or "none"))
        for e in s["latest_events"]:
            print(f"  {e['event_date'] or e['date']} {e['kind']}: {', '.join(e['participants'])}")
        return 0

    return _with_store(args, body)


def main(argv: list[str] | None = None) -> int:
    """Run one store command (used by tests; ``readout`` itself dispatches through readout/cli.py)."""
    parser = argparse.ArgumentParser(prog="readout")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
