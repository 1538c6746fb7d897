"""The sides of a document's event, whom a clause that names no state binds: the states of the persons the lead
names together, else those its headline and lead name with the publisher's (``participant_states``), else the
publisher's state and the other state named most (``sides``).
"""
from __future__ import annotations

from collections import Counter

from readout import data
from readout.extract.context import Context


def sides(ctx: Context) -> list[str]:
    """The two sides of the document's event: the publisher's state and the other state named most."""
    counts = Counter(c.code for c in ctx.countries)
    if not counts:  # no state named: the states of the persons who hold an office ("Ильхам Алиев" → AZ)
        for p in ctx.persons:
            if not p.country:
                ctx.assign_office(p)
        counts = Counter(p.country for p in ctx.persons if p.country and len(p.country) == 2)
    home = ctx.publisher_country
    others = [code for code, _ in counts.most_common() if code != home]
    if home is None:  # a news agency: the states of the office holders who met, else the two states named most
        met: list[str] = []
        for p in ctx.persons:
            if p.holder_id and not p.country:
                ctx.assign_office(p)
            if p.holder_id and p.country and len(p.country) == 2 and p.country not in met:
                met.append(p.country)
        if len(met) >= 2:
            return met[:2]
        if others:
            home = others.pop(0)
    return [c for c in (home, others[0] if others else None) if c]


def participant_states(ctx: Context) -> list[str]:
    """The states of the persons the lead names together (a trilateral summit has three), else those the headline
    and lead name with the publisher's (a domestic meeting has one); in news copy, when a participant's state is
    not known, the other state the text names most; else :func:`sides`."""
    out: list[str] = []
    lead = ctx.lead_persons()
    for p in lead:
        if not p.country:
            ctx.assign_office(p)
        if p.country and len(p.country) == 2 and p.country not in out and not firm_title(ctx, p):
            out.append(p.country)
    if len(out) > 1:
        return out
    if len(met := list(dict.fromkeys(out + delegations(ctx)))) > 1:
        return met  # "переговоры делегаций России, Турции, Украины и ООН": the states of the delegations
    # the states the headline and lead name, and the publisher's: a domestic meeting ("Встреча с губернатором
    # Санкт-Петербурга") binds the host state alone, however often the body names a foreign one
    for sent in ctx.analysis.sentences[:2]:
        for c in ctx.countries:
            nxt = ctx.analysis.tokens_in(c.stop, c.stop + 30)[:1]
            if sent.start <= c.start < sent.stop and c.code not in out and not (
                    c.rule == "adjective" and nxt and nxt[0].lemma in data.lexicon("company_noun")):
                out.append(c.code)  # not "китайской компании": a firm binds no state
        for c in ctx.regions:  # "Глава Чувашии поручил …", not a place ("прибыл в Москву")
            prev = ctx.analysis.tokens_in(max(0, c.start - 12), c.start)[-1:]
            if sent.start <= c.start < sent.stop and c.code not in out and not (prev and prev[0].pos == "ADP"):
                out.append(c.code)
    if ctx.publisher_country and ctx.publisher_country not in out:
        out.append(ctx.publisher_country)
    if len(out) == 1 and not ctx.official and any(not p.country and not firm_title(ctx, p) for p in lead):
        # news copy of a meeting with someone whose state the text only implies: the other state it names most
        out += named_most_besides(ctx, out)
    return out or sides(ctx)


def delegations(ctx: Context) -> list[str]:
    """The states of the first coordinated delegations the text names, two or more ("К договоренности пришли
    делегации из России, Турции и Украины", "переговоры делегаций Азербайджана и Армении").

    >>> from readout import read
    >>> text = "Об этом договорились делегации из России, Турции и Украины. Новый раунд переговоров пройдет в мае."
    >>> [c.parties for c in read(text).commitments]
    [('RU', 'TR', 'UA'), ('RU', 'TR', 'UA')]
    """
    lead = ctx.analysis.sentences[:4]
    toks = ctx.analysis.tokens_in(0, lead[-1].stop) if lead else []
    for i, t in enumerate(toks):
        if t.lemma != "делегация":  # the tagger often reads "делегации" as a genitive singular
            continue
        sent = ctx.analysis.sentence_at(t.start)
        if sent is not None and any(x.lemma in data.lexicon("guest_verb")
                                    for x in ctx.analysis.tokens_in(sent.start, sent.stop)):
            continue  # "столица приняла 16 делегаций из Кыргызстана, Таджикистана …", "в Бишкек прибудут делегации
            # России, Китая …": guests, no sides; and only the lead's delegations (a later "Напомним, …" is none)
        stop = t.stop
        for x in toks[i + 1:i + 25]:
            if x.pos in ("VERB", "AUX") or x.text in (".", ";", ":", "(", "«", "!", "?"):
                break
            stop = x.stop
        codes = list(dict.fromkeys(c.code for c in ctx.countries if t.stop <= c.start < stop))
        if len(codes) > 1:
            return codes
    return []


def firm_title(ctx: Context, p) -> bool:
    """The person is introduced by a post in a firm ("председателем совета директоров китайской компании «CITIC
    Construction» Яном Цзяньцянем", ``lexicon: company_noun``): a firm binds no state."""
    form = min(p.forms, key=lambda f: f.start) if p.forms else None
    if form is None:
        return False
    before = ctx.analysis.tokens_in(max(0, form.start - 100), form.start)
    title = []
    for t in reversed(before):
        if t.pos in ("VERB", "AUX", "ADP") and t.lemma not in ("«", "»") or t.text in (",", ".", ";", ":"):
            break
        title.append(t)
    return any(t.lemma in data.lexicon("company_noun") for t in title)


def named_most_besides(ctx: Context, known: list[str]) -> list[str]:
    """The state the text names most apart from ``known``, as a one-item list (none if it names no other): the
    state of a participant whom news copy names without saying where they come from; its regions and cities count
    for it ("глава Башкортостана", "во Владивостоке": a Russian regional site that never names Russia)."""
    from readout.extract.entities.cities import city_state

    named = Counter(c.code for c in ctx.countries + ctx.regions)
    named.update(code for s in ctx.analysis.ner if s.type == "LOC" and (code := city_state(" ".join(
        t.lemma for t in ctx.analysis.tokens_in(s.start, s.stop)))))
    return [code for code, _ in named.most_common() if code not in known][:1]
