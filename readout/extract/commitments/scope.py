"""Whether a cue's clause commits anyone: background told as the past, questions, negation, conditions, hopes,
relative clauses, processes, wishes and shared views are turned down, each with its reason.

>>> from readout.nlp import analyze
>>> toks = analyze("Стороны не договорились о сроках", lambda w: True).tokens
>>> excluded(toks, 2, "Стороны не договорились о сроках.")
'negated'
"""
from __future__ import annotations

import re

from readout import data

_YEAR = re.compile(r"(?:^|\D)((?:19|20)\d\d)(?:\D|$)")


def background(toks, doc_year: int | None, doc_month: int | None = None) -> bool:
    """Told as the past: "назад", "ранее", a year before the document's ("В 2021 году было подписано…"), or a month
    of the document's year two or more before its own, named without a day, with a verb in the past ("в конце
    января … утвердили" in a July text)."""
    if any(t.lemma in data.lines("background_cues") for t in toks):
        return True
    if bool(doc_year) and any(t.lemma in ("год", "г") for t in toks) and any(
            int(y) < doc_year for t in toks for y in _YEAR.findall(t.text)):
        return True
    if not doc_month or not any(t.feat("Tense") == "Past" and t.pos in ("VERB", "AUX") for t in toks):
        return False
    from readout.extract.commitments.dates import MONTHS

    months, days = [], False
    for i, t in enumerate(toks):
        month = next((m for stem, m in MONTHS.items() if t.lemma.startswith(stem) and len(stem) > 2), None)
        if month:
            months.append(month)
            days = days or (i > 0 and toks[i - 1].text.isdigit())  # "31 мая": the event's own day, maybe
    return bool(months) and not days and all(doc_month - m >= 2 for m in months)


def recalled(toks) -> bool:
    """The narrator recalls what was done before: "Напомним, что ЕС принял заявление …", "Напомню, в мае стороны
    подписали …" (the sentence opens with the first person of "напомнить" and tells the past)."""
    words = [t for t in toks if t.text[:1].isalnum()]
    return bool(words) and words[0].text.lower() in ("напомним", "напомню") and any(
        t.pos in ("VERB", "AUX") and t.feat("Tense") == "Past" for t in words[1:]) and not any(
        t.lemma in ("сегодня", "сегодняшний", "итог") for t in words)  # "Напомним, сегодня по итогам переговоров
    # подписано 15 документов": the news's own outcome recapped


def _basis_after(toks, j: int) -> bool:
    while j < len(toks) and toks[j].pos == "ADJ":
        j += 1
    return j < len(toks) and toks[j].lemma in data.lexicon("basis_noun")


def _names_what_signed(toks) -> bool:
    """"подписания" names what was signed after it: "церемония подписания документов", "подписания соглашения о …"."""
    for n, t in enumerate(toks[:-1]):
        if t.lemma == "подписание":
            j = n + 1
            if j + 2 < len(toks) and toks[j].lemma == "и" and toks[j + 1].pos == "NOUN":
                j += 2  # "церемония подписания и обмена документами"
            nxt = toks[j]
            return nxt.pos in ("NOUN", "PROPN", "ADJ", "NUM") and nxt.feat("Case") in ("Gen", "Ins", None) or (
                nxt.text in "«\"")
    return True


def _called_off(toks, k: int) -> bool:
    """A word of calling off right before the plan's cue ("об отмене запланированной встречи") or its short
    participle after it ("встреча … отменена")."""
    words = data.lexicon("cancel_word")
    return any(t.lemma in words for t in toks[max(0, k - 2):k]) or any(
        t.lemma in words and t.feat("Variant") == "Short" for t in toks[k + 1:])


def _at_event(sentence, rel) -> bool:
    """An event noun (``lexicon: event_noun``) stands a few words before the relative pronoun, which places the
    clause at that event: "встреча с руководством делегации, на которой …"."""
    before = [t for t in sentence if t.start < rel.start][-12:]
    return any(t.lemma in data.lexicon("event_noun") for t in before)


def _what_clause(toks, k: int) -> bool:
    """The clause opens with "что" in an oblique case, alone or after "над", "ради" ("чем мы будем заниматься",
    "ради чего создаются"): a relative or indirect question, which names a deed and promises none ("после чего будет
    сделано заявление" is the next step, a plan; "…, о чем стороны договорились" agrees to what it follows)."""
    words = [t for t in toks[:k] if t.text[:1].isalnum()]
    if words and words[0].pos == "ADP":
        if words[0].lemma not in ("над", "ради"):  # "…, о чем стороны договорились": the deal told before
            return False  # "после чего будет сделано совместное заявление": a step after the one told, a plan
        words = words[1:]
    return bool(words) and words[0].text.lower().replace("ё", "е") in ("чем", "чего", "чему")


