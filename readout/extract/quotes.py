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

import functools
import re
from dataclasses import dataclass
from typing import Callable, Iterator

from readout import data
from readout.extract.context import Context
from readout.extract.persons import Person
from readout.model import Span

DASH = "–—-"
_DASH_PARA = re.compile(r"^\s*[–—-]\s*")
# ", – заявил Касым-Жомарт Токаев." / ". – сказал он." at a paragraph's end or before the quote goes on
_ATTR = re.compile(r"(?P<punct>[,.!?…])\s*[–—-]\s+(?P<attr>[^–—«»\n]{3,160}?)(?P<end>[.:]\s+[–—-]\s+|[.!]?\s*$)")
_OB_ETOM = re.compile(r"Об этом\b")
_MESSAGES = {"поздравление", "послание", "обращение", "телеграмма", "письмо", "приветствие"}
_INNER_ATTR = re.compile(r"[,.!?…]\s*[–—-]\s+(?P<attr>[^–—«»\n]{3,120}?)[.,:]\s+[–—-]\s+")
_OPEN_CLOSE = {"«": "»", "„": "“", "“": "”", '"': '"'}


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    stop: int
    direct: bool
    speakers: tuple[Person, ...]
    rule: str
    speaker_rule: str | None
    cue: Span | None = None


@functools.cache
def speech_verbs() -> frozenset[str]:
    return frozenset(data.lines("speech_verbs"))


@functools.cache
def transcript_ends() -> tuple[str, ...]:
    return data.lines("transcript_ends")


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink ``[a, b)`` past spaces, dashes and quotation marks at either end."""
    junk = " \t\n" + DASH + "«»„“”\""
    while a < b and text[a] in junk:
        a += 1
    while b > a and text[b - 1] in junk + ",:":
        b -= 1
    return a, b


def _has_speech_verb(ctx: Context, a: int, b: int) -> Span | None:
    for t in ctx.analysis.tokens_in(a, b):
        if t.lemma in speech_verbs() and t.pos in ("VERB", "AUX"):
            return Span(t.start, t.stop)
    return None


@dataclass(frozen=True, slots=True)
class OrgSpeaker:
    """An organisation or its document as the speaker: "говорится в заявлении МИД России"."""

    name: str
    entity_id: str
    country: str | None = None


def org_speaker(ctx: Context, a: int, b: int) -> OrgSpeaker | None:
    from readout.extract.names import nominative, org_spans

    for start, stop in org_spans(ctx.analysis):
        if a <= start and stop <= b:
            name = nominative(ctx.analysis.text[start:stop])
            return OrgSpeaker(name, f"organization:{name}")
    return None


_TEXT_NOUNS = {"сообщение", "заявление", "релиз"}


def source_speaker(ctx: Context, a: int, b: int) -> OrgSpeaker | None:
    """The institution an attribution names as the source ("– говорится в сообщении пресс-службы президента",
    "– пояснили в правительстве РФ"); a bare "в сообщении" is the last source the text named before ("Акорда
    информирует…")."""
    nouns = set(data.lines("source_nouns"))
    toks = [t for t in ctx.analysis.tokens_in(a, b) if t.lemma in nouns]
    named = [t for t in toks if t.lemma not in _TEXT_NOUNS]
    if toks and not named:  # "говорится в сообщении": whose?
        named = [t for t in ctx.analysis.tokens_in(max(0, a - 3000), a) if t.lemma in nouns - _TEXT_NOUNS][-1:]
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
    head = words[0] if words[0].isupper() or words[0][:1].isupper() and named[0].feat("Case") == "Nom" else named[0].lemma
    # "МИД" and a nominative "Акорда" stay as written; "пресс-службе" → "пресс-служба"
    name = " ".join([head[:1].upper() + head[1:] if words[0][:1].isupper() else head] + words[1:])
    return OrgSpeaker(name, f"organization:{name}")


def _subject(ctx: Context, a: int, b: int) -> tuple[tuple, str | None]:
    """The speaker of "X, приветствуя Y, сказал: «…»": the nominative subject before the colon, not the object."""
    from readout.extract.speech import _resolve

    found = _resolve(ctx, a, b)
    return found if found[0] else _speakers(ctx, a, b)


def _speakers(ctx: Context, a: int, b: int) -> tuple[tuple[Person, ...], str | None]:
    """The speaker an attribution names: a person in the nominative first ("– заявил Токаев", "– сказал он"), then
    an institution as the source ("– говорится в сообщении пресс-службы президента": the press service, not the
    president), then any person, role or organisation."""
    from readout.extract.speech import _resolve

    found = _resolve(ctx, a, b)
    if found[0]:
        return found
    source = source_speaker(ctx, a, b)
    if source:
        return (source,), "organization"
    res = ctx.resolve(a, b)
    if res is None:
        org = org_speaker(ctx, a, b)
        if org:
            return (org,), "organization"
        if any(t.lemma in _MESSAGES for t in ctx.analysis.tokens_in(a, b)):
            sender = ctx.subject_before(a)  # "В поздравлении говорится: «…»": whoever sent it
            return ((sender,), "message_sender") if sender else ((), None)
        return (), None
    return tuple(res[0]), res[1]


# ---- rules --------------------------------------------------------------------------------------------------
def _page_ends(text: str) -> list[int]:
    """Where speech must stop in a scraped page: the end markers, the footer, the end of the text."""
    from readout.extract.clutter import find_footer

    footer = find_footer(text)
    return [i for end in transcript_ends() for i in _all(text, end)] + ([footer] if footer is not None else []) + [
        len(text)]


def _all(text: str, needle: str) -> Iterator[int]:
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)


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
            if not _has_speech_verb(ctx, attr_a, attr_b):
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
            speakers, how = _speakers(ctx, *attribution)
            cue = _has_speech_verb(ctx, *attribution)
        elif interviewee is not None:  # an interview: questions end in "?", the rest is the answer
            if text[body:start + len(para)].rstrip().endswith("?"):
                continue
            speakers, how, cue = (interviewee,), "interview", None
        else:
            p = ctx.subject_before(body)
            speakers, how, cue = ((p,), "narration", None) if p else ((), None, None)
        for a, b in pieces:
            a, b = _trim(text, a, b)
            if b - a > 1:
                yield Found(a, b, True, speakers, "dash_paragraph", how, cue)


