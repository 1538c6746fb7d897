"""A person's canonical name: the office table's name when a mention names a known holder, else the fullest
running mention, its surname in the nominative ("с Эдгарсом Ринкевичсом" → "Эдгарс Ринкевичс", "с Саидой
Мирзиёевой" → "Саида Мирзиёева") or as written when it does not decline ("Байба Браже").

>>> from readout.nlp import analyze
>>> from readout.extract.entities.persons import find_persons
>>> [p.name for p in find_persons(analyze("Гитанас Науседа провел встречу с Эдгарсом Ринкевичсом."))]
['Гитанас Науседа', 'Эдгарс Ринкевичс']
"""
from __future__ import annotations

import os
import re

from readout import data
from readout.extract.entities.person import Person, PersonForm
from readout.nlp import Analysis, models

_UNDECLINED = ("зода", "заде")  # Tajik and Persian surnames: "Бобозода", "Рустам Эмомали … Рахмонзода"
_KIN = {"оглу", "кызы", "улы"}  # "Ильхам Гейдар оглу Алиев": the father's name, not part of the short name


def _other_given_name(person: Person, holder) -> bool:
    """A mention gives the person a first name or an initial that is not the holder's: "Огтаем Асадовым" and
    "О.Асадов" are not Али Асадов, whom a bare "Асадов" would name."""
    first = (holder.first or "")[:1].lower()
    if not first:
        return False
    for f in person.forms:
        if f.card:
            continue
        if f.initials and len(f.words) == 1 and f.initials[:1].lower() != first:
            return True
        if len(f.words) == 2 and f.words[0][:1].lower() != first and not any(
                w.lower()[:3] == holder.first.lower()[:3] for w in f.words) and any(
                "Name" in p.tag for p in models().parse(f.words[0])):  # a given name the dictionary knows
            return True
    return False


