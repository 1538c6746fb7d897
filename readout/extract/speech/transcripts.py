"""Transcript turns: ``В.Путин: …`` up to the next label, one quote a turn, the speaker named by the label.

Labels come in three forms: initials and surname, maybe followed by a kremlin.ru person card
("Р.Кадыров Кадыров Рамзан Ахматович глава Чеченской Республики :"); a name marked as translated
("Ван И (как переведено) :"); and, once a text is a transcript, a named person at a sentence start followed by a
colon ("Умару Сиссоку Эмбало:").

>>> from readout import read
>>> [(q.speaker_name, q.text) for q in read("В.Путин: Добро пожаловать. Ван И (как переведено) : Спасибо.").quotes]
[('Владимир Путин', 'Добро пожаловать.'), ('Ван И', 'Спасибо.')]
"""
from __future__ import annotations

import re
from typing import Iterator

from readout.extract.context import Context
from readout.extract.entities.persons import Person
from readout.extract.speech.base import Found, page_ends, speech_verbs, trim
from readout.model import Span

_LABEL = re.compile(
    r"(?:(?<=[\s.!?…»])|^)(?P<label>(?:[А-ЯЁ]\.\s?){1,2}(?P<sur>[А-ЯЁ][\w-]+)(?:\s(?:[А-ЯЁ][\w-]+|бен|ибн|аль|эль)){0,4}?)"
    # a kremlin.ru person card may follow, starting with the same surname and running on in any words:
    # "Р.Кадыров Кадыров Рамзан Ахматович глава Чеченской Республики :"
    r"(?:\s+(?P=sur)\s[^:.!?«»]{0,200}?)?"
    r"(?:\s*\([^)]{1,40}\))?\s*:\s+(?=[^\s])")
# a label without initials is certain when the site marks the words as translated:
# "Ван И (как переведено) :", "Мин Аун Хлайн (как переведено) :"
_TRANSLATED_LABEL = re.compile(r"(?:(?<=[.!?…»:])\s+|^|(?<=\n))(?P<label>[А-ЯЁ][^.!?…:«»()]{1,200}?)\s*\(как переведено\)\s*:\s+")
_GENERIC_LABEL = re.compile(r"(?:(?<=[\s.!?…»])|^)(?:Вопрос|Реплика|Ответ)\s*:\s+")


def transcript_turn(ctx: Context) -> Iterator[Found]:
    """``В.Путин: …`` up to the next label or the end of the transcript: one quote a turn. A label whose person
    the text never names otherwise becomes a person of its own."""
    text = ctx.analysis.text
    labels = {m.start(): (m.start(), m.end(), m.group("label"), "initials") for m in _LABEL.finditer(text)}
    for m in _TRANSLATED_LABEL.finditer(text):
        if not any(a <= m.start("label") < b for a, b, _, _ in labels.values()):
            labels[m.start("label")] = (m.start("label"), m.end(), m.group("label"), "translated")
    if labels:  # a transcript: a named person at a sentence start, maybe with a card, then ":" is a label too
        for a, body, label in _name_labels(ctx):
            if not any(x <= a < y or a <= x < body for x, y, _, _ in labels.values()):
                labels[a] = (a, body, label, "translated")
    full_names = False
    if not labels:  # full names opening paragraphs, two persons or more: "Гейдар Алиев: …" ¶ "Эдуард Шеварднадзе: …"
        lines = [(a, body, label) for a, body, label in _name_labels(ctx) if not text[:a].strip() or text[a - 1] == "\n"]
        if len(lines) > 1 and len({label for _, _, label in lines}) > 1:
            labels = {a: (a, body, label, "translated") for a, body, label in lines}
            full_names = True
    stops = sorted([m.start() for m in _GENERIC_LABEL.finditer(text)] + list(labels) + page_ends(text))
    for a, body, label, kind in sorted(labels.values()):
        if len(labels) == 1 and not text[:a].strip() and re.match(r"[^\n]*\n\s*\n", text[a:]):
            continue  # "М.Мясникович: Беларусь заинтересована …" over the body: a headline, no transcript
        stop = next(s for s in stops if s > body)
        if full_names:
            stop = _narration_from(ctx, body, stop)  # "Сергей Лавров: Россия готова …" ¶ "Министр … Сергей Лавров
            # провел встречу …": a news layout's narration ends the words
        qa, qb = trim(text, body, stop)
        if qb - qa < 2:
            continue
        person = _label_person(ctx, a, a + len(label), label, kind)
        if person is not None:
            yield Found(qa, qb, True, (person,), "transcript_turn", "label", Span(a, body))


