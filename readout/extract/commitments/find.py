"""Commitments: what was agreed, signed, instructed, planned or is under way, one record a clause.

A sentence is cut into clauses at commas and semicolons; a clause holding a cue (``data/commitment_cues.tsv``)
starts a commitment that runs until the next clause with a cue. Questions, negated and conditional cues and
background ("40 лет назад мы подписали…") are no commitments. Numbered lists after "Список документов,
подписанных…" give one ``signed`` commitment an item.

>>> from readout import read
>>> r = read("Достигнута договоренность в ближайшей перспективе удвоить товарооборот и довести его до одного "
...          "миллиарда долларов.", date="2025-10-21")
>>> c = r.commitments[0]
>>> c.kind, c.factor, c.target.value, c.target.unit, c.horizon
('agreement', 2.0, 1000000000.0, 'USD', 'в ближайшей перспективе')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from readout import data
from readout.extract.commitments.coordination import split_points
from readout.extract.commitments.scope import excluded, hedged
from readout.extract.context import Context
from readout.model import Commitment, Span

_ITEM = re.compile(r"(?:(?<=\s)|^)(\d{1,2})\.\s+(?=[А-ЯЁ])")


@dataclass(frozen=True, slots=True)
class Cue:
    lemmas: tuple[str, ...]
    kind: str
    together: bool  # "a b": adjacent in order; "a+b": anywhere in the clause
    when: str = "-"  # "not_past": only in a clause with no past-tense verb; "present": the cue verb in the present


@functools.cache
def cues() -> tuple[Cue, ...]:
    out = []
    for row in data.tsv("commitment_cues"):
        c = row["cue"]
        lemmas, together = (tuple(c.split("+")), False) if "+" in c else (tuple(c.split()), True)
        out.append(Cue(lemmas, row["kind"], together, row["when"]))
    return tuple(sorted(out, key=lambda c: -len(c.lemmas)))


def _attributive(t) -> bool:
    """A full participle ("достигнутые договоренности", "подписанных документов") describes, it does not state."""
    return t.feat("VerbForm") == "Part" and t.feat("Variant") != "Short"


def _match(toks) -> tuple[Cue, int] | None:
    """The cue in a clause's tokens and the index of its first token."""
    lemmas = [None if _attributive(t) else t.lemma for t in toks]
    present = set(lemmas)
    past = any(t.feat("Tense") == "Past" and t.pos in ("VERB", "AUX") for t in toks)
    for cue in cues():
        if not present.issuperset(cue.lemmas) or (cue.when == "not_past" and past):
            continue
        if not cue.together:
            i = min(lemmas.index(l) for l in cue.lemmas)
        else:
            n = len(cue.lemmas)
            i = next((i for i in range(len(lemmas) - n + 1) if tuple(lemmas[i:i + n]) == cue.lemmas), None)
            if i is None:
                continue
        if cue.when == "present" and toks[i].feat("Tense") != "Pres":
            continue  # "строятся дороги" is work under way; "будут строиться" is a plan, "строились" a report
        return cue, i
    return None


def _clauses(ctx: Context, sent) -> list[list]:
    """The sentence's clauses, split at commas, semicolons and colons, but not inside a list of names ("Эмомали
    Рахмон, Шавкат Мирзиёев и Садыр Жапаров поставили подписи…" is one clause with a three-person subject)."""
    toks = ctx.analysis.sentence_tokens(sent)
    names = [(f.start, f.stop) for p in ctx.persons for f in p.forms if sent.start <= f.start < sent.stop]
    names += [(c.start, c.stop) for c in ctx.countries if sent.start <= c.start < sent.stop]
    in_name = lambda t: any(a <= t.start < b for a, b in names)  # noqa: E731
    out, cur = [], []
    for i, t in enumerate(toks):
        if t.text in (",", ";", ":") and cur:
            if t.text == "," and in_name(cur[-1]) and i + 1 < len(toks) and in_name(toks[i + 1]) and all(
                    in_name(x) or x.lemma == "и" for x in cur[-3:]):
                cur.append(t)
                continue
            out.append(cur)
            cur = []
            continue
        cur.append(t)
    if cur:
        out.append(cur)
    return out