def excluded(toks, k: int, sentence_text: str, doc_year: int | None = None, cue=None,
              doc_month: int | None = None, sentence=None) -> str | None:
    lemmas = {t.lemma for t in toks}
    if sentence_text.rstrip().endswith("?"):
        return "question"
    if k > 0 and toks[k - 1].lemma == "не" or cue is not None and len(cue.lemmas) > 1 and any(
            t.lemma in cue.lemmas and j > k and toks[j - 1].lemma == "не" for j, t in enumerate(toks)) or (
            cue is not None and any(t.lemma in cue.lemmas and (
                j + 2 < len(toks) and toks[j + 1].lemma == "не" and toks[j + 2].lemma == "быть" or
                j > 1 and toks[j - 1].lemma == "быть" and toks[j - 2].lemma == "не") for j, t in enumerate(toks))):
        # "Соглашение достигнуто не было", "сотрудничество не будет продолжаться"
        return "negated"  # "решения … до сих пор не приняты": the verb of a two-word cue negated
    if any(t.lemma in data.lexicon("conditional") and (t.text[:1].islower() or t.lemma == "если") for t in toks):
        return "conditional"  # "Ли Цян" is a name, not the particle "ли"
    if any(t.lemma == "как" and toks[j + 1].lemma == "только" for j, t in enumerate(toks[:k]) if j + 1 < k):
        return "conditional"  # "как только информация будет подтверждена, …": when it happens, not a promise
    if any(_hedge(toks, j) for j in range(len(toks))) or sentence is not None and _hoped(sentence, toks):
        return "hedge"
    if background(toks, doc_year, doc_month) or sentence is not None and recalled(sentence):
        return "background"
    if toks[k].feat("Mood") == "Cnd" or any(t.lemma == "бы" and not (j and toks[j - 1].lemma == "хотя")
                                            for j, t in enumerate(toks)):
        return "conditional"  # not "выйти на товарооборот хотя бы полмиллиарда долларов": "at least"
    # "Собянин, который подписал соглашения": "который" the subject right before an active verb of the act
    agent = not toks[k].text.endswith(("ся", "сь")) and toks[k].feat("Voice") != "Pass" and toks[k].lemma != "быть"
    subject = [j for j in range(k) if toks[j].lemma == "который" and toks[j].feat("Case") == "Nom" and all(
        x.pos == "ADV" for x in toks[j + 1:k])]
    frames = data.lexicon("frame_noun")  # "по итогам которых"; for a plan, "комиссия, встреча которой состоится"
    framed = [j for j in range(1, k) if toks[j].lemma == "который" and (toks[j - 1].lemma in frames or (
        cue is not None and cue.kind == "plan" and toks[j - 1].pos == "NOUN" and toks[j].feat("Case") == "Gen")
        or cue is not None and cue.kind in ("signed", "agreement") and not any(
            t.lemma == "быть" and t.feat("Tense") in ("Fut", "Pres") for t in toks) and _at_occasion(sentence or toks, toks[j]))]
    framed += [j for j in range(k) if toks[j].lemma == "который" and cue is not None and cue.kind == "plan"
               and not any(t.feat("Tense") == "Past" for t in toks)  # not "которые были запланированы"
               and event_to_come(sentence or toks, toks[j])]  # "совещание, которое состоится 23 сентября"
    framed += [j for j in range(1, k) if toks[j].lemma == "который" and cue is not None and cue.kind == "plan"
               and toks[j - 1].lemma in ("на", "в", "во") and _at_event(sentence or toks, toks[j])]  # "встреча …, на
    # которой обсуждались вопросы подготовки предстоящих переговоров": what was planned at the meeting told
    if framed and sentence is not None and background(sentence, doc_year, doc_month):
        return "background"  # "Напомним, что в апреле прошлого года X совершил визит, в рамках которого был подписан …"
    if any(t.lemma in ("куда", "где", "откуда", "когда") and not _where_signed(sentence or toks, t, cue) or
           t.lemma == "который" and not (subject and agent) and j not in framed for j, t in enumerate(toks[:k])):  # "переговоры, по итогам которых лидеры подписали …"
        return "relative"  # "…, куда премьер совершит визит", "соглашение, которое подписали": about a place or
        # thing; "Собянин, который подписал соглашения" is the subject's own act
    if cue is not None and cue.kind == "plan" and _called_off(toks, k):
        return "cancelled"  # "об отмене запланированной на июнь встречи": the plan called off; "договорились об
        # отмене визового режима" agrees to abolish something
    if _what_clause(toks, k):
        return "relative"  # "всего того, чем мы будем заниматься": what they will do, named, not promised
    if (cue is None or cue.lemmas in (("продолжать",), ("продолжить",))) and toks[k].lemma in (
            "продолжать", "продолжить") and not _continues_action(toks[k + 1:k + 4]) and not (
            toks[k].feat("VerbForm") == "Part" and any(t.lemma in data.lexicon("work_noun") for t in toks[:k]) and not any(
                t.lemma == "быть" and t.feat("Tense") == "Past" for t in toks[:k])):
        return "process"  # not "сотрудничество в этом направлении будет продолжено": the work goes on
    if any(t.lemma in data.lexicon("indefinite_subject") and t.feat("Case") == "Nom" and toks[n + 1].pos not in (
            "NOUN", "ADJ", "PROPN") for n, t in enumerate(toks[:k])):
        return "indefinite"  # "некоторые решили воспользоваться моментом": nobody named acts
    if toks[k].lemma in data.lexicon("basis_verb") and any(
            t.lemma == "на" and _basis_after(toks, n + 1) for n, t in enumerate(toks[k + 1:k + 3], k + 1)):
        return "basis"  # "отношения строятся на (незыблемых) принципах дружбы": what they rest on, no work under way
    if cue is not None and cue.lemmas[0] == "идти" and not _goes_on(toks, k, cue):
        return "topic"  # "Речь идет о строительстве магистрали", "Идут переговоры о строительстве ГЭС"
    if cue is not None and cue.lemmas[0] == "продолжить" and toks[k].feat("Tense") == "Past" and toks[k].feat(
            "VerbForm") == "Fin":  # not "продолжена работа", work that goes on
        return "told"  # "лидеры продолжили диалог в Хиве": the event told, no work promised
    if toks[k].feat("VerbForm") == "Inf" and toks[k].pos == "VERB" and not _after_future_auxiliary(toks, k) and not (
            k and toks[k - 1].lemma in ("должен", "должный") and cue is not None and cue.kind == "plan" and toks[k].lemma in (
                "состояться", "пройти")):  # "должно состояться подписание": an event scheduled, no wish
        return "wish"  # "надо договориться": a wish, not a deal; "будет продолжать вносить вклад" is a commitment
    if toks[k].lemma == "согласиться" and (any(t.lemma == "с" for t in toks[k + 1:k + 3]) or not any(
            t.feat("VerbForm") == "Inf" or t.lemma == "на" for t in toks[k + 1:])):
        return "opinion"  # "согласился с Трампом в том, что…", "согласился, что…", "«…», – согласился Путин" share
        # a view and bind nobody; "согласились разработать меры", "согласился на обмен" do
    if cue is not None and cue.lemmas == ("церемония", "подписание") and not _names_what_signed(toks):
        return "ceremony"  # "Церемония подписания состоялась в рамках визита": the event, its documents told before
    if cue is not None and cue.kind == "signed" and lemmas & data.lexicon("appointment_noun"):
        return "appointment"  # "Указ о его назначении был подписан 13 декабря": an office filled, no commitment
    if cue is not None and cue.kind == "agreement" and "прогресс" in lemmas:
        return "progress"  # "достигли прогресса во взаимопонимании": nearer a deal, none made
    if toks[k].lemma == "рассматриваться" and any(t.lemma == "как" for t in toks[k + 1:k + 3]):
        return "regarded"  # "мероприятие рассматривается как вклад": a view, not a project under study
    if cue is not None and cue.kind == "in_progress" and any(
            t.lemma in data.lexicon("relation_noun") and t.feat("Case") in (None, "Nom") for t in toks[k + 1:k + 4]):
        return "relation"  # "На этой основе строятся наши отношения": how a relation stands, no work under way
    if cue is not None and cue.lemmas[0] in ("предусматривать", "предполагать") and not any(
            t.lemma in data.lexicon("document_noun") or cue.lemmas[0] == "предусматривать" and t.lemma in (
                "он", "она", "оно", "который") for t in toks[:k]):
        return "not a document"  # "Документ предусматривает строительство …"; not "законодательство предусматривает",
        # "мы предполагаем создание …", "проекты, которые предполагают строительство …"
    words = [t for t in toks[:k] if t.text[:1].isalnum()]
    if words and words[0].lemma == "как" and toks[k].feat("Tense") == "Past" and not _listed(sentence, words[0]):
        return "reference"  # "Как мы с вами и условились, …": an earlier agreement recalled, not made here
    if words and words[0].lemma == "как" and cue is not None and cue.kind == "in_progress" and toks[k].feat(
            "Tense") == "Pres":
        return "question"  # "посмотрим, как выполняются поручения": how work goes, asked, not told under way
    if words and words[0].text.lower() in ("поскольку", "так") and (words[0].text.lower() == "поскольку" or (
            len(words) > 1 and words[1].text.lower() == "как")):
        return "reason"  # "…, поскольку Украина продолжает противостоять атакам": why, not what is promised
    if len(words) > 1 and words[0].pos == "ADP" and words[1].lemma in ("что", "кто") and words[1].pos == "PRON" and (
            not sentence_text[:max(0, sentence_text.find(words[0].text + " " + words[1].text))].rstrip().endswith(
                ",")):  # not "…, после чего будет сделано заявление"
        return "question"  # a headline with no mark: "О чем договорились Путин и Порошенко в Минске"
    if words and (words[0].lemma in ("какой", "чтобы") or len(words) > 1 and words[0].pos == "ADP" and words[
            1].lemma in ("какой", "каков") and sentence_text.lstrip().startswith(words[0].text)):  # "В каких сферах
        # намерены наращивать сотрудничество …": a headline; not "Стороны определили, в каких отраслях …"
        return "question or purpose"  # "какие встречи запланированы", "чтобы договорились сами делегации"
    if toks[k].feat("VerbForm") == "Conv" and not _signed_by_gerund(toks, k, cue, sentence or toks):
        return "gerund"  # "Продолжая работу в таком темпе, доведем …": the main verb carries the commitment
    return None


