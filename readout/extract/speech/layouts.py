"""News copy's quote layouts beyond dashes and marks: a first-person paragraph closed by its attribution, an
attribution inside the marks, a quotation cut off by the end of an excerpt, and words quoted inside reported
speech.

>>> from readout import read
>>> r = read("Сергей Лавров прибыл в Ханой. «Наши страны смотрят одинаково, — отметил Лавров. — Эти подходы "
...          "мы отстаиваем».", date="2019-03-23")
>>> [(q.rule, q.text) for q in r.quotes]
[('quote_marks', 'Наши страны смотрят одинаково'), ('quote_marks', 'Эти подходы мы отстаиваем')]
"""
from __future__ import annotations

import re
from typing import Iterator

from readout import data
from readout.extract.context import Context
from readout.extract.entities.persons import Person
from readout.extract.speech.base import (DASH, Found, closing, page_ends, speech_verb_in, speech_verbs,
                                         trim)
from readout.extract.speech.relayed import quoted, quoting, relaying_verb
from readout.extract.speech.sources import attribution_speakers, nominative_speakers
from readout.model import Span

_INNER_ATTR = re.compile(r"[,.!?…]\s*[‒–—―-]\s+(?P<attr>[^–—«»\n]{3,120}?)[.,:]\s+[‒–—―-]\s+")

_TAIL_ATTR = re.compile(r"(?P<punct>[,.!?…])?\s+[‒–—―-]\s+(?P<attr>[^–—«»\n]{3,200}?)\.?\s*$")
_INLINE_DASH = re.compile(r"[.!?…]\s+[‒–—―-]\s+(?=[А-ЯЁ«])")



def _last_tail(para: str):
    """The last dash of the paragraph that opens an attribution running to its end ("…, - сказал X."), not an
    earlier dash that opens the speech itself ("… визита. - Наши страны …, - сказал X.")."""
    m = _TAIL_ATTR.search(para)
    while m is not None and (later := _TAIL_ATTR.search(para, m.start("attr"))) is not None:
        m = later
    return m


def attributed_paragraph(ctx: Context) -> Iterator[Found]:
    """A paragraph of first-person speech with no opening dash or marks, closed by its attribution (unn.ua:
    "Позиции у нас совпадают – … Спасибо за поддержку - отметил Глава государства."); the speech may open at a dash
    after a full stop inside the paragraph ("… глава региона подчеркнул … . - Отношения растут, - сказал X.")."""
    text = ctx.analysis.text
    pos = 0
    for para in text.split("\n"):
        line, pos = pos, pos + len(para) + 1
        body = para.strip()
        unclosed = body[:1] == "«" and "»" not in body  # "«Потому что … в мире и дружбе, - сказал он.": the mark
        # that opened the words is never closed
        if not body or body[0] in DASH + "«„“\"" and not unclosed or len(body.split()) < 5:
            continue
        m = _last_tail(para)
        if not m:
            continue
        opened = list(_INLINE_DASH.finditer(para, 0, m.start()))
        start = line + (opened[-1].end() if opened else para.index("«") + 1 if unclosed else 0)
        a_attr, b_attr = line + m.start("attr"), line + m.end("attr")
        cue = speech_verb_in(ctx, a_attr, b_attr, tail=True)
        if cue is None or cue.start - a_attr > 2 or not (m.group("punct") in (",", "!", "?") or first_person(
                ctx, start, line + m.start())):
            continue  # the verb opens the attribution ("- отметил X"), and the words are someone's own: in the
            # first person, or closed by the comma of direct speech ("… вышло на новый уровень, — отметил X.")
        speakers, how = attribution_speakers(ctx, a_attr, b_attr)
        if _narrated_speech(ctx, start, line + m.start()) and not (
                how == "organization" and ctx.analysis.tokens_in(cue.start, cue.stop)[0].lemma in data.lexicon(
                    "impersonal_saying")):
            continue  # "Санду также отметила, что …": reported speech, told by the narrator; a message's words
            # ("Путин поздравил главу нашего государства …, - отмечается в сообщении пресс-службы") are the
            # service's, not "…, – сообщает пресс-служба" (the news's source)
        a, b = trim(text, start, line + m.start())
        if speakers and b - a > 1:
            yield Found(a, b, True, speakers, "attributed_paragraph", how, cue)


