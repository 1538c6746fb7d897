"""The JSON API under ``/api``: the pages' data as JSON. Lists are pages ``{"items", "total", "limit", "offset",
"next", "previous"}``; ``next`` is the URL of the following page, ``null`` on the last one. The filtered lists
(quotes, commitments, meetings, threads, search) are in readout/web/api_lists.py. A path to nothing is a 404, as
on the pages: an id no store can hold, a country (``/api/countries/XX``) or pair that is no ISO code or that the
store knows nothing of; an unknown country code, kind or an impossible date given as a query value is a 422."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from readout.store import commitments, lists, meetings, relations, summary, thread, views
from readout.store import filters as f
from readout.store.occasion_pages import occasions_of
from readout.web import models
from readout.web.deps import DB, Paging, found, pair_codes, row_id

router = APIRouter(prefix="/api", tags=["api"])
Code = Annotated[str | None, Query(max_length=10, description="ISO 3166 alpha-2 code: KZ")]


@router.get("/summary", summary="Counts, top country pairs, latest events", response_model=models.Summary)
def api_summary(db: DB) -> dict:
    return summary(db)


@router.get("/documents", summary="Documents, newest first", response_model=models.Page[models.DocumentHead],
            responses=models.ERRORS)
def api_documents(request: Request, db: DB, page: Paging, country: Code = None) -> dict:
    code = f.country(country) if country else None
    items = views.documents(db, country=code, limit=page.limit, offset=page.offset)
    return page.envelope(request, items, views.count_documents(db, country=code))


@router.get("/documents/{document_id}", summary="A document with its text and every fact (spans into the text)",
            response_model=models.Document, responses=models.ERRORS)
def api_document(document_id: int, db: DB) -> dict:
    return found(views.document(db, row_id(document_id, "document")), f"document {document_id}")


@router.get("/entities", summary="People, countries, organisations and places",
            response_model=models.Page[models.Entity], responses=models.ERRORS)
def api_entities(request: Request, db: DB, page: Paging,
                 kind: Annotated[str | None, Query(max_length=30, description="person, country, …")] = None,
                 name: Annotated[str | None, Query(max_length=500, description="part of the name")] = None,
                 country: Code = None) -> dict:
    kind = f.choice(kind, f.ENTITY_KINDS, "kind")
    code = f.country(country) if country else None
    items = views.entities(db, kind=kind, name=name, country=code, limit=page.limit, offset=page.offset)
    return page.envelope(request, items, views.count_entities(db, kind=kind, name=name, country=code))


@router.get("/entities/{entity_id}", summary="An entity with its events, occasions, quotes and commitments",
            response_model=models.EntityDetail, responses=models.ERRORS)
def api_entity(entity_id: int, db: DB) -> dict:
    e = found(views.entity(db, row_id(entity_id, "entity")), f"entity {entity_id}")
    return e | {"events": views.events_of(db, entity_id), "occasions": occasions_of(db, entity_id),
                "quotes": views.quotes_of(db, entity_id, limit=100), "commitments": views.commitments_of(db, entity_id)}


@router.get("/threads/{thread_id}", summary="A thread's timeline", response_model=models.ThreadDetail,
            responses=models.ERRORS)
def api_thread(thread_id: int, db: DB) -> dict:
    return found(thread(db, row_id(thread_id, "thread")), f"thread {thread_id}")


@router.get("/countries/{code}", summary="A country's partners by year, events by month and latest occasions",
            response_model=models.Country, responses=models.ERRORS)
def api_country(code: Annotated[str, Path(max_length=10)], db: DB) -> dict:
    if code.upper() not in f.country_codes():  # a path that names no country is not found, as on the page
        found(None, f"country {code}")
    code = code.upper()
    name, partners = views.country_name(db, code), relations(db, code)
    if name is None and not partners:
        found(None, f"country {code}")
    return {"country": code, "name": name, "partners": partners, "events_by_month": views.events_by_month(db, [code]),
            "occasions": lists.meetings(db, countries=[code], limit=100).items}


@router.get("/pairs/{pair}", summary="Two countries: meetings, events by month, commitments and threads",
            response_model=models.Pair, responses=models.ERRORS)
def api_pair(pair: str, db: DB) -> dict:
    a, b = pair_codes(pair)
    return {"countries": [a, b], "meetings": meetings(db, a, b), "events_by_month": views.events_by_month(db, [a, b]),
            "commitments": commitments(db, parties=[a, b]), "threads": lists.threads(db, countries=[a, b],
                                                                                     limit=500).items}
