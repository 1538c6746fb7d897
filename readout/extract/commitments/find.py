"""Commitments: what was agreed, signed, instructed, planned or is under way, one record a clause.

A sentence is cut into clauses at commas and semicolons; a clause holding a cue (``data/commitment_cues.tsv``)
starts a commitment that runs until the next clause with a cue. Questions, negated and conditional cues and
background ("40 лет назад мы подписали…") are no commitments. Lists of signed documents (numbered or bulleted,
``lists``) give one ``signed`` commitment an item.

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
from readout.extract.commitments.build import make_commitment, split_coordinated, trim_end
from readout.extract.commitments.clauses import clauses as _clauses
from readout.extract.commitments.coordination import opening_participle
from readout.extract.commitments.future import future_action, present_work
from readout.extract.commitments.lists import bulleted_lists, list_heads, signed_list
from readout.extract.commitments.one_side import not_by_participant
from readout.extract.commitments.scope import event_to_come, excluded, hedged
from readout.extract.context import Context
from readout.model import Commitment, Span


@dataclass(frozen=True, slots=True)
class Cue:
    lemmas: tuple[str, ...]
    kind: str
    together: bool  # "a b": adjacent in order; "a+b": anywhere in the clause
    when: str = "-"  # "not_past": only in a clause with no past-tense verb, "past": only in one with one;
    # "present": the cue verb in the present; "short": the cue word in its short form ("Китай намерен", not
    # "намеренное нарушение"); "infinitive": an infinitive follows in the clause ("решили создать", not "решили
    # вопросы"); "participant": that too, and a person of the lead is the subject ("пообещал проинформировать")


@functools.cache
def cues() -> tuple[Cue, ...]:
    out = []
    for row in data.tsv("commitment_cues"):
        c = row["cue"]
        lemmas, together = (tuple(c.split("+")), False) if "+" in c else (tuple(c.split()), True)
        out.append(Cue(lemmas, row["kind"], together, row["when"]))
    return tuple(sorted(out, key=lambda c: -len(c.lemmas)))


@functools.cache
def _cues_by_lemma() -> dict[str, tuple[int, ...]]:
    """The positions in ``cues()`` of the cues that each lemma opens: a clause is tried only on cues whose first
    lemma it holds."""
    index: dict[str, list[int]] = {}
    for n, cue in enumerate(cues()):
        index.setdefault(cue.lemmas[0], []).append(n)
    return {lemma: tuple(ns) for lemma, ns in index.items()}


def _attributive(t) -> bool:
    """A full participle ("достигнутые договоренности", "подписанных документов") describes, it does not state."""
    return t.feat("VerbForm") == "Part" and t.feat("Variant") != "Short"


_ATTRIBUTIVE_CUES = {"предстоять": "предстоящий", "запланировать": "запланированный", "наметить": "намеченный",
                     "подписывать": "подписываемый", "подписать": "подписанный"}
_HABITUAL = frozenset({"ежегодно", "регулярно", "ежемесячно", "традиционно", "ежеквартально"})
# participles that name a plan where they stand before or after a noun ("мероприятий, запланированных на 2020 год"),
# or a signing of the event ("подписываемая сегодня декларация", "Подписанная сегодня Хартия"); other attributive
# participles are no cue ("подписанные ранее соглашения")


def _match(toks) -> tuple[Cue, int] | None:
    """The cue in a clause's tokens and the index of its first token; a cue's infinitive gives way to the cue verb
    that governs it ("планируется подписать ряд документов" is a plan, not a signing)."""
    found = _first_match(toks)
    if found is None or not _infinitive(toks[found[1]]):
        return found
    head = _first_match(toks[:found[1]])
    governs = head is not None and (toks[head[1]].feat("VerbForm") == "Fin" or toks[head[1]].feat("Variant") == "Short")
    return head if governs else found  # not "Подписанное соглашение позволит продолжить …": an attribute


def _infinitive(t) -> bool:
    return t.pos == "VERB" and t.feat("VerbForm") == "Inf"


def _first_match(toks) -> tuple[Cue, int] | None:
    # "предстоящим переговорам": natasha gives the participle's verb, the cues name the adjective
    lemmas = [_ATTRIBUTIVE_CUES.get(t.lemma) if _attributive(t) else t.lemma if t.lemma in _cues_by_lemma() else
              _ATTRIBUTIVE_CUES.get(opening_participle(t) or "", t.lemma) for t in toks]  # "«Подписываемая нами"
    present = set(lemmas)
    past = any(t.feat("Tense") == "Past" and t.pos in ("VERB", "AUX") and not _attributive(t) for t in toks)  # not
    # "ожидается запуск социально направленных проектов": a full participle describes, it tells no time
    index, every = _cues_by_lemma(), cues()
    for cue in (every[n] for n in sorted({n for lemma in present for n in index.get(lemma, ())})):
        if not present.issuperset(cue.lemmas) or cue.when == ("past" if not past else "not_past"):
            continue  # "состоялось подписание" is a signing; "подписание состоится" a plan
        if not cue.together:
            i = min(lemmas.index(l) for l in cue.lemmas)
            if len(cue.lemmas) > 1 and cue.lemmas[0] in _ATTRIBUTIVE_CUES.values() and not any(
                    lemmas[j] in cue.lemmas[1:] for j in range(i + 1, min(i + 7, len(lemmas)))):
                continue  # "предстоящая встреча"; not "По итогам переговоров … по случаю предстоящего 30-летия"
        else:
            n = len(cue.lemmas)
            i = next((i for i in range(len(lemmas) - n + 1) if tuple(lemmas[i:i + n]) == cue.lemmas), None)
            if i is None:
                continue
        if cue.when == "present" and not any(t.lemma in cue.lemmas and t.pos in ("VERB", "AUX") and t.feat(
                "Tense") == "Pres" for t in toks[i:]):  # the cue's verb, after its noun too ("задачи выполняются")
            continue  # "строятся дороги" is work under way; "будут строиться" is a plan, "строились" a report
        if cue.when == "short" and toks[i].feat("Variant") != "Short":
            continue
        if cue.when in ("infinitive", "participant") and not any(_infinitive(t) for t in toks[i + 1:]):
            continue  # "решено провести заседание" decides; "мы все их на ходу решили" solved issues
        if not cue.together and (toks[i].feat("VerbForm") == "Inf" and toks[i].pos == "VERB" or cue.kind in (
                "signed", "agreement") and any(t.lemma in cue.lemmas and t.pos == "VERB" and t.feat("VerbForm") == "Inf"
                                               for t in toks)):
            continue  # "поручено … принять Дорожную карту", "за приглашение принять участие": the governing verb says
        if not cue.together and "принять" in cue.lemmas and "участие" not in cue.lemmas and any(
                a == "принять" and b == "участие" for a, b in zip(lemmas, lemmas[1:])):
            continue  # "По приглашению Президента … посетит … и примет участие": taking part, no invitation accepted
        if cue.lemmas[0] in ("запланированный", "намеченный") and not _planned_event(toks, i):
            continue
        if cue.lemmas == ("уполномочить",) and toks[i].feat("Variant") == "Short":
            continue  # "уполномочен передать послание": he carries a message, no order told
        if cue.lemmas[0] == "подписанный" and toks[i].feat("Case") not in (None, "Nom") and not opening_participle(toks[i]):
            continue  # "в соответствии с подписанным сегодня соглашением будет открыт …": the plan is the act
        if cue.lemmas == ("подписываемый",) and any(t.lemma in _HABITUAL for t in toks[max(0, i - 1):i + 3]):
            continue  # "подписываемых ежегодно программ": signed every year, not at this event
        if cue.lemmas == ("в", "план") and toks[i + 1].feat("Case") == "Loc" and toks[i + 1].feat(
                "Number") != "Plur" and not any(t.lemma in data.lexicon("plan_document_noun") for t in toks[i + 2:i + 4]):
            continue  # "в плане международных связей" means "as to"; "в планах — подписание", "в плане мероприятий",
            # "включен в план" are plans
        if cue.lemmas == ("нацелить",) and any(t.lemma in data.lexicon("document_noun") for t in toks[:i]):
            continue  # "Соглашение нацелено на то, чтобы …": what a document is for, nobody's plan
        return _signed_first(toks, cue, i)
    return _signed_named(toks)


def _planned_event(toks, i: int) -> bool:
    """The participle at ``i`` names an event still to come: an event noun beside it ("мероприятий, запланированных
    на 2020 год"; "намеченные ресурсы" are none) and no past verb of its holding ("Запланированная встреча
    президентов состоялась" is carried out)."""
    return any(t.lemma in data.lexicon("event_noun") for t in toks[max(0, i - 3):i + 7]) and not any(
        t.lemma in data.lexicon("held_verb") and t.feat("Tense") == "Past" for t in toks)


_SIGNED_NAMED = Cue(("подписать",), "signed", False)


def _signed_first(toks, cue: Cue, i: int) -> tuple[Cue, int]:
    """A signing told by the clause's verb before a noun cue in what was signed: "подписан План совместных действий
    по подготовке Государственного визита" is a signed document, not a plan of preparations."""
    if cue.kind == "signed" or toks[i].pos == "VERB":
        return cue, i
    k = next((k for k in range(i) if toks[k].lemma == "подписать" and toks[k].pos == "VERB"
              and toks[k].feat("VerbForm") != "Inf"), None)
    return (_SIGNED_NAMED, k) if k is not None else (cue, i)


def _signed_named(toks) -> tuple[Cue, int] | None:
    """A document named as signed, as the subject of its sentence: "Подписанное соглашение о создании Совета
    обеспечит …", "Об этом свидетельствуют подписанные соглашения"; not in a phrase of a preposition or another
    case ("в рамках подписанных соглашений", "реализацию подписанных ранее соглашений")."""
    docs = data.lexicon("document_noun")
    for i, t in enumerate(toks):
        if t.lemma == "подписать" and _attributive(t) and t.feat("Case") == "Nom" and (
                i == 0 or toks[i - 1].pos != "ADP") and any(
                x.lemma in docs and x.feat("Case") == "Nom" for x in toks[i + 1:i + 4]):
            return _SIGNED_NAMED, i
    return None


def _subject_start(clauses, ci: int, k: int) -> int:
    """Where a commitment starts: at its clause, or, when a participial phrase stands between the clause and its
    subject ("Договоренности, достигнутые во время встречи, уже реализуются"), at the subject before it."""
    cl = clauses[ci]
    if ci < 2 or any(t.pos in ("NOUN", "PROPN", "PRON") for t in cl[:k]):
        return cl[0].start
    words = [t for t in clauses[ci - 1] if t.text[:1].isalpha()]
    subject = clauses[ci - 2]
    if words and words[0].feat("VerbForm") == "Part" and _attributive(words[0]) and not any(
            t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin" for t in subject) and len(subject) <= 12:
        return subject[0].start
    return cl[0].start


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
        x.lemma == "быть" and x.feat("Tense") in ("Fut", "Pres") for x in toks[max(0, k - 2):k]) or _future_pair(toks, k)
    return "plan" if future else kind


def _decree_order(clauses, ci: int, k: int, end_ci: int):
    """The verb of ordering in the relative clause of a decree signed ("подписал указ, которым уполномочил КГБ
    подписать соглашение", ``lexicon: decree_noun``): a decree is one state's order, not a document of two sides."""
    toks = clauses[ci]
    if not any(t.lemma in data.lexicon("decree_noun") for t in toks[k + 1:k + 3]):
        return None
    orders = {r["cue"] for r in data.tsv("commitment_cues") if r["kind"] == "instruction" and " " not in r["cue"]}
    for cl in clauses[ci + 1:end_ci + 1]:
        if cl[0].lemma == "который":
            return next((t for t in cl if t.lemma in orders and t.pos == "VERB"), None)
    return None


def _future_pair(toks, k: int) -> bool:
    """"будет подготовлен и подписан меморандум": the future "будет" of the participle coordinated before."""
    return k >= 3 and toks[k - 1].lemma == "и" and toks[k - 2].feat("VerbForm") == "Part" and toks[k - 3].lemma == (
        "быть") and toks[k - 3].feat("Tense") in ("Fut", "Pres")


def _with_listed_infinitives(clauses, hits):
    """"Стороны договорились расширить торговлю, создать фонд, провести форум": each infinitive clause that
    follows a commitment in a list is a commitment of its own, of the same cue."""
    out = []
    for h, (ci, m) in enumerate(hits):
        out.append((ci, m))
        stop = hits[h + 1][0] if h + 1 < len(hits) else len(clauses)
        out.extend((cj, (m[0], k)) for cj, k in _listed_after(clauses, ci, stop))
        if m[0].kind == "signed":
            out.extend((cj, (m[0], k)) for cj, k in _listed_documents(clauses, ci, stop))
    return sorted(out, key=lambda x: x[0])


def _listed_documents(clauses, ci: int, stop: int):
    """"Стороны подписали меморандум о …, соглашение о …, а также план консультаций": each document after the
    signing, one clause each (``lexicon: document_noun``), is a signed commitment of its own."""
    docs = data.lexicon("document_noun")
    plural = False
    for cj in range(ci + 1, stop):
        words = [t for t in clauses[cj] if t.text[:1].isalpha()]
        while words and words[0].lemma in ("и", "а", "также"):  # ", а также план консультаций"
            words = words[1:]
        if plural and len(words) > 1 and words[0].lemma in ("о", "об") and words[0].pos == "ADP":
            yield cj, clauses[cj].index(words[0])  # "соглашения о признании прав, о признании документов": two
            continue
        head = next((n for n, t in enumerate(words[:4]) if t.pos != "ADJ"), len(words))  # "межправительственные
        if len(words) < 2 or head >= len(words) or words[head].lemma not in docs or words[head].pos not in (
                "NOUN", "ADJ", "PROPN"):  # соглашения о …"
            return
        plural = words[head].feat("Number") == "Plur"
        yield cj, clauses[cj].index(words[0])


def _bare_head(clause) -> bool:
    """The clause is its cue alone, an impersonal head of the "что" clause after it: "Планируется, что …"."""
    return len([t for t in clause if t.text[:1].isalpha()]) == 1


def _listed_after(clauses, ci: int, stop: int):
    """(clause index, infinitive index) of the clauses after ``ci`` (up to ``stop``) that open with an infinitive."""
    for cj in range(ci + 1, stop):
        words = [t for t in clauses[cj] if t.text[:1].isalpha()]
        if cj == ci + 1 and words and words[0].feat("VerbForm") == "Part" and words[0].feat("Variant") != "Short":
            continue  # "обсудить вопросы, связанные с подготовкой саммита, а также … рассмотреть": an attribute
        if words and words[0].lemma in ("и", "а") and words[0].pos == "CCONJ":  # ", а первый совет провести в 2026"
            words = words[1:]
            while words and len(words) > 1 and words[0].pos not in ("VERB", "AUX"):
                words = words[1:]
        if not words or words[0].pos != "VERB" or words[0].feat("VerbForm") != "Inf":
            return
        yield cj, clauses[cj].index(words[0])


def find_commitments(ctx: Context) -> list[Commitment]:
    out: list[Commitment] = []
    out.extend(signed_list(ctx))
    heads = [(h.start(), h.end()) for h in list_heads(ctx)] if out else []
    bullets, bullet_heads = bulleted_lists(ctx)
    out.extend(bullets)
    heads += bullet_heads
    listed = [(c.start, c.stop) for c in out]
    for sent in ctx.analysis.sentences:
        if any(a <= sent.start < b for a, b in listed) or any(sent.start <= a < sent.stop for a, _ in heads):
            continue  # the list's items are its commitments; its heading ("Документы, подписанные …") is none
        clauses = _clauses(ctx, sent)
        hits, dependent, told_before = [], set(), -2
        for ci, cl in enumerate(clauses):
            if ci and cl[0].lemma == "что" and hedged(clauses[ci - 1]):
                dependent.add(ci)  # "благодарен за то, что…", "Надеемся, что стороны договорятся"
                continue
            if ci and cl[0].lemma == "что" and hits and hits[-1][0] == ci - 1 and (
                    hits[-1][1][0].kind == "agreement" or _bare_head(clauses[ci - 1])):
                dependent.add(ci)  # "договорились, что следующий раунд состоится в Киеве": what was agreed;
                continue  # "Планируется, что стороны рассмотрят …": what is planned
            if ci and hits and hits[-1][0] == ci - 1 and cl[0].feat("VerbForm") == "Part" and cl[0].feat(
                    "Variant") != "Short" and cl[0].pos == "VERB":
                dependent.add(ci)  # "поручил обсудить вопросы, связанные с подготовкой саммита": an attribute of
                continue  # the object, part of the commitment before it
            m = _match(cl)
            why = (excluded(cl, m[1], sent.text, _year(ctx), m[0], _month(ctx), ctx.analysis.sentence_tokens(sent))
                   or not_by_participant(ctx, cl[0].start, cl[m[1]], m[0].when)) if m else None
            if m and why is None and ci and told_before == ci - 1 and cl[0].lemma in ("и", "а") and any(
                    t.lemma in ("этот", "тот", "данный") for t in cl[:4]) and not any(
                    t.lemma in ("сегодня", "вчера", "ныне") or t.pos == "NUM" for t in cl):  # not "… а данный
                # протокол подписали сегодня"
                why = "background"  # "в 2025 году была подписана декларация, и эту декларацию подписал Трамп"
            if m and why is None:
                hits.append((ci, m))
            elif m:
                ctx.reject("commitments", "cue:" + "+".join(m[0].lemmas), cl[0].start, cl[-1].stop, why)
                told_before = ci if why == "background" else told_before
        hits = _with_listed_infinitives(clauses, hits)
        parties: tuple[str, ...] = ()
        for h, (ci, (cue, k)) in enumerate(hits):
            end_ci = hits[h + 1][0] - 1 if h + 1 < len(hits) else len(clauses) - 1
            a, b = _subject_start(clauses, ci, k), clauses[end_ci][-1].stop
            if ci and clauses[ci][0].lemma == "который" and event_to_come(ctx.analysis.sentence_tokens(sent),
                                                                          clauses[ci][0]):
                a = clauses[ci - 1][0].start  # "В совещании спикеров, которое состоится …": the event named first
            b = trim_end(ctx.analysis.text, a, b)
            kind, at = _kind(cue.kind, clauses[ci], k), clauses[ci][k]
            if kind == "signed" and (order := _decree_order(clauses, ci, k, end_ci)) is not None:
                kind, at = "instruction", order  # "подписал указ, которым уполномочил КГБ подписать …": the order
            made = split_coordinated(ctx, make_commitment(ctx, a, b, kind, "cue", Span(at.start, at.stop)),
                                     clauses[ci], k, [t for c in clauses[ci:end_ci + 1] for t in c])
            if kind == "instruction" and h and hits[h - 1][1][0] is cue and parties:
                made = [replace(c, parties=parties) for c in made]  # "поручил обсудить …, а также совместно с
                # российскими коллегами рассмотреть программу": the order of the one who gave the first
            # an item of a list ("подписали меморандум о …, соглашение о …") binds whom the list's head binds
            out.extend(replace(c, parties=parties) if not c.parties and parties else c for c in made)
            parties = made[-1].parties or parties
        covered = {ci for ci, _ in hits} | dependent
        free = [cl for ci, cl in enumerate(clauses) if ci not in covered]
        found = future_action(ctx, sent, free) or present_work(ctx, sent, free)
        found = [f for f in found if not any(x.start <= f.start < x.stop for x in out)]
        c = found[0] if found else None
        if c:
            out.extend(found)
            ci = next((i for i, cl in enumerate(clauses) if cl[0].start <= c.start < cl[-1].stop), len(clauses))
            for cj, k in _listed_after(clauses, ci, len(clauses)):  # "мы будем укреплять …, проводить …"
                cl = clauses[cj]
                b = trim_end(ctx.analysis.text, cl[0].start, cl[-1].stop)
                out.append(make_commitment(ctx, cl[0].start, b, "plan", "future_action",
                                           Span(cl[k].start, cl[k].stop)))
    return _without_repeats(ctx, sorted(out, key=lambda c: c.start))


def _without_repeats(ctx: Context, found: list[Commitment]) -> list[Commitment]:
    """A clause told twice word for word (a headline repeated as the lead's first line) is one commitment, the first
    telling; of two of one kind from one start, the longer; a headline's clause the body tells again is the body's."""
    from readout.extract.events.checks import title_end

    title = title_end(ctx.analysis.text)
    seen: set[tuple[str, str]] = set()
    keep = []
    for c in found:
        key = (c.kind, " ".join(c.text.lower().split()))
        if key in seen:
            ctx.reject("commitments", c.rule, c.start, c.stop, "the same words told again")
            continue
        if any(o.start == c.start and o.kind == c.kind and o.stop > c.stop for o in found):
            ctx.reject("commitments", c.rule, c.start, c.stop, "the start of a longer one of its kind")
            continue  # "обсудили подготовку к заседанию, которое состоится …": one plan, with its relative clause
        if c.start < title and any(o.start >= title and o.kind == c.kind and _retold(ctx, c, o) for o in found):
            ctx.reject("commitments", c.rule, c.start, c.stop, "the headline's, told again in the body")
            continue  # GUIDELINES: the body's first full telling is the commitment
        seen.add(key)
        keep.append(c)
    return keep


def _retold(ctx: Context, head: Commitment, body: Commitment) -> bool:
    """Most words of a headline's clause stand in a clause of the body: "Минздравы Узбекистана и Казахстана
    подписали соглашение" over "Министерства здравоохранения Узбекистана и Казахстана подписали соглашение"."""
    def words(c):
        return {t.lemma for t in ctx.analysis.tokens_in(c.start, c.stop) if t.pos in ("NOUN", "PROPN", "VERB", "ADJ")}

    def objects(c):  # what it is about, after its cue: "соглашение о ценах на газ" is not "о поставках нефти"
        return {t.lemma for t in ctx.analysis.tokens_in(c.cue.stop if c.cue else c.start, c.stop)
                if t.pos in ("NOUN", "PROPN", "ADJ")}

    h, ho, b = words(head), objects(head), words(body)
    return len(h) >= 3 and len(h & b) >= 0.6 * len(h) and (not ho or len(ho & b) >= 0.5 * len(ho))


def _year(ctx: Context) -> int | None:
    from readout.extract.commitments.dates import text_year

    return text_year(ctx.analysis.text, ctx.doc.date)


def _month(ctx: Context) -> int | None:
    return int(ctx.doc.date[5:7]) if ctx.doc.date and len(ctx.doc.date) >= 7 else None
