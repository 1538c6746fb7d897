"""``readout serve``: the web app and REST API over a store, run with uvicorn.

This module imports no web framework at import time, so ``readout --help`` works without the ``web`` extra; the
command says what to install when FastAPI or uvicorn is missing.
"""
from __future__ import annotations

import argparse
import os
import socket
import sys

EXAMPLE = "readout serve --db kb.db --port 8000"
TOKEN_ENV = "READOUT_TOKEN"


def add_commands(subparsers) -> None:
    """Register ``serve`` on an ``argparse`` subparsers object."""
    p = subparsers.add_parser(
        "serve", help="web pages and a JSON API over the store",
        description="Serve the knowledge base: HTML pages (documents with quotes and commitments highlighted, "
                    "people, countries, country pairs, threads, search), a JSON API under /api and its "
                    "OpenAPI description at /docs.",
        epilog=f"Example: {EXAMPLE}\n\nAdding documents (POST /api/documents) is disabled unless --token or "
               f"${TOKEN_ENV} is set; requests must then send 'Authorization: Bearer TOKEN'.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", help="database: a SQLite file path, sqlite:///FILE or postgresql+psycopg://USER@HOST/DB "
                                "(default: $READOUT_DB, else ~/.local/share/readout/readout.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    p.add_argument("--token", help=f"enable POST /api/documents with this token (default: ${TOKEN_ENV})")
    p.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from readout.web.app import create_app
    except ImportError as e:
        print(f"readout: error: serve needs the web extra ({e.name} is missing): pip install 'readout[web]'",
              file=sys.stderr)
        return 2
    from readout.settings import Settings, SettingsError
    from readout.store import StoreError

    if not 0 < args.port < 65536:
        print(f"readout: error: --port {args.port}: expected a port number from 1 to 65535", file=sys.stderr)
        return 2
    try:
        settings = Settings.from_env()
        app = create_app(args.db, token=args.token or os.environ.get(TOKEN_ENV), settings=settings)
    except (StoreError, SettingsError) as e:
        print(f"readout: error: {e}", file=sys.stderr)
        return 2
    try:  # listen first: a busy port or a bad address fails here, before anything says it serves
        sock = socket.create_server((args.host, args.port), reuse_port=False)
    except OSError as e:
        why = str(e.strerror or e).split(" (while attempting")[0]
        print(f"readout: error: cannot listen on {args.host}:{args.port}: {why}", file=sys.stderr)
        return 2
    print(f"readout: serving on http://{args.host}:{args.port}/ (API docs at /docs)", file=sys.stderr)
    with sock:
        uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[sock])
    return 0
