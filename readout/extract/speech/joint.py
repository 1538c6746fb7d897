"""Speech of the participants together: a plural subject that stands for them ("Стороны отметили", "Президенты
сошлись во мнении", "вьетнамские руководители подчеркнули"), "По мнению сторон", and a subjectless plural verb of
saying after a meeting of two ("Подчеркнули значимость …").

>>> from readout import read
>>> r = read("Касым-Жомарт Токаев и Ильхам Алиев провели переговоры. Стороны отметили рост торговли.",
...          date="2025-10-21")
>>> sorted(q.speaker_name for q in r.quotes)
['Ильхам Алиев', 'Касым-Жомарт Токаев']
"""
from __future__ import annotations

from readout import data
from readout.extract.context import Context
from readout.extract.speech.sources import org_speaker, source_speaker
from readout.nlp import Sentence, models


def plural_subject(t) -> bool:
    """The token can be a plural nominative: by the tagger, or by a parse of its own when the tagger took an
    ambiguous form otherwise ("Главы государств отметили": "Главы" tagged as a genitive singular)."""
    from readout.nlp import models

    if t.feat("Number") == "Plur" and t.feat("Case") in (None, "Nom"):
        return True
    return any({"nomn", "plur"} <= set(p.tag.grammemes) for p in models().parse(t.text))


def joint_source(ctx: Context, a: int, b: int) -> tuple | None:
    """The participants, when the source of "По мнению …" / "По словам …" is a plural noun that stands for them all
    ("По мнению сторон", "по словам лидеров")."""
    toks = ctx.analysis.tokens_in(a, b)
    if len(toks) > 3 or not any(t.lemma in data.lines("joint_speakers") and t.feat("Number") == "Plur" for t in toks):
        return None
    persons = ctx.lead_persons()
    return tuple(persons) if len(persons) > 1 else None


def joint_speakers(ctx: Context, toks, k: int, clause: int) -> tuple | None:
    """The participants, for a plural subject that stands for them all ("Стороны подчеркнули…")."""
    nouns = set(data.lines("joint_speakers"))
    before = [x for x in toks if clause <= x.start < toks[k].start]
    # "Оба министра поблагодарили…": a noun counted by "оба" / "два" stands in the genitive singular
    counted = lambda n: n and before[n - 1].lemma in ("оба", "два")  # noqa: E731
    subjects = [x for n, x in enumerate(before) if ((x.lemma in nouns and (plural_subject(x) or counted(n)))
                or _plural_of(x, nouns)) and not _modified(before, n)]
    if not subjects:
        return None
    states = _adjective_states(ctx, before, subjects[0])
    if len(states) == 1:  # "вьетнамские руководители подчеркнули": that state's persons only ("армянская и
        for p in ctx.persons:  # азербайджанская стороны" are both sides)
            if not p.country and p.holder_id:
                ctx.assign_office(p)  # offices are given lazily
        ours = [p for p in ctx.persons if p.country == states[0]]
        return tuple(ours) if ours else None
    heads = ctx.heads_of_event()  # "лидеры двух государств подчеркнули": the leaders, not a minister who told of it
    if subjects[0].lemma in data.lexicon("leader_noun") and len(heads) > 1:
        return tuple(heads)
    persons = ctx.lead_persons()
    return tuple(persons) if len(persons) > 1 else None


def _modified(before, n: int) -> bool:
    """A noun that stands for the sides only bare, here with a word before it ("Партнеры выразили удовлетворение"
    are the two who met; "наши партнеры", "западные партнеры", "выступившие участники встречи", "партнеры из
    Европейского союза" are others; "все участники" are all, and "При этом участники …" are the two)."""
    noun = before[n]
    if noun.lemma not in data.lexicon("bare_joint_noun"):
        return False
    after = before[n + 1] if n + 1 < len(before) else None
    if after is not None and after.pos == "ADP" and after.lemma in ("из", "по", "от", "с"):
        return True  # "Партнеры из Европейского союза", "партнеры по ЕАЭС"
    prev = before[n - 1] if n > 0 else None
    return prev is not None and prev.lemma not in ("весь", "оба") and (
        prev.pos in ("ADJ", "DET", "PRON") or prev.feat("VerbForm") == "Part") and all(
        prev.feat(f) == noun.feat(f) for f in ("Case", "Number"))  # not "При этом участники …": no agreement


def _plural_of(t, nouns) -> bool:
    """A plural nominative of one of ``nouns`` that the tagger read as another word ("Премьеры отметили" tagged as
    the genitive of "премьера")."""
    return t.pos in ("NOUN", "PROPN") and any(
        p.normal_form in nouns and {"nomn", "plur"} <= set(p.tag.grammemes) for p in models().parse(t.text))


def _adjective_states(ctx: Context, before, noun) -> list[str]:
    """The states of the adjectives right before a plural noun, over "и" and commas: "вьетнамские руководители" →
    VN; "Армянская и азербайджанская стороны" → AM, AZ."""
    adjectives = {c.start: c.code for c in ctx.countries if c.rule == "adjective"}
    out: list[str] = []
    for x in reversed([x for x in before if x.start < noun.start]):
        if x.start in adjectives:
            out.append(adjectives[x.start])
        elif not (x.lemma in ("и", ",") or x.pos == "ADJ"):
            break
    return out