def _narration_from(ctx: Context, body: int, stop: int) -> int:
    """The start of the first paragraph after ``body`` that narrates (a person named in the nominative right before a
    verb in the past tense: "Министр … Сергей Лавров провел встречу"; or a past verb and no first or second person),
    else ``stop``."""
    text = ctx.analysis.text
    for m in re.finditer(r"\n\s*\n", text[body:stop]):
        para = body + m.end()
        end = text.find("\n", para)
        end = stop if end < 0 or end > stop else end
        toks = ctx.analysis.tokens_in(para, end)
        if any(t.pos == "VERB" and t.feat("VerbForm") == "Fin" and t.feat("Tense") == "Past" for t in toks) and not any(
                t.feat("Person") in ("1", "2") for t in toks):
            return body + m.start()  # "Официальный представитель МИД прокомментировала …": no one's first person
        for p in ctx.persons_in(para, end):
            for f in p.forms:
                nxt = ctx.analysis.tokens_in(f.stop, f.stop + 30)[:1]
                if para <= f.start < end and ctx.name_case(f) in (None, "Nom") and nxt and nxt[0].pos == "VERB" and (
                        nxt[0].feat("Tense") == "Past" and nxt[0].feat("VerbForm") == "Fin"):
                    return body + m.start()
    return stop


_LABEL_START = re.compile(r"(?:^|[.!?…»)]\s+|\n[ \t]*)(?P<title>(?:[А-ЯЁ][\w-]*[ \t]+){0,3})$")
_NAME_LABEL_TAIL = re.compile(r"(?:\s+(?P<card>[^.!?:«»()]{2,120}?))?(?:\s*\([^)]{1,40}\))?\s*:\s+(?=[А-ЯЁ(«\"])")


def _name_labels(ctx: Context) -> Iterator[tuple[int, int, str]]:
    """"Умару Сиссоку Эмбало: …", "Патриарх Кирилл Кирилл Патриарх Московский и всея Руси : …": a person named
    at a sentence start and followed by a colon (after a card that repeats a word of the name)."""
    text = ctx.analysis.text
    for span in ctx.analysis.ner:
        if span.type != "PER":
            continue
        before = _LABEL_START.search(text[max(0, span.start - 80):span.start])  # a title may precede the name
        if span.start and before is None:
            continue
        start = span.start - len(before.group("title")) if before else span.start
        m = _NAME_LABEL_TAIL.match(text, span.stop)
        if not m:
            continue
        card = m.group("card") or ""
        if card and not set(card.split()[:3]) & set(text[start:span.stop].split()):
            continue  # "Путин подчеркнул:" is narration before a quote, not a label
        yield start, m.end(), text[start:span.stop]


def _label_person(ctx: Context, a: int, b: int, label: str, kind: str) -> Person | None:
    if kind == "translated":
        res = ctx.resolve(a, b)
        if res and res[0]:
            return res[0][0]
        from readout.extract.entities.persons import PersonForm
        from readout.extract.entities.roles import is_title_word

        words: list[str] = []
        for w in re.findall(r"[А-ЯЁ][\w-]+", label):
            if w not in words and not is_title_word(w):
                words.append(w)
        if not words:
            return None
        person = Person(name=" ".join(words))  # a speaker the text names only in this label
        person.forms.append(PersonForm(a, b, label, tuple(words), rule="label"))
        ctx.persons.append(person)
        return person
    surname = re.sub(r"^(?:[А-ЯЁ]\.\s?){1,2}", "", label)
    person = ctx.person_by_surname(surname.split()[-1]) or ctx.person_by_surname(surname.split()[0])
    if person is None:
        from readout import offices
        from readout.extract.entities.persons import PersonForm

        holder = offices.find_holder(label)
        if holder is not None:
            return ctx.person_for_holder(holder)
        person = Person(name=surname)  # an unknown speaker, named by the label
        person.forms.append(PersonForm(a, b, label, tuple(surname.split()), rule="label"))
        ctx.persons.append(person)
    return person


_HEADING = re.compile(r"(?m)^[ \t]*(?:Выступление|Речь|Заявление)(?P<who>(?:[ \t]*\n?[ \t]*\n?[ \t]*[А-ЯЁа-яё][\w-]*){0,6})"
                      r"[ \t]*\n(?=\s*[-‒–—―](?:\s|[А-ЯЁ]))")  # "-Дамы и господа!": a dash typed without its space


