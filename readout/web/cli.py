"""``readout serve``: the web app and REST API over a store, run with uvicorn.

This module imports no web framework at import time, so ``readout --help`` works without the ``web`` extra; the
command says what to install when FastAPI or uvicorn is missing.
"""
from __future__ import annotations

import argparse
import os
import socket
import sys

from readout.cli_common import DB_HELP, _fail, _parser

EXAMPLE = "readout serve --db kb.db --port 8000"
TOKEN_ENV = "READOUT_TOKEN"


def add_commands(subparsers) -> None:
    """Register ``serve`` on an ``argparse`` subparsers object."""
    p = _parser(
        subparsers, "serve", cmd_serve, "web pages and a JSON API over the store",
        "Serve the knowledge base: HTML pages (documents with quotes and commitments highlighted, "
        "people, countries, country pairs, threads, search), a JSON API under /api and its "
        "OpenAPI description at /docs.",
        f"Example: {EXAMPLE}\n\nAdding documents (POST /api/documents) is disabled unless --token or "
        f"${TOKEN_ENV} is set; requests must then send 'Authorization: Bearer TOKEN'.")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    p.add_argument("--token", help=f"enable POST /api/documents with this token (default: ${TOKEN_ENV})")


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from readout.web.app import create_app
    except ImportError as e:
        return _fail(f"serve needs the web extra ({e.name} is missing): pip install 'readout[web]'")
    from readout.settings import Settings, SettingsError
    from readout.store import StoreError

    if not 0 < args.port < 65536:
        return _fail(f"--port {args.port}: expected a port number from 1 to 65535")
    try:
        settings = Settings.from_env()
        app = create_app(args.db, token=args.token or os.environ.get(TOKEN_ENV), settings=settings)
    except (StoreError, SettingsError) as e:
        return _fail(str(e))
    try:  # listen first: a busy port or a bad address fails here, before anything says it serves
        sock = socket.create_server((args.host, args.port), reuse_port=False)
    except OSError as e:
        why = str(e.strerror or e).split(" (while attempting")[0]
        return _fail(f"cannot listen on {args.host}:{args.port}: {why}")
    print(f"readout: serving on http://{args.host}:{args.port}/ (API docs at /docs)", file=sys.stderr)
    with sock:
        uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[sock])
    return 0
