"""Constructions of the blind round 34 (docs/quality.md): an attribution between commas inside the sentence, a
function noun as the speaker before a cut-off quote, a state's long name ("Кыргызской Республики") in a title,
honorifics that stand for a leader's name, the source of "говорится в сообщении", documents listed after a signing,
"решить" that decides only with an infinitive, and "наш" in a sentence that names someone else. Every sentence is
ours; the comment names the page where the construction was seen."""
import readout


def _quotes(text, **kw):
    return [(q.direct, q.speaker_name, q.text) for q in readout.read(text, **kw).quotes]


def test_an_attribution_between_commas_keeps_the_words_after_it():
    # https://tsargrad.tv/news/obsudili-voprosy-putin-i-zelenskij-vpervye-poobshhalis-po-telefonu_207870:
    # "Эта работа, подчеркнул пресс-секретарь …, будет продолжена"; "Кроме того, подчеркнул Песков, в ходе …"
    got = _quotes("Дмитрий Песков рассказал о разговоре лидеров. Кроме того, отметил Песков, стороны обсудили обмен "
                  "пленными. Эта работа, подчеркнул пресс-секретарь Президента России, будет продолжена.",
                  date="2019-07-11")
    texts = [t for d, s, t in got if s == "Дмитрий Песков"]
    assert "Кроме того, отметил Песков, стороны обсудили обмен пленными" in texts
    assert "Эта работа, подчеркнул пресс-секретарь Президента России, будет продолжена" in texts
    # a gerund or a source's verb after the second comma is no continuation of the words
    got = _quotes("Отношения крепнут, заявил Дмитрий Песков, выступая перед журналистами.")
    assert [t for _, _, t in got] == ["Отношения крепнут, заявил Дмитрий Песков"]


def test_a_pronoun_after_an_inverted_attribution_by_function_noun_means_that_speaker():
    # the same page: "Эта работа, подчеркнул пресс-секретарь Путина, будет продолжена. ¶ "…", - сказал он"
    got = _quotes("Как сообщил Дмитрий Песков, разговор был деловым. Кроме того, в ходе разговора Владимир Путин и "
                  "Владимир Зеленский обсудили обмен.\n\nЭта работа, подчеркнул пресс-секретарь Путина, будет продолжена.\n\n\"Мы "
                  "договорились продолжить работу экспертов\", - сказал он.", date="2019-07-11")
    assert got[-1][:2] == (True, "Дмитрий Песков")


def test_a_cut_off_dash_quote_is_the_function_noun_speakers_named_in_the_text():
    # https://liter.kz/11107-ukreplyaya-uzy-bratstva/amp: "В свою очередь Премьер-министр Монголии выразил … ¶ – Я
    # очень рад …" (an undated excerpt cut off inside the quote)
    got = _quotes("Нурсултан Назарбаев встретился с Премьер-министром Монголии Ухнаагийн Хурэлсухом.\n\n– Мы давние "
                  "соседи, – сказал Нурсултан Назарбаев.\n\nВ свою очередь Премьер-министр Монголии выразил "
                  "признательность за прием.\n\n– Я рад, что нахожусь в Казахстане с визитом. Я уверен, что")
    assert got[-1][:2] == (True, "Ухнаагийн Хурэлсух")


def test_a_states_long_name_in_a_title_gives_the_named_holder_that_state():
    # https://tengrinews.kz/kazakhstan_news/prezident-kyirgyizstana-poblagodaril-nazarbaeva-332658: "Глава
    # Кыргызской Республики Сооронбай Жээнбеков поблагодарил …", then "Президент Кыргызстана поблагодарил …"
    record = readout.read("Глава Кыргызской Республики Сооронбай Жээнбеков позвонил Нурсултану Назарбаеву.\n\n"
                          "Президент Кыргызстана поблагодарил коллегу за открытие границы.")
    people = {e.name: e.country for e in record.entities if e.kind == "person"}
    assert people == {"Сооронбай Жээнбеков": "KG", "Нурсултан Назарбаев": "KZ"}
    assert [q.speaker_name for q in record.quotes] == ["Сооронбай Жээнбеков"]


