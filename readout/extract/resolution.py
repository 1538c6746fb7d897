"""Who a stretch of text names: a name, a title resolved through the office holders on the document's date, the
publisher's voice, a pronoun or a function noun ("заявил Касым-Жомарт Токаев", "отметил Глава нашего
государства", "сказал он", "– добавил министр"). A mixin of :class:`readout.extract.context.Context`, which holds
the document's persons, roles and narration subjects."""
from __future__ import annotations

import re

from readout.extract.entities.persons import Person
from readout.extract.entities.roles import RoleMention, titles_name
from readout.extract.function_nouns import FunctionNouns
from readout.extract.gender import _feminine_verb, person_gender  # noqa: F401 (person_gender: the API of old)

PRONOUNS = {"он", "она"}
PLURAL_PRONOUNS = {"они"}


class Resolution(FunctionNouns):
    """Resolution of mentions to persons; the attributes it reads are the Context's."""

    __slots__ = ()

    _LEADING = {"president": ("president", "head_of_state", "monarch"), "head_of_state": ("president",
                "head_of_state", "monarch"), "leader": ("president", "head_of_state", "monarch", "prime_minister"),
                "prime_minister": ("prime_minister",), "foreign_minister": ("foreign_minister",)}

    def holder_of(self, role: RoleMention):
        """Who holds the role on the document's date; nobody when a name follows the title ("Президент Франции
        господин Шарль де Голль" names de Gaulle) or a word moves it in time ("бывший", "будущий")."""
        from readout import data, offices

        before = self.analysis.tokens_in(max(0, role.start - 40), role.start)[-1:]
        if before and before[0].lemma in data.lines("role_modifiers"):
            return None
        text = self.analysis.text
        address = data.lines("address_words")
        for p in self.persons:
            for f in p.forms:  # the title in apposition to a name: "Президент Франции господин Шарль де Голль"
                if role.stop <= f.start <= role.stop + 12 and all(
                        w.lower() in address for w in re.findall(r"\S+", text[role.stop:f.start])):
                    return None
        country = role.country
        if country is None and self.official:
            country = self.publisher_country  # the publisher's own voice: "Глава государства", "Президент"
        if country is None:
            return None
        office = role.office if role.office != "leader" else offices.leader_office(country)
        return offices.holder(country, office, self.doc.date)

    def holder_named_before(self, role: RoleMention) -> Person | None:
        """A bare title with no state ("Глава государства", "Президент") on a site that is not the leader's own:
        the person last named before it who holds such an office (24.kg: "Садыр Жапаров принял посла США … Глава
        государства отметил…" is Жапаров)."""
        if role.country is not None or role.plural or self.official:
            return None
        offices = self._LEADING.get(role.office)
        if not offices:
            return None
        other = self._spoken_of(role)  # "Глава государства подчеркнул значение визита азербайджанского лидера"
        subject = self.subject_before(role.start)  # the one the narration speaks of, not his partner
        if isinstance(subject, Person) and not subject.country:
            self.assign_office(subject)
        if isinstance(subject, Person) and (subject.role in offices or self._titled_as(subject, offices)) and (
                subject.country not in other):
            return subject  # "Премьер-министр Украины X провела разговор с … Y. «…», – рассказала премьер-министр"
        named = self._named_last(role.start, lambda p: self._with_office(p).role in offices and p.country not in other)
        if named is not None and all(self.with_partner(f) for f in named.forms if f.start < role.start):
            # "Премьер-министр Украины X провела разговор с главой правительства Латвии Y. «…», – рассказала
            # премьер-министр": the one met is no subject; the subject titled so is
            named = self._named_last(role.start, lambda p: p is not named and p.country not in other and (
                self._with_office(p).role in offices or self._titled_as(p, offices))) or named
        # or a leader named by a title with a state since ("По словам председателя КНР, … — сказал глава государства")
        titled = [r for r in self.roles if r.stop <= role.start and r.office in offices and r.country and not r.plural
                  and not self.in_quote(r.start) and r.country not in other]
        last = max(titled, key=lambda r: r.start, default=None)
        if last is not None and (named is None or last.start > max(
                f.start for f in named.forms if f.start < role.start and not self.in_quote(f.start))):
            holder = self.holder_of(last)
            if holder is not None:
                return self.person_for_holder(holder, last)
        return named

    def _titled_as(self, p: Person, offices) -> bool:
        """The text itself titles the person with one of ``offices`` ("Премьер-министр Украины Юлия Свириденко")."""
        return any(r.office in offices and titles_name(self.analysis.text, r, f) for r in self.roles for f in p.forms)

    def _spoken_of(self, role: RoleMention) -> set[str]:
        """States whose leader the role's own sentence speaks of after it, by a state adjective before a leader's
        title in an oblique case ("… подчеркнул особое значение визита азербайджанского лидера") or by a name in an
        oblique case ("… выразил признательность президенту Александру Вучичу"): the title is not that leader."""
        from readout import data

        sent = self.analysis.sentence_at(role.start)
        if sent is None:
            return set()
        toks = self.analysis.tokens_in(role.stop, sent.stop)
        leaders = data.lexicon("leader_noun")
        out = {c.code for c in self.countries if role.stop <= c.start < sent.stop and c.rule == "adjective" and any(
            t.start > c.start and t.lemma in leaders and t.feat("Case") not in (None, "Nom") for t in toks[:80]
            if t.start - c.stop < 3)}
        for p in self.persons:  # "глава государства выразил признательность президенту Александру Вучичу"
            if any(role.stop <= f.start < sent.stop and self.name_case(f) not in (None, "Nom") for f in p.forms):
                if not p.country:
                    self.assign_office(p)
                if p.country:
                    out.add(p.country)
        return out

    def _named_last(self, offset: int, keep) -> Person | None:
        """The person ``keep`` accepts whose last mention before ``offset`` is the latest; a name inside a
        quotation is nobody's antecedent ("«… Владимир Путин совершает …»")."""
        best = None
        for p in self.persons:
            before = [f.start for f in p.forms if f.start < offset and not self.in_quote(f.start)]
            if before and keep(p) and (best is None or max(before) > best[0]):
                best = (max(before), p)
        return best[1] if best else None

    def _with_office(self, p: Person) -> Person:
        if not p.country:
            self.assign_office(p)
        return p

    def _named_in_previous(self, offset: int, gender: str) -> Person | None:
        """A pronoun opening its sentence, after a sentence whose subject is no person (no narration subject noted
        in it) and that names one person of its gender: that person ("Мы спросили пресс-секретаря Анастасию … . Она
        обещала перезвонить")."""
        sent = self.analysis.sentence_at(offset)
        i = self.analysis.sentences.index(sent) if sent is not None else 0
        if not i or self.analysis.tokens_in(sent.start, offset):
            return None
        prev = self.analysis.sentences[i - 1]
        if any(prev.start <= at < prev.stop for at, _ in self.subjects):
            return None
        named = [p for p in self.persons if person_gender(p) == gender and any(
            prev.start <= f.start < prev.stop and not self.in_quote(f.start) for f in p.forms)]
        return named[0] if len(named) == 1 else None

    def _last_named(self, offset: int, gender: str) -> Person | None:
        """The person of the pronoun's gender named last before ``offset`` outside quotations, when the narration
        noted no subject yet ("Премьер подчеркнула, что … «…», - подчеркнула она")."""
        return self._named_last(offset, lambda p: person_gender(p) == gender)

    def _named_holder(self, role: RoleMention) -> Person | None:
        """The person named before the title who holds its office in its state ("глава МИД Казахстана Мурат
        Нуртлеу … — подчеркнул глава МИД РК"): undated news names the holder of its own day."""
        if role.country is None or role.plural:
            return None
        keep = lambda p: (self._with_office(p).country, p.role) == (  # noqa: E731
            role.country, role.office) or self._ever_held(p, role)
        found = self._named_last(role.start, keep)
        if found is None:  # "Президент России проинформировал Председателя КНР … Дмитрий Медведев и Ху Цзиньтао
            later = [(min(f.start for f in p.forms), p) for p in self.persons  # …": a lead that names him after
                     if any(f.start > role.start for f in p.forms) and self._ever_held(p, role)]
            found = min(later, key=lambda x: x[0])[1] if later else None
        return found

    def _ever_held(self, p: Person, role: RoleMention) -> bool:
        """The person held the title's office in its state: by a term of the office table, or by the same title
        right before his name in this text ("Премьер-министр РК Бакытжан Сагинтаев")."""
        from readout import offices

        holder = offices.holder_by_id(p.holder_id)
        office = offices.leader_office(role.country) if role.office in ("head_of_state", "leader") and (
            role.country) else role.office  # "Глава украинского государства" is Ukraine's president
        if holder is not None and any((t.country or t.org) == role.country and t.office in (role.office, office)
                                      for t in holder.terms):
            return True
        # or the text itself gives it: "Премьер-министр РК Бакытжан Сагинтаев"
        return any(r.office == role.office and r.country == role.country and titles_name(self.analysis.text, r, f)
                   for r in self.roles for f in p.forms)

    def resolve(self, start: int, stop: int, nominative: bool = False,
                role_nouns: bool = True) -> tuple[list[Person], str] | None:
        """Who a stretch of text names: by name, by role (office holders on the document's date), by the
        publisher's voice, by pronoun, or by a function noun ("министр", when ``role_nouns``). With ``nominative``
        only names and roles in the nominative count: the subject of a verb of saying. Returns the persons and the
        rule that found them."""
        if stop <= start:
            return None
        tokens = self.analysis.tokens_in(start, stop)
        first = {t.start: t for t in tokens}

        def subject_case(offset: int) -> bool:
            return not nominative or first.get(offset) is None or first[offset].feat("Case") in (None, "Nom")

        # a mention written as the canonical name is a nominative, whatever the tagger reads ("Саида Мирзиёева
        # поблагодарила": "Мирзиёева" is also a man's genitive)
        as_named = lambda p, f: f.text == p.name  # noqa: E731
        named = [p for p in self.persons_in(start, stop)
                 if not nominative or any(start <= f.start < stop and (self.name_case(f, True) in (None, "Nom")
                                                                      or as_named(p, f)) for f in p.forms)]
        partners = [p for p in named if nominative and all(
            self.with_partner(f) for f in p.forms if start <= f.start < stop)]
        pronoun = any(t.lemma in PRONOUNS and t.feat("Case") in (None, "Nom") for t in tokens)
        if partners and (len(partners) < len(named) or pronoun):
            named = [p for p in named if p not in partners]  # "– сказал он на встрече с вьетнамским коллегой Ле Хоай
            # Чунгом": a partner after "с" is no subject beside another, whatever case the tagger gives his name
        sure = [p for p in named if not nominative or any(start <= f.start < stop and (
            self.name_case(f, True) == "Nom" or as_named(p, f)) for f in p.forms)]
        if sure:
            return sure, "name"
        if (head := self._region_title(tokens, start)) is not None:
            return [head], "role_context"  # "президент Татарстана назвал …": the region's head, not Kazakhstan's
        same = self._title_named_before(tokens)  # "Президент Республики Татарстан выразил …" after "Президента
        if same is not None and subject_case(same[1]):  # Республики Татарстан Рустама Минниханова"
            return [same[0]], "role_context"
        found = self._by_role(start, stop, subject_case)  # "сказал российский лидер на встрече с Робертом Фицо"
        if found:
            return found
        if named:  # an undeclined name, its case unknown: "заявил госсекретарь США Майк Помпео"
            return named, "name"
        words = [t.lemma for t in tokens]
        return self._by_pronoun_or_function(start, tokens, words, nominative, role_nouns)

    def _region_title(self, tokens, offset: int) -> Person | None:
        """A title right before a region's name ("президент Татарстана", "глава Чувашии") is that region's head: the
        last narration subject who holds no state's office, never a state's president named before."""
        from readout.extract.entities.roles import is_title_word

        for n, t in enumerate(tokens[:-1]):
            region = next((r for r in self.regions if r.start == tokens[n + 1].start), None)
            if region is not None and t.text[:1].isalpha() and is_title_word(t.text):
                return next((p for p in self.recent_subjects(offset) if isinstance(p, Person) and p.holder_id is None
                             and p.country in (None, region.code)), None)
        return None

    def _title_named_before(self, tokens) -> tuple[Person, int] | None:
        """The one person the text named before right after the same title, word for word by lemma, that ends these
        tokens ("Президент Республики Татарстан" after "Президента Республики Татарстан Рустама Минниханова": a
        title of a region's head, which no office table holds); and where the title starts."""
        from readout.extract.entities.roles import is_title_word

        words = [t for t in tokens if t.text[:1].isalpha()]
        first = next((n for n, t in enumerate(words) if is_title_word(t.text)), None)
        if first is None or len(words) - first < 3:
            return None
        lemmas = [t.lemma for t in words[first:]]
        found = {id(p): p for p in self.persons for f in p.forms if f.stop <= words[first].start and [
            t.lemma for t in self.analysis.tokens_in(max(0, f.start - 200), f.start) if t.text[:1].isalpha()][
            -len(lemmas):] == lemmas}
        return (next(iter(found.values())), words[first].start) if len(found) == 1 else None

    def before_partner(self, persons: list[Person], start: int, stop: int) -> list[Person]:
        """The persons named before the first "с" / "со" that follows the first of them: the partner of a
        meeting is no subject, whatever case the tagger gives an unknown foreign name."""
        tokens = self.analysis.tokens_in(start, stop)
        first = min(f.start for p in persons for f in p.forms if start <= f.start < stop)
        cut = next((t.start for t in tokens if t.start > first and t.lemma in ("с", "со") and t.pos == "ADP"), stop)
        kept = [p for p in persons if any(start <= f.start < cut for f in p.forms)]
        if len(kept) > 1:  # "… сообщил, что переговорил с молдавской коллегой Майей Санду": a partner each time
            free = [p for p in kept if any(start <= f.start < stop and not self.with_partner(f) for f in p.forms)]
            kept = free or kept
        return kept or persons

    def with_partner(self, form) -> bool:
        """The mention follows "с" / "со" over its title words: "с молдавской коллегой Майей Санду"."""
        for t in reversed(self.analysis.tokens_in(max(0, form.start - 60), form.start)[-6:]):
            if t.lemma in ("с", "со") and t.pos == "ADP":
                return True
            if t.pos not in ("ADJ", "NOUN", "DET", "PROPN"):
                return False
        return False

    def _by_role(self, start: int, stop: int, subject_case) -> tuple[list[Person], str] | None:
        """The holders of the first title in the subject's case, and of the titles coordinated with it by "и"
        ("Президент Узбекистана и премьер-министр Пакистана отметили …": both speak)."""
        roles = [r for r in self.roles_in(start, stop) if subject_case(r.start)]
        for n, role in enumerate(roles):
            if role.plural:
                return self.heads_of_event(), "joint"
            found = self._role_person(role)
            if found is None:
                continue
            persons, how = [found[0]], found[1]
            for prev, nxt in zip(roles[n:], roles[n + 1:]):
                if nxt.plural or self.analysis.text[prev.stop:nxt.start].strip() not in ("и", ","):
                    break
                more = self._role_person(nxt)
                if more is not None and more[0] not in persons:
                    persons.append(more[0])
            return persons, how
        return None

    def _role_person(self, role: RoleMention) -> tuple[Person, str] | None:
        """Who one singular title names: the text's own holder when the date is unknown, else the office holder on
        the date, else the person named before with that title."""
        named = self._named_holder(role) if not self.doc.date else None
        if named is not None:  # no date: the text's own holder of the title outranks the office table
            return named, "role_context"
        holder = self.holder_of(role)
        if holder is not None and not self.doc.date and not any(p.holder_id == holder.id for p in self.persons):
            # undated: today's holder the text never names is not who it speaks of; its subject may be
            subject = self.subject_before(role.start)
            if isinstance(subject, Person) and subject.role in (None, role.office) and subject.country in (
                    None, role.country):
                return subject, "role_context"
            named = self._countryman(role)
            if named is not None:
                return named, "role_context"
        if holder is not None:
            return self.person_for_holder(holder, role), "publisher_voice" if role.country is None or role.ours else "role"
        named = self.holder_named_before(role) or self._same_title_before(role)
        return (named, "role_context") if named is not None else None

    def _same_title_before(self, role: RoleMention) -> Person | None:
        """A bare title with no state whose office one person named before it holds by the text's own title
        ("Первый вице-президент Азербайджана Мехрибан Алиева … первый вице-президент сказала")."""
        if role.country is not None or role.plural or role.office in ("leader", "head_of_state", "president"):
            return None
        same = [p for p in self.persons if any(f.start < role.start for f in p.forms)
                and self._with_office(p).role == role.office]
        return same[0] if len(same) == 1 else None

    def _countryman(self, role) -> Person | None:
        """Undated: the one person of no known state named in a sentence with the role's state before the role
        ("Президенты РФ и Монголии Владимир Путин и Цахиагийн Элбэгдорж …; президент Монголии сказал")."""
        found = []
        for p in self.persons:
            if p.country is not None or p.role is not None:
                continue
            for f in p.forms:
                sent = self.analysis.sentence_at(f.start)
                if f.start < role.start and sent is not None and any(
                        c.code == role.country and sent.start <= c.start < sent.stop for c in self.countries):
                    found.append(p)
                    break
        return found[0] if len(found) == 1 else None

    def _by_pronoun_or_function(self, start: int, tokens, words, nominative: bool,
                                role_nouns: bool) -> tuple[list[Person], str] | None:
        if any(w in PRONOUNS for w in words):
            gender = "femn" if "она" in words else "masc"
            p = self._named_in_previous(start, gender) or self.subject_before(start + 1, gender) or (
                self._last_named(start, gender))
            if p is not None:
                return [p], "pronoun"
            if nominative:
                return None
        if any(w in PLURAL_PRONOUNS for w in words):
            return self.heads_of_event(), "joint"
        from readout import data

        side = self._side(tokens) if nominative else None
        if side is not None:  # "Кыргызская сторона подчеркнула …": the participant of that state
            return [side], "side"
        if nominative and any(t.lemma in data.lexicon("guest_noun") and t.feat("Case") == "Nom" for t in tokens):
            # "высокопоставленный гость передал …": the one the lead names as received, not as the subject
            lead = self.lead_persons()
            guests = [p for p in lead if p.forms and self.name_case(min(p.forms, key=lambda f: f.start)) != "Nom"]
            if len(lead) == 2 and len(guests) != 1:
                guests = self._received(lead)
            if len(lead) == 2 and len(guests) == 1:
                return guests, "guest"
        nouns = [t for t in tokens if t.lemma in data.lines("role_nouns")]
        if nominative:  # "Дипломат подчеркнул…": a function noun as the subject of a verb of saying
            nouns = [t for t in nouns if t.feat("Case") == "Nom" and t.feat("Number") != "Plur"]
        if (role_nouns or nominative) and nouns:  # "– добавил министр"
            after = [t for t in tokens if t.start > nouns[0].start][:1]
            owner = after[0].lemma if after and self.named_body(after[0]) else None  # "Спикер Госдумы": no bare
            # noun that continues the subject
            state = self._state_after(tokens, nouns[0])
            spec = after[0].lemma if after and not owner and not state and after[0].pos == "NOUN" and after[0].feat(
                "Case") == "Gen" and after[0].feat("Animacy") == "Inan" and after[0].text[:1].islower() else None
            # "Министр энергетики": the minister introduced with that field; not "помощник президента"
            p = self._of_state(tokens, start) or self.region_head(nouns[0], start) or (
                None if owner else self._continued(nouns[0], start)) or self._titled(
                nouns[0].lemma, start, owner, state, spec) or (None if state else self._owned(nouns[0], start)) or (
                self._subject_for(nouns[0], start)) or self._fitting(nouns[0], (
                    self._only_of(state, start) if state else None) or (  # "глава МИД Армении"
                    self.said_before(start) if nominative and not (owner or state) else None))
            if p is not None and person_gender(p) == "masc" and _feminine_verb(self.analysis.tokens_in(max(0,
                    tokens[0].start - 40), tokens[-1].stop + 40), nouns[0]):
                p = self._last_named(start, "femn") or self._named_last(start, lambda x: person_gender(x) is None) or p
                # "– сказала спикер": the woman named before, else one whose gender no dictionary tells ("Мэр
                # Баодина высказала …" after "с мэром … Баодин Янь Цзихун")
            if p is not None:
                return [p], "role_noun"
        return None

