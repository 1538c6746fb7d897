"""A sample of commitment threads for a blind check of their statuses (issue 15): every thread stored as
``achieved`` or ``overdue`` and a seeded random draw of the others, written without the status or the steps'
roles, so that an annotator can say for each thread, from its steps' sentences alone,

* ``done``: does some step say that *this* thing was done (signed, built, reached, held)? ``yes`` / ``no``;
* ``deadline``: does a step state a completion deadline (a date or a year by which it is to be done; a duration,
  "в ближайшие годы" or a continuation is none) that had passed by the ``today`` given? ``yes`` / ``no``.

    .venv/bin/python bench/thread_statuses.py --db kb.db --out statuses.tsv
    .venv/bin/python bench/thread_statuses.py --db kb.db --score tests/data/thread_statuses.tsv

``--score FILE`` reads the labelled file and prints how many stored statuses the labels bear out: an ``achieved``
thread is right when ``done`` is yes; an ``overdue`` one when ``done`` is no and ``deadline`` is yes; any other
status is wrong when ``done`` is yes (an achievement missed) or when both ``deadline`` is yes and ``done`` no.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys

import sqlalchemy as sa
from sqlalchemy.orm import Session


def threads(session: Session, others: int, seed: int) -> list[dict]:
    from readout.store import schema as t

    rows = session.execute(sa.select(t.ThreadRow.id, t.ThreadRow.parties, t.ThreadRow.status)
                           .order_by(t.ThreadRow.id)).all()
    marked = [r for r in rows if r.status in ("achieved", "overdue")]
    rest = [r for r in rows if r.status not in ("achieved", "overdue")]
    picked = marked + random.Random(seed).sample(rest, min(others, len(rest)))
    out = []
    for r in sorted(picked, key=lambda r: r.id):
        out.append({"thread_id": r.id, "parties": r.parties, "status": r.status,
                    "steps": " ⏵ ".join(_step(session, s) for s in _steps(session, r.id))})
    return out


def _steps(session: Session, thread_id: int):
    from readout.store import schema as t

    s, d, c = t.ThreadStepRow, t.DocumentRow, t.CommitmentRow
    return session.execute(sa.select(s.date, s.start, s.stop, d.text, d.url, c.horizon)
                           .join(d, d.id == s.document_id).outerjoin(c, c.id == s.commitment_id)
                           .where(s.thread_id == thread_id).order_by(s.position)).all()


def _step(session: Session, row) -> str:
    sentence = " ".join(row.text[row.start:row.stop].split())
    return f"[{row.date or 'no date'} {row.url or ''}] {sentence}"


def first_steps(session: Session) -> dict[str, str]:
    """Each thread's status under its first step as the sample writes it (thread ids change when extraction does,
    the first step's date, address and sentence do not)."""
    from readout.store import schema as t

    s, d, th = t.ThreadStepRow, t.DocumentRow, t.ThreadRow
    rows = session.execute(sa.select(s.date, s.start, s.stop, d.text, d.url, th.status)
                           .join(d, d.id == s.document_id).join(th, th.id == s.thread_id)
                           .where(s.position == 0)).all()
    return {_step(session, r): r.status for r in rows}


def score(rows: list[dict], labels: dict[str, dict]) -> dict[str, tuple[int, int]]:
    """Right and total per stored status, from the labels (see the module's docstring)."""
    out: dict[str, list[int]] = {}
    for r in rows:
        lab = labels.get(str(r["thread_id"]))
        if lab is None:
            continue
        done, deadline = lab["done"] == "yes", lab["deadline"] == "yes"
        status = r["status"]
        if status == "achieved":
            right = done
        elif status == "overdue":
            right = deadline and not done
        else:
            right = not done and not deadline
        tally = out.setdefault(status, [0, 0])
        tally[0] += right
        tally[1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="SQLite file or URL of a store")
    parser.add_argument("--out", help="write the blind sample here (TSV)")
    parser.add_argument("--score", help="a labelled sample (TSV with thread_id, done, deadline)")
    parser.add_argument("--others", type=int, default=30, help="random threads of the other statuses")
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args(argv)
    from readout.store.engine import create_engine, resolve_url

    with Session(create_engine(resolve_url(args.db))) as session:
        rows = threads(session, args.others, args.seed)
        if args.score:  # the labelled threads as they stand in this store, found by their first step
            status = first_steps(session)
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(["thread_id", "parties", "steps", "done", "deadline", "note"])
            for r in rows:
                w.writerow([r["thread_id"], r["parties"], r["steps"], "", "", ""])
        print(f"{len(rows)} threads written to {args.out}", file=sys.stderr)
    if args.score:
        with open(args.score, encoding="utf-8") as f:
            labels = {r["thread_id"]: r for r in csv.DictReader((x for x in f if not x.startswith("#")),
                                                               delimiter="\t")}
        now = [{"thread_id": k, "status": status[v["steps"].split(" ⏵ ")[0]]} for k, v in labels.items()
               if v["steps"].split(" ⏵ ")[0] in status]
        print(f"{len(now)} of {len(labels)} labelled threads are in this store", file=sys.stderr)
        for status, (right, total) in sorted(score(now, labels).items()):
            print(f"{status:12} {right:>3} of {total:>3} right ({right / total:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
