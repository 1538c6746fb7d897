"""Commitment threads: the same commitment between the same parties, followed across documents.

Rules (docs/store.md explains them with examples):

* Commitments are grouped by their set of parties (``AZ KZ``) and taken in date order.
* A commitment joins the thread whose member it is most similar to, if that similarity is at least
  ``JOIN_THRESHOLD`` and the thread has no member from the same document; otherwise it starts a thread.
  Similarity is the overlap of content lemmas, ``|A ∩ B| / min(|A|, |B|)``, needing ``MIN_SHARED`` shared lemmas,
  plus ``SAME_UNIT_BONUS`` when both name a target in the same unit.
* A step's role: ``achieved`` when it reports the thing done (kind ``signed``, or an achievement verb of
  ``thread_achieved.txt`` in the past tense or as a short participle), ``in_progress`` when its kind is
  ``in_progress``, else ``announced`` for the first step and ``reaffirmed`` for a later one. A sentence of a later document of the
  same parties that is similar enough and reports the thing done is an ``achieved`` step too.
* Status (see :func:`status_of`): achieved > overdue (earliest deadline before today) > in_progress > announced.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from readout.store import schema as t
from readout.store.lemmas import content_lemmas, is_done, lemma, words

JOIN_THRESHOLD = 0.5
MIN_SHARED = 2
SAME_UNIT_BONUS = 0.2
SENTENCE = re.compile(r"[^\s.!?][^.!?\n]*[.!?]?")


@dataclass(slots=True)
class Step:
    role: str
    document_id: int
    date: str | None
    start: int
    stop: int
    lemmas: set[str]
    commitment_id: int | None = None
    unit: str | None = None
    deadline: str | None = None
    joins: int | None = None
    similarity: float | None = None


@dataclass(slots=True)
class Thread:
    parties: str
    object: str
    steps: list[Step] = field(default_factory=list)


def similarity(a: set[str], b: set[str], unit_a: str | None = None, unit_b: str | None = None) -> float:
    """How much two commitments are about the same thing (0 when fewer than ``MIN_SHARED`` lemmas are shared).

    >>> similarity({"удвоить", "товарооборот", "доллар"}, {"товарооборот", "доллар", "достичь"}, "USD", "USD")
    0.8666666666666667
    >>> similarity({"фонд", "инвестиция"}, {"товарооборот", "инвестиция"})
    0.0
    """
    shared = len(a & b)
    if shared < MIN_SHARED:
        return 0.0
    bonus = SAME_UNIT_BONUS if unit_a and unit_a == unit_b else 0.0
    return shared / min(len(a), len(b)) + bonus


def status_of(roles: list[str], deadline: str | None, today: str) -> str:
    """A thread's status from its steps' roles and its earliest deadline.

    >>> status_of(["announced", "achieved"], "2020-01-01", "2025-06-01")
    'achieved'
    >>> status_of(["announced", "in_progress"], "2025-01-01", "2025-06-01")
    'overdue'
    >>> status_of(["announced", "in_progress"], None, "2025-06-01")
    'in_progress'
    >>> status_of(["announced", "reaffirmed"], "2030-01-01", "2025-06-01")
    'announced'
    """
    if "achieved" in roles:
        return "achieved"
    if deadline and deadline < today:
        return "overdue"
    if "in_progress" in roles:
        return "in_progress"
    return "announced"


def reports_done(text: str, kind: str | None = None) -> bool:
    """Whether a clause says its object was reached.

    >>> reports_done("Товарооборот достиг 1 млрд долларов"), reports_done("договорились достичь 1 млрд")
    (True, False)
    """
    from readout.data import lines

    if kind == "signed":
        return True
    if kind in ("agreement", "instruction", "plan", "intent"):
        return False
    achieved = set(lines("thread_achieved"))
    return any(lemma(w) in achieved and is_done(w) for w in words(text))


def _role(kind: str, text: str, first: bool = False) -> str:
    if reports_done(text, kind):
        return "achieved"
    if kind == "in_progress":
        return "in_progress"
    return "announced" if first else "reaffirmed"


def build_threads(session: Session) -> list[Thread]:
    """Threads from the stored commitments (not saved; see :func:`rebuild_threads`)."""
    rows = session.execute(
        select(t.CommitmentRow, t.DocumentRow.date)
        .join(t.DocumentRow, t.DocumentRow.id == t.CommitmentRow.document_id)
        .where(t.DocumentRow.status == "ok")
        .order_by(t.DocumentRow.date.is_(None), t.DocumentRow.date, t.CommitmentRow.id)).all()
    parties: dict[int, list[str]] = defaultdict(list)
    for cid, party in session.execute(select(t.CommitmentPartyRow.commitment_id, t.CommitmentPartyRow.party)):
        parties[cid].append(party)
    groups: dict[str, list[Thread]] = defaultdict(list)
    threads: list[Thread] = []
    for c, day in rows:
        if not parties[c.id]:
            continue
        key = " ".join(sorted(parties[c.id]))
        step = Step(_role(c.kind, c.text, first=True), c.document_id, day, c.start, c.stop,
                    content_lemmas(c.text), c.id, c.target_unit, c.deadline)
        best, best_sim, best_pos = None, 0.0, None
        for thread in groups[key]:
            if any(s.document_id == c.document_id for s in thread.steps):
                continue
            for pos, other in enumerate(thread.steps):
                sim = similarity(step.lemmas, other.lemmas, step.unit, other.unit)
                if sim > best_sim:
                    best, best_sim, best_pos = thread, sim, pos
        if best is not None and best_sim >= JOIN_THRESHOLD:
            step.role, step.joins, step.similarity = _role(c.kind, c.text), best_pos, round(best_sim, 3)
            best.steps.append(step)
        else:
            thread = Thread(key, c.text, [step])
            groups[key].append(thread)
            threads.append(thread)
    _add_reports(session, threads)
    return threads


def _add_reports(session: Session, threads: list[Thread]) -> None:
    """Sentences of later documents of the same parties that report a thread's object done."""
    from readout.data import lines

    open_threads = [th for th in threads if th.steps[0].date and all(s.role != "achieved" for s in th.steps)]
    if not open_threads:
        return
    achieved = list(lines("thread_achieved"))
    countries = _document_countries(session)
    docs = session.execute(select(t.DocumentRow.id, t.DocumentRow.date, t.DocumentRow.text, t.DocumentRow.lemmas)
                           .where(t.DocumentRow.status == "ok", t.DocumentRow.date.is_not(None))
                           .order_by(t.DocumentRow.date, t.DocumentRow.id)).all()
    docs = [d for d in docs if any(f" {a} " in f" {d.lemmas} " for a in achieved)]
    sentences: dict[int, list[tuple[int, int, set[str], str]]] = {}
    for thread in open_threads:
        wanted = set(thread.parties.split())
        first = thread.steps[0]
        for d in docs:
            if d.date <= first.date or not wanted <= countries.get(d.id, set()):
                continue
            if d.id not in sentences:
                sentences[d.id] = [(m.start(), m.end(), content_lemmas(m.group()), m.group())
                                   for m in SENTENCE.finditer(d.text)]
            for start, stop, lem, text in sentences[d.id]:
                sim = similarity(first.lemmas, lem, None, None)
                if sim >= JOIN_THRESHOLD and reports_done(text):
                    thread.steps.append(Step("achieved", d.id, d.date, start, stop, lem, None, None, None, 0,
                                             round(sim, 3)))
                    break
            if thread.steps[-1].role == "achieved":
                break


