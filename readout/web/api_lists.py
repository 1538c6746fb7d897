"""The API's filtered lists: quotes, commitments, meetings, threads and search, each a page with its ``total``,
as JSON or (``format=csv``) as CSV: the same rows, one a line, plain cells (lists joined by
``"; "``). They call the query
layer (:mod:`readout.store.lists`), as the CLI and the pages do; a bad filter is a 422."""
from __future__ import annotations

import io
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from readout.store import filters as f
from readout.store import lists, search
from readout.store.answers import write_csv
from readout.store.search import total as search_total
from readout.web import models
from readout.web.deps import DB, Paging

router = APIRouter(prefix="/api", tags=["lists"])
Text = Annotated[str | None, Query(max_length=500)]
Day = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")]
Codes = Annotated[list[str], Query(max_length=2, description="ISO code; repeat: all of them")]
Format = Annotated[Literal["json", "csv"], Query(description="json, or csv for the same rows as CSV")]


def table(items: list[dict], name: str) -> Response:
    """``items`` as a CSV download: one row an item, plain cells (:func:`readout.store.answers.flat_row`: lists
    joined by ``"; "``, a search hit's marks left out, as in the CLI's CSV).

    >>> table([{"id": 1, "parties": ["AZ", "KZ"], "marks": [(0, 3)]}], "x").body.decode()
    'id,parties\\r\\n1,AZ; KZ\\r\\n'
    """
    out = io.StringIO()
    write_csv(items, out)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{name}.csv"'})


def _answer(request: Request, page, found: lists.Listing, name: str, fmt: str):
    if fmt == "csv":
        return table(found.items, name)
    return page.envelope(request, found.items, found.total)


def _flag(value: str | None, name: str) -> bool | None:
    if value in (None, ""):
        return None
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise f.QueryError(f"{name} {value!r}: expected true or false")


@router.get("/quotes", summary="Quotes by person, speaker's country, dates, direct or reported speech, topic",
            response_model=models.Page[models.Quote], responses=models.ERRORS)
def api_quotes(request: Request, db: DB, page: Paging, person: Text = None, country: Text = None,
               since: Day = None, until: Day = None,
               direct: Annotated[str | None, Query(description="true: direct speech, false: reported")] = None,
               about: Text = None, format: Format = "json"):
    found = lists.quotes(db, person=person, country=country, since=since, until=until,
                         direct=_flag(direct, "direct"), about=about, limit=page.limit, offset=page.offset)
    return _answer(request, page, found, "quotes", format)


@router.get("/commitments", summary="Commitments by parties, person, sector, kind, status, dates, deadline, target",
            response_model=models.Page[models.Commitment], responses=models.ERRORS)
def api_commitments(request: Request, db: DB, page: Paging, party: Codes = [], person: Text = None,
                    sector: Text = None, kind: Text = None, status: Text = None, since: Day = None,
                    until: Day = None, deadline_after: Day = None, deadline_before: Day = None,
                    has_target: Annotated[str | None, Query(description="true: with a target or factor")] = None,
                    about: Text = None, format: Format = "json"):
    found = lists.commitments(db, countries=party, person=person, sector=sector, kind=kind, status=status,
                              since=since, until=until, deadline_after=deadline_after,
                              deadline_before=deadline_before, has_target=_flag(has_target, "has_target"),
                              about=about, limit=page.limit, offset=page.offset)
    return _answer(request, page, found, "commitments", format)


@router.get("/meetings", summary="Occasions (meetings, calls, visits), one item each with its kinds",
            response_model=models.Page[models.Meeting], responses=models.ERRORS)
def api_meetings(request: Request, db: DB, page: Paging, country: Codes = [], person: Text = None,
                 kind: Text = None, status: Text = None, since: Day = None, until: Day = None,
                 format: Format = "json"):
    found = lists.meetings(db, countries=country, person=person, kind=kind, status=status, since=since,
                           until=until, limit=page.limit, offset=page.offset)
    return _answer(request, page, found, "meetings", format)


@router.get("/threads", summary="Commitment threads, each with its status explained, latest activity first",
            response_model=models.Page[models.Thread], responses=models.ERRORS)
def api_threads(request: Request, db: DB, page: Paging, party: Codes = [], status: Text = None,
                since: Day = None, until: Day = None, deadline_after: Day = None, deadline_before: Day = None,
                format: Format = "json"):
    found = lists.threads(db, countries=party, status=status, since=since, until=until,
                          deadline_after=deadline_after, deadline_before=deadline_before, limit=page.limit,
                          offset=page.offset)
    return _answer(request, page, found, "threads", format)


@router.get("/search", summary='Full-text search: words (any form), "phrases", a OR b, prefix*',
            response_model=models.Page[models.Hit], responses=models.ERRORS)
def api_search(request: Request, db: DB, page: Paging,
               q: Annotated[str, Query(max_length=500, description='words, "a phrase", a OR b, prefix*')] = "",
               kind: Literal["all", "document", "quote", "commitment"] = "all", country: Text = None,
               person: Text = None, since: Day = None, until: Day = None, format: Format = "json"):
    code = f.country(country) if country else None
    since, until = f.span(since, until)
    filters = dict(country=code, person=person or None, since=since, until=until)
    hits = [h.to_dict() for h in search(db, q, kind, limit=page.limit, offset=page.offset, **filters)]
    if format == "csv":
        return table(hits, "search")
    return page.envelope(request, hits, search_total(db, q, kind, **filters))
