"""A document's text cut into segments at every fact boundary, so a page can highlight quotes, commitments and
entity mentions in place without ever marking the text itself as safe HTML (each segment is escaped on output).

>>> text = "Токаев заявил: «Мы удвоим товарооборот»."
>>> doc = {"text": text, "entities": [{"id": 1, "kind": "person", "mentions": [{"start": 0, "stop": 6}]}],
...        "quotes": [{"id": 7, "start": 16, "stop": 38, "speaker_id": 1, "speaker": "Токаев"}],
...        "commitments": [{"id": 3, "start": 19, "stop": 38}]}
>>> [(s.text, s.quote, s.commitment, s.entity) for s in segments(doc)]  # doctest: +NORMALIZE_WHITESPACE
[('Токаев', None, None, 1), (' заявил: «', None, None, None), ('Мы ', 7, None, None),
 ('удвоим товарооборот', 7, 3, None), ('».', None, None, None)]
"""
from __future__ import annotations

from dataclasses import dataclass

PALETTE_SIZE = 24  # speaker colours spk-0 … spk-23 in static/style.css, far apart in hue


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text covered by the same facts; ``first_*`` is set where a fact starts (its anchor)."""

    start: int
    stop: int
    text: str
    quote: int | None = None
    speaker: int | None = None  # colour index of the quote's speaker
    commitment: int | None = None
    entity: int | None = None
    entity_kind: str | None = None
    mark: bool = False
    starts: tuple[str, ...] = ()  # anchors that begin here: "q-7", "c-3", "mark"


def speaker_colours(quotes: list[dict]) -> dict[str, int]:
    """A colour index for each speaker (by entity id, else by name), in order of first quote.

    >>> speaker_colours([{"speaker_id": 4, "speaker": "А"}, {"speaker_id": None, "speaker": "Б"},
    ...                  {"speaker_id": 4, "speaker": "А"}])
    {'4': 0, 'Б': 1}
    """
    out: dict[str, int] = {}
    for q in quotes:
        key = speaker_key(q)
        if key not in out:
            out[key] = len(out) % PALETTE_SIZE
    return out


def speaker_key(quote: dict) -> str:
    return str(quote["speaker_id"]) if quote.get("speaker_id") is not None else (quote.get("speaker") or "?")


def _inside(start: int, stop: int, length: int) -> bool:
    return 0 <= start < stop <= length


def segments(doc: dict, mark: tuple[int, int] | None = None) -> list[Segment]:
    """Segments of ``doc["text"]`` (a :func:`readout.store.views.document` dict); ``mark`` is an extra span to
    highlight (a thread step that is no commitment). Spans outside the text are ignored; where facts of one
    layer overlap, the one that starts first wins."""
    text = doc["text"]
    colours = speaker_colours(doc.get("quotes", []))
    layers: dict[str, list[tuple[int, int, dict]]] = {"quote": [], "commitment": [], "entity": [], "mark": []}
    for q in doc.get("quotes", []):
        layers["quote"].append((q["start"], q["stop"], {"quote": q["id"], "speaker": colours[speaker_key(q)]}))
    for c in doc.get("commitments", []):
        layers["commitment"].append((c["start"], c["stop"], {"commitment": c["id"]}))
    for e in doc.get("entities", []):
        for m in e.get("mentions", []):
            layers["entity"].append((m["start"], m["stop"], {"entity": e["id"], "entity_kind": e["kind"]}))
    if mark:
        layers["mark"].append((mark[0], mark[1], {"mark": True}))
    anchors = {"quote": "q-{quote}", "commitment": "c-{commitment}", "entity": "", "mark": "mark"}
    bounds = {0, len(text)}
    for spans in layers.values():
        spans[:] = sorted((s for s in spans if _inside(s[0], s[1], len(text))), key=lambda s: (s[0], -s[1]))
        for start, stop, _ in spans:
            bounds.update((start, stop))
    cuts = sorted(bounds)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        fields: dict = {}
        starts = []
        for name, spans in layers.items():
            hit = next((s for s in spans if s[0] <= a and b <= s[1]), None)
            if hit is not None:
                fields.update(hit[2])
            if anchors[name]:
                starts += [anchors[name].format(**s[2]) for s in spans if s[0] == a]
        out.append(Segment(a, b, text[a:b], starts=tuple(starts), **fields))
    return out
