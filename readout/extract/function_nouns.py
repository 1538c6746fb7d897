"""Function nouns and state words that name a person already met: "– добавил министр", "По словам мэра Москвы",
"Глава Кабинета Министров акцентировал", "Кыргызская сторона подчеркнула". A mixin of
:class:`readout.extract.context.Context` (through :class:`readout.extract.resolution.Resolution`)."""
from __future__ import annotations

from readout.extract.entities.persons import Person
from readout.extract.participants import Participants


class FunctionNouns(Participants):
    """Which person a function noun or a state's "сторона" means; the attributes it reads are the Context's."""

    __slots__ = ()

    def _subject_for(self, noun, offset: int) -> Person | None:
        """The last narration subject a function noun can mean: a head of state or government only for a leader's
        title ("мэр Киева сказал" after the President spoke is the mayor named before, not the President)."""
        from readout import data

        leaders = _TOP_OFFICES
        owner = self.analysis.tokens_in(noun.stop, noun.stop + 40)[:1]  # "глава ведомства" is no head of state
        leader_title = noun.lemma in data.lexicon("generic_official") or noun.lemma in _leader_titles() and not (
            noun.lemma == "глава" and owner and owner[0].feat("Case") == "Gen" and owner[0].lemma not in (
                "государство", "правительство", "кабмин", "кабинет"))
        polities = data.lexicon("polity_noun")
        if noun.lemma == "руководитель" and owner and owner[0].feat("Case") == "Gen" and owner[0].lemma not in polities:
            return None  # "Руководитель администрации главы республики отметил": an unnamed official, no subject
        body = owner[0].lemma if owner and self.named_body(owner[0]) else None  # "Спикер Госдумы"
        for p in self.recent_subjects(offset):
            if p.holder_id and not p.role:
                self.assign_office(p)
            if p.role in leaders and not leader_title or self._titled_otherwise(p, noun.lemma):
                continue
            if body and isinstance(p, Person) and not any(self._introduced_by(f, body) for f in p.forms):
                continue  # "спикер Жогорку Кенеша Асылбек Жээнбеков … Спикер Госдумы обратил внимание"
            return p
        others = [p for p in self.lead_persons() if p.role not in leaders]  # the one lead person who is no leader
        return others[0] if len(others) == 1 else None

    def named_body(self, t) -> bool:
        """The word after a function noun names an institution the text may have introduced otherwise: a
        capitalised genitive inside an organisation's name ("Спикер Госдумы"), not "МИД", a person ("пресс-секретарь
        Путина") or a place ("глава Среднего Урала")."""
        if t.text.isupper() and len(t.text) > 1 and spelled_out(t.text.lower()):
            return True  # "председатель ГД": a body's short name the text spelled out before (``short_title``)
        if t.text.isupper() and len(t.text) > 1 and f"({t.text})" in self.analysis.text[:t.start]:
            return True  # "Всемирной организации здравоохранения (ВОЗ) … Глава ВОЗ": the text's own short name
        return t.feat("Case") == "Gen" and t.pos in ("NOUN", "PROPN") and t.text.istitle() and any(
            s.type == "ORG" and s.start <= t.start < s.stop for s in self.analysis.ner) and not any(
            f.start <= t.start < f.stop for p in self.persons for f in p.forms)

    def _fitting(self, noun, p: Person | None) -> Person | None:
        """``p`` unless he holds a state's top office and the function noun is no leader's title: "– заявил министр
        обороны Армении" is not Pashinyan, "– сказал министр" after Mirziyoyev's words is not Mirziyoyev."""
        if p is None or p.holder_id is None:
            return p  # only an office the table knows him to hold rules him out
        if not p.role:
            self.assign_office(p)
        return None if p.role in _TOP_OFFICES and noun.lemma not in _leader_titles() else p

    def said_before(self, offset: int) -> Person | None:
        """The one person the sentence before names in the nominative beside a verb of saying: "…, сообщил глава
        Минпромторга РФ Антон Алиханов. «…», - сказал министр" (the title is another, the speaker the same)."""
        from readout import data

        prev = [s for s in self.analysis.sentences if s.stop <= offset][-2:]
        here = self.analysis.sentence_at(offset)
        prev = [s for s in prev if here is None or s.start < here.start][-1:]
        if not prev or not any(t.lemma in data.lines("speech_verbs") and t.pos == "VERB" for t in
                               self.analysis.sentence_tokens(prev[0])):
            return None
        named = [p for p in self.persons_in(prev[0].start, prev[0].stop) if any(
            prev[0].start <= f.start < prev[0].stop and self.name_case(f, True) in (None, "Nom") for f in p.forms)]
        return named[0] if len(named) == 1 and isinstance(named[0], Person) else None

    def _owned(self, noun, offset: int) -> Person | None:
        """The one person introduced with the body the title's genitive names ("Глава Кабинета Министров
        акцентировал" is the one named after "Председатель Кабинета Министров", not the ambassador received)."""
        owner = self.analysis.tokens_in(noun.stop, noun.stop + 40)[:1]
        if not owner or owner[0].feat("Case") != "Gen" or owner[0].pos not in ("NOUN", "PROPN") or any(
                f.start <= owner[0].start < f.stop for p in self.persons for f in p.forms):
            return None  # a body ("Кабинета Министров"), not a person ("пресс-секретарь Путина")
        found = {id(p): p for p in self.persons for f in p.forms if f.start < offset and not self.in_quote(f.start)
                 and self._introduced_by(f, owner[0].lemma)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _introduced_by(self, form, lemma: str) -> bool:
        """The word stands in the title right before the mention, no other person named between them."""
        before = self.analysis.tokens_in(max(0, form.start - 150), form.start)[-12:]
        hits = [t for t in before if t.lemma == lemma or t.lemma in spelled_out(lemma)]  # "Госдума" introduced as
        # "Государственной думы", "кабмин" as "кабинета министров"
        return bool(hits) and not any(hits[-1].stop <= g.start < form.start for q in self.persons for g in q.forms)

    def _titled_otherwise(self, p: Person, noun: str) -> bool:
        """The text named the person with another office right before his name ("акиму столицы Адильбеку
        Джаксыбекову"), never with this one: "По словам мэра Москвы" is not the akim (``lexicon: office_noun``)."""
        from readout import data

        offices = data.lexicon("office_noun")
        if noun not in offices:
            return False
        seen = {t.lemma for f in p.forms for t in self.analysis.tokens_in(max(0, f.start - 40), f.start)[-4:]}
        return noun not in seen and bool(seen & offices)

    def _of_state(self, tokens, offset: int) -> Person | None:
        """The one person named before whose state the function noun's own adjective names: "грузинский министр
        выразил уверенность" after "министр … Грузии Илья Дарчиашвили … с министром … Азербайджана …" (not a state
        elsewhere before the verb: "В беседе с грузинским коллегой министр отметил")."""
        from readout import data

        code = self._adjective_before(tokens, lambda t: t.lemma in data.lines("role_nouns"))
        return self._only_of(code, offset) if code else None

    def _state_after(self, tokens, noun) -> str | None:
        """The one state a function noun's title names after it: "министр культуры и туризма Турции"."""
        codes = {c.code for c in self.countries if noun.stop <= c.start < tokens[-1].stop}
        return codes.pop() if len(codes) == 1 else None

    def _adjective_before(self, tokens, is_head) -> str | None:
        """The state of a country adjective standing right before a nominative head noun of ``tokens``."""
        for n, t in enumerate(tokens):
            if n and is_head(t) and t.feat("Case") in (None, "Nom") and t.feat("Number") != "Plur":
                prev = tokens[n - 1]
                return next((c.code for c in self.countries if c.start <= prev.start < c.stop
                             and c.rule == "adjective"), None)
        return None

    def _only_of(self, code: str, offset: int) -> Person | None:
        """The one person of a state named before ``offset``."""
        for p in self.persons:
            if not p.country:
                self.assign_office(p)
        found = [p for p in self.persons if p.country == code and any(f.start < offset for f in p.forms)]
        if not found:  # the state that ends the title right before the name: "Министр энергетики Азербайджана
            found = [p for p in self.persons if not p.country and any(  # Парвиз Шахбазов", whom no office holds
                f.start < offset and code in (self._titled_by(f), self._title_state(f)) for f in p.forms)]
        return found[0] if len(found) == 1 else None

    def _title_state(self, form) -> str | None:
        """The last state the title before a mention names, not a place after "в" ("посла РК в Федеративной
        Республике Бразилия Бакытжана Ордабаева": KZ), with no verb between."""
        sent = self.analysis.sentence_at(form.start)
        others = [g.stop for q in self.persons for g in q.forms if g.stop <= form.start and g is not form]
        lo = max([form.start - 100, sent.start if sent else 0] + others)  # not the title of someone named before
        for c in sorted((c for c in self.countries if lo <= c.start < form.start), key=lambda c: -c.start):
            before = self.analysis.tokens_in(max(0, c.start - 12), c.start)[-1:]
            if any(t.pos in ("VERB", "AUX") for t in self.analysis.tokens_in(c.stop, form.start)):
                return None
            if not (before and before[0].lemma in ("в", "во", "из", "по")):  # not "представителя … по Афганистану"
                return c.code
        return None

    def _titled_by(self, form) -> str | None:
        """The state named right before a mention, ending its title ("… Азербайджана Парвиз Шахбазов")."""
        text = self.analysis.text
        return next((c.code for c in self.countries if c.stop <= form.start and not text[c.stop:form.start].strip()
                     and form.start - c.stop < 3), None)

    def region_head(self, noun, offset: int) -> Person | None:
        """"Глава региона уточнил, что …": the person named last before with a regional head's title and a region
        (``lexicon: region_head_title``, ``region_word``): "губернатор Нижегородской области Глеб Никитин"."""
        from readout import data

        owner = self.analysis.tokens_in(noun.stop, noun.stop + 30)[:1]
        if noun.lemma not in ("глава", "руководитель") or not owner or owner[0].lemma not in data.lexicon("region_word"):
            return None
        heads, best = data.lexicon("region_head_title"), None
        for p in self.persons:
            for f in p.forms:
                sent = self.analysis.sentence_at(f.start)
                a = max(sent.start if sent else 0, f.start - 120)
                titles = {t.lemma for t in self.analysis.tokens_in(a, f.start)[-8:]} & heads
                if f.start < offset and not self.in_quote(f.start) and titles and (any(
                        a <= r.start < f.start for r in self.regions) or titles & {"аким", "хоким", "губернатор"}) and (
                        best is None or f.start > best[0]):  # "акимом Восточного Казахстана": a region's head always
                    best = (f.start, p)
        return best[1] if best else None

    def _continued(self, noun, offset: int) -> Person | None:
        """"Министр также отметил …": "также" right after the bare function noun goes on with the last narration
        subject, when the text gave that person the same title."""
        after = self.analysis.tokens_in(noun.stop, noun.stop + 8)[:1]
        if not after or after[0].lemma != "также":
            return None
        p = self.subject_before(offset)
        if p is None or isinstance(p, tuple):
            return None
        titled = any(t.lemma == noun.lemma for f in p.forms
                     for t in self.analysis.tokens_in(max(0, f.start - 120), f.start)[-10:])
        return p if titled else None

    def side_in(self, start: int, stop: int) -> Person | None:
        """The participant a "сторона" of one state stands for, in any case: "По мнению кыргызской стороны, …"."""
        tokens = [t for t in self.analysis.tokens_in(start, stop) if t.text[:1].isalpha()]
        if len(tokens) != 2:
            return None  # "кыргызской стороны"; not "экспертов российской стороны"
        code = next((c.code for n, t in enumerate(tokens) if n and t.lemma == "сторона" and t.feat("Number") != "Plur"
                     for c in self.countries if c.rule == "adjective" and c.start <= tokens[n - 1].start < c.stop), None)
        found = self._only_of(code, start) if code else None
        lead = [p for p in self.lead_persons() if p.country == code] if code and found is None else []
        return found or (lead[0] if len(lead) == 1 else None)

    def _side(self, tokens) -> Person | None:
        """The one participant of the state a nominative singular "сторона" names by its adjective, or of a state
        that is the subject itself: "Кыргызская сторона подчеркнула важность диалога" is the Kyrgyz participant of
        the call, "Туркменистан предложил создать …" the Turkmen one (not "На переговорах с грузинской стороной
        министр подчеркнул")."""
        if not tokens:
            return None
        mentions = [c for c in self.countries if tokens[0].start <= c.start < tokens[-1].stop]
        words = [t for t in tokens if t.text[:1].isalpha()]
        state = len(mentions) == 1 and all(mentions[0].start <= t.start < mentions[0].stop for t in words) and all(
            t.feat("Case") in (None, "Nom") for t in words)  # "Туркменистан предложил Кыргызстану …"
        code = mentions[0].code if state else self._adjective_before(tokens, lambda t: t.lemma == "сторона")
        if code is None:
            return None
        found = self._only_of(code, tokens[0].start)
        if found is not None:  # the one person of that state named so far
            return found
        lead = [p for p in self.lead_persons() if p.country == code]
        return lead[0] if len(lead) == 1 else None

    def _titled(self, noun: str, offset: int, owner: str | None = None, state: str | None = None,
                spec: str | None = None) -> Person | None:
        """The person last introduced with the same function noun before his name ("губернатор Ростовской области
        Василий Голубев … По словам губернатора"), if any; with the ``owner`` the noun has here ("Спикер Госдумы"),
        one introduced with that body ("председателем Государственной думы"), not "спикер Жогорку Кенеша"; with the
        ``spec`` (the noun's genitive: "министр энергетики"), one whose title has it; "глава <body>" also stands for
        the body's director, chairman or secretary (``lexicon: body_head``)."""
        from readout import data

        heads = data.lexicon("body_head") if noun == "глава" and owner is not None else frozenset()
        best = None
        for p in self.persons:
            for f in p.forms:
                sent = self.analysis.sentence_at(f.start)  # "Председатель кабинета министров - руководитель
                a = max(sent.start if sent else 0, f.start - 120)  # администрации президента КР Адылбек Касымалиев"
                near = self.analysis.tokens_in(a, f.start)[-10:]
                titles = [t.start for n, t in enumerate(near) if (
                    t.lemma == noun or t.lemma in spelled_out(noun)[:1] or t.lemma in heads) and t.feat("Number") != "Plur"
                    and not _governed_title(near[n - 1] if n else None, t)]  # "заседании Кабинета министров, … президента X": no title
                between = titles and any(titles[-1] < g.start < f.start for q in self.persons if q is not p
                                         for g in q.forms)  # "министром … Байрамовым и главой МИД … Кошербаевым"
                if owner and titles and not any(t.lemma == owner or t.lemma in spelled_out(owner) for t in
                                                self.analysis.tokens_in(titles[-1], f.start)):
                    continue  # "спикер Жогорку Кенеша Асылбек Жээнбеков" is not the "Спикер Госдумы"
                if spec and titles and not any(t.lemma == spec for t in self.analysis.tokens_in(titles[-1], f.start)):
                    continue  # "Министр энергетики проинформировал" is not the "министр финансов" named after him
                if state and titles and not any(titles[-1] <= c.start < f.start and c.code == state
                                                for c in self.countries):
                    continue  # "подчеркнул министр культуры и туризма Турции" is not Azerbaijan's minister
                if f.start < offset and not self.in_quote(f.start) and titles and not between and not any(
                        t.lemma in ("с", "со", "о", "об") or t.text in "–—-" for t in near if titles[-1] < t.start):
                    # "Глава МИД Армении – о встрече с Мамедъяровым": the title is not the partner's
                    if best is None or f.start > best[0]:
                        best = (f.start, p)
        return best[1] if best else None


_TOP_OFFICES = frozenset({"president", "head_of_state", "prime_minister", "monarch", "leader"})


def _leader_titles() -> frozenset[str]:
    """The function nouns that may stand for a head of state or government (``lexicon: leader_noun`` and the
    premier's titles)."""
    from readout import data

    return data.lexicon("leader_noun") | {"премьер", "премьер-министр", "канцлер", "председатель"}


def _governed_title(before, title) -> bool:
    """A title in the genitive right after another title noun is that title's complement, not the person's own:
    "первого заместителя министра обороны Керима Велиева" is no minister."""
    from readout import data

    return before is not None and title.feat("Case") == "Gen" and before.pos == "NOUN" and (
        before.lemma in data.lines("role_nouns"))


def spelled_out(lemma: str) -> tuple[str, ...]:
    """The words a short title or body name stands for (``lexicon: short_title``): "зампред" → ("заместитель",
    "председатель"), "госдума" → ("государственный", "дума"); else ().

    >>> spelled_out("кабмин"), spelled_out("министр")
    (('кабинет', 'министр'), ())
    """
    from readout import data

    for entry in data.lexicon("short_title"):
        short, *words = entry.split()
        if short == lemma:
            return tuple(words)
    return ()
