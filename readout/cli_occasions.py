"""Command-line edge of occasions: ``readout compare OCCASION``, the reports of one occasion side by side.

The occasion ids are those ``readout meetings`` prints (``[occasion 6, 3 reports]``).
"""
from __future__ import annotations

import json
import sys

from readout.cli_store import _command, _formats, _with_store


def add_commands(subparsers) -> None:
    """Register ``compare`` on an ``argparse`` subparsers object."""
    p = _command(subparsers, "compare", cmd_compare, "the reports of one occasion side by side: quotes, "
                 "commitments, sectors; what both sides tell and what only one does", "readout compare 6 --format json")
    p.add_argument("occasion", type=int, metavar="OCCASION", help="occasion id (shown by readout meetings)")
    _formats(p, ("text", "json"))


def cmd_compare(args) -> int:
    from readout.store.compare import compare, text_lines

    def body(session) -> int:
        found = compare(session, args.occasion)
        if found is None:
            print(f"readout: occasion {args.occasion}: no such occasion (see readout meetings)", file=sys.stderr)
            return 1
        if args.format == "json":
            print(json.dumps(found, ensure_ascii=False, indent=2))
        else:
            print("\n".join(text_lines(found)))
        return 0

    return _with_store(args, body)