def _narrated_speech(ctx: Context, a: int, b: int) -> bool:
    """A verb of saying in the paragraph that the narrator tells of someone ("Санду также отметила, что …"), not
    one the speaker says of himself ("Я Вам сказал один на один …")."""
    toks = ctx.analysis.tokens_in(a, b)
    for i, t in enumerate(toks):
        if t.lemma in speech_verbs() and t.pos in ("VERB", "AUX") and t.feat("Person") not in ("1", "2") and not any(
                x.lemma in ("я", "мы", "вы") for x in toks[max(0, i - 3):i]):
            return True
    return False


def first_person(ctx: Context, a: int, b: int) -> bool:
    """The words speak in the first or second person: "мы", "наш", "я", "вы", or a verb in those persons."""
    return any(t.lemma in ("я", "мы", "наш", "мой", "вы", "ваш") or t.feat("Person") in ("1", "2") and not
               _past_too(t) for t in ctx.analysis.tokens_in(a, b))


def _past_too(t) -> bool:
    """An imperative that is also a past plural ("пришли", "нашли"): the tagger's second person is a guess
    ("К договоренности пришли делегации" is narration)."""
    from readout.nlp import models

    return t.feat("Mood") == "Imp" and any(p.tag.POS == "VERB" and "past" in p.tag for p in models().parse(t.text))

def _attributed(ctx: Context, a: int, b: int) -> bool:
    """A verb of saying, not an infinitive and not in the first person: the sentence is told by someone ("Жапаров
    подчеркнул, что мы …"), not "Мы подтвердили неизменность курса"."""
    return any(t.lemma in speech_verbs() and t.pos == "VERB" and t.feat("Person") != "1" and t.feat(
        "Number") != "Plur" and t.feat("VerbForm") != "Inf" for t in ctx.analysis.tokens_in(a, b))  # not "надо
    # признать, что наши отношения …": the speaker's own aside


def editorial(ctx: Context, a: int, b: int) -> bool:
    """The narrator's own first person: "Напомним, …", "Отметим, что …", "Как мы сообщали, …"."""
    words = [t for t in ctx.analysis.tokens_in(a, b) if t.text[:1].isalpha()][:3]
    aside = bool(words) and words[0].pos == "VERB" and words[0].feat("Person") == "1" and words[0].feat(
        "Number") == "Plur" and len(words) > 1 and ctx.analysis.text[words[0].stop:words[0].stop + 3].lstrip()[:1] == ","
    return aside or len(words) > 2 and words[0].lemma == "как" and words[1].lemma == "мы"


_AS_SAID = re.compile(r"[ \t]*Как\s+(?:рассказал|сказал|отметил|подчеркнул|заявил|пояснил|сообщил)[а-я]*\s+"
                      r"(?P<who>[^,.!?«»\n]{2,80}),\s*")


