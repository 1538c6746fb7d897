"""HTML pages about people, countries, country pairs and commitment threads."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import RedirectResponse

from readout.store import commitments, lists, meetings, relations, search, thread, views
from readout.store.filters import country_codes
from readout.store.occasion_pages import occasions_of
from readout.web.charts import events_chart, threads_chart
from readout.web.deps import CODE, DB, Paging, found, pair_codes, render, row_id

router = APIRouter(include_in_schema=False)


@router.get("/people")
def people(request: Request, db: DB, page: Paging, name: Annotated[str, Query(max_length=500)] = "",
           country: Annotated[str, Query(max_length=20)] = ""):
    if country and not re.fullmatch(CODE, country):
        raise HTTPException(422, f"country {country!r}: expected a two-letter ISO code such as KZ")
    items = views.entities(db, kind="person", name=name or None, country=country or None, limit=page.limit + 1,
                           offset=page.offset)
    return render(request, "people.html", page=page.envelope(request, items), name=name, country=country)


@router.get("/entities/{entity_id}")
def entity_page(request: Request, entity_id: int, db: DB, page: Paging,
                about: Annotated[str, Query(max_length=500)] = ""):
    e = found(views.entity(db, row_id(entity_id, "entity")), f"entity {entity_id}")
    if e["kind"] == "country" and e["country"]:
        return RedirectResponse(f"/countries/{e['country']}", status_code=307)
    if about.strip():
        hits = search(db, about, "quote", person=e["key"], limit=page.limit + 1, offset=page.offset)
        quotes = [{"id": h.id, "document_id": h.document_id, "date": h.date, "text": h.text} for h in hits]
    else:
        quotes = views.quotes_of(db, entity_id, limit=page.limit + 1, offset=page.offset)
    return render(request, "entity.html", entity=e, occasions=occasions_of(db, entity_id),
                  quotes=page.envelope(request, quotes), about=about, commitments=views.commitments_of(db, entity_id))


@router.get("/people/{entity_id}")
def person_page(entity_id: int):
    return RedirectResponse(f"/entities/{entity_id}", status_code=307)


def _partners(rows: list[dict]) -> list[dict]:
    """:func:`relations` rows summed over years: partner, events, commitments, most active first."""
    totals: dict[str, dict] = defaultdict(lambda: {"events": 0, "commitments": 0})
    for r in rows:
        totals[r["partner"]]["events"] += r["events"]
        totals[r["partner"]]["commitments"] += r["commitments"]
    out = [{"partner": p, **v} for p, v in totals.items()]
    return sorted(out, key=lambda r: (-(r["events"] + r["commitments"]), r["partner"]))


@router.get("/countries/{code}")
def country_page(request: Request, db: DB, code: Annotated[str, Path(max_length=10)]):
    if code.upper() not in country_codes():
        found(None, f"country {code}")  # a page for no country is not found, as in the API
    code = code.upper()
    name = views.country_name(db, code)
    partners = _partners(relations(db, code))
    if name is None and not partners:
        found(None, f"country {code}")
    threads = views.threads(db, [code], limit=200)
    names = {p["partner"]: views.country_name(db, p["partner"]) for p in partners}
    return render(request, "country.html", code=code, name=name or code, partners=partners, names=names,
                  events=events_chart(views.events_by_month(db, [code])), threads=threads,
                  timeline=threads_chart(threads[:40]),
                  people=views.entities(db, kind="person", country=code, limit=50),
                  occasions=lists.meetings(db, countries=[code], limit=20).items,
                  documents=views.documents(db, country=code, limit=10))


@router.get("/pairs/{pair}")
def pair_page(request: Request, db: DB, pair: str):
    a, b = pair_codes(pair)
    if pair != f"{a}-{b}":
        return RedirectResponse(f"/pairs/{a}-{b}", status_code=307)
    threads = views.threads(db, [a, b], limit=200)
    return render(request, "pair.html", a=a, b=b, names={c: views.country_name(db, c) or c for c in (a, b)},
                  meetings=meetings(db, a, b, limit=100), events=events_chart(views.events_by_month(db, [a, b])),
                  threads=threads, timeline=threads_chart(threads[:40]),
                  commitments=commitments(db, parties=[a, b], limit=200))


@router.get("/threads/{thread_id}")
def thread_page(request: Request, db: DB, thread_id: int):
    th = found(thread(db, row_id(thread_id, "thread")), f"thread {thread_id}")
    return render(request, "thread.html", thread=th,
                  titles=views.headings(db, [step["document_id"] for step in th["timeline"]]))