def _position(sentence, token) -> int:
    """The index of ``token`` among the sentence's tokens (0 when it is not there)."""
    return next((i for i, t in enumerate(sentence) if t.start == token.start), 0)


def event_to_come(sentence, which) -> bool:
    """"В совещании спикеров, которое состоится 23-24 сентября, …": "который" names an event right before its
    comma, and its clause plans it."""
    j = _position(sentence, which)
    if j < 2 or which.feat("Case") not in (None, "Nom") or sentence[j - 1].text != ",":
        return False
    k = j - 2
    if sentence[k].text in "»\"" and (opening := next((x for x in range(k - 1, -1, -1) if sentence[x].text in "«\""),
                                                       None)) is not None:
        k = opening - 1  # "на форуме «Россия — спортивная держава», который состоится": the event before its name
    while k > 0 and (sentence[k].pos in ("ADJ", "PROPN") or sentence[k].feat("Case") == "Gen"):
        k -= 1  # "совещании спикеров", "форум регионов"
    return any(sentence[x].lemma in data.lexicon("event_noun") for x in range(max(k, 0), j - 1))


def _listed(sentence, how) -> bool:
    """"Правительства таких государств, как Узбекистан, Афганистан и Пакистан достигли …": "как" after "такой" and
    a comma opens the list of the subject, no earlier agreement recalled."""
    if sentence is None:
        return False
    j = _position(sentence, how)
    return j >= 2 and sentence[j - 1].text == "," and any(t.lemma == "такой" for t in sentence[max(0, j - 4):j - 1])


