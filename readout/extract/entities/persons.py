"""Persons: natasha's PER spans cleaned, put in the nominative and merged into one person per human being.

Forms merge when the words of one (patronymics and initials aside) are all among the words of the other:
"Путина" joins "Владимир Путин", "Ильхам Гейдар оглу Алиев" joins "Ильхам Алиев", the kremlin.ru person card
"Мирзиёев Шавкат Миромонович" joins "Шавкат Мирзиёев". A known office holder gives the canonical name.

>>> from readout.nlp import analyze
>>> people = find_persons(analyze("Ильхам Гейдар оглу Алиев прибыл в Астану. Касым-Жомарт Токаев встретил Ильхама Алиева."))
>>> [(p.name, len(p.mentions)) for p in people]
[('Ильхам Алиев', 2), ('Касым-Жомарт Токаев', 1)]
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from readout.nlp import Analysis, models

_TRAILING_INITIALS = re.compile(r"(?:[А-ЯЁ]\.){1,2}[А-ЯЁ]?\.?")
_TRAILING = re.compile(r"\s+((?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ]?)\.?$")
_INITIALS = re.compile(r"^((?:[А-ЯЁA-Z]\.\s?){1,2})")
_KIN_TAIL = re.compile(r"\s+(?:оглу|кызы|улы)\s+[А-ЯЁ][\w-]+")
_KIN = {"оглу", "кызы", "улы"}  # "Ильхам Гейдар оглу Алиев": the father's name, not part of the short name
_PARTICLES = {"оглу", "кызы", "улы", "бен", "бин", "ибн", "аль", "эль", "ад", "де", "да", "фон", "ван"}


@dataclass(slots=True)
class PersonForm:
    start: int
    stop: int
    text: str
    words: tuple[str, ...]  # nominative words, patronymics and initials removed
    initials: str = ""
    card: bool = False  # a kremlin.ru person card: "Фамилия Имя Отчество"
    rule: str = "ner"
    join_only: bool = False  # a first name or a common word: joins a person named in full, never makes one


@dataclass(slots=True)
class Person:
    name: str
    forms: list[PersonForm] = field(default_factory=list)
    holder_id: str | None = None
    country: str | None = None
    role: str | None = None
    entity_id: str | None = None

    @property
    def mentions(self) -> list[tuple[int, int, str]]:
        return [(f.start, f.stop, f.text) for f in self.forms]

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def _tags(word: str) -> set[str]:
    tags: set[str] = set()
    for p in models().parse(word)[:3]:
        for g in ("Name", "Surn", "Patr", "NPRO"):
            if g in p.tag:
                tags.add(g)
    return tags


def _restore_yo(normal: str, original: str) -> str:
    """natasha's normal form drops "ё": put it back where the original word had it."""
    if "ё" not in original.lower():
        return normal
    out = []
    for w in normal.split():
        for o in re.findall(r"[\w-]+", original):
            if "ё" in o.lower() and o.lower().replace("ё", "е")[: max(3, len(w) - 2)] == w.lower()[: max(3, len(w) - 2)]:
                w = "".join("ё" if oc == "ё" else ("Ё" if oc == "Ё" else wc) for wc, oc in zip(w, o)) + w[len(o):]
                break
        out.append(w)
    return " ".join(out)


def _split_card(text: str, start: int) -> list[tuple[int, int]]:
    """Split "Шавкатом Мирзиёевым Мирзиёев Шавкат Миромонович" where a word stem repeats: the second part is a
    kremlin.ru person card glued to the name by the scraper."""
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
    seen: list[str] = []
    for i, (a, _, w) in enumerate(words):
        stem = w.lower()[:5]
        if i and stem in seen:
            return [(start, start + words[i - 1][1]), (start + a, start + len(text))]
        seen.append(stem)
    return [(start, start + len(text))]


def _is_title_or_pronoun(word: str) -> bool:
    from readout.extract.entities.roles import is_title_word

    return is_title_word(word) or "NPRO" in _tags(word) or word.lower() in {"вас", "вы", "ваше", "господин"}


def _normalize(analysis: Analysis, a: int, b: int, text: str) -> str:
    from natasha.doc import DocSpan

    tokens = analysis.tokens_in(a, b)
    if not tokens:
        return text
    span = DocSpan(a, b, "PER", text, tokens=[_natasha_token(t) for t in tokens])
    try:
        span.normalize(models().morph_vocab)
        normal = span.normal or text
    except Exception:  # natasha's normaliser fails on odd tokens: keep the text as written
        normal = text
    return _restore_yo(normal, text)


