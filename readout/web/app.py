"""The web app: server-rendered pages over the store, a JSON API under ``/api`` and its OpenAPI description.

``create_app(db, token=…)`` builds it (``readout serve`` runs it with uvicorn). Every response carries a strict
Content-Security-Policy: scripts and styles only from this server (the vendored Vega and Swagger UI builds in
``static/``), nothing inline, no frames, no plugins.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from readout.settings import Settings
from readout.store.filters import QueryError
from readout.web.deps import Web, make_templates, render

STATIC = Path(__file__).with_name("static")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = {"content-security-policy": CSP, "x-content-type-options": "nosniff",
                    "referrer-policy": "no-referrer", "x-frame-options": "DENY"}


def create_app(db: str | None = None, *, token: str | None = None, settings: Settings | None = None,
               store=None) -> FastAPI:
    """The app over the store at ``db`` (or an open ``store``); ``token`` enables ``POST /api/documents``.

    Raises :class:`readout.store.StoreError` when the store cannot be opened.
    """
    from readout.store import open_store

    settings = settings or Settings.from_env()
    store = store or open_store(db or settings.db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    app = FastAPI(title="readout", version="0.1.0", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Russian diplomatic readouts as structured records: documents, entities, quotes, "
                              "commitments and their threads. Lists are paged with `limit` and `offset`; each "
                              "page links to the `next` one.")
    app.state.web = Web(store=store, token=token or None, settings=settings, templates=make_templates())
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _add_routes(app)
    _add_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app


def _add_routes(app: FastAPI) -> None:
    from readout.web import api, api_lists, api_occasions, list_pages, occasion_pages, pages, places, upload

    app.include_router(api.router)
    app.include_router(api_lists.router)
    app.include_router(api_occasions.router)
    app.include_router(upload.router)
    app.include_router(pages.router)
    app.include_router(list_pages.router)
    app.include_router(places.router)
    app.include_router(occasion_pages.router)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def _add_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        headers = getattr(exc, "headers", None)
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)
        return render(request, "error.html", status_code=exc.status_code, status=exc.status_code,
                      message=str(exc.detail))

    @app.exception_handler(QueryError)
    async def bad_filter(request: Request, exc: QueryError):
        if _wants_json(request):
            return JSONResponse({"detail": [str(exc)]}, status_code=422)
        return render(request, "error.html", status_code=422, status=422, message=str(exc))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):  # the answer still carries the security headers
        return JSONResponse({"detail": "internal error"}, status_code=500, headers=SECURITY_HEADERS)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        problems = [f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in exc.errors()]
        if _wants_json(request):
            return JSONResponse({"detail": problems}, status_code=422)
        return render(request, "error.html", status_code=422, status=422, message="; ".join(problems))
