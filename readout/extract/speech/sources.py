"""Who an attribution names as the speaker: a person, an organisation or its document, or an institution named as
the source of the words ("– говорится в сообщении пресс-службы президента").

>>> from readout.pipeline import run
>>> from readout.model import Document
>>> s = run(Document(text="«Стороны обсудили торговлю», – пояснили в правительстве РФ."))
>>> source_speaker(s.ctx, 29, 58).name
'правительство РФ'
"""
from __future__ import annotations

import re

from dataclasses import dataclass

from readout import data
from readout.extract.context import Context
from readout.extract.entities.persons import Person
from readout.extract.speech.base import speech_verbs, subject_in


@dataclass(frozen=True, slots=True)
class OrgSpeaker:
    """An organisation or its document as the speaker: "говорится в заявлении МИД России"."""

    name: str
    entity_id: str
    country: str | None = None

def org_speaker(ctx: Context, a: int, b: int) -> OrgSpeaker | None:
    from readout.extract.entities.names import nominative, org_spans

    for start, stop in org_spans(ctx.analysis):
        if a <= start and stop <= b:
            name = nominative(ctx.analysis.text[start:stop])
            return OrgSpeaker(name, f"organization:{name}")
    return None


def source_speaker(ctx: Context, a: int, b: int) -> OrgSpeaker | None:
    """The institution an attribution names as the source ("– говорится в сообщении пресс-службы президента",
    "– пояснили в правительстве РФ"); a bare "в сообщении" is the last source the text named before ("Акорда
    информирует…")."""
    nouns = set(data.lines("source_nouns"))
    toks = [t for t in ctx.analysis.tokens_in(a, b) if t.lemma in nouns]
    named = [t for t in toks if t.lemma not in data.lexicon("text_noun")]
    if toks and not named:  # "говорится в сообщении": whose?
        doc = ctx.analysis.tokens_in(toks[-1].stop, b)[:1]  # "говорится в тексте договора": the document's words
        if doc and doc[0].lemma in data.lexicon("document_noun") and doc[0].feat("Case") == "Gen":
            return OrgSpeaker(doc[0].lemma.capitalize(), f"organization:{doc[0].lemma.capitalize()}")
        window = ctx.analysis.tokens_in(max(0, a - 3000), a)
        before = [t for n, t in enumerate(window) if t.lemma in nouns - data.lexicon("text_noun")
                  and not _quoted(ctx.analysis.text, t.start, a)  # not a word of the quote itself
                  and not _of_title(window, n, nouns)]
        named = _chain_head(ctx, before)
        if (own := org_speaker(ctx, a, b) or _parliament(ctx, a, b)) is not None:
            return own  # "– говорится в сообщении Мажилиса": the body named there, not the agency that tells it
        told = _told_by(ctx, a)
        if told is not None and (not named or told[0] > named[0].start):
            return told[1]  # "Об этом сообщает Синьхуа. … «…», – говорится в сообщении": the agency's
        if named:
            b = ctx.analysis.sentence_at(named[0].start).stop if ctx.analysis.sentence_at(named[0].start) else b
    if not named:
        return None
    start = named[0].start
    stop = next((t.start for t in ctx.analysis.tokens_in(start, b)
                 if t.text in ",.;:!?()–—«»\"" or t.pos in ("VERB", "AUX", "ADP", "CCONJ")), b)
    words = ctx.analysis.text[start:stop].split()[:4]
    if not words:
        return None
    if named[0].lemma in ("министерство", "ведомство") and _foreign_ministry(ctx, start):
        return OrgSpeaker("МИД", "organization:МИД")  # "отметили в министерстве", "во внешнеполитическом ведомстве"
    head = words[0] if words[0].isupper() or words[0][:1].isupper() and named[0].feat("Case") == "Nom" else named[0].lemma
    # "МИД" and a nominative "Акорда" stay as written; "пресс-службе" → "пресс-служба"
    name = " ".join([head[:1].upper() + head[1:] if words[0][:1].isupper() else head] + words[1:])
    return OrgSpeaker(name, f"organization:{name}")


