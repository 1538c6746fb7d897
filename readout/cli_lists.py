"""Command-line edge of the query layer: ``search``, ``quotes``, ``commitments``, ``meetings``, ``threads``,
``people``.

Each command parses its filters and calls :mod:`readout.store.lists` (or :func:`readout.store.search`), the same
functions the API and the pages call. Results go to standard output as ``text``, ``json`` (a list), ``jsonl`` or
``csv``; how many of how many were shown goes to standard error (``readout: 20 of 1,141 quotes (use --limit)``).
A bad filter (a code that is no ISO code, an unknown kind or status, an impossible date) is one line and exit
status 2; a person or country the store does not know is ``no such person: X`` and exit status 1, while a known
one with nothing to list is ``no quotes`` and exit status 0.
"""
from __future__ import annotations

import sys

from readout.cli_common import _command, _emit, _formats, _paging, _where, _with_store
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

    p = _command(subparsers, "people", cmd_people, "people the store knows, by name and country, with their keys",
                 "readout people Токаев   |   readout people --country KZ")
    p.add_argument("name", nargs="?", metavar="NAME", help="part of a name, or an entity key: Токаев, tokayev")
    p.add_argument("--country", help="ISO code of the person's country")
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


def counted(noun: str, offset: int, shown: int, total: int) -> str:
    """How much of a list was shown, for standard error: ``noun`` is the plural (``quotes``, ``people``).

    >>> counted("quotes", 0, 20, 1141)
    '20 of 1,141 quotes (use --limit)'
    >>> counted("quotes", 20, 20, 1141)
    '21–40 of 1,141 quotes (use --limit and --offset)'
    >>> counted("quotes", 1140, 1, 1141), counted("quotes", 0, 3, 3), counted("quotes", 0, 1, 1)
    ('#1,141 of 1,141 quotes', 'all 3 quotes', 'the only quote')
    >>> counted("quotes", 0, 0, 0), counted("quotes", 50, 0, 29), counted("people", 5, 0, 1)
    ('no quotes', 'none past 50: 29 quotes in all', 'none past 5: 1 person in all')
    """
    if total == 0:
        return f"no {noun}"
    many = noun if total > 1 else SINGULAR.get(noun, noun)
    if shown == 0:
        return f"none past {offset:,}: {total:,} {many} in all"
    last = offset + shown
    if offset == 0 and last >= total:
        return f"the only {many}" if total == 1 else f"all {total:,} {noun}"
    where = f"{shown:,}" if offset == 0 else f"{offset + 1:,}–{last:,}" if shown > 1 else f"#{last:,}"
    hint = "" if last >= total else " (use --limit)" if offset == 0 else " (use --limit and --offset)"
    return f"{where} of {total:,} {many}{hint}"


SINGULAR = {"quotes": "quote", "commitments": "commitment", "meetings": "meeting", "threads": "thread",
            "hits": "hit", "people": "person"}


def _said(noun: str, offset: int, shown: int, total: int) -> None:
    print(f"readout: {counted(noun, offset, shown, total)}", file=sys.stderr)


def _empty_because(session, args, person=None, countries=()) -> int | None:
    """Exit status 1 with ``no such person: X`` when an empty answer comes of a person or country the store does not
    know; ``None`` when it knows them all (the list is just empty)."""
    from readout.store.answers import unknown

    why = unknown(session, person=person, countries=countries)
    if why is None:
        return None
    print(f"readout: {why}", file=sys.stderr)
    return 1


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
        count = total(session, args.query, args.kind, **filters)
        if count == 0 and (status := _empty_because(session, args, args.person, [code] if code else [])):
            return status
        _emit(hits, args.format, _hit_line)
        _said("hits", args.offset, len(hits), count)
        return 0

    return _with_store(args, body)


def _listing(args, noun, fetch, line, person=None, countries=()) -> int:
    def body(session) -> int:
        found = fetch(session)
        if found.total == 0 and (status := _empty_because(session, args, person, countries)):
            return status
        _emit(found.items, args.format, line)
        _said(noun, found.offset, len(found.items), found.total)
        return 0

    return _with_store(args, body)


def _quote_line(q: dict) -> str:
    said = f"«{q['text']}»" if q["direct"] else f"(reported) {q['text']}"
    return f"{_where(q)} {q['speaker'] or '?'}: {said}"


def cmd_quotes(args) -> int:
    from readout.store import lists

    return _listing(args, "quotes", lambda s: lists.quotes(
        s, person=args.person, country=args.country, since=args.since, until=args.until, direct=args.direct,
        about=args.query, limit=args.limit, offset=args.offset), _quote_line, args.person,
        [args.country] if args.country else [])


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

    return _listing(args, "commitments", lambda s: lists.commitments(
        s, countries=args.countries, person=args.person, sector=args.sector, kind=args.kind, status=args.status,
        since=args.since, until=args.until, deadline_after=args.deadline_after,
        deadline_before=args.deadline_before, has_target=args.has_target, about=args.about, limit=args.limit,
        offset=args.offset), _commitment_line, args.person, args.countries)


def _meeting_line(e: dict) -> str:
    days = e["date"] or "????-??-??"
    if e.get("end_date") and e["end_date"] != e["date"]:
        days += f"..{e['end_date']}"
    n = len(e["documents"])
    place = f" {e['place']}" if e["place"] else ""  # "phone_call: …", not "phone_call : …"
    return (f"{days} {', '.join(e['kinds'])}{' (planned)' if e['status'] == 'planned' else ''}{place}: "
            f"{', '.join(e['participants']) or '–'} — {e['title'] or ''} [occasion {e['id']}, {n} report{'s' * (n != 1)}]")


def cmd_meetings(args) -> int:
    from readout.store import lists

    return _listing(args, "meetings", lambda s: lists.meetings(
        s, countries=args.countries, person=args.person, kind=args.kind, status=args.status, since=args.since,
        until=args.until, limit=args.limit, offset=args.offset), _meeting_line, args.person, args.countries)


def _thread_line(th: dict) -> str:
    return f"thread {th['id']} {'-'.join(th['parties'])} {th['object']}\n    {th['why']}"


def cmd_threads(args) -> int:
    from readout.store import lists

    return _listing(args, "threads", lambda s: lists.threads(
        s, countries=args.countries, status=args.status, since=args.since, until=args.until,
        deadline_after=args.deadline_after, deadline_before=args.deadline_before, limit=args.limit,
        offset=args.offset), _thread_line, countries=args.countries)


def _person_line(e: dict) -> str:
    country = f" ({e['country']})" if e["country"] else ""
    role = f", {e['role']}" if e["role"] else ""
    return f"{e['name']}{country}{role}  [{e['key'] or 'no key'}; entity {e['id']}]"


def cmd_people(args) -> int:
    from readout.store import views
    from readout.store.filters import country
    from readout.store.paging import Listing, checked_page

    def fetch(session) -> Listing:
        code = country(args.country) if args.country else None
        limit, offset = checked_page(args.limit, args.offset)
        query = dict(kind="person", name=args.name or None, country=code)
        return Listing(views.entities(session, **query, limit=limit, offset=offset),
                       views.count_entities(session, **query), limit, offset)

    return _listing(args, "people", fetch, _person_line, args.name, [args.country] if args.country else [])
