"""Commitments with no cue word: a future action of a state or its representative ("США будут способствовать
…", "Садыр Жапаров посетит Россию", "вскоре доведем товарооборот до 500 миллионов"), and work under way told in
the present by two states together ("Россия и Китай запускают совместные проекты")."""
from __future__ import annotations

import re
from dataclasses import replace

from readout import data
from readout.extract.commitments.build import make_commitment, split_coordinated, trim_end
from readout.extract.commitments.coordination import short_participle
from readout.extract.commitments.scope import excluded
from readout.extract.context import Context
from readout.model import Commitment, Span


def future_action(ctx: Context, sent, clauses) -> list[Commitment]:
    """"США будут способствовать восстановлению…": a future verb whose subject is a state or its representative,
    one commitment a clause ("проведет встречи …, после чего будет сделано совместное заявление" is two)."""
    out: list[Commitment] = []
    for cl in clauses:
        out.extend(_future_in(ctx, sent, cl))
    return out


def _first_person_future(word: str) -> bool:
    """Every first-person parse of the word is a future ("поставим"; "переводим" is a present too).

    >>> _first_person_future("поставим"), _first_person_future("переводим")
    (True, False)
    """
    parses = [p for p in _parses(word) if "1per" in p.tag]
    return bool(parses) and all("futr" in p.tag for p in parses)


def _future_in(ctx: Context, sent, cl) -> list[Commitment]:
    """One clause's future action, if any."""
    for i, t in enumerate(cl):
        # "мы будем укреплять сотрудничество": "будем" with an infinitive (not "затронем", "констатируем")
        we = t.feat("Person") == "1" and t.feat("Number") == "Plur" and t.lemma == "быть" and any(
            x.feat("VerbForm") == "Inf" and x.lemma not in data.lexicon("mental_future")
            for x in cl[i + 1:i + 3] + _word_after_adverbs(cl, i + 1))  # not "Мы будем с Украиной столько, …",
        # "мы всегда будем помнить"
        # "вскоре доведем товарооборот до 500 миллионов": a first-person plural perfective future with an object
        # and a number or a time frame to hold it to ("затронем все эти вопросы", "сможем увидеть" promise nothing)
        we = we or (t.feat("Person") == "1" and t.feat("Number") == "Plur" and t.lemma != "быть"
                    and i + 1 < len(cl) and cl[i + 1].text[:1].isalnum()
                    and t.lemma not in data.lexicon("mental_future") and (
                        _measured(ctx, cl, sent.start) or _first_person_future(
                        t.text) and (any(x.lemma in data.lexicon("amount_noun") for x in cl) or _promise(ctx, sent, cl, i))))
        # "Мы нужное количество поставим продуктов питания": an amount promised, if not a number
        if t.lemma == "стать" and not any(x.feat("VerbForm") == "Inf" for x in cl[i + 1:i + 3]):
            continue  # "визит станет важным шагом": a forecast; "станет поставлять" is an action
        if _future(cl, i) and (t.feat("Person") == "3" or we) and t.lemma not in data.lexicon("mental_future"):
            before = (cl[0].start, t.start)
            from readout.extract.commitments.parties import state_subject

            subject = we or any(before[0] <= c.start < before[1] and state_subject(ctx, c, before[0])
                                and not _oblique(ctx, c) for c in ctx.countries) or _person_subject(ctx, *before) or any(
                x.lemma in data.lines("commitment_subjects") and _free_noun(cl, n) and _both(cl, n, t)
                for n, x in enumerate(cl[:i])) or (
                _passive(cl, i) and cl[i + 1].lemma not in data.lexicon("mental_future")) or _named_after(
                ctx, cl, i) or _pronoun_agent(ctx, cl, i)
            why = excluded(cl, i, sent.text, sentence=ctx.analysis.sentence_tokens(sent)) if subject else None
            if subject and why is not None:
                ctx.reject("commitments", "future_action", cl[0].start, cl[-1].stop, why)
            if subject and why is None:
                a, b = cl[0].start, trim_end(ctx.analysis.text, cl[0].start, cl[-1].stop)
                if re.match(r",\s*чтобы\b", ctx.analysis.text[b:sent.stop]):  # "Будем работать над тем, чтобы …"
                    b = trim_end(ctx.analysis.text, a, sent.stop)
                made = make_commitment(ctx, a, b, "plan", "future_action", Span(t.start, t.stop))
                if _both_aspects(t) and not made.horizon and not any(x.feat("VerbForm") == "Inf" for x in cl[i + 1:]):
                    made = replace(made, kind="in_progress")  # "Казахстан реализует новые проекты": work under way;
                    # not "в ближайшие годы модернизируем 16 аэропортов", "считаем целесообразным проработать …"
                return split_coordinated(ctx, made, cl, i)
    return []


