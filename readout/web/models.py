"""Pydantic models of the API's answers, so that ``/openapi.json`` describes the real bodies (tests check that a
real answer validates against its model)."""
from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict

T = TypeVar("T")


class Problem(BaseModel):
    """An error: ``detail`` says what was wrong (422: one line per bad parameter)."""

    detail: str | list[str]


class Page(BaseModel, Generic[T]):
    """One page of a list: ``total`` items in all, ``next``/``previous`` the URLs of the neighbouring pages."""

    items: list[T]
    total: int
    limit: int
    offset: int
    next: str | None
    previous: str | None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _InDocument(_Strict):
    """Something found in a document: its id, and the document's id, date, title and address."""

    id: int
    document_id: int
    date: str | None
    title: str | None
    url: str | None


class _Fact(_InDocument):
    publisher: str | None


class Quote(_Fact):
    speaker: str | None
    speaker_id: int | None
    direct: bool
    start: int
    stop: int
    text: str


class _Terms(_Strict):
    """What a commitment promises: its kind, the states it binds, its target, horizon, deadline and addressee, and
    its span in the document's text."""

    kind: str
    parties: list[str]
    target_value: float | None
    target_unit: str | None
    factor: float | None
    horizon: str | None
    deadline: str | None
    addressee: str | None
    start: int
    stop: int


class Commitment(_Fact, _Terms):
    action: str | None
    object: str | None
    text: str
    thread: int | None
    status: str | None


class OccasionDocument(_Strict):
    id: int
    publisher: str | None
    url: str | None
    title: str | None
    date: str | None


class Meeting(_Strict):
    """An occasion: one meeting, call or visit, with every document that reports it."""

    id: int
    date: str | None
    end_date: str | None
    status: str
    kinds: list[str]
    place: str | None
    participants: list[str]
    participant_ids: list[int]
    countries: list[str]
    documents: list[OccasionDocument]
    document_id: int | None
    title: str | None
    url: str | None
    publisher: str | None


class ReportQuote(_Strict):
    id: int
    text: str
    direct: bool
    start: int
    stop: int


class SpeakerQuotes(_Strict):
    speaker: str
    quotes: list[ReportQuote]


class ReportCommitment(_Terms):
    id: int
    text: str


class Report(_Strict):
    """One document's report of an occasion: its side (the publisher's country), quotes by speaker, commitments,
    sectors. ``official``: the publisher's country is one of the occasion's states."""

    document_id: int
    title: str | None
    url: str | None
    date: str | None
    publisher: str | None
    publisher_country: str | None
    side: str | None
    official: bool
    quotes: list[SpeakerQuotes]
    commitments: list[ReportCommitment]
    sectors: list[str]


class Told(_Strict):
    side: str | None
    document_id: int
    publisher: str | None
    commitment_id: int
    text: str
    parties: list[str]
    similarity: float | None = None


class Match(_Strict):
    """One commitment told by several sides (each side's wording; ``similarity`` to the one it was matched to)."""

    sides: list[str | None]
    commitments: list[Told]


class OneSide(_Strict):
    """A commitment only ``side`` tells; ``missing``: the sides that leave it out."""

    side: str | None
    missing: list[str | None]
    commitments: list[Told]


class Comparison(_Strict):
    """An occasion's reports side by side (official sides first, media after), what they share, what one tells."""

    occasion: Meeting
    reports: list[Report]
    matches: list[Match]
    only: list[OneSide]
    sides: list[str | None]


class _ThreadHead(_Strict):
    id: int
    parties: list[str]
    status: str
    object: str
    first_date: str | None
    last_date: str | None
    deadline: str | None


class Thread(_ThreadHead):
    steps: int
    why: str


class Hit(_Strict):
    kind: str
    id: int
    document_id: int
    date: str | None
    title: str | None
    url: str | None
    start: int
    stop: int
    text: str
    score: float
    detail: str | None
    snippet: str
    marks: list[tuple[int, int]]
    direct: bool | None


class DocumentHead(_Strict):
    id: int
    date: str | None
    title: str | None
    heading: str
    url: str | None
    publisher: str | None
    publisher_country: str | None
    place: str | None


class Entity(_Strict):
    id: int
    key: str
    kind: str
    name: str
    country: str | None
    role: str | None


class Span(_Strict):
    start: int
    stop: int
    text: str


class Event(_InDocument):
    kind: str
    status: str
    event_date: str | None
    place: str | None
    participants: list[str]
    start: int | None
    stop: int | None
    participant_ids: list[int] = []


class TopPair(BaseModel):
    pair: str
    count: int


class Summary(_Strict):
    documents: int
    failed: int
    entities: int
    people: int
    countries: int
    events: int
    quotes: int
    commitments: int
    threads: int
    thread_status: dict[str, int]
    top_pairs: list[TopPair]
    latest_events: list[Event]
    first_date: str | None
    last_date: str | None


class EntityInDocument(Entity):
    local_name: str
    mentions: list[Span]


class QuoteInDocument(_InDocument):
    speaker: str | None
    speaker_id: int | None
    direct: bool
    start: int
    stop: int
    text: str
    cue_start: int | None
    cue_stop: int | None


class CommitmentInDocument(_Strict):
    id: int
    kind: str
    parties: list[str]
    start: int
    stop: int
    text: str
    action: str | None
    object: str | None
    target_value: float | None
    target_unit: str | None
    factor: float | None
    horizon: str | None
    deadline: str | None
    addressee: str | None
    thread: int | None
    status: str | None


class Document(DocumentHead):
    text: str
    license: str | None
    credit: str | None
    source: str | None
    entities: list[EntityInDocument]
    quotes: list[QuoteInDocument]
    commitments: list[CommitmentInDocument]
    events: list[Event]
    sectors: list[str]


class Step(_Strict):
    position: int
    role: str
    date: str | None
    document_id: int
    title: str | None
    url: str | None
    commitment: int | None
    start: int
    stop: int
    text: str | None
    joins: int | None
    similarity: float | None


class ThreadDetail(_ThreadHead):
    why: str
    timeline: list[Step]


class Partner(BaseModel):
    country: str
    partner: str
    year: str | None
    events: int
    commitments: int


class MonthCount(BaseModel):
    month: str
    kind: str
    count: int


class Country(_Strict):
    country: str
    name: str | None
    partners: list[Partner]
    events_by_month: list[MonthCount]
    occasions: list[Meeting]


class Pair(_Strict):
    countries: list[str]
    meetings: list[Meeting]
    events_by_month: list[MonthCount]
    commitments: list[Commitment]
    threads: list[Thread]


class QuoteBrief(_InDocument):
    speaker: str | None
    direct: bool
    start: int
    stop: int
    text: str


class CommitmentOfEntity(CommitmentInDocument):
    document_id: int
    date: str | None
    title: str | None
    url: str | None


class EntityDetail(Entity):
    documents: int
    events: list[Event]
    occasions: list[Meeting]
    quotes: list[QuoteBrief]
    commitments: list[CommitmentOfEntity]


ERRORS = {404: {"model": Problem, "description": "no such item"},
          422: {"model": Problem, "description": "a bad parameter: one line each"}}
