"""Constructions of the blind rounds 58 and 59 (docs/quality.md): a parliament's chairman who is no head of
state, "глава государства" in an undated text as the president the text names, a first name that rules out an
office holder of the same surname, events named as planned by a participle, and straight quotation marks around a
term that opens with a digit. Every sentence is ours; the comment names the page where the construction was seen."""
import readout


def test_the_chairman_of_a_parliament_is_no_head_of_state():
    # https://minval.az/?p=123603293: "провел встречу с председателем Милли Меджлиса Огтаем Асадовым … Председатель
    # Милли Меджлиса отметил …" (undated)
    text = ("Президент Украины Петр Порошенко встретился с председателем Милли Меджлиса Огтаем Асадовым.\n\n"
            "Председатель Милли Меджлиса отметил рост связей между парламентами.")
    record = readout.read(text)
    assert [q.speaker_name for q in record.quotes] == ["Огтай Асадов"]
    # a first name not the holder's: "Огтай Асадов" is not Azerbaijan's prime minister Али Асадов
    assert "Али Асадов" not in {e.name for e in record.entities}


def test_the_head_of_state_of_an_undated_text_is_the_president_it_names():
    # same page: "Президент Украины Петр Порошенко … Глава украинского государства выразил убеждение, что …"
    text = ("Президент Украины Петр Порошенко провел встречу с премьер-министром Азербайджана.\n\n"
            "Глава украинского государства выразил убеждение, что сотрудничество даст результат.")
    assert [q.speaker_name for q in readout.read(text).quotes] == ["Пётр Порошенко"]


def test_events_named_as_planned_by_a_participle():
    # https://www.akchabar.kg/ru/news/kr-i-azerbajdzhan-obsudili-voprosy-sotrudnichestva: "… проведения ряда
    # запланированных в текущем году двусторонних мероприятий"; https://kabar.kg/news/sostoialsia-telefonnyi-
    # razgovor-glav-mid-kyrgyzstana-i-azerbaidzhana: "… мероприятиях, запланированных к проведению в 2020 году"
    found = readout.read("Министры обсудили подготовку запланированных в этом году совместных мероприятий.",
                         date="2020-03-23").commitments
    assert [c.kind for c in found] == ["plan"]
    # a participle that names no event is no plan: "все намеченные ресурсы" (kremlin.ru, the bundled corpus)
    assert not readout.read("Важно все намеченные ресурсы использовать в срок.", date="2025-02-20").commitments


def test_straight_marks_around_a_term_that_opens_with_a_digit_nest():
    # https://ria.ru/20170217/1488235150.html: '"Достигнута договоренность о … консультаций в формате "2+2"
    # (министры иностранных дел и обороны)", — говорится в тексте заявления.'
    text = ('"Стороны договорились провести консультации в формате "2+2" в марте", — говорится в заявлении '
            'МИД России.')
    quotes = readout.read(text, date="2017-02-17").quotes
    assert [q.text for q in quotes] == ['Стороны договорились провести консультации в формате "2+2" в марте']


def test_each_object_of_an_agreement_about_actions_is_a_commitment():
    # https://icma.az/ru/news/azerbajdzhan-i-somali-podpisali-memorandum-o-vzaimoponimanii-po-sotrudnichestvu-v-
    # agrarnoj-sfere-728111: "договорились о создании рабочей группы, реализации совместных инвестиционных проектов
    # … и эффективном использовании сельскохозяйственных земель" (the annotators count three)
    text = ("Министры договорились о создании совместной комиссии, реализации проектов в сельском хозяйстве и "
            "проведении выставки в Баку.")
    found = [c.text for c in readout.read(text, date="2025-06-01").commitments]
    assert found == ["Министры договорились о создании совместной комиссии", "реализации проектов в сельском хозяйстве",
                     "проведении выставки в Баку"]
    # a treaty's name is one object: "согласован Договор о стратегическом партнерстве и сотрудничестве"
    text = "Полностью согласован Договор о стратегическом партнерстве и сотрудничестве двух стран."
    assert len(readout.read(text, date="2025-05-07").commitments) == 1
    # nouns in the genitive after the action are its object: "о развитии торговли и инвестиций"
    assert len(readout.read("Стороны договорились о развитии торговли и инвестиций.", date="2025-05-07").commitments) == 1
