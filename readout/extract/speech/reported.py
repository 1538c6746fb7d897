"""Reported speech: a verb of saying with its speaker, "Как сообщил X, …", "По словам X, …", "Об этом …".

>>> from readout import read
>>> r = read("Касым-Жомарт Токаев прибыл в Баку. Он подчеркнул, что отношения развиваются.", date="2025-10-21")
>>> [(q.text, q.speaker_name, q.speaker_rule) for q in r.quotes]
[('Он подчеркнул, что отношения развиваются', 'Касым-Жомарт Токаев', 'pronoun')]
"""
from __future__ import annotations

import re
from typing import Iterator

from readout import data
from readout.extract.context import Context
from readout.extract.entities.persons import Person
from readout.extract.speech.base import Found, bare_verb, name_at_verb, speech_verbs, subject_in
from readout.extract.speech.clauses import (adverbs_before, advocates, clause_start, main_verb_before, negated,
                                            parenthetical, phrase_end, request, second_verb, strip_span)
from readout.extract.speech.joint import (gerund_joint, joint_source, joint_speakers, passive_agents,
                                          unnamed_participants)
from readout.extract.speech.layouts import unmarked_speech
from readout.extract.speech.sources import media_after, org_speaker, release_passive, source_after, source_speaker
from readout.extract.speech.subject_of import one_subject, relative_antecedent
from readout.extract.speech.transcripts import colon_words
from readout.model import Span
from readout.nlp import Sentence, lemma_of

_KAK = re.compile(r"(?:^|(?<=\s))[Кк]ак\s+(?P<verb>[а-яё]+)\s+(?P<who>[^,;:«»]{2,80}),\s*")
_PO_SLOVAM = re.compile(r"(?:^|(?<=\s))[Пп]о (?:(?P<pron>его|ее|её|их)\s+)?(?:словам|мнению|оценке|данным|информации)\s*")


def _another_speaker(ctx: Context, toks, after: int, told_by) -> bool:
    """After "Как сообщил X, …" the clause has a verb of saying of its own whose subject is someone else: "Как
    сообщил журналистам М. Бочарников, на встрече руководитель региона проинформировал гостей о …"."""
    verb = next((t for t in toks if t.start >= after and t.lemma in speech_verbs() and t.pos == "VERB"
                 and t.feat("VerbForm") == "Fin"), None)
    if verb is None:
        return False
    found, _ = subject_in(ctx, after, verb.start)
    return bool(found) and not set(map(id, found)) & set(map(id, told_by))


