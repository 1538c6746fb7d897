"""Direct and reported speech, each with its speaker.

Rules are small functions run in the order of ``RULES``; each yields ``Found`` items naming itself, so
``readout explain`` can say which rule found a quote and how its speaker was resolved. Direct speech is found
first; reported speech is looked for only outside it.

>>> from readout import read
>>> r = read("– Мы договорились удвоить товарооборот, – заявил Касым-Жомарт Токаев.", date="2025-10-21")
>>> [(q.text, q.speaker_name, q.rule) for q in r.quotes]
[('Мы договорились удвоить товарооборот', 'Касым-Жомарт Токаев', 'dash_paragraph')]
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from readout import data
from readout.extract.context import Context
from readout.extract.entities.persons import Person
from readout.extract.speech.base import (_OPEN_CLOSE, Found, bare_verb, closing, page_ends, past_dateline,
                                         speech_verb_in, speech_verbs, subject_in, trim)
from readout.extract.speech.fragments import fragments, opened_by_attribution
from readout.extract.speech.layouts import (attributed_paragraph, broken_attribution, captioned_paragraph, colon_dash,
                                            cut_off, editorial, first_person, labelled_paragraph, signature,
                                            speech_goes_on, split_at_inner_attribution)
from readout.extract.speech.narration import narration_subjects
from readout.extract.speech.relayed import quoted, quoting, relaying_verb
from readout.extract.speech.reported import reported_in_sentence
from readout.extract.speech.sources import attribution_speakers, nominative_speakers
from readout.extract.speech.headlines import head_end, headline, headline_repeat, repeated
from readout.extract.speech.transcripts import speech_heading, transcript_turn
from readout.model import Span

_DASH_PARA = re.compile(r"^\s*[‒–—―-]\s*")
# ", – заявил Касым-Жомарт Токаев." / ". – сказал он." at a paragraph's end or before the quote goes on

_ATTR = re.compile(r"(?P<punct>[,.!?…])\s*[‒–—―-]\s+(?P<attr>[^–—«»\n]{3,160}?)(?P<end>[.:]\s+[‒–—―-]\s+|[.!]?\s*$)")

_OB_ETOM = re.compile(r"(?:Как (?:сообщает|передает|передаёт|пишет) [^,]{2,40},\s*)?(?:[Оо]б этом\b|Так\s+(?=[а-яё]+л[аи]?\s)|"
                      r"Так(?:ой|ое|ую|ая|ие|им)\s+(?=(?:мнени|оценк|позици|заявлени|слов|данн|принцип|мысл|точк|"
                      r"прогноз|цифр|вывод)))")  # "Так заявил X"; "«…». Такой принцип … обозначил Лукашенко"


def dash_paragraph(ctx: Context) -> Iterator[Found]:
    """A paragraph opening with a dash is speech, up to ``, – заявил X.``; a narration break ``. – сказал он. –``
    splits it in two; with no attribution inside, the speaker comes from the narration next to it."""
    text = ctx.analysis.text
    interviewee = _interviewee(ctx)
    pos = 0
    for para in text.split("\n"):
        start, pos = pos, pos + len(para) + 1
        m = _DASH_PARA.match(para)
        if not m or not para[m.end():m.end() + 1].strip():
            continue
        body = start + m.end()
        pieces, cursor, attribution = [], body, None
        for am in _ATTR.finditer(text, body, start + len(para)):
            attr_a, attr_b = am.start("attr"), am.end("attr")
            if not speech_verb_in(ctx, attr_a, attr_b, tail=True):
                continue
            pieces.append((cursor, am.start("punct") + (am.group("punct") in "!?…")))
            attribution = (attr_a, attr_b)
            cursor = am.end()
            if am.group("end").strip() in ("", ".", "!"):
                break
        if not pieces:
            pieces.append((body, start + len(para)))
        elif cursor < start + len(para) and text[cursor:start + len(para)].strip():
            pieces.append((cursor, start + len(para)))
        if attribution:
            speakers, how = attribution_speakers(ctx, *attribution)
            cue = speech_verb_in(ctx, *attribution, tail=True)
        elif interviewee is not None:  # an interview: questions end in "?", the rest is the answer
            if text[body:start + len(para)].rstrip().endswith("?"):
                continue
            speakers, how, cue = (interviewee,), "interview", None
        elif (label := _label_above(ctx, start)) is not None and speech_verb_in(
                ctx, text[:start].rstrip().rfind("\n") + 1, start):  # "Президент Ильхам Алиев сказал: ¶ — Уважаемый
            speakers, how, cue = (label,), "narration", None  # Касым-Жомарт Кемелевич. ¶ Уважаемые гости. ¶ …"
            pieces = [(pieces[0][0], speech_goes_on(ctx, start + len(para)))]
        else:
            if not first_person(ctx, body, start + len(para)) or len(para.split()) < 4:
                # "- Лукашенко поблагодарил Трампа…", "- Автор": a bulleted line of narration, nobody's words
                ctx.reject("quotes", "dash_paragraph", body, start + len(para), "a bullet: no attribution, no 'я/мы'")
                continue
            p = _label_above(ctx, start) or ctx.subject_before(body)
            speakers, how, cue = ((p,), "narration", None) if p else ((), None, None)
        for a, b in pieces:
            a, b = trim(text, a, b)
            if b - a > 1:
                yield Found(a, b, True, speakers, "dash_paragraph", how, cue)

def _label_above(ctx: Context, start: int):
    """The person a short line ending in a colon right above the paragraph names ("Роман Головченко, премьер-министр
    Республики Беларусь: ¶ - Уважаемый …"): his name, before the title's holder of today."""
    text = ctx.analysis.text
    prev = text[:start].rstrip()
    line_start = prev.rfind("\n") + 1
    line, prev_end = prev[line_start:], len(prev)
    if not line.endswith(":") or len(line.split()) > 15:
        return None
    found = ctx.resolve(line_start, prev_end - 1, nominative=True)
    return found[0][0] if found and len(found[0]) == 1 else None


_INTERVIEW = re.compile(r"\b[Ии]нтервью\b")

def _interviewee(ctx: Context) -> Person | None:
    """The person an interview is with, named in its first lines: "Интервью Главы государства Касым-Жомарта
    Токаева газете «…»"."""
    text = ctx.analysis.text
    head = text[:300].split("\n\n", 1)[0]
    m = _INTERVIEW.search(head)
    if not m:
        return None
    stop = m.end() + 200
    named = ctx.persons_in(m.end(), min(stop, len(head)))
    if named:
        return named[0]
    res = ctx.resolve(m.end(), min(stop, len(head)))
    return res[0][0] if res and res[0] else None

# the attribution after a closing mark, up to the sentence's end; an initial's dot does not end it
_AFTER = re.compile(r"\s*,?\s*[‒–—―-]\s*((?:[А-ЯЁ]\.\s?|«[^«»\n]{1,40}»|[^.!?\n«]){3,160})")
# the attribution after a closing mark; a name in marks may stand in it ("— как передает «Арменпресс», со ссылкой
# на сообщение Аппарата вице-премьера, подчеркнул Тигран Хачатрян")


def quote_marks(ctx: Context) -> Iterator[Found]:
    """«…», „…“, “…”, "…" with a verb of saying before (``X заявил: «…»``) or after (``«…», – сказал X``)."""
    text = ctx.analysis.text
    i = 0
    while i < len(text):
        ch = text[i]
        if ch not in _OPEN_CLOSE:
            i += 1
            continue
        j = closing(text, i)
        if j is None:
            i += 1
            continue
        a, b = i + 1, j
        after = _AFTER.match(text, j + 1) or broken_attribution(ctx, j + 1)  # "», - сказал А.Лукашенко", "»,
        # -подчеркнул он", "»," ¶ "отметил Вячеслав Володин."
        before_colon = text[max(0, i - 200):i].rstrip()
        found = None
        if after and (cue := speech_verb_in(ctx, after.start(1), after.end(1), tail=True) or relaying_verb(
                ctx, after.start(1), after.end(1))) and (
                cue.start - after.start(1) <= 120):  # the verb opens a long attribution; a dash far before it is
            # a description ("«Академии русской музыки» – уникального коллектива, …")
            ctx.quoted.append((a, b))  # a name inside these very words is no antecedent of the attribution's
            sp, how = attribution_speakers(ctx, after.start(1), after.end(1))  # title: "«… с Владимиром Путиным
            ctx.quoted.remove((a, b))  # …», - пояснил президент" is the one who speaks of him
            verb = ctx.analysis.tokens_in(cue.start, cue.stop)[:1]
            if len(sp) > 1 and how == "name" and verb and verb[0].feat("Number") == "Sing":  # one subject: "—
                sp = sp[:1]  # отреагировала X на заявление депутата Y"
            if quoting(ctx, cue, after.end(1)):
                unnamed = ((), None) if re.search(r"\bслова\b", text[cue.stop:after.end(1)]) else (sp, how)
                sp, how = quoted(ctx, cue.stop, after.end(1)) or unnamed  # "…слова японского дипломата": nobody
            if how == "organization" and _bare_text_noun(ctx, after.start(1), after.end(1)) and _first_person_one(
                    ctx, a, b) and isinstance(last := ctx.subject_before(i), Person):
                sp, how = (last,), "message_sender"  # "«Убежден, что …», — говорится в заявлении": his words
            if not sp and not text[after.end(1):].strip() and len(text[cue.stop:after.end(1)].strip()) <= 4 and isinstance(
                    last := ctx.subject_before(i), Person):
                sp, how = (last,), "narration"  # "«…», — сказал бел" cut off by the excerpt: the one spoken of
            if not sp and _subjectless(ctx, verb, after.start(1), after.end(1)) and isinstance(
                    last := ctx.subject_before(i, {"Masc": "masc", "Fem": "femn"}.get(verb[0].feat("Gender"))), Person):
                sp, how = (last,), "narration"  # '"…", - сообщил о программе переговоров.': the one just named
            found = Found(a, b, True, sp, "quote_marks", how, cue)
        elif (signed := signature(ctx, i, j)) is not None:
            found = Found(a, b, True, (signed[0],), "quote_marks", "name", signed[1])  # '"…". Дональд Трамп'
        elif (inverted := _verb_after(ctx, j + 1)) is not None:
            # '"Надуманными и беспардонными" назвал сегодня заявления … глава МИД Сергей Лавров': the verb right
            # after the marks, its subject later in the sentence
            sent = ctx.analysis.sentence_at(inverted.start)
            sp, how = nominative_speakers(ctx, inverted.stop, sent.stop if sent else inverted.stop + 200)
            if sp:
                found = Found(a, b, True, sp[:1], "quote_marks", how, inverted)
        elif before_colon.endswith(":") or re.search(r"(?:^|\s|,)что$", before_colon):
            # "X заявил: «…»", and the quoted words of "X заявил, что «…»"
            sent = ctx.analysis.sentence_at(i - 1) or ctx.analysis.sentence_at(max(0, i - 2))
            sa = sent.start if sent else max(0, i - 200)
            cue = speech_verb_in(ctx, sa, i)
            sp, how = nominative_speakers(ctx, sa, i)
            if _asked(ctx, sa, i) and not subject_in(ctx, sa, i)[0]:
                sp, how = (), None  # "журналисты спросили главу МИД: «…?»": the one asked does not speak
            if cue and not sp and bare_verb(ctx, sa, cue.start) and (last := ctx.subject_before(sa)) is not None:
                sp, how = (last,), "narration"  # "Шава же благодарил за приглашение. И добавил: «…»"
            if cue or sp:
                found = Found(a, b, True, sp, "quote_marks" if cue else "colon", how, cue)
        if found is None:  # "«…, – отметил Лавров. – …»": the attribution inside the marks splits the quote
            pieces = list(split_at_inner_attribution(ctx, a, b, "quote_marks"))
            if pieces:
                yield from pieces
                i = j + 1
                continue
        if found and (len(text[a:b].split()) >= 3 or after is not None and found.cue is not None and text[
                a:a + 1].isupper() and re.search(r"(?:^|[.!?:\n])\s*$", text[max(0, i - 3):i]) and not re.search(
                r",\s*[‒–—―-]", after.group(1))):  # "«Рад
            # повидаться», — сказал министр" opening its sentence; not "подписал «Газпром», — сообщил министр"
            yield found
            i = j + 1
        else:
            i += 1

def _subjectless(ctx: Context, verb, a: int, b: int) -> bool:
    """The attribution is a singular past verb of saying with no subject at all ("– сообщил о программе
    переговоров"): a subject dropped, the one the narration just named."""
    if not verb or verb[0].feat("Number") != "Sing" or verb[0].feat("Tense") != "Past" or verb[0].feat(
            "Gender") not in ("Masc", "Fem") or verb[0].lemma in data.lexicon("impersonal_saying"):
        return False  # not "…", - говорилось в совместном заявлении
    return not any(t.feat("Case") == "Nom" and t.pos in ("NOUN", "PROPN", "PRON") or t.pos == "PROPN"
                   for t in ctx.analysis.tokens_in(a, b))


def _asked(ctx: Context, a: int, b: int) -> bool:
    """A verb of asking (``lexicon: question_verb``) introduces the words: its object is the one asked."""
    return any(t.lemma in data.lexicon("question_verb") and t.pos == "VERB" for t in ctx.analysis.tokens_in(a, b))


def _verb_after(ctx: Context, offset: int) -> Span | None:
    """A verb of saying as the first word after a closing mark, with no punctuation between ("«…» назвал …")."""
    text = ctx.analysis.text
    m = re.match(r" +([А-Яа-яЁё]+)", text[offset:offset + 40])
    if not m:
        return None
    toks = ctx.analysis.tokens_in(offset + m.start(1), offset + m.end(1))
    if re.match(r"\s*,?\s*что\b", text[offset + m.end(1):offset + m.end(1) + 12]):
        return None  # "Ранее «МК в Калининграде» сообщал, что …": the name in marks is the one who told
    if toks and toks[0].lemma in speech_verbs() and toks[0].pos == "VERB" and toks[0].feat("VerbForm") == "Fin":
        return Span(toks[0].start, toks[0].stop)
    return None

_STATEMENT = re.compile(
    r"(?:^|\s)(?:Заявление|Обращение)\s+(?P<who>[А-ЯЁ][^.!?\d«»]{3,100}?)\s+"
    r"\d{1,2}\s+[а-я]+\s+\d{4}\s+года(?:,?\s+\d{1,2}:\d{2})?\s+")


def statement(ctx: Context) -> Iterator[Found]:
    """A document that is one person's statement or address ("Заявление Президента Российской Федерации
    28 апреля 2025 года 09:00 …"): its body, up to the page footer, is their direct speech."""
    text = ctx.analysis.text
    m = _STATEMENT.search(text[:400])
    if not m:
        return
    speakers, how = attribution_speakers(ctx, m.start("who"), m.end("who"))
    if not speakers:
        return
    a, b = trim(text, m.end(), min(i for i in page_ends(text) if i > m.end()))
    if b - a > 20:
        yield Found(a, b, True, speakers, "statement", how, Span(m.start(), m.end("who")))

def reported(ctx: Context) -> Iterator[Found]:
    """A finite verb of saying with a person, role or pronoun as its subject: "X подчеркнул, что…",
    "Глава государства высказал признательность…". The quote runs from the verb to the sentence end."""
    sentences = ctx.analysis.sentences
    for n, sent in enumerate(sentences):
        if ctx.in_quote(sent.start) and ctx.in_quote(sent.stop - 1):
            continue
        m = _OB_ETOM.match(sent.text)
        verb = next((t for t in ctx.analysis.sentence_tokens(sent) if t.start >= sent.start + m.end()
                     and t.lemma in speech_verbs() and t.pos == "VERB" and t.feat("VerbForm") == "Fin"),
                    None) if m else None  # after "Как сообщает АЗЕРТАДЖ, об этом": the agency is no speaker
        if verb is not None and n:
            # "… Об этом заявил X", "Об этом глава правительства X заявил во время встречи": the sentence before is
            # what X said; a press service or a medium as the subject is the news's source, nobody's speech
            prev = sentences[n - 1]
            speakers, how = subject_in(ctx, sent.start + m.end(), sent.stop)
            if how == "name" and len(speakers) > 1:  # "Об этом сообщил Андрей Сибига на пресс-конференции с
                speakers = tuple(ctx.before_partner(list(speakers), sent.start + m.end(), sent.stop))  # коллегой …"
            if speakers and _own_doing(ctx, prev, speakers):
                continue  # "X встретился с Y. Об этом X написал в соцсети": the news's source, no speech
            if speakers and not ctx.in_quote(prev.start):
                a, b = trim(ctx.analysis.text, past_dateline(ctx.analysis.text, _paragraph_before(ctx, n)), prev.stop)
                b -= ctx.analysis.text[b - 1:b] == "."
                if len(speakers) == 1 and how != "organization":
                    ctx.note_subject(verb.start, speakers[0])  # "– заявил чиновник" after it is the same person
                if any(t.lemma in speech_verbs() and t.pos == "VERB" and t.feat("VerbForm") == "Fin" and {
                        id(p) for p in subject_in(ctx, prev.start, t.start)[0]} & {id(p) for p in speakers}
                       for t in ctx.analysis.tokens_in(prev.start, prev.stop)):
                    continue  # "X заверяет, что … . Об этом он заявил на совещании": X's words told already
                direct = how != "organization" and _own_first_person(ctx, a, b)  # "Мы считаем, что … Об этом
                # заявил X"; not "ситуация потребовала «от нас сверки часов»", a quoted fragment in narration
                text = ctx.analysis.text
                o = a - 1 if text[a - 1:a] in _OPEN_CLOSE else a
                if text[o:o + 1] in _OPEN_CLOSE and (c := closing(text, o)) is not None and c < b + 2 and not text[
                        c + 1:b].strip(" .!?"):  # "«… и после нее»." ¶ "Об этом сказала X": the whole paragraph in
                    a, b, direct = o + 1, c, True  # marks is her words
                if not direct:  # reported speech runs over its attribution, as "X подчеркнул, что …" does: "…
                    b = trim(text, a, sent.stop)[1]  # обсудили противодействие угрозам. Об этом X рассказал …"
                yield Found(a, b, direct, speakers, "ob_etom", how, Span(verb.start, verb.stop))
                continue
        yield from reported_in_sentence(ctx, sent)

def _own_doing(ctx: Context, prev, speakers) -> bool:
    """The sentence before tells what the speaker did, not what they said: "X встретился с Y. … об этом X написал
    в соцсети" (its first finite verb is past, no verb of saying, after X as its subject, in a sentence with an
    event cue of ``event_cues.tsv``): the source of the news, as "сообщила пресс-служба" is."""
    toks = ctx.analysis.sentence_tokens(prev)
    verb = next((t for t in toks if t.pos == "VERB" and t.feat("VerbForm") == "Fin"), None)
    if verb is None or verb.feat("Tense") != "Past" or verb.lemma in speech_verbs() or len(speakers) != 1:
        return False
    cues = {r["cue"] for r in data.tsv("event_cues") if " " not in r["cue"]}
    doing = verb.lemma in cues or verb.lemma in data.lexicon("place_verb") and any(t.lemma in cues for t in toks)
    return doing and speakers[0] in ctx.persons_in(prev.start, verb.start)  # not "X поручил … провести переговоры"


def _own_first_person(ctx: Context, a: int, b: int) -> bool:
    """First-person words outside any quoted fragment of ``[a, b)``, not the narrator's own "Отметим, что …"."""
    text = ctx.analysis.text
    if editorial(ctx, a, b):
        a = text.find(",", a, b) + 1 or a
    quoted = [(m.start(), m.end()) for m in re.finditer(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”", text[a:b])]
    pieces, pos = [], a
    for qa, qb in quoted:
        pieces.append((pos, a + qa))
        pos = a + qb
    pieces.append((pos, b))
    return any(first_person(ctx, x, y) for x, y in pieces if y > x)


def _paragraph_before(ctx: Context, n: int) -> int:
    """Where the words "Об этом сказал X" refer to begin: the whole paragraph before, when "Об этом" opens its
    own paragraph and that one holds no quotation marks and at most four sentences ("Для меня честь … Президент
    играет особую роль …¶Как сообщает АЗЕРТАДЖ, об этом сказал министр …"); else the sentence before."""
    sentences, text = ctx.analysis.sentences, ctx.analysis.text
    sent, prev = sentences[n], sentences[n - 1]
    if "\n" not in text[prev.stop:sent.start]:
        return prev.start
    start = text.rfind("\n", 0, prev.start) + 1
    inside = [s for s in sentences[:n] if s.start >= start]
    if len(inside) > 4 or any(ch in text[start:prev.stop] for ch in "«»\"“”") or any(
            ctx.in_quote(s.start) for s in inside):
        return prev.start
    first = prev.start  # back over the paragraph's sentences while each speaks in the first person
    for s in reversed(inside[:-1]):
        if not first_person(ctx, s.start, s.stop):
            break
        first = s.start
    return first


RULES: tuple[Callable[[Context], Iterator[Found]], ...] = (transcript_turn, speech_heading, dash_paragraph, quote_marks,
                                                          statement, headline, attributed_paragraph, cut_off,
                                                          labelled_paragraph, captioned_paragraph, colon_dash)


def find_quotes(ctx: Context) -> list[Found]:
    """Every quote of the document, in text order; speakers are the context's persons."""
    narration_subjects(ctx)
    found: list[Found] = []
    for rule in RULES:
        for f in rule(ctx):
            if any(f.start < g.stop and g.start < f.stop for g in found):
                continue
            found.append(f)
            ctx.quoted.append((f.start, f.stop))
    head = head_end(ctx)
    found = [f for f in found if not (f.rule == "headline" or f.stop <= head) or not repeated(ctx, f, found, head)]
    # a press release quoted by its service ("«…», – говорится в сообщении пресс-службы") is narration: the
    # reported speech inside it is the people's
    ctx.releases[:] = sorted((f.start, f.stop) for f in found if f.direct and f.speaker_rule == "organization")
    ctx.quoted[:] = [q for q in ctx.quoted if q not in ctx.releases]
    for f in found:  # "«…», — сказал он. По его словам, …": the last speaker is whom a later pronoun means
        people = [p for p in f.speakers if isinstance(p, Person)]
        if len(people) == 1 and len(f.speakers) == 1 and f.speaker_rule not in ("organization", "joint"):
            ctx.note_subject(f.cue.start if f.cue else f.stop, people[0])
    said = list(reported(ctx))
    ctx.quoted.extend(ctx.releases)
    said = [f for f in said if not headline_repeat(ctx, f, said + found, head)]
    opened = {id(f): q for f in said if (q := opened_by_attribution(ctx, f)) is not None}
    found.extend(opened.values())
    said = [f for f in said if id(f) not in opened and not any(q.start <= f.start < q.stop for q in opened.values())]
    found.extend(g for f in said for g in fragments(ctx, f))  # joint words are each speaker's (GUIDELINES)
    # "Как сообщает пресс-служба, «…»": the service is the source of the news, its quoted words are its own
    found.extend(f for f in said if not (f.rule in ("kak_skazal", "org_said") and f.speaker_rule == "organization"))
    return sorted(found, key=lambda f: f.start)

def _bare_text_noun(ctx: Context, a: int, b: int) -> bool:
    """The attribution names a text and no owner: "— говорится в заявлении" (``lexicon: text_noun``)."""
    toks = [t for t in ctx.analysis.tokens_in(a, b) if t.text[:1].isalnum()]
    return any(t.lemma in data.lexicon("text_noun") for t in toks) and all(
        t.lemma in data.lexicon("text_noun") or t.lemma in data.lexicon("impersonal_saying") or t.pos == "ADP"
        for t in toks)


def _first_person_one(ctx: Context, a: int, b: int) -> bool:
    """The quoted words speak as one person: "я", a verb in the first person singular, or a short singular
    adjective that opens them ("Убежден, что …", "Рада …")."""
    toks = [t for t in ctx.analysis.tokens_in(a, b) if t.text[:1].isalnum()]
    return any(t.lemma == "я" or t.feat("Person") == "1" and t.feat("Number") == "Sing" for t in toks) or bool(
        toks) and toks[0].feat("Variant") == "Short" and toks[0].feat("Number") == "Sing" and toks[0].pos in (
        "ADJ", "VERB")
