"""Commitment threads: the same commitment between the same parties, followed across documents.

Rules (docs/store.md explains them with examples):

* Commitments are grouped by their set of parties (``AZ KZ``).
* A new commitment joins the thread holding the commitment most about the same thing
  (:func:`readout.store.meaning.same_thing` at least ``JOIN_AT``: shared rare object words, IDF-weighted, and
  navec vectors; at least two shared key words, names of places and people left out, and never when both name
  different people, quoted titles or counts), when that thread has no commitment from the same document;
  otherwise it starts a thread.
  Function words and generic verbs never join: "Мы продолжаем эту работу" starts a thread of its own.
* Adding a document touches only the threads it can join: those of the same parties that share one of its rare
  object words (the ``thread_keys`` index), never a rebuild over the store.
* A step's role: ``achieved`` only when its clause says the thing was done (an achievement verb of
  ``thread_achieved.txt`` in the past tense or as a short participle: "подписано", "достиг"; "будет подписан" is
  not), ``in_progress`` for work under way, else ``announced`` for the first step and ``reaffirmed`` for a later one.
  A sentence of a later document whose states include the thread's parties, about the same thing and saying it
  was done, is an ``achieved`` step too.
* Status (see :func:`status_of`): achieved > overdue > in_progress > announced; ``overdue`` needs a stated
  completion deadline (:func:`stated_deadline`: a duration, a continuation or "в ближайшие годы" is none).
"""
from __future__ import annotations

import re
from datetime import date
from itertools import combinations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import schema as t
from readout.store.lemmas import is_done, lemma, verb_aspects, words
from readout.data import lexicon
from readout.store.meaning import JOIN_AT, SPECIFIC_IDF, Gist, gist, same_thing

SENTENCE = re.compile(r"[^\s.!?][^.!?\n]*[.!?]?")
COMPARED_STEPS = 3  # a long thread is compared through its first step and its latest ones
RECENT_YEARS = 5  # a commitment joins threads active in the five years before it
_NO_DEADLINE = re.compile(r"сроком|на срок|на период|в течение|ближайш|\d{4}\s*[–-]\s*\d{4}", re.IGNORECASE)
_CONTINUES = {"продолжить", "продолжать", "продолжиться", "продолжаться"}


