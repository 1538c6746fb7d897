"""Making a commitment record from a clause's span: its target, factor, horizon, parties and addressee; and the
split of one cue's coordinated actions into records of their own (``coordination``)."""
from __future__ import annotations

import re
from dataclasses import replace

from readout import data
from readout.extract.commitments.coordination import (about_points, finite_acts, governed_predicate, split_points,
                                                         title_points)
from readout.extract.context import Context
from readout.model import Commitment, Span


_AGENCY_LEAD = re.compile(r"(?:[А-ЯЁA-Z][а-яёa-z]*[А-ЯЁA-Z][\wА-Яа-яЁё]*|[A-Za-z][\w.]+)(?:/[\w.]+/)?\s*[‒–—―-]\s+")
_BAR_LEAD = re.compile(r"(?:[^\s|]{2,40}\s*\|\s*)?\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?\s+\d{1,2}:\d\d)?\s*\|\s*")
_SOURCE_TAIL = re.compile(r",\s*[‒–—―-]?\s*(?:сообща|сообщи|переда|информиру|пиш)(?:ет|ют|ло|л|ли|ла)\b")


def trim_end(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1] in " .;,!":
        b -= 1
    return b


def counts_parties(ctx: Context, offset: int) -> bool:
    nxt = ctx.analysis.tokens_in(offset, offset + 40)[:1]
    return bool(nxt) and nxt[0].lemma in data.lexicon("counted_party")


def make_commitment(ctx: Context, a: int, b: int, kind: str, rule: str, cue: Span) -> Commitment:
    from readout.extract.commitments.dates import find_horizon
    from readout.extract.commitments.numbers import find_quantities
    from readout.extract.commitments.addressee import addressee
    from readout.extract.commitments.parties import parties

    text = ctx.analysis.text
    while a < b and text[a] in " –—-«„“\"":  # the dash or mark that opens direct speech is not part of the clause
        a += 1
    if (agency := _AGENCY_LEAD.match(text, a, b)) is not None and not any(c.start == a for c in ctx.countries):
        a = agency.end()  # "Ташкент. 31 октября. УзТАГ – Министерства … подписали": the agency's mark before the lead
    if (bar := _BAR_LEAD.match(text, a, b)) is not None:
        a = bar.end()  # "Avesta.Tj | 08.03.2011 | Совместное заявление … подписаны": an outlet's date line
    for qa, qb in ctx.quoted:  # a clause inside direct speech ends where the speech ends ("…, – заявил X")
        if qa <= a < qb < b:
            b = trim_end(text, a, qb)
    if (tail := _SOURCE_TAIL.search(text, cue.stop, b)) is not None:
        b = trim_end(text, a, tail.start())  # "…подписали соглашение, сообщает Узбекское телеграфное агентство": the
        # source's attribution is no part of the clause, nor its state a party
    clause = ctx.analysis.text[a:b]
    target, factor = None, None
    for q in find_quantities(clause):
        if q.factor and factor is None:
            factor = q.factor
        if q.unit == "count" and " на " not in clause[q.start:q.stop] and counts_parties(ctx, a + q.stop):
            continue  # "двух стран" counts the parties, nothing promised; "две АЭС", "175 на 175" are targets
        if q.value is not None and q.unit and target is None:
            target = type(q)(q.start + a, q.stop + a, q.value, q.unit, q.factor)
    horizon = find_horizon(clause, ctx.doc.date)
    return Commitment(a, b, clause, kind, parties(ctx, a, b, kind), None, None, target, factor,
                      horizon.text if horizon else None, horizon.deadline if horizon else None,
                      addressee(ctx, a, b), rule, cue)


def split_coordinated(ctx: Context, c: Commitment, toks, k: int, wider=None) -> list[Commitment]:
    """A commitment whose cue governs two coordinated actions as two commitments, both binding the parties of
    the whole clause (``coordination``); ``wider``, the tokens of every clause the commitment runs over, for two
    finite acts a comma parts ("примет участие в торжествах …, и посетит финал …")."""
    points = [(i, m) for i, m in split_points(toks, k) if c.start <= toks[i].start < c.stop]
    if not points and wider and len(wider) > len(toks) and governed_predicate(toks, k) is None:
        toks = wider
        points = [(i, m) for i, m in finite_acts(toks) if c.start <= toks[i].start < c.stop]
    if not points and c.kind == "agreement":  # "договорились о создании X, реализации Y и …": each object
        toks = ctx.analysis.tokens_in(c.start, c.stop)
        points = about_points(toks, next((i for i, t in enumerate(toks) if c.cue and t.start == c.cue.start), 0))
    if not points and c.kind == "signed":  # "подписали «Соглашение …» и «Меморандум …»": each document
        toks = ctx.analysis.tokens_in(c.start, c.stop)
        points = title_points(toks, next((i for i, t in enumerate(toks) if c.cue and t.start == c.cue.start), 0))
    if not points:
        return [c]
    text, out = ctx.analysis.text, []
    bounds = [c.start] + [toks[i + 1].start for i, _ in points]
    ends = [trim_end(text, c.start, toks[i].start) for i, _ in points] + [c.stop]
    for n, (a, b) in enumerate(zip(bounds, ends)):
        cue = c.cue if n == 0 else Span(toks[points[n - 1][1]].start, toks[points[n - 1][1]].stop)
        part = make_commitment(ctx, a, b, c.kind, c.rule, cue)
        out.append(replace(part, parties=c.parties))
    return out