def _of_title(toks, n: int, nouns) -> bool:
    """The institution is a genitive of a person's title ("глава правительства Пакистана тепло поздравил"): part of
    the name of someone, no source of the words."""
    t = toks[n]
    return n > 0 and t.feat("Case") == "Gen" and toks[n - 1].pos == "NOUN" and toks[n - 1].lemma not in nouns and (
        toks[n - 1].feat("Animacy") == "Anim" or toks[n - 1].lemma in data.lexicon("body_head"))


def _parliament(ctx: Context, a: int, b: int) -> OrgSpeaker | None:
    """A parliament named by its own name in the attribution ("в сообщении Мажилиса"), which the tagger may not
    take for an organisation (``lexicon: parliament_name``)."""
    for t in ctx.analysis.tokens_in(a, b):
        if t.lemma in data.lexicon("parliament_name"):
            name = t.lemma.capitalize()
            return OrgSpeaker(name, f"organization:{name}")
    return None


def _chain_head(ctx: Context, found: list) -> list:
    """The last source named before, from the head of its phrase: "пресс-служба главы армянского правительства" is
    the press service, not the government its genitives name."""
    if not found:
        return []
    last = found[-1]
    for t in found[:-1]:
        between = ctx.analysis.tokens_in(t.stop, last.start)
        if not any(x.text in ",.;:!?()–—«»\"" or x.pos in ("VERB", "AUX", "ADP", "CCONJ") for x in between):
            return [t]
    return [last]


_TOLD = re.compile(r"(?:(?<![А-Яа-яЁё])(?:Об этом|как|Как)|,)\s+(?:сообщают|сообщает|сообщила|сообщили|передают|"
                   r"передает|передаёт|информирует)\s+(?P<who>[^.,;:\n«»]{2,60})")  # "Об этом сообщает Синьхуа", "…, сообщает
# пресс-служба Совфеда."


def _told_by(ctx: Context, a: int) -> tuple[int, OrgSpeaker] | None:
    """The last "Об этом сообщает Синьхуа" before ``a``: the agency or service the news comes from, by name."""
    text = ctx.analysis.text
    last = None
    for m in _TOLD.finditer(text, max(0, a - 3000), a):
        # "сообщает Vecher.kz со ссылкой на Elbasy.kz", "сообщает Kazinform со ссылкой на Akorda.kz": the site's message
        site = _LINKED.search(text, m.start("who"), m.end("who") + 60)
        site = site if site and "\n" not in text[m.start("who"):site.start()] else None
        org = OrgSpeaker(site.group("site"), f"organization:{site.group('site')}") if site else None
        org = org or _relayed(ctx, m.start()) or source_speaker(ctx, m.start("who"), m.end("who")) or org_speaker(
            ctx, m.start("who"), m.end("who"))
        if org is not None:
            last = (m.start(), org)
    return last


_LINKED = re.compile(r"\s+со\s+ссылкой\s+на\s+(?:сайт\s+)?(?P<site>[A-Za-z][\w-]+)\.[a-z]{2,4}\b")
_ORIGIN = re.compile(r"(?:сообщается|говорится|опубликовано|размещено)\s+(?:на\s+(?:официальном\s+)?сайте|в\s+"
                     r"(?:сообщении|telegram-канале|телеграм-канале))\s+(?P<who>[^.,;:\n«»]{2,40})\s*$", re.IGNORECASE)


