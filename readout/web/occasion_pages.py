"""The occasion page: one meeting, call or visit with every report of it, and the reports side by side (what
``readout compare`` prints): each side's quotes by speaker, commitments and sectors, official sides first, media
after; then what several sides tell and what only one does."""
from __future__ import annotations

from fastapi import APIRouter, Request

from readout.store.compare import compare
from readout.web.deps import DB, found, render, row_id

router = APIRouter(include_in_schema=False)


def sides(reports: list[dict]) -> list[dict]:
    """Reports grouped by side (the publisher's country), in the comparison's order: official sides first.

    >>> [(s["side"], s["official"], len(s["reports"])) for s in sides([
    ...     {"side": "RU", "official": True}, {"side": "RU", "official": True}, {"side": "ria.ru", "official": False}])]
    [('RU', True, 2), ('ria.ru', False, 1)]
    """
    groups: dict[tuple, dict] = {}
    for r in reports:
        key = (not r["official"], r["side"])
        groups.setdefault(key, {"side": r["side"], "official": r["official"], "reports": []})["reports"].append(r)
    return list(groups.values())


@router.get("/occasions/{occasion_id}")
def occasion_page(request: Request, db: DB, occasion_id: int):
    found_ = found(compare(db, row_id(occasion_id, "occasion")), f"occasion {occasion_id}")
    o = found_["occasion"]
    people = list(zip(o["participants"], o["participant_ids"]))
    return render(request, "occasion.html", occasion=o, people=people, sides=sides(found_["reports"]),
                  matches=found_["matches"], only=found_["only"], compared=len(found_["sides"]) > 1)
