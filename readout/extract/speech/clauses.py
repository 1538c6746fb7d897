"""Where a reported item's clause starts and ends: after the last ";" or ", а" / ", но" before the verb of saying
(not inside "не только …, но и …"), with the spaces, line breaks and final stop trimmed; and the parts of a sentence
around a verb of saying that the speech rules look at (the act asked for, the phrase after it, the main verb)."""
from __future__ import annotations

from readout import data
from readout.extract.speech.base import speech_verbs


def clause_start(toks, k: int, window: int) -> int:
    """The offset where the verb's clause starts: after the last ';' or ', а'/', но' before it."""
    start = window
    for n, t in enumerate(toks[:k]):
        if t.text in (";",) and t.stop > start:
            start = t.stop
        elif n and t.lemma in ("а", "но") and toks[n - 1].text == "," and t.stop > start and not _correlative(
                toks, n, k):
            start = t.stop  # "… поставили президенты Казахстана, а Таджикистан сообщили, что …"
    return start


def _correlative(toks, n: int, k: int) -> bool:
    """"не только …, но и …" is one clause: "Россия и Саудовская Аравия взаимодействуют не только по линии
    промышленности, но и в медицине, уточнил вице-премьер" (the verb after a comma: "…, но и министр заявил, что
    …" opens its own clause)."""
    return toks[n].lemma == "но" and n + 1 < len(toks) and toks[n + 1].lemma == "и" and toks[k - 1].text == "," and any(
        x.lemma == "только" and j and toks[j - 1].lemma == "не" for j, x in enumerate(toks[:n]))


def strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """``[a, b)`` without the spaces and line breaks around it and a final stop.

    >>> strip_span(" Стороны договорились. ", 0, 23)
    (1, 21)
    """
    while a < b and text[a] in " \n":
        a += 1
    while b > a and text[b - 1] in " .\n":
        b -= 1
    return a, b


def request(toks, k: int) -> bool:
    """A verb of asking with the act asked for (``lexicon: request_verb``): "попросил посла координировать
    действия" says something; "попросил слова" does not; or with the question asked (``lexicon: question_verb``):
    "интересовался, нужна ли помощь"."""
    if toks[k].lemma in data.lexicon("question_verb"):  # "интересовался, нужна ли помощь"; not "интересуется
        after = toks[k + 1:k + 6]  # искусством"
        return len(after) > 1 and after[0].text == "," and (after[1].lemma in _ASKED or any(
            x.lemma == "ли" for x in after[1:]))
    return toks[k].lemma in data.lexicon("request_verb") and any(
        x.pos == "VERB" and x.feat("VerbForm") == "Inf" for x in toks[k + 1:k + 6])


def advocates(toks, k: int) -> bool:
    """"выступили за укрепление сотрудничества": speaking for an action, a noun of an act in the accusative after
    "за" (not "выступил за трибуной", "за два дня до", "выступал за сборную")."""
    if not (toks[k].lemma in ("выступить", "выступать") and toks[k].pos == "VERB" and k + 1 < len(toks) and toks[
            k + 1].lemma == "за"):
        return False
    noun = next((t for t in toks[k + 2:k + 5] if t.pos != "ADJ"), None)
    return noun is not None and noun.pos == "NOUN" and noun.feat("Case") in ("Acc", "Nom") and noun.lemma.endswith(
        ("ние", "тие", "ция", "ство", "ость", "ка"))


_ASKED = {"как", "какой", "когда", "где", "почему", "сколько", "что", "кто", "каков", "зачем"}


def phrase_end(toks, k: int) -> int:
    """Where the phrase after the verb at ``k`` ends: the next comma or full stop."""
    return next((x.start for x in toks[k + 1:] if x.text in (",", ".", ";", ":")), toks[-1].stop)


def main_verb_before(toks, k: int) -> int | None:
    """The finite verb of the main clause before a gerund that follows it after a comma ("…обменялись мнениями,
    отметив …"), none before: a gerund opening the sentence hangs on the verb after it."""
    if not k or toks[k - 1].text != ",":
        return None
    return next((j for j in range(k - 1) if toks[j].pos in ("VERB", "AUX") and toks[j].feat("VerbForm") == "Fin"),
                None)


def after_preposition(toks, start: int, reach: int = 3) -> bool:
    """A name governed by a preposition a few words before it ("во главе с вице-президентом Лаоса Буннянгом"): never
    the subject, whatever case its form was guessed in."""
    before = [x for x in toks if x.stop <= start][-reach:]
    for x in reversed(before):
        if x.pos == "ADP":
            return True
        if x.pos in ("PUNCT", "VERB", "CCONJ"):
            return False
    return False


def negated(toks, k: int) -> bool:
    """The verb at ``k`` follows "не"."""
    return k > 0 and toks[k - 1].lemma == "не"


def parenthetical(toks, end: int) -> bool:
    """The attribution stands inside the sentence, between commas, and the words go on after it: "Эта работа,
    подчеркнул пресс-секретарь, будет продолжена"; not "…, заявил он, выступая на форуме" (a gerund), "…, сказал
    он, передает агентство" (a source's verb of saying) or "…, который …"."""
    comma = next((x for x in toks if x.start == end), None)
    rest = [x for x in toks if x.start > end]
    if comma is None or comma.text != "," or not rest:
        return False
    if rest[0].feat("VerbForm") in ("Conv", "Part") or rest[0].lemma in ("который", "сообщать", "передавать") or (
            rest[0].pos in ("CCONJ", "SCONJ") or rest[0].lemma in ("когда", "где", "после", "хотя")):
        return False  # "…, сказал Лавров, а затем президенты подписали …": the narration goes on
    finite = [x for x in rest if x.pos in ("VERB", "AUX") and x.feat("VerbForm") == "Fin" or x.feat(
        "Variant") == "Short"]
    return bool(finite) and finite[0].lemma not in speech_verbs()


def second_verb(toks, clause: int, verb: int) -> bool:
    """The clause opens with "и" / "а" and has no subject of its own before its verb: a second verb of the sentence's
    subject ("стороны обсудили …, а также высказались о …"; not "…, а Таджикистан и Туркменистан сообщили")."""
    opening = [x for x in toks if x.stop <= clause][-1:] + [x for x in toks if x.start >= clause][:1]
    return any(x.lemma in ("и", "а") and x.pos in ("CCONJ", "PART") for x in opening) and not any(
        x.pos in ("NOUN", "PROPN") and x.feat("Case") == "Nom" for x in toks if clause <= x.start < verb)


def adverbs_before(toks, k: int) -> int:
    """Where a gerund's item starts: at the adverbs right before it ("Высоко оценив поддержку, …")."""
    j = k
    while j and toks[j - 1].pos == "ADV" and toks[j - 1].text[:1].isalpha():
        j -= 1
    return toks[j].start
