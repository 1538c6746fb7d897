"""Vega-Lite specifications for the charts of the country and pair pages; the browser draws them with the
vendored Vega-Lite and Vega builds (static/), so the data travel inside the page as JSON.

>>> spec = events_chart([{"month": "2025-10", "kind": "talks", "count": 2}])
>>> spec["mark"]["type"], spec["data"]["values"][0]["count"]
('bar', 2)
"""
from __future__ import annotations

STATUS_COLOURS = {"announced": "#4c78a8", "in_progress": "#f2a900", "achieved": "#2e9d57", "overdue": "#d62728"}
LABEL = 60


def month_range(months: list[str], at_least: int = 12) -> list[str]:
    """Every month from the first to the last of ``months``, extended back to ``at_least`` months.

    >>> month_range(["2025-10", "2025-12"], at_least=4)
    ['2025-09', '2025-10', '2025-11', '2025-12']
    """
    if not months:
        return []
    def index(m: str) -> int:
        return int(m[:4]) * 12 + int(m[5:7]) - 1
    last = max(index(m) for m in months)
    first = min(min(index(m) for m in months), last - at_least + 1)
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(first, last + 1)]


def events_chart(rows: list[dict]) -> dict:
    """A stacked bar chart of events by month (``rows`` from :func:`readout.store.views.events_by_month`), over
    at least a year so that a single month does not fill the chart."""
    domain = month_range([r["month"] for r in rows])
    return {
        "description": "Events by month",
        "width": "container", "height": 220,
        "data": {"values": rows},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": {"field": "month", "type": "ordinal", "title": "month", "scale": {"domain": domain},
                  "axis": {"labelAngle": -45}},
            "y": {"field": "count", "type": "quantitative", "aggregate": "sum", "title": "events",
                  "axis": {"tickMinStep": 1}},
            "color": {"field": "kind", "type": "nominal", "title": "kind"},
        },
    }


def thread_label(thread: dict) -> str:
    """``#12 удвоить товарооборот…``: the thread's id and the start of its object.

    >>> thread_label({"id": 3, "object": "Правительствам поручено держать на контроле эти направления и принять План"})
    '#3 Правительствам поручено держать на контроле эти направления…'
    """
    obj = " ".join(thread["object"].split())
    return f"#{thread['id']} " + (obj if len(obj) <= LABEL else obj[:LABEL].rstrip() + "…")


def threads_chart(threads: list[dict]) -> dict:
    """Each thread as a line from its first to its last date (or its deadline, if later), coloured by status."""
    rows = []
    for th in threads:
        if not th.get("first_date"):
            continue
        end = max(d for d in (th["first_date"], th.get("last_date"), th.get("deadline")) if d)
        rows.append({"thread": thread_label(th), "id": th["id"], "status": th["status"], "start": th["first_date"],
                     "end": end, "deadline": th.get("deadline")})
    colour = {"field": "status", "type": "nominal", "title": "status",
              "scale": {"domain": list(STATUS_COLOURS), "range": list(STATUS_COLOURS.values())}}
    y = {"field": "thread", "type": "nominal", "title": None, "sort": {"field": "start", "order": "descending"}}
    return {
        "description": "Commitment threads over time",
        "width": "container", "height": max(40, 18 * len({r["thread"] for r in rows})),
        "data": {"values": rows},
        "encoding": {"y": y, "color": colour},
        "layer": [
            {"mark": {"type": "rule", "strokeWidth": 3},
             "encoding": {"x": {"field": "start", "type": "temporal", "title": "date"}, "x2": {"field": "end"}}},
            {"mark": {"type": "point", "filled": True, "size": 60, "tooltip": True},
             "encoding": {"x": {"field": "start", "type": "temporal"}}},
        ],
    }