_TAIL_ATTR = re.compile(r"(?P<punct>[,.!?…])?\s+[–—-]\s+(?P<attr>[^–—«»\n]{3,120}?)\.?\s*$")


def attributed_paragraph(ctx: Context) -> Iterator[Found]:
    """A paragraph of first-person speech with no opening dash or marks, closed by its attribution (unn.ua:
    "Позиции у нас совпадают – … Спасибо за поддержку - отметил Глава государства.")."""
    text = ctx.analysis.text
    pos = 0
    for para in text.split("\n"):
        start, pos = pos, pos + len(para) + 1
        body = para.strip()
        if not body or body[0] in DASH + "«„“\"" or len(body.split()) < 5:
            continue
        m = _TAIL_ATTR.search(para)
        if not m:
            continue
        a_attr, b_attr = start + m.start("attr"), start + m.end("attr")
        cue = _has_speech_verb(ctx, a_attr, b_attr)
        if cue is None or cue.start - a_attr > 2 or not _first_person(ctx, start, start + m.start()):
            continue  # the verb opens the attribution ("- отметил X"), and the words are someone's own
        speakers, how = _speakers(ctx, a_attr, b_attr)
        a, b = _trim(text, start, start + m.start())
        if speakers and b - a > 1:
            yield Found(a, b, True, speakers, "attributed_paragraph", how, cue)


def _first_person(ctx: Context, a: int, b: int) -> bool:
    """The words speak in the first or second person: "мы", "наш", "я", "вы", or a verb in those persons."""
    return any(t.lemma in ("я", "мы", "наш", "мой", "вы", "ваш") or t.feat("Person") in ("1", "2")
               for t in ctx.analysis.tokens_in(a, b))


def _split_at_inner_attribution(ctx: Context, a: int, b: int, rule: str) -> Iterator[Found]:
    """"…, – отметил Лавров. – …" inside one pair of marks: two quotes of the speaker the attribution names."""
    text = ctx.analysis.text
    inner = _INNER_ATTR.search(text, a, b)
    if not inner or not (cue := _has_speech_verb(ctx, inner.start("attr"), inner.end("attr"))):
        return
    sp, how = _speakers(ctx, inner.start("attr"), inner.end("attr"))
    for x, y in ((a, inner.start() + 1), (inner.end(), b)):
        x, y = _trim(text, x, y)
        if y - x > 1:
            yield Found(x, y, True, sp, rule, how, cue)


