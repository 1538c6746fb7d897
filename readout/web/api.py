"""The JSON API under ``/api``: the pages' data as JSON. Lists are pages ``{"items", "limit", "offset", "next",
"previous"}``; ``next`` is the URL of the following page, ``null`` on the last one."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request

from readout.store import commitments, meetings, quotes, relations, search, summary, thread, views
from readout.web.deps import CODE, DAY, DB, STATUSES, Paging, found, pair_codes

router = APIRouter(prefix="/api", tags=["api"])
Code = Annotated[str | None, Query(pattern=CODE, description="ISO 3166 alpha-2 code: KZ")]
Status = Literal[STATUSES]


@router.get("/summary", summary="Counts, top country pairs, latest events")
def api_summary(db: DB) -> dict:
    return summary(db)


@router.get("/documents", summary="Documents, newest first")
def api_documents(request: Request, db: DB, page: Paging, country: Code = None) -> dict:
    return page.envelope(request, views.documents(db, country=country, limit=page.limit + 1, offset=page.offset))


@router.get("/documents/{document_id}", summary="A document with its text and every fact (spans into the text)")
def api_document(document_id: int, db: DB) -> dict:
    return found(views.document(db, document_id), f"document {document_id}")


@router.get("/entities", summary="People, countries, organisations and places")
def api_entities(request: Request, db: DB, page: Paging,
                 kind: Annotated[str | None, Query(max_length=30, description="person, country, …")] = None,
                 name: Annotated[str | None, Query(max_length=500, description="part of the name")] = None,
                 country: Code = None) -> dict:
    return page.envelope(request, views.entities(db, kind=kind, name=name, country=country,
                                                 limit=page.limit + 1, offset=page.offset))


@router.get("/entities/{entity_id}", summary="An entity with its events, quotes and commitments")
def api_entity(entity_id: int, db: DB) -> dict:
    e = found(views.entity(db, entity_id), f"entity {entity_id}")
    return e | {"events": views.events_of(db, entity_id), "quotes": views.quotes_of(db, entity_id, limit=100),
                "commitments": views.commitments_of(db, entity_id)}


@router.get("/quotes", summary="Quotes by a person, about a topic, newest first")
def api_quotes(request: Request, db: DB, page: Paging,
               person: Annotated[str | None, Query(max_length=500, description="key or part of a name")] = None,
               about: Annotated[str | None, Query(max_length=500, description="words, any form")] = None) -> dict:
    items = quotes(db, person=person, about=about, limit=page.offset + page.limit + 1)
    return page.envelope(request, items[page.offset:])


@router.get("/commitments", summary="Commitments binding all the given parties, with thread status")
def api_commitments(request: Request, db: DB, page: Paging,
                    party: Annotated[list[str], Query(description="ISO code; repeat for two countries")] = [],
                    status: Status | None = None) -> dict:
    parties = _codes(party)
    items = commitments(db, parties=parties, status=status, limit=page.offset + page.limit + 1)
    return page.envelope(request, items[page.offset:])


@router.get("/threads", summary="Commitment threads, latest activity first")
def api_threads(request: Request, db: DB, page: Paging,
                party: Annotated[list[str], Query(description="ISO code; repeat for two countries")] = [],
                status: Status | None = None) -> dict:
    parties = _codes(party)
    return page.envelope(request, views.threads(db, parties, status=status, limit=page.limit + 1,
                                                offset=page.offset))


@router.get("/threads/{thread_id}", summary="A thread's timeline")
def api_thread(thread_id: int, db: DB) -> dict:
    return found(thread(db, thread_id), f"thread {thread_id}")


@router.get("/countries/{code}", summary="A country's partners by year and its events by month")
def api_country(code: Annotated[str, Path(pattern=CODE)], db: DB) -> dict:
    code = code.upper()
    return {"country": code, "name": views.country_name(db, code), "partners": relations(db, code),
            "events_by_month": views.events_by_month(db, [code])}


@router.get("/pairs/{pair}", summary="Two countries: meetings, events by month, commitments and threads")
def api_pair(pair: str, db: DB) -> dict:
    a, b = pair_codes(pair)
    return {"countries": [a, b], "meetings": meetings(db, a, b), "events_by_month": views.events_by_month(db, [a, b]),
            "commitments": commitments(db, parties=[a, b]), "threads": views.threads(db, [a, b], limit=500)}


@router.get("/search", summary="Full-text search over documents, quotes and commitments")
def api_search(request: Request, db: DB, page: Paging,
               q: Annotated[str, Query(max_length=500, description="words; every word must match")] = "",
               kind: Literal["all", "document", "quote", "commitment"] = "all", country: Code = None,
               person: Annotated[str | None, Query(max_length=500)] = None,
               since: Annotated[str | None, Query(pattern=DAY)] = None,
               until: Annotated[str | None, Query(pattern=DAY)] = None) -> dict:
    hits = search(db, q, kind, country=country, person=person or None, since=since, until=until,
                  limit=page.limit + 1, offset=page.offset)
    return page.envelope(request, [h.to_dict() for h in hits])


def _codes(party: list[str]) -> list[str]:
    """The ISO codes among the ``party`` parameters (anything else is ignored)."""
    return [p for p in party if len(p) == 2 and p.isalpha()]