def _kind(kind: str, toks, k: int) -> str:
    """A signing or an agreement told in the future is a plan ("стороны подпишут документы", "будут подписаны").

    >>> from readout.nlp import analyze
    >>> toks = analyze("Стороны подпишут документы", lambda w: True).tokens
    >>> _kind("signed", toks, 1), _kind("agreement", toks, 1)
    ('plan', 'plan')
    """
    if kind not in ("signed", "agreement"):
        return kind
    t = toks[k]
    future = t.feat("Tense") == "Fut" or any(
        x.lemma == "быть" and x.feat("Tense") in ("Fut", "Pres") for x in toks[max(0, k - 2):k])
    return "plan" if future else kind


def _with_listed_infinitives(clauses, hits):
    """"Стороны договорились расширить торговлю, создать фонд, провести форум": each infinitive clause that
    follows a commitment in a list is a commitment of its own, of the same cue."""
    out = []
    for h, (ci, m) in enumerate(hits):
        out.append((ci, m))
        stop = hits[h + 1][0] if h + 1 < len(hits) else len(clauses)
        out.extend((cj, (m[0], k)) for cj, k in _listed_after(clauses, ci, stop))
    return out


def _listed_after(clauses, ci: int, stop: int):
    """(clause index, infinitive index) of the clauses after ``ci`` (up to ``stop``) that open with an infinitive."""
    for cj in range(ci + 1, stop):
        words = [t for t in clauses[cj] if t.text[:1].isalpha()]
        if words and words[0].lemma in ("и", "а") and words[0].pos == "CCONJ":  # ", а первый совет провести в 2026"
            words = words[1:]
            while words and len(words) > 1 and words[0].pos not in ("VERB", "AUX"):
                words = words[1:]
        if not words or words[0].pos != "VERB" or words[0].feat("VerbForm") != "Inf":
            return
        yield cj, clauses[cj].index(words[0])


def find_commitments(ctx: Context) -> list[Commitment]:
    out: list[Commitment] = []
    out.extend(_signed_list(ctx))
    listed = [(c.start, c.stop) for c in out]
    heads = [(h.start(), h.end()) for h in _list_heads(ctx)] if out else []
    for sent in ctx.analysis.sentences:
        if any(a <= sent.start < b for a, b in listed) or any(sent.start <= a < sent.stop for a, _ in heads):
            continue  # the list's items are its commitments; its heading ("Документы, подписанные …") is none
        clauses = _clauses(ctx, sent)
        hits, dependent = [], set()
        for ci, cl in enumerate(clauses):
            if ci and cl[0].lemma == "что" and hedged(clauses[ci - 1]):
                dependent.add(ci)  # "благодарен за то, что…", "Надеемся, что стороны договорятся"
                continue
            if ci and cl[0].lemma == "что" and hits and hits[-1][0] == ci - 1 and hits[-1][1][0].kind == "agreement":
                dependent.add(ci)  # "договорились, что следующий раунд состоится в Киеве": what was agreed
                continue
            m = _match(cl)
            why = excluded(cl, m[1], sent.text, _year(ctx), m[0], _month(ctx)) if m else None
            if m and why is None:
                hits.append((ci, m))
            elif m:
                ctx.reject("commitments", "cue:" + "+".join(m[0].lemmas), cl[0].start, cl[-1].stop, why)
        hits = _with_listed_infinitives(clauses, hits)
        for h, (ci, (cue, k)) in enumerate(hits):
            end_ci = hits[h + 1][0] - 1 if h + 1 < len(hits) else len(clauses) - 1
            a, b = clauses[ci][0].start, clauses[end_ci][-1].stop
            b = _trim_end(ctx.analysis.text, a, b)
            out.extend(_split(ctx, _commitment(ctx, a, b, _kind(cue.kind, clauses[ci], k), "cue",
                                               Span(clauses[ci][k].start, clauses[ci][k].stop)), clauses[ci], k))
        covered = {ci for ci, _ in hits} | dependent
        found = _future_action(ctx, sent, [cl for ci, cl in enumerate(clauses) if ci not in covered])
        c = found[0] if found else None
        if c and not any(x.start <= c.start < x.stop for x in out):
            out.extend(found)
            ci = next((i for i, cl in enumerate(clauses) if cl[0].start <= c.start < cl[-1].stop), len(clauses))
            for cj, k in _listed_after(clauses, ci, len(clauses)):  # "мы будем укреплять …, проводить …"
                cl = clauses[cj]
                b = _trim_end(ctx.analysis.text, cl[0].start, cl[-1].stop)
                out.append(_commitment(ctx, cl[0].start, b, "plan", "future_action", Span(cl[k].start, cl[k].stop)))
    return _without_repeats(ctx, sorted(out, key=lambda c: c.start))