def _where_signed(sentence, where, cue) -> bool:
    """"работал в Минске, где было подписано соглашение": "где" right after a city and its comma tells what was
    signed there on the visit reported, not a place described: not in a memory ("напомнил о саммите в Пекине, где
    …") nor a document named after the place ("посетил Шушу, где была подписана Шушинская декларация")."""
    if cue is None or cue.kind != "signed" or where.lemma != "где":
        return False
    j = _position(sentence, where)
    if j < 2 or sentence[j - 1].text != "," or sentence[j - 2].pos != "PROPN" or not sentence[j - 2].text[:1].isupper():
        return False
    stem = sentence[j - 2].lemma[:3]  # "Шушу" … "Шушинская декларация"
    return not any(t.lemma in _MEMORY for t in sentence) and not any(
        t.lemma.startswith(stem) for t in sentence[j + 1:] if t.pos == "ADJ")


_MEMORY = frozenset({"напомнить", "вспомнить", "напоминать", "вспоминать", "память"})


def _at_occasion(sentence, which) -> bool:
    """"церемония, на которой был подписан Договор", "встреча, в ходе … ": "на/в которой" right after an occasion's
    noun and its comma tells what happened there, the report itself."""
    j = _position(sentence, which)
    if j < 3 or sentence[j - 1].lemma not in ("на", "в", "во") or which.feat("Case") != "Loc":
        return False
    return sentence[j - 2].text == "," and sentence[j - 3].lemma in data.lexicon("event_noun")


