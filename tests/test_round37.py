"""Constructions of the blind round 37 (docs/quality.md): an attribution with initials ("— сказал А.Лукашенко",
"-подчеркнул"), a dateline after the time, "глава государства" after a leader named by title, a quoted first-person
fragment in narration, "он" for a man whose name no dictionary knows, and a partner as the only state named. Every
sentence is ours; the comment names the page where the construction was seen."""
import readout


def _quotes(text, **kw):
    return [(q.direct, q.speaker_name, q.text) for q in readout.read(text, **kw).quotes]


def test_an_attribution_with_initials_or_no_space_after_the_dash():
    # https://www.inform.kz/ (round 37, kzkg/02): "«…», - сказал А.Лукашенко." and "«…», -подчеркнул А.Лукашенко."
    got = _quotes("Александр Лукашенко прибыл в Астану.\n\n«Наш товарооборот растет. В этом году он превысит "
                  "миллиард», - сказал А.Лукашенко.\n\n«Вы у нас третий партнер», -подчеркнул А.Лукашенко.",
                  date="2011-05-24")
    assert [(d, s) for d, s, _ in got] == [(True, "Александр Лукашенко"), (True, "Александр Лукашенко")]


def test_a_dateline_after_the_time_of_day():
    # the same page: "17:59, 24 Май 2011 | GMT +5"
    record = readout.read("Товарооборот превысит миллиард\n\n17:59, 24 Май 2011 | GMT +5\n\nАСТАНА. 24 мая. "
                          "Лидеры провели переговоры.")
    assert record.document.date == "2011-05-24"


def test_glava_gosudarstva_after_a_leader_named_by_title_is_that_leader_not_the_partner():
    # https://news.rambler.ru/ (round 37, ru/02): "По словам председателя КНР, … ¶ «…», — сказал глава государства на
    # встрече с премьер-министром России Михаилом Мишустиным."
    got = _quotes("По словам председателя КНР, отношения укрепляются.\n\n«Отношения устойчиво продвигаются», — сказал "
                  "глава государства на встрече с премьер-министром России Михаилом Мишустиным.", date="2025-11-04")
    assert [s for d, s, _ in got if d] == ["Си Цзиньпин"]


def test_a_quoted_first_person_fragment_leaves_narration_reported():
    # https://www.rbc.ru/rbcfreenews/692ea94b9a79478439c509cb: "Геополитическая ситуация проще не стала, что
    # потребовало «от нас сверки часов». Об этом заявил секретарь Совета безопасности России Сергей Шойгу"
    got = _quotes("Ситуация проще не стала, что потребовало «от нас сверки часов». Об этом заявил секретарь Совета "
                  "безопасности России Сергей Шойгу.", date="2025-12-02")
    assert (False, "Сергей Шойгу") in [(d, s) for d, s, _ in got]
    assert all(not (d and t.startswith("Ситуация")) for d, _, t in got)


def test_on_is_the_last_man_even_when_his_names_gender_is_unknown():
    # the same page: "Ван И, в свою очередь, поблагодарил … По его словам, … , отметил он" after Шойгу spoke
    got = _quotes("«Ситуация непростая», — сказал Сергей Шойгу.\n\nВан И, в свою очередь, поблагодарил за "
                  "организацию. Отношения сохраняют высокую динамику, отметил он.", date="2025-12-02")
    assert got[-1][1] == "Ван И"


def test_a_partner_state_alone_binds_the_other_side_too():
    # https://pvestnik.by/ (round 37, by/01): "на территории Беларуси реализуется с Китаем очень крупный проект"
    record = readout.read("Александр Лукашенко встретился с Чжан Цинвэем. На территории Беларуси реализуется с Китаем "
                          "крупный проект индустриального парка.", date="2019-05-05")
    assert [sorted(c.parties) for c in record.commitments] == [["BY", "CN"]]


def test_a_title_after_a_comma_is_no_apposition_of_the_name_after_it():
    # https://ryazan-news.net/ (round 38, ru/03): "Глава РФ сообщил, что … По словам российского президента, Трамп …"
    # in an undated text: Trump never held the Russian title
    got = _quotes("Стали известны подробности разговора президента России Владимира Путина и президента США Дональда "
                  "Трампа.\n\nГлава РФ сообщил, что разговор был полезным.\n\nПо словам российского президента, Трамп "
                  "высказал свою позицию.")
    assert [s for _, s, _ in got] == ["Владимир Путин", "Владимир Путин"]


def test_the_name_next_to_the_verb_answers_not_the_one_in_the_question():
    # https://ru.gruzinform.ge/ (round 38, cauc/01): "На вопрос журналистов, примет ли Пашинян участие …, Симонян
    # ответил: «…»"; and "— заявил председатель парламента Армении" is the speaker of parliament, no head of state
    got = _quotes("Спикер парламента Армении Ален Симонян выступил перед журналистами.\n\nНа вопрос, примет ли Пашинян "
                  "участие во встрече, Симонян ответил: «Полагаю, что встреча состоится».\n\n«Надеюсь, партнеры нас "
                  "поймут», — заявил председатель парламента Армении.", date="2022-10-27")
    assert [s for d, s, _ in got if d] == ["Ален Симонян", "Ален Симонян"]