def test_a_headline_title_before_the_named_holder_is_that_holder_not_todays():
    # the same page: the headline "Президент Кыргызстана поблагодарил Назарбаева" over an undated text
    record = readout.read("Президент Кыргызстана поблагодарил Назарбаева\n\nГлава Кыргызской Республики Сооронбай "
                          "Жээнбеков поблагодарил Президента Казахстана Нурсултана Назарбаева за помощь.")
    assert "Садыр Жапаров" not in {e.name for e in record.entities}


def test_both_presidents_speak_together_when_the_table_knows_one():
    # the same page: "Президенты двух стран отметили важность …" with a president the office table does not list
    got = _quotes("Глава Кыргызской Республики Сооронбай Жээнбеков провел телефонный разговор с Президентом "
                  "Казахстана Нурсултаном Назарбаевым.\n\nПрезиденты двух стран отметили важность дорожной карты.")
    assert sorted(s for _, s, t in got if t.startswith("Президенты")) == ["Нурсултан Назарбаев",
                                                                         "Сооронбай Жээнбеков"]


def test_the_message_is_the_sources_not_a_body_named_inside_the_quote():
    # the same page: «…подписанной правительствами двух государств…», - говорится в сообщении (the source named
    # before: "со ссылкой на сайт Акорды")
    got = _quotes("Лидеры говорили по телефону, передает агентство со ссылкой на сайт Акорды.\n\n\"Президенты "
                  "отметили важность карты, подписанной правительствами двух государств\", - говорится в сообщении.")
    direct = [s for d, s, _ in got if d]
    assert direct and direct[0].startswith("Акорд")


def test_an_honorific_that_stands_for_a_name_is_that_leader():
    # https://arzuw.news/geroj-arkadag-vstretilsja-s-glavoj-vsemirnoj-konfederacii-jetnosporta: "Герой-Аркадаг
    # отметил …"; https://liter.kz/11107-ukreplyaya-uzy-bratstva/amp: "Елбасы встретился с …"
    got = _quotes("Елбасы встретился с послом. Елбасы подчеркнул, что дружба крепнет.")
    assert [s for _, s, _ in got] == ["Нурсултан Назарбаев"]
    got = _quotes("Герой-Аркадаг принял гостя. Герой-Аркадаг отметил важность наследия.")
    assert [s for _, s, _ in got] == ["Гурбангулы Бердымухамедов"]


def test_documents_listed_after_a_signing_are_each_a_commitment():
    # https://dyatlovo.fpb.1prof.by/?p=11531: "Заключены меморандум о …; межправительственные соглашения о …, о …"
    # and "заключено 14 различных документов"
    record = readout.read("Лидеры провели переговоры. Заключены меморандум о сотрудничестве советов безопасности; "
                          "межправительственные соглашения о признании водительских удостоверений, о признании "
                          "дипломов.\n\nВсего заключено 9 документов по развитию сотрудничества.")
    assert [(c.kind, c.text) for c in record.commitments] == [
        ("signed", "Заключены меморандум о сотрудничестве советов безопасности"),
        ("signed", "межправительственные соглашения о признании водительских удостоверений"),
        ("signed", "о признании дипломов"),
        ("signed", "Всего заключено 9 документов по развитию сотрудничества")]


def test_reshit_decides_only_with_an_infinitive():
    # https://sandbox.repost.uz/jdut-nashi-frukti-i-ovoshi: "у него четыре вопроса были, мы все их на ходу решили"
    solved = readout.read("У министра было четыре вопроса, мы все их на ходу решили.")
    assert list(solved.commitments) == []
    decided = readout.read("Стороны решили провести следующее заседание в Баку.")
    assert [c.kind for c in decided.commitments] == ["agreement"]


