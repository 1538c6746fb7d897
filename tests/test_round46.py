"""Constructions of the blind round 46 (docs/quality.md): a surname the text also writes in the nominative, an
attribution that names the agency before its verb, direct speech closed by ", — отметил X" with no opening mark, a
name inside a quotation that is no narration subject, work reported under way with "выполняются". Every sentence is
ours; the comment names the page where the construction was seen."""
import readout


def _quotes(text, **kw):
    return [(q.direct, q.speaker_name, q.text) for q in readout.read(text, **kw).quotes]


def test_a_surname_declined_like_a_feminine_noun_takes_its_nominative_mention():
    # https://www.nedelia.lt/news-lt/54449-litva-i-polsha-namereny-provesti-sovmestnye-voennye-uchenija.html (field-17):
    # "после встречи с польским коллегой Анджеем Дудой … – сказал А. Дуда"
    record = readout.read("Президент Литвы встретился в Вильнюсе с польским коллегой Анджеем Дудой.\n\n"
                          "«Мы будем вместе защищать наш регион», — сказал А. Дуда.")
    assert "Анджей Дуда" in [e.name for e in record.entities if e.kind == "person"]
    assert [q.speaker_name for q in record.quotes] == ["Анджей Дуда"]


def test_a_patronymic_is_never_taken_for_the_surname():
    # kremlin.ru transcripts: "Министром … Козловым Александром Александровичем … Александр Александрович, как …"
    record = readout.read("Работой руководит министр Козловым Александром Александровичем. Александр Александрович "
                          "доложил о ходе работ.", date="2025-03-01")
    assert not any(e.name.endswith("Александрович") for e in record.entities if e.kind == "person")


def test_an_attribution_may_name_the_agency_before_its_verb():
    # https://ra.am/archives/83121: "«…», — как передает «Арменпресс», со ссылкой на сообщение Аппарата
    # вице-премьера, подчеркнул Тигран Хачатрян."
    got = _quotes("Вице-премьер Армении Тигран Хачатрян принял посла Великобритании.\n\n«Мы ценим помощь "
                  "Соединенного Королевства в проведении реформ», — как передает «Арменпресс», со ссылкой на "
                  "сообщение аппарата вице-премьера, подчеркнул Тигран Хачатрян.")
    assert got == [(True, "Тигран Хачатрян", "Мы ценим помощь Соединенного Королевства в проведении реформ")]


def test_direct_speech_closed_by_comma_and_dash_needs_no_opening_mark():
    # https://uz.sputniknews.ru/amp/20230414/...--33944066.html: "Многоплановое сотрудничество … вышло на
    # беспрецедентно высокий уровень, — отметил Бахтиёр Саидов."
    got = _quotes("Министры встретились в Самарканде.\n\nТорговля двух стран за последние годы выросла почти "
                  "вдвое, — отметил Бахтиёр Саидов.\n\nДипломат подчеркнул, что диалог важен.")
    assert got[0] == (True, "Бахтиёр Саидов", "Торговля двух стран за последние годы выросла почти вдвое")
    # a full stop before the dash with no first person stays what it was: narration
    assert not any(d for d, _, _ in _quotes("Министры встретились в Самарканде.\n\nТорговля двух стран выросла "
                                            "вдвое. - сообщает агентство."))


def test_a_name_inside_a_quotation_is_not_who_the_narration_speaks_of():
    # https://president.gov.by/ru/events/vstreca-s-poslom-uzbekistana-v-belarusi-rahmatulloj-nazarovym: the President
    # greets the ambassador, quotes his friend "Шавкат Миромонович", and "- сказал Президент" is the host
    got = _quotes("Президент Беларуси Александр Лукашенко встретился с послом Узбекистана.\n\nГлава государства "
                  "отметил, что готовится визит Президента Узбекистана Шавката Мирзиёева.\n\n\"Мой добрый друг - "
                  "Шавкат Миромонович. Нам есть что обсудить\", - сказал Президент.")
    assert [s for d, s, _ in got if d] == ["Александр Лукашенко"]


def test_tasks_reported_as_being_carried_out_are_work_under_way():
    # https://ria.ru/20250901/putin-2038874758.html: "все поставленные задачи по развитию отношений между Москвой и
    # Ханоем … выполняются"
    record = readout.read("Президент России заявил, что все задачи по развитию связей с Вьетнамом выполняются.",
                          date="2025-09-01")
    assert [c.kind for c in record.commitments] == ["in_progress"]
    # asked how the work goes is no report that it goes on
    assert readout.read("Посмотрим, как выполняются поручения по строительству школ.", date="2025-09-01"
                        ).commitments == ()


def test_a_routine_carried_out_is_no_commitment():
    # review of the session's rules: "выполняться" counts with a noun of an obligation only
    assert readout.read("Рейсы из Москвы в Анталию выполняются ежедневно.", date="2025-09-01").commitments == ()