def unmarked_speech(ctx: Context, a: int, verb: int, speakers=()) -> tuple[int, int] | None:
    """First-person words with no marks or dash before "…, заявил X" (manas.news: "Мы подтвердили неизменность
    курса … Подписанные документы являются подтверждением, заявил Садыр Жапаров"): a direct quote from the first
    of the paragraph's sentences that speak in the first person up to the comma, or None."""
    text = ctx.analysis.text
    comma = text.rfind(",", a, verb)
    if comma < 0 or text[comma + 1:verb].strip(" \t‒–—―-") or ctx.in_quote(a):  # "…, - сказал глава региона"
        return None
    para = text.rfind("\n", 0, a) + 1
    inside = [s for s in ctx.analysis.sentences if para <= s.start and s.stop <= a + 1]  # sentences before
    if editorial(ctx, a, comma):
        return None
    here = ctx.analysis.sentence_at(comma)
    told = ctx.resolve(here.start if here else a, comma, nominative=True)
    if told and told[0] and {id(p) for p in told[0]} & {id(p) for p in speakers}:
        return None  # "Глава нашего государства побеседовал с ними, пожелал успехов": the subject of both verbs,
        # the narrator's "наш", no words of his own
    start = a
    for s in reversed(inside):
        if ctx.in_quote(s.start) or editorial(ctx, s.start, s.stop) or _attributed(ctx, s.start, s.stop) or not (
                first_person(ctx, s.start, s.stop) or not _finite(ctx, s.start, s.stop) and s.start > para):
            break  # "Напомним, …", "Садыр Жапаров подчеркнул, что мы …": the narrator's, or words told already; a
        start = s.start  # fragment with no verb ("официально и политически.") goes on with the speech around it
    opening = _AS_SAID.match(text, para)
    told = ctx.resolve(opening.start("who"), opening.end("who")) if opening is not None else None
    who = ctx.analysis.tokens_in(opening.start("who"), opening.end("who")) if opening is not None else []
    unnamed = bool(who) and not (told and told[0]) and not ctx.persons_in(
        opening.start("who"), opening.end("who")) and not any(
        t.lemma in data.lines("source_nouns") or t.lemma == "служба" for t in who)  # "руководитель Узбекистана"
    same = unnamed or bool(told and told[0] and {id(p) for p in told[0]} & {id(p) for p in speakers})  # "Как рассказал
    # Асадов, … , отметил Кубашев" frames no one's words; nor does "Как сообщили в пресс-службе"
    if opening is not None and same and opening.end() < start and not any(
            ctx.in_quote(s.start) or _attributed(ctx, s.start, s.stop) for s in inside if s.start >= opening.end()):
        start = opening.end()  # "Как рассказал руководитель Узбекистана, беседа была открытой … Тем более что …, отметил
        # глава Узбекистана": the paragraph his two attributions frame is his
    pieces = re.split(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”", text[start:comma])  # not "Иран – «наши общие партнеры …»"
    plain, pos = [], start
    for piece in pieces:
        i = text.find(piece, pos)
        plain.append((i, i + len(piece)))
        pos = i + len(piece)
    return (start, comma) if any(first_person(ctx, x, y) for x, y in plain if y > x) else None


def _finite(ctx: Context, a: int, b: int) -> bool:
    return any(t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin" for t in ctx.analysis.tokens_in(a, b))


def split_at_inner_attribution(ctx: Context, a: int, b: int, rule: str) -> Iterator[Found]:
    """"…, – отметил Лавров. – …" inside one pair of marks: two quotes of the speaker the attribution names."""
    text = ctx.analysis.text
    pos, cue = a, None
    while (inner := _INNER_ATTR.search(text, pos, b)) is not None:  # a dash aside with no verb of saying ("…, -
        cue = speech_verb_in(ctx, inner.start("attr"), inner.end("attr"), tail=True) or relaying_verb(
            ctx, inner.start("attr"), inner.end("attr"))  # всего того, чем мы будем заниматься, - сказал X. - …")
        if cue:
            break
        pos = inner.start("attr")
    if inner is None:
        return
    sp, how = attribution_speakers(ctx, inner.start("attr"), inner.end("attr"))
    if quoting(ctx, cue, inner.end("attr")):  # "- передает РИА Новости заявление Лаврова … -": Lavrov's words
        sp, how = quoted(ctx, cue.stop, inner.end("attr")) or ((), None)
    for x, y in ((a, inner.start() + 1), (inner.end(), b)):
        x, y = trim(text, x, y)
        if y - x > 1:
            yield Found(x, y, True, sp, rule, how, cue)

def cut_off(ctx: Context) -> Iterator[Found]:
    """A quotation opened at a paragraph's or a sentence's start (or after a colon) and cut off by the end of the
    text (an excerpt): the speaker is the one the narration just before named (business.com.tm: "Бердымухамедов
    отметил, что … ¶ «И это …")."""
    text = ctx.analysis.text
    # at a paragraph's start, or after a sentence or a colon (""…", - говорит Герцог. "Вы - …", "отметил: «Есть …")
    for m in re.finditer(r"(?:^|\n|[.!?:]\s)\s*([«„“\"])", text):
        i = m.start(1)
        if closing(text, i) is not None or any(c in text[i + 1:] for c in "«»„“”\""):
            continue
        a, b = trim(text, i + 1, min(x for x in page_ends(text) if x > i))
        pieces = list(split_at_inner_attribution(ctx, a, b, "cut_off"))
        if pieces:
            yield from pieces
            continue
        prev = [x for x in ctx.analysis.sentences if x.stop <= i][-1:]
        said = bool(prev) and speech_verb_in(ctx, prev[0].start, prev[0].stop) is not None and not _indefinite(
            ctx, prev[0])
        speaker = None
        if said and (found := ctx.resolve(prev[0].start, prev[0].stop, nominative=True)) and len(
                found[0]) == 1 and isinstance(found[0][0], Person) and found[1] == "name":
            speaker = found[0][0]  # "Об этом он заявил после встречи …" ¶ "«У нас состоялась …": its subject ("её
            # коллега Валентина Матвиенко подчеркнула …" ¶ "«Хорошо, что …": she, not the one "её" names)
        elif said:
            speaker = ctx.subject_before(i)  # the narration before introduced the speaker
        if prev and (asked := _one_asked(ctx, prev[0].start, prev[0].stop)) is not None:
            speaker = asked  # "журналисты спросили главу МИД: «…?»" ¶ "«Глава нашего государства …": the answer
        po = re.match(r"\s*По (его |ее |её |их )?словам ([^,]{2,80}),", prev[0].text) if prev else None
        if po:  # "По словам Абдылдаева, …" ¶ "«Была …": the one named there; "По словам экспертов": nobody
            found = None if po.group(1) else ctx.resolve(prev[0].start + po.start(2), prev[0].start + po.end(2))
            speaker = ctx.subject_before(i) if po.group(1) else (
                found[0][0] if found and len(found[0]) == 1 and isinstance(found[0][0], Person) else None)
        here = ctx.analysis.sentence_at(i)
        if here is not None and here.start < i and text[:i].rstrip().endswith(":") and speech_verb_in(
                ctx, here.start, i):  # "Головченко … отметил: «Есть …": the subject of this sentence
            found = nominative_speakers(ctx, here.start, i)[0]
            cue = speech_verb_in(ctx, here.start, i)
            verb = ctx.analysis.tokens_in(cue.start, cue.stop)[:1]
            if found and (len(found) == 1 or verb and verb[0].feat("Number") != "Plur"):
                speaker = min(found, key=lambda p: min(f.start for f in p.forms))  # a singular verb: one subject
        if speaker is None and prev and text[prev[0].start:i].rstrip().endswith(":") and len(
                prev[0].text.split()) <= 12 and not any(t.pos == "VERB" and t.feat("VerbForm") == "Fin"
                                                      for t in ctx.analysis.sentence_tokens(prev[0])):
            label = nominative_speakers(ctx, prev[0].start, prev[0].stop)[0]  # "Владимир Кухарев, председатель
            speaker = label[0] if len(label) == 1 else None  # Мингорисполкома:" ¶ "«Мы обсудили …" (a name label)
        line = text.rfind("\n", 0, i) + 1  # the label opens the quote's own line: "Михаил Мишустин, председатель
        if speaker is None and text[line:i].rstrip().endswith(":") and len(text[line:i].split()) <= 8 and not any(
                t.pos == "VERB" for t in ctx.analysis.tokens_in(line, i)):  # правительства РФ: «Вьетнам — …"
            label = nominative_speakers(ctx, line, i)[0]
            speaker = label[0] if len(label) == 1 else None
        if speaker is not None:
            b = _narration_resumes(ctx, a, b, speaker)
        if speaker is not None and len(text[a:b].split()) >= 3:
            yield Found(a, b, True, (speaker,), "cut_off", "narration", None)


def _indefinite(ctx: Context, sent) -> bool:
    """The sentence's verb of saying is a third person plural with no subject: nobody in particular says it
    ("Будущим гостям обещают сервис не хуже …" ¶ "«Хочу …": the quote after it has no stated speaker)."""
    cue = speech_verb_in(ctx, sent.start, sent.stop)
    toks = ctx.analysis.sentence_tokens(sent)
    k = next((n for n, t in enumerate(toks) if cue is not None and t.start == cue.start), None)
    if k is None:
        return False
    verb = toks[k]
    if verb.feat("Number") != "Plur" or verb.feat("Person") != "3" or verb.feat("VerbForm") != "Fin":
        return False
    from readout.nlp import agrees

    return not any(t.feat("Case") == "Nom" and t.pos in ("NOUN", "PROPN", "PRON") and agrees(t, verb) for t in toks)


def _one_asked(ctx: Context, a: int, b: int):
    """The one person a question of the sentence is put to ("журналисты спросили главу внешнеполитического
    ведомства: «…?»"): the object after a verb of asking (``lexicon: question_verb``), when the sentence ends on a
    question; else None."""
    from readout import data

    verb = next((t for t in ctx.analysis.tokens_in(a, b) if t.lemma in data.lexicon("question_verb")), None)
    if verb is None or "?" not in ctx.analysis.text[a:b]:
        return None
    colon = ctx.analysis.text.find(":", verb.stop, b)
    found = ctx.resolve(verb.stop, colon if colon > 0 else b)
    return found[0][0] if found and len(found[0]) == 1 and isinstance(found[0][0], Person) else None


def _narration_resumes(ctx: Context, a: int, b: int, speaker) -> int:
    """Where a quotation that is never closed gives way to narration: a later sentence in which the speaker, named
    in the nominative, says something in the past ("«Строительство дороги близится к завершению, продолжается … .
    Министр также подчеркнул значение …"); the quote ends before it (verelq.am)."""
    for s in ctx.analysis.sentences:
        if not a < s.start < b:
            continue
        cue = speech_verb_in(ctx, s.start, s.stop)
        verb = ctx.analysis.tokens_in(cue.start, cue.stop)[:1] if cue else []
        if not verb or verb[0].feat("Tense") != "Past" or first_person(ctx, s.start, cue.start):
            continue
        found = nominative_speakers(ctx, s.start, cue.start)[0]
        if speaker in found:
            return trim(ctx.analysis.text, a, s.start)[1]
    return b

def speech_goes_on(ctx: Context, end: int) -> int:
    """Where a speech that opened with a dash under "X сказал:" ends: it goes on over the paragraphs after it
    (president.az: "— Уважаемый Касым-Жомарт Кемелевич. ¶ Уважаемые гости. ¶ Еще раз приветствую Вас …") up to a
    paragraph that opens a new turn (a dash), introduces the next speaker (a colon at its end) or narrates (a verb in
    the past with no first person: "Затем состоялась церемония подписания документов")."""
    text = ctx.analysis.text
    pos = end
    while pos < len(text):
        nxt = text.find("\n", pos + 1)
        para_end = len(text) if nxt < 0 else nxt
        para = text[pos:para_end].strip()
        if para:
            a = text.find(para, pos)
            past = any(t.feat("Tense") == "Past" and t.pos == "VERB" for t in ctx.analysis.tokens_in(a, a + len(para)))
            if para[:1] in "‒–—―-" or para.endswith(":") or _COLON_DASH.match(para) or past and not first_person(
                    ctx, a, a + len(para)):  # "Президент Ильхам Алиев: — Уважаемый …": the next speaker's turn
                break  # "Затем состоялась церемония подписания": narration in the past, no "я/мы" of the speaker
            end = a + len(para)
        pos = para_end
    return end


_COLON_DASH = re.compile(r"(?m)^([^\n:«»\"]{5,160}):[ \t]*[‒–—―-][ \t]+(?=\S)([^\n]+)")


def colon_dash(ctx: Context) -> Iterator[Found]:
    """A paragraph that opens with a name label, a colon and a dash (president.az: "Президент Ильхам Алиев: —
    Уважаемый господин посол, …"): the labelled person's words, up to the paragraph's end."""
    text = ctx.analysis.text
    for m in _COLON_DASH.finditer(text):
        label = ctx.analysis.tokens_in(m.start(1), m.end(1))
        if len(m.group(1).split()) > 12 or any(t.pos == "VERB" and t.feat("VerbForm") == "Fin" for t in label):
            continue  # "Посол сказал: — …" is a verb's speech, which the dash rules read
        found = ctx.resolve(m.start(1), m.end(1), nominative=True)
        if found and len(found[0]) == 1 and isinstance(found[0][0], Person):
            a, b = trim(text, m.start(2), m.end(2))
            yield Found(a, b, True, found[0], "colon_dash", found[1], None)


def labelled_paragraph(ctx: Context) -> Iterator[Found]:
    """A paragraph in the first person under a name label with no quotation marks or dash, the layout of TV news
    pages (news.by, ont.by: "Александр Лукашенко, Президент Республики Беларусь: ¶ Мы, как и прежде, привержены
    …"): the labelled person's words, up to the paragraph's end."""
    text = ctx.analysis.text
    for m in re.finditer(r"(?m)^([^\n:«»\"]{5,160}):[ \t]*\n\s*\n?([^\n]+)", text):
        a, b = m.start(2), m.end(2)
        if text[a] in "«»\"“„‒–—―-" or len(m.group(1).split()) > 12 or not first_person(ctx, a, b):
            continue
        label = ctx.analysis.tokens_in(m.start(1), m.end(1))
        if any(t.pos == "VERB" and t.feat("VerbForm") == "Fin" for t in label):
            continue  # "Президент сказал:" introduces speech another rule reads
        found = ctx.resolve(m.start(1), m.end(1), nominative=True)
        if found and len(found[0]) == 1 and isinstance(found[0][0], Person):
            a, b = trim(text, a, b)
            yield Found(a, b, True, found[0], "labelled_paragraph", found[1], None)


def captioned_paragraph(ctx: Context) -> Iterator[Found]:
    """A paragraph in the first person with no marks, followed by a caption paragraph that names only its speaker, a
    pull quote's layout (zakon.kz: "Я приглашаю президента … на Чемпионат мира. … ¶ Эмир Катара"): the named
    person's words."""
    text = ctx.analysis.text
    for m in re.finditer(r"(?m)^([^\n«»\"]{20,})\n\s*\n([^\n.:!?«»\"]{3,60})[ \t]*$", text):
        a, b = m.start(1), m.end(1)
        if text[a] in "«»\"“„‒–—―-" or len(m.group(2).split()) > 5 or not first_person(ctx, a, b) or ctx.in_quote(a):
            continue
        caption = ctx.analysis.tokens_in(m.start(2), m.end(2))
        if any(t.pos in ("VERB", "AUX") for t in caption) or not m.group(2)[:1].isupper():
            continue
        found = ctx.resolve(m.start(2), m.end(2), nominative=True)
        if found and len(found[0]) == 1 and isinstance(found[0][0], Person):
            a, b = trim(text, a, b)
            yield Found(a, b, True, found[0], "captioned_paragraph", found[1], None)


_AFTER_BREAK = re.compile(r",[ \t]*\n\s*([а-яё][^.!?\n«]{3,160})")


def broken_attribution(ctx: Context, offset: int):
    """An attribution after a line break, the page having split the sentence ("…запрос на встречи»," ¶ "отметил
    Вячеслав Володин.", dumatv.ru): the match, when its first word is a verb of saying."""
    m = _AFTER_BREAK.match(ctx.analysis.text, offset)
    first = ctx.analysis.tokens_in(m.start(1), m.start(1) + 40)[:1] if m else []
    if not first or first[0].lemma not in speech_verbs() or first[0].pos != "VERB":
        return None
    start = ctx.analysis.text.rfind("\n", 0, offset) + 1  # the quoted words say something: not a document's title
    return m if any(t.pos in ("VERB", "AUX") for t in ctx.analysis.tokens_in(start, offset)) else None  # in a list


_SIGNED = re.compile(r"[.!?…]?[ \t]*[‒–—―-]?[ \t]*(?P<name>[А-ЯЁ][\w.-]+(?:\s+[А-ЯЁ][\w-]+){0,2})\.?[ \t]*(?:\n|$)")


def signature(ctx: Context, i: int, j: int):
    """A paragraph that is a quotation and then only its speaker's name ('"После этого я проинформировал союзников
    …". Дональд Трамп', zakon.kz): the person and the name's span, or None."""
    text = ctx.analysis.text
    m = _SIGNED.match(text, j + 1)
    if m is None or text[:i].rstrip(" \t")[-1:] not in ("", "\n") or not any(
            t.pos in ("VERB", "AUX") for t in ctx.analysis.tokens_in(i, j)):
        return None  # not a title and its author's byline
    named = ctx.persons_in(m.start("name"), m.end("name"))
    return (named[0], Span(m.start("name"), m.end("name"))) if len(named) == 1 else None
