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

import bisect
import functools
import re

from readout import data
from readout.extract.entities.canonical import canonical
from readout.extract.entities.name_words import (common_word as _common_word, is_address_word as _is_address_word,
                                                  is_country as _is_country, is_title_or_pronoun as _is_title_or_pronoun,
                                                  known_surname as _known_surname, restore_yo as _restore_yo,
                                                  shape as _shape, tags as _tags, verb_form as _verb_form)
from readout.extract.entities.missed import after_title, bylines, initialled
from readout.extract.entities.person import Person, PersonForm
from readout.extract.entities.roles import is_title_word
from readout.extract.entities.same_name import PARTICLES as _PARTICLES
from readout.extract.entities.same_name import joins as _joins, key_words as _key_words, same_word
from readout.nlp import Analysis, lemma_of, models

_TRAILING_INITIALS = re.compile(r"(?:[А-ЯЁ]\.){1,2}[А-ЯЁ]?\.?")
_TRAILING = re.compile(r"\s+((?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ]?)\.?$")
_INITIALS = re.compile(r"^((?:[А-ЯЁA-Z]\.\s?){1,2})")
_SURNAME_END = re.compile(r"^[А-ЯЁ][а-яё]{2,}(?:ов|ев|ёв)(?:а|у|ым|ой|е)?$")  # "Амреев", "Амреевым": a Russian
# surname's suffix, no first name's
_KIN_TAIL = re.compile(r"\s+(?:оглу|кызы|улы)\s+[А-ЯЁ][\w-]+")


def _split_card(text: str, start: int) -> list[tuple[int, int]]:
    """Split "Шавкатом Мирзиёевым Мирзиёев Шавкат Миромонович" where a word stem repeats: the second part is a
    kremlin.ru person card glued to the name by the scraper."""
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
    seen: list[str] = []
    for i, (a, _, w) in enumerate(words):
        stem = w.lower()[:5]
        if i and stem in seen and (len(words) > 2 or "Name" not in _tags(words[0][2])):  # "Владимир
            # Владимиров" is one name; "Хуснуллиным Хуснуллин" a name and its card
            return [(start, start + words[i - 1][1]), (start + a, start + len(text))]
        seen.append(stem)
    return [(start, start + len(text))]


