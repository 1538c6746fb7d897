"""Candidate pairs of commitments for a blind thread gold: two commitments of the same parties from two different
documents (never two copies of one page), sampled across the range of :func:`readout.store.meaning.same_thing`
and of the old lemma-overlap rule, written without any verdict so an annotator labels them blind.

    .venv/bin/python bench/thread_pairs.py --db kb.db --out /work/audit/threads/pairs.tsv
    .venv/bin/python bench/thread_pairs.py --db kb.db --out pairs2.tsv --seed 16 --prefix q \
        --exclude tests/data/thread_gold.tsv         # a fresh sample, none of the labelled pairs again
    .venv/bin/python bench/thread_pairs.py --db kb.db --out pairs3.tsv --rich --seed 17 --prefix r \
        --exclude tests/data/thread_gold.tsv         # rich in pairs of one commitment (for recall)

Columns: pair_id, doc_a, date_a, text_a, doc_b, date_b, text_b, parties (documents by URL).
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import defaultdict
from itertools import combinations

import sqlalchemy as sa


def _days(a, b) -> int:
    import datetime

    da, db = (datetime.date.fromisoformat(str(x)[:10]) for x in (a, b))
    return abs((da - db).days)


def candidates(session):
    from readout.store import schema as t
    from readout.store.lemmas import content_lemmas
    from readout.store.meaning import gist, same_thing

    c, d = t.CommitmentRow, t.DocumentRow
    rows = session.execute(sa.select(c.id, c.text, c.target_unit, c.target_value, d.id, d.url, d.date,
                                     d.fingerprint).join(d, d.id == c.document_id)
                           .where(d.status == "ok", d.date.is_not(None))).all()
    parties = defaultdict(set)
    for cid, party in session.execute(sa.select(t.CommitmentPartyRow.commitment_id, t.CommitmentPartyRow.party)):
        parties[cid].add(party)
    groups = defaultdict(list)
    for r in rows:
        if parties[r[0]]:
            groups[" ".join(sorted(parties[r[0]]))].append(r)
    for key, members in groups.items():
        gists = {r[0]: gist(r[1], r[2], r[3]) for r in members}
        lems = {r[0]: content_lemmas(r[1]) for r in members}
        for a, b in combinations(sorted(members, key=lambda r: (r[6], r[0])), 2):
            if a[4] == b[4] or a[7] == b[7] or a[1].strip() == b[1].strip():
                continue
            ga, gb = gists[a[0]], gists[b[0]]
            new = same_thing(ga, gb)
            old = similarity(lems[a[0]], lems[b[0]], a[2], b[2])
            rare = any(ga.keys[k] >= 2.0 for k in ga.objects & gb.objects)
            yield key, a, b, new, old, rare


def broad(item) -> float:
    """The mean of key-word overlap and cosine without any of :func:`same_thing`'s gates."""
    from readout.store.meaning import cosine, gist, overlap

    _, a, b, *_ = item
    ga, gb = gist(a[1], a[2], a[3]), gist(b[1], b[2], b[3])
    return (overlap(ga, gb) + max(cosine(ga, gb), 0.0)) / 2


def sample_rich(found, seed: int = 17):
    """About 200 pairs where pairs of one commitment are frequent, so that recall can be measured: pairs reported
    within two days of each other (one occasion told by two pages) that are close without the gates, pairs close
    without the gates at any date, pairs the rule joins, and pairs sharing a rare word in between."""
    rng = random.Random(seed)
    bands = {"near": [], "close": [], "joined": [], "shared": []}
    for item in found:
        _, a, b, new, old, rare = item
        score = broad(item)
        band = ("joined" if new >= 0.6 else "near" if score >= 0.3 and _days(a[6], b[6]) <= 2
                else "close" if score >= 0.5 else "shared" if rare and score >= 0.4 else None)
        if band:
            bands[band].append(item)
    want = {"near": 80, "close": 60, "joined": 30, "shared": 30}
    return _draw(bands, want, rng)


def _draw(bands: dict[str, list], want: dict[str, int], rng: random.Random) -> list:
    """``want[band]`` pairs of each band, international pairs first (the shuffle kept within), shuffled together."""
    out = []
    for band, n in want.items():
        items = bands[band]
        rng.shuffle(items)
        items.sort(key=lambda item: " " not in item[0])
        out += items[:n]
    rng.shuffle(out)
    return out


def similarity(a: set[str], b: set[str], unit_a=None, unit_b=None) -> float:
    """The rule threads were joined by before issue 15: shared lemmas over the smaller set, 2 at least, +0.2 for
    targets in one unit; kept here to sample the joins it made."""
    shared = len(a & b)
    if shared < 2:
        return 0.0
    return shared / min(len(a), len(b)) + (0.2 if unit_a and unit_a == unit_b else 0.0)


def sample(found, seed: int = 15):
    """About 170 pairs across the bands of the new score, the old rule's joins and pairs sharing a rare word that
    the new score leaves apart (for recall); pairs of two or more countries first in each band."""
    rng = random.Random(seed)
    bands = {"high": [], "mid": [], "low": [], "old": [], "zero": [], "shared": []}
    for item in found:
        _, _, _, new, old, rare = item
        band = ("high" if new >= 0.6 else "mid" if new >= 0.45 else "low" if new >= 0.3 else "zero" if new > 0
                else "old" if old >= 0.5 else "shared" if rare else None)
        if band:
            bands[band].append(item)
    want = {"high": 20, "mid": 40, "low": 40, "zero": 20, "old": 25, "shared": 25}
    return _draw(bands, want, rng)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=15, help="another seed draws another sample")
    parser.add_argument("--exclude", help="a labelled gold (TSV with text_a, text_b) whose pairs are not drawn again")
    parser.add_argument("--prefix", default="p", help="the pair ids' letter (p001, …)")
    parser.add_argument("--rich", action="store_true", help="a sample rich in pairs of one commitment")
    args = parser.parse_args(argv)
    from readout.store import open_store

    seen = set()
    if args.exclude:
        with open(args.exclude, encoding="utf-8") as f:
            for r in csv.DictReader((x for x in f if not x.startswith("#")), delimiter="\t"):
                seen.add(frozenset((" ".join(r["text_a"].split()), " ".join(r["text_b"].split()))))
    with open_store(args.db) as store, store.session() as s:
        found = [c for c in candidates(s)
                 if frozenset((" ".join(c[1][1].split()), " ".join(c[2][1].split()))) not in seen]
        chosen = sample_rich(found, args.seed) if args.rich else sample(found, args.seed)
    with open(args.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["pair_id", "doc_a", "date_a", "text_a", "doc_b", "date_b", "text_b", "parties"])
        for i, (key, a, b, *_) in enumerate(chosen, 1):
            w.writerow([f"{args.prefix}{i:03d}", a[5], a[6], " ".join(a[1].split()), b[5], b[6], " ".join(b[1].split()), key])
    print(f"{len(chosen)} pairs written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
