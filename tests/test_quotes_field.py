"""Quote and speaker constructions met in the field's news copy (round 12 of the blind audit, docs/quality.md).
Every sentence is ours; the comment names the page where the construction was seen."""
import readout


def _quotes(text, date="2024-01-01", url=None):
    return [(q.direct, q.speaker_name, q.text) for q in readout.read(text, date=date, url=url).quotes]


def test_a_paragraph_of_speech_with_no_dash_may_tell_of_the_speakers_own_words():
    # belnovosti.by: "Мы общаемся, как братья … Я Вам сказал один на один … – сказал Президент Беларуси."
    got = _quotes("Александр Лукашенко встретился с Ильхамом Алиевым.\n\nМы понимаем друг друга с полуслова. Я Вам "
                  "говорил об этом в прошлый раз, и это правда, – сказал Александр Лукашенко.", date="2024-04-20")
    assert [(d, s, t[:24]) for d, s, t in got] == [(True, "Александр Лукашенко", "Мы понимаем друг друга с")]


def test_a_long_attribution_names_the_partner_who_is_no_speaker():
    # repost.uz: "…, — сказала Матвиенко во время встречи с главой Сената … Танзилой Нарбаевой."
    got = _quotes("Мы готовим визит очень серьёзно и работаем над его программой вместе, — сказала Валентина Матвиенко "
                  "во время встречи с председателем Сената Олий Мажлиса Узбекистана Танзилой Нарбаевой.",
                  date="2019-11-20")
    assert [(d, s) for d, s, _ in got] == [(True, "Валентина Матвиенко")]


def test_a_bare_title_is_the_narrations_subject_not_the_partner_named_last():
    # nournews.ir: Pezeshkian "во время встречи с президентом Турции …"; then "Президент … добавил: «…»"
    got = _quotes("Масуд Пезешкиан во время встречи с президентом Турции Реджепом Тайипом Эрдоганом обсудил торговлю. "
                  "Президент добавил: «Мы ждём выполнения всех соглашений».", date="2024-12-19")
    assert got[-1][:2] == (True, "Масуд Пезешкиан")


def test_a_name_inside_the_quote_is_no_antecedent_and_kr_is_kyrgyzstan():
    # akipress.org: «… Владимир Путин совершает ответный визит …», – сказал президент КР.
    got = _quotes("Садыр Жапаров принял гостя в Бишкеке.\n\n«Рад, что Владимир Путин приехал к нам с ответным "
                  "визитом», – сказал президент КР.", date="2023-10-12")
    assert [(d, s) for d, s, _ in got] == [(True, "Садыр Жапаров")]


def test_an_aide_and_a_parliamentarian_are_the_persons_named_before_and_commenting_is_saying():
    # городскиестраницы.рф: "«…», — прокомментировал встречу помощник президента России"; "Парламентарий также
    # подчеркнул, что …"
    got = _quotes("Глава делегации Владимир Мединский назвал встречу полезной.\n\n«Главное — мы договорились "
                  "встретиться снова», — прокомментировал переговоры помощник президента России.\n\nДепутат Леонид "
                  "Слуцкий оценил работу делегаций. Парламентарий также подчеркнул, что стороны были готовы к "
                  "диалогу.", date="2022-02-28")
    assert (True, "Владимир Мединский") in [(d, s) for d, s, _ in got]
    assert any(not d and s == "Леонид Слуцкий" and t.startswith("Парламентарий") for d, s, t in got)


def test_a_countrys_adjective_inside_a_title_and_two_ministers_counted_together():
    # president.uz: "Глава российского внешнеполитического ведомства передал … привет"; factor.am: "Оба министра
    # поблагодарили американскую сторону"
    got = _quotes("Президент Узбекистана Шавкат Мирзиёев принял Сергея Лаврова. Глава российского "
                  "внешнеполитического ведомства передал хозяину встречи добрые пожелания.", date="2024-05-10")
    assert [s for d, s, _ in got if not d] == ["Сергей Лавров"]
    got = _quotes("Арарат Мирзоян и Джейхун Байрамов встретились в Вашингтоне. Оба министра поблагодарили "
                  "американскую сторону за гостеприимство.", date="2024-05-10")
    assert sorted(s for d, s, _ in got if not d) == ["Арарат Мирзоян", "Джейхун Байрамов"]


