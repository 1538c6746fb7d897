"""Parties of a commitment (the addressee of an instruction: ``addressee.py``).

Parties are the states the clause names, the speaker's state for "мы"/"наш", and both sides of the document's
bilateral event (its publisher's state and the state it names most often besides) unless the clause names states
itself.
"""
from __future__ import annotations


from readout import data
from readout.extract.commitments.addressee import addressee_states
from readout.extract.commitments.one_side import (ORDER_VERBS, alone, between_cities, beyond_border, city_actors,
                                                  home_state, one_instructs, our_country, pronoun_state,
                                                  received_state, regions_state, speakers_own, state_of)
from readout.extract.commitments.sides import named_most_besides, participant_states
from readout.extract.context import Context
from readout.nlp import first_predicate, models, subject_before


def parties(ctx: Context, a: int, b: int, kind: str | None = None) -> tuple[str, ...]:
    """The states a clause binds, read from the clause (GUIDELINES.md):

    * a plural subject that stands for the participants ("стороны", "президенты", "они") binds the states it names
      ("Президенты Украины и Польши договорились"), else the states of the event's participants, and only them
      ("стороны намерены обсудить поставки в Газу" binds no Palestine);
    * otherwise the states the clause names as actors: in the nominative ("Россия и США согласились"), as a
      partner after "с" ("сотрудничество с Польшей"), by a two-state adjective ("казахстанско-узбекские связи"),
      and the states of the leaders it names; a state in an oblique case ("по урегулированию на Украине",
      "восстановлению российского экспорта") or a place ("в Казахстане") binds nothing;
    * "мы" / "наш" the speaker's state;
    * no state named as an actor: the sides of the event too (a joint act told by one side binds both).

    >>> from readout import read
    >>> [c.parties for c in read("Россия и США согласились разработать меры по урегулированию на Украине.").commitments]
    [('RU', 'US')]
    """
    toks = ctx.analysis.tokens_in(a, b)
    lemmas = {t.lemma for t in toks}
    if kind == "instruction" and (own := addressee_states(ctx, toks)):
        return own  # "Министерству энергетики КР было поручено направить в Астану делегацию": the ministry's state
    if _joint_subject(ctx, toks):
        verb = next((t.start for t in toks if t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin"), b)
        own = [c.code for c in ctx.countries if a <= c.start < verb]  # "Президенты Украины и Польши договорились"
        if len(set(own)) > 1:
            return tuple(dict.fromkeys(own))
        return tuple(participant_states(ctx))
    out: list[str] = []
    after_s: list[bool] = []  # every state named is a partner after "с": "реализуется с Китаем" — the other side
    for c in sorted(ctx.countries + ctx.regions, key=lambda c: c.start):  # is the event's other state; a region
        if a <= c.start < b and _actor(ctx, c, a) and c.code not in out:  # acts for its state ("Вологодская область")
            out.append(c.code)
            prev = ctx.analysis.tokens_in(max(0, c.start - 30), c.start)[-2:]
            after_s.append(bool(prev) and prev[-1].lemma in ("с", "со") or len(prev) == 2 and prev[0].lemma in (
                "с", "со") and prev[1].lemma == "участие")  # "с участием России": a partner too
    with_only = len(out) == 1 and after_s == [True] and out[0] in participant_states(ctx)
    stated = not all(after_s)  # a state named as the actor, not as a partner: "Казахстан планирует …"
    unknown = False
    persons_named = False
    partners: list[str] = []
    for p in ctx.persons_in(a, b):  # "Владимир Путин и Эмомали Рахмон условились…": the leaders' states
        if not p.country:
            ctx.assign_office(p)
        if not _nominative_name(ctx, p, a, b):
            if any(a <= f.start < b and ctx.with_partner(f) and not _topic(ctx, f) for f in p.forms) and (
                    code := state_of(ctx, p)):
                partners.append(code)  # "проведёт переговоры с Президентом Гвинеи-Бисау Умару Эмбало", "встречи с
            continue  # М.Тернбуллом" introduced before as Australia's prime minister
        persons_named = True
        code = state_of(ctx, p)  # the office's state, else his title's: "спикер парламента Кыргызстана Марлен
        if code and code not in out:  # Маматалиев", whom no office table holds
            out.append(code)
        unknown = unknown or not code
    if all(c.rule == "region" for c in ctx.countries + ctx.regions if a <= c.start < b and c.code in out):
        out += [code for code in city_actors(ctx, a, b) if code not in out]  # "Минск и Ростов-на-Дону подписали"
    out += [code for code in between_cities(ctx, a, b) if code not in out]  # "между городами Минском и Шэньяном"
    if not out and "предусматривать" not in lemmas and (pro := pronoun_state(ctx, toks)):  # "Там он примет
        # участие в заседании": his state; "Он предусматривает создание группы" is the document's
        out.append(pro)
        persons_named = True
    if kind == "instruction" and one_instructs(toks) and (own := _instructor_state(ctx, toks, a)):
        return (own,)  # "Мишустин поручил помощнику … провести переговоры с белорусской стороной": Russia's order
    if kind == "instruction" and (not out or with_only) and one_instructs(toks) and (home := home_state(ctx)):
        return (home,)  # an instruction is one state's: "Глава Чувашии … Олег Николаев поручил представить
        # предложения по сотрудничеству с белорусскими партнерами" binds Russia alone
    for code in _subject_roles(ctx, a, b):  # "глава государства примет участие", "у президента запланировано"
        if code not in out:
            out.append(code)
    if unknown and len(out) == 1 and not stated and not ctx.official:  # "Беннет и Путин договорились": Bennett's state
        out += named_most_besides(ctx, out)
    named = bool(out) and not (with_only and len(out) == 1 and not persons_named)
    joint = bool(lemmas & data.lexicon("joint_marker")) or any(  # "мы вместе", "мы с вами"
        t.lemma == "мы" and k + 1 < len(toks) and toks[k + 1].lemma in ("с", "со") for k, t in enumerate(toks)) or any(
        t.lemma == "наш" and k + 1 < len(toks) and toks[k + 1].lemma in data.lexicon("relation_noun")
        for k, t in enumerate(toks))  # "работать над развитием наших отношений": the two sides' relations
    we = bool(lemmas & {"мы"}) or any(t.feat("Person") == "1" and t.feat("Number") == "Plur"
                                      and t.pos in ("VERB", "AUX") for t in toks)  # "К 2023 году планируем достичь …"
    if we or lemmas & data.lexicon("we"):
        speaker = _speaker_at(ctx, a)
        if speaker is not None and speaker.country and len(speaker.country) == 2 and speaker.country not in out:
            out.append(speaker.country)
            # "мы" is the speaker's state, but a joint act one leader tells binds both sides ("мы договорились");
            # "наши коллеги", "наше управление работает с …" may be either side's, and keep both
            named = named or we and not joint and kind not in ("agreement", "signed", None)
    if not named and not out:  # one state's clause: "наша страна примет участие", "Губернатор отметил, что …
        speaker = _speaker_at(ctx, a)  # намерен развивать", a region's bridge
        if alone(ctx, toks) and (one := our_country(ctx, toks, speaker) or speakers_own(ctx, toks) or regions_state(
                ctx, a, b)):
            return (one,)
    if not named and not out and not we and kind in ("in_progress", "plan") and alone(ctx, toks) and (
            before := _state_before(ctx, a)):
        return (before,)  # "Азербайджан … приступил к восстановлению территорий. Ведутся работы по …": its work
    if not named:  # "совместно с туркменской стороной", "двусторонние связи" with no state named bind both sides
        for code in participant_states(ctx):
            if code not in out:
                out.append(code)
    if (guest := received_state(ctx, toks)) and guest not in out:
        out.append(guest)  # "его примет президент Никарагуа": the guest's state beside the host's
    out += [code for code in dict.fromkeys(partners) if code not in out]  # a leader met with: his state beside
    # the subject's ("вместе с турецким лидером …")
    return tuple(out)


def _topic(ctx: Context, form) -> bool:
    """The partner is met in what the clause is about: "проинформировать о встрече с Дональдом Трампом" (an event
    after "о" whose partner he is), no party to the promise."""
    toks = ctx.analysis.tokens_in(max(0, form.start - 60), form.start)
    k = max((n for n, t in enumerate(toks) if t.lemma in ("с", "со") and t.pos == "ADP"), default=None)
    return k is not None and k >= 2 and toks[k - 1].lemma in data.lexicon("event_noun") and toks[k - 2].lemma in (
        "о", "об", "обо")


def _joint_subject(ctx: Context, toks) -> bool:
    """The clause's subject is the participants together: a plural "стороны/президенты/лидеры" in the nominative,
    or "они"."""
    from readout.extract.speech.joint import plural_subject

    nouns = set(data.lines("commitment_subjects")) | set(data.lines("joint_speakers"))
    first = first_predicate(toks)
    if first is not None and subject_before(toks, first, ("NOUN", "PROPN")):
        # "турецкая сторона намерена …, в частности они заинтересованы": the subject before the first predicate is
        # the clause's; a later "они" is no joint subject ("Меморандум подписали стороны" has none before)
        toks = toks[:first + 1]
    for n, t in enumerate(toks):
        if t.lemma in data.lexicon("plural_subject") and t.feat("Case") in (None, "Nom"):
            return True
        if t.lemma in nouns and t.pos == "NOUN" and plural_subject(t) and not (
                n and toks[n - 1].pos == "NOUN" and t.feat("Case") == "Gen"):
            return True  # not "глава государства поручил": a genitive after its head noun is no subject
    return False


def _actor(ctx: Context, c, clause_start: int) -> bool:
    """A country mention that can bind its state: nominative, a partner after "с", or a two-state adjective. An
    abbreviation before the clause's first verb is its subject whatever the tagger says of its case ("США будут
    способствовать…")."""
    if _in_title(ctx, c):
        return False  # "посетить выставку «Вьетнам-Экспо-Сибирь»": a name in marks, no actor
    if c.rule == "compound_adjective":  # "казахстанско-узбекские связи", but not the object of a subject's act:
        return not _oblique_after_subject(ctx, c, clause_start)  # "готова содействовать российско-американскому …"
    nxt = ctx.analysis.tokens_in(c.stop, c.stop + 30)[:1]
    if c.rule == "adjective" and nxt and (nxt[0].lemma in data.lexicon("company_noun") or nxt[0].text[:1].isascii()
                                          and nxt[0].text[:1].isalpha()):
        return False  # "подписал соглашения с американскими компаниями", "с японской Mitsubishi": firms, not states
    if c.text.isupper() and _owner(ctx, c, clause_start):
        return False  # "инвестиции США в Латвии": an abbreviation after a common noun is its owner, no actor
    if c.text.isupper() and not any(t.pos in ("VERB", "AUX") for t in ctx.analysis.tokens_in(clause_start, c.start)):
        return True
    toks = ctx.analysis.tokens_in(c.start, c.stop)
    if not toks:
        return True
    head = next((t for t in toks if t.pos in ("NOUN", "PROPN")), toks[0])  # "в Республику Молдова": "Республику"
    case = head.feat("Case")
    before = ctx.analysis.tokens_in(max(0, c.start - 12), c.start)[-1:]
    if before and before[0].lemma in data.lexicon("state_form_noun") and before[0].feat("Case") not in (None, "Nom"):
        head, case = before[0], before[0].feat("Case")  # "вице-президента Исламской Республики Иран": the name
        before = ctx.analysis.tokens_in(max(0, head.start - 40), head.start)[-1:]  # in apposition takes its case
    if before and before[0].pos == "ADP" and before[0].lemma not in ("с", "со", "у", "между"):
        return False  # a place or a topic: "визит в Республику Молдова", "по Украине"
    if case in (None, "Nom") or case == "Acc" and _subject_first(ctx, head, clause_start):
        return not _object_after_verb(ctx, c, clause_start)
    if beyond_border(ctx, c):
        return False  # "до границы с Казахстаном": a landmark, no partner
    if bool(before) and (before[0].lemma in ("с", "со") and case == "Ins" or before[0].lemma == "у" and case == "Gen"):
        # a partner: "сотрудничество с Польшей", "приобретет у России"; not one the subject acts together with
        # ("Китай намерен совместно с Фиджи усиливать обмены" binds China, its subject)
        return not (before[0].lemma in ("с", "со") and any(t.lemma in ("совместно", "вместе") for t in ctx.analysis.tokens_in(max(clause_start, c.start - 40), c.start)[-4:-1]))
    if case == "Gen" and head.pos in ("NOUN", "PROPN") and _subject_genitive(ctx, c, clause_start):
        return True
    sent = ctx.analysis.sentence_at(c.start)  # "Меморандум между Министерством … России и … Мьянмы"
    return sent is not None and any(t.lemma == "между" for t in ctx.analysis.tokens_in(sent.start, c.start))


def _in_title(ctx: Context, c) -> bool:
    """The mention stands inside a short name in marks after a common noun ("выставку «Вьетнам-Экспо-Сибирь»",
    "форум «Россия – Исламский мир»")."""
    text = ctx.analysis.text
    op = text.rfind("«", max(0, c.start - 40), c.start)
    if op < 0 or "»" in text[op:c.start]:
        return False
    cl = text.find("»", c.stop, c.stop + 40)
    before = ctx.analysis.tokens_in(max(0, op - 30), op)[-1:]
    return cl >= 0 and bool(before) and before[0].pos == "NOUN"


def _subject_first(ctx: Context, head, clause_start: int) -> bool:
    """A name the tagger read as accusative, whose form is also nominative, before any finite verb of its clause:
    the subject ("Казахстан и Узбекистан подписали меморандум": a masculine name opening a text is read as an
    object)."""
    before = ctx.analysis.tokens_in(clause_start, head.start)
    if any(t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin" for t in before):
        return False
    return any(p.tag.case == "nomn" for p in models().parse(head.text))


def _oblique_after_subject(ctx: Context, c, clause_start: int) -> bool:
    """The mention is in an oblique case after the clause's predicate, and a nominative subject stands before the
    predicate: "Эрдоган выразил … готовность содействовать российско-американскому диалогу" binds Turkey alone."""
    toks = ctx.analysis.tokens_in(c.start, c.stop)
    if not toks or toks[0].feat("Case") in (None, "Nom"):
        return False
    before = ctx.analysis.tokens_in(clause_start, c.start)
    pred = first_predicate(before)
    return pred is not None and subject_before(before, pred)


def _object_after_verb(ctx: Context, c, clause_start: int) -> bool:
    """A state right after the clause's finite verb, its subject named before the verb, is the verb's object
    ("Садыр Жапаров посетит ОАЭ, Катар и Бахрейн": the accusative of "Катар" looks like a nominative)."""
    before = ctx.analysis.tokens_in(clause_start, c.start)
    verbs = [k for k, t in enumerate(before) if t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin"]
    if not verbs:
        return False
    k = verbs[-1]
    listed = {id(t) for x in ctx.countries if clause_start <= x.start < c.start
              for t in ctx.analysis.tokens_in(x.start, x.stop)}
    if any(t.text != "," and t.lemma != "и" and id(t) not in listed for t in before[k + 1:]):
        return False  # words of their own between the verb and the state
    return subject_before(before, k)  # "Новый договор … подпишут Казахстан и Узбекистан": no subject before


def _subject_genitive(ctx: Context, c, clause_start: int) -> bool:
    """The state ends a chain of genitives that hangs on the clause's subject before its verb: "Следующая встреча
    министров иностранных дел Азербайджана, Грузии и Турции состоится …" binds the three states, as does "состоится
    саммит с участием Туркменистана, Азербайджана и Узбекистана"."""
    before = ctx.analysis.tokens_in(clause_start, c.start)
    after = ctx.analysis.tokens_in(c.stop, c.stop + 20)[:1]
    listed = bool(after) and (after[0].text == "," or after[0].lemma == "и")  # one of several states
    for j in range(len(before) - 1, -1, -1):
        t = before[j]
        if t.text in (",",) or t.lemma == "и":
            listed = True
            continue
        if t.feat("Case") == "Gen" and t.pos in ("NOUN", "PROPN", "ADJ"):
            continue
        # one state alone ("Визит премьер-министра Финляндии в Россию состоится") leaves the parties to the sides;
        # the subject may follow its verb ("Ожидаются визиты в Беларусь лидеров Узбекистана и Ганы")
        verb = any(x.pos in ("VERB", "AUX") and x.feat("VerbForm") == "Fin" for x in before[:j]) and not _inverted(
            before, j)
        listed = listed or j > 0 and (before[j - 1].lemma == "и" or before[j - 1].text == ",")  # "Делегация
        # России и делегация Узбекистана подписали": the second of coordinated subjects
        body = t.lemma in data.lines("commitment_subjects") and t.lemma not in ("сторона", "страна") and (
            t.feat("Case") == "Nom") and c.rule == "name"  # "Правительство Китая приняло решение …": the body's
        # state is the actor; not "Делегация Омской области заключила соглашение с …": a region's, both sides
        return t.lemma == "участие" or t.pos == "NOUN" and t.feat("Case") == "Nom" and not verb and (listed or body)
    return False


def _inverted(before, j: int) -> bool:
    """The nominative at ``j`` is the subject of the passive or intransitive verb right before its phrase:
    "Ожидаются визиты …", "Состоится встреча …" (the verb agrees with it in number)."""
    verbs = [k for k in range(j) if before[k].pos in ("VERB", "AUX") and before[k].feat("VerbForm") == "Fin"]
    if len(verbs) != 1:
        return False
    v = before[verbs[0]]
    between = before[verbs[0] + 1:j]
    return all(x.pos in ("ADV", "ADJ", "DET") or x.pos == "ADP" or x.feat("Case") not in (None, "Nom")
               for x in between) and v.feat("Number") in (None, before[j].feat("Number")) and (
        v.text.endswith(("ся", "тся")) or v.lemma in ("состояться", "пройти", "начаться"))


def _owner(ctx: Context, c, clause_start: int) -> bool:
    """The mention follows a common noun it belongs to ("инвестиции США"; "Президент США" is a title)."""
    from readout.extract.entities.roles import is_title_word

    prev = ctx.analysis.tokens_in(max(clause_start, c.start - 30), c.start)[-1:]
    return bool(prev) and prev[0].pos == "NOUN" and not is_title_word(prev[0].text)


def state_subject(ctx: Context, c, clause_start: int) -> bool:
    """A state that can be the subject of a future verb: named as an actor, not a two-state adjective of an
    abstract noun ("объем российско-индийской торговли останется…" is a forecast, no state's plan)."""
    return c.rule != "compound_adjective" and _actor(ctx, c, clause_start)


def _nominative_name(ctx: Context, p, a: int, b: int) -> bool:
    """The person is named in the clause as its subject: in the nominative, or as the owner of an institution in
    the nominative ("администрация Байдена намерена": the administration of Biden's state)."""
    for f in p.forms:
        if a <= f.start < b:
            if ctx.name_case(f) in (None, "Nom"):
                return True
            before = ctx.analysis.tokens_in(max(a, f.start - 40), f.start)[-1:]
            if before and before[0].pos == "NOUN" and before[0].feat("Case") == "Nom" and ctx.name_case(f) == "Gen":
                return True
            if ctx.name_case(f) == "Ins" and any(  # "Керри будет принят президентом РФ Владимиром Путиным":
                    t.feat("Voice") == "Pass" and t.feat("VerbForm") == "Part"
                    for t in ctx.analysis.tokens_in(max(a, f.start - 60), f.start)[-4:]):
                return True  # the agent of a passive acts too
    return False


def _subject_roles(ctx: Context, a: int, b: int) -> list[str]:
    """The states of the office holders a clause names as its subject by role alone: one holder in the nominative
    ("Глава государства примет участие в саммите") or the owner of a plan after "у" ("у президента запланировано
    восемь встреч")."""
    out = []
    for r in ctx.roles_in(a, b):
        if r.plural:
            continue
        toks = ctx.analysis.tokens_in(r.start, r.stop)
        before = ctx.analysis.tokens_in(max(a, r.start - 12), r.start)[-1:]
        case = toks[0].feat("Case") if toks else None
        if not (case in (None, "Nom") and not (before and before[0].pos == "ADP")
                or before and before[0].lemma == "у" and case == "Gen"):
            continue
        holder = ctx.holder_of(r)
        country = getattr(holder, "country", None) or r.country
        if country and len(country) == 2 and country not in out:
            out.append(country)
    return out


def _state_before(ctx: Context, a: int) -> str | None:
    """The one state that is the subject of the sentence before, in the same paragraph: the actor of an
    impersonal clause of work that follows ("Азербайджан приступил к восстановлению … . Ведутся работы …")."""
    here = ctx.analysis.sentence_at(a)
    prev = [s for s in ctx.analysis.sentences if here is not None and s.stop <= here.start][-1:]
    if not prev or "\n" in ctx.analysis.text[prev[0].stop:a]:
        return None
    toks = ctx.analysis.sentence_tokens(prev[0])
    verb = first_predicate(toks)
    if verb is None or toks[verb].lemma in data.lexicon("copula") or any(
            t.feat("Case") == "Nom" and (t.pos == "PROPN" or t.feat("Animacy") == "Anim")
            for t in toks[verb + 1:verb + 3]):
        return None  # "Туркменистан посетил министр Ирана": an inverted object; "Россия остается партнером …": a state
    codes = {c.code for c in ctx.countries if prev[0].start <= c.start < prev[0].stop and _actor(ctx, c, prev[0].start)
             and c.rule == "name" and all(t.feat("Case") in (None, "Nom") for t in ctx.analysis.tokens_in(
                 c.start, c.stop)[:1])}  # a nominative subject, not "покупать снимки у Китая"
    return codes.pop() if len(codes) == 1 else None


def _instructor_state(ctx: Context, toks, a: int) -> str | None:
    """The state of the one person named before an active "поручил" (his office's, or his title's)."""
    verb = next((t for t in toks if t.lemma in ORDER_VERBS), None)
    named = [p for p in ctx.persons_in(a, verb.start) if _nominative_name(ctx, p, a, verb.start)] if verb else []
    codes = {c for p in named if (c := state_of(ctx, p))}
    if not named and verb is not None and len(roles := _subject_roles(ctx, a, verb.start)) == 1:
        return roles[0]  # "глава государства поручил вице-премьеру провести переговоры в … РФ": his state's order
    return codes.pop() if len(named) == 1 and len(codes) == 1 else None


def _speaker_at(ctx: Context, offset: int):
    for f in getattr(ctx, "found_quotes", []):
        if f.direct and f.start <= offset < f.stop and f.speakers:
            p = f.speakers[0]
            if not p.country and hasattr(p, "holder_id"):  # an institution's words ("…, – говорится в
                ctx.assign_office(p)  # заявлении") hold no office; its state is the one it has, if any
            return p
    return None