def canonical(person: Person, analysis: Analysis | None = None) -> None:
    from readout import offices

    for f in sorted(person.forms, key=lambda f: (f.card, -len(f.words))):
        holder = offices.find_holder(" ".join(f.words)) or (  # "Елбасы", which the normaliser makes "Елбаса"
            offices.find_holder(f.text) if len(f.words) == 1 and f.text[:1].isupper() else None)
        for cut in (1, 2):  # an undeclined foreign name left in its case form: "Ким Чен Ыну", "Мин Аун Хлайна"
            if holder is None and len(f.words[-1]) > cut + 1 and not f.join_only:  # "Дарья" is no "Дар"
                holder = offices.find_holder(" ".join(f.words[:-1] + (f.words[-1][:-cut],)))
        if holder is None and len(f.words) > 1:  # "Нарендрой Моди": an undeclined surname after an inflected name
            holder = offices.find_holder(f.words[-1])
            written = f.text.split()
            for cut in (1, 2):  # "Олафа Шольца", which the normaliser makes "Шолец": the written surname's stem
                if holder is None and len(written) > 1 and len(written[-1]) > cut + 3:
                    holder = offices.find_holder(written[-1][:-cut])
            if holder is not None and holder.first and holder.first[:3].lower() != f.words[0][:3].lower():
                holder = None
        if holder is not None and not _other_given_name(person, holder):
            person.name, person.holder_id = holder.name, holder.id
            return
    running = [f for f in person.forms if not f.card] or person.forms
    best = max(running, key=lambda f: (not _KIN & {w.lower() for w in f.words}, len(f.words),
                                       not _declined_form(f, running), _nominative(f, analysis), -f.start))
    words = list(best.words)
    written = {re.split(r"[\s.]+", f.text.strip())[-1] for f in running if f.text.strip()}  # a bare "Навроцкий"
    # tells it declines; "А.Новак" is "Новак" written with an initial
    first_written = best.text.split()[0] if best.text.split() else ""
    surname = next(iter(written), "")
    declined_ov = len(words) > 1 and words[0] != first_written and first_written[:len(words[0])] == words[0] and (
        surname.istitle() and surname.lower().endswith(("ова", "ева", "ёва", "ина", "ына")))  # "Эльмара Мамедъярова"
    # twice: a man's surname in the genitive like his first name, not one that never declines
    if len(running) > 1 and len(written) == 1 and words and not declined_ov:  # an undeclined name ("Байбу Браже",
        words[-1] = written.pop()  # "Байбой Браже")
    elif _nominative_by_first_name(words, best.text.split()):
        words[-1] = best.text.split()[-1]  # "Кохир Расулзода": no "Расулзод" after a first name in the nominative
    elif words and best.text.split() and best.text.split()[-1].lower().endswith(tuple(_KIN) + _UNDECLINED):
        words[-1] = best.text.split()[-1]  # "Мевлют Чавушоглу", "Шавкат Бобозода": a Turkic surname in -оглу,
        # a Tajik one in -зода does not decline
    elif words and len(best.text.split()) == len(words) > 1 and best.text.split()[-1].istitle() and _nominative(
            best, analysis):
        words[-1] = best.text.split()[-1]  # a nominative mention is the name as written ("Байба Браже", not "Бража")
    elif words and analysis is not None and not _nominative(best, analysis) and (
            nom := _nominative_surname(best, running, analysis)):
        words[-1] = nom  # "с Анджеем Дудой" … "сказал А. Дуда": the nominative mention gives the surname
    elif words and analysis is not None and not any(_nominative(f, analysis) for f in running):
        written_last = best.text.split()[-1] if best.text.split() else words[-1]
        last_tok = analysis.tokens_in(best.start, best.stop)[-1:]
        first_written = best.text.split()[0]
        title_case = _title_case(analysis, best.start)
        # "с Анджеем Дудой", "с Шарлем Мишелем": a first name in the masculine instrumental puts the surname there too
        ins = bool(last_tok) and last_tok[0].feat("Case") == "Ins" or len(words) > 1 and any(w.endswith(
            ("ем", "ом")) and w[:-2].lower() == n.lower() for w, n in zip(best.text.split()[:-1], words[:-1])) or (
            title_case == "Ins")  # "с министром … Италии Франческо Лоллобриджидой"
        fixed = _surname_nominative(written_last, len(words) > 1 and words[0] != first_written,
                                    _gender(words[0]) if len(words) > 1 else None, ins,
                                    title_case in ("Acc", "Gen"))  # "принял посла Итиро Кавабату": a title of a
        # man in the accusative, which is the genitive's form
        words[-1] = fixed if fixed != written_last else words[-1]
        if title_case == "Ins" and len(words) == len(best.text.split()) and not any(
                w.lower().endswith(_INSTRUMENTAL + ("ой", "ей", "ёй", "ою", "ею")) for w in best.text.split()):
            words = best.text.split()  # "с министром обороны Седки Собхи": no word in the instrumental, so none
            # declines ("Собхи", not a genitive of "Собха")
    if words and words[-1].lower().endswith(_FEMININE_INSTRUMENTAL):  # "с Танзилой Нарбаевой", never a nominative
        words[-1] = _surname_nominative(words[-1], False)
        if len(words) > 1 and words[0].endswith(("ой", "ей")):
            words[0] = words[0][:-2] + ("а" if words[0].endswith("ой") else "я")
    if len(words) > 1 and analysis is not None and (written := _feminine_name(person, words[0], analysis)) and len(
            written) == len(words):
        words[0], words[-1] = written[0], written[-1]  # the mention is a nominative: its surname as written too
    written_words = best.text.split()
    if len(words) == len(written_words) > 1 and words[0] == written_words[0] and _genitive_pair(*written_words[::len(
            written_words) - 1], words[-1]):
        words[0] = words[0][:-1]  # "Зограба Мнацаканяна" → "Зограб Мнацаканян": both in the genitive in -а
    if len(words) > 1 and best.text.split() and not best.card:
        words[0] = _first_name(words[0], best.text.split()[0])
        last = best.text.split()[-1]
        if last.lower().endswith("ску") or _undeclined_feminine(words[0], last):  # "Нику Попеску": a Romanian
            words[-1] = last  # -ску never declines; nor does a woman's surname in -у ("Анастасии Табурчану")
    if analysis is not None and len(written_words) == len(words):
        for i, (w, x) in enumerate(zip(words, written_words)):
            if w != x and x[:1].isupper() and x.replace("-", "").isalpha() and len(os.path.commonprefix(
                    [w.lower(), x.lower()])) >= max(3, len(w) - 2) and any(  # "г-ном Нацуи Сигэо" … "г-н Нацуи
                # отметил": the written surname, not "Нацуя"
                    f is not best and x in f.text.split() and (_nominative(f, analysis) or _verb_after(f, analysis))
                    for f in running):
                words[i] = x
    if words and "-" in words[-1] and written_words and "-" in written_words[-1]:
        words[-1] = _hyphenated(words[-1], written_words[-1])
    person.name = " ".join(words)