def _split_pair(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Two surnames joined by a hyphen, one of them a known office holder's: "встречи Лавров-Мамедьяров" names two
    people ("Римский-Корсаков", "Вике-Фрейберга" stay one)."""
    from readout import offices

    m = re.fullmatch(r"([А-ЯЁ][а-яё]{3,})-([А-ЯЁ][а-яё]{3,})", text[a:b])
    if m is None or not any(offices.find_holder(w) for w in m.groups()):
        return [(a, b)]
    return [(a, a + m.end(1)), (a + m.start(2), b)]


def _split_by_case(analysis: Analysis, a: int, b: int) -> list[tuple[int, int]]:
    """Two names NER ran together, told apart by their cases: "Эмомали Рахмона Радий Хабиров подписал" is a
    genitive name and a nominative one."""
    words = [t for t in analysis.tokens_in(a, b) if t.text[:1].isalpha()]
    cases = [t.feat("Case") for t in words]
    if len(words) == 4 and None not in cases and cases[0] == cases[1] and cases[2] == cases[3] != cases[1] and (
            "Name" in _tags(words[2].text)) and not _common_word(words[3].text):  # a first name opens the second
        return [(words[0].start, words[1].stop), (words[2].start, words[3].stop)]
    if len(words) == 3 and all(w.text[1:].islower() for w in words) and not any(
            "Patr" in _tags(w.text) or w.text.lower() in _PARTICLES for w in words):  # "с советником Мехриддином Хайриддиновым Никитин сообщил":
        # an oblique name, then a subject (not a card "Шугаев Дмитрий Евгеньевич")
        forms = [{p.tag.case for p in models().parse(w.text) if p.tag.case} for w in words]
        if "nomn" not in forms[0] & forms[1] and forms[0] & forms[1] and forms[2] == {"nomn"}:
            return [(words[0].start, words[1].stop), (words[2].start, words[2].stop)]
    return [(a, b)]


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
    if cut >= 0 and not re.match(r"(?:^|[\s.])[А-ЯЁA-Z]$", analysis.text[max(a, cut - 2):cut]):
        a = cut + 2  # not after an initial: "Ш. Бобозода"
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
    patronymic = [i for i, t in enumerate(tags) if "Patr" in t and words[i].lower() not in _PARTICLES
                  and not _surname_in_vich(words, i) and not _titled_name_pair(analysis, a, text, words, i)
                  and not _alone_elsewhere(analysis.text, words, i)]
    kept = tuple(w for i, w in enumerate(words) if i not in patronymic)
    if not kept:
        return None
    if len(kept) == 1 and _verb_form(kept[0]):
        return None  # "Поблагодарив за добрые слова, …": a sentence-initial gerund the tagger took for a name
    if len(kept) == 1 and all(p.tag.POS == "ADJF" for p in models().parse(kept[0])):
        return None  # "признательность Тюркскому совету": an adjective the tagger took for a name
    if not initials and _institution(kept):
        return None  # "…, сообщила Акорда", "Спикер Мажилиса": an institution, which the tagger took for a person
    if len(kept) == 1 and _DATELINE_OUTLET.search(analysis.text[max(0, a - 30):a]) and analysis.text[b:b + 1] in (
            ".", "/", " "):
        return None  # "15 июля, Позірк. Официальный Минск …": the outlet of a dateline
    # a first name alone, or with a patronymic only ("Карен Георгиевич!"), names someone already named in full
    join_only = len(kept) == 1 and not initials and not _known_surname(kept[0]) and not _SURNAME_END.search(
        kept[0]) and ("Name" in tags[words.index(kept[0])] and "Surn" not in tags[words.index(kept[0])] or _common_word(
            kept[0]))  # "И.Омаров", "Амреев" (which the dictionary guesses a first name's plural) are surnames
    return PersonForm(a, b, text, kept, initials, False, join_only=join_only)


_DATELINE_OUTLET = re.compile(r"(?:^|\n)\s*\d{1,2}\s+[а-я]+,\s*$")  # "15 июля, " at a line's start


def _institution(words) -> bool:
    """The words name an institution, after title words: "Акорда", "Спикер Мажилиса"; or an office by its place
    ("Хоким Ташкента"), a title before a word that is only a place name."""
    last = words[-1]
    if len(words) > 1 and _only_place(last) and all(lemma_of(w) in data.lines("role_nouns") for w in words[:-1]):
        return True
    if lemma_of(last) in data.lexicon("parliament_name") and not any("Name" in t or "Surn" in t for w in words[:-1]
                                                                      for t in _tags(w)):
        return True  # "Халк Маслахаты", "Жогорку Кенеша": a parliament's name, its first word no person's name
    return last.lower() in data.lines("source_nouns") and all(
        is_title_word(w) or lemma_of(w) in data.lines("role_nouns") for w in words[:-1])


def _only_place(word: str) -> bool:
    """Every reading of the word is a place name, none a person's ("Ташкента"; not "Астаны", also a first name)."""
    parses = models().parse(word)
    return bool(parses) and all("Geox" in p.tag and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes)
                                for p in parses)


def _surname_in_vich(words: list[str], i: int) -> bool:
    """"Михаил Мясникович": a last word in -вич that the office table knows as a surname, after a first name, is
    no patronymic ("Владимир Владимирович" keeps its patronymic)."""
    from readout import offices

    if len(words) != 2 or i != 1 or not words[1].lower().endswith("вич"):
        return False
    holder = offices.find_holder(words[1])
    return holder is not None and holder.last.lower() == words[1].lower()