def test_nash_in_a_sentence_naming_another_leader_is_not_that_leaders_state():
    # https://minval.az/news/124521004: "Пезешкиан выразил благодарность главе нашего государства …" (an Azerbaijani
    # site; the Iranian president named first)
    record = readout.read("Президент Ирана Масуд Пезешкиан позвонил президенту Азербайджана Ильхаму Алиеву.\n\n"
                          "Пезешкиан выразил благодарность главе нашего государства за соболезнования.\n\n"
                          "Глава государства подчеркнул важность расследования.", date="2026-03-08")
    assert record.publisher_country == "AZ"
    assert record.quotes[-1].speaker_name == "Ильхам Алиев"
    apposition = readout.read("Глава нашего государства Ильхам Алиев принял посла Ирана.", date="2026-03-08")
    assert apposition.publisher_country == "AZ"


def test_a_colleague_addressed_in_the_dative_is_not_a_second_speaker():
    # https://m.ru24.pro/ru24-pro/379542739: "«…», — сказал Белоусов … своему белорусскому коллеге Виктору Хренину"
    record = readout.read("\"Рад знакомству с Вами\", — сказал Андрей Белоусов во время визита своему белорусскому "
                          "коллеге Виктору Хренину.")
    assert [q.speaker_name for q in record.quotes] == ["Андрей Белоусов"]
    assert "Виктор Хренин" in {e.name for e in record.entities}


def test_a_future_with_a_leader_only_after_a_preposition_is_a_forecast_not_a_plan():
    # https://sputnik-abkhazia.ru/news/20201112/1031275464/Peregovory-prezidentov-Abkhazii-i-Rossii-zavershilis-v-Sochi.html:
    # "Итоги сегодняшних переговоров с президентом России … принесут пользу нашей стране"
    forecast = readout.read("Итоги переговоров с президентом России Владимиром Путиным принесут пользу нашей стране.")
    assert list(forecast.commitments) == []
    plan = readout.read("Президенты проведут переговоры в Минске.")
    assert [c.kind for c in plan.commitments] == ["plan"]


def test_an_undated_excerpt_is_read_from_the_latest_day_it_tells_of():
    # the same page: "Позднее, 24 июня 2020 года президент Абхазии … присутствовал …; 26 августа 2008 года президент
    # Российской Федерации подписал указ …" (no year in the dateline)
    record = readout.read("Переговоры прошли в Сочи.\n\n24 июня 2020 года президент Абхазии Аслан Бжания был на "
                          "параде в Москве.\n\n26 августа 2008 года президент России подписал указ о признании.")
    assert [c.text for c in record.commitments] == []
    dated = readout.read("Переговоры прошли в Сочи.\n\n26 августа 2008 года президент России подписал указ о "
                         "признании.")
    assert [c.kind for c in dated.commitments] == ["signed"]


def test_a_leader_met_with_binds_his_state_beside_the_subjects():
    # kremlin.ru's announcement "Владимир Путин проведёт переговоры с Президентом Республики Гвинея-Бисау Умару
    # Сиссоку Эмбало" (the bundled corpus), and field-27's "Токаев, который …, вместе с турецким лидером Реджепом
    # Тайипом Эрдоганом подписал заявление"
    record = readout.read("Владимир Путин проведёт переговоры с Президентом Республики Гвинея-Бисау Умару Сиссоку "
                          "Эмбало.", date="2025-02-25")
    assert [c.parties for c in record.commitments] == [("RU", "GW")]
    record = readout.read("Президент Казахстана Касым-Жомарт Токаев, который находится в Анкаре с визитом, вместе с "
                          "турецким лидером Реджепом Тайипом Эрдоганом подписал заявление о партнерстве.",
                          date="2025-07-29")
    assert [sorted(c.parties) for c in record.commitments] == [["KZ", "TR"]]