def _goes_on(toks, k: int, cue) -> bool:
    """"идет (активная) подготовка": the work itself goes on, with only adjectives or adverbs between the verb and
    its noun, and no "речь" before the verb."""
    if k and toks[k - 1].lemma == "речь":
        return False
    noun = next((j for j in range(k + 1, min(k + 5, len(toks))) if toks[j].lemma == cue.lemmas[-1]), None)
    return noun is not None and all(t.pos in ("ADJ", "ADV", "DET", "PRON") for t in toks[k + 1:noun])  # "идет их
    # проработка"


def _continues_action(after) -> bool:
    """"продолжаем поставлять", "продолжат сотрудничество" are work under way; "продолжают развиваться",
    "продолжаете его дело" are not."""
    for n, t in enumerate(after):
        if t.feat("VerbForm") == "Inf":
            return not t.text.endswith(("ся", "сь")) or t.lemma not in data.lexicon("copula") and _has_object(
                list(after[n + 1:]))  # "продолжает оставаться поставщиком": a state, no work
        if t.pos == "NOUN" and t.lemma in data.lexicon("work_noun"):
            return True
    return False



def _has_object(after) -> bool:
    """A reflexive infinitive with an object of its own acts ("продолжит добиваться своих целей", "продолжат
    заниматься вопросами"); one without is a process ("продолжают развиваться в позитивном ключе")."""
    for t in after[:3]:
        if t.pos in ("ADP", "PUNCT", "VERB", "CCONJ", "SCONJ"):
            return False
        if t.pos == "NOUN" and (t.feat("Case") in ("Gen", "Acc") or t.feat("Case") == "Ins" and t.lemma.endswith(
                _ACTION_ENDINGS)):
            return True  # "добиваться своих целей", "заниматься модернизацией"; not "пользоваться спросом",
        # "увеличиваться высокими темпами", "считаться партнером"
    return False


_ACTION_ENDINGS = ("ние", "тие", "ция", "ство", "ка")  # nouns of an action: "модернизация", "строительство", "подготовка"


def hedged(previous) -> bool:
    """The clause before a "что" clause makes it a reason, a hope or a belief: "за то, что…", "Надеемся, что…",
    "выразил уверенность, что…" (``lexicon: belief_word``, only before "что": "уверенный рост" is no belief)."""
    return [t.text.lower() for t in previous[-2:]] == ["за", "то"] or any(
        _hedge(previous, j) or t.lemma in data.lexicon("belief_word") for j, t in enumerate(previous))


def _hoped(sentence, toks) -> bool:
    """The clause follows a word of hope that governs it: "Надеюсь, (что) армянская сторона … подпишет мирный
    договор"."""
    before = [t for t in sentence if t.stop <= toks[0].start and t.text not in (",", "—", "–", "-")]
    if before and before[-1].lemma == "что":
        before = before[:-1]
    return bool(before) and before[-1].lemma in data.lines("hedge_cues") and before[-1].pos == "VERB"


def _hedge(toks, j: int) -> bool:
    """A word of hope or condition (``hedge_cues``); "случай" only as "в случае", not "по случаю годовщины" (on
    the occasion of) nor "на случай чрезвычайных ситуаций"."""
    return toks[j].lemma in data.lines("hedge_cues") and not (
        toks[j].lemma == "случай" and (j == 0 or toks[j - 1].lemma != "в"))  # "по такому случаю", "на случай"


def _after_future_auxiliary(toks, k: int) -> bool:
    """The infinitive follows a future "будет"/"будем", adverbs between: "Турция … будет продолжать вносить вклад"."""
    j = k - 1
    while j >= 0 and (toks[j].pos in ("ADV", "PART") or toks[j].lemma == "и"):  # "будет и впредь продолжать"
        j -= 1
    return j >= 0 and toks[j].lemma == "быть" and toks[j].text.lower().startswith("буд")  # the tagger: Tense=Pres


def _signed_by_gerund(toks, k: int, cue, sentence) -> bool:
    """"Губернатор принял участие в форуме, подписав соглашение", "Приняв приглашение, министр пригласил …": a
    perfective gerund of signing or agreeing beside a past indicative tells the act done; not beside a future or a modal ("Подписав договор, стороны смогут …"), an
    infinitive ("призвал вернуться к сделке, подписав гарантии") or "лишь"/"только" (a condition)."""
    if cue is None or cue.kind not in ("signed", "agreement") or toks[k].feat("Aspect") != "Perf":
        return False
    finite = [t for t in sentence if t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin"]
    return bool(finite) and all(t.feat("Tense") == "Past" and t.feat("Mood") in (None, "Ind") for t in finite) and not any(
        t.feat("VerbForm") == "Inf" or t.lemma in ("лишь", "только") for t in sentence)