def speech_heading(ctx: Context) -> Iterator[Found]:
    """A speech printed under its heading (president.uz, azertag.az: "Выступление ¶ Президента Шавката Мирзиёева ¶
    - Уважаемый Ильхам Гейдарович, …"): one quote from the dash to the next heading or the end, the speaker named
    in the heading.

    >>> from readout import read
    >>> text = "Выступление Президента Шавката Мирзиёева\\n\\n- Уважаемые друзья!\\n\\nРад вас видеть."
    >>> [(q.speaker_name, q.text) for q in read(text).quotes]
    [('Шавкат Мирзиёев', 'Уважаемые друзья!\\n\\nРад вас видеть.')]
    """
    text = ctx.analysis.text
    heads = list(_HEADING.finditer(text))
    for n, m in enumerate(heads):
        found = ctx.resolve(m.start("who"), m.end("who")) if m.group("who").strip() else None
        if not found or len(found[0]) != 1:
            continue
        body = re.match(r"\s*[-‒–—―]\s*", text[m.end():])
        a = m.end() + body.end()
        ends = ([heads[n + 1].start()] if n + 1 < len(heads) else []) + [x for x in page_ends(text) if x > a]
        stop = min(ends + [len(text)])
        qa, qb = trim(text, a, stop)
        if qb - qa > 2:
            yield Found(qa, qb, True, (found[0][0],), "speech_heading", found[1], Span(m.start(), m.end()))


def colon_words(ctx: Context, start: int, stop: int) -> tuple[int, int] | None:
    """The words after a verb of saying and a colon in the same paragraph, opening with a capital and no quotation
    mark or dash: a transcript's unmarked direct speech ("Приветствуя участников, Михайлов сказал: Здравствуйте,
    коллеги. Мы рады всех видеть."), up to a sentence that names another speaker or goes on with narration ("Путин
    ответил: …", "Далее стороны провели переговоры …") and before a medium's tag (", сообщает ТАСС"); not in a
    relative clause ("Лавров, который ранее заявил: …, встретился …"); and only words in the first or second person
    (not a statement's third-person text after "заявляют о следующем:")."""
    text = ctx.analysis.text
    colon = text.find(":", start, stop + 1)
    between = ctx.analysis.tokens_in(start, colon) if colon > 0 else []
    verb = next((k for k in range(len(between) - 1, max(-1, len(between) - 4), -1)
                 if between[k].lemma in speech_verbs() and between[k].feat("VerbForm") == "Fin"), None)
    m = re.match(r":[ \t]+(?=[А-ЯЁ])", text[colon:colon + 4]) if verb is not None else None
    sent = ctx.analysis.sentence_at(colon) if m is not None else None
    if m is None or any(t.pos in ("VERB", "AUX") for t in between[verb + 1:]) or sent is not None and any(
            t.lemma == "который" for t in ctx.analysis.tokens_in(sent.start, between[verb].start)):
        return None  # "заявил следующее:", "сказал журналистам:" keep their verb within three words of the colon
    a = colon + m.end()
    end = text.find("\n", a)
    b = len(text) if end < 0 else end
    for sent in ctx.analysis.sentences:
        if a < sent.start < b and _another_voice(ctx, sent):
            b = sent.start
            break
    tag = re.search(r",\s+(?:сообща|переда|пиш|информиру)\w*\s", text[a:b])
    b = a + tag.start() if tag else b
    b = len(text[:b].rstrip())
    spoken = any(t.lemma in ("я", "мы", "вы", "ты", "наш", "ваш", "мой", "твой") or t.pos in ("VERB", "AUX") and t.feat(
        "Person") in ("1", "2") for t in ctx.analysis.tokens_in(a, b))
    return (a, b) if spoken and len(text[a:b].split()) >= 2 else None  # a voice of its own, not "заявляют о
    # следующем: Главы государств подтверждают …", a statement's third-person text


def _another_voice(ctx: Context, sent) -> bool:
    """A sentence that names a speaker of its own ("Путин ответил: …") or narrates ("Далее стороны провели …")."""
    toks = ctx.analysis.sentence_tokens(sent)
    if toks and toks[0].lemma in ("далее", "затем", "после", "впоследствии"):
        return True
    return any(t.lemma in speech_verbs() and t.feat("VerbForm") == "Fin" and t.feat("Tense") == "Past" and
               t.feat("Person") != "1" for t in toks) or any(t.lemma == "сторона" and t.feat("Number") == "Plur"
                                                               for t in toks[:2])
