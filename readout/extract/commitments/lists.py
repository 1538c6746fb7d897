"""Lists of signed documents: numbered items after "Список документов, подписанных …: 1. … 2. …", and bulleted
items after a signing sentence that ends in a colon ("Также были подписаны: ¶ - межправительственное соглашение …;
¶ - протокол …"), one ``signed`` commitment an item, binding the sides of the talks.

>>> from readout import read
>>> text = ("Шавкат Мирзиёев и Садыр Жапаров провели переговоры. Также были подписаны:\\n\\n- соглашение о "
...         "торговле;\\n\\n- протокол о сотрудничестве.")
>>> [(c.kind, c.text) for c in read(text, date="2024-07-19").commitments]
[('signed', 'соглашение о торговле'), ('signed', 'протокол о сотрудничестве')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from readout.extract.commitments.build import make_commitment, trim_end
from readout.extract.context import Context
from readout.model import Commitment, Span

_ITEM = re.compile(r"(?:(?<=\s)|^)(\d{1,2})\.\s+(?=[А-ЯЁ])")
_BULLET = re.compile(r"\n(?:[ \t]*\n)*[ \t]*(?:[-–—•]|\d{1,2}[.)])[ \t]+(?P<item>[^\n]+)")  # blank lines between
# items or not; a dash, a bullet or a number ("подписали следующие документы: ¶ 1. Решение …;")
_SIGNING = ("подписать", "подписанный", "заключить", "утвердить")


def _both_sides(ctx: Context, c: Commitment) -> Commitment:
    # a document signed at the talks binds their sides, whoever of each side signs it ("Роскосмос")
    from readout.extract.commitments.sides import participant_states

    return replace(c, parties=tuple(dict.fromkeys(c.parties + tuple(participant_states(ctx)))))


def signed_list(ctx: Context) -> list[Commitment]:
    """Items of "Список документов, подписанных …: 1. … 2. …" as signed documents."""
    text = ctx.analysis.text
    out = []
    for head in list_heads(ctx):
        items = [m for m in _ITEM.finditer(text, head.end())]
        expected = 1
        run = []
        for m in items:
            if int(m.group(1)) == expected:
                run.append(m)
                expected += 1
        for i, m in enumerate(run):
            if any(c.start == m.end() for c in out):  # two headings before one list
                continue
            a = m.end()
            b = run[i + 1].start() if i + 1 < len(run) else _list_end(text, a)
            b = trim_end(text, a, b)
            out.append(_both_sides(ctx, make_commitment(ctx, a, b, "signed", "signed_list",
                                                        Span(head.start(), head.end()))))
    return out


@dataclass(frozen=True, slots=True)
class _Head:
    a: int
    b: int

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


def list_heads(ctx: Context) -> list[_Head]:
    """Headings of lists of signed documents: "Список документов, подписанных …", "Документы, подписанные и
    утверждённые в ходе визита": a document word and a signing word within a few words of each other."""
    heads = []
    toks = ctx.analysis.tokens
    for i, t in enumerate(toks):
        if t.lemma in ("документ", "соглашение") and t.text[:1].isupper() or (t.lemma == "документ" and i and
                                                                                toks[i - 1].lemma == "список"):
            window = toks[i:i + 5]
            sign = next((x for x in window if x.lemma in ("подписать", "подписанный", "утвердить")), None)
            if sign is not None:
                start = toks[i - 1].start if i and toks[i - 1].lemma == "список" else t.start
                heads.append(_Head(start, sign.stop))
    return heads


def _list_end(text: str, a: int) -> int:
    m = re.search(r"\.\s+(?=[А-ЯЁ][а-яё]+\s+[А-ЯЁа-яё])|\n|$", text[a:])
    return min(len(text), a + (m.start() + 1 if m else len(text) - a))


def bulleted_lists(ctx: Context) -> tuple[list[Commitment], list[tuple[int, int]]]:
    """The items of bulleted lists whose heading sentence signs or decides and ends in a colon ("Также были
    подписаны:", "были приняты следующие решения:"), and the headings' spans (their sentences are no commitments of
    their own)."""
    text = ctx.analysis.text
    out, heads = [], []
    for n, sent in enumerate(ctx.analysis.sentences):
        if not sent.text.rstrip().endswith(":"):
            continue
        toks = ctx.analysis.sentence_tokens(sent)
        among = bool(n) and _among_them(toks)
        signed_among = _among_the_signed(toks)
        if among:  # "Путин и Си подписали 28 документов. Среди них:": the sentence before signs
            toks = ctx.analysis.sentence_tokens(ctx.analysis.sentences[n - 1]) + toks
        future = any(t.lemma == "быть" and t.text.lower().startswith("буд") for t in toks)  # "будут подписаны:"
        kind = None if future else "signed" if signed_among or any(t.lemma in _SIGNING and _signs(t) for t in toks) \
            else "agreement" if _decides(toks) else None
        if _earlier(toks):
            kind = None  # "Ранее, в 2022 году, были достигнуты договоренности:": background, not this meeting's
        if kind is None:
            continue  # "подписали следующие документы:", "Также были подписаны:"; not "планируется подписать
            # следующие документы:" (a plan) nor "Подписанное соглашение предусматривает:" (its provisions)
        pos, items = sent.stop, []
        while (m := _BULLET.match(text, pos)) is not None:
            items.append((m.start("item"), m.end("item")))
            pos = m.end()
        if among or signed_among:
            items = [(a, b) for a, b in items if _document_at(ctx, a)]  # not "- министр энергетики России;"
        if not items:
            continue
        heads.append((sent.start, sent.stop))
        for a, b in items:
            b = trim_end(text, a, b)
            if b > a:
                out.append(_both_sides(ctx, make_commitment(ctx, a, b, kind, "signed_list" if kind == "signed"
                                                            else "decision_list", Span(sent.start, sent.stop))))
    inline, inline_heads = _among_signed(ctx)
    return out + inline, heads + inline_heads


