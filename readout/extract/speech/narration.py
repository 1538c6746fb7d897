"""Narration subjects: who each narrated sentence is about, so that a later pronoun or bare title ("Он подчеркнул",
"– добавил министр") finds its person; partners after "с" and names owned by a noun are no subjects.

>>> from readout import read
>>> r = read("Касым-Жомарт Токаев встретился с Ильхамом Алиевым. Он подчеркнул, что связи крепнут.", date="2025-10-21")
>>> [q.speaker_name for q in r.quotes]
['Касым-Жомарт Токаев']
"""
from __future__ import annotations

import re

from readout import data
from readout.extract.context import Context
from readout.extract.entities.person import Person
from readout.extract.speech.base import OPEN_CLOSE, closing, speech_verbs, subject_in
from readout.nlp import subject_before

_ATTRIBUTION_DASH = re.compile(r"[,.!?…]\s+[‒–—―-]\s+")


def _speech_bodies(text: str) -> list[tuple[int, int]]:
    """Spans of dash-paragraph speech (up to its last attribution dash) and of quotations of four words or more:
    their names are not narration ('"Мой добрый друг - Шавкат Миромонович. …", - сказал Президент' is not about
    the friend)."""
    out, pos = [], 0
    for para in text.split("\n"):
        if re.match(r"\s*[‒–—―-]\s", para):
            ends = [m.start() for m in _ATTRIBUTION_DASH.finditer(para)]
            out.append((pos, pos + (ends[-1] if ends else len(para))))
        pos += len(para) + 1
    i = 0
    while i < len(text):
        if text[i] in OPEN_CLOSE and (j := closing(text, i)) is not None and len(text[i + 1:j].split()) >= 4:
            out.append((i, j))
            i = j
        i += 1
    return out


def narration_subjects(ctx: Context) -> None:
    """Note every nominative person or role mention outside speech as a narration subject."""
    bodies = _speech_bodies(ctx.analysis.text)
    inside = lambda x: any(a <= x < b for a, b in bodies)  # noqa: E731
    first_token = {t.start: t for t in ctx.analysis.tokens}
    for p in ctx.persons:
        for f in p.forms:
            if not inside(f.start) and (_named_subject(ctx, f) or _po_slovam(ctx, f)) and not _said_content(ctx, f.start):
                ctx.note_subject(f.start, p)
    _function_noun_subjects(ctx, inside)
    for r in ctx.roles:
        t = first_token.get(r.start)
        if r.plural or inside(r.start) or (t is not None and t.feat("Case") not in (None, "Nom")) or _said_content(
                ctx, r.start):
            continue
        holder = ctx.holder_of(r)
        if holder is not None and (ctx.doc.date or any(p.holder_id == holder.id for p in ctx.persons)):
            ctx.note_subject(r.start, (holder, r))  # undated: today's holder the text never names is no subject


def _said_content(ctx: Context, offset: int) -> bool:
    """The mention stands in what someone said, after a verb of saying and "что" in its sentence: "Глава Белого
    дома выразил уверенность в том, что российский президент пойдет …. При этом он подчеркнул": "он" is the one
    who spoke, not the one spoken of."""
    sent = ctx.analysis.sentence_at(offset)
    if sent is None:
        return False
    toks = ctx.analysis.tokens_in(sent.start, offset)
    cut = [n for n, t in enumerate(toks) if t.text == ";" or n and t.lemma in ("а", "но") and toks[n - 1].text == ","]
    toks = toks[cut[-1] + 1:] if cut else toks  # "Лавров заявил, что …, а Фидан подчеркнул": a clause of its own
    verbs = speech_verbs()
    k = next((k for k, t in enumerate(toks) if t.lemma in verbs and t.pos == "VERB" and t.feat("VerbForm") == "Fin"),
             None)
    return k is not None and any(t.lemma == "что" and toks[n - 1].text == "," for n, t in enumerate(toks) if n > k)


def _named_subject(ctx: Context, f) -> bool:
    """A mention in the nominative that no preposition governs: not "на пресс-конференции с коллегой Беатой …",
    whatever case its form was guessed in (unless "который" after it makes it the antecedent of what follows), nor
    an undeclined surname whose first name shows another case ("с премьер-министром Грузии Ираклием Гарибашвили")."""
    return ctx.name_case(f) in (None, "Nom") and first_name_case(ctx, f) in (None, "Nom") and not _owner_noun(
        ctx, f) and not _verb_object(ctx, f) and not (
        partner(ctx.analysis.tokens_in(max(0, f.start - 60), f.start)) and "который" not in {
            t.lemma for t in ctx.analysis.tokens_in(f.stop, f.stop + 12)})


