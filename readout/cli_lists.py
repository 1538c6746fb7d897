"""Command-line edge of the query layer: ``search``, ``quotes``, ``commitments``, ``meetings``, ``threads``.

Each command parses its filters and calls :mod:`readout.store.lists` (or :func:`readout.store.search`), the same
functions the API and the pages call. Results go to standard output as ``text``, ``json`` (a list), ``jsonl`` or
``csv``; the range and the total (``1–20 of 29``) go to standard error. A bad filter (an unknown code, kind or
status, an impossible date) is one line and exit status 2.
"""
from __future__ import annotations

import sys

from readout.cli_store import _command, _emit, _formats, _paging, _where, _with_store
from readout.humanize import amount, factor

FORMATS = ("text", "json", "jsonl", "csv")


def add_commands(subparsers) -> None:
    """Register the query commands on an ``argparse`` subparsers object."""
    p = _command(subparsers, "search", cmd_search, "full-text search over documents, quotes and commitments",
                 'readout search \'"удвоить товарооборот" OR энерг*\' --kind quote --country KZ --since 2025-01-01')
    p.add_argument("query", metavar="QUERY", help='words (any form), "a phrase", a OR b, prefix*; every term '
                                                  "must match")
    p.add_argument("--kind", choices=("all", "document", "quote", "commitment"), default="all")
    p.add_argument("--country", help="ISO code of a country the document involves: KZ")
    _person(p)
    _dates(p)
    _paging(p)
    _formats(p, FORMATS)

    p = _command(subparsers, "quotes", cmd_quotes, "quotes by a person, a country's speakers, about a topic",
                 'readout quotes --speaker Путин --about "энергетика" --reported')
    p.add_argument("--person", "--speaker", dest="person", help="entity key or part of the speaker's name")
    p.add_argument("--country", help="ISO code of the speaker's country")
    p.add_argument("--query", "--about", dest="query", help="words the quote is about (search syntax)")
    speech = p.add_mutually_exclusive_group()
    speech.add_argument("--direct", dest="direct", action="store_true", default=None, help="direct speech only")
    speech.add_argument("--reported", dest="direct", action="store_false", help="reported speech only")
    _dates(p)
    _paging(p)
    _formats(p, FORMATS)

    p = _command(subparsers, "commitments", cmd_commitments, "commitments by parties, person, sector, kind, status, "
                 "dates and deadline", "readout commitments --country KZ --country AZ --status overdue --has-target")
    _countries(p)
    _person(p)
    p.add_argument("--sector", help="a sector of the document: energy, trade, …")
    p.add_argument("--kind", help="agreement, signed, instruction, plan, in_progress or intent")
    p.add_argument("--status", help="thread status: announced, in_progress, achieved or overdue")
    p.add_argument("--about", help="words of the commitment (search syntax)")
    _dates(p)
    p.add_argument("--deadline-after", metavar="DATE", help="deadline on or after DATE")
    p.add_argument("--deadline-before", metavar="DATE", help="deadline on or before DATE")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--has-target", dest="has_target", action="store_true", default=None,
                        help="only commitments with a target (1 bn USD) or a factor (×2)")
    target.add_argument("--no-target", dest="has_target", action="store_false", help="only those without")
    _paging(p, default=50)
    _formats(p, FORMATS)

    p = _command(subparsers, "meetings", cmd_meetings, "meetings and calls, one line an occasion with its kinds",
                 "readout meetings RU CN --since 2025-05-01 --kind talks")
    p.add_argument("countries", nargs="*", metavar="CODE", help="ISO codes; the participants come from all of them")
    _person(p)
    p.add_argument("--kind", help="an event kind: talks, phone_call, meeting, …")
    p.add_argument("--status", help="held or planned")
    _dates(p)
    _paging(p, default=50)
    _formats(p, FORMATS)

    p = _command(subparsers, "threads", cmd_threads, "commitment threads, each with its status explained",
                 "readout threads --country KZ --status overdue")
    _countries(p)
    p.add_argument("--status", help="announced, in_progress, achieved or overdue")
    _dates(p)
    p.add_argument("--deadline-after", metavar="DATE", help="deadline on or after DATE")
    p.add_argument("--deadline-before", metavar="DATE", help="deadline on or before DATE")
    _paging(p, default=50)
    _formats(p, FORMATS)


def _person(p) -> None:
    p.add_argument("--person", help="entity key or part of a name: tokayev, Токаев")


def _countries(p) -> None:
    p.add_argument("--country", "--party", dest="countries", action="append", default=[], metavar="CODE",
                   help="ISO code of a party; repeat for two countries")


