"""Round 92 of the blind audit (docs/quality.md): own-words sentences after the pages named in the comments."""
from readout import read


def test_agreements_listed_after_a_colon_are_one_each():
    # eltr.kg (the Kyrgyz education minister and a Russian delegation): "По итогам встречи достигнуты
    # договоренности: ¶ — продолжить …; ¶ — подготовить план …; ¶ — проработать вопрос …"
    # https://eltr.kg/ru/prorabatyvaetsya-vopros-sozdaniya-filiala-moskovskogo-gosudarstvennogo-universiteta-v-karakole/
    text = ("Министр образования Кыргызстана встретилась с делегацией России.\n\nПо итогам встречи достигнуты "
            "договоренности:\n\n— расширить обмен студентами;\n\n— открыть филиал университета в Оше.")
    c = read(text).commitments
    assert [(x.kind, x.text) for x in c] == [("agreement", "расширить обмен студентами"),
                                            ("agreement", "открыть филиал университета в Оше")]


def test_a_short_quote_with_its_attribution_after_it():
    # news.mail.ru, relaying RIA Novosti (Lavrov and Nurtleu in Skopje): "«Рад повидаться», — сказал российский
    # министр", "“Планируем”, — отреагировал Нуртлеу" https://news.mail.ru/politics/58829222
    text = ("Сергей Лавров провел переговоры с Муратом Нуртлеу.\n\n«Рад встрече», — сказал Сергей Лавров.\n\n"
            "«Согласен», — отреагировал Мурат Нуртлеу.")
    assert [(q.text, q.speaker_name) for q in read(text).quotes] == [
        ("Рад встрече", "Сергей Лавров"), ("Согласен", "Мурат Нуртлеу")]
    # a name in marks inside a sentence is no quote: «Газпром» opens no words of its own
    assert read("Соглашение подписал «Газпром», — сообщил министр.").quotes == ()


def test_a_source_clause_in_the_past_does_not_make_talks_to_come_held():
    # kommersant.ru (Lavrov arrives in Samarkand): "Как сообщали в МИД РФ, во время переговоров «основное внимание
    # будет уделено …»" https://kommersant.ru/doc/7675903
    text = ("Сергей Лавров прибыл в Самарканд. Как сообщали в МИД России, во время переговоров «главное внимание "
            "будет уделено торговле».")
    assert [(e.kind, e.status) for e in read(text).events if e.kind == "talks"] == [("talks", "planned")]


def test_a_regional_site_that_never_names_russia_binds_it_by_its_regions_and_cities():
    # bash.news (Khabirov and the Uzbek hokims): "Стороны договорились включить достигнутые договорённости в дорожную
    # карту" — Bashkortostan is Russia's https://bash.news/news/253909-predstaviteli-baskirii-i-uzbekistana-podpisali-soglaseniia-o-sotrudnicestve
    text = ("Радий Хабиров встретился с хокимом Ташкентской области Узбекистана Зойиром Мирзаевым. Правительство "
            "Башкортостана и хокимият обменялись соглашениями. Глава Башкортостана отметил значение технопарка. "
            "Стороны договорились подготовить дорожную карту.")
    assert [c.parties for c in read(text).commitments if c.kind == "agreement"] == [("UZ", "RU")]
    # otvprim.tv (the Vladivostok mayor and the Vietnamese consul): "уже в апреле из Владивостока будет запущен
    # прямой рейс во Вьетнам" https://otvprim.tv/news/ofitsialno/visokopostavlenniy-inostranets-pokidaet-svoyu-dolzhnost-i-vladivostok/
    text = ("Генеральный консул Вьетнама Нгуен Данг Хиен завершает работу во Владивостоке. С ним встретился глава "
            "города Константин Шестаков. Во Владивостоке живут тысячи граждан Вьетнама. В мае из Владивостока "
            "будет запущен прямой рейс во Вьетнам.")
    assert sorted(read(text).commitments[0].parties) == ["RU", "VN"]


def test_a_firm_named_after_a_state_adjective_is_no_state():
    # newscentralasia.net (Berdimuhamedov and Çalik Holding): "участвует в реализации проекта в консорциуме с
    # японской Mitsubishi Heavy Industries" https://www.newscentralasia.net/2025/11/03/prezident-turkmenistana-prinyal-glavu-calik-holding-obsuzhdeny-klyuchevyye-proyekty-sotrudnichestva/
    text = ("Президент Туркменистана Сердар Бердымухамедов принял главу турецкой компании. Связи Туркменистана и "
            "Турции крепнут. Компания участвует в реализации проекта в консорциуме с японской Mitsubishi.")
    c = read(text).commitments
    assert [x.kind for x in c] == ["in_progress"] and "JP" not in c[0].parties


def test_a_parliament_by_its_name_is_no_person():
    # vestiabad.ru (Berdimuhamedov and Rönesans Holding): "Председатель Халк Маслахаты Туркменистана …",
    # "Бизнесмен поздравил Председателя Халк Маслахаты с днём рождения" (no speaker for the parliament)
    # https://www.vestiabad.ru/ru/news/hero-arkadag-received-the-chairman-of-the-board-of-ronesans-holding
    text = ("Председатель Халк Маслахаты Туркменистана Гурбангулы Бердымухамедов провёл встречу с председателем "
            "правления компании Эрманом Ылыджаком. Бизнесмен поздравил Председателя Халк Маслахаты с праздником.")
    r = read(text)
    assert not any("Маслахат" in e.name for e in r.entities if e.kind == "person")
    assert "Халк Маслахата" not in [q.speaker_name for q in r.quotes]


def test_one_surname_written_with_one_letter_or_two_is_one_person():
    # panarmenian.net (Kocharyan and Mottaki): "министром иностранных дел Ирана Манучером Моттаки" then "М.Мотаки
    # передал …" http://panarmenian.net/m/rus/news/22972/
    text = ("Роберт Кочарян встретился с министром иностранных дел Ирана Манучером Моттаки. В ходе встречи М.Мотаки "
            "передал Роберту Кочаряну приветствия президента Ирана.")
    r = read(text)
    assert [q.speaker_name for q in r.quotes] == ["Манучер Моттаки"]


def test_a_diplomat_of_a_state_is_the_ambassador_its_title_names_before_a_place():
    # caravan.kz (the Kazakh ambassador and the Sao Paulo mayor): "посла РК в Федеративной Республике Бразилия
    # Бакытжана Ордабаева …", "казахстанский дипломат проинформировал мэра …" https://caravan.kz/?p=330236
    text = ("По итогам встречи посла РК в Федеративной Республике Бразилия Бакытжана Ордабаева с мэром Сан-Пауло "
            "Фернандо Хаддадом сообщили в МИД. В ходе беседы казахстанский дипломат проинформировал мэра о "
            "инициативах Казахстана.")
    assert [q.speaker_name for q in read(text).quotes] == ["Бакытжан Ордабаев"]
