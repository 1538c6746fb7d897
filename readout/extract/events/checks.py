"""Why a cue of an event is no event held here: planned ("состоится", "готов к переговорам"), a topic discussed, a
frame ("на полях форума"), a joint document's name, a title ("сопредседатель Межправкомиссии"), background, a welcome
ceremony, a document signed before; and where a headline ends.

>>> from readout.nlp import analyze
>>> toks = analyze("Переговоры состоятся в Астане.", lambda w: True).tokens
>>> planned(toks, 0)
True
"""
from __future__ import annotations

import functools
import re

from readout import data
from readout.extract.context import Context


@functools.cache
def planned_words() -> frozenset[str]:
    return frozenset(data.lines("planned_cues"))


def joint_document(toks, i: int, kind: str) -> bool:
    """"Совместное заявление" is a signed document, not a press statement."""
    return kind == "briefing" and i > 0 and toks[i - 1].lemma == "совместный" and toks[i].lemma == "заявление"


def frame(toks, i: int, kind: str) -> bool:
    """A summit or forum that frames the event: "встреча прошла в рамках XV Саммита ОЭС", "на полях саммита ШОС"
    (GUIDELINES: the meeting is what happened; annotators list the frame's visit, never its summit)."""
    if kind not in ("summit", "forum"):
        return False
    j = i - 1
    while j > 0 and i - j <= 3 and toks[j].pos in ("ADJ", "NUM"):  # "в рамках XV Саммита", "на полях Восточного
        j -= 1  # экономического форума"
    if j > 2 and toks[j].pos == "ADP" and toks[j - 1].lemma == "участие" and toks[j - 2].lemma in data.lexicon(
            "frame_event_word"):
        return True  # "В рамках участия в дипломатическом форуме в Анталии министр … встретился"
    return j > 0 and toks[j].lemma in data.lexicon("frame_event_word") and toks[j - 1].pos == "ADP"


def bilateral(toks, i: int) -> bool:
    """A "саммит" of two ("Саммит двух лидеров", "российско-индийский саммит", "двусторонний саммит", "саммит Путина и
    Трампа"): talks, not the multilateral summit of the vocabulary."""
    before, after = toks[max(0, i - 2):i], toks[i + 1:i + 3]
    pair = toks[i + 1:i + 5]  # "саммит Путина и Трампа": two leaders' names, and no third
    return any(t.lemma in ("двусторонний", "два") for t in before + after) or any(
        "-" in t.text and t.pos == "ADJ" and t.text.split("-")[0].isalpha() for t in before) or (  # not "на 12-м
        len(pair) >= 3 and pair[0].pos == "PROPN" and pair[1].lemma == "и" and pair[2].pos == "PROPN" and (  # Саммите"
            len(pair) == 3 or pair[3].text != "," and pair[3].lemma != "и"))


def recalled_before(toks, i: int) -> bool:
    """The event is what a speaker recalls: a third-person form of "напомнить" before the cue in its sentence, with no
    "сегодня" ("напомнил, что в 2022 году Россия и Азербайджан подписали декларацию", "Напомнив о встречах в ходе
    официального визита …")."""
    return any(t.lemma == "напомнить" and t.feat("Person") != "1" for t in toks[:i]) and not any(
        t.lemma in ("сегодня", "сегодняшний") for t in toks)  # the narrator's "Напомним, что …" may recap the news's
    # own event


def told_before(ctx: Context, toks) -> bool:
    """A held event told as background: a year before the document's, or "назад", "ранее"."""
    from readout.extract.commitments.dates import text_year
    from readout.extract.commitments.scope import background

    return background(toks, text_year(ctx.analysis.text, ctx.doc.date))


