"""The records readout produces: plain frozen dataclasses whose facts are spans into a fixed text.

A document's text never changes; every mention, quote and commitment holds ``start``/``stop`` offsets into it,
so the text of a fact is always ``doc.text[start:stop]``.

>>> doc = Document(text="Токаев посетил Баку.")
>>> span = Span(0, 6)
>>> span.of(doc.text)
'Токаев'
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range ``[start, stop)`` of a document's text."""

    start: int
    stop: int

    def of(self, text: str) -> str:
        return text[self.start : self.stop]

    def __contains__(self, other: "Span") -> bool:
        return self.start <= other.start and other.stop <= self.stop

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.stop and other.start < self.stop


@dataclass(frozen=True, slots=True)
class Document:
    """A text and what is known about it before extraction.

    ``source`` names where it came from (a path, ``-`` for standard input, ``FILE:LINE`` for a JSON line).
    """

    text: str
    id: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    place: str | None = None
    publisher: str | None = None
    language: str | None = None
    license: str | None = None
    credit: str | None = None  # anything after the date on a header line ("Фото: t.me/aqorda_resmi")

    def meta(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "text"}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit: ``value`` 1e9 and ``unit`` ``USD``; ``unit`` is an ISO 4217 code, ``percent``,
    ``count``, ``tonnes``…; ``factor`` is set for multipliers ("удвоить" → 2, "в 2,5 раза" → 2.5)."""

    start: int
    stop: int
    value: float | None
    unit: str | None = None
    factor: float | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    stop: int
    text: str
    rule: str = "ner"


@dataclass(frozen=True, slots=True)
class Entity:
    """One person, country, place or organization, with every mention of it in the document."""

    id: str
    kind: str  # person | country | place | organization
    name: str  # canonical nominative name: "Касым-Жомарт Токаев", "Казахстан"
    country: str | None = None  # ISO 3166-1 alpha-2
    role: str | None = None  # office key: "president", "foreign_minister", …
    key: str | None = None  # stable cross-document key (office-holder id or kind:name)
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    stop: int
    text: str
    direct: bool
    speaker: str | None  # entity id
    speaker_name: str | None
    rule: str
    speaker_rule: str | None = None
    cue: Span | None = None  # the verb of saying or label


@dataclass(frozen=True, slots=True)
class Commitment:
    start: int
    stop: int
    text: str
    kind: str  # agreement | signed | instruction | plan | in_progress | intent
    parties: tuple[str, ...] = ()
    action: str | None = None
    object: str | None = None
    target: Quantity | None = None
    factor: float | None = None
    horizon: str | None = None
    deadline: str | None = None  # YYYY-MM-DD when the horizon resolves to a date
    addressee: str | None = None
    rule: str = ""
    cue: Span | None = None


@dataclass(frozen=True, slots=True)
class Event:
    kind: str
    status: str = "held"  # held | planned
    date: str | None = None
    place: str | None = None
    participants: tuple[str, ...] = ()  # entity ids
    start: int | None = None
    stop: int | None = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Record:
    """Everything readout found in one document."""

    document: Document
    publisher_country: str | None = None
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    sectors: tuple[str, ...] = ()
    sector_spans: tuple[tuple[str, int, int], ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready data; field names are documented in docs/record.md."""
        doc = self.document.meta()
        doc["publisher_country"] = self.publisher_country
        doc["length"] = len(self.document.text)
        names = {e.id: e.name for e in self.entities}
        return {
            "document": doc,
            "entities": [_entity(e) for e in self.entities],
            "events": [_event(e) for e in self.events if e.status != "planned"],
            "planned_events": [_event(e) for e in self.events if e.status == "planned"],
            "quotes": [_quote(q) for q in self.quotes],
            "commitments": [_commitment(c, names) for c in self.commitments],
            "sectors": list(self.sectors),
            "sector_mentions": [{"sector": s, "start": a, "stop": b} for s, a, b in self.sector_spans],
        }


def _event(e: Event) -> dict[str, Any]:
    return asdict(e) | {"participants": list(e.participants)}


def _entity(e: Entity) -> dict[str, Any]:
    d = asdict(e)
    d["mentions"] = [{"start": m.start, "stop": m.stop, "text": m.text, "rule": m.rule} for m in e.mentions]
    return d


def _span(s: Span | None) -> list[int] | None:
    return None if s is None else [s.start, s.stop]


def _quote(q: Quote) -> dict[str, Any]:
    d = asdict(q)
    d["cue"] = _span(q.cue)
    return d


def _commitment(c: Commitment, names: dict[str, str]) -> dict[str, Any]:
    d = asdict(c)
    d["parties"] = list(c.parties)
    d["cue"] = _span(c.cue)
    d["target"] = None if c.target is None else {"value": c.target.value, "unit": c.target.unit,
                                                  "start": c.target.start, "stop": c.target.stop}
    return d