def reported_in_sentence(ctx: Context, sent: Sentence) -> Iterator:
    toks = ctx.analysis.sentence_tokens(sent)
    window = sent.start
    for a, b in ctx.quoted:
        if a < sent.stop and b > window and b <= sent.stop and not _said_before(ctx, toks, window, a):
            window = max(window, b)
    k = _KAK.search(sent.text)
    if k and "ссылк" in k.group("who"):  # "Как сообщает 1news.az со ссылкой на официальный сайт Президента": a
        window, k = max(window, sent.start + k.end()), None  # relayed news, whose owner is no speaker
    if k and sent.start + k.start() >= window and lemma_of(k.group("verb")) in speech_verbs():
        who = (sent.start + k.start("who"), sent.start + k.end("who"))
        # "Как сообщает пресс-служба": the source; "Как уточнила представитель МИД РФ Мария Захарова": the person
        named = [f for p in ctx.persons_in(*who) for f in p.forms if who[0] <= f.start < who[1]
                 and ctx.name_case(f, True) in (None, "Nom") and not any(  # not "пресс-служба Токаева", its owner
                     t.lemma in data.lines("source_nouns") for t in ctx.analysis.tokens_in(who[0], f.start)[-1:])]
        source = None if named else source_speaker(ctx, *who)
        speakers, how = ((source,), "organization") if source else subject_in(ctx, *who)  # "Как отметил глава
        # региона, …": a role noun in the nominative, the subject; else a name in any case
        if not speakers and not source:
            speakers, how = subject_in(ctx, *who, any_case=True)
        if not speakers and len(k.group("who").split()) == 1 and (both := joint_source(ctx, *who)):
            speakers, how = both, "joint"  # "Как отметили собеседники, …"; not "Как отметили участники форума"
        if speakers:
            yield Found(*strip_span(ctx.analysis.text, max(window, sent.start + k.start()), sent.stop), False, speakers,
                        "kak_skazal", how,
                        Span(sent.start + k.start(), sent.start + k.end("verb")))
            if not source and not _another_speaker(ctx, toks, sent.start + k.end(), speakers):
                return
            window = sent.start + k.end()  # the news's own verbs of saying after the source: "…, премьер поздравил"
    m = _PO_SLOVAM.search(sent.text)
    if m and sent.start + m.start() >= window:
        comma = sent.text.find(",", m.end())
        source = comma > 0 and m.group(0).split()[-1] in ("данным", "информации") and source_speaker(
            ctx, sent.start + m.end(), sent.start + comma)
        if not source and comma > 0 and m.group("pron") and m.group(0).split()[-1] in ("данным", "информации"):
            source = True  # "По ее данным, Садыр Жапаров поздравил …": the source's data, the sentence's own speaker
        if source:  # "По данным пресс-службы главы государства, гость передал …": the news's source, no one's words
            window, comma = sent.start + comma + 1, -1
        if comma > 0:
            if m.group("pron"):  # "По его словам, …": the last person spoken of
                p = ctx.subject_before(sent.start + m.start() + 1)
                speakers, how = ((p,), "pronoun") if p else ((), None)
            else:
                found = ctx.resolve(sent.start + m.end(), sent.start + comma)  # "По словам губернатора, …" too
                speakers, how = (tuple(found[0]), found[1]) if found else ((), None)
                if not speakers and (both := joint_source(ctx, sent.start + m.end(), sent.start + comma)):
                    speakers, how = both, "joint"  # "По мнению сторон, визит откроет …": each participant's
                if not speakers and (side := ctx.side_in(sent.start + m.end(), sent.start + comma)) is not None:
                    speakers, how = (side,), "side"  # "По мнению кыргызской стороны, …": its participant's
            if speakers:
                # "По словам X, …" from its start; "…, по его словам, «…»" is the whole sentence
                a, b = (sent.start + m.start() if not sent.text[:m.start()].strip() else window), sent.stop
                if len(speakers) == 1 and how not in ("organization", "joint"):
                    ctx.note_subject(sent.start + m.start(), speakers[0])  # "По его словам, … , отметил он"
                yield Found(*strip_span(ctx.analysis.text, a, b), False, speakers, "po_slovam", how,
                            Span(sent.start + m.start(), sent.start + m.end()))
                return
    verbs = speech_verbs()
    institution = None  # an institution's report, kept unless a person speaks later in the sentence
    for k, t in enumerate(toks):
        if not (t.lemma in verbs or _light_verb(toks, k) or request(toks, k) or advocates(toks, k)) or (
                t.start < window or ctx.in_quote(t.start)):
            continue
        if any(sent.start <= b <= t.start for a, b in ctx.releases):
            continue  # «…», – говорится в сообщении: the release's own attribution, not speech of whom it names,
            # though the quote began sentences before
        if t.pos == "VERB" and t.feat("VerbForm") == "Part" and (t.feat("Variant") == "Short" or t.feat(
                "Case") is None) and not negated(toks, k) and (agents := passive_agents(ctx, toks, k)):  # "С обеих
            # сторон подчеркнута важность …"
            end = next((x.start for n, x in enumerate(toks) if n > k and (x.text == ";" or x.text == "," and n + 1 < len(
                toks) and toks[n + 1].lemma in ("а", "но"))), sent.stop)  # "…, а Рахмон отметил" is his own
            yield Found(*strip_span(ctx.analysis.text, sent.start, end), False, agents, "reported", "joint",
                        Span(t.start, t.stop))
            window = end
            continue
        if not negated(toks, k) and (org := release_passive(ctx, toks, k)):  # "В сообщении правительства Румынии
            yield Found(*strip_span(ctx.analysis.text, sent.start, sent.stop), False, (org,), "reported",  # отмечено,
                        "organization", Span(t.start, t.stop))  # что …"
            window = sent.stop
            continue
        if t.pos != "VERB" or t.feat("VerbForm") not in ("Fin", "Conv"):
            continue
        if (t.feat("Voice") == "Pass" and t.lemma not in data.lexicon("impersonal_saying")) or negated(toks, k):
            ctx.reject("quotes", "reported", t.start, t.stop, "negated" if negated(toks, k) else "passive")
            continue
        if t.lemma == "считать" and any(x.pos == "NOUN" and x.feat("Case") == "Ins" and x.feat("Animacy") == "Anim"
                                       for x in toks[max(0, k - 3):k + 4]):
            continue  # "Своим другом он считает президента" says nothing; "считает приоритетом …" is a view
        if t.lemma == "говорить" and any(x.lemma in data.lexicon("remote_channel") for x in toks[k + 1:k + 4]):
            ctx.reject("quotes", "reported", t.start, t.stop, "a call, not words (\"говорили по телефону\")")
            continue  # "После этого президенты дважды говорили по телефону" (tass.ru, round 125)
        stance = data.lexicon("stance_noun")  # "говорили о важности …" says something; "говорил с Алиевым о …" is a
        if t.lemma == "говорить" and any(x.lemma in ("с", "со") for x in toks[k + 1:k + 3]) and not any(  # talk's
                x.lemma == "что" or x.text == ":" or x.lemma in stance for x in toks[k + 1:k + 12]):  # topic
            ctx.reject("quotes", "reported", t.start, t.stop, "a topic, not words (\"говорил с X о Y\")")
            continue  # "Давиташвили также говорил с Алиевым о возможностях …" (civil.ge)
        if t.feat("VerbForm") == "Conv" and _QUOTE_TAIL.search(ctx.analysis.text, sent.start, t.start) and (
                k + 1 < len(toks) and toks[k + 1].lemma in ("о", "об", "обо", "про")) and not (
                k + 4 < len(toks) and toks[k + 2].text.lower() == "том" and toks[k + 4].lemma == "что"):
            ctx.reject("quotes", "reported", t.start, t.stop, "a gerund in a quotation's attribution")
            continue  # "«…», – отметил Мнацаканян, говоря о целях встречи": the topic of the quote, no words of its
            # own ("– сказал он, назвав развитие связей «приоритетом»", "говоря о том, что …" say more)
        if media_after(toks, k):
            ctx.reject("quotes", "reported", t.start, t.stop, "news a medium tells, no one's words")
            continue  # "После церемонии главы … встретились …, сообщают официальные СМИ Туркменистана"
        clause = clause_start(toks, k, window)
        # "ведомство называло «…»": an institution as the subject right before the verb speaks, not a name before it
        own = k and toks[k - 1].lemma in data.lines("source_nouns") and toks[k - 1].feat("Case") in (None, "Nom")
        after = source_after(ctx, toks, k, sent)  # "…, сообщили в пресс-службе ведомства": the service's news
        found = None if own or after else _speaker_of(ctx, toks, k, clause, sent)
        org = after or (source_speaker(ctx, toks[k - 1].start if own else clause, t.start) if found is None else None)
        if org is not None:  # "Во внешнеполитическом ведомстве отметили, что стороны «…»": the words quoted
            institution = institution or Found(*strip_span(ctx.analysis.text, clause, sent.stop), False, (org,),
                                               "org_said", "organization", Span(t.start, t.stop))
            continue  # are the ministry's, unless "…, что президент подчеркнул …" names a person who speaks
        if found is None and org is None and (last := _goes_on(ctx, toks, k, sent)) is not None:
            found = (last,), "narration", sent.start, sent.stop  # "X подчеркнул … А также предложил …": X again
        if found is None:
            ctx.reject("quotes", "reported", t.start, t.stop, "no speaker (a source, a plural verb with one name, "
                                                              "or nobody named)")
            continue
        speakers, how, a, b = found
        a, b = strip_span(ctx.analysis.text, a, b)
        if (after_colon := colon_words(ctx, t.start, b)) is not None:
            yield Found(*after_colon, True, speakers, "colon_unmarked", how, Span(t.start, t.stop))
            return  # "Михайлов сказал: Здравствуйте, коллеги. Мы рады …": his words, unmarked, to the paragraph's end
        if re.match(r"[»\"“”]\s*,?\s*[‒–—―-]", ctx.analysis.text[a:b]) and not (k and toks[k - 1].lemma == "и"):
            ctx.reject("quotes", "reported", t.start, t.stop, "a quotation's attribution, told by a source")
            continue  # "«…», – заявил X на встрече с Y, сообщили в программе «…»": the quote is X's already ("«…», —
            # написал X и поблагодарил …" goes on with his own words)
        if _says_nothing(ctx, a, b, t, speakers):
            ctx.reject("quotes", "reported", t.start, t.stop, "no words of its own (a colon before a quote, an "
                                                              "attribution alone)")
            continue
        inside = min(((qa, qb) for qa, qb in ctx.quoted if a < qb and qa < b), default=None)
        if inside is not None and not _that_clause(ctx.analysis.text, t.stop, inside, b):
            cut = _before_quote(ctx, a, b)  # "сказал: «…»" is direct speech, found already, unless "подчеркнул,
            if cut is None:  # что …, и добавил: «…»" says something first
                cut = _object_before_colon(ctx, toks, k, b)  # or "поблагодарил за приглашение: «…»"
            if cut is None:
                continue
            a, b = strip_span(ctx.analysis.text, a, cut)  # "отметил, что «неделя будет сложной»": the words of a
            # "что" clause quoted are reported speech as well as a quote (GUIDELINES)
        for p in speakers:
            if how not in ("organization", "joint"):
                ctx.note_subject(t.start, p)
        if a < t.start and (own := unmarked_speech(ctx, a, t.start, speakers)):  # "Мы подтвердили …, заявил X"
            yield Found(*own, True, speakers, "unmarked", how, Span(t.start, t.stop))
            return
        yield Found(a, b, False, speakers, "reported", how, Span(t.start, t.stop))
        return
    if institution is not None:
        yield institution