_AMONG = re.compile(r"[ \t]*Среди\s+(?:них|подписанных\s[^–—\n-]{0,60}?)\s+[-–—]\s+")
_ITEM_SPLIT = re.compile(r",\s+а\s+также\s+|,\s+(?=(?:меморандум|соглашени|протокол|договор|МоВ)\w*)", re.IGNORECASE)


def _among_signed(ctx: Context) -> tuple[list[Commitment], list[tuple[int, int]]]:
    """Documents told inline after a dash: "Среди подписанных ключевых соглашений - Меморандум о …, а также МоВ …",
    "Среди них - соглашение о …, меморандум о …" after a sentence that signs; one ``signed`` commitment a document,
    and the sentences (no commitments of their own)."""
    text = ctx.analysis.text
    out, heads = [], []
    for n, sent in enumerate(ctx.analysis.sentences):
        m = _AMONG.match(text, sent.start)
        if m is None:
            continue
        if text[m.start():m.end()].split()[1] == "них" and not (n and (heads and heads[-1][1] >= ctx.analysis.sentences[
                n - 1].start or _signing_sentence(ctx.analysis.sentence_tokens(ctx.analysis.sentences[n - 1])))):
            continue  # "Среди них - …" only after a sentence that signs or lists what was signed
        a = m.end()
        if not _document_at(ctx, a):
            continue  # "Среди них - главы МИД …", "энергетика, транспорт": no documents
        told = ctx.analysis.sentence_tokens(sent) + (ctx.analysis.sentence_tokens(ctx.analysis.sentences[n - 1]) if n
                                                     else [])
        if _earlier(told):
            continue  # "Среди подписанных в 2023 году документов – …", "в 2022 году подписали 20 документов. Среди них – …"
        heads.append((sent.start, sent.stop))
        for piece in _ITEM_SPLIT.split(text[a:sent.stop]):
            start = text.find(piece, a)
            b = trim_end(text, start, start + len(piece))
            if b - start > 10 and _document_at(ctx, start):
                out.append(_both_sides(ctx, make_commitment(ctx, start, b, "signed", "signed_list",
                                                            Span(sent.start, m.end()))))
            a = start + len(piece)
    return out, heads


def _earlier(toks) -> bool:
    """Told of an earlier time: "ранее", "прошлый", or a year named ("в 2022 году подписали …")."""
    return any(t.lemma in ("ранее", "прошлый") for t in toks) or any(re.fullmatch(r"(19|20)\d\d", t.text) for t in toks)


def _signing_sentence(toks) -> bool:
    """A sentence that tells a signing done, not negated ("Стороны подписали ряд документов"; not "Подписание …
    запланировано", "не подписали ни одного документа")."""
    return any(t.lemma in _SIGNING and _signs(t) and not (k and toks[k - 1].lemma == "не") for k, t in enumerate(toks))


def _document_at(ctx: Context, a: int) -> bool:
    """A document's noun opens the item at ``a`` ("Меморандум о …", "МоВ между …", "соглашение о …")."""
    from readout import data

    first = ctx.analysis.tokens_in(a, a + 40)[:1]
    return any(t.lemma in data.lexicon("document_noun") or t.lemma in ("мов", "контракт") or
               t.text.isupper() and len(t.text) > 1 for t in first)


def _among_them(toks) -> bool:
    """A heading of a few words that points back at the sentence before: "Среди них:", "В их числе:"."""
    words = [t for t in toks if t.text[:1].isalnum()]
    return len(words) <= 3 and any(t.lemma in ("среди", "число") for t in words) and any(
        t.lemma == "они" for t in words)


def _among_the_signed(toks) -> bool:
    """A heading that lists among the documents signed: "Среди подписанных документов:", "В числе подписанных
    соглашений:" (the past participle tells the act done; not "Среди документов, которые будут подписаны:")."""
    words = [t for t in toks if t.text[:1].isalnum()]
    opens = words[:1] and words[0].lemma == "среди" or [t.lemma for t in words[:2]] == ["в", "число"]
    return bool(opens) and len(words) <= 6 and any(
        t.lemma in ("подписать", "подписанный", "заключить", "заключённый") and t.feat("VerbForm") == "Part" and
        t.feat("Tense") == "Past" for t in words)


def _decides(toks) -> bool:
    """The heading tells decisions taken or agreed: "были приняты следующие решения:", "стороны договорились о
    следующем:", "достигнуты договоренности:"; not "будут приняты решения:" (a plan)."""
    lemmas = {t.lemma for t in toks}
    done = any(t.lemma in ("принять", "договориться", "согласовать") and _signs(t) for t in toks)
    reached = "договоренность" in lemmas and any(t.lemma == "достигнуть" and _signs(t) for t in toks)
    return reached or done and ("решение" in lemmas or "следующий" in lemmas or "договориться" in lemmas)  # "По
    # итогам встречи достигнуты договоренности:" too


def _signs(t) -> bool:
    """The signing verb tells the act: a finite verb in the past or a short participle ("подписали",
    "были подписаны"), not an infinitive or a participle before its noun."""
    if t.feat("VerbForm") == "Inf":
        return False
    if t.feat("VerbForm") == "Part":
        return t.feat("Variant") == "Short"
    return t.pos not in ("VERB", "AUX") or t.feat("Tense") in ("Past", None)