def _without_repeats(ctx: Context, found: list[Commitment]) -> list[Commitment]:
    """A clause told twice word for word (a headline repeated as the lead's first line) is one commitment, the first
    telling."""
    seen: set[tuple[str, str]] = set()
    keep = []
    for c in found:
        key = (c.kind, " ".join(c.text.lower().split()))
        if key in seen:
            ctx.reject("commitments", c.rule, c.start, c.stop, "the same words told again")
            continue
        seen.add(key)
        keep.append(c)
    return keep




def _counts_parties(ctx: Context, offset: int) -> bool:
    nxt = ctx.analysis.tokens_in(offset, offset + 40)[:1]
    return bool(nxt) and nxt[0].lemma in data.lexicon("counted_party")


def _year(ctx: Context) -> int | None:
    return int(ctx.doc.date[:4]) if ctx.doc.date else None


def _month(ctx: Context) -> int | None:
    return int(ctx.doc.date[5:7]) if ctx.doc.date and len(ctx.doc.date) >= 7 else None


def _trim_end(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1] in " .;,!":
        b -= 1
    return b


def _future_action(ctx: Context, sent, clauses) -> list[Commitment]:
    """"США будут способствовать восстановлению…": a future verb whose subject is a state or its representative."""
    for cl in clauses:
        for i, t in enumerate(cl):
            # "мы будем укреплять сотрудничество": "будем" with an infinitive (not "затронем", "констатируем")
            we = t.feat("Person") == "1" and t.feat("Number") == "Plur" and t.lemma == "быть" and any(
                x.feat("VerbForm") == "Inf" for x in cl[i + 1:i + 3])  # not "Мы будем с Украиной столько, …"
            if _future(cl, i) and (t.feat("Person") == "3" or we):
                before = (cl[0].start, t.start)
                from readout.extract.commitments.parties import state_subject

                subject = we or any(before[0] <= c.start < before[1] and state_subject(ctx, c, before[0])
                                    for c in ctx.countries) or _person_subject(ctx, *before) or any(
                    x.lemma in data.lines("commitment_subjects") for x in cl[:i]) or _passive(cl, i)
                why = excluded(cl, i, sent.text) if subject else None
                if subject and why is not None:
                    ctx.reject("commitments", "future_action", cl[0].start, cl[-1].stop, why)
                if subject and why is None:
                    a, b = cl[0].start, _trim_end(ctx.analysis.text, cl[0].start, cl[-1].stop)
                    return _split(ctx, _commitment(ctx, a, b, "plan", "future_action", Span(t.start, t.stop)), cl, i)
    return []


def _split(ctx: Context, c: Commitment, toks, k: int) -> list[Commitment]:
    """A commitment whose cue governs two coordinated actions as two commitments, both binding the parties of
    the whole clause (``coordination``)."""
    points = [(i, m) for i, m in split_points(toks, k) if c.start <= toks[i].start < c.stop]
    if not points:
        return [c]
    text, out = ctx.analysis.text, []
    bounds = [c.start] + [toks[i + 1].start for i, _ in points]
    ends = [_trim_end(text, c.start, toks[i].start) for i, _ in points] + [c.stop]
    for n, (a, b) in enumerate(zip(bounds, ends)):
        cue = c.cue if n == 0 else Span(toks[points[n - 1][1]].start, toks[points[n - 1][1]].stop)
        part = _commitment(ctx, a, b, c.kind, c.rule, cue)
        out.append(replace(part, parties=c.parties))
    return out


def _person_subject(ctx: Context, a: int, b: int) -> bool:
    """A person named in the nominative before the verb: "Садыр Жапаров с официальным визитом посетит Россию"."""
    return any(a <= f.start < b and ctx.name_case(f, True) == "Nom" for p in ctx.persons for f in p.forms
               if f.rule != "surname" or p.holder_id)


def _future(toks, i: int) -> bool:
    """A future verb, or "будут" as an auxiliary: before an infinitive or a passive participle, adverbs between
    ("будут тесно сотрудничать"); "будут вечными союзниками", "будет рада видеть" is a copula, no action."""
    t = toks[i]
    if t.pos not in ("VERB", "AUX"):
        return False
    if t.lemma != "быть":
        return t.feat("Tense") == "Fut"
    j = i + 1
    while j < len(toks) and j < i + 3 and toks[j].pos == "ADV":
        j += 1
    return j < len(toks) and (toks[j].feat("VerbForm") == "Inf" or _short_participle(toks[j]))