def _goes_on(ctx: Context, toks, k: int, sent):
    """A singular past verb of saying opening its sentence after "А также", "Также", "И" goes on with the one
    person who spoke in the sentence before: "Анатолий Локоть подчеркнул … А также предложил рассмотреть …"."""
    t = toks[k]
    if t.feat("Number") != "Sing" or t.feat("Tense") != "Past" or k > 3 or not all(
            x.lemma in ("а", "и", "также", "еще", "кроме", "того", ",") for x in toks[:k]):
        return None
    prev = [s for s in ctx.analysis.sentences if s.stop <= sent.start][-1:]
    if not prev:
        return None
    verbs = [x for x in ctx.analysis.sentence_tokens(prev[0]) if x.lemma in speech_verbs() and x.pos == "VERB"
             and x.feat("VerbForm") == "Fin" and x.feat("Number") == "Sing"]
    if not verbs:
        return None
    found = subject_in(ctx, prev[0].start, verbs[0].start)[0]
    if verbs[0].feat("Gender") != t.feat("Gender"):
        return None  # "… подчеркнул … А также предложила …": another speaker
    return found[0] if len(found) == 1 and isinstance(found[0], Person) else None


_QUOTE_TAIL = re.compile(r"[»\"”]\s*,?\s*[‒–—―-][^«»\"”.!?\n]*$")