def cut_off(ctx: Context) -> Iterator[Found]:
    """A quotation opened at a paragraph's start and cut off by the end of the text (an excerpt): the speaker is
    the one the narration just before named (business.com.tm: "Бердымухамедов отметил, что … ¶ «И это …")."""
    text = ctx.analysis.text
    for m in re.finditer(r"(?:^|\n)\s*([«„“])", text):
        i = m.start(1)
        if _closing(text, i) is not None or any(c in text[i + 1:] for c in "«»„“”"):
            continue
        a, b = _trim(text, i + 1, min(x for x in _page_ends(text) if x > i))
        pieces = list(_split_at_inner_attribution(ctx, a, b, "cut_off"))
        if pieces:
            yield from pieces
            continue
        prev = [x for x in ctx.analysis.sentences if x.stop <= i][-1:]
        said = bool(prev) and _has_speech_verb(ctx, prev[0].start, prev[0].stop) is not None
        speaker = ctx.subject_before(i) if said else None  # the narration before introduced the speaker
        if speaker is not None and len(text[a:b].split()) >= 3:
            yield Found(a, b, True, (speaker,), "cut_off", "narration", None)


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


def quote_marks(ctx: Context) -> Iterator[Found]:
    """«…», „…“, “…”, "…" with a verb of saying before (``X заявил: «…»``) or after (``«…», – сказал X``)."""
    text = ctx.analysis.text
    i = 0
    while i < len(text):
        ch = text[i]
        if ch not in _OPEN_CLOSE:
            i += 1
            continue
        j = _closing(text, i)
        if j is None:
            i += 1
            continue
        a, b = i + 1, j
        after = re.match(r"\s*,?\s*[–—-]\s+([^.!?\n«]{3,120})", text[j + 1:])
        before_colon = text[max(0, i - 200):i].rstrip()
        found = None
        if after and (cue := _has_speech_verb(ctx, j + 1 + after.start(1), j + 1 + after.end(1))):
            sp, how = _speakers(ctx, j + 1 + after.start(1), j + 1 + after.end(1))
            found = Found(a, b, True, sp, "quote_marks", how, cue)
        elif before_colon.endswith(":") or re.search(r"(?:^|\s|,)что$", before_colon):
            # "X заявил: «…»", and the quoted words of "X заявил, что «…»"
            sent = ctx.analysis.sentence_at(i - 1) or ctx.analysis.sentence_at(max(0, i - 2))
            sa = sent.start if sent else max(0, i - 200)
            cue = _has_speech_verb(ctx, sa, i)
            sp, how = _subject(ctx, sa, i)
            if cue or sp:
                found = Found(a, b, True, sp, "quote_marks" if cue else "colon", how, cue)
        if found is None:  # "«…, – отметил Лавров. – …»": the attribution inside the marks splits the quote
            pieces = list(_split_at_inner_attribution(ctx, a, b, "quote_marks"))
            if pieces:
                yield from pieces
                i = j + 1
                continue
        if found and len(text[a:b].split()) >= 3:
            yield found
            i = j + 1
        else:
            i += 1


def _closing(text: str, i: int) -> int | None:
    """The matching close of the quotation mark at ``i``, allowing one level of nesting."""
    open_, close = text[i], _OPEN_CLOSE[text[i]]
    depth, k = 0, i + 1
    limit = min(len(text), i + 5000)
    while k < limit:
        c = text[k]
        if c == close and (open_ != close or depth == 0):
            if depth == 0:
                return k
            depth -= 1
        elif c == open_ and open_ != close:
            depth += 1
        elif c == "\n" and open_ == '"':
            return None
        k += 1
    return None


_HEADLINE = re.compile(r"^(?P<who>[А-ЯЁ][\w.-]+(?:\s[А-ЯЁ][\w-]+){0,2}):\s+(?P<quote>\S.{10,})$")


