"""HTML pages: home, a document with its facts highlighted in place, search, and the API's own page."""
from __future__ import annotations

import re
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from readout.store import filters, search, summary, views
from readout.store.search import total as search_total
from readout.web.deps import CODE, DB, Paging, downloads, found, render, row_id
from readout.web.highlight import segments, speaker_colours, speaker_key

router = APIRouter(include_in_schema=False)
MARK = re.compile(r"(\d{1,9})-(\d{1,9})")


@router.get("/")
def home(request: Request, db: DB):
    return render(request, "home.html", summary=summary(db, top=12, latest=8),
                  documents=views.documents(db, limit=10))


@router.get("/documents")
def document_list(request: Request, db: DB, page: Paging, country: Annotated[str | None, Query(pattern=CODE)] = None):
    items = views.documents(db, country=country, limit=page.limit + 1, offset=page.offset)
    return render(request, "documents.html", page=page.envelope(request, items), country=country)


@router.get("/documents/{document_id}")
def document_page(request: Request, document_id: int, db: DB,
                  mark: Annotated[str | None, Query(max_length=40, description="START-STOP to highlight")] = None):
    doc = found(views.document(db, row_id(document_id, "document")), f"document {document_id}")
    span = None
    if mark and (m := MARK.fullmatch(mark)):
        span = (int(m[1]), int(m[2]))
    colours = speaker_colours(doc["quotes"])
    speakers = {}
    for q in doc["quotes"]:
        speakers.setdefault(speaker_key(q), {"name": q["speaker"] or "unknown speaker", "id": q["speaker_id"],
                                             "colour": colours[speaker_key(q)], "quotes": 0})["quotes"] += 1
    for q in doc["quotes"]:
        q["colour"] = colours[speaker_key(q)]
    quotes = {q["id"]: {"who": q["speaker"] or "unknown speaker", "direct": q["direct"]} for q in doc["quotes"]}
    return render(request, "document.html", doc=doc, segments=segments(doc, span), speakers=list(speakers.values()),
                  quotes=quotes)


@router.get("/search")
def search_page(request: Request, db: DB, page: Paging,
                q: Annotated[str, Query(max_length=500)] = "",
                kind: Literal["all", "document", "quote", "commitment"] = "all",
                country: Annotated[str, Query(max_length=20)] = "",
                person: Annotated[str, Query(max_length=500)] = "",
                since: Annotated[str, Query(max_length=10)] = "",
                until: Annotated[str, Query(max_length=10)] = ""):
    problems = []
    try:
        code = filters.country(country) if country else None
    except filters.QueryError as e:
        problems.append(str(e))
    try:
        since_, until_ = filters.span(since, until)
    except filters.QueryError as e:
        problems.append(str(e))
    hits, total = [], 0
    if not problems:
        args = dict(country=code, person=person or None, since=since_, until=until_)
        hits = search(db, q, kind, limit=page.limit, offset=page.offset, **args)
        total = search_total(db, q, kind, **args)
    form = {"q": q, "kind": kind, "country": country, "person": person, "since": since, "until": until}
    titles = views.headings(db, [h.document_id for h in hits])
    return render(request, "search.html", form=form, page=page.envelope(request, hits, total), problems=problems,
                  titles=titles, downloads=downloads(request, "/api/search"),
                  searched=bool(q or country or person or since or until or kind != "all"))


@router.get("/docs")
def api_docs(request: Request):
    """Swagger UI for ``/openapi.json``, from the vendored build (no CDN, no inline script)."""
    return render(request, "swagger.html")
