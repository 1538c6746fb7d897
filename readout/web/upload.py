"""``POST /api/documents``: add readouts to the store. Disabled (405) unless the server was started with a token,
then the token is required (403 without it or with a wrong one); a body over the ``max_input_bytes`` setting is
refused with 413 before it is read to the end. The answer lists the documents ``added`` (201), those stored before
(``unchanged``) and copies of stored ones (``duplicates``, each with the id of the stored document and the line
``"duplicate of document N (same URL)"``); with nothing added it is a 200, with nothing readable a 422.

The body is one of: JSON ``{"text": …, "title": …, "url": …, "date": …, "publisher": …}``; a form with the same
fields or with ``file`` (any format ``readout read`` takes: header+text, HTML, JSON, JSON Lines); plain text.
"""
from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from readout.errors import Failure, InputError
from readout.model import Document
from readout.web.deps import Web, require_token, web

router = APIRouter(prefix="/api", tags=["api"])


class NewDocument(BaseModel):
    """A readout to add: its text and what is known about it."""

    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    publisher: str | None = None
    place: str | None = None
META = ("title", "url", "date", "publisher", "place")
FORM_OVERHEAD = 64 * 1024  # multipart boundaries and the metadata fields around a file


@router.post("/documents", status_code=201, dependencies=[Depends(require_token)],
             summary="Add a readout (needs the server's token)",
             responses={403: {"description": "no token or a wrong token"},
                        200: {"description": "nothing added: each document was stored before (unchanged) or is "
                                             "a copy of a stored one (duplicates: 'duplicate of document N')"},
                        405: {"description": "the server was started without a token"},
                        413: {"description": "larger than max_input_bytes"},
                        422: {"description": "nothing could be read"}},
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": NewDocument.model_json_schema()},
                 "multipart/form-data": {"schema": {"type": "object", "properties": {
                     "file": {"type": "string", "format": "binary"}, "text": {"type": "string"},
                     **{k: {"type": "string"} for k in META}}}},
                 "text/plain": {"schema": {"type": "string"}}}}})
async def add_document(request: Request, config: Annotated[Web, Depends(web)]) -> JSONResponse:
    limit = config.settings.max_input_bytes
    body = await _read_body(request, limit + FORM_OVERHEAD)
    if len(body) > limit and request.headers.get("content-type", "").startswith("text/plain"):
        raise HTTPException(413, f"request body of {len(body)} bytes is over the limit of {limit} bytes")
    docs = await _documents(request, body, config)
    for item in docs:
        if isinstance(item, Document) and len(item.text.encode("utf-8")) > limit:
            raise HTTPException(413, f"{item.source}: larger than {limit} bytes (max_input_bytes)")
    result = await run_in_threadpool(_store, config.store, docs)
    status = 201 if result["added"] else 200 if result["unchanged"] or result["duplicates"] else 422
    return JSONResponse(result, status_code=status)


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is longer than ``limit``."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"request body of {declared} bytes is over the limit of {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body is over the limit of {limit} bytes")
        chunks.append(chunk)
    body = b"".join(chunks)
    request._body = body  # noqa: SLF001 - lets request.form() parse the body already read (Starlette caches it)
    return body


async def _documents(request: Request, body: bytes, config: Web) -> list[Document | Failure]:
    from readout.readers import documents_from_bytes

    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            fields = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise HTTPException(422, f"request body: broken JSON ({e})") from None
        if not isinstance(fields, dict):
            raise HTTPException(422, "request body: expected a JSON object with a 'text' field")
        return [_from_fields(fields, config)]
    if kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = await request.form(max_part_size=config.settings.max_input_bytes + 1)
        upload = form.get("file")
        if upload is not None and not isinstance(upload, str):
            data = await upload.read()
            name = upload.filename or "upload"
            if len(data) > config.settings.max_input_bytes:
                raise HTTPException(413, f"{name}: {len(data)} bytes, over max_input_bytes "
                                         f"({config.settings.max_input_bytes})")
            return list(documents_from_bytes(data, name, config.settings))
        return [_from_fields({k: v for k, v in form.items() if isinstance(v, str)}, config)]
    if kind in ("text/plain", ""):
        return list(documents_from_bytes(body, "request", config.settings, fmt="text"))
    raise HTTPException(415, f"content type {kind!r}: send JSON, a form (text or file) or text/plain")


def _from_fields(fields: dict, config: Web) -> Document | Failure:
    from readout.readers import read_text_input

    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise HTTPException(422, "request: a non-empty 'text' field (or a 'file') is required")
    meta = {k: str(fields[k]) for k in META if fields.get(k) not in (None, "")}
    try:
        return read_text_input(text, settings=config.settings, source="request", **meta)
    except InputError as e:
        if len(text.encode("utf-8")) > config.settings.max_input_bytes:
            raise HTTPException(413, str(e)) from None
        return e.failure()


def _store(store, docs: list[Document | Failure]) -> dict:
    """Extract and store each document (one transaction each; it joins its occasions and threads as it is saved),
    then mark the threads now overdue. A document stored before is ``unchanged``; a copy of a stored one (the same URL, or the same words) is a ``duplicate`` naming that
    document (``"request: duplicate of document 5 (same text)"``) and adds nothing."""
    from readout.pipeline import extract
    from readout.store.threads import refresh_statuses
    from readout.store.write import find_document, find_duplicate, identity_of, prepare, save

    added, unchanged, duplicates, failed = [], [], [], []

    def known(session, doc: Document) -> bool:
        """Whether ``doc`` is stored already (listed as unchanged or as a duplicate)."""
        old = find_document(session, identity_of(doc))
        if old is not None and old.status == "ok":
            unchanged.append(_link(old.id))
            return True
        copy = find_duplicate(session, doc)
        if copy is not None:
            duplicates.append(_link(copy.id) | {"reason": copy.reason, "detail": f"{doc.source or 'request'}: {copy}"})
            return True
        return False

    for doc in docs:
        if isinstance(doc, Failure):
            failed.append(str(doc))
            continue
        with store.session() as session:
            if known(session, doc):  # before extracting: a copy costs nothing
                continue
        try:
            prepared = prepare(extract(doc))
        except Exception as e:  # noqa: BLE001 - one bad document is reported, not a server error
            failed.append(f"{doc.source}: extraction failed: {type(e).__name__}: {e}")
            continue
        with store.write() as session:
            if not known(session, doc):  # another writer may have stored it meanwhile
                doc_id = save(session, prepared)
                if doc_id is not None:
                    added.append(_link(doc_id))
                else:
                    known(session, doc)
    if added:
        with store.write() as session:
            refresh_statuses(session)  # each document joined its occasions and threads when saved
    return {"added": added, "unchanged": unchanged, "duplicates": duplicates, "failed": failed}


def _link(doc_id: int) -> dict:
    return {"id": doc_id, "page": f"/documents/{doc_id}", "api": f"/api/documents/{doc_id}"}