def unnamed_participants(ctx: Context, toks, k: int, clause: int, sent: Sentence) -> tuple | None:
    """A plural verb of saying that opens its sentence with no subject and no source named after it: the
    participants ("Подчеркнули значимость среднего коридора" after a meeting of two premiers); not "Отметили в
    МИД, что …" (a source) or "Сообщили, что …" after an organisation's news."""
    if clause != sent.start or any(x.text[:1].isalpha() for x in toks[:k]) or toks[k].feat("Tense") != "Past" or (
            toks[k].lemma == "говорить" or toks[k].lemma in data.lexicon("report_verb")):
        # "Отметим, что …" is the author's; "Говорили о …" tells a topic; "Сообщили, что …" is a source's news
        return None
    text = ctx.analysis.text
    para = (text.rfind("\n", 0, sent.start) + 1, (text.find("\n", sent.stop) + 1 or len(text) + 1) - 1)
    if any(x.feat("Person") == "1" for x in ctx.analysis.tokens_in(*para)):
        return None  # a first-person paragraph is someone's own words, not narration of the meeting
    if source_speaker(ctx, toks[k].stop, sent.stop) is not None or org_speaker(ctx, toks[k].stop, sent.stop):
        return None
    persons = ctx.lead_persons()
    return tuple(persons) if len(persons) == 2 else None


def gerund_joint(ctx: Context, toks, k: int) -> tuple | None:
    """The participants, for a gerund of saying whose main clause has a plural subject that stands for them all:
    "Подчеркнув, что отношения будут развиваться, главы государств обсудили перспективы" (the subject right after
    a comma and before its plural finite verb, any verb)."""
    for i in range(k + 1, len(toks) - 2):
        if toks[i].text != ",":
            continue
        v = next((m for m in range(i + 1, min(len(toks), i + 5)) if toks[m].pos in ("VERB", "AUX")), None)
        if v is not None and toks[v].feat("VerbForm") == "Fin" and toks[v].feat("Number") == "Plur" and (
                joint := joint_speakers(ctx, toks, v, toks[i].stop)):
            return joint
    return None


def passive_agents(ctx: Context, toks, k: int) -> tuple | None:
    """The speakers a passive verb of saying (``lexicon: agent_saying``) names as its agent (a name in the instrumental
    right after it, "охарактеризован Токаевым"), or right before it: "С обеих
    сторон подчеркнута важность …" (both participants), "с казахстанской стороны было отмечено …" (that side's one),
    "сторонами высказано …"; None otherwise ("Было подчеркнуто, что …" names nobody; "сторонами подписан протокол, в
    котором отмечена …", "С обеих сторон границы …", "не было высказано" are no one's speech)."""
    if toks[k].lemma not in data.lexicon("agent_saying"):
        return None
    if k + 1 < len(toks) and (named := ctx.person_in(toks[k + 1].start, toks[k + 1].start + 60)) and (
            named[1].start == toks[k + 1].start and ctx.name_case(named[1]) == "Ins"):
        return (named[0],)  # "визит был охарактеризован Токаевым как историческое событие": the agent after it
    n = k - 1
    while n > 0:  # "была также выражена", "с удовлетворением констатирован"
        if toks[n].lemma == "быть" or toks[n].pos in ("ADV", "PART"):
            n -= 1
        elif n > 1 and toks[n].pos == "NOUN" and toks[n].feat("Case") == "Ins" and toks[n - 1].lemma == "с":
            n -= 2
        else:
            break
    if n >= 0 and toks[n].lemma != "сторона" and (agents := _agents_before(ctx, toks, n)):
        return agents  # "Главой нашего государства особо отмечена важность …": the agent in the instrumental
    if n < 0 or toks[n].lemma != "сторона" or any(t.lemma == "не" for t in toks[n:k]):
        return None
    lemmas = [t.lemma for t in toks]
    if toks[n].feat("Case") == "Ins" and toks[n].feat("Number") == "Plur" and not (n and lemmas[n - 1] in ("с", "со")):
        return _participants(ctx)  # "сторонами высказано"; not "со сторонами"
    if n > 1 and lemmas[n - 1] in ("оба", "обе") and lemmas[n - 2] == "с":
        return _participants(ctx)  # "с обеих сторон"
    if n > 1 and lemmas[n - 2] == "с" and toks[n].feat("Case") == "Gen" and toks[n].feat("Number") != "Plur":
        side = ctx.side_in(toks[n - 1].start, toks[n].stop)  # "с казахстанской стороны"
        return (side,) if side is not None else None
    return None


def _agents_before(ctx: Context, toks, n: int) -> tuple:
    """The persons a noun phrase in the instrumental ending at ``toks[n]`` names, opening its clause with no
    preposition: "Главой нашего государства (особо) отмечена …", "Путиным и Токаевым подчеркнуто …"; a plural
    title ("Президентами отмечена …") the event's participants."""
    m = n
    while m > 0 and (toks[m].feat("Case") in ("Gen", "Ins") and toks[m].pos in ("NOUN", "PROPN", "ADJ", "DET") or
                     toks[m].lemma == "и"):
        m -= 1  # "Главой нашего государства", "Путиным и Токаевым"
    if toks[m].feat("Case") not in ("Ins", "Gen") or toks[m].pos not in ("NOUN", "PROPN", "ADJ", "DET"):
        m += 1
    if m > n or toks[m].feat("Case") != "Ins" or toks[m].pos not in ("NOUN", "PROPN") or m and toks[m - 1].pos not in (
            "PUNCT", "CCONJ", "ADV"):
        return ()  # not "вместе с президентом", "Встречей … отмечено"
    if m == n and toks[m].pos == "NOUN" and toks[m].feat("Number") == "Plur":
        return _participants(ctx) or ()  # "Президентами отмечена важность …"
    found = ctx.resolve(toks[m].start, toks[n].stop)
    return tuple(found[0]) if found and found[0] else ()


def _participants(ctx: Context) -> tuple | None:
    persons = ctx.lead_persons()
    return tuple(persons) if len(persons) > 1 else None
