"""Words in quotation marks inside reported speech: the speaker's own words quoted (``fragments``), the words an
opening attribution introduces (``opened_by_attribution``), and quoted names that are nobody's words (a principle's,
a project's or a document's name)."""
from __future__ import annotations

import re
from typing import Iterator

from readout import data
from readout.extract.context import Context
from readout.extract.speech.base import _OPEN_CLOSE, Found, closing, trim


def _genitive_name(ctx: Context, mark: int, a: int, b: int) -> bool:
    """Quoted words in the genitive, with no verb, right after a noun that names things (``lexicon: naming_noun``):
    the name of a principle or a project ("поддержке принципа «одного Китая»"), not the speaker's words ("назвал
    связи «образцовыми»", "подчеркнул необходимость «скорейшего урегулирования»")."""
    words = [t for t in ctx.analysis.tokens_in(a, b) if t.text[:1].isalpha() and t.pos not in ("CCONJ", "ADP")]
    before = ctx.analysis.tokens_in(max(0, mark - 30), mark)[-2:]
    if not words or not before or any(t.pos in ("VERB", "AUX") for t in words):
        return False
    if len(before) == 2 and before[0].lemma == "так" and before[1].text.lower().startswith("называем"):
        return True  # "так называемых «групп по связям»": a name, whatever its case
    # "по направлениям «туризм», «агрономия»": a short name in the nominative after a naming noun too
    return before[-1].lemma in data.lexicon("naming_noun") and (all(t.feat("Case") == "Gen" for t in words) or (
        len(words) <= 3 and all(t.feat("Case") in (None, "Nom") for t in words)))


def opened_by_attribution(ctx: Context, item: Found) -> Found | None:
    """"Как заявил С.Собянин, «…»", "По словам министра, «…»": the attribution opens the sentence and the speaker's
    words follow it in marks, with nothing of the narrator's after the comma. The words are a direct quote, however
    many sentences they run on (the reported item stopped at the first), and the attribution alone reports nothing
    (GUIDELINES: quotes)."""
    if item.rule not in ("kak_skazal", "po_slovam") or item.cue is None or item.start != item.cue.start:
        return None
    text = ctx.analysis.text
    m = re.compile(r"[^«»\"“”„\n]{1,120}?,\s*(?=[«„“\"])").match(text, item.cue.stop)
    if not m:
        return None
    i = m.end()
    j = closing(text, i)
    if j is None or ctx.in_quote(i + 1):
        return None
    a, b = trim(text, i + 1, j)
    after = text[j + 1:j + 3].lstrip(" ")
    if len(text[a:b].split()) < 3 or (after and after[0] not in ".!?…\n"):
        return None  # "Как заявил X, «новые договоренности с Китаем» помогут …": the narration goes on after the marks
    return Found(a, b, True, item.speakers, item.rule, item.speaker_rule, item.cue)


def fragments(ctx: Context, item: Found) -> Iterator[Found]:
    """The speaker's own words quoted inside reported speech ("назвал Казахстан «самым близким партнером»"): a
    direct quote of the same speaker. A quoted name ("саммит «Россия — Центральная Азия»") starts with a capital
    and is no quote."""
    text = ctx.analysis.text
    i = item.start
    named_end = -1  # where the last quoted name ended: "«туризм», «агрономия» и «…»" lists names
    while i < item.stop:
        if text[i] in _OPEN_CLOSE and (j := closing(text, i)) is not None and j <= item.stop:
            a, b = trim(text, i + 1, j)
            listed = named_end >= 0 and text[named_end + 1:i].strip() in (",", "и", ", и")
            if listed or _genitive_name(ctx, i, a, b) or _document_name(ctx, a, b) or _term(ctx, a, b, j):
                named_end = j
            elif b > a and text[a].islower() and not ctx.in_quote(a):
                yield Found(a, b, True, item.speakers, "fragment", item.speaker_rule, item.cue)
            i = j + 1
        else:
            i += 1


def _document_name(ctx: Context, a: int, b: int) -> bool:
    """Quoted words of at most four that open with a document's noun or its adjective ("подписали соглашение и
    «дорожную карту»"): a document's name, no one's words (``lexicon: document_noun``)."""
    words = [t for t in ctx.analysis.tokens_in(a, b) if t.text[:1].isalpha()]
    before = ctx.analysis.tokens_in(max(0, a - 60), a)[-6:]
    return 0 < len(words) <= 4 and words[0].lemma in data.lexicon("document_noun") and not any(
        t.pos in ("VERB", "AUX") for t in words) and not any(t.lemma in _NAMING for t in before)  # not "назвал
    # договор «документом исторического значения»", not "«договор работает»"


def _term(ctx: Context, a: int, b: int, close: int) -> bool:
    """An adjective or two in marks before the noun they qualify ("развитием «зеленой» экономики"): a term the
    writer sets off, no one's words."""
    words = [t for t in ctx.analysis.tokens_in(a, b) if t.text[:1].isalpha()]
    after = ctx.analysis.tokens_in(close + 1, close + 30)[:1]
    before = [t for t in ctx.analysis.tokens_in(max(0, a - 60), a) if t.text[:1].isalnum()][-4:]
    return 0 < len(words) <= 2 and all(t.pos == "ADJ" for t in words) and bool(after) and after[0].pos == "NOUN" and (
        not any(t.lemma in _NAMING for t in before)) and bool(before) and before[-1].pos in ("NOUN", "ADP")
    # "назвал Казахстан «ключевым» партнером", "отметил «беспрецедентный» уровень" are his words


_NAMING = frozenset({"назвать", "называть", "охарактеризовать", "характеризовать"})