def _document_countries(session: Session) -> dict[int, set[str]]:
    out: dict[int, set[str]] = defaultdict(set)
    rows = session.execute(select(t.DocumentEntityRow.document_id, t.EntityRow.country)
                           .join(t.EntityRow, t.EntityRow.id == t.DocumentEntityRow.entity_id)
                           .where(t.EntityRow.country.is_not(None)))
    for doc_id, country in rows:
        out[doc_id].add(country)
    for doc_id, country in session.execute(select(t.DocumentRow.id, t.DocumentRow.publisher_country)
                                           .where(t.DocumentRow.publisher_country.is_not(None))):
        out[doc_id].add(country)
    return out


def rebuild_threads(session: Session, today: str | None = None) -> int:
    """Replace the stored threads with freshly built ones; a thread's id is its first commitment's id, so ids
    stay the same across rebuilds. Returns the number of threads."""
    today = today or date.today().isoformat()
    session.execute(delete(t.ThreadStepRow))
    session.execute(delete(t.ThreadRow))
    threads = build_threads(session)
    for thread in threads:
        steps = thread.steps
        deadlines = sorted(s.deadline for s in steps if s.deadline)
        tid = steps[0].commitment_id
        dates = [s.date for s in steps if s.date]
        session.add(t.ThreadRow(id=tid, parties=thread.parties, object=thread.object,
                                status=status_of([s.role for s in steps], deadlines[0] if deadlines else None, today),
                                first_date=min(dates, default=None), last_date=max(dates, default=None),
                                deadline=deadlines[0] if deadlines else None))
    session.flush()
    session.add_all(t.ThreadStepRow(thread_id=th.steps[0].commitment_id, position=i, role=s.role,
                                    document_id=s.document_id, commitment_id=s.commitment_id, date=s.date,
                                    start=s.start, stop=s.stop, joins=s.joins, similarity=s.similarity)
                    for th in threads for i, s in enumerate(th.steps))
    session.flush()
    return len(threads)