def _promise(ctx: Context, sent, cl, i: int) -> bool:
    """A first-person plural perfective future of a deed with its object, said in a main clause: "Проведём деловые
    встречи …", "Обязательно поддержим Ваш проект". Not an invitation ("Давайте продумаем эти детали"), a subordinate
    clause ("Прежде чем начнём беседу", "как мы наладим эту работу"), a modal ("сможем вопросы закрыть"), words
    ("проинформируем своих друзей"), or the meeting's own step ("рассмотрим вопросы", "Мы начнём работу")."""
    from readout.extract.speech.base import speech_verbs

    t = cl[i]
    if t.lemma in speech_verbs() or t.lemma in data.lexicon("discuss_verb") or not _object_next(cl, i):
        return False
    if any(x.feat("VerbForm") == "Inf" for x in cl[i + 1:i + 4]):
        return False
    before = ctx.analysis.tokens_in(sent.start, t.start)
    k = max((n + 1 for n, x in enumerate(before) if x.text in ",;:«\"" and n + 1 < len(before)), default=0)
    if any(x.pos == "SCONJ" or x.lemma in data.lexicon("promise_blocker") or x.text.lower() in data.lexicon(
            "promise_blocker") for x in before[max(0, k - 1):]):
        return False  # the words since the last comma, and the one before it ("…, что мы преодолеем")
    obj = next(x for x in cl[i + 1:i + 4] if x.pos in ("NOUN", "PROPN"))
    return not (t.lemma in data.lexicon("opening_verb") and (
        obj.lemma in data.lexicon("event_noun") or obj.lemma in data.lexicon("conversation_noun")))


def _object_next(cl, i: int) -> bool:
    """A noun in the accusative right after the verb (an adjective or two between), its object: "Проведём деловые
    встречи предпринимателей", "проработаем вопрос организации бизнес-миссии"; not "подойдём к этому" or "будем
    рады"."""
    for x in cl[i + 1:i + 4]:
        if x.pos in ("NOUN", "PROPN"):  # the tagger calls "вопрос" after a verb a nominative: ask the dictionary
            return x.feat("Case") == "Acc" or any("accs" in p.tag for p in _parses(x.text))
        if x.pos not in ("ADJ", "DET", "NUM"):
            return False
    return False


def _both(cl, n: int, verb) -> bool:
    """A subject noun that one official or body is as well (``lexicon: plural_only_subject``) stands for the sides
    only in the plural or after "оба", with a plural verb: "Оба министра будут встречаться", not "Министр ответит на
    вопросы" or "визит главы Сербии укрепит сотрудничество" ("главы", a genitive here, reads as a plural too)."""
    if cl[n].lemma not in data.lexicon("plural_only_subject"):
        return True
    if verb.feat("Number") == "Sing":
        return False
    return cl[n].feat("Number") == "Plur" or n > 0 and cl[n - 1].lemma in data.lexicon("plural_subject") or any(
        {"plur", "nomn"} <= set(p.tag.grammemes) for p in _parses(cl[n].text))  # "Министерства …"


def _parses(word: str):
    from readout.nlp import models

    return models().parse(word.lower())


def _free_noun(cl, n: int) -> bool:
    """The noun can be the verb's subject: no preposition governs it and its case is none of the oblique ones a
    subject never takes ("Итоги переговоров с президентом … принесут пользу": "президентом" is no subject;
    "Главы государств примут участие", which the tagger may read as a genitive, is)."""
    if cl[n].feat("Case") in ("Ins", "Dat", "Loc"):
        return False
    if n and cl[n - 1].pos == "NOUN" and (cl[n].feat("Case") != "Nom" or cl[n - 1].feat("Case") == "Nom" and any(
            "gent" in p.tag for p in _parses(cl[n].text))):
        return False  # "визит главы Сербии укрепит сотрудничество": a genitive after the noun it belongs to
    for x in reversed(cl[max(0, n - 3):n]):
        if x.pos == "ADP":
            return False
        if x.pos not in ("ADJ", "DET", "NUM"):
            break
    return True


def _oblique(ctx: Context, c) -> bool:
    """A state named in an oblique case, so no subject of the verb: "Установление отношений между Азербайджаном и
    Арменией внесет вклад …" is a forecast about a relation, no state's plan."""
    toks = ctx.analysis.tokens_in(c.start, c.stop)
    head = next((t for t in toks if t.pos in ("NOUN", "PROPN")), toks[0] if toks else None)
    return head is not None and not c.text.isupper() and head.feat("Case") not in (None, "Nom")