def status_of(roles: list[str], deadline: str | None, today: str) -> str:
    """A thread's status from its steps' roles and its earliest stated deadline.

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


def stated_deadline(kind: str, horizon: str | None, text: str) -> bool:
    """Whether a commitment's deadline (resolved from its ``horizon``) is a stated completion deadline that can be
    missed: not for work under way, a duration ("сроком на 30 суток", "в течение года", "на 2026–2030 годы"),
    "в ближайшие годы", or a continuation ("будет продолжен").

    >>> stated_deadline("plan", "до 31 марта", "планируем завершить данную работу до 31 марта")
    True
    >>> stated_deadline("agreement", "сроком на 30 суток", "согласились ввести мораторий сроком на 30 суток")
    False
    >>> stated_deadline("plan", "В текущем году", "В текущем году проект будет продолжен")
    False
    >>> stated_deadline("in_progress", "в ближайшие годы", "Ведётся строительство комплекса")
    False
    >>> stated_deadline("plan", "в этом году", "Будем искать дополнительные возможности в этом году")
    False
    >>> stated_deadline("plan", "в этом году", "В этом году планируем открытие храма")
    True
    """
    if kind == "in_progress" or (horizon and _NO_DEADLINE.search(horizon)):
        return False
    said = words(text)
    aspects = verb_aspects(text)
    if aspects and "perf" not in aspects and not any(lemma(w) in lexicon("plan_verb") for w in said):
        return False  # an activity ("будем искать возможности в этом году") is not completed by a date
    return not any(lemma(w) in _CONTINUES for w in said)


def reports_done(text: str, kind: str | None = None) -> bool:
    """Whether a clause says its object was reached: an achievement verb done (past tense, short participle).

    >>> reports_done("Товарооборот достиг 1 млрд долларов"), reports_done("договорились достичь 1 млрд")
    (True, False)
    >>> reports_done("Соглашение будет подписано в ближайшее время", "signed")
    False
    >>> reports_done("Работа продолжается: сроки строительства не завершены")
    False
    """
    from readout.data import lines

    if kind in ("agreement", "instruction", "plan", "intent"):
        return False
    if any(lemma(w) == "быть" and not is_done(w) for w in words(text)):  # "будет подписан": not yet
        return False
    achieved = set(lines("thread_achieved"))
    said = words(text)
    return any(lemma(w) in achieved and is_done(w) and (i == 0 or said[i - 1] != "не") for i, w in enumerate(said))


def _role(kind: str, text: str, first: bool) -> str:
    if reports_done(text, kind):
        return "achieved"
    if kind == "in_progress":
        return "in_progress"
    return "announced" if first else "reaffirmed"


def _index_words(g: Gist) -> list[str]:
    return sorted(w for w in g.objects if g.keys[w] >= SPECIFIC_IDF)


def add_document(session: Session, document_id: int, today: str | None = None) -> list[int]:
    """File a stored document's commitments under their threads (joining or starting them), then let its sentences
    that report something done complete the open threads of its states they are about; the threads touched.

    The cost does not grow with the store: a commitment is compared with the threads of its parties that share one
    of its rare words and were active in the :data:`RECENT_YEARS` before it, each through its first and latest
    steps; a thread whose new steps come after its last date is brought up to date without reading its steps."""
    today = today or date.today().isoformat()
    d = session.get(t.DocumentRow, document_id)
    if d is None or d.status != "ok":
        return []
    rows = session.scalars(sa.select(t.CommitmentRow).where(t.CommitmentRow.document_id == document_id)
                           .order_by(t.CommitmentRow.start, t.CommitmentRow.id)).all()
    parties = _parties(session, [c.id for c in rows])
    before: dict[int, str | None] = {}  # each touched thread's last date before this document
    added: dict[int, list[tuple]] = {}  # and its new steps: (role, date, kind, horizon, text, deadline)
    for c in rows:
        if parties.get(c.id):
            thread_id, role, last = _add_commitment(session, c, " ".join(sorted(parties[c.id])), d.date)
            before.setdefault(thread_id, last)
            added.setdefault(thread_id, []).append((role, d.date, c.kind, c.horizon, c.text, c.deadline))
    for thread_id, last in _add_reports(session, d).items():
        before.setdefault(thread_id, last)
        added.setdefault(thread_id, []).append(("achieved", d.date, None, None, None, None))
    for thread_id, steps in added.items():
        last = before[thread_id]
        if last is None or all(day and day >= last for _, day, *_ in steps):  # a new thread, or steps after
            _extend(session, thread_id, steps, today)
        else:
            _refresh(session, thread_id, today)
    session.flush()
    return sorted(added)


def _parties(session: Session, ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for cid, party in session.execute(sa.select(t.CommitmentPartyRow.commitment_id, t.CommitmentPartyRow.party)
                                      .where(t.CommitmentPartyRow.commitment_id.in_(ids))):
        out.setdefault(cid, []).append(party)
    return out


def _candidates(session: Session, index: list[str], parties: str | list[str] | None, day: str | None = None
                ) -> list[int]:
    """Threads (of ``parties``, or of one of several sets of parties, when given) that share a rare word of
    ``index`` and, for a dated document, were active in the :data:`RECENT_YEARS` before ``day``."""
    if not index:
        return []
    k, th = t.ThreadKeyRow, t.ThreadRow
    stmt = sa.select(k.thread_id).distinct().where(k.word.in_(index))
    if isinstance(parties, str):
        stmt = stmt.where(k.parties == parties)
    elif parties is not None:
        stmt = stmt.where(k.parties.in_(parties))
    if day:
        since = f"{int(day[:4]) - RECENT_YEARS:04d}{day[4:]}"
        stmt = stmt.join(th, th.id == k.thread_id).where(sa.or_(th.last_date.is_(None), th.last_date >= since))
    return list(session.scalars(stmt.order_by(k.thread_id)))


def _compared_steps(session: Session, thread_ids: list[int], document_id: int | None = None) -> list[tuple]:
    """The first step and the latest :data:`COMPARED_STEPS` of each thread (one query for them all), each with its
    commitment's text and target; threads that already hold a step of ``document_id`` are left out."""
    if not thread_ids:
        return []
    s, c = t.ThreadStepRow, t.CommitmentRow
    if document_id is not None:
        held = set(session.scalars(sa.select(s.thread_id).where(s.thread_id.in_(thread_ids),
                                                                 s.document_id == document_id)))
        thread_ids = [x for x in thread_ids if x not in held]
    latest = sa.select(s.thread_id, sa.func.max(s.position).label("last")).where(s.thread_id.in_(thread_ids)) \
        .group_by(s.thread_id).subquery()
    return session.execute(sa.select(s, c.text, c.target_unit, c.target_value)
                           .join(latest, latest.c.thread_id == s.thread_id)
                           .outerjoin(c, c.id == s.commitment_id)
                           .where(sa.or_(s.position == 0, s.position > latest.c.last - COMPARED_STEPS))
                           .order_by(s.thread_id, s.position)).all()


