"""Constructions of the blind round 54 (docs/quality.md): "по случаю" is no condition, a visit whose details are
being settled, a pronoun who will meet someone, a long title after an inverted verb of saying, a mayor who is not
the akim named before, a surname the dictionary also knows as a word, "не только …, но и" in reported speech, and a
topic discussed that is no work under way. Every sentence is ours; the comment names the page where the
construction was seen."""
import readout


def _commitments(text, date="2025-03-24"):
    return [(c.kind, c.text) for c in readout.read(text, date=date).commitments]


def test_on_the_occasion_of_is_no_condition():
    # https://rus.com.az/?p=96184: "по случаю годовщины … запланирован ряд мероприятий"
    found = _commitments("По случаю годовщины договора между двумя странами запланирован ряд мероприятий.")
    assert [k for k, _ in found] == ["plan"]
    # "в случае" still is one
    assert _commitments("В случае нарушения договора стороны примут ответные меры.") == []


def test_a_visit_whose_details_are_being_settled_is_planned():
    # https://rus.com.az/?p=96184: "Уточняются подробности визита министра … в Азербайджан"
    found = _commitments("Уточняются детали визита министра иностранных дел Армении в Грузию.")
    assert [k for k, _ in found] == ["plan"]
    assert _commitments("Сроки визита президента Казахстана в Монголию согласовываются.") == [
        ("plan", "Сроки визита президента Казахстана в Монголию согласовываются")]


def test_a_pronoun_who_will_meet_someone_makes_a_plan():
    # https://step1.am/ru/2025/03/24/26344: "Завтра он встретится с Мирзояном в МИД"
    text = ("Министр иностранных дел Ирана Аббас Арагчи прибывает в Ереван.\n\n"
            "Завтра он встретится с армянским коллегой в здании МИД.")
    assert ("plan", "Завтра он встретится с армянским коллегой в здании МИД") in _commitments(text)
    # a pronoun that may stand for a thing makes none: "он пройдет" may be a forum
    assert _commitments("Форум открылся в Минске. Завтра он пройдет в Гродно.") == []


def test_a_long_title_after_an_inverted_verb_of_saying_names_the_speaker():
    # https://step1.am/ru/2025/03/24/26344: "…, сообщил официальный представитель МИД Ирана Эсмаил Багаи на брифинге"
    record = readout.read("Министр иностранных дел Ирана Аббас Арагчи в понедельник посетит Армению, сообщил "
                          "официальный представитель МИД Ирана Эсмаил Багаи на брифинге.", date="2025-03-24")
    assert [q.speaker_name for q in record.quotes] == ["Эсмаил Багаи"]


def test_a_mayor_is_not_the_akim_named_before():
    # https://informburo.kz/novosti/mer-moskvy-voshishchen-uvidennym-v-astane-14731.html: "… акиму столицы Адильбеку
    # Джаксыбекову … По словам мэра Москвы, программа укрепит взаимодействие между столицами"
    text = ("Сергей Собянин рассказал о поездке акиму столицы Адильбеку Джаксыбекову.\n\n"
            "Собянин и Джаксыбеков подписали программу сотрудничества городов. По словам мэра Москвы, программа "
            "поможет обмену опытом.")
    speakers = [q.speaker_name for q in readout.read(text, date="2016-05-20").quotes if "программа" in q.text]
    assert speakers == ["Сергей Собянин"]


def test_a_surname_that_is_also_a_word_speaks_after_its_verb():
    # https://smotrim.ru/article/2875055: "«…», – отметил Новак." (pymorphy knows "новак" as a common noun)
    text = ("Новак провел переговоры с министром энергетики Саудовской Аравии.\n\n"
            "«Мы обсудили совместные проекты в энергетике», – отметил Новак.")
    record = readout.read(text, date="2025-07-29")
    assert [q.speaker_name for q in record.quotes] == ["Новак"]
    assert "Новак" in [e.name for e in record.entities if e.kind == "person"]
    # an agency after the verb is no person: "…, сообщает БелТА."
    record = readout.read("Стороны договорились о новых поставках, сообщает БелТА.", date="2025-07-29")
    assert [e.name for e in record.entities if e.kind == "person"] == []


def test_not_only_but_also_is_one_clause_of_reported_speech():
    # https://smotrim.ru/article/2875055: "… взаимодействуют не только по линии промышленности …, но и в таких
    # областях как медицина и образование, уточнил вице-премьер"
    text = ("Вице-премьер Александр Новак провел переговоры в Эр-Рияде.\n\n"
            "Страны сотрудничают не только в энергетике, но и в медицине, уточнил вице-премьер.")
    quotes = readout.read(text, date="2025-07-29").quotes
    assert [q.text for q in quotes] == ["Страны сотрудничают не только в энергетике, но и в медицине, уточнил "
                                        "вице-премьер"]


def test_a_topic_discussed_is_no_work_under_way():
    # https://smotrim.ru/article/2875055 (title): "Россия и Саудовская Аравия обсуждают совместные проекты"
    assert _commitments("Россия и Оман обсуждают совместные проекты в энергетике.") == []
    # work named by its own verb still is: "Россия и Китай запускают совместные проекты"
    assert [k for k, _ in _commitments("Россия и Оман запускают совместные проекты в энергетике.")] == [
        "in_progress"]