def _that_clause(text: str, verb_end: int, quote: tuple[int, int], end: int) -> bool:
    """The quotation opens right after the verb's ", что": "отметил, что «неделя будет сложной»" is reported speech
    as well as a quote, whether the clause goes on after the marks or ends with them (GUIDELINES: a quoted fragment
    inside reported speech)."""
    qa, qb = quote
    return bool(re.fullmatch(r"\s*,\s*что\s*", text[verb_end:qa - 1] if qa else ""))


def _said_before(ctx: Context, toks, window: int, quote: int) -> bool:
    """A verb of saying with its "что" clause stands between ``window`` and a quote: "подчеркнул, что …, и
    добавил: «…»" (the quote does not swallow the reported words before it)."""
    verbs = speech_verbs()
    return any(window <= t.start < quote and t.lemma in verbs and t.pos == "VERB" and k + 2 < len(toks) and (
        toks[k + 1].text == "," and toks[k + 2].lemma == "что" and toks[k + 2].start < quote
        or _object_before_colon(ctx, toks, k, quote) is not None) for k, t in enumerate(toks))


def _before_quote(ctx: Context, a: int, b: int) -> int | None:
    """Where a reported item that runs into a quote ends: "подчеркнул, что услуги покойного не ограничиваются его
    жизнью, и добавил: «…»" is reported speech up to the comma before the second verb; None when a quote begins
    the item or no "что" clause stands before it."""
    text = ctx.analysis.text
    start = min((qa for qa, qb in ctx.quoted if a < qb and qa < b), default=None)
    if start is None or start <= a:
        return None
    comma = text.rfind(",", a, start)
    colon = re.search(r",\s*что\b[^«»\"]*?(:)\s*[«„“\"]?$", text[a:start])  # "отметила, что … отношения: «…»": the
    if colon and (comma < 0 or ":" not in text[comma:start] or a + colon.start() == comma):  # clause up to the colon
        return a + colon.start(1)
    if comma < 0 or ":" not in text[comma:start] or not re.search(r",\s*что\b", text[a:comma]):
        return None
    return comma


