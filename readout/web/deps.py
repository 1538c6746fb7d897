"""What every route shares: the app's configuration, a database session per request, paging, the write token,
and rendering a template. Routes take these as FastAPI dependencies instead of repeating them."""
from __future__ import annotations

import hmac
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode, urlsplit

from fastapi import Depends, HTTPException, Query, Request
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from readout.humanize import amount, factor
from readout.settings import Settings
from readout.store.filters import MAX_ID

TEMPLATES = Path(__file__).with_name("templates")
MAX_LIMIT = 200
CODE = r"^[A-Za-z]{2}$"
DAY = r"^\d{4}-\d{2}-\d{2}$"
STATUSES = ("announced", "in_progress", "achieved", "overdue")


@dataclass(frozen=True, slots=True)
class Web:
    """The running app's configuration: the open store, the write token (``None``: writing disabled), settings."""

    store: object  # readout.store.Store
    token: str | None
    settings: Settings
    templates: Jinja2Templates


def web(request: Request) -> Web:
    return request.app.state.web


def session(config: Annotated[Web, Depends(web)]) -> Iterator[Session]:
    with config.store.session() as s:
        yield s


DB = Annotated[Session, Depends(session)]


@dataclass(frozen=True, slots=True)
class Page:
    """Which slice of a list to show: ``limit`` items from ``offset``."""

    limit: int
    offset: int

    def envelope(self, request: Request, items: list, total: int | None = None) -> dict:
        """``items`` as a page with links to the neighbours: the page itself when ``total`` (all items over all
        pages) is given, else items fetched with ``limit + 1`` (the first ``limit`` are the page)."""
        more = self.offset + self.limit < total if total is not None else len(items) > self.limit
        return {"items": items[: self.limit], "total": total, "limit": self.limit, "offset": self.offset,
                "next": page_url(request, self.offset + self.limit) if more else None,
                "previous": page_url(request, max(0, self.offset - self.limit)) if self.offset else None}


def paging(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")] = 20,
           offset: Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")] = 0) -> Page:
    return Page(limit, offset)


Paging = Annotated[Page, Depends(paging)]


def page_url(request: Request, offset: int) -> str:
    """This request's path and query with ``offset`` replaced."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"]
    if offset:
        params.append(("offset", str(offset)))
    return request.url.path + ("?" + urlencode(params) if params else "")


def downloads(request: Request, api_path: str) -> dict[str, str]:
    """Links to this page's rows as JSON and as CSV: the API list at ``api_path`` with the same query.

    >>> from starlette.requests import Request
    >>> downloads(Request({"type": "http", "query_string": b"party=KZ&limit=5", "path": "/commitments",
    ...                    "headers": []}), "/api/commitments")
    {'json': '/api/commitments?party=KZ&limit=5', 'csv': '/api/commitments?party=KZ&limit=5&format=csv'}
    """
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "format"]
    query = urlencode(params)
    return {"json": api_path + ("?" + query if query else ""),
            "csv": api_path + "?" + urlencode(params + [("format", "csv")])}


def require_token(request: Request, config: Annotated[Web, Depends(web)]) -> None:
    """Writing needs the server's token: 405 when the server has none, 403 when it is missing or wrong.

    The token comes as ``Authorization: Bearer TOKEN`` or ``X-Readout-Token: TOKEN`` and is compared in
    constant time."""
    if not config.token:
        raise HTTPException(405, "adding documents is disabled: start the server with --token to enable it",
                            headers={"Allow": "GET, HEAD"})
    given = request.headers.get("x-readout-token", "")
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    if not hmac.compare_digest(given.encode("utf-8"), config.token.encode("utf-8")):
        raise HTTPException(403, "a valid token is required (Authorization: Bearer TOKEN)")


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else ``None``: a ``javascript:`` link is never rendered.

    >>> safe_url("http://kremlin.ru/events/president/news/76870"), safe_url("javascript:alert(1)")
    ('http://kremlin.ru/events/president/news/76870', None)
    """
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def pair_codes(pair: str) -> tuple[str, str]:
    """``"kz-az"`` → ``('AZ', 'KZ')``; 404 for anything that is not two ISO codes.

    >>> pair_codes("kz-az")
    ('AZ', 'KZ')
    """
    from readout.store.filters import country_codes

    if not re.fullmatch(r"[A-Za-z]{2}-[A-Za-z]{2}", pair) or not set(pair.upper().split("-")) <= country_codes():
        raise HTTPException(404, f"country pair {pair!r}: expected two ISO codes such as AZ-KZ")
    a, b = sorted(pair.upper().split("-"))
    if a == b:
        raise HTTPException(404, f"country pair {pair!r}: the two countries must differ")
    return a, b


def row_id(value: int, what: str) -> int:
    """``value`` when a store can hold it as an id, else a 404 naming ``what`` (ids are 64-bit).

    >>> row_id(12, "document")
    12
    """
    if not -MAX_ID <= value <= MAX_ID:
        raise HTTPException(404, f"{what} {value} not found")
    return value


def found(value, what: str):
    """``value``, or a 404 naming ``what`` when it is ``None``."""
    if value is None:
        raise HTTPException(404, f"{what} not found")
    return value


def render(request: Request, template: str, /, status_code: int = 200, **context):
    """``template`` rendered with ``context`` (every value escaped on output)."""
    config: Web = request.app.state.web
    return config.templates.TemplateResponse(request, template, context, status_code=status_code)


def make_templates() -> Jinja2Templates:
    """The page templates, HTML-escaped by default (every ``{{ }}`` is escaped; no template marks text safe)."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_url"] = safe_url
    env.filters["amount"] = amount  # the CLI's numbers for people: 1 млрд USD, ×2 (readout/humanize.py)
    env.filters["factor"] = factor
    env.globals["statuses"] = STATUSES
    return Jinja2Templates(env=env)