def _hyphenated(normal: str, written: str) -> str:
    """A double surname whose last part the normaliser put in the nominative takes the same ending off the parts
    before it: "Игоря Лякина-Фролова" → "Лякин-Фролов", "Анной Ивановой-Петровой" → "Иванова-Петрова".

    >>> _hyphenated("Лякина-Фролов", "Лякина-Фролова"), _hyphenated("Римский-Корсаков", "Римский-Корсаков")
    ('Лякин-Фролов', 'Римский-Корсаков')
    >>> _hyphenated("Ивановой-Петрова", "Ивановой-Петровой")
    'Иванова-Петрова'
    """
    parts, before = normal.split("-"), written.split("-")
    if len(parts) != len(before) or parts[-1] == before[-1]:
        return normal
    k = len(os.path.commonprefix([parts[-1], before[-1]]))
    ending, nominative = before[-1][k:], parts[-1][k:]  # "ой" → "а", "а" → ""
    if not ending or k < 3:
        return normal
    fixed = [p[:-len(ending)] + nominative if p == b and p.endswith(ending) and p[:-len(ending)].lower().endswith(
        ("ов", "ев", "ёв", "ин", "ын")) else p for p, b in zip(parts[:-1], before[:-1])]
    return "-".join(fixed + parts[-1:])


def _undeclined_feminine(first: str, surname: str) -> bool:
    """A woman's surname that ends in -у or -ю but in none of the endings her declined -ова/-ина/-ая surnames take
    there is the same in every case.

    >>> _undeclined_feminine("Анастасия", "Табурчану"), _undeclined_feminine("Анна", "Иванову")
    (True, False)
    """
    low = surname.lower()
    return low.endswith(("у", "ю")) and not low.endswith(("ову", "еву", "ёву", "ину", "ыну", "ую", "юю")) and (
        _gender(first) == "femn")


def _title_case(analysis: Analysis, start: int) -> str | None:
    """The case of the title noun a name stands in apposition to, over the genitives of the title ("министром
    сельского хозяйства Италии Франческо …": Ins)."""
    from readout.extract.entities.roles import is_title_word

    for t in reversed(analysis.tokens_in(max(0, start - 120), start)):
        title = t.pos in ("NOUN", "PROPN") and (is_title_word(t.text) or t.lemma in data.lines("role_nouns"))
        if t.pos == "PROPN" and title and t.text[:1].isupper():
            return t.feat("Case")  # "Полномочного Посла Японии …": a capitalised title the tagger reads as a name
        if t.pos in ("ADJ", "PROPN") or t.pos == "NOUN" and t.feat("Case") == "Gen" or t.lemma in ("в", "во", "и"):
            continue  # "посла Японии в Казахстане", "министром обороны и военной промышленности"
        return t.feat("Case") if t.pos == "NOUN" and title else None
    return None