def planned(toks, k: int) -> bool:
    """A cue is planned when an infinitive, a future verb or a planning word stands shortly before it and no
    past-tense verb comes between ("посетил Астану с государственным визитом" is held); when the cue is itself an
    infinitive ("готов встретиться"); or when it is a purpose or readiness ("открыт для встречи", "готов к
    переговорам")."""
    if toks[k].feat("VerbForm") == "Inf" or readiness(toks, k):
        return True
    if toks[k].pos == "VERB" and toks[k].feat("Tense") == "Past" and toks[k].feat("VerbForm") == "Fin":
        return False  # "подписали следующие документы:": the act itself told in the past
    if any(t.lemma in data.lexicon("held_verb") and t.feat("Tense") == "Past" for t in toks[k + 1:k + 8]):
        return False  # "Запланированная встреча министров состоялась в Минске": the plan carried out
    if _future_relative(toks, k):
        return True  # "VIII Глобальный Бакинский форум, который пройдет с 4 по 6 ноября"
    if any(toks[j].lemma == "в" and toks[j + 1].lemma == "план" for j in range(max(0, k - 4), k - 1)):
        return True  # "В планах — подписание дорожной карты" (uz.sputniknews.ru)
    j = k - 1
    while j > 1 and toks[j].pos == "ADJ":
        j -= 1
    if j > 0 and toks[j].lemma in ("о", "об") and toks[j - 1].lemma == "договоренность":
        return True  # "Договоренности о телефонном разговоре пока нет" (kommersant.ru); not "в русле договоренностей,
        # достигнутых в ходе государственного визита"
    for n in range(k - 1, max(0, k - 12) - 1, -1):
        t = toks[n]
        if n and toks[n - 1].lemma == "как" and t.pos == "VERB":
            continue  # "Как сообщали в МИД, во время переговоров «… будет уделено …»": the source's verb
        if t.lemma in data.lexicon("departure_verb"):  # "Из Ташкента Медведев отправился в Астану на саммит": the
            return toks[k - 1].lemma != "для"  # next event; not "направились к зданию Правительства для переговоров"
        if t.lemma in planned_words() and t.pos in ("VERB", "AUX") and t.feat("Tense") == "Past" and _about(toks, k):
            return True  # "договорился о личной встрече": the act that sets it up is past; not "договорились … на
            # встрече в Кремле", where it was held
        if t.feat("Tense") == "Past" and t.pos in ("VERB", "AUX") and t.feat("VerbForm") in (None, "Fin"):
            return False
        if t.lemma in planned_words() or t.feat("VerbForm") == "Inf":
            return True
        if t.lemma in data.lexicon("stay_verb") and t.feat("Tense") == "Pres":
            return False  # "по приглашению Президента … находится с государственным визитом": under way
        if t.pos in ("VERB", "AUX") and (t.feat("Tense") == "Fut" or surely_future(t.text)):
            return True
        if t.lemma == "быть" and t.pos == "AUX" and t.feat("Tense") != "Past":  # "будут обсуждены"
            return True
    if any(t.lemma in planned_words() or future_verb(t) for t in toks[k:k + 4]):
        return True
    framed = k > 0 and (toks[k - 1].pos == "ADP" or k > 1 and toks[k - 1].lemma in ("время", "ход") and toks[
        k - 2].pos == "ADP") or k <= 1  # "Во время встречи с первым заместителем председателя … обсудит": a long
    # frame; "Заседание межправительственной комиссии России и Киргизии по … сотрудничеству состоится": a subject
    for t in toks[k + 1:k + (18 if framed else 10)]:  # "На встрече главы ведомств обсудят …": the clause's verb
        if t.text in ",;:.":
            return False
        if t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin":
            return future_verb(t)
    return False


def _about(toks, k: int) -> bool:
    """The event noun is the topic after "о/об" (its adjectives between): "договорился о личной встрече"."""
    j = k - 1
    while j > 0 and toks[j].pos == "ADJ":
        j -= 1
    return j >= 0 and toks[j].lemma in ("о", "об")


def _future_relative(toks, k: int) -> bool:
    """The event noun's own relative clause tells it in the future: "форум, который пройдет в ноябре"."""
    after = toks[k + 1:k + 10]
    for n, t in enumerate(after):
        if t.lemma == "который" and n and after[n - 1].text == ",":
            return t.feat("Case") in (None, "Nom") and any(future_verb(x) for x in after[n + 1:n + 4])
        if t.pos in ("VERB", "AUX") or t.text in (".", ";"):
            return False
    return False


def readiness(toks, k: int) -> bool:
    """A purpose or readiness before the cue: "готов к переговорам", "открыт для встречи", "готовятся к заседанию
    Совета" (the cue after "к" / "для" and the nouns of its phrase)."""
    j = k - 1
    while j > 0 and k - j <= 3 and toks[j].pos in ("NOUN", "ADJ") and toks[j].lemma not in ("для", "к"):
        j -= 1
    return j > 0 and toks[j].lemma in ("для", "к") and any(t.lemma in _READY for t in toks[max(0, j - 3):j])


def discussed(toks, k: int) -> bool:
    """The event is what was discussed, the object of "обсудили" ("обсудили встречу глав государств", "обсудили
    предстоящий визит", "обсудили проведение совместного Форума регионов"): a topic, not the occasion the text
    reports."""
    j = k - 1
    while j > 0 and toks[j].pos == "ADJ":
        j -= 1
    if toks[k].feat("Case") == "Gen" and j > 0 and toks[j].pos == "NOUN" and toks[j].feat("Case") == "Acc":
        k = j  # the event in the genitive of the discussed noun: "обсудили проведение форума"
    if toks[k].feat("Case") != "Acc":
        return False
    for t in reversed(toks[max(0, k - 7):k]):  # "обсудил с советником Байдена мирные переговоры"
        if t.lemma in data.lexicon("discuss_verb"):
            return True
        if not t.text[:1].isalnum() or t.pos in ("VERB", "AUX"):
            return False
    return False