def test_a_press_service_as_the_news_source_and_the_guest_received():
    # buzb.uz: "По данным пресс-службы главы государства, … высокопоставленный гость передал лидеру Узбекистана …"
    got = _quotes("Президент Узбекистана Шавкат Мирзиёев принял в Самарканде министра иностранных дел России Сергея "
                  "Лаврова.\n\nПо данным пресс-службы главы государства, гость передал хозяину тёплые приветствия.",
                  date="2024-05-10")
    assert [(d, s) for d, s, _ in got] == [(False, "Сергей Лавров")]


def test_the_leaders_of_two_states_are_the_heads_of_the_event_not_the_minister_who_told_it():
    # newdaynews.ru: Novak tells of the talks; "лидеры двух государств подчеркнули необходимость …"
    got = _quotes("Вице-премьер Александр Новак заявил, что на переговорах Владимира Путина и Реджепа Тайипа "
                  "Эрдогана обсуждался газ. В заявлении говорится, что лидеры двух государств подчеркнули важность "
                  "сделки.", date="2022-08-05")
    assert sorted(s for d, s, t in got if not d and "лидеры" in t) == ["Владимир Путин", "Реджеп Тайип Эрдоган"]


def test_undated_news_gives_a_title_to_the_holder_it_named_and_she_is_the_woman_named_last():
    # ulysmedia.kz (no date): "Мурат Нуртлеу подтвердил … «…», — подчеркнул глава МИД РК"; jauns.lv: "Премьер
    # подчеркнула, что … "«…»", - подчеркнула она"
    got = _quotes("Глава МИД Казахстана Мурат Нуртлеу встретился с коллегой.\n\n«Мы за мир и диалог», — подчеркнул "
                  "глава МИД РК.", date=None)
    assert [(d, s) for d, s, _ in got] == [(True, "Мурат Нуртлеу")]
    got = _quotes("Премьер-министр Эвика Силиня приняла посла США Кристофера Робинсона.\n\nПремьер подчеркнула, "
                  "что партнёрство прочное. \"Мы ценим вашу поддержку\", - подчеркнула она.", date="2025-07-10")
    assert (True, "Эвика Силиня") in [(d, s) for d, s, _ in got]


def test_quote_layouts_of_round_14():
    # nsn.fm: "«…», — заключил мэр Москвы"; kommersant.ru: a closing mark typed as an opening one ("…,« —
    # отметил"); zdvinsk54.ru: "отметил, что …: «Есть … (cut off by the excerpt)"; kommersant.ru: "По словам
    # губернатора, …" is the governor named before
    got = _quotes("Мэр Москвы Сергей Собянин подписал соглашения.\n\n«Уверен, работа принесет пользу жителям», — "
                  "заключил мэр Москвы.", date="2025-02-01")
    assert [(d, s) for d, s, _ in got] == [(True, "Сергей Собянин")]
    assert not readout.read("Заключил соглашение о поставках Сергей Собянин.", date="2025-02-01").quotes
    got = _quotes("Губернатор Ростовской области Василий Голубев прибыл в Ташкент. «Оборот вырос вдвое,« — отметил "
                  "господин Голубев.\n\nПо словам губернатора, консульство откроется скоро.", date="2025-02-01")
    assert [(d, s, t[:12]) for d, s, t in got] == [(True, "Василий Голубев", "Оборот вырос"),
                                                   (False, "Василий Голубев", "По словам гу")]
    got = _quotes("Роман Головченко поблагодарил губернатора Андрея Травникова и отметил: «Есть вопросы, есть и на "
                  "что посмотреть, в частности на товарооборот", date="2025-02-01")
    assert (True, "Роман Головченко") in [(d, s) for d, s, _ in got]
