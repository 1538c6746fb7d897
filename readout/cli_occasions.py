"""Command-line edge of occasions: ``readout compare OCCASION``, the reports of one occasion side by side.

The occasion ids are those ``readout meetings`` prints (``[occasion 6, 3 reports]``).
"""
from __future__ import annotations

from readout.cli_common import _command, _formats, _show_one


def add_commands(subparsers) -> None:
    """Register ``compare`` on an ``argparse`` subparsers object."""
    p = _command(subparsers, "compare", cmd_compare, "the reports of one occasion side by side: quotes, "
                 "commitments, sectors; what both sides tell and what only one does", "readout compare 6 --format json")
    p.add_argument("occasion", type=int, metavar="OCCASION", help="occasion id (shown by readout meetings)")
    _formats(p, ("text", "json"))


def cmd_compare(args) -> int:
    from readout.store.compare import compare, text_lines

    return _show_one(args, "occasion", args.occasion, "meetings", lambda session: compare(session, args.occasion),
                     lambda found: print("\n".join(text_lines(found))))
