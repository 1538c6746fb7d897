"""One cue, two actions: "договорились интенсифицировать переговоры и в ближайшие недели провести встречу" is two
commitments (GUIDELINES.md: one entry per clause that commits someone to an action), each of the cue's kind and
the parties of the whole clause.

A commitment is split where a coordinating "и" / "а" is followed, with no other verb between, by a predicate of the
same form as the one the cue governs: an infinitive after an infinitive, a short passive participle after a short
passive participle ("Будет сформирована рабочая группа и учреждена компания"). The first action must have words
of its own before the conjunction, so that two verbs sharing one object ("расширять и углублять сотрудничество")
stay one commitment.

>>> from readout import read
>>> r = read("Министры договорились интенсифицировать переговорный процесс и в ближайшие недели провести новую "
...          "встречу.")
>>> [c.text for c in r.commitments]
['Министры договорились интенсифицировать переговорный процесс', 'в ближайшие недели провести новую встречу']
"""
from __future__ import annotations

_REACH = 6  # words between the conjunction and the second predicate ("а первый Совет глав регионов провести")


def short_participle(t) -> bool:
    # natasha's tagger says Variant=Short; pymorphy's out-of-context parse gives no case
    return t.feat("VerbForm") == "Part" and (t.feat("Variant") == "Short" or t.feat("Case") is None)


def opening_participle(t) -> str | None:
    """The verb of a full participle that opens a sentence and that the tagger read as something else, a capital
    making it a name or an imperative ("«Подписываемая нами сегодня Декларация …»"): pymorphy's likeliest reading
    of the word in lower case; None for any other word.

    >>> from readout.nlp import analyze
    >>> opening_participle(analyze("«Подписываемая нами сегодня Декларация станет основой»").tokens[1])
    'подписывать'
    """
    if not t.text[:1].isupper() or t.feat("VerbForm") == "Part":
        return None
    from readout.nlp import models

    parses = models().parse(t.text.lower())
    return parses[0].normal_form.replace("ё", "е") if parses and parses[0].tag.POS == "PRTF" else None


def _form(t) -> str | None:
    if t.feat("VerbForm") == "Inf":
        return "inf"
    if short_participle(t):
        return "short"
    return None


def governed_predicate(toks, k: int) -> int | None:
    """The predicate the cue at ``k`` governs: the cue itself, or the first infinitive or short participle after
    it with no finite verb between ("договорились … провести", "будет сформирована")."""
    for j in range(k, len(toks)):
        if _form(toks[j]):
            return j
        if j > k and toks[j].pos in ("VERB", "AUX"):
            return None
    return None


def split_points(toks, k: int) -> list[tuple[int, int]]:
    """(conjunction index, predicate index) of each further action of the cue at ``k`` in a clause's tokens.

    >>> from readout.nlp import analyze
    >>> toks = analyze("Стороны договорились расширять и углублять сотрудничество", lambda w: True).tokens
    >>> split_points(toks, 1)
    []
    """
    head = governed_predicate(toks, k)
    if head is None:
        return finite_acts(toks)
    form, out, last = _form(toks[head]), [], head
    for i in range(head + 2, len(toks)):
        if toks[i].lemma not in ("и", "а") or toks[i].pos not in ("CCONJ", "PART") or i - last < 2:
            continue
        for m in range(i + 1, min(len(toks), i + 1 + _REACH)):
            if _form(toks[m]) == form:
                if m + 1 < len(toks) and toks[m + 1].text[:1].isalnum():  # the action has words of its own
                    out.append((i, m))
                    last = m
                break
            if toks[m].pos in ("VERB", "AUX") or not toks[m].text[:1].isalnum():
                break
    return out