def _nominative_by_first_name(words: list[str], written: list[str]) -> bool:
    """The normaliser cut a surname's "-а" ("Расулзода" → "Расулзод") though the first name before it, a man's name
    ending in a consonant, stands as written, so in the nominative ("Кохир Расулзода", "Андрей Сибига")."""
    return len(words) > 1 and len(written) == len(words) and written[0] == words[0] and written[0][-1:].lower() in (
        "бвгджзйклмнпрстфхцчшщ") and written[-1].lower() == words[-1].lower() + "а"


_CASE_ENDINGS = ("а", "я", "у", "ю", "ом", "ем", "е")


def _declined_form(form: PersonForm, forms: list[PersonForm]) -> bool:
    """The mention's first name is another mention's plus a case ending: "Риада Малки" beside "Риад Малки" (a name
    the dictionary does not know, which the tagger may read as a nominative either way)."""
    first = form.text.split()[:1]
    return bool(first) and any(
        (other := g.text.split()[:1]) and first[0] != other[0] and first[0].startswith(other[0])
        and first[0][len(other[0]):] in _CASE_ENDINGS for g in forms)


def _genitive_pair(first: str, last: str, surname: str) -> bool:
    """A first name no dictionary knows and a surname both written with a genitive -а the surname lost in the
    nominative: "Зограба Мнацаканяна" (the surname "Мнацаканян").

    >>> _genitive_pair("Зограба", "Мнацаканяна", "Мнацаканян"), _genitive_pair("Анна", "Петрова", "Петрова")
    (True, False)
    """
    return (last.endswith("а") and surname == last[:-1] and first.endswith("а") and len(first) > 3
            and first[-2].lower() in "бвгджзклмнпрстфхцчшщ" and not models().morph_vocab.word_is_known(first.lower()))


def _first_name(normal: str, written: str) -> str:
    """The first name in the nominative where the normaliser left it declined or declined an indeclinable one:
    "Валентины Матвиенко" → "Валентина", "Нику Попеску" stays "Нику" (pymorphy: an indeclinable name)."""
    if not written[:1].isupper() or "-" in written or "." in written:
        return normal
    if not models().morph_vocab.word_is_known(written.lower()):
        guess = models().parse(written.lower())[:1]  # "Нуриддином": an unknown name, but a sure instrumental
        if normal == written and written.endswith(("ом", "ем")) and guess and "Name" in guess[0].tag and (
                guess[0].tag.case == "ablt" and guess[0].tag.number == "sing" and guess[0].score >= 0.8):
            return guess[0].normal_form.capitalize()
        return normal  # a name the dictionary does not know ("Борхуу") is left to the normaliser
    names = [p for p in models().parse(written.lower()) if "Name" in p.tag]
    if any("Fixd" in p.tag for p in names[:1]):
        return written
    single = [p for p in names if p.tag.number == "sing"]
    if normal == written and single and all(p.tag.case != "nomn" for p in single):
        return single[0].normal_form.capitalize()
    return normal


def _feminine_name(person: Person, first: str, analysis: Analysis) -> list[str] | None:
    """"Валентина Матвиенко" is no "Валентин": a mention whose written first name can be a feminine nominative,
    when a feminine verb agrees with it ("сказала Валентина Матвиенко", "Эвика Силиня заявила"): its words as
    written, else None."""
    for f in person.forms:
        written = f.text.split()
        if len(written) < 2 or written[0] == first:
            continue
        if not any("Name" in p.tag and p.tag.gender == "femn" and p.tag.case == "nomn" and p.tag.number == "sing"
                   for p in models().parse(written[0].lower())):
            continue
        before = analysis.tokens_in(max(0, f.start - 30), f.start)[-1:]  # the verb right before or after the name
        after = analysis.tokens_in(f.stop, f.stop + 30)[:1]  # no punctuation between: "Старовойта. Была …" is none
        if any(t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin" and t.feat("Gender") == "Fem"
               for t in before + after):
            return written
    return None


