"""The document's entities: persons, countries, places and organizations, each with a stable id and every mention.

Ids are stable across documents: ``person:tokayev`` for a known office holder, ``person:Имя Фамилия`` otherwise,
``country:KZ``, ``place:Астана``, ``organization:Высший межгосударственный совет``.
"""
from __future__ import annotations

from readout.extract.context import Context
from readout.extract.entities.countries import country_name
from readout.extract.entities.names import nominative, org_spans
from readout.model import Entity, Mention


def _person_entities(ctx: Context) -> list[Entity]:
    out = []
    for p in ctx.persons:
        ctx.assign_office(p)
        key = f"person:{p.holder_id}" if p.holder_id else f"person:{p.name}"
        p.entity_id = key
        mentions = tuple(Mention(f.start, f.stop, f.text, f.rule) for f in p.forms)
        out.append(Entity(key, "person", p.name, p.country, p.role, key, mentions))
    return out


def _country_entities(ctx: Context) -> list[Entity]:
    groups: dict[str, list] = {}
    for c in ctx.countries:
        groups.setdefault(c.code, []).append(c)
    return [Entity(f"country:{code}", "country", country_name(code), code, None, f"country:{code}",
                   tuple(Mention(c.start, c.stop, c.text, c.rule) for c in ms)) for code, ms in groups.items()]


def _named(ctx: Context, kind: str, spans: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[Entity]:
    groups: dict[str, list] = {}
    text = ctx.analysis.text
    for start, stop in spans:
        if any(a < stop and start < b for a, b in taken):
            continue
        groups.setdefault(nominative(text[start:stop]), []).append((start, stop))
    return [Entity(f"{kind}:{name}", kind, name, None, None, f"{kind}:{name}",
                   tuple(Mention(a, b, text[a:b], "ner") for a, b in ms)) for name, ms in groups.items()]


def build_entities(ctx: Context) -> list[Entity]:
    persons = _person_entities(ctx)
    countries = _country_entities(ctx)
    taken = [(m.start, m.stop) for e in persons + countries for m in e.mentions]
    taken += [(r.start, r.stop) for r in ctx.roles]
    orgs = _named(ctx, "organization", org_spans(ctx.analysis), [(m.start, m.stop) for e in persons for m in e.mentions])
    taken += [(m.start, m.stop) for e in orgs for m in e.mentions]
    places = _named(ctx, "place", [(s.start, s.stop) for s in ctx.analysis.ner if s.type == "LOC"], taken)
    return persons + countries + places + orgs
