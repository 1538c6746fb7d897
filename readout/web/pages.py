"""HTML pages: home, a document with its facts highlighted in place, search, and the API's own page."""
from __future__ import annotations

import re
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from readout.store import search, summary, views
from readout.web.deps import CODE, DAY, DB, Paging, found, render
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
    doc = found(views.document(db, document_id), f"document {document_id}")
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
    return render(request, "document.html", doc=doc, segments=segments(doc, span), speakers=list(speakers.values()))


@router.get("/search")
def search_page(request: Request, db: DB, page: Paging,
                q: Annotated[str, Query(max_length=500)] = "",
                kind: Literal["all", "document", "quote", "commitment"] = "all",
                country: Annotated[str, Query(max_length=20)] = "",
                person: Annotated[str, Query(max_length=500)] = "",
                since: Annotated[str, Query(max_length=10)] = "",
                until: Annotated[str, Query(max_length=10)] = ""):
    problems = []
    if country and not re.fullmatch(CODE, country):
        problems.append(f"country {country!r}: expected a two-letter ISO code such as KZ")
    for name, day in (("since", since), ("until", until)):
        if day and not re.fullmatch(DAY, day):
            problems.append(f"{name} {day!r}: expected a date YYYY-MM-DD")
    hits = [] if problems else search(db, q, kind, country=country or None, person=person or None,
                                      since=since or None, until=until or None,
                                      limit=page.limit + 1, offset=page.offset)
    form = {"q": q, "kind": kind, "country": country, "person": person, "since": since, "until": until}
    titles = views.headings(db, [h.document_id for h in hits])
    return render(request, "search.html", form=form, page=page.envelope(request, hits), problems=problems,
                  titles=titles,
                  searched=bool(q or country or person or since or until or kind != "all"))


@router.get("/docs")
def api_docs(request: Request):
    """Swagger UI for ``/openapi.json``, from the vendored build (no CDN, no inline script)."""
    return render(request, "swagger.html")