_INSTRUMENTAL = ("ом", "ем", "ым", "им")
_FEMININE_INSTRUMENTAL = ("овой", "евой", "ёвой", "иной", "ыной")
_GENITIVE = ("ы", "а", "ой", "ей")


def _gender(first_name: str) -> str | None:
    """The gender of a first name, by its likeliest parse as a name ("Наталья": femn); a name no dictionary knows
    that ends in a consonant is a man's ("Эльмар", from "Эльмара Мамедъярова").

    >>> _gender("Наталья"), _gender("Эльмар"), _gender("Мака")
    ('femn', 'masc', None)
    """
    parses = [p for p in models().parse(first_name.lower()) if "Name" in p.tag]
    if parses:
        return parses[0].tag.gender
    return "masc" if first_name[-1:].lower() in "бвгджзклмнпрстфхцчшщ" and len(first_name) > 2 else None


def _surname_nominative(word: str, first_declined: bool, gender: str | None = None, instrumental: bool = False,
                        accusative: bool = False) -> str:
    """A foreign surname the normaliser left in the case the text only ever uses: an instrumental ending ("с
    Каролем Навроцким", "с Эдгарсом Ринкевичсом"), or a genitive one after a first name that declined ("Гитанаса
    Науседы", "Дональда Туска"), put in the nominative by its likeliest singular parse. Endings no Russian case
    has stay ("Мотэги", "Санду").

    >>> _surname_nominative("Навроцким", True), _surname_nominative("Науседы", True), _surname_nominative("Моди", True)
    ('Навроцкий', 'Науседа', 'Моди')
    >>> _surname_nominative("Голиковой", True, "femn"), _surname_nominative("Травникова", True, "masc")
    ('Голикова', 'Травников')
    >>> _surname_nominative("Нарбаевой", False), _surname_nominative("Сибигой", True, "masc")
    ('Нарбаева', 'Сибига')
    >>> _surname_nominative("Кисидой", False, None, instrumental=True), _surname_nominative("Толстой", False)
    ('Кисида', 'Толстой')
    >>> _surname_nominative("Хренину", True, "masc"), _surname_nominative("Биртановым", False)
    ('Хренин', 'Биртанов')
    >>> _surname_nominative("Кавабату", False, None, accusative=True)
    'Кавабата'

    """
    low = word.lower()
    if not low.replace("-", "").isalpha():
        return word  # "[Чебнёвой]": a transcript's editorial brackets, left as they are
    if low.endswith(_FEMININE_INSTRUMENTAL):
        return word[:-2] + "а"  # "с Танзилой Нарбаевой": a woman's -ова/-ина surname, whatever the first name
    if (gender == "masc" and first_declined or instrumental) and low.endswith("ой") and len(low) > 4:
        return word[:-2] + "а"  # "с Андреем Сибигой", "с Фумио Кисидой": a surname in -а, in the instrumental
    if accusative and gender != "femn" and low.endswith("у") and not low.endswith(("ову", "еву", "ёву", "ину", "ыну")) \
            and len(low) > 4 and not models().morph_vocab.word_is_known(low):
        return word[:-1] + "а"  # "принял посла Японии Итиро Кавабату": a man's surname in -а, in the accusative
    if instrumental and low.endswith(("лем", "рем")) and not models().morph_vocab.word_is_known(low):
        return word[:-2] + "ь"  # "с Шарлем Мишелем": a foreign surname in -ль, -рь
    if low.endswith(("овым", "евым", "ёвым", "иным", "ыным")) and len(low) > 6 and gender != "femn":
        return word[:-2]  # "с министром Е. Биртановым": a man's -ов/-ин surname in the instrumental, never an adjective
    if gender == "masc" and first_declined and low.endswith(("ову", "еву", "ёву", "ину", "ыну")) and len(low) > 5:
        return word[:-1]  # "коллеге Виктору Хренину": a man's -ов/-ин surname in the dative
    if not (low.endswith(_INSTRUMENTAL) or first_declined and low.endswith(_GENITIVE)) or len(low) < 5:
        return word
    if gender == "masc" and first_declined and low.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return word[:-1]  # "губернатора Андрея Травникова": a man's -ов/-ин surname the dictionary does not know
    for p in models().parse(low):  # the surname in the gender of the first name ("Саидой Мирзиёевой")
        if p.tag.number == "sing" and p.tag.case in ("ablt", "gent", "accs") and p.tag.POS in ("NOUN", "ADJF") \
                and (gender is None or p.tag.gender in (gender, None) or "ms-f" in str(p.tag)):
            try:
                form = p.inflect({"Nom", "Sing"})
            except (KeyError, ValueError):  # a parse natasha cannot inflect: keep its dictionary form
                form = None
            name = form.word if form is not None else p.normal_form
            if name != low:
                return name[:1].upper() + name[1:]
    return word


