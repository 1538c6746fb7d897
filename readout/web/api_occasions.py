"""The API of occasions: ``/api/occasions/{id}``, one meeting, call or visit with every document that reports it
(the items of ``readout meetings --format json``), and ``/api/occasions/{id}/compare``, its reports side by side
(what ``readout compare`` prints). An unknown id is a 404, as everywhere."""
from __future__ import annotations

from fastapi import APIRouter

from readout.store.compare import compare
from readout.store.occasion_lists import occasion
from readout.web import models
from readout.web.deps import DB, found, row_id

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/occasions/{occasion_id}", summary="An occasion (meeting, call, visit) with every report of it",
            response_model=models.Meeting, responses=models.ERRORS)
def api_occasion(occasion_id: int, db: DB) -> dict:
    return found(occasion(db, row_id(occasion_id, "occasion")), f"occasion {occasion_id}")


@router.get("/occasions/{occasion_id}/compare",
            summary="An occasion's reports side by side: quotes, commitments, sectors; what both sides tell and "
                    "what only one does", response_model=models.Comparison, responses=models.ERRORS)
def api_compare(occasion_id: int, db: DB) -> dict:
    return found(compare(db, row_id(occasion_id, "occasion")), f"occasion {occasion_id}")