def _object_before_colon(ctx: Context, toks, k: int, b: int) -> int | None:
    """Where the report of a verb with its own object ends at the colon of the quote it introduces: "Путин в ответ
    поблагодарил за приглашение посетить Таджикистан: «…»" (thanks for something, a view of something), not
    "заявил журналистам:" or "сказал в интервью телеканалу:" (an addressee, a setting)."""
    colon = next((n for n in range(k + 1, len(toks)) if toks[n].text == ":" and toks[n].start < b), None)
    if colon is None or any(t.text in ".!?«»\"" for t in toks[k + 1:colon]):
        return None
    first = toks[k + 1] if k + 1 < colon else None
    if first is None or not (first.lemma == "за" or first.pos == "NOUN" and first.feat("Case") == "Acc"):
        return None
    return toks[colon].start


def _light_verb(toks, k: int) -> bool:
    """A verb that says only with its noun: "дали высокую оценку динамике", "дал положительную оценку итогам", the
    noun first too ("Особое внимание Садыр Жапаров уделил …")."""
    near = toks[k + 1:k + 4] + toks[max(0, k - 6):k]
    if any(f"{toks[k].lemma} {t.lemma}" in data.lexicon("speech_light_pair") for t in near):
        return True  # "сошлись во мнении": this verb with this noun only
    return toks[k].lemma in data.lexicon("speech_light_verb") and any(
        t.lemma in data.lexicon("speech_light_noun") for t in near)


