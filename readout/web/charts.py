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


def clip_date(dates: list[str], months: int = 6) -> str | None:
    """The right edge of a timeline: ``months`` after the latest of ``dates`` (first steps and last steps, not
    deadlines, so that one far deadline does not squeeze every other thread into a sliver).

    >>> clip_date(["2025-02-01", "2025-05-08"])
    '2025-11-08'
    """
    if not dates:
        return None
    last = max(dates)
    year, month = int(last[:4]), int(last[5:7]) + months
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}{last[7:10] or '-01'}"


def threads_chart(threads: list[dict]) -> dict:
    """Each thread as a line from its first to its last date, on to its deadline (dashed), coloured by status;
    a deadline marker (a red tick) where one falls inside the chart, an arrow at the edge for one beyond it.
    The axis shows month and year; every mark links to its thread's page."""
    rows = []
    active = [d for th in threads for d in (th.get("first_date"), th.get("last_date")) if d]
    edge = clip_date(active)
    for th in threads:
        if not th.get("first_date"):
            continue
        last = th.get("last_date") or th["first_date"]
        deadline = th.get("deadline")
        beyond = bool(deadline and edge and deadline > edge)
        rows.append({"thread": thread_label(th), "id": th["id"], "status": th["status"], "start": th["first_date"],
                     "last": last, "deadline": deadline, "due": min(deadline, edge) if beyond else deadline,
                     "beyond": beyond, "url": f"/threads/{th['id']}",
                     "why": th.get("why") or th["status"].replace("_", " ")})
    colour = {"field": "status", "type": "nominal", "title": "status",
              "scale": {"domain": list(STATUS_COLOURS), "range": list(STATUS_COLOURS.values())}}
    y = {"field": "thread", "type": "nominal", "title": None, "sort": {"field": "start", "order": "descending"},
         "axis": {"labelLimit": 320}}
    dates = [d for r in rows for d in (r["start"], r["last"], r["due"]) if d]
    x_scale = {"domain": [min(dates), max(dates)]} if dates else {}
    axis = {"format": "%b %Y", "labelAngle": -30, "title": None, "tickCount": {"interval": "month", "step": 1}}
    tooltip = [{"field": "thread", "title": "thread"}, {"field": "why", "title": "status"},
               {"field": "start", "title": "first"}, {"field": "last", "title": "last"},
               {"field": "deadline", "title": "deadline"}]
    x = {"field": "start", "type": "temporal", "scale": x_scale, "axis": axis}
    return {
        "description": "Commitment threads over time",
        "width": "container", "height": max(40, 18 * len({r["thread"] for r in rows})),
        "data": {"values": rows},
        "encoding": {"y": y, "color": colour, "href": {"field": "url"}, "tooltip": tooltip},
        "layer": [
            {"transform": [{"filter": "datum.due != null"}],
             "mark": {"type": "rule", "strokeWidth": 1.5, "strokeDash": [3, 3], "cursor": "pointer"},
             "encoding": {"x": {**x, "field": "last"}, "x2": {"field": "due"}}},
            {"mark": {"type": "rule", "strokeWidth": 3, "cursor": "pointer"},
             "encoding": {"x": x, "x2": {"field": "last"}}},
            {"mark": {"type": "point", "filled": True, "size": 60, "cursor": "pointer"}, "encoding": {"x": x}},
            {"transform": [{"filter": "datum.due != null && !datum.beyond"}],
             "mark": {"type": "tick", "color": "#d62728", "thickness": 2, "size": 14, "cursor": "pointer"},
             "encoding": {"x": {**x, "field": "due"}, "color": {"value": "#d62728"}}},
            {"transform": [{"filter": "datum.beyond"}],
             "mark": {"type": "point", "shape": "triangle-right", "filled": True, "size": 70, "color": "#d62728",
                      "cursor": "pointer"},
             "encoding": {"x": {**x, "field": "due"}, "color": {"value": "#d62728"}}},
        ],
    }