def _dates(p) -> None:
    p.add_argument("--since", metavar="DATE", help="first date, YYYY-MM-DD")
    p.add_argument("--until", metavar="DATE", help="last date, YYYY-MM-DD")


def _range(offset: int, shown: int, total: int) -> None:
    first = offset + 1 if shown else offset
    print(f"readout: {first}–{offset + shown} of {total}", file=sys.stderr)


def marked(snippet: str, marks) -> str:
    """The snippet with each matched word in brackets, for a terminal.

    >>> marked("Мы удвоим товарооборот", [(3, 9)])
    'Мы [удвоим] товарооборот'
    """
    out, at = [], 0
    for a, b in marks:
        out += [snippet[at:a], "[", snippet[a:b], "]"]
        at = b
    return "".join(out + [snippet[at:]])


def _hit_line(h: dict) -> str:
    text = marked(h["snippet"], h["marks"])
    if h["kind"] == "quote":
        said = "«" + text + "»" if h["direct"] else "(reported) " + text
        return f"quote      {_where(h)} {h['detail'] or 'unknown speaker'}: {said}"
    if h["kind"] == "commitment":
        return f"commitment {_where(h)} {h['detail']}: {text}"
    return f"document   {_where(h)} {h['title'] or ''}: …{text}…"


def cmd_search(args) -> int:
    from readout.store import search
    from readout.store.filters import country, span
    from readout.store.search import total

    def body(session) -> int:
        code = country(args.country) if args.country else None
        since, until = span(args.since, args.until)
        filters = dict(country=code, person=args.person, since=since, until=until)
        hits = [h.to_dict() for h in search(session, args.query, args.kind, limit=args.limit, offset=args.offset,
                                            **filters)]
        _emit(hits, args.format, _hit_line)
        _range(args.offset, len(hits), total(session, args.query, args.kind, **filters))
        return 0

    return _with_store(args, body)


def _listing(args, fetch, line) -> int:
    def body(session) -> int:
        found = fetch(session)
        _emit(found.items, args.format, line)
        _range(found.offset, len(found.items), found.total)
        return 0

    return _with_store(args, body)


def _quote_line(q: dict) -> str:
    said = f"«{q['text']}»" if q["direct"] else f"(reported) {q['text']}"
    return f"{_where(q)} {q['speaker'] or '?'}: {said}"


def cmd_quotes(args) -> int:
    from readout.store import lists

    return _listing(args, lambda s: lists.quotes(
        s, person=args.person, country=args.country, since=args.since, until=args.until, direct=args.direct,
        about=args.query, limit=args.limit, offset=args.offset), _quote_line)


def _commitment_line(c: dict) -> str:
    extra = []
    if c["target_value"] is not None:
        extra.append(f"target {amount(c['target_value'], c['target_unit'])}")
    if c["factor"]:
        extra.append(factor(c["factor"]))
    if c["deadline"]:
        extra.append(f"deadline {c['deadline']}")
    more = f" [{'; '.join(extra)}]" if extra else ""
    return (f"{_where(c)} {'-'.join(c['parties'])} {c['kind']}: {c['text']}{more} "
            f"(thread {c['thread']}, {c['status']})")


def cmd_commitments(args) -> int:
    from readout.store import lists

    return _listing(args, lambda s: lists.commitments(
        s, countries=args.countries, person=args.person, sector=args.sector, kind=args.kind, status=args.status,
        since=args.since, until=args.until, deadline_after=args.deadline_after,
        deadline_before=args.deadline_before, has_target=args.has_target, about=args.about, limit=args.limit,
        offset=args.offset), _commitment_line)


def _meeting_line(e: dict) -> str:
    return (f"{e['event_date'] or e['date'] or '????-??-??'} {', '.join(e['kinds'])}"
            f"{' (planned)' if e['status'] == 'planned' else ''} {e['place'] or ''}: {', '.join(e['participants'])}"
            f" — {e['title'] or ''} [doc {e['document_id']}]")


def cmd_meetings(args) -> int:
    from readout.store import lists

    return _listing(args, lambda s: lists.meetings(
        s, countries=args.countries, person=args.person, kind=args.kind, status=args.status, since=args.since,
        until=args.until, limit=args.limit, offset=args.offset), _meeting_line)


def _thread_line(th: dict) -> str:
    return f"thread {th['id']} {'-'.join(th['parties'])} {th['object']}\n    {th['why']}"


def cmd_threads(args) -> int:
    from readout.store import lists

    return _listing(args, lambda s: lists.threads(
        s, countries=args.countries, status=args.status, since=args.since, until=args.until,
        deadline_after=args.deadline_after, deadline_before=args.deadline_before, limit=args.limit,
        offset=args.offset), _thread_line)
