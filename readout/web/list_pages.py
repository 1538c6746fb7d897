"""HTML list pages with filters: commitments, threads, meetings and quotes. Each shows its total, pages through the
list and links to the same rows as JSON and CSV (the API list with the same query); a bad filter is a 422 page that
says which."""
from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request

from readout.store import lists
from readout.store.filters import COMMITMENT_KINDS, STATUSES, event_kinds
from readout.web.deps import DB, Paging, render

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Query(max_length=500)]


def _codes(value: str) -> list[str]:
    """``"KZ AZ"`` or ``"KZ,AZ"`` → ``['KZ', 'AZ']``."""
    return [c for c in value.replace(",", " ").split() if c]


@router.get("/commitments")
def commitments_page(request: Request, db: DB, page: Paging, party: Text = "", person: Text = "", sector: Text = "",
                     kind: Text = "", status: Text = "", since: Text = "", until: Text = "",
                     deadline_after: Text = "", deadline_before: Text = "", has_target: Text = ""):
    form = {"party": party, "person": person, "sector": sector, "kind": kind, "status": status, "since": since,
            "until": until, "deadline_after": deadline_after, "deadline_before": deadline_before,
            "has_target": has_target}
    found = lists.commitments(db, countries=_codes(party), person=person or None, sector=sector or None,
                              kind=kind or None, status=status or None, since=since or None, until=until or None,
                              deadline_after=deadline_after or None, deadline_before=deadline_before or None,
                              has_target=True if has_target == "yes" else False if has_target == "no" else None,
                              limit=page.limit, offset=page.offset)
    return render(request, "commitments.html", form=form, page=page.envelope(request, found.items, found.total),
                  downloads=_api_links(request, "/api/commitments"), kinds=COMMITMENT_KINDS, statuses=STATUSES)


@router.get("/threads")
def threads_page(request: Request, db: DB, page: Paging, party: Text = "", status: Text = "", since: Text = "",
                 until: Text = "", deadline_after: Text = "", deadline_before: Text = ""):
    form = {"party": party, "status": status, "since": since, "until": until, "deadline_after": deadline_after,
            "deadline_before": deadline_before}
    found = lists.threads(db, countries=_codes(party), status=status or None, since=since or None,
                          until=until or None, deadline_after=deadline_after or None,
                          deadline_before=deadline_before or None, limit=page.limit, offset=page.offset)
    return render(request, "threads.html", form=form, page=page.envelope(request, found.items, found.total),
                  downloads=_api_links(request, "/api/threads"), statuses=STATUSES)


@router.get("/meetings")
def meetings_page(request: Request, db: DB, page: Paging, country: Text = "", person: Text = "", kind: Text = "",
                  status: Text = "", since: Text = "", until: Text = ""):
    form = {"country": country, "person": person, "kind": kind, "status": status, "since": since, "until": until}
    found = lists.meetings(db, countries=_codes(country), person=person or None, kind=kind or None,
                           status=status or None, since=since or None, until=until or None, limit=page.limit,
                           offset=page.offset)
    return render(request, "meetings.html", form=form, page=page.envelope(request, found.items, found.total),
                  downloads=_api_links(request, "/api/meetings", codes="country"), kinds=event_kinds())


@router.get("/quotes")
def quotes_page(request: Request, db: DB, page: Paging, person: Text = "", country: Text = "", speech: Text = "",
                since: Text = "", until: Text = "", about: Text = ""):
    form = {"person": person, "country": country, "speech": speech, "since": since, "until": until, "about": about}
    found = lists.quotes(db, person=person or None, country=country or None, since=since or None,
                         until=until or None, direct=SPEECH.get(speech), about=about or None, limit=page.limit,
                         offset=page.offset)
    return render(request, "quotes.html", form=form, page=page.envelope(request, found.items, found.total),
                  downloads=_api_links(request, "/api/quotes"))


SPEECH = {"direct": True, "reported": False}  # the quotes page's speech field → the API's direct=true|false


def _api_links(request: Request, api_path: str, codes: str = "party") -> dict[str, str]:
    """The API's links for this page's query: empty fields dropped, ``party=KZ AZ`` (or the ``codes`` field) as one
    ``party`` each, ``has_target=yes`` as ``true``, ``speech=reported`` as ``direct=false``."""
    params = []
    for k, v in request.query_params.multi_items():
        if not v or k == "format":
            continue
        if k == codes:
            params += [(k, c) for c in _codes(v)]
        elif k == "has_target":
            params.append((k, "true" if v == "yes" else "false"))
        elif k == "speech" and v in SPEECH:
            params.append(("direct", "true" if SPEECH[v] else "false"))
        else:
            params.append((k, v))
    query = urlencode(params)
    return {"json": api_path + ("?" + query if query else ""),
            "csv": api_path + "?" + urlencode(params + [("format", "csv")])}