def _speaker_of(ctx: Context, toks, k: int, clause: int, sent: Sentence):
    """Who says what with the verb of saying ``toks[k]``: (speakers, rule, start, stop) of the reported item, or
    None. In order: the subject before the verb ("Зеленский отметил, что…", the item from the subject on); a
    plural subject that stands for the participants ("министры выразили…"); the subject after the verb with the
    words before it ("<content>, отметил министр"); the subject of a gerund's clause ("…, назвав…")."""
    t = toks[k]
    plural = t.feat("Number") == "Plur"
    gerund = t.feat("VerbForm") == "Conv"
    j = k + 1
    while j < len(toks) - 1 and j < k + 3 and toks[j].pos == "ADJ" and toks[j].feat("Case") in (None, "Nom"):
        j += 1  # "…, сообщил официальный представитель МИД": the noun after the adjectives
    nxt = toks[j] if j < len(toks) else None
    comma = k > 1 and (toks[k - 1].text == "," or toks[k - 1].text in "‒–—―-" and k > 2 and toks[k - 2].text == ","
                       and not any(x.text in "»\"“”" for x in toks[:k]) and not (k > 2 and ctx.in_quote(
                           toks[k - 3].start)))  # "<unmarked words>, - сказал X"; not a dash layout's quote
    inverted = not gerund and comma and nxt is not None and (nxt.pos in (
        "NOUN", "PROPN") and nxt.feat("Case") in (None, "Nom") or (nxt.text[:1].isupper() or nxt.text[:1].isascii(
        ) and nxt.text[:1].isalpha()) and t.feat("Tense") == "Pres") and any(
        x.pos in ("VERB", "AUX") and x.feat("VerbForm") == "Fin" for x in toks[:k - 1] if x.start >= clause)
    # "…, сказал X, сообщает пресс-служба": after a comma and another finite verb, with a noun right after it (or
    # any capitalised or Latin word after a present tense: "…, сообщает Акорда", "сообщает zakon.kz"), the verb's
    # subject follows it
    speakers, how = subject_in(ctx, clause, t.start) if not inverted else ((), None)
    if not speakers and not inverted and (named := name_at_verb(ctx, clause, t.start)) is not None and not (
            subject_in(ctx, t.stop, phrase_end(toks, k))[0]):  # "Алиева поздравил Президент Турции Эрдоган": the
        speakers, how = (named,), "name"  # subject follows the verb, the name before it is the object
    if t.feat("Gender") == "Neut" and t.feat("Number") == "Sing":
        speakers, how = (), None  # "…, сообщило в понедельник думское управление": no person says "сообщило"
    if not plural and (antecedent := relative_antecedent(ctx, toks, k, clause)) is not None:
        speakers, how = (antecedent,), "name"  # "встретился с президентом Петром Порошенко, который поздравил …"
    if speakers and plural and len(speakers) == 1 and how != "joint" and not any(
            x.lemma == "и" for x in toks[:k] if x.start >= clause):
        speakers, how = (), None  # "…, сообщили в пресс-службе X": a source, not X speaking
    if speakers and not plural and not gerund and len(speakers) > 1 and how == "name":
        speakers = one_subject(ctx, toks, k, clause, speakers)  # a singular verb has one subject
        how = how if speakers else None
    if not speakers and t.lemma in data.lexicon("impersonal_saying"):  # "В сообщении ОДКБ говорится, что…"
        after_release = max([clause] + [b for a, b in ctx.releases if b <= t.start])  # not a name inside «…»
        org = org_speaker(ctx, after_release, t.start)
        speakers, how = ((org,), "organization") if org else ((), None)
    if speakers:
        return speakers, how, (adverbs_before(toks, k) if gerund else clause), sent.stop
    if plural and not gerund and (joint := joint_speakers(ctx, toks, k, clause)):
        return joint, "joint", clause, sent.stop
    if plural and not gerund and clause > sent.start and second_verb(toks, clause, t.start) and (
            joint := joint_speakers(ctx, toks, k, sent.start)):  # "стороны обсудили …, а также высказались о …"
        return joint, "joint", clause, sent.stop
    if plural and not gerund and (unnamed := unnamed_participants(ctx, toks, k, clause, sent)):
        return unnamed, "joint", clause, sent.stop
    if gerund and (main := main_verb_before(toks, k)) is not None:  # "министры обменялись мнениями …, отметив
        subject = subject_in(ctx, toks[0].start, toks[main].start)  # необходимость …": the main clause's subject
        if subject[0]:
            return subject[0], subject[1], adverbs_before(toks, k), sent.stop
        if toks[main].feat("Number") == "Plur" and (joint := joint_speakers(ctx, toks, main, toks[0].start)):
            return joint, "joint", adverbs_before(toks, k), sent.stop
        return None
    if gerund:  # "Выразив удовлетворение визитом, мэр Киева сказал, что …": the subject of the verb of saying after
        verb = next((x for x in toks[k + 1:] if x.lemma in speech_verbs() and x.pos == "VERB"
                     and x.feat("VerbForm") == "Fin"), None)
        comma = next((x for x in reversed(toks[k + 1:]) if verb is not None and x.text == ","
                      and x.start < verb.start), None)
        a, end = (comma.stop, verb.start) if comma is not None else (t.stop, sent.stop)
        after = subject_in(ctx, a, end) if clause == sent.start else ((), None)
        if len(after[0]) != 1 and clause == sent.start and (joint := gerund_joint(ctx, toks, k)):
            return joint, "joint", adverbs_before(toks, k), sent.stop  # "Подчеркнув, что …, главы государств обсудили …"
        return (after[0], after[1], adverbs_before(toks, k), sent.stop) if after[0] and len(after[0]) == 1 else None
    if comma and clause < toks[k - 1].start:  # "<content>, отметил X", "<content>, - сказал X"
        end = next((x.start for x in toks[k + 1:] if x.text in (",", ".", ";", ":")), sent.stop)
        after = subject_in(ctx, t.stop, end)
        if len(after[0]) > 1 and not plural and after[1] == "name":  # "…, заявил X на встрече с Y"
            after = (tuple(ctx.before_partner(list(after[0]), t.stop, end)), after[1])
        if after[0] and (len(after[0]) > 1) == plural:  # the item holds its attribution: "…, заявил он"
            return after[0], after[1], clause, (sent.stop if parenthetical(toks, end) else end)
    if t.feat("Gender") in ("Masc", "Fem") and clause == sent.start and [x.lemma for x in toks[k + 1:k + 3]] == [
            ",", "что"] and bare_verb(ctx, clause, t.start) and isinstance(last := ctx.subject_before(clause), Person):
        return (last,), "narration", clause, sent.stop  # "И добавил, что коллега …": the one spoken of last
    return None