def explain(status: str, deadline: str | None, steps: list[tuple[str, str | None]], today: str) -> str:
    """Why a thread has its ``status``, in one line, from its steps' ``(role, date)`` and its earliest deadline.

    >>> explain("overdue", "2025-10-30", [("announced", "2025-01-10")], "2026-12-06")
    'overdue: deadline 2025-10-30 passed as of 2026-12-06, no later step reports it done'
    >>> explain("achieved", None, [("announced", "2025-01-10"), ("achieved", "2025-06-02")], "2026-12-06")
    'achieved: step 2 of 2025-06-02 reports it done'
    >>> explain("announced", "2030-12-31", [("announced", "2025-01-10"), ("reaffirmed", "2025-03-01")], "2026-12-06")
    'announced 2025-01-10, reaffirmed 1 time; deadline 2030-12-31 not reached as of 2026-12-06'
    """
    if status == "achieved":
        pos, day = next(((i, d) for i, (r, d) in enumerate(steps, 1) if r == "achieved"), (None, None))
        return f"achieved: step {pos} of {day or 'no date'} reports it done" if pos else "achieved"
    if status == "overdue":
        progress = [d for r, d in steps if r == "in_progress"]
        later = f"work reported under way {progress[-1] or ''}".rstrip() if progress else "no later step"
        return f"overdue: deadline {deadline} passed as of {today}, {later} reports it done" if not progress else \
            f"overdue: deadline {deadline} passed as of {today}; {later}, none reports it done"
    first = steps[0][1] if steps else None
    again = sum(1 for r, _ in steps if r == "reaffirmed")
    head = f"{status.replace('_', ' ')} {first or ''}".rstrip()
    if status == "in_progress":
        day = next((d for r, d in reversed(steps) if r == "in_progress"), None)
        head = f"in progress: work reported under way {day or ''}".rstrip()
    elif again:
        head += f", reaffirmed {again} time{'s' if again > 1 else ''}"
    if deadline:
        return f"{head}; deadline {deadline} not reached as of {today}"
    return f"{head}; no deadline"