def _step_count(session: Session, thread_id: int) -> int:
    s = t.ThreadStepRow
    return session.scalar(sa.select(sa.func.count()).select_from(s).where(s.thread_id == thread_id))


def _add_commitment(session: Session, c: t.CommitmentRow, parties: str, day: str | None
                    ) -> tuple[int, str, str | None]:
    """File one commitment: the thread it joins or starts, its step's role, and the thread's last date before."""
    g = gist(c.text, c.target_unit, c.target_value)
    index = _index_words(g)
    best, best_sim, best_pos = None, 0.0, None
    for step, text, unit, value in _compared_steps(session, _candidates(session, index, parties, day),
                                                   c.document_id):
        if text is None:
            continue
        sim = same_thing(g, gist(text, unit, value))
        if sim > best_sim:
            best, best_sim, best_pos = step.thread_id, sim, step.position
    if best is not None and best_sim >= JOIN_AT:
        thread_id, joins, sim, position = best, best_pos, best_sim, _step_count(session, best)
        last = session.get(t.ThreadRow, best).last_date
    else:
        session.add(t.ThreadRow(id=c.id, parties=parties, object=c.text, status="announced"))
        session.flush()
        thread_id, joins, sim, position, last = c.id, None, None, 0, None
    role = _role(c.kind, c.text, position == 0)
    session.add(t.ThreadStepRow(thread_id=thread_id, position=position, role=role,
                                document_id=c.document_id, commitment_id=c.id, date=day, start=c.start, stop=c.stop,
                                joins=joins, similarity=sim))
    _add_keys(session, thread_id, parties, index)
    session.flush()
    return thread_id, role, last


def _add_keys(session: Session, thread_id: int, parties: str, index: list[str]) -> None:
    have = set(session.scalars(sa.select(t.ThreadKeyRow.word).where(t.ThreadKeyRow.thread_id == thread_id)))
    session.add_all(t.ThreadKeyRow(thread_id=thread_id, parties=parties, word=w) for w in index if w not in have)


def _add_reports(session: Session, d: t.DocumentRow) -> dict[int, str | None]:
    """Sentences of ``d`` that say a thing was done complete the earlier open threads of its states about it; the
    threads completed, each with its last date before."""
    from readout.store.occasions import document_states

    if not d.date:
        return {}
    states = document_states(session, d.id)
    # the threads a report can complete are of the document's states: every set of them, as threads.parties
    # writes it (at most 63 sets; a text naming more states looks at all parties)
    sets = [" ".join(c) for n in range(1, len(states) + 1) for c in combinations(sorted(states), n)] \
        if len(states) <= 6 else None
    touched: dict[int, str | None] = {}
    for m in SENTENCE.finditer(d.text):
        text = m.group()
        if not reports_done(text):
            continue
        g = gist(text)
        open_ = [x for x in _candidates(session, _index_words(g), sets, d.date) if x not in touched]
        firsts = [r for r in _compared_steps(session, open_, d.id) if r[0].position == 0]
        for first in firsts:
            thread_id = first[0].thread_id
            th = session.get(t.ThreadRow, thread_id)
            if (th.status == "achieved" or not set(th.parties.split()) <= states or not th.first_date
                    or th.first_date >= d.date):
                continue
            sim = same_thing(gist(first[1] or th.object, first[2], first[3]), g)
            if sim >= JOIN_AT:
                position = _step_count(session, thread_id)
                session.add(t.ThreadStepRow(thread_id=thread_id, position=position, role="achieved",
                                            document_id=d.id, commitment_id=None, date=d.date, start=m.start(),
                                            stop=m.end(), joins=0, similarity=sim))
                touched[thread_id] = th.last_date
                th.status = "achieved"
        session.flush()
    return touched