def headline(ctx: Context) -> Iterator[Found]:
    """A headline "Токаев: Казахстан готов к сотрудничеству": the speaker's words in the first line. The body
    usually repeats them; then the headline is not a quote a second time (see :func:`find_quotes`)."""
    text = ctx.analysis.text
    first = text.split("\n", 1)[0]
    m = _HEADLINE.match(first)
    if not m:
        return
    speakers, how = _speakers(ctx, m.start("who"), m.end("who"))
    if not speakers:
        person = ctx.person_by_surname(m.group("who").split()[-1])
        speakers, how = ((person,), "name") if person else ((), None)
    if speakers:
        a, b = _trim(text, m.start("quote"), m.end("quote"))
        yield Found(a, b, True, speakers, "headline", how, Span(m.start("who"), m.end("who")))


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
    speakers, how = _speakers(ctx, m.start("who"), m.end("who"))
    if not speakers:
        return
    a, b = _trim(text, m.end(), min(i for i in _page_ends(text) if i > m.end()))
    if b - a > 20:
        yield Found(a, b, True, speakers, "statement", how, Span(m.start(), m.end("who")))


def reported(ctx: Context) -> Iterator[Found]:
    """A finite verb of saying with a person, role or pronoun as its subject: "X подчеркнул, что…",
    "Глава государства высказал признательность…". The quote runs from the verb to the sentence end."""
    from readout.extract.speech import reported_in_sentence

    sentences = ctx.analysis.sentences
    for n, sent in enumerate(sentences):
        if ctx.in_quote(sent.start) and ctx.in_quote(sent.stop - 1):
            continue
        m = _OB_ETOM.match(sent.text)
        verb = next((t for t in ctx.analysis.sentence_tokens(sent) if t.lemma in speech_verbs()
                     and t.pos == "VERB" and t.feat("VerbForm") == "Fin"), None) if m else None
        if verb is not None and n:
            # "… Об этом заявил X", "Об этом глава правительства X заявил во время встречи": the sentence before is
            # what X said; a press service or a medium as the subject is the news's source, nobody's speech
            prev = sentences[n - 1]
            from readout.extract.speech import _resolve

            speakers, how = _resolve(ctx, sent.start + 8, sent.stop)
            if speakers and not ctx.in_quote(prev.start):
                a, b = _trim(ctx.analysis.text, prev.start, prev.stop)
                b -= ctx.analysis.text[b - 1:b] == "."
                yield Found(a, b, False, speakers, "ob_etom", how, Span(verb.start, verb.stop))
                continue
        yield from reported_in_sentence(ctx, sent)


from readout.extract.transcripts import transcript_turn  # noqa: E402 (it builds on the helpers above)

RULES: tuple[Callable[[Context], Iterator[Found]], ...] = (transcript_turn, dash_paragraph, quote_marks, statement,
                                                          headline, attributed_paragraph, cut_off)


def find_quotes(ctx: Context) -> list[Found]:
    """Every quote of the document, in text order; speakers are the context's persons."""
    from readout.extract.speech import narration_subjects

    narration_subjects(ctx)
    found: list[Found] = []
    for rule in RULES:
        for f in rule(ctx):
            if any(f.start < g.stop and g.start < f.stop for g in found):
                continue
            found.append(f)
            ctx.quoted.append((f.start, f.stop))
    found = [f for f in found if f.rule != "headline" or not _repeated(ctx, f, found)]
    said = list(reported(ctx))
    found.extend(said)
    found.extend(g for f in said for g in fragments(ctx, f))
    return sorted(found, key=lambda f: f.start)


def fragments(ctx: Context, item: Found) -> Iterator[Found]:
    """The speaker's own words quoted inside reported speech ("назвал Казахстан «самым близким партнером»"): a
    direct quote of the same speaker. A quoted name ("саммит «Россия — Центральная Азия»") starts with a capital
    and is no quote."""
    text = ctx.analysis.text
    i = item.start
    while i < item.stop:
        if text[i] in _OPEN_CLOSE and (j := _closing(text, i)) is not None and j <= item.stop:
            a, b = _trim(text, i + 1, j)
            if b > a and text[a].islower() and not ctx.in_quote(a):
                yield Found(a, b, True, item.speakers, "fragment", item.speaker_rule, item.cue)
            i = j + 1
        else:
            i += 1


def _repeated(ctx: Context, head: Found, found: list[Found]) -> bool:
    """The headline's words stand in a quote of the body too (most of them)."""
    words = set(re.findall(r"\w+", ctx.analysis.text[head.start:head.stop].lower()))
    for f in found:
        if f is not head:
            body = set(re.findall(r"\w+", ctx.analysis.text[f.start:f.stop].lower()))
            if words and len(words & body) >= 0.8 * len(words):
                return True
    return False