def _named_after(ctx: Context, cl, i: int) -> bool:
    """The subject right after the verb, a person named in the nominative: "Михаила Кавелашвили примет президент
    Турецкой Республики Реджеп Тайип Эрдоган"; or a subject noun of the sides after its verb, nothing in the
    nominative before it: "В мае в республику приедет белорусская бизнес-миссия"."""
    after = (cl[i].stop, cl[-1].stop)
    if cl[0].feat("Case") in ("Acc", "Gen") and _person_subject(ctx, *after):
        return True
    subjects = data.lines("commitment_subjects")
    return not any(x.feat("Case") == "Nom" and x.pos in ("NOUN", "PROPN", "PRON") and not (
        n and cl[n - 1].pos == "ADP") for n, x in enumerate(cl[:i])) and any(  # "в Минск": no subject
        x.lemma in subjects and x.feat("Case") == "Nom" and x.feat("Number") == cl[i].feat("Number") and not any(
            y.lemma in ("каждый", "любой", "всякий") for y in cl[max(i + 1, n - 2):n])
        for n, x in enumerate(cl[i + 1:i + 5], i + 1))  # not "От этого выиграет каждая страна региона"


def _pronoun_agent(ctx: Context, cl, i: int) -> bool:
    """"Завтра он встретится с Мирзояном": "он"/"она" in the nominative before a verb only a person does
    (``lexicon: person_act_verb``), a person named in the document; "он пройдет в Минске" may be a forum."""
    return bool(ctx.persons) and cl[i].lemma in data.lexicon("person_act_verb") and any(
        x.lemma in ("он", "она") and x.feat("Case") == "Nom" for x in cl[:i])


def _measured(ctx: Context, cl, sentence_start: int | None = None) -> bool:
    """The clause names a quantity or a time frame: "вскоре доведем товарооборот до 500 миллионов долларов"; a time
    frame earlier in its sentence holds for the list it opens ("В ближайшее время будет сдан дом, заложим первый
    камень …, разработаем дорожную карту")."""
    from readout.extract.commitments.dates import find_horizon
    from readout.extract.commitments.numbers import find_quantities

    clause = ctx.analysis.text[cl[0].start:cl[-1].stop]
    if find_horizon(clause, ctx.doc.date) is not None or any(q.value is not None for q in find_quantities(clause)):
        return True
    before = ctx.analysis.text[sentence_start:cl[0].start] if sentence_start is not None else ""
    opening = before.split(",")[0]  # the sentence's first clause: "В ближайшее время будет сдан дом, …"
    return bool(before.strip()) and find_horizon(opening, ctx.doc.date) is not None


def _person_subject(ctx: Context, a: int, b: int) -> bool:
    """A person named in the nominative before the verb: "Садыр Жапаров с официальным визитом посетит Россию"."""
    def subject(f) -> bool:  # an undeclined name right before the verb is its subject too: "в следующем месяце
        case = ctx.name_case(f, True)  # Нику Попеску посетит Россию"
        return case == "Nom" or case is None and not ctx.analysis.text[f.stop:b].strip()

    return any(a <= f.start < b and subject(f) for p in ctx.persons for f in p.forms
               if f.rule != "surname" or p.holder_id)


def _future(toks, i: int) -> bool:
    """A future verb, or "будут" as an auxiliary: before an infinitive or a passive participle, adverbs between
    ("будут тесно сотрудничать"); "будут вечными союзниками", "будет рада видеть" is a copula, no action."""
    t = toks[i]
    if t.pos not in ("VERB", "AUX"):
        return False
    if t.lemma != "быть":
        return t.feat("Tense") == "Fut"
    j = _past_adverbs(toks, i + 1)
    return j < len(toks) and (toks[j].feat("VerbForm") == "Inf" or short_participle(toks[j]))


def _word_after_adverbs(toks, j: int):
    """The word after the adverbs and the phrase of manner from ``j`` (:func:`_past_adverbs`), if any."""
    k = _past_adverbs(toks, j)
    return toks[k:k + 1]


def _past_adverbs(toks, j: int) -> int:
    """The index after up to two adverbs or additive particles from ``j`` ("будут тесно", "будут также": the
    out-of-context parse calls "также" a particle); "будем хоть двигаться" hedges and stops."""
    stop = j + 2
    while j < len(toks) and j < stop and (toks[j].pos == "ADV" or toks[j].lemma in data.lexicon("additive_particle")):
        j += 1
    if j < len(toks) and toks[j].pos == "ADP":  # "будем от всего сердца работать": a short phrase of manner before
        k = j + 1  # the infinitive; "Мы будем с Украиной столько, …" has none
        while k < len(toks) and k <= j + 3 and toks[k].pos in ("DET", "ADJ", "NOUN"):
            k += 1  # not "будем над этим работать", "будем с вами работать": a pronoun, no manner
        if k < len(toks) and any(x.pos == "NOUN" for x in toks[j + 1:k]) and toks[k].feat("VerbForm") == "Inf":
            return k
    return j


