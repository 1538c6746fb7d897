"""Constructions of the blind round 25 (docs/quality.md): a paragraph of first-person words that "Об этом сказал X"
attributes after a source, a function noun narrowed by its state's adjective or continued by "также", a
sentence-initial gerund that is no person, and an adjective alone that is no city. Every sentence is ours; the
comment names the page where the construction was seen."""
import readout

LEAD = ("Министр иностранных дел Армении Арарат Мирзоян встретился с министром иностранных дел Ирана Аббасом "
        "Арагчи. ")


def _quotes(text):
    return [(q.direct, q.speaker_name, q.text) for q in readout.read(text).quotes]


def test_a_first_person_paragraph_before_ob_etom_after_a_source_is_the_speakers_direct_quote():
    # https://br.az/politics/7986/20220427042857926: "Для меня честь … ¶ Как сообщает АЗЕРТАДЖ, об этом сказал …"
    got = _quotes("Для нас большая честь принимать гостей. Наши народы связывает долгая история.\n\n"
                  "Как сообщает агентство Арменпресс, об этом сказал министр иностранных дел Армении Арарат "
                  "Мирзоян на пресс-конференции.")
    assert got == [(True, "Арарат Мирзоян", "Для нас большая честь принимать гостей. Наши народы связывает "
                                            "долгая история")]
    third = _quotes("Стороны обсудили торговлю. Товарооборот вырос на 20 процентов.\n\nОб этом сообщил министр "
                    "экономики Армении Геворг Папоян.")
    assert [(d, s) for d, s, _ in third] == [(False, "Геворг Папоян")]


def test_a_function_noun_with_a_states_adjective_is_that_states_person():
    # https://br.az/politics/7986/20220427042857926: "грузинский министр выразил уверенность …" after the other
    # minister was named last
    got = _quotes(LEAD + "Армянский министр выразил уверенность в укреплении отношений.")
    assert [s for _, s, _ in got] == ["Арарат Мирзоян"]


def test_the_bare_function_noun_with_takzhe_goes_on_with_the_last_speaker():
    # https://br.az/politics/7986/20220427042857926: "Министр также отметил, что …"
    got = _quotes("Министр иностранных дел Армении Арарат Мирзоян провел брифинг после встречи с министром "
                  "иностранных дел Ирана Аббасом Арагчи.\n\nАрарат Мирзоян отметил, что переговоры были "
                  "полезными.\n\nМинистр также отметил, что визит укрепит связи.")
    assert [s for _, s, _ in got] == ["Арарат Мирзоян", "Арарат Мирзоян"]


def test_a_sentence_initial_gerund_is_no_person_and_the_named_subject_speaks():
    # https://tdh.gov.tm/ru/post/47498/ (the meeting with the special envoy): "Поблагодарив за добрые слова, …
    # Гурбангулы Бердымухамедов отметил, что …"
    record = readout.read("Сердар Бердымухамедов встретился с Сергеем Лавровым.\n\nПоблагодарив за теплый прием, "
                          "Сергей Лавров отметил, что переговоры были содержательными.")
    assert [e.name for e in record.entities if e.kind == "person"] == ["Сердар Бердымухамедов", "Сергей Лавров"]
    assert [q.speaker_name for q in record.quotes] == ["Сергей Лавров"]


def test_an_adjective_alone_names_no_city():
    # https://tdh.gov.tm/ru/post/47498/: "посланник … по Южной и Центральной Азии"
    record = readout.read("Президент Туркменистана встретился со специальным посланником США по Южной и "
                          "Центральной Азии.", date="2025-10-01")
    assert [e.place for e in record.events] == [None]


def test_a_plural_title_gives_each_listed_name_its_state_in_order():
    # https://www.eurointegration.com.ua/rus/news/2023/12/21/7176031/: "Премьер-министры Украины и Молдовы Денис Шмигаль и
    # Дорин Речан …; Украинский премьер отметил …"
    record = readout.read("Министры иностранных дел Казахстана и Киргизии Мурат Нуртлеу и Жээнбек Кулубаев провели "
                          "переговоры. Киргизский министр отметил рост торговли.")
    people = {e.name: e.country for e in record.entities if e.kind == "person"}
    assert people == {"Мурат Нуртлеу": "KZ", "Жээнбек Кулубаев": "KG"}
    assert [q.speaker_name for q in record.quotes] == ["Жээнбек Кулубаев"]


def test_a_surname_made_from_a_first_name_is_its_own_person():
    # https://stapravda.ru/20240527/gubernator_stavropolya_rasshiryaem_sotrudnichestvo_s_uzbekistano_217457.html:
    # "губернатор Ставрополья Владимир Владимиров" beside Владимир Путин;
    # "Ставропольцы уже провели переговоры" names a region's people, no person
    record = readout.read("Президент России Владимир Путин находится в Узбекистане. Как отметил губернатор "
                          "Ставрополья Владимир Владимиров, делегация края участвует в форуме.\n\n«Ставропольцы уже "
                          "провели переговоры», – сообщил Владимиров.")
    assert [e.name for e in record.entities if e.kind == "person"] == ["Владимир Путин", "Владимир Владимиров"]
    assert {q.speaker_name for q in record.quotes} == {"Владимир Владимиров"}


def test_a_first_name_alone_is_never_cut_to_an_office_holders_name():
    # kremlin.ru/events/president/news/76536: "Дарье Демянчук … Д.Демянчук:" was filed under Исхак Дар ("Дарья")
    record = readout.read("Слово предоставляется Дарье Ивановой. Дарья рассказала о своем проекте.")
    assert [e.name for e in record.entities if e.kind == "person"] == ["Дарья Иванова"]