def _nominative_surname(best: PersonForm, forms: list[PersonForm], analysis: Analysis) -> str | None:
    """The surname as a nominative mention writes it, when it is the best mention's surname in another case
    ("Дуда" beside "Анджеем Дудой": the same stem, an ending of at most two letters more or less), else None."""
    last = best.text.split()[-1] if best.text.split() else ""
    for f in forms:
        written = f.text.split()
        if f is best or not written or not written[-1][:1].isupper() or not _nominative(f, analysis):
            continue
        w = written[-1]
        common = len(os.path.commonprefix([w.lower(), last.lower()]))
        if w != last and common >= max(3, min(len(w), len(last)) - 2) and abs(len(w) - len(last)) <= 2 and not any(
                "Patr" in p.tag for p in models().parse(w.lower())):  # "Александрович" is no surname
            return w
    return None


def _nominative(form: PersonForm, analysis: Analysis | None) -> bool:
    """The mention stands in the nominative ("Анджей Дуда", not "Анджеем Дудой"), by the tagger's cases of its
    words."""
    toks = analysis.tokens_in(form.start, form.stop) if analysis is not None else []
    if not toks:
        return False
    cases = {t.feat("Case") for t in toks if t.text[:1].isalpha()} - {None}
    if _title_case(analysis, form.start) == "Ins":
        return False  # "с министром … Италии Франческо Лоллобриджидой", whatever a guess without context says
    if cases and cases != {"Nom"} and _joint_subject(form, analysis):
        return True
    if cases:
        return cases == {"Nom"}  # every word: "Анджеем Дудой" is no nominative even if one word is tagged so
    parses = models().parse(toks[-1].text)  # a sentence read without context: the likeliest parse
    return bool(parses) and parses[0].tag.case == "nomn"


def _joint_subject(form: PersonForm, analysis: Analysis) -> bool:
    """The mention is the second of two subjects of a plural verb, whatever case the tagger guessed for a name it
    does not know: "Олег Кожемяко и Коитиро Накамура обсудили …" (a nominative name, "и", the name, the verb)."""
    before = analysis.tokens_in(max(0, form.start - 40), form.start)[-2:]
    after = analysis.tokens_in(form.stop, form.stop + 30)[:1]
    return len(before) == 2 and before[1].lemma == "и" and before[0].pos == "PROPN" and before[0].feat(
        "Case") == "Nom" and bool(after) and after[0].pos in ("VERB", "AUX") and after[0].feat(
        "VerbForm") == "Fin" and after[0].feat("Number") == "Plur"


def _verb_after(form: PersonForm, analysis: Analysis) -> bool:
    """A finite singular verb follows the mention at once: its subject, whatever case the tagger guessed ("г-н
    Нацуи отметил")."""
    after = analysis.tokens_in(form.stop, form.stop + 30)[:1]
    return bool(after) and after[0].pos in ("VERB", "AUX") and after[0].feat("VerbForm") == "Fin" and after[0].feat(
        "Number") == "Sing"  # not "В ходе визита Эльмара Мамедъярова обсуждались …"