def _relayed(ctx: Context, comma: int) -> OrgSpeaker | None:
    """The first source of news an agency relays: "…, сообщается на сайте Акорды, передает Информбюро" is Akorda's
    message, which the agency passes on."""
    text = ctx.analysis.text
    if text[comma:comma + 1] != ",":
        return None
    line = text[max(0, text.rfind("\n", 0, comma) + 1, comma - 200):comma]
    m = _ORIGIN.search(line)
    if m is None:
        return None
    a = comma - len(line) + m.start("who")
    return source_speaker(ctx, a, a + len(m.group("who"))) or org_speaker(ctx, a, a + len(m.group("who")))


def _quoted(text: str, offset: int, a: int) -> bool:
    """The word at ``offset`` stands inside quotation marks closed before ``a``: «… подписанной правительствами …»,
    – говорится в сообщении (the message's words name no source)."""
    between = text[offset:a]
    return between.count("»") > between.count("«") or between.count('"') % 2 == 1 or (
        between.count("”") > between.count("“"))


def _foreign_ministry(ctx: Context, offset: int) -> bool:
    """The ministry the text speaks of is the foreign ministry: it named "МИД" or "внешнеполитическое ведомство"
    before, or calls it so here ("Во внешнеполитическом ведомстве отметили")."""
    before = ctx.analysis.text[max(0, offset - 3000):offset + 40]
    return "МИД" in before or "внешнеполитическ" in before.lower()


def nominative_speakers(ctx: Context, a: int, b: int) -> tuple[tuple, str | None]:
    """The speaker of "X, приветствуя Y, сказал: «…»": the nominative subject before the colon, not the object."""
    found = subject_in(ctx, a, b)
    if len(found[0]) > 1 and found[1] == "name":  # "X сообщил, что переговорил с коллегой Y, и отметил, что «…»"
        verb = [t for t in ctx.analysis.tokens_in(a, b) if t.lemma in speech_verbs() and t.pos == "VERB"][-1:]
        next_to = [p for p in found[0] for f in p.forms if verb and f.stop <= verb[0].start
                   and not ctx.analysis.text[f.stop:verb[0].start].strip()]
        if len(next_to) == 1:  # "На вопрос, примет ли Пашинян участие …, Симонян ответил: «…»": the name at the verb
            return (next_to[0],), found[1]
        return tuple(ctx.before_partner(list(found[0]), a, b)), found[1]
    if found[0]:
        return found
    sp, how = attribution_speakers(ctx, a, b)
    # "Хаменеи … на встрече с президентом Сирии Башаром Асадом … подчеркнул: «…»": the one met is no speaker
    kept = tuple(p for p in sp if not isinstance(p, Person) or not all(
        ctx.with_partner(f) for f in p.forms if a <= f.start < b) or not any(a <= f.start < b for f in p.forms))
    return (kept, how) if kept else ((), None)

_RELATIVE = re.compile(r",\s*(?:чей|чья|чьё|чье|чьи|чьих|чьими|чьим)\b")


