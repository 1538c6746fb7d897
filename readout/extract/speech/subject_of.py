"""Which of the persons named before a verb of saying is its subject: the antecedent of "который", the one name
surely in the nominative, not a title's owner ("Пресс-секретарь Путина Дмитрий Песков заявил")."""
from __future__ import annotations

from readout import data
from readout.extract.context import Context
from readout.extract.speech.clauses import after_preposition
from readout.extract.speech.narration import first_name_case, partner


def relative_antecedent(ctx: Context, toks, k: int, clause: int):
    """The person named right before ", который" that is the subject of the verb ``toks[k]``, whatever case the name
    stands in (the antecedent of a partner: "с президентом Петром Порошенко, который поздравил …")."""
    rel = [x for x in toks[:k] if x.start >= clause and x.lemma == "который" and x.feat("Case") in (None, "Nom")]
    if not rel or any(x.pos == "VERB" and x.feat("VerbForm") == "Fin" for x in toks[:k] if x.start > rel[-1].start):
        return None
    from readout.extract.resolution import person_gender

    word = rel[-1]
    if word.feat("Number") == "Plur":
        return None  # "…, которые": not one person
    gender = {"Masc": "masc", "Fem": "femn"}.get(word.feat("Gender"))
    before = [(f, p) for p in ctx.persons for f in p.forms if 0 <= word.start - f.stop <= 3
              and person_gender(p) in (None, gender)]  # "с делегацией во главе с Токаевым, которая …" is no him
    if not before:
        return None
    form, person = max(before, key=lambda x: x[0].stop)
    lead = [t.lemma for t in ctx.analysis.tokens_in(max(0, form.start - 20), form.start)][-3:]
    return None if lead[:2] == ["во", "глава"] else person


def one_subject(ctx: Context, toks, k: int, clause: int, named: tuple) -> tuple:
    """Of several persons named before a singular verb, its subject: the antecedent of "который" just before it
    ("встретился с Петром Порошенко, который поздравил…"), else the only one surely in the nominative ("Сергей
    Лавров на встрече с Ле Хоай Чунгом предложил…"); none when that is not clear ("X и Y провели переговоры,
    сообщает пресс-служба": the verb's subject comes after it)."""
    rel = [x for x in toks[:k] if x.start >= clause and x.lemma == "который"]
    if rel:
        before = [p for p in named if any(f.stop <= rel[-1].start for f in p.forms)]
        last = max(before, key=lambda p: max(f.start for f in p.forms if f.stop <= rel[-1].start), default=None)
        return (last,) if last is not None else ()
    sure = [p for p in named if any(clause <= f.start < toks[k].start and ctx.name_case(f) == "Nom" and first_name_case(
        ctx, f) in (None, "Nom") and not after_preposition(toks, f.start) and not _title_owner(ctx, toks, f, named)
                                    and not partner([x for x in toks if x.stop <= f.start]) for f in p.forms)]
    # or the only one not surely in an oblique case: an undeclined name after another in the instrumental
    # ("Принимая делегацию во главе с Буннянгом Ворачитом, президент Вьетнама Чыонг Тан Шанг поблагодарил…")
    maybe = [p for p in named if any(clause <= f.start < toks[k].start and ctx.name_case(f) in (None, "Nom")
                                     and not after_preposition(toks, f.start) for f in p.forms)]
    if any(x.lemma == "и" and x.start >= clause for x in toks[:k]):
        return ()
    if len(sure) == 1:
        return (sure[0],)
    return (maybe[0],) if not sure and len(maybe) == 1 else ()


def _title_owner(ctx: Context, toks, form, named: tuple) -> bool:
    """The name owns the title before it and another name follows right after: "Пресс-секретарь Путина Дмитрий
    Песков заявил" (Putin's spokesman speaks, whatever case the tagger gives "Путина")."""
    before = [x for x in toks if x.stop <= form.start][-1:]
    nxt = any(not ctx.analysis.text[form.stop:g.start].strip() and g.start > form.stop for p in named for g in p.forms)
    return bool(before) and before[0].lemma in data.lines("role_nouns") and nxt