def _both_aspects(t) -> bool:
    """A verb of both aspects ("реализует", "организует", "финансирует"): the form reads as a present as well as a
    future, and a readout tells work under way with it; "посетит", "подпишет" are futures only.

    >>> from readout.nlp import analyze
    >>> [t.text for t in analyze("Казахстан реализует проекты и подпишет договор", lambda w: True).tokens
    ...  if _both_aspects(t)]
    ['реализует']
    """
    if t.lemma == "быть":
        return False
    tags = {(p.tag.aspect, p.tag.tense) for p in _parses(t.text) if p.tag.POS == "VERB"}
    return ("impf", "pres") in tags and ("perf", "futr") in tags


def _passive(toks, i: int) -> bool:
    """"Будут предприняты меры", "будет осуществлён обмен": a future passive states a plan by itself."""
    j = _past_adverbs(toks, i + 1)  # "будут также проведены переговоры"
    return toks[i].lemma == "быть" and j < len(toks) and short_participle(toks[j])



def present_work(ctx: Context, sent, clauses) -> list[Commitment]:
    """Work under way told in the present with two states or more as the subject, and the present verbs listed
    after it ("Россия и Китай усиливают сотрудничество, запускают совместные проекты"); a state of affairs
    ("являются партнерами", ``lexicon: not_work``), a discussion (``discuss_verb``) or a verb of saying is none."""
    from readout.extract.commitments.parties import state_subject
    from readout.extract.speech.base import speech_verbs

    for ci, cl in enumerate(clauses):
        k = next((i for i, t in enumerate(cl) if t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin"), None)
        if k is None or not _present_plural(cl[k]) or cl[k].lemma in speech_verbs():
            continue
        if cl[k].lemma in data.lexicon("not_work") | data.lexicon("discuss_verb") or not _object_after(cl, k) or any(
                x.lemma in data.lexicon("event_noun") for x in cl[k + 1:k + 4]):
            # "Россия и Саудовская Аравия обсуждают совместные проекты": a topic talked over, no work under way;
            # "Путин и Эрдоган проводят двустороннюю встречу": the event itself
            continue
        named = [c for c in ctx.countries if cl[0].start <= c.start < cl[k].start and not _after_preposition(cl, c)]
        if len({c.code for c in named}) < 2 or not any(state_subject(ctx, c, cl[0].start) for c in named):
            continue  # "Казахстан и Китай расширяют …" (the tagger may take the first name for an accusative)
        why = excluded(cl, k, sent.text, sentence=ctx.analysis.sentence_tokens(sent))
        if why is not None:
            ctx.reject("commitments", "present_work", cl[0].start, cl[-1].stop, why)
            continue
        out = []
        for cj in range(ci, len(clauses)):
            c = clauses[cj]
            j = k if cj == ci else 0
            if cj > ci and not (c[0].pos == "VERB" and _present_plural(c[0]) and c[0].lemma not in speech_verbs()
                                and _object_after(c, 0)):
                break
            b = trim_end(ctx.analysis.text, c[0].start, c[-1].stop)
            made = make_commitment(ctx, c[0].start, b, "in_progress", "present_work", Span(c[j].start, c[j].stop))
            out.append(replace(made, parties=out[0].parties) if out else made)
        # "Россия и Китай усиливают сотрудничество, запускают проекты": the relation alone is no commitment, the
        # work listed after it is
        return out[1:] if _relation_only(cl, k) else out
    return []


def _present_plural(t) -> bool:
    return t.feat("Tense") == "Pres" and t.feat("Number") == "Plur" and t.feat("Person") == "3" and t.feat(
        "Aspect") != "Perf"


def _object_after(cl, k: int) -> bool:
    """The verb acts on something: a direct object in the accusative right after it, adjectives and adverbs between
    ("запускают совместные проекты"; "следят за миром", "являются партнерами" act on nothing)."""
    for t in cl[k + 1:k + 5]:
        if t.pos in ("ADJ", "ADV", "DET"):
            continue
        # the tagger may read an inanimate plural object as a nominative or a genitive ("запускают совместные
        # проекты", "расширяют перевозки"); an instrumental ("являются партнерами") or a preposition is no object
        return t.pos in ("NOUN", "PROPN") and t.feat("Case") in ("Acc", "Nom", "Gen")
    return False


def _after_preposition(cl, mention) -> bool:
    before = [t for t in cl if t.stop <= mention.start][-1:]
    return bool(before) and before[0].pos == "ADP"


def _relation_only(cl, k: int) -> bool:
    """"Беларусь и Азербайджан укрепляют двусторонние связи": the relation itself is the object, no work is named
    (``lexicon: relation_noun``)."""
    nouns = [t for t in cl[k + 1:] if t.pos in ("NOUN", "PROPN")]
    return bool(nouns) and nouns[0].lemma in data.lexicon("relation_noun") and len(nouns) == 1
