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

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import schema as t
from readout.store.lemmas import has_verb, is_done, is_perfective, lemma, words
from readout.data import lexicon
from readout.store.meaning import JOIN_AT, SPECIFIC_IDF, Gist, gist, same_thing

SENTENCE = re.compile(r"[^\s.!?][^.!?\n]*[.!?]?")
COMPARED_STEPS = 12  # a long thread is compared through its first step and its latest ones
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
    if has_verb(text) and not any(is_perfective(w) or lemma(w) in lexicon("plan_verb") for w in said):
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
    that report something done complete the open threads of its states they are about; the threads touched."""
    today = today or date.today().isoformat()
    d = session.get(t.DocumentRow, document_id)
    if d is None or d.status != "ok":
        return []
    touched = set()
    rows = session.scalars(sa.select(t.CommitmentRow).where(t.CommitmentRow.document_id == document_id)
                           .order_by(t.CommitmentRow.start, t.CommitmentRow.id)).all()
    parties = _parties(session, [c.id for c in rows])
    for c in rows:
        if parties.get(c.id):
            touched.add(_add_commitment(session, c, " ".join(sorted(parties[c.id])), d.date))
    touched |= _add_reports(session, d)
    for thread_id in touched:
        _refresh(session, thread_id, today)
    session.flush()
    return sorted(touched)


def _parties(session: Session, ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for cid, party in session.execute(sa.select(t.CommitmentPartyRow.commitment_id, t.CommitmentPartyRow.party)
                                      .where(t.CommitmentPartyRow.commitment_id.in_(ids))):
        out.setdefault(cid, []).append(party)
    return out


def _candidates(session: Session, index: list[str], parties: str | None) -> list[int]:
    if not index:
        return []
    k = t.ThreadKeyRow
    stmt = sa.select(k.thread_id).distinct().where(k.word.in_(index))
    if parties is not None:
        stmt = stmt.where(k.parties == parties)
    return list(session.scalars(stmt.order_by(k.thread_id)))


def _steps(session: Session, thread_id: int) -> list[tuple[t.ThreadStepRow, str]]:
    s, c = t.ThreadStepRow, t.CommitmentRow
    rows = session.execute(sa.select(s, c.text, c.target_unit, c.target_value).outerjoin(c, c.id == s.commitment_id)
                           .where(s.thread_id == thread_id).order_by(s.position)).all()
    return rows


def _add_commitment(session: Session, c: t.CommitmentRow, parties: str, day: str | None) -> int:
    g = gist(c.text, c.target_unit, c.target_value)
    index = _index_words(g)
    best, best_sim, best_pos = None, 0.0, None
    for thread_id in _candidates(session, index, parties):
        steps = _steps(session, thread_id)
        if any(step.document_id == c.document_id for step, *_ in steps):
            continue
        compared = [x for x in steps[:1] + steps[1:][-COMPARED_STEPS:] if x[1] is not None]
        for step, text, unit, value in compared:
            sim = same_thing(g, gist(text, unit, value))
            if sim > best_sim:
                best, best_sim, best_pos = thread_id, sim, step.position
    if best is not None and best_sim >= JOIN_AT:
        thread_id, joins, sim, position = best, best_pos, best_sim, len(_steps(session, best))
    else:
        session.add(t.ThreadRow(id=c.id, parties=parties, object=c.text, status="announced"))
        session.flush()
        thread_id, joins, sim, position = c.id, None, None, 0
    session.add(t.ThreadStepRow(thread_id=thread_id, position=position, role=_role(c.kind, c.text, position == 0),
                                document_id=c.document_id, commitment_id=c.id, date=day, start=c.start, stop=c.stop,
                                joins=joins, similarity=sim))
    _add_keys(session, thread_id, parties, index)
    session.flush()
    return thread_id


def _add_keys(session: Session, thread_id: int, parties: str, index: list[str]) -> None:
    have = set(session.scalars(sa.select(t.ThreadKeyRow.word).where(t.ThreadKeyRow.thread_id == thread_id)))
    session.add_all(t.ThreadKeyRow(thread_id=thread_id, parties=parties, word=w) for w in index if w not in have)


def _add_reports(session: Session, d: t.DocumentRow) -> set[int]:
    """Sentences of ``d`` that say a thing was done complete the earlier open threads of its states about it."""
    from readout.store.occasions import document_states

    if not d.date:
        return set()
    states = document_states(session, d.id)
    touched = set()
    for m in SENTENCE.finditer(d.text):
        text = m.group()
        if not reports_done(text):
            continue
        g = gist(text)
        for thread_id in _candidates(session, _index_words(g), None):
            th = session.get(t.ThreadRow, thread_id)
            if (th.status == "achieved" or not set(th.parties.split()) <= states or not th.first_date
                    or th.first_date >= d.date or thread_id in touched):
                continue
            steps = _steps(session, thread_id)
            if any(step.document_id == d.id for step, *_ in steps):
                continue
            first = steps[0]
            sim = same_thing(gist(first[1] or th.object, first[2], first[3]), g)
            if sim >= JOIN_AT:
                session.add(t.ThreadStepRow(thread_id=thread_id, position=len(steps), role="achieved",
                                            document_id=d.id, commitment_id=None, date=d.date, start=m.start(),
                                            stop=m.end(), joins=0, similarity=sim))
                th.status = "achieved"
                touched.add(thread_id)
        session.flush()
    return touched


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
