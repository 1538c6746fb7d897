"""Two sides, side by side: every report of one occasion, what each says, what they agree on, what one leaves out.

For each report (official sides first: publishers of the occasion's own states, then media), its quotes by speaker,
its commitments with parties, targets and horizons, and its sectors. Then the commitments told by two or more
sides, matched by meaning (:func:`readout.store.meaning.same_thing`, at least :data:`MATCH_AT`), and those only
one side tells. A *side* is the publisher's country (or the publisher, when its country is unknown).

>>> import os, tempfile
>>> from readout.store import open_store
>>> with open_store(os.path.join(tempfile.mkdtemp(), "kb.db")) as store, store.session() as s:
...     compare(s, 1) is None
True
"""
from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import schema as t
from readout.store.meaning import gist, same_thing

MATCH_AT = 0.5  # two sides phrase one commitment more differently than one side does twice


def compare(session: Session, occasion_id: int) -> dict | None:
    """The comparison of an occasion's reports, or ``None`` when there is no such occasion."""
    from readout.store.occasion_lists import occasion

    head = occasion(session, occasion_id)
    if head is None:
        return None
    states = set(head["countries"])
    reports = [_report(session, d["id"], states) for d in head["documents"]]
    reports.sort(key=lambda r: (not r["official"], r["side"] or "", r["date"] or "9999", r["document_id"]))
    matches, only = _match(reports)
    return {"occasion": head, "reports": reports, "matches": matches, "only": only,
            "sides": list(dict.fromkeys(r["side"] for r in reports))}


def _report(session: Session, document_id: int, states: set[str]) -> dict:
    d = session.get(t.DocumentRow, document_id)
    side = d.publisher_country or d.publisher
    speakers: dict[str, list[dict]] = defaultdict(list)
    for q in session.scalars(sa.select(t.QuoteRow).where(t.QuoteRow.document_id == document_id)
                             .order_by(t.QuoteRow.start)):
        speakers[q.speaker_name or "?"].append({"id": q.id, "text": q.text, "direct": q.direct, "start": q.start,
                                               "stop": q.stop})
    parties = defaultdict(list)
    rows = session.scalars(sa.select(t.CommitmentRow).where(t.CommitmentRow.document_id == document_id)
                           .order_by(t.CommitmentRow.start)).all()
    for cid, party in session.execute(sa.select(t.CommitmentPartyRow.commitment_id, t.CommitmentPartyRow.party)
                                      .where(t.CommitmentPartyRow.commitment_id.in_([c.id for c in rows]))):
        parties[cid].append(party)
    commitments = [{"id": c.id, "text": c.text, "kind": c.kind, "parties": sorted(parties[c.id]),
                    "target_value": c.target_value, "target_unit": c.target_unit, "factor": c.factor,
                    "horizon": c.horizon, "deadline": c.deadline, "addressee": c.addressee, "start": c.start,
                    "stop": c.stop} for c in rows]
    sectors = sorted(session.scalars(sa.select(t.SectorRow.sector).where(t.SectorRow.document_id == document_id)))
    return {"document_id": d.id, "title": d.title, "url": d.url, "date": d.date, "publisher": d.publisher,
            "publisher_country": d.publisher_country, "side": side,
            "official": bool(d.publisher_country and d.publisher_country in states),
            "quotes": [{"speaker": name, "quotes": qs} for name, qs in speakers.items()],
            "commitments": commitments, "sectors": sectors}


def _match(reports: list[dict]) -> tuple[list[dict], list[dict]]:
    """Commitments of different sides about the same thing (each joined to its best match of every other side),
    and the commitments no other side tells."""
    items = [(r["side"], r, c, gist(c["text"], c["target_unit"], c["target_value"]))
             for r in reports for c in r["commitments"]]
    groups: list[list[tuple]] = []
    placed: dict[int, int] = {}
    for i, (side, r, c, g) in enumerate(items):
        best, best_sim = None, 0.0
        for j in range(i):
            other_side, _, _, other = items[j]
            if other_side == side:
                continue
            sim = same_thing(g, other)
            if sim > best_sim:
                best, best_sim = j, sim
        if best is not None and best_sim >= MATCH_AT:
            placed[i] = placed[best]
            groups[placed[i]].append((i, best_sim))
        else:
            placed[i] = len(groups)
            groups.append([(i, None)])
    matches, only = [], []
    sides = {r["side"] for r in reports}
    for group in groups:
        told = {items[i][0] for i, _ in group}
        entries = [_entry(items[i][1], items[i][2]) | ({"similarity": sim} if sim is not None else {})
                   for i, sim in group]
        if len(told) > 1:
            matches.append({"sides": sorted(told), "commitments": entries})
        elif len(sides) > 1:
            only.append({"side": next(iter(told)), "missing": sorted(sides - told), "commitments": entries})
    return matches, only


def _entry(report: dict, c: dict) -> dict:
    return {"side": report["side"], "document_id": report["document_id"], "publisher": report["publisher"],
            "commitment_id": c["id"], "text": c["text"], "parties": c["parties"]}


def text_lines(found: dict) -> list[str]:
    """The comparison as lines of text, for ``readout compare``."""
    o = found["occasion"]
    out = [f"occasion {o['id']}: {o['date'] or '????-??-??'} {', '.join(o['kinds'])} {o['place'] or ''} — "
           f"{', '.join(o['participants'])}".rstrip()]
    for r in found["reports"]:
        out.append("")
        out.append(f"[{r['side'] or '?'}{' official' if r['official'] else ''}] {r['publisher'] or '?'} "
                   f"{r['date'] or ''} {r['title'] or ''} {r['url'] or ''}".rstrip())
        for s in r["quotes"]:
            for q in s["quotes"]:
                out.append(f"  {s['speaker']}: {'«' + q['text'] + '»' if q['direct'] else '(reported) ' + q['text']}")
        for c in r["commitments"]:
            facts = [c["kind"], "-".join(c["parties"]) or None, c["horizon"],
                     f"{c['target_value']:g} {c['target_unit']}" if c["target_value"] else None]
            out.append(f"  commitment ({', '.join(f for f in facts if f)}): {c['text']}")
        if r["sectors"]:
            out.append(f"  sectors: {', '.join(r['sectors'])}")
    out.append("")
    out.append(f"told by more than one side: {len(found['matches'])}")
    for m in found["matches"]:
        out.append("  " + " | ".join(f"{e['side']}: {e['text']}" for e in m["commitments"]))
    out.append(f"told by one side only: {len(found['only'])}")
    for m in found["only"]:
        for e in m["commitments"]:
            out.append(f"  only {e['side']} (not {', '.join(map(str, m['missing']))}): {e['text']}")
    return out