def _extend(session: Session, thread_id: int, steps: list[tuple], today: str) -> None:
    """Bring a thread up to date with new steps that come after its last date, without reading its old steps: the
    same dates, deadline and status as :func:`_refresh` gives (statuses rank achieved > overdue > in progress >
    announced, so the earlier status tells what the old steps hold)."""
    th = session.get(t.ThreadRow, thread_id)
    days = [day for _, day, *_ in steps if day]
    th.first_date = min([th.first_date, *days]) if th.first_date else min(days, default=None)
    th.last_date = max([th.last_date, *days]) if th.last_date else max(days, default=None)
    deadlines = [dl for _, _, kind, horizon, text, dl in steps if dl and kind and stated_deadline(kind, horizon, text)]
    th.deadline = min([x for x in [th.deadline, *deadlines] if x], default=None)
    roles = [role for role, *_ in steps]
    if th.status == "achieved":
        roles.append("achieved")
    elif th.status == "in_progress":
        roles.append("in_progress")
    th.status = status_of(roles, th.deadline, today)


def _refresh(session: Session, thread_id: int, today: str) -> None:
    """A thread's steps in date order, its first step ``announced``, its dates, deadline and status."""
    th = session.get(t.ThreadRow, thread_id)
    s, c = t.ThreadStepRow, t.CommitmentRow
    rows = session.execute(sa.select(s, c.kind, c.horizon, c.text, c.deadline).outerjoin(c, c.id == s.commitment_id)
                           .where(s.thread_id == thread_id)).all()
    rows.sort(key=lambda r: (r[0].date or "9999", r[0].commitment_id is None, r[0].commitment_id or 0, r[0].start))
    for i, (step, *_) in enumerate(rows):
        step.position = i
        if step.role in ("announced", "reaffirmed"):
            step.role = "announced" if i == 0 else "reaffirmed"
    first = rows[0]
    th.object = first[3] or th.object
    deadlines = sorted(dl for _, kind, horizon, text, dl in rows if dl and stated_deadline(kind, horizon, text))
    th.deadline = deadlines[0] if deadlines else None
    dates = [r[0].date for r in rows if r[0].date]
    th.first_date, th.last_date = min(dates, default=None), max(dates, default=None)
    th.status = status_of([r[0].role for r in rows], th.deadline, today)


def refresh_statuses(session: Session, today: str | None = None) -> int:
    """Mark overdue the open threads whose deadline has passed by ``today`` (one indexed update, no rebuild)."""
    today = today or date.today().isoformat()
    th = t.ThreadRow
    return session.execute(sa.update(th).where(th.status.in_(("announced", "in_progress")), th.deadline < today)
                           .values(status="overdue")).rowcount


def rebuild_threads(session: Session, today: str | None = None) -> int:
    """Forget every thread and file all stored documents again in date order; the number of threads. A thread's id
    is its first commitment's id."""
    session.execute(sa.delete(t.ThreadKeyRow))
    session.execute(sa.delete(t.ThreadStepRow))
    session.execute(sa.delete(t.ThreadRow))
    d = t.DocumentRow
    for doc_id in session.scalars(sa.select(d.id).where(d.status == "ok")
                                  .order_by(d.date.is_(None), d.date, d.id)).all():
        add_document(session, doc_id, today)
    return session.scalar(sa.select(sa.func.count()).select_from(t.ThreadRow))


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