def _alone_elsewhere(text: str, words: list[str], i: int) -> bool:
    """A word in -вич after a first name that the text also writes with no first name before it, as a subject
    ("Александр Вольфович акцентировал …" and "Вольфович оценил …"): a surname, for a patronymic never stands
    alone in news copy."""
    if len(words) != 2 or i != 1 or not re.search(r"вич$", words[1].lower()):
        return False
    return _stem_alone(text, words[1][:-3])


@functools.lru_cache(maxsize=256)
def _stem_alone(text: str, stem: str) -> bool:
    for m in re.finditer(rf"(?<![\w-]){re.escape(stem)}вич\b", text):
        before = text[max(0, m.start() - 30):m.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1].endswith((".", ":", "»", "\"")):
            return True
    return False


def _titled_name_pair(analysis: Analysis, a: int, text: str, words: list[str], i: int) -> bool:
    """"министром иностранных дел Черногории Эрвином Ибрагимовичем": a first name and a word in -вич right after the
    name of a state whose people are not named by patronymic (``lexicon: patronymic_state``) are a first name and
    a surname. A nominative pair is an address ("Уважаемый Владимир Владимирович"), an office holder's own pair
    stays a patronymic, and after a common noun ("министра финансов Антона Германовича") it always does."""
    from readout import offices
    from readout.extract.entities.countries import state_code

    if len(words) != 2 or i != 1:
        return False
    if any((h.first, h.patronymic) == tuple(words) for h in offices.holders()):
        return False
    before = analysis.tokens_in(max(0, a - 40), a)[-1:]
    code = state_code(before[0].text) if before and before[0].text[:1].isupper() else None
    if len(text.split()) == 3 and code is None:  # "премьер-министр Монтенегро Душко Маркович", which NER read as one
        code = state_code(text.split()[0])  # name: the state glued before it
        return code is not None and code not in _patronymic_states()  # a state's name before: no address
    if re.search(r"(?:ович|евич|овна|евна)$", text.split()[-1].strip(",.!?:;")):
        return False
    return code is not None and code not in _patronymic_states()


@functools.cache
def _patronymic_states() -> frozenset[str | None]:
    """The codes of ``lexicon: patronymic_state``."""
    from readout import data
    from readout.extract.entities.countries import state_code

    return frozenset(state_code(w) for w in data.lexicon("patronymic_state"))