def attribution_speakers(ctx: Context, a: int, b: int) -> tuple[tuple[Person, ...], str | None]:
    """The speaker an attribution names: a person in the nominative first ("– заявил Токаев", "– сказал он"), then
    an institution as the source ("– говорится в сообщении пресс-службы президента": the press service, not the
    president), then any person, role or organisation. An aside in brackets is no part of it ("– обратился
    президент к главе комитета (в прошлом Григорьев работал …)": the president speaks)."""
    text = ctx.analysis.text
    aside = text.find("(", a, b)
    if aside > a and (close := text.find(")", aside, b)) > 0 and text[close + 1:b].strip() and not subject_in(
            ctx, a, aside)[0]:
        a = close + 1  # "– заявил в ходе брифинга (расшифровка опубликована …) министр X": the name after the aside
    elif aside > a:
        b = aside
    if (rel := _RELATIVE.search(text, a, b)) is not None:
        b = rel.start()  # "– сказал министр, чьи слова приводятся в сообщении ведомства": the minister, not the office
    found = subject_in(ctx, a, b)
    if len(found[0]) > 1:  # "– сказала Матвиенко во время встречи с главой Сената Танзилой Нарбаевой"
        return tuple(ctx.before_partner(list(found[0]), a, b)), found[1]
    if found[0]:
        return found
    if any(t.lemma == "цитировать" for t in ctx.analysis.tokens_in(a, b)) and (
            quoted_one := ctx.subject_before(a)) is not None:
        return (quoted_one,), "narration"  # "…, – цитирует пресс-служба президента": the one it quotes, told before
    source = source_speaker(ctx, a, b)
    if source:
        return (source,), "organization"
    res = ctx.resolve(a, b)
    if res is None:
        org = org_speaker(ctx, a, b)
        if org:
            return (org,), "organization"
        if any(t.lemma in data.lexicon("message_noun") for t in ctx.analysis.tokens_in(a, b)):
            told = _told_by(ctx, a)  # "Об этом сообщает Кремль в заявлении. «…», — отмечается в публикации": the
            if told is not None and a - told[0] < 400:  # source just named publishes it
                return (told[1],), "organization"
            sender = ctx.subject_before(a)  # "В поздравлении говорится: «…»": whoever sent it
            return ((sender,), "message_sender") if sender else ((), None)
        return (), None
    return tuple(res[0]), res[1]


def release_passive(ctx: Context, toks, k: int) -> OrgSpeaker | None:
    """The body whose text a short passive of saying cites: "В сообщении правительства Румынии отмечено, что …" is
    the government's speech (a bare "Отмечено, что …" has no speaker, nor has "в сообщении" naming nobody)."""
    t = toks[k]
    if not (t.pos == "VERB" and t.feat("VerbForm") == "Part" and (t.feat("Variant") == "Short" or t.feat(
            "Case") is None) and t.feat("Gender") == "Neut"):
        return None
    for j in range(max(0, k - 8), k - 2):
        if toks[j].lemma in ("в", "во") and toks[j + 1].lemma in data.lexicon("text_noun") and toks[j + 2].feat(
                "Case") == "Gen" and toks[j + 2].pos in ("NOUN", "PROPN"):
            return org_speaker(ctx, toks[j + 2].start, t.start) or source_speaker(ctx, toks[j + 2].start, t.start)
    return None


def media_after(toks, k: int) -> bool:
    """The verb after a comma has a medium or a press service for its subject ("…, сообщают официальные СМИ
    Туркменистана", "…, об этом сообщает пресс-служба регправительства", ``lexicon: media_noun, news_teller``): the
    clause before is news told, not the words of the persons it names."""
    j, i = k + 1, k - 1
    while j < len(toks) and toks[j].pos == "ADJ":
        j += 1
    if i > 1 and toks[i].lemma in ("это", "этот") and toks[i - 1].lemma in ("о", "об"):
        i -= 2  # "…, об этом сообщает пресс-служба регправительства"
    tellers = data.lexicon("media_noun") | data.lexicon("news_teller")
    return i >= 0 and toks[i].text == "," and j < len(toks) and toks[j].lemma in tellers and (
        toks[j].feat("Case") in (None, "Nom"))


def source_after(ctx: Context, toks, k: int, sent):
    """The institution a verb of saying after a comma names as its place: "…, сообщили в пресс-службе российского
    ведомства" (the names before the comma are what the news is about, not who says it)."""
    j = k + 1
    if j < len(toks) and (toks[j].feat("Case") == "Dat" or toks[j].text.isupper()) and toks[j].lemma not in ("в", "во"):
        j += 1  # "…, сообщили БЕЛТА в пресс-службе правительства": the agency told, then the source
    if not (k and toks[k - 1].text == "," and j + 1 < len(toks) and toks[j].lemma in ("в", "во")
            and toks[k].feat("Number") == "Plur"):
        return None
    end = next((x.start for x in toks[j:] if x.text in (",", ".", ";", ":")), sent.stop)
    return source_speaker(ctx, toks[j].start, end)
