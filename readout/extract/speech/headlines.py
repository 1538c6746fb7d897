"""Headlines: a headline "Токаев: Казахстан готов к сотрудничеству" as the speaker's words, and the headline
block (the first line and a subtitle under it) whose speech the body tells again, which is no quote or report of
its own (GUIDELINES: headlines)."""
from __future__ import annotations

import re
from typing import Iterator

from readout.extract.context import Context
from readout.extract.speech.base import Found, trim
from readout.extract.speech.sources import attribution_speakers
from readout.model import Span

_HEADLINE = re.compile(r"^(?P<who>[А-ЯЁ][\w.-]+(?:\s[А-ЯЁ][\w-]+){0,2}):\s+(?P<quote>\S.{10,})$")

def headline(ctx: Context) -> Iterator[Found]:
    """A headline "Токаев: Казахстан готов к сотрудничеству": the speaker's words in the first line. The body
    usually repeats them; then the headline is not a quote a second time (see :func:`find_quotes`)."""
    text = ctx.analysis.text
    first = text.split("\n", 1)[0]
    m = _HEADLINE.match(first)
    if not m or not (m.group("quote").lstrip().startswith(("«", '"', "“", "„")) or _first_person(m.group("quote"))):
        return  # "Ушаков: Разговор был полезным" is the editor's paraphrase, no quote (GUIDELINES: headlines)
    speakers, how = attribution_speakers(ctx, m.start("who"), m.end("who"))
    if not speakers:
        person = ctx.person_by_surname(m.group("who").split()[-1])
        speakers, how = ((person,), "name") if person else ((), None)
    if speakers:
        a, b = trim(text, m.start("quote"), m.end("quote"))
        yield Found(a, b, True, speakers, "headline", how, Span(m.start("who"), m.end("who")))

_FIRST_PERSON = re.compile(r"(?i)(?<![а-яё])(?:я|мы|мне|меня|нам|нас|наш[а-я]*|мой|моя|мое|моё|мои)(?![а-яё])")


def _first_person(text: str) -> bool:
    """The words are the speaker's own ("Токаев: Мы рады сотрудничеству"), not an editor's paraphrase."""
    return bool(_FIRST_PERSON.search(text))

def repeated(ctx: Context, head: Found, found: list[Found], end: int = -1) -> bool:
    """The headline's words stand in a quote or report of the body too (most of them, by their stems), or word for
    word in the body's narration ("М. Асрори: «Принятие Закона …» является историческим" over "… отметил важным документом принятие
    Закона …")."""
    if end >= 0 and _told_in_body(ctx, head, end):
        return True
    words = _stems(ctx.analysis.text[head.start:head.stop])
    for f in found:
        if f is not head:
            body = _stems(ctx.analysis.text[f.start:f.stop])
            if words and len(words & body) >= 0.8 * len(words):
                return True
    sents = ctx.analysis.sentences
    return end >= 0 and len(words) >= 4 and any(  # a body sentence of the speaker says it: "Перед делегациями …
        sent.start >= end and len(words & _stems(ctx.analysis.text[sent.start:sent.stop])) >= 0.8 * len(words)
        and _names(head, sent.start, sents[n + 1].stop if n + 1 < len(sents) else sent.stop)  # стоит задача
        for n, sent in enumerate(sents))  # наполнить … проекты …. Об этом заявил X" under "X: наша задача – …"


def _names(head: Found, a: int, b: int) -> bool:
    return any(a <= f.start < b for p in head.speakers for f in getattr(p, "forms", ()))


def _stems(text: str) -> set[str]:
    """Words cut to five letters, so that a word's forms and near kin meet ("конкретикой", "конкретным")."""
    return {w[:5] for w in re.findall(r"\w+", text.lower())}


def _told_in_body(ctx: Context, head: Found, end: int) -> bool:
    """The headline's quoted words stand word for word in a body sentence that names its speaker."""
    text = ctx.analysis.text
    quoted = " ".join(text[head.start:head.stop].lower().split())
    if len(quoted.split()) <= 3:
        return False
    for sent in ctx.analysis.sentences:
        if sent.start >= end and quoted in " ".join(text[sent.start:sent.stop].lower().split()) and any(
                sent.start <= f.start < sent.stop for p in head.speakers for f in getattr(p, "forms", ())):
            return True
    return False


def head_end(ctx: Context) -> int:
    """Where the headline block ends: the first line, and a subtitle under it, a short paragraph with no full stop
    at its end ("По словам руководителя российской дипломатии, он рассчитывает …"); -1 when the first line is a
    sentence of the body."""
    text = ctx.analysis.text
    end = text.find("\n")
    if end < 0 or text[:end].rstrip().endswith((".", "!", "?")) or not text[end:].strip():
        return -1
    m = re.match(r"\s*\n([^\n]{20,300})\n", text[end:])
    if m and len(m.group(1).split()) <= 40 and text[end + m.end():].strip() and (
            not m.group(1).rstrip().endswith((".", "!", "?", ":")) or _lead_told_again(m.group(1), text[end + m.end():])):
        return end + m.end(1)
    return end


def _lead_told_again(sub: str, body: str) -> bool:
    """A one-sentence subtitle that a paragraph of the body tells again in most of its words ("Собеседники дали
    высокую оценку динамике …" over "Политики дали высокую оценку динамике …", vecher.kz)."""
    if re.search(r"[.!?]\s", sub.strip()):
        return False
    words = set(re.findall(r"\w{3,}", sub.lower()))
    return len(words) >= 4 and any(len(words & set(re.findall(r"\w{3,}", para.lower()))) >= 0.8 * len(words)
                                   for para in body.split("\n") if para.strip())


def headline_repeat(ctx: Context, f: Found, said: list[Found], end: int) -> bool:
    """Reported speech in the headline that the body tells again, by the same speakers with most of its words
    ("Лукашенко и Си Цзиньпин подтвердили особый характер отношений" over the lead's "… подтвердили всепогодный и
    стратегический характер отношений"): the headline is no report of its own (GUIDELINES: headlines)."""
    text = ctx.analysis.text
    if end < 0 or f.stop > end:
        return False
    if any(len(q.split()) > 1 and q in text[end:] for q in re.findall(r"«([^«»]+)»", text[f.start:f.stop + 1])):
        return True  # its quoted words stand in the body: "… определить со своим визави «параметры нашей работы»"
    words = set(re.findall(r"\w{3,}", text[f.start:f.stop].lower()))
    people = {p.name for p in f.speakers}
    for g in said:
        if g.start > end and people & {p.name for p in g.speakers}:
            body = set(re.findall(r"\w{3,}", text[g.start:g.stop].lower()))
            if words and len(words & body) >= 0.5 * len(words):
                return True
    return False