def _natasha_token(t):
    from natasha.doc import DocToken

    return DocToken(t.start, t.stop, t.text, pos=t.pos, feats=dict(t.feats))


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

    clutter = find_clutter(analysis.text) + bylines(analysis.text)
    orgs = {analysis.text[s.start:s.stop] for s in analysis.ner if s.type == "ORG"}
    forms: list[PersonForm] = []
    for span in analysis.ner:
        if span.type != "PER" or any(a <= span.start < b for a, b in clutter) or (
                analysis.text[span.start:span.stop] in orgs and " " not in analysis.text[span.start:span.stop]):
            continue  # "в агентстве «Кабар»" tagged an organisation elsewhere: no person
        stop = span.stop
        kin = _KIN_TAIL.match(analysis.text, stop)  # "Ильхам Гейдар" + " оглу Алиев"
        if kin:
            stop = kin.end()
        for a, b in (q for part in _split_card(analysis.text[span.start:stop], span.start)
                     for p in _split_by_case(analysis, *part) for q in _split_pair(analysis.text, *p)):
            f = _form(analysis, a, b)
            if f:
                forms.append(f)
    ner_spans = [(s.start, s.stop) for s in analysis.ner if s.type == "PER"]
    for a, b in _unseen_cards(analysis.text, ner_spans, clutter) + initialled(analysis.text, ner_spans + clutter) + (
            after_title(analysis, clutter)):
        f = _form(analysis, a, b)
        if f:
            forms.append(f)
    attributed = _attributed(analysis, ner_spans, clutter)
    spans = {(f.start, f.stop) for f in attributed}
    forms = [f for f in forms if (f.start, f.stop) not in spans] + attributed
    # longest forms first decide the persons; shorter ones join the first person they fit
    people: list[Person] = []
    for f in sorted(forms, key=lambda f: (-len(_key_words(f)), f.card, f.start)):
        fits = [p for p in people if any(_joins(f, g) for g in p.forms)]
        # a surname alone joins the person whose own surname it is before one whose first name it resembles
        # ("Владимиров" is Владимир Владимиров, not Владимир Путин)
        target = next((p for p in fits if any(f.words[-1].lower() == g.words[-1].lower() for g in p.forms)),
                      fits[0] if fits else None)
        if target is None and f.join_only:
            continue
        if target is None:
            target = Person(name=" ".join(f.words))
            people.append(target)
        target.forms.append(f)
    for p in people:
        canonical(p, analysis)
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


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans merged where they overlap, in order: ``_inside`` looks a position up among them by bisection."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _inside(merged: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` lies in one of the merged spans.

    >>> _inside(_merged([(5, 9), (0, 3), (2, 4)]), 3), _inside(_merged([(5, 9), (0, 3)]), 4)
    (True, False)
    """
    i = bisect.bisect_right(merged, (at, float("inf"))) - 1
    return i >= 0 and merged[i][0] <= at < merged[i][1]


def _bare_surnames(analysis: Analysis, people: list[Person], clutter: list[tuple[int, int]]) -> None:
    """A person named in full is named by the surname alone later on ("Владимир Зеленский … Зеленский
    приветствовал…"), in any case, where NER missed it: each such word becomes a mention of that person."""
    taken = _merged([(f.start, f.stop) for p in people for f in p.forms] + clutter)
    surnames = [(p, p.name.split()[-1].lower().replace("ё", "е")) for p in people
                if len(p.name.split()) > 1 or any(f.rule == "attribution" for f in p.forms)]
    for t in analysis.tokens:
        word = t.text.lower().replace("ё", "е")
        if not t.text[:1].isupper() or len(word) < 4 or _inside(taken, t.start):
            continue
        owners = [p for p, s in surnames if same_word(word, s)]
        if len(owners) == 1:  # two persons of one surname: the word is nobody's for sure
            owners[0].forms.append(PersonForm(t.start, t.stop, t.text, (owners[0].name.split()[-1],),
                                              rule="surname", join_only=True))


def _attributed(analysis: Analysis, ner: list[tuple[int, int]], clutter: list[tuple[int, int]]) -> list[PersonForm]:
    """"…, – отметил Новак.": a capitalised word that ends a quote's attribution, right after a verb of saying that
    follows a comma or a dash, is a person's surname: where NER read a person in it, even a dictionary word
    ("Новак"); where NER is silent, no dictionary word, state or title ("…, – сообщил Кремль" is none)."""
    verbs = data.lines("speech_verbs")
    toks = analysis.tokens
    out = []
    for i in range(1, len(toks) - 2):
        v, w, end = toks[i], toks[i + 1], toks[i + 2]
        if v.lemma not in verbs or v.feat("VerbForm") != "Fin" or toks[i - 1].text not in (",", "–", "—", "-"):
            continue
        if end.text not in (".", ",", "!", ";") or not w.text[:1].isupper() or not w.text.isalpha() or len(
                w.text) < 3 or not w.text[1:].islower() or any(a <= w.start < b for a, b in clutter) or any(
                s.type != "PER" and s.start <= w.start < s.stop for s in analysis.ner):  # "сообщает БелТА"
            continue
        named = any(a <= w.start and w.stop <= b for a, b in ner)
        if not named and _common_word(w.text) or _is_country(w.text) or _is_title_or_pronoun(w.text) or _verb_form(
                w.text) or named and not any((a, b) == (w.start, w.stop) for a, b in ner):
            continue  # a word inside a longer name ("Абдель Азиз") is that name's
        f = _form(analysis, w.start, w.stop)
        if f is not None and (named or not f.join_only):
            out.append(PersonForm(f.start, f.stop, f.text, f.words, rule="attribution"))
    return out