def _says_nothing(ctx: Context, a: int, b: int, verb, speakers) -> bool:
    """The item holds no words of what was said: "В своем выступлении Пашинян заявил:" before a quote the excerpt
    cut off, "В частности, отметил он" (nothing besides the verb, the speaker and discourse words), "Он заявил об
    этом на встрече с …" (the words told before)."""
    text = ctx.analysis.text
    if not text[verb.stop:b].strip(" ,.;:\n") and "," not in text[a:verb.start]:
        return True  # "Главы государств заявили," and the page ends: a subject and its verb, no words
    rest = text[verb.stop:b + 2].lstrip()
    if re.match(r"об\s+этом\b", rest) and not re.search(r"\bчто\b|[:«\"“„]", rest):
        return True  # "Он заявил об этом 3 ноября на встрече с …": the words told in the sentence before
    if rest.startswith(":") and rest[1:].lstrip()[:1] in ("«", '"', "“", "„", "–", "—", "-", ""):
        return True  # the words follow as direct speech ("заявил: «…»"), or the excerpt cut them off
    last = [x for x in ctx.analysis.tokens_in(a, b) if x.text[:1].isalpha()][-1:]
    after = text[last[0].stop:b + 4].lstrip(" ") if last else ""
    if last and last[0].lemma in speech_verbs() and after.startswith(":") and after[1:].lstrip()[:1] in (
            "«", '"', "“", "„", "–", "—", "-", ""):
        return True  # "приветствуя гостей, Президент Ильхам Алиев сказал: ¶ -…": the attribution of direct speech
    names = [(f.start, f.stop) for p in speakers for f in getattr(p, "forms", ())]
    if re.match(r"[»\"“]\s*,?\s*[‒–—―-]", text[a:verb.start]):
        a = verb.stop  # "«…», — как передает «Арменпресс», со ссылкой на …, подчеркнул X": a quote's attribution,
        # whose words before the verb say where it was told, not what
    words = [x for x in ctx.analysis.tokens_in(a, b) if x.pos in _CONTENT and x.start != verb.start
             and x.lemma not in _DISCOURSE and not any(s <= x.start < e for s, e in names)]
    return not words


_CONTENT = {"NOUN", "VERB", "ADJ", "PROPN", "NUM", "ADV", "AUX"}
_DISCOURSE = {"частность", "также", "кроме", "далее", "затем", "этот", "тот", "он", "она", "они"}