DEMONSTRATIVE = {"данный", "этот", "указанный", "такой"}  # "подготовке к форуму … данный форум вносит вклад"
_READY = {"готовый", "готов", "открытый", "открыт", "открыть", "готовиться", "планировать", "планируемый"}  # "открыт для встречи", "готов к переговорам": not yet held


def surely_future(word: str) -> bool:
    """Every parse of the word is a future indicative ("Состоятся", which the tagger takes for a participle at the
    start of a sentence)."""
    from readout.nlp import models

    parses = models().parse(word.lower())
    return bool(parses) and all("futr" in p.tag for p in parses)


def future_verb(t) -> bool:
    return t.pos in ("VERB", "AUX") and (t.feat("Tense") == "Fut" or (t.lemma == "быть" and t.feat("Tense") == "Pres"))


def in_title(ctx: Context, toks, i: int) -> bool:
    """The council is named in someone's title, not held: "премьер-министр Госсовета КНР", "сопредседатель
    Межправительственной комиссии"."""
    from readout.extract.entities.roles import is_title_word

    if any(r.start <= toks[i].start < r.stop for r in ctx.roles):
        return True
    j = i - 1
    while j >= 0 and toks[j].pos == "ADJ":
        j -= 1
    members = data.lexicon("member_title")  # "сопредседатель Межправительственной комиссии"
    return j >= 0 and toks[j].pos == "NOUN" and (is_title_word(toks[j].text) or toks[j].lemma in members or (
        toks[j].lemma in data.lines("source_nouns")))  # "сообщает пресс-служба Госсовета РТ": the body, no session


def one_member(toks, i: int) -> bool:
    """The forum or summit names one person who took part in it ("встретилась с участницей V Глобального Бакинского
    форума"), not the participants who report it ("Участники форума обсудили …")."""
    j = i - 1
    while j >= 0 and (toks[j].pos in ("ADJ", "NUM") or toks[j].text.isascii() and toks[j].text.isupper()):
        j -= 1  # "V Глобального Бакинского"
    return j >= 0 and toks[j].lemma in ("участник", "участница") and not (
        toks[j].feat("Case") == "Nom" and toks[j].feat("Number") == "Plur")


def ceremony_of(toks, i: int) -> bool:
    """"церемония официальной встречи": the welcome, not the meeting's name for the occasion."""
    j = i - 1
    while j >= 0 and toks[j].pos == "ADJ":
        j -= 1
    return j >= 0 and toks[j].lemma == "церемония"


def title_end(text: str) -> int:
    """Where a headline ends: its first line, when that line is no sentence of the body (no full stop) and more
    follows, with a subtitle under it of the same kind ("Беседа проходит в закрытом режиме" before the dateline);
    else 0."""
    end = text.find("\n")
    if not (end > 0 and not text[:end].rstrip().endswith((".", "!", "?")) and text[end:].strip()):
        return 0
    m = re.match(r"\s*\n\s*([^\n]{1,150})\n", text[end:])
    sub = m.group(1).rstrip() if m else ""
    return end + m.end(1) if sub and not sub.endswith((".", "!", "?", ":")) and text[end + m.end():].strip() else end


def since(toks, i: int) -> bool:
    """The event marks the start of a time gone by: "с момента подписания Соглашения прошло чуть больше года",
    "со дня визита" (background, no event of this text).

    >>> from readout.nlp import analyze
    >>> toks = analyze("С момента подписания соглашения прошел год.").tokens
    >>> since(toks, 2), since(toks, 0)
    (True, False)
    """
    return i >= 2 and toks[i - 2].lemma in ("с", "со") and toks[i - 1].lemma in ("момент", "день", "дата")


def signed_before(toks, i: int) -> bool:
    """An attributive participle names a document signed at some time, no signing of this event: "обновления
    подписанных документов", "в Шушинской декларации, подписанной …" (the out-of-context parse calls it an adjective);
    not "подписанные сегодня / в ходе визита"."""
    t = toks[i]
    return (t.feat("VerbForm") == "Part" or t.pos == "ADJ") and t.feat("Variant") != "Short" and not any(
        x.lemma in ("сегодня", "ход", "итог", "рамка", "присутствие") for x in toks[i + 1:i + 5]) and not (
        i + 2 < len(toks) and toks[i + 1].lemma in ("в", "во") and toks[i + 2].text[:1].isupper()) and not any(
        x.lemma in ("обмен", "церемония") for x in toks[max(0, i - 3):i])  # "церемония обмена подписанными …"
