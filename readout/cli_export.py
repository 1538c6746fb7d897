"""Command-line edge of the tidy exports and of Datasette: ``export`` and ``datasette``.

``readout export`` writes the store's facts as tables (readout/store/export.py): one row a fact, plain columns,
ids that join, as CSV, JSON Lines or Parquet. ``--table records`` keeps the older form: one JSON object a
document with its facts nested. ``readout datasette`` opens the SQLite store in Datasette on 127.0.0.1 with its
metadata (readout/store/datasette.py), or prints that metadata.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from readout.cli_common import _command, _emit, _fail, _with_store

TABLE_CHOICES = ("documents", "entities", "mentions", "quotes", "commitments", "commitment_parties", "events",
                 "event_participants", "sectors", "threads", "thread_steps", "all", "records")


def add_commands(subparsers) -> None:
    """Register ``export`` and ``datasette`` on an ``argparse`` subparsers object."""
    p = _command(subparsers, "export", cmd_export, "the store's facts as tidy tables (CSV, JSON Lines, Parquet)",
                 "readout export --table all --format parquet --out kb-tables/ --country KZ")
    p.add_argument("--table", choices=TABLE_CHOICES, default="documents",
                   help="one table, all of them (into the --out folder), or records: a JSON object a document "
                        "with its facts nested (default: documents)")
    p.add_argument("--format", choices=("csv", "jsonl", "parquet", "json"), default="jsonl",
                   help="csv, jsonl or parquet (pip install 'readout[analysis]'); json only for --table records")
    p.add_argument("--out", metavar="PATH", help="a file (one table; default: standard output), a folder (all)")
    p.add_argument("--country", help="only documents involving this country, and their facts")

    p = _command(subparsers, "datasette", cmd_datasette, "explore the SQLite store in Datasette, with ad-hoc SQL",
                 "readout datasette --db kb.db --port 8001")
    p.add_argument("--port", type=int, default=8001, help="port on 127.0.0.1 (default 8001)")
    p.add_argument("--metadata", action="store_true", help="print Datasette's metadata JSON and stop")


def cmd_export(args) -> int:
    from readout.store import export_records
    from readout.store.export import export
    from readout.store.filters import country

    def body(session) -> int:
        code = country(args.country) if args.country else None
        if args.table == "records":
            if args.format not in ("json", "jsonl"):
                return _fail("--table records is nested: use --format json or jsonl")
            _emit(export_records(session, country=code), args.format, str)
            return 0
        if args.format == "json":
            return _fail("--format json is for --table records; tables are csv, jsonl or parquet")
        counts = export(session, args.table, args.format, args.out, code, stdout=sys.stdout)
        if args.out:
            print(f"readout: wrote {', '.join(f'{n} {k}' for k, n in counts.items())} to {args.out}",
                  file=sys.stderr)
        return 0

    return _with_store(args, body)


def cmd_datasette(args) -> int:
    from readout.store import StoreError, open_store
    from readout.store.datasette import metadata

    if args.metadata:
        name = Path(args.db).stem if args.db else "readout"
        print(json.dumps(metadata(name), ensure_ascii=False, indent=2))
        return 0
    try:
        with open_store(args.db) as store:
            if store.dialect != "sqlite":
                return _fail("Datasette opens SQLite stores only; for PostgreSQL use psql")
            path = store.engine.url.database
    except StoreError as e:
        return _fail(str(e))
    try:
        import datasette  # noqa: F401
    except ImportError:
        return _fail("datasette is missing: pip install 'readout[analysis]'")
    if not 0 < args.port < 65536:
        return _fail(f"--port {args.port}: expected a port number from 1 to 65535")
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(metadata(Path(path).stem), f, ensure_ascii=False)
    try:
        return subprocess.call([sys.executable, "-m", "datasette", "serve", path, "--metadata", f.name,
                                "--host", "127.0.0.1", "--port", str(args.port)])
    except KeyboardInterrupt:
        return 0
    finally:
        os.unlink(f.name)