def _verb_object(ctx: Context, f) -> bool:
    """The name right after a finite verb whose subject stands before it: "Рахмон поприветствовал Путина в
    Таджикистане" (the tagger may read "Путина" as a nominative), so a later "Он" is Рахмон."""
    sent = ctx.analysis.sentence_at(f.start)
    title = next((r.start for r in ctx.roles if r.stop <= f.start and not ctx.analysis.text[r.stop:f.start].strip()),
                 f.start)  # "поздравил Президента Лаосской Народно-Демократической Республики Тхонглуна Сисулита"
    before = ctx.analysis.tokens_in(sent.start if sent else max(0, f.start - 200), title)
    if len(before) < 2 or before[-1].pos != "VERB" or before[-1].feat("VerbForm") != "Fin":
        return False
    return subject_before(before, len(before) - 1)  # "Ответное слово взял Шавкат Мирзиёев": "слово" is none


def _owner_noun(ctx: Context, f) -> bool:
    """The name right after a common noun it belongs to, in the genitive whatever its form: "рассматривает визит Ли
    Си как …", "политику Мадуро" (a title before it, "Председатель КНР Си Цзиньпин", is no such noun)."""
    from readout.extract.entities.roles import is_title_word

    before = ctx.analysis.tokens_in(max(0, f.start - 40), f.start)[-2:]
    if len(before) == 2 and before[0].pos == "ADP":
        return False  # "В среду Александр Лукашенко …": the noun is a time or a place, the name its sentence's subject
    before = before[-1:]
    return bool(before) and before[0].pos == "NOUN" and before[0].text.islower() and not is_title_word(
        before[0].text) and before[0].lemma not in data.lines("role_nouns") and before[0].feat("Case") in (
        "Nom", "Acc")  # a genitive or another case ends a title: "председатель Согдийской области Раджаб Ахмадзода"


def first_name_case(ctx: Context, f) -> str | None:
    """The case of a two-word mention's first name, where the dictionary knows it ("Ираклием"): an undeclined
    surname after it ("Кобахидзе", "Гарибашвили") shows none of its own."""
    words = [t for t in ctx.analysis.tokens_in(f.start, f.stop) if t.text[:1].isalpha()]
    if len(words) < 2:
        return None
    from readout.nlp import models

    return words[0].feat("Case") if models().morph_vocab.word_is_known(words[0].text.lower()) else None


def _po_slovam(ctx: Context, f) -> bool:
    """"По словам Шольца, … «…», – сказал он": the one whose words these are."""
    return [t.lemma for t in ctx.analysis.tokens_in(max(0, f.start - 20), f.start)][-2:] == ["по", "слово"]


def _function_noun_subjects(ctx: Context, inside) -> None:
    """"Председатель кабмина выразил признательность …": a function noun as the subject of a singular verb of
    saying in narration is whom a later "– сказал он" means."""
    verbs = speech_verbs()
    for sent in ctx.analysis.sentences:
        if inside(sent.start):
            continue
        toks = ctx.analysis.sentence_tokens(sent)
        k = next((k for k, t in enumerate(toks) if t.lemma in verbs and t.pos == "VERB" and t.feat("VerbForm") == "Fin"
                  and t.feat("Number") != "Plur" and not (k and toks[k - 1].lemma == "как")), None)  # not the source's
        if k:  # verb: "Как сообщает администрация, посол выразил …" is the ambassador's
            lo = sent.start
            if toks[0].lemma == "как" and (comma := next((n for n in range(k - 1, 0, -1) if toks[n].text == ","), 0)):
                lo = toks[comma + 1].start  # the clause after the source's "Как сообщает X,"
            found, how = subject_in(ctx, lo, toks[k].start)
            if not found and toks[k - 1].text == ",":  # "Эта работа, подчеркнул пресс-секретарь Путина, будет …"
                end = next((t.start for t in toks[k + 1:] if t.text in (",", ".", "!", "?", ":")), sent.stop)
                found, how = subject_in(ctx, toks[k].stop, end)
            if len(found) == 1 and how in ("role_noun", "role_context") and isinstance(found[0], Person):
                ctx.note_subject(toks[k].start, found[0])


def partner(before) -> bool:
    """A name in apposition to a preposition's noun ("с австрийской коллегой Беатой …"), whatever case its form was
    guessed in; not a name after a genitive ("с праздником Пасхи Владимир Путин поздравил") nor after a place or a
    time ("В Минске Александр Лукашенко провел встречу")."""
    from readout.extract.entities.roles import is_title_word

    genitive_last = state_last = False
    for n, x in enumerate(reversed(before[-5:])):  # "со своим казахстанским коллегой Муратом Нуртлеу"
        if x.pos == "ADP":
            # "В Минске Александр Лукашенко …", "В среду …": a place or a time before the subject, no partner
            return x.lemma not in ("в", "во", "на") and not genitive_last
        if x.pos not in ("ADJ", "NOUN", "DET", "PROPN"):
            return False
        if n == 0 and (x.feat("Case") == "Gen" or x.pos == "PROPN"):
            genitive_last = True  # "с праздником Пасхи Владимир Путин …", unless a title owns a state's name:
            state_last = x.text[:1].isupper()  # "США", "Казахстана"
        if genitive_last and state_last and x.pos == "NOUN" and (
                is_title_word(x.text) or x.lemma in data.lines("role_nouns")):
            genitive_last = False  # "с госсекретарём США Марко Рубио" is a partner
    return False
