"""The extraction pipeline: one visible, ordered list of steps from a Document to its Record.

Each step takes the shared ``State`` and fills what it ``assigns`` from what it ``requires``.

>>> from readout.model import Document
>>> rec = extract(Document(text="Касым-Жомарт Токаев посетил Баку.", date="2025-10-21"))
>>> [(e.kind, e.name) for e in rec.entities]
[('person', 'Касым-Жомарт Токаев'), ('place', 'Баку')]
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from readout.model import Commitment, Document, Entity, Event, Quote, Record

if TYPE_CHECKING:  # the types only: every extractor is imported by its step, when it runs
    from readout.extract.context import Context
    from readout.extract.entities.countries import CountryMention
    from readout.extract.entities.persons import Person
    from readout.extract.entities.roles import RoleMention
    from readout.extract.events.find import FoundEvent
    from readout.extract.speech.base import Found
    from readout.nlp import Analysis
    from readout.offices import Publisher


@dataclass(slots=True)
class State:
    """What the steps have found so far; each field is filled by the one step that ``assigns`` it."""

    doc: Document
    analysis: Analysis | None = None
    publisher: Publisher | None = None
    publisher_country: str | None = None
    countries: list[CountryMention] = field(default_factory=list)
    regions: list[CountryMention] = field(default_factory=list)  # a state's regions: "Вологодская область" (RU)
    persons: list[Person] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    ctx: Context | None = None
    quotes: list[Found] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    events: list[FoundEvent] = field(default_factory=list)
    sectors: list[tuple[str, int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    run: Callable[[State], None]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


def _analyze(s: State) -> None:
    from readout.extract.triggers import needs_morph
    from readout.nlp import analyze

    s.analysis = analyze(s.doc.text, needs_morph)


def _publisher(s: State) -> None:
    from readout.extract.entities.publisher import publisher_of

    s.publisher, s.publisher_country = publisher_of(s.doc, s.analysis)


def _countries(s: State) -> None:
    from readout.extract.entities.countries import find_countries
    from readout.extract.entities.regions import find_regions

    s.countries = find_countries(s.analysis)
    s.regions = find_regions(s.analysis, s.countries)


def _persons(s: State) -> None:
    from readout.extract.entities.persons import find_persons
    from readout.extract.entities.roles import find_roles

    s.persons = find_persons(s.analysis)
    s.roles = find_roles(s.analysis, s.countries, s.publisher_country)


def _context(s: State) -> None:
    from readout.extract.context import Context

    s.ctx = Context(s.doc, s.analysis, s.persons, s.countries, s.roles, s.publisher_country,
                    official=s.publisher is not None and s.publisher_country is not None, regions=s.regions)
    if s.publisher_country is None:
        from readout.extract.entities.publisher import our_country

        s.publisher_country = our_country(s.ctx)
        s.ctx.publisher_country = s.publisher_country
        s.ctx.official = s.ctx.official or s.publisher_country is not None


def _quotes(s: State) -> None:
    from readout.extract.speech.quotes import find_quotes

    s.quotes = find_quotes(s.ctx)
    s.ctx.found_quotes = s.quotes
    for f in s.quotes:
        for p in f.speakers:
            if f.speaker_rule != "organization" and p not in s.ctx.speakers:
                s.ctx.speakers.append(p)


def _commitments(s: State) -> None:
    from readout.extract.commitments.find import find_commitments

    s.commitments = find_commitments(s.ctx)


def _events(s: State) -> None:
    from readout.extract.events.find import find_events

    s.events = find_events(s.ctx)


def _sectors(s: State) -> None:
    from readout.extract.clutter import find_clutter
    from readout.extract.sectors import find_sectors

    clutter = find_clutter(s.doc.text)  # a page footer's "Темы Национальная безопасность" is no topic of the text
    s.sectors = [x for x in find_sectors(s.analysis) if not any(a <= x[1] < b for a, b in clutter)]


def _entities(s: State) -> None:
    from readout.extract.entities.build import build_entities

    s.entities = build_entities(s.ctx)


STEPS: tuple[Step, ...] = (
    Step("analyze", _analyze, ("doc",), ("analysis",)),
    Step("publisher", _publisher, ("doc", "analysis"), ("publisher", "publisher_country")),
    Step("countries", _countries, ("analysis",), ("countries", "regions")),
    Step("persons", _persons, ("analysis", "countries", "publisher_country"), ("persons", "roles")),
    Step("context", _context, ("doc", "analysis", "persons", "roles", "countries", "regions", "publisher",
                               "publisher_country"),
         ("ctx",)),
    # quotes add the speakers they name to the context; commitments, events and entities read them there
    Step("quotes", _quotes, ("ctx",), ("quotes",)),
    Step("commitments", _commitments, ("ctx", "quotes"), ("commitments",)),
    Step("events", _events, ("ctx", "quotes"), ("events",)),
    Step("sectors", _sectors, ("analysis",), ("sectors",)),
    Step("entities", _entities, ("ctx", "quotes", "commitments", "events"), ("entities",)),
)


class PipelineError(ValueError):
    """The steps are out of order: one requires what no earlier step assigns."""


@functools.cache
def check(steps: tuple[Step, ...] = STEPS) -> None:
    """Every step's ``requires`` is the document or something an earlier step ``assigns``; no field is assigned
    twice.

    >>> check(STEPS)
    >>> check(tuple(reversed(STEPS)))
    Traceback (most recent call last):
    ...
    readout.pipeline.PipelineError: step 'entities' requires ctx, quotes, commitments, events before any step assigns them
    """
    have = {"doc"}
    for step in steps:
        missing = [r for r in step.requires if r not in have]
        if missing:
            raise PipelineError(f"step {step.name!r} requires {', '.join(missing)} before any step assigns them")
        twice = [a for a in step.assigns if a in have]
        if twice:
            raise PipelineError(f"step {step.name!r} assigns {', '.join(twice)} again")
        have.update(step.assigns)


def run(doc: Document, steps: tuple[Step, ...] = STEPS) -> State:
    check(steps)
    if doc.date is None:  # an undated text may give its date in a dateline ("30 марта 2017", "Бишкек,19.07.24.")
        from dataclasses import replace

        from readout.extract.dateline import dateline

        doc = replace(doc, date=dateline(doc.text))
    state = State(doc)
    for step in steps:
        step.run(state)
    return state


def explain(doc: Document) -> tuple[Record, list]:
    """The record and the candidates the rules turned down, with their reasons (``readout explain --why``).

    >>> rec, rejected = explain(Document(text="Стороны не договорились о сроках.", date="2025-10-21"))
    >>> rec.commitments, [(r.step, r.reason) for r in rejected]
    ((), [('commitments', 'negated')])
    """
    s = run(doc)
    return _record(s.doc, s), list(s.ctx.rejected) if s.ctx else []


def extract(doc: Document) -> Record:
    """Everything readout finds in one document."""
    s = run(doc)
    return _record(s.doc, s)


def _record(doc: Document, s: State) -> Record:
    quotes = tuple(Quote(f.start, f.stop, doc.text[f.start:f.stop], f.direct, p.entity_id if p else None,
                         p.name if p else None, f.rule, f.speaker_rule, f.cue)
                   for f in s.quotes for p in (f.speakers or (None,)))
    events = tuple(Event(e.kind, e.status, e.date, e.place, tuple(p.entity_id for p in e.participants if p.entity_id),
                         e.start, e.stop, e.rule) for e in s.events)
    codes = []
    for code, _, _ in s.sectors:
        if code not in codes:
            codes.append(code)
    return Record(doc, s.publisher_country, tuple(s.entities), events, quotes, tuple(s.commitments),
                  tuple(codes), tuple(s.sectors))