def finite_acts(toks) -> list[tuple[int, int]]:
    """Two finite acts joined by "и", each with its own object: "лидеры подписали Совместное заявление и приняли
    Программу развития" (``lexicon: act_verb``); "подписали и обменяли" with one object stays one."""
    from readout import data

    acts = data.lexicon("act_verb")
    verbs = [i for i, t in enumerate(toks) if t.lemma in acts and t.pos == "VERB" and t.feat("VerbForm") == "Fin"]
    out = []
    for prev, m in zip(verbs, verbs[1:]):
        i = m - 1
        if toks[i].lemma == "и" and i - prev >= 2 and m + 1 < len(toks) and toks[m + 1].text[:1].isalnum():
            out.append((i, m))
    return out


def title_points(toks, cue: int = 0) -> list[tuple[int, int]]:
    """(separator index, first word's index) of each further quoted title a signing verb governs: "подписали
    «Соглашение о …» и «Меморандум о …»" is two commitments, one a document (the blind rounds' annotators count
    each signed document); the titles must follow the verb at once, and only "», «" or "» и «" part them.

    >>> from readout.nlp import analyze
    >>> toks = analyze("Министры подписали «Соглашение о туризме» и «Меморандум о связи».", lambda w: True).tokens
    >>> [toks[m].text for _, m in title_points(toks, 1)]
    ['Меморандум']
    """
    if not any(t.text == "«" for t in toks[cue + 1:cue + 3]):
        return []
    return [(j + 1, j + 3) for j in range(cue + 2, len(toks) - 3) if toks[j].text == "»"
            and toks[j + 1].text in (",", "и") and toks[j + 2].text == "«"]


_DEVERBAL = ("ние", "тие", "ция")  # actions; not "партнерство", "сотрудничество" (names of treaties)


def _object_noun(t) -> bool:
    """A noun of an action in the prepositional case: "создании", "реализации", "организации" (read off the
    ending, which the tagger may take for a genitive after a comma)."""
    return t.pos == "NOUN" and t.lemma.endswith(_DEVERBAL) and t.text.lower().endswith(("нии", "тии", "ции"))


def about_points(toks, cue: int = 0) -> list[tuple[int, int]]:
    """(separator index, noun index) of each further object of an agreement "о/об …": "договорились о создании
    рабочей группы, реализации совместных проектов и эффективном использовании земель" is three commitments (the
    blind rounds' annotators count each); "о развитии торговли и инвестиций" (a genitive) and "о развитии и
    укреплении сотрудничества" (one object) stay one.

    >>> from readout.nlp import analyze
    >>> toks = analyze("Стороны договорились о создании группы, реализации проектов и развитии туризма",
    ...                lambda w: True).tokens
    >>> [toks[m].text for _, m in about_points(toks, 1)]
    ['реализации', 'развитии']
    """
    start = next((i for i, t in enumerate(toks[cue + 1:cue + 4], cue + 1) if t.lemma in ("о", "об") and t.pos == "ADP"
                  and any(_object_noun(x) for x in toks[i + 1:i + 3])), None)  # right after the cue: not
    # "согласован Договор о стратегическом партнерстве и сотрудничестве"
    if start is None:
        return []
    out, last = [], start + 1
    for j in range(start + 2, len(toks)):
        if not (toks[j].text == "," or toks[j].lemma == "и" and toks[j].pos == "CCONJ"):
            continue
        m = j + 1
        while m < len(toks) and m < j + 5 and (toks[m].lemma in ("а", "также", "о", "об", "и") or (
                toks[m].pos == "ADJ" and toks[m].feat("Case") == "Loc")):
            m += 1
        own = j - last >= 2 or toks[j].text == "," or any(x.lemma in ("о", "об") for x in toks[j + 1:m])
        if m < len(toks) and _object_noun(toks[m]) and own and m + 1 < len(toks):  # each object has words of its own
            # or its own "о": "о развитии и укреплении сотрудничества" is one act on one object
            out.append((j, m))
            last = m
    # "-нии", "-тии" are prepositional only; "-ции" may be a genitive ("о развитии кооперации и интеграции"): such
    # an item counts only in a list that a sure item closes ("о создании X, реализации Y и использовании Z")
    sure = [n for n, (_, m) in enumerate(out) if not toks[m].text.lower().endswith("ции")]
    return out[:sure[-1] + 1] if sure else []