def _form(analysis: Analysis, a: int, b: int) -> PersonForm | None:
    # a span that runs over a sentence end ("Президент! Н.Мадуро") keeps its last sentence
    cut = max(analysis.text.rfind(p, a, b) for p in (". ", "! ", "? "))
    if cut >= 0:
        a = cut + 2
    text = analysis.text[a:b].strip(" ,.;:!?")
    a = analysis.text.find(text, a)
    b = a + len(text)
    initials = ""
    tail = _TRAILING.search(text)  # "Паслер Д.В." / "Паслер Д.В"
    if tail:
        initials = tail.group(1).replace(".", "").replace(" ", "")
        text = text[:tail.start()]
        b = a + len(text)
    m = _INITIALS.match(text)
    if m:
        initials = m.group(1).replace(".", "").replace(" ", "")
        normal = _normalize(analysis, a + m.end(), b, text[m.end():])
    else:
        normal = _normalize(analysis, a, b, text)
    words = [_shape(w.strip(",.;:!?[](){}«»\"'")) for w in normal.split()]
    words = [w for i, w in enumerate(words)
             if w and not _is_title_or_pronoun(w) and not _is_country(w)
             and not (i and w.lower() == words[i - 1].lower())]  # "Паслер Паслер Денис": a card glued on
    while words and _is_address_word(words[0]):  # "Уважаемый Владимир Владимирович"
        words.pop(0)
    if words and _TRAILING_INITIALS.fullmatch(words[-1]):  # "Паслер Д.В"
        initials = initials or words.pop().replace(".", "")
    if not words:
        return None
    tags = [_tags(w) for w in words]
    card = len(words) == 3 and "Patr" in tags[2] and ("Surn" in tags[0] or ("Name" in tags[1]
                                                                          and "Name" not in tags[0]))
    if card:
        return PersonForm(a, b, text, (words[1], words[0]), initials, True)
    patronymic = [i for i, t in enumerate(tags) if "Patr" in t and words[i].lower() not in _PARTICLES]
    kept = tuple(w for i, w in enumerate(words) if i not in patronymic)
    if not kept:
        return None
    # a first name alone, or with a patronymic only ("Карен Георгиевич!"), names someone already named in full
    join_only = len(kept) == 1 and not _known_surname(kept[0]) and (
        "Name" in tags[words.index(kept[0])] and "Surn" not in tags[words.index(kept[0])] or _common_word(kept[0]))
    return PersonForm(a, b, text, kept, initials, False, join_only=join_only)


def _shape(word: str) -> str:
    """"МИРОНОВ" → "Миронов": a name in capitals is still a name; "Бен" and "Аль" keep their case."""
    return word.capitalize() if len(word) > 2 and word.isupper() else word


def _is_address_word(word: str) -> bool:
    """"Уважаемый", "Дорогой", "господин": a word of address before a name (``data/address_words.txt``)."""
    from readout import data
    from readout.nlp import lemma_of

    return lemma_of(word.lower()) in data.lines("address_words")


def _known_surname(word: str) -> bool:
    """An office holder's surname ("Байдена" parses as a first name, but names a president)."""
    from readout import offices

    return bool(offices.holders_by_surname(word)) or offices.find_holder(word) is not None


def _common_word(word: str) -> bool:
    """A dictionary word that is no name ("Выступление", "Родина", a town): not a person on its own."""
    parses = models().parse(word)
    if not parses or any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses):
        return False
    from readout import offices

    if offices.find_holder(word) is not None:  # "Токаев" parses as a form of "токай", but names a president
        return False
    known = "DictionaryAnalyzer" in type(parses[0].methods_stack[0][0]).__name__
    return (known and parses[0].normal_form == word.lower().replace("ё", "е")) or "Geox" in parses[0].tag


def _is_country(word: str) -> bool:
    from readout.extract.entities.countries import gazetteer

    from readout.nlp import lemma_of

    return (lemma_of(word),) in gazetteer()[0]


def _natasha_token(t):
    from natasha.doc import DocToken

    return DocToken(t.start, t.stop, t.text, pos=t.pos, feats=dict(t.feats))


def _key_words(form: PersonForm) -> set[str]:
    return {w.lower().replace("ё", "е") for w in form.words if w.lower() not in _PARTICLES}


def same_word(a: str, b: str) -> bool:
    """One name word in two case forms: "Хлайна" and "Хлайн", "Мирзиёевым" and "Мирзиёев", and the endings of a
    first-declension name ("Дуда", "Дуды", "Дудой"; "Браже", "Бража").

    >>> same_word("дудой", "дуды"), same_word("мирзиёевым", "мирзиёев"), same_word("ким", "кир")
    (True, True, False)
    """
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    common = len(os.path.commonprefix((a, b)))
    return common >= 3 and len(short) >= 4 and common >= len(short) - 1 and len(long_) - common <= 2


