"""What every extractor of one document shares: its analysis, persons, countries, roles and publisher, and the
resolution of a stretch of text ("заявил Касым-Жомарт Токаев", "отметил Глава нашего государства", "сказал он")
to the person it names."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Iterator

from readout import data
from readout.extract.entities.countries import CountryMention
from readout.extract.entities.persons import Person, PersonForm
from readout.extract.entities.roles import RoleMention
from readout.extract.resolution import PLURAL_PRONOUNS, PRONOUNS, Resolution, person_gender  # noqa: F401
from readout.model import Document
from readout.nlp import Analysis


@dataclass(frozen=True, slots=True)
class Rejected:
    """A candidate a rule turned down: a cue that was found, and the reason it gave nothing ("hedge",
    "background", "no speaker"). ``readout explain --why`` lists them."""

    step: str
    rule: str
    start: int
    stop: int
    reason: str


@dataclass(slots=True)
class Context(Resolution):
    doc: Document
    analysis: Analysis
    persons: list[Person]
    countries: list[CountryMention]
    roles: list[RoleMention]
    publisher_country: str | None
    official: bool  # the publisher is an official body: its "Президент" is its own head of state
    regions: list[CountryMention] = field(default_factory=list)  # regions of a state: "Чувашии" (RU); no countries
    quoted: list[tuple[int, int]] = field(default_factory=list)  # spans of direct speech found so far
    releases: list[tuple[int, int]] = field(default_factory=list)  # quoted press releases: narration inside
    subjects: list[tuple[int, Person]] = field(default_factory=list)  # narration subjects, by offset
    found_quotes: list = field(default_factory=list)  # quotes.Found, once found
    speakers: list[Person] = field(default_factory=list)  # everyone quoted, in order
    rejected: list[Rejected] = field(default_factory=list)  # candidates a rule looked at and turned down, and why
    _quoted_sorted: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def reject(self, step: str, rule: str, start: int, stop: int, reason: str) -> None:
        """Note a candidate turned down, for the tracer."""
        self.rejected.append(Rejected(step, rule, start, stop, reason))

    # ---- persons -------------------------------------------------------------------------------------------
    def person_in(self, start: int, stop: int) -> tuple[Person, PersonForm] | None:
        """The person whose mention lies in ``[start, stop)``; the last one when several."""
        found = None
        for p in self.persons:
            for f in p.forms:
                if start <= f.start and f.stop <= stop and (found is None or f.start > found[1].start):
                    found = (p, f)
        return found

    def persons_in(self, start: int, stop: int) -> list[Person]:
        out: list[Person] = []
        for p in self.persons:
            if any(start <= f.start and f.stop <= stop for f in p.forms) and p not in out:
                out.append(p)
        return sorted(out, key=lambda p: min(f.start for f in p.forms if start <= f.start))

    def person_by_surname(self, surname: str, initials: str = "") -> Person | None:
        """The person whose name holds this surname, in any case form: a transcript label's nominative "Гунба"
        finds "Бадрой Гунбой" (and puts that name's surname right)."""
        s = surname.lower().replace("ё", "е")
        for p in self.persons:
            words = p.name.lower().replace("ё", "е").split()
            if s in words or p.name.lower().replace("ё", "е").endswith(s):
                return p
        stem = s[:-1] if len(s) > 4 else s
        for p in self.persons:
            words = p.name.split()
            if words and len(stem) >= 4 and words[-1].lower().replace("ё", "е").startswith(stem) and not p.holder_id:
                p.name = " ".join(words[:-1] + [surname])
                return p
        return None

    def person_for_holder(self, holder, role: RoleMention | None = None) -> Person:
        """The document's person for an office holder, created (named by the role mention) if the text never
        names them."""
        for p in self.persons:
            if p.holder_id == holder.id:
                return p
        last = holder.last.lower().replace("ё", "е")
        for p in self.persons:
            if last in p.name.lower().replace("ё", "е").split():
                p.holder_id, p.name = holder.id, holder.name
                return p
        p = Person(name=holder.name, holder_id=holder.id)
        if role is not None:
            p.forms.append(PersonForm(role.start, role.stop, role.text, tuple(holder.name.split()), rule="role"))
        self.persons.append(p)
        return p

    def assign_office(self, p: Person) -> None:
        """A person's country and role: their office on the document's date, else the title just before a mention
        ("Президентом Республики Узбекистан Шавкатом Мирзиёевым")."""
        from readout import offices

        holder = offices.holder_by_id(p.holder_id)
        term = next((t for t in holder.terms if t.covers(self.doc.date)), None) if holder else None
        if term is None and holder is not None and holder.terms:
            # no term on the date (or no date): a person who served one state only is of that state
            states = {t.country or t.org for t in holder.terms}
            term = holder.terms[-1] if len(states) == 1 else None
        if term is not None:
            p.country, p.role = term.country or term.org, term.office
            return
        by_stop = {r.stop: r for r in self.roles}
        for f in p.forms:
            role = by_stop.get(f.start - 1) or by_stop.get(f.start - 2)
            if role is not None and not role.plural:
                p.country, p.role = role.country, role.office
                return
        for f in p.forms:
            code, office = self._respectively(f)
            if code:
                p.country, p.role = code, office
                return
        for f in sorted(p.forms, key=lambda f: f.start):
            if (code := self._titled_state(f)) is not None:
                p.country = code
                return

    def _titled_state(self, form) -> str | None:
        """The state a title with no office of the table names just before the name: "министром обороны РФ Андреем
        Белоусовым", "глава МО РК Даурен Косанов", "посол Китая в России Чжан Ханьхуэй" (not a state after "в")."""
        before = self.analysis.tokens_in(max(0, form.start - 80), form.start)
        title = []
        names = [(f.start, f.stop) for q in self.persons for f in q.forms if f.stop <= form.start]
        for t in reversed(before):
            if t.pos in ("VERB", "AUX", "PUNCT") or t.text in ",.;:" or t.lemma in ("с", "со", "и") or any(
                    x <= t.start < y for x, y in names) or "\n" in self.analysis.text[t.stop:form.start]:
                break  # "с министром обороны РФ Андреем …"; not past "Бакытжана Ордабаева с мэром Сан-Пауло …"
            title.append(t)
        if not title or not any(t.pos == "NOUN" for t in title):
            return None
        start = title[-1].start
        for c in sorted(self.countries + self.regions, key=lambda c: -c.start):  # "Губернатор Приморского края"
            if start <= c.start < form.start:
                phrase = None
                for t in reversed(self.analysis.tokens_in(start, c.start)[-3:]):  # "в Федеративной Республике"
                    if t.pos not in ("NOUN", "ADJ", "PROPN"):
                        phrase = t
                        break
                if phrase is not None and phrase.pos == "ADP":
                    continue  # "в России", "в Федеративной Республике Бразилия": where the post is, not whose
                nxt = self.analysis.tokens_in(c.stop, c.stop + 30)[:1]
                if c.rule == "adjective" and nxt and nxt[0].lemma in (
                        data.lexicon("community_noun") | data.lexicon("company_noun") | data.lexicon("media_noun")):
                    return None  # "руководителем армянской общины края", "корреспондентом японского агентства"
                return c.code if c.rule in ("name", "adjective", "region") else None
        return None

    def _respectively(self, form) -> tuple[str | None, str | None]:
        """"Премьер-министры Украины и Молдовы Денис Шмигаль и Дорин Речан": a plural title naming as many states as
        the names listed after it gives each name its state, in order."""
        text = self.analysis.text
        for r in self.roles:
            if not r.plural or not r.start < form.start or form.start - r.stop > 200:
                continue
            names = sorted((f for p in self.persons for f in p.forms if r.stop <= f.start < r.stop + 200),
                           key=lambda f: f.start)
            chain = []
            for f in names:
                gap = text[(chain[-1].stop if chain else r.stop):f.start]
                if chain and gap.strip() not in (",", "и") or not chain and any(ch in gap for ch in ".;:\n"):
                    break
                chain.append(f)
            first = chain[0].start if chain else r.stop
            states = [c for c in sorted(self.countries, key=lambda c: c.start) if r.start <= c.start < first]
            codes = list(dict.fromkeys(c.code for c in states))
            if form in chain and len(codes) == len(chain) > 1:
                return codes[chain.index(form)], r.office
        return None, None

    # ---- roles ---------------------------------------------------------------------------------------------
    def roles_in(self, start: int, stop: int) -> list[RoleMention]:
        return [r for r in self.roles if start <= r.start and r.stop <= stop]

    # ---- narration subjects (for pronouns) -----------------------------------------------------------------
    def note_subject(self, offset: int, person) -> None:
        """A narration subject: a Person, or (holder, role) for an office holder named only by role, who becomes a
        person of the document only if a pronoun or quote turns out to need them."""
        bisect.insort(self.subjects, (offset, person), key=lambda x: x[0])

    def recent_subjects(self, offset: int, n: int = 5) -> Iterator[Person]:
        """The last ``n`` narration subjects before ``offset``, latest first; an office holder noted by role becomes
        a person of the document when reached."""
        i = bisect.bisect_left(self.subjects, offset, key=lambda x: x[0])
        for j in range(i - 1, max(-1, i - n - 1), -1):
            subject = self.subjects[j][1]
            if isinstance(subject, tuple):
                subject = self.person_for_holder(*subject)
                self.subjects[j] = (self.subjects[j][0], subject)
            yield subject

    def subject_before(self, offset: int, gender: str | None = None) -> Person | None:
        """The last narration subject before ``offset``; with ``gender`` ("femn" for "она"), the last one not known
        to be of the other gender ("… Ван И … – отметила она": the minister named before him)."""
        unsure = None
        for subject in self.recent_subjects(offset):  # the last few subjects: one of the pronoun's gender first
            known = (self._verb_gender(subject) or person_gender(subject)) if gender else None  # "Ле Тхи Тху Ханг
            # приняла": the verb agreeing with her tells over a dictionary's guess of "Тхи" as a man's name
            if gender is None or known == gender or (gender == "masc" and known is None and unsure is None):
                return subject  # "он" is also the last man of a name no dictionary knows ("Ван И … отметил он")
            if known is None and unsure is None:
                unsure = subject
        return unsure

    def _verb_gender(self, p) -> str | None:
        """The gender of the past-tense verb right after one of the person's nominative mentions ("Пенни Вонг
        выразила" → femn)."""
        for f in getattr(p, "forms", ()):
            if self.name_case(f) not in (None, "Nom"):
                continue  # "с Анной Петровой обсудил": the verb is another's
            nxt = self.analysis.tokens_in(f.stop, f.stop + 30)[:1]
            if nxt and nxt[0].pos == "VERB" and nxt[0].feat("Tense") == "Past" and nxt[0].feat("Number") == "Sing":
                return {"Fem": "femn", "Masc": "masc"}.get(nxt[0].feat("Gender"))
        return None

    def in_quote(self, offset: int) -> bool:
        if len(self._quoted_sorted) != len(self.quoted):
            self._quoted_sorted[:] = sorted(self.quoted)
        i = bisect.bisect_right(self._quoted_sorted, (offset, float("inf"))) - 1
        return any(a <= offset < b for a, b in self._quoted_sorted[max(0, i - 2):i + 1])

    # ---- resolution ----------------------------------------------------------------------------------------
    def name_case(self, form, undeclined: bool = False) -> str | None:
        """The case of a person's mention, read off its last word (the surname: "С.В.Лавров" → the case of
        "Лавров"); with ``undeclined``, none for a foreign name that has no case forms, whatever the tagger guessed
        from its neighbours (for the subject of a verb of saying, not for narration subjects)."""
        words = [t for t in self.analysis.tokens_in(form.start, form.stop) if t.text[:1].isalpha() and len(t.text) > 1]
        if not words:
            return None
        from readout.nlp import models

        last = words[-1].text.lower()
        from readout import offices

        if undeclined and len(words) == 1 and offices.is_alias(words[0].text):
            return None  # an honorific that stands for the name never declines: "Елбасы подчеркнул"
        if undeclined and (len(last) <= 2 or last.endswith(("и", "о", "э", "зода", "заде", "ску"))) and not (
                models().morph_vocab.word_is_known(last)):  # "Ахмадзода": Persian -зода/-заде, Romanian -ску never decline
            first = words[0].text.lower()
            if len(words) > 1 and len(first) > 2 and models().morph_vocab.word_is_known(first) and not (
                    last.endswith("ску")):  # "Нику Попеску": a Romanian name, neither word declines
                return words[0].feat("Case")  # "Михаил Кавелашвили": the first name declines for both
            return None  # an undeclined foreign name ("Ван И", "Моди", "Си"): its case is not in its form
        case = words[-1].feat("Case")
        if last.endswith("ян") and words[-1].lemma.endswith("янин") and (
                len(words) == 1 or words[0].feat("Case") in (None, "Nom")):
            return "Nom"  # "Симонян ответил": an Armenian surname, not the genitive plural of a "-янин" noun
        if case == "Nom" and len(words) > 1 and words[0].feat("Case") in ("Dat", "Ins") and any(
                "Name" in p.tag and p.tag.case in ("datv", "ablt") for p in models().parse(words[0].text.lower())):
            return words[0].feat("Case")  # "коллеге Виктору Хренину": the first name's ending tells, not a guessed
            # nominative of a surname the dictionary does not know
        if case == "Nom" and len(words) > 1 and len({w.feat("Case") for w in words[:-1]}) == 1 and (
                words[0].feat("Case") in ("Gen", "Dat", "Ins", "Loc")) and _undeclined(last):
            return words[0].feat("Case")  # "с премьер-министром Сайед Юсуфом Реза Гилани": the declined words tell
            # the case of an indeclinable surname, not the nominative guessed for it
        return case


def _undeclined(word: str) -> bool:
    """A word no dictionary knows, guessed to be itself in more than one case ("Гилани").

    >>> _undeclined("гилани"), _undeclined("путина")
    (True, False)
    """
    from readout.nlp import models

    if models().morph_vocab.word_is_known(word):
        return False  # "Ван": a word of the dictionary, the tagger's case stands
    cases = {p.tag.case for p in models().parse(word) if p.normal_form == word and p.tag.case}
    return len(cases) > 1
