"""Words one source gives as another's: "— цитирует Назарбаева пресс-служба Акорды", "— приводит слова посла
пресс-служба министерства", "— передает РИА Новости заявление Лаврова". The one whose words they are speaks, not
the service or agency that relays them.

>>> from readout import read
>>> text = "Посол Ирана Аббас Зохури посетил министерство.\\n\\n«Визиты делегаций планируются в ближайшее время», - приводит слова Зохури пресс-служба министерства."
>>> [(q.speaker_name, q.direct) for q in read(text).quotes]
[('Аббас Зохури', True)]
"""
from __future__ import annotations

from readout import data
from readout.extract.context import Context
from readout.extract.entities.persons import Person
from readout.model import Span

_WORDS = ("слово", "заявление", "высказывание", "текст")  # the noun that names the words relayed: "слова посла",
# "текст телеграммы китайского премьера"
_GIVING = ("приводить", "привести", "передавать", "передать")  # verbs that relay words only with such a noun


def relaying_verb(ctx: Context, a: int, b: int) -> Span | None:
    """A verb that opens an attribution and relays the words of someone named after it ("— передает РИА Новости
    заявление Лаврова"), which is no verb of saying by itself ("— передает корреспондент" names a source)."""
    words = [t for t in ctx.analysis.tokens_in(a, b) if t.text[:1].isalpha()]
    if words and words[0].lemma in _GIVING and words[0].pos == "VERB" and any(t.lemma in _WORDS for t in words[1:6]):
        return Span(words[0].start, words[0].stop)
    return None


def quoting(ctx: Context, cue: Span, end: int) -> bool:
    """The attribution's verb gives another's words: "цитирует Назарбаева пресс-служба", "приводит слова посла
    пресс-служба", "передает агентство заявление министра" ("приводит данные" gives the source's own)."""
    verb = ctx.analysis.tokens_in(cue.start, cue.stop)[:1]
    if not verb:
        return False
    if verb[0].lemma in ("цитировать", "процитировать"):
        return True
    after = ctx.analysis.tokens_in(cue.stop, end)
    relays = any(t.lemma in data.lines("source_nouns") or t.lemma in ("агентство", "издание", "сайт", "служба")
                 for t in after) or any(s.type == "ORG" and cue.stop <= s.start < end for s in ctx.analysis.ner)
    return verb[0].lemma in _GIVING and relays and any(t.lemma in _WORDS for t in after[:6])  # a service or an
    # agency relays; "привел слова Алишера Навои глава государства" is the president citing a classic


def quoted(ctx: Context, a: int, b: int):
    """Whose words the attribution gives: the person after "слова" / "заявление" ("цитирует пресс-служба министра
    X слова японского дипломата"), else the first person named in an oblique case who owns no service ("— цитирует
    Нурсултана Назарбаева пресс-служба Акорды"), else a title's holder ("— цитирует Президента его пресс-служба")."""
    words = [t for t in ctx.analysis.tokens_in(a, b) if t.lemma in _WORDS]
    a = words[0].stop if words else a
    found = [p for p in ctx.persons_in(a, b) if any(
        a <= f.start < b and ctx.name_case(f) in ("Acc", "Gen") and not owner(ctx, f) for f in p.forms)]
    if found:
        return (found[0],), "quoted"
    res = ctx.resolve(a, b)
    if res and res[1] not in ("name", "role", "role_context", "publisher_voice"):
        return None  # "слова японского дипломата": a function noun in the genitive is no one the text can tell
    people = [p for p in (res[0] if res else ()) if isinstance(p, Person) and not any(
        owner(ctx, f) for f in p.forms if a <= f.start < b)]
    return ((people[0],), "quoted") if people else None


def owner(ctx: Context, form) -> bool:
    """The mention names whose service speaks ("пресс-служба министра Мурата Нуртлеу"): a source noun a few words
    before it."""
    return any((t.lemma in data.lines("source_nouns") or t.lemma == "служба") and t.lemma not in _WORDS
               for t in ctx.analysis.tokens_in(max(0, form.start - 40), form.start)[-5:])  # not "заявление Лаврова"