def _joins(small: PersonForm, big: PersonForm) -> bool:
    s, b = _key_words(small), _key_words(big)
    if not s or not all(any(same_word(x, y) for y in b) for x in s):
        return False
    if small.initials and big.words and len(big.words) > 1:
        return big.words[0][:1].upper() == small.initials[:1]
    return True


_CARD = re.compile(r"(?P<first>[А-ЯЁ][а-яё]+) (?P<last>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?) "
                   r"(?P<clast>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?) (?P<cfirst>[А-ЯЁ][а-яё]+) [А-ЯЁ][а-яё]+(?:вич|вна|ична)\b")


def _unseen_cards(text: str, ner: list[tuple[int, int]], clutter: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name followed by its kremlin.ru person card ("Вячеслав Володин Володин Вячеслав Викторович") is a person
    even where NER is silent; spans of such names and cards that no PER span covers."""
    out = []
    for m in _CARD.finditer(text):
        same = m.group("first")[:4] == m.group("cfirst")[:4] and m.group("last")[:4] == m.group("clast")[:4]
        if not same or any(a <= m.start() < b for a, b in ner + clutter):
            continue
        out.append((m.start(), m.end("last")))
        out.append((m.start("clast"), m.end()))
    return out


def find_persons(analysis: Analysis) -> list[Person]:
    """Persons in order of first mention, each with every form that names them."""
    from readout.extract.clutter import find_clutter

    clutter = find_clutter(analysis.text)
    forms: list[PersonForm] = []
    for span in analysis.ner:
        if span.type != "PER" or any(a <= span.start < b for a, b in clutter):
            continue
        stop = span.stop
        kin = _KIN_TAIL.match(analysis.text, stop)  # "Ильхам Гейдар" + " оглу Алиев"
        if kin:
            stop = kin.end()
        for a, b in _split_card(analysis.text[span.start:stop], span.start):
            f = _form(analysis, a, b)
            if f:
                forms.append(f)
    ner_spans = [(s.start, s.stop) for s in analysis.ner if s.type == "PER"]
    for a, b in _unseen_cards(analysis.text, ner_spans, clutter):
        f = _form(analysis, a, b)
        if f:
            forms.append(f)
    # longest forms first decide the persons; shorter ones join the first person they fit
    people: list[Person] = []
    for f in sorted(forms, key=lambda f: (-len(_key_words(f)), f.card, f.start)):
        target = next((p for p in people if any(_joins(f, g) for g in p.forms)), None)
        if target is None and f.join_only:
            continue
        if target is None:
            target = Person(name=" ".join(f.words))
            people.append(target)
        target.forms.append(f)
    for p in people:
        _canonical(p, analysis)
    _bare_surnames(analysis, people, clutter)
    merged: dict[str, Person] = {}
    for p in list(people):  # two forms the words could not join may name one office holder
        if p.holder_id and p.holder_id in merged:
            merged[p.holder_id].forms.extend(p.forms)
            people.remove(p)
        elif p.holder_id:
            merged[p.holder_id] = p
    for p in people:
        p.forms.sort(key=lambda f: f.start)
    people.sort(key=lambda p: p.forms[0].start)
    return people


def _bare_surnames(analysis: Analysis, people: list[Person], clutter: list[tuple[int, int]]) -> None:
    """A person named in full is named by the surname alone later on ("Владимир Зеленский … Зеленский
    приветствовал…"), in any case, where NER missed it: each such word becomes a mention of that person."""
    taken = [(f.start, f.stop) for p in people for f in p.forms]
    surnames = [(p, p.name.split()[-1].lower().replace("ё", "е")) for p in people if len(p.name.split()) > 1]
    for t in analysis.tokens:
        word = t.text.lower().replace("ё", "е")
        if not t.text[:1].isupper() or len(word) < 4 or any(a <= t.start < b for a, b in taken + clutter):
            continue
        owners = [p for p, s in surnames if same_word(word, s)]
        if len(owners) == 1:  # two persons of one surname: the word is nobody's for sure
            owners[0].forms.append(PersonForm(t.start, t.stop, t.text, (owners[0].name.split()[-1],),
                                              rule="surname", join_only=True))


def _canonical(person: Person, analysis: Analysis | None = None) -> None:
    from readout import offices

    for f in sorted(person.forms, key=lambda f: (f.card, -len(f.words))):
        holder = offices.find_holder(" ".join(f.words))
        for cut in (1, 2):  # an undeclined foreign name left in its case form: "Ким Чен Ыну", "Мин Аун Хлайна"
            if holder is None and len(f.words[-1]) > cut + 1:
                holder = offices.find_holder(" ".join(f.words[:-1] + (f.words[-1][:-cut],)))
        if holder is None and len(f.words) > 1:  # "Нарендрой Моди": an undeclined surname after an inflected name
            holder = offices.find_holder(f.words[-1])
            if holder is not None and holder.first and holder.first[:3].lower() != f.words[0][:3].lower():
                holder = None
        if holder is not None:
            person.name, person.holder_id = holder.name, holder.id
            return
    running = [f for f in person.forms if not f.card] or person.forms
    best = max(running, key=lambda f: (not _KIN & {w.lower() for w in f.words}, len(f.words),
                                       _nominative(f, analysis), -f.start))
    words = list(best.words)
    written = {f.text.split()[-1] for f in running if f.text.split()}  # a bare "Навроцкий" tells it declines
    if len(running) > 1 and len(written) == 1 and words:  # an undeclined name ("Байбу Браже", "Байбой Браже")
        words[-1] = written.pop()
    elif words and len(best.text.split()) == len(words) > 1 and best.text.split()[-1].istitle() and _nominative(
            best, analysis):
        words[-1] = best.text.split()[-1]  # a nominative mention is the name as written ("Байба Браже", not "Бража")
    elif words and analysis is not None and not any(_nominative(f, analysis) for f in running):
        written_last = best.text.split()[-1] if best.text.split() else words[-1]
        fixed = _surname_nominative(written_last, len(words) > 1 and words[0] != best.text.split()[0],
                                    _gender(words[0]) if len(words) > 1 else None)
        words[-1] = fixed if fixed != written_last else words[-1]
    person.name = " ".join(words)


_INSTRUMENTAL = ("ом", "ем", "ым", "им")
_GENITIVE = ("ы", "а", "ой", "ей")


def _gender(first_name: str) -> str | None:
    """The gender of a first name, by its likeliest parse as a name ("Саида": femn)."""
    parses = [p for p in models().parse(first_name.lower()) if "Name" in p.tag]
    return parses[0].tag.gender if parses else None


def _surname_nominative(word: str, first_declined: bool, gender: str | None = None) -> str:
    """A foreign surname the normaliser left in the case the text only ever uses: an instrumental ending ("с
    Каролем Навроцким", "с Эдгарсом Ринкевичсом"), or a genitive one after a first name that declined ("Гитанаса
    Науседы", "Дональда Туска"), put in the nominative by its likeliest singular parse. Endings no Russian case
    has stay ("Мотэги", "Санду").

    >>> _surname_nominative("Навроцким", True), _surname_nominative("Науседы", True), _surname_nominative("Моди", True)
    ('Навроцкий', 'Науседа', 'Моди')
    >>> _surname_nominative("Голиковой", True, "femn")
    'Голикова'

    """
    low = word.lower()
    if not (low.endswith(_INSTRUMENTAL) or first_declined and low.endswith(_GENITIVE)) or len(low) < 5:
        return word
    for p in models().parse(low):  # the surname in the gender of the first name ("Саидой Мирзиёевой")
        if p.tag.number == "sing" and p.tag.case in ("ablt", "gent") and p.tag.POS in ("NOUN", "ADJF") \
                and (gender is None or p.tag.gender in (gender, None) or "ms-f" in str(p.tag)):
            try:
                form = p.inflect({"Nom", "Sing"})
            except (KeyError, ValueError):  # a parse natasha cannot inflect: keep its dictionary form
                form = None
            name = form.word if form is not None else p.normal_form
            if name != low:
                return name[:1].upper() + name[1:]
    return word


def _nominative(form: PersonForm, analysis: Analysis | None) -> bool:
    """The mention stands in the nominative ("Анджей Дуда", not "Анджеем Дудой"), by the tagger's cases of its
    words."""
    toks = analysis.tokens_in(form.start, form.stop) if analysis is not None else []
    if not toks:
        return False
    cases = {t.feat("Case") for t in toks if t.text[:1].isalpha()} - {None}
    if cases:
        return cases == {"Nom"}  # every word: "Анджеем Дудой" is no nominative even if one word is tagged so
    parses = models().parse(toks[-1].text)  # a sentence read without context: the likeliest parse
    return bool(parses) and parses[0].tag.case == "nomn"
