"""The persons an event is about: those the lead names together, the heads of the event, the guest a host
received. A mixin of :class:`readout.extract.resolution.Resolution`, reading the Context's persons, roles and
analysis.

>>> from readout import read
>>> r = read("Касым-Жомарт Токаев и Ильхам Алиев провели переговоры. Стороны отметили рост торговли.",
...          date="2025-10-21")
>>> sorted(q.speaker_name for q in r.quotes)
['Ильхам Алиев', 'Касым-Жомарт Токаев']
"""
from __future__ import annotations

from readout.extract.entities.persons import Person
from readout.extract.entities.roles import titles_name


class Participants:
    """Who led the reported event; the attributes it reads are the Context's."""

    __slots__ = ()

    def _received(self, lead: list[Person]) -> list[Person]:
        """The lead persons named after a verb of receiving whose host is named before it ("Ильхам Алиев принял
        министра … Риада Малки"), when the names' cases do not tell (a foreign name the tagger reads as a
        nominative); ``lexicon: host_verb``."""
        from readout import data

        first = {id(p): min(p.forms, key=lambda f: f.start).start for p in lead if p.forms}
        for sent in self.analysis.sentences[:6]:
            toks = self.analysis.sentence_tokens(sent)
            hosts = [t for k, t in enumerate(toks) if t.lemma in data.lexicon("host_verb") and t.pos == "VERB"
                     and not (k + 1 < len(toks) and toks[k + 1].lemma in ("участие", "решение"))]  # "принял участие"
            if hosts and all(sent.start <= first.get(id(p), -1) < sent.stop for p in lead):
                before = [p for p in lead if first[id(p)] < hosts[0].start]
                after = [p for p in lead if first[id(p)] > hosts[0].stop]
                return after if len(before) == 1 and len(after) == 1 else []
        return []

    def lead_persons(self) -> list[Person]:
        """The persons the lead names together: those of the first narrated sentence naming two or more persons
        ("Глава МИД Китая Ван И и Сергей Лавров провели переговоры"), else the heads of the event."""
        for sent in self.analysis.sentences[:6]:
            named = [p for p in self.persons_in(sent.start, sent.stop) if not self.in_quote(sent.start)]
            if len(named) > 1:
                return named
        return self.heads_of_event()

    def heads_of_event(self) -> list[Person]:
        """The persons who led the reported event: those holding a leading office on the date, else the first two
        persons named."""
        for p in self.persons:
            if p.holder_id and not p.role:
                self.assign_office(p)  # offices are given lazily: the heads may be asked for before
        lead = ("president", "prime_minister", "monarch", "head_of_state")
        from readout import offices

        leaders = [p for p in self.persons if p.holder_id and (p.role in lead or not self.doc.date and any(
            t.office in lead for t in offices.holder_by_id(p.holder_id).terms))]  # undated: "Си Цзиньпин" is
        # CN's president as well as the party's general secretary
        if len(leaders) < 2:  # a leader the office table does not know, titled by the text ("Глава Кыргызской
            leaders += [p for p in self.persons if not p.holder_id and (p.role in lead or any(  # Республики С.
                r.office in lead and titles_name(self.analysis.text, r, f) for r in self.roles for f in p.forms))]
            # Жээнбеков")
        if len(leaders) == 1:  # one leader the table knows and one it does not: the first other person named
            leaders += [p for p in self.persons if p is not leaders[0] and p.country != leaders[0].country][:1]
        return leaders[:2] or self.persons[:2]