def _passive(toks, i: int) -> bool:
    """"Будут предприняты меры", "будет осуществлён обмен": a future passive states a plan by itself."""
    return toks[i].lemma == "быть" and i + 1 < len(toks) and _short_participle(toks[i + 1])


def _short_participle(t) -> bool:
    # natasha's tagger says Variant=Short; pymorphy's out-of-context parse gives no case
    return t.feat("VerbForm") == "Part" and (t.feat("Variant") == "Short" or t.feat("Case") is None)


def _signed_list(ctx: Context) -> list[Commitment]:
    """Items of "Список документов, подписанных …: 1. … 2. …" as signed documents."""
    text = ctx.analysis.text
    out = []
    for head in _list_heads(ctx):
        items = [m for m in _ITEM.finditer(text, head.end())]
        expected = 1
        run = []
        for m in items:
            if int(m.group(1)) == expected:
                run.append(m)
                expected += 1
        for i, m in enumerate(run):
            if any(c.start == m.end() for c in out):  # two headings before one list
                continue
            a = m.end()
            b = run[i + 1].start() if i + 1 < len(run) else _list_end(text, a)
            b = _trim_end(text, a, b)
            c = _commitment(ctx, a, b, "signed", "signed_list", Span(head.start(), head.end()))
            # a document signed at the talks binds their sides, whoever of each side signs it ("Роскосмос")
            from readout.extract.commitments.parties import participant_states

            both = tuple(dict.fromkeys(c.parties + tuple(participant_states(ctx))))
            out.append(replace(c, parties=both))
    return out


@dataclass(frozen=True, slots=True)
class _Head:
    a: int
    b: int

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


def _list_heads(ctx: Context) -> list[_Head]:
    """Headings of lists of signed documents: "Список документов, подписанных …", "Документы, подписанные и
    утверждённые в ходе визита": a document word and a signing word within a few words of each other."""
    heads = []
    toks = ctx.analysis.tokens
    for i, t in enumerate(toks):
        if t.lemma in ("документ", "соглашение") and t.text[:1].isupper() or (t.lemma == "документ" and i and
                                                                                toks[i - 1].lemma == "список"):
            window = toks[i:i + 5]
            sign = next((x for x in window if x.lemma in ("подписать", "подписанный", "утвердить")), None)
            if sign is not None:
                start = toks[i - 1].start if i and toks[i - 1].lemma == "список" else t.start
                heads.append(_Head(start, sign.stop))
    return heads


def _list_end(text: str, a: int) -> int:
    m = re.search(r"\.\s+(?=[А-ЯЁ][а-яё]+\s+[А-ЯЁа-яё])|\n|$", text[a:])
    return min(len(text), a + (m.start() + 1 if m else len(text) - a))


def _commitment(ctx: Context, a: int, b: int, kind: str, rule: str, cue: Span) -> Commitment:
    from readout.extract.commitments.dates import find_horizon
    from readout.extract.commitments.numbers import find_quantities
    from readout.extract.commitments.parties import addressee, parties

    text = ctx.analysis.text
    while a < b and text[a] in " –—-":  # the dash that opens direct speech is not part of the clause
        a += 1
    for qa, qb in ctx.quoted:  # a clause inside direct speech ends where the speech ends ("…, – заявил X")
        if qa <= a < qb < b:
            b = _trim_end(text, a, qb)
    clause = ctx.analysis.text[a:b]
    target, factor = None, None
    for q in find_quantities(clause):
        if q.factor and factor is None:
            factor = q.factor
        if q.unit == "count" and " на " not in clause[q.start:q.stop] and _counts_parties(ctx, a + q.stop):
            continue  # "двух стран" counts the parties, nothing promised; "две АЭС", "175 на 175" are targets
        if q.value is not None and q.unit and target is None:
            target = type(q)(q.start + a, q.stop + a, q.value, q.unit, q.factor)
    horizon = find_horizon(clause, ctx.doc.date)
    return Commitment(a, b, clause, kind, parties(ctx, a, b, kind), None, None, target, factor,
                      horizon.text if horizon else None, horizon.deadline if horizon else None,
                      addressee(ctx, a, b), rule, cue)
