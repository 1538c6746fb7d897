"""Rounds 83–84 of the blind audit (docs/quality.md): own-words sentences after the pages named in the comments."""
from readout import read


def _kinds(text: str) -> list[str]:
    return sorted(e.kind for e in read(text).events if e.status == "held")


def test_the_body_names_the_occasion_not_a_headlines_shorthand():
    # news.by (Lukashenko and a US envoy): the headline "встретился", the lead "провел переговоры" — talks
    # https://news.by/news/prezident/11-sentyabrya-aleksandr-lukashenko-vstretilsya-s-predstavitelem-prezidenta-ssha-dzhonom-koulom
    text = ("Президент встретился с посланником США\n\n"
            "Президент Беларуси Александр Лукашенко провел переговоры в Минске с посланником США Джоном Смитом. "
            "В начале встречи стороны обменялись приветствиями.")
    assert _kinds(text) == ["talks"]
    # with no headline, the first name stays: "встреча" before "переговоры"
    text = ("Александр Лукашенко встретился в Минске с посланником США Джоном Смитом. "
            "Переговоры продолжились в расширенном составе.")
    assert _kinds(text) == ["meeting"]


def test_a_welcome_ceremony_is_no_name_of_the_occasion():
    # the visible field set, field-21 (akorda.kz): "По завершении торжественной церемонии официальной встречи …"
    text = ("Глава государства провел переговоры с Президентом Кыргызстана\n\n"
            "По завершении церемонии официальной встречи лидеры двух стран побеседовали в узком формате.")
    assert "meeting" not in _kinds(text)


def test_a_greeting_is_its_senders_though_the_one_greeted_is_named_last():
    # news.by (Lukashenko greets the President of Laos): "… поздравил Президента Лаосской Народно-Демократической
    # Республики Тхонглуна Сисулита … «…», – говорится в поздравлении."
    # https://news.by/news/prezident/lukashenko-pozdravil-prezidenta-laosa-s-dnem-rozhdeniya
    text = ("Президент Беларуси Александр Лукашенко поздравил Президента Лаосской Народно-Демократической Республики "
            "Тхонглуна Сисулита с днем рождения.\n\n"
            "\"Вас знают как мудрого руководителя, который многое сделал для своей страны\", - говорится в "
            "поздравлении.\n\n"
            "Александр Лукашенко отметил, что с теплотой вспоминает встречу с Тхонглуном Сисулитом в Казани.")
    r = read(text)
    assert [q.speaker_name for q in r.quotes if q.direct] == ["Александр Лукашенко"]
    assert _kinds(text) == ["message"]  # the greeting sent; the meeting recalled is none of this text's


def test_a_paragraph_closed_by_a_services_message_is_its_words_though_it_tells_speech():
    # asiaplustj.info: "Путин поздравил главу нашего государства …, - отмечается в сообщении пресс-службы президента."
    # https://www.asiaplustj.info/ru/news/tajikistan/power/20221005/emomali-rahmon-pogovoril-po-telefonu-s-putinim-i-matvienko
    text = ("Президент России поговорил по телефону с Эмомали Рахмоном.\n\n"
            "Владимир Путин поздравил главу нашего государства с днём рождения и пожелал ему крепкого здоровья, - "
            "отмечается в сообщении пресс-службы президента.")
    direct = [q for q in read(text).quotes if q.direct]
    assert [q.speaker_name.split()[0].lower() for q in direct] == ["пресс-служба"]
    # a person's attribution keeps the narrated speech reported, not quoted
    text = "Садыр Жапаров отметил, что связи растут, - сообщил Эдиль Байсалов."
    assert not any(q.direct for q in read(text).quotes)


def test_a_title_before_a_city_is_an_office_not_a_person():
    # uzdaily.uz: "Хоким Ташкента тепло поблагодарил гостей …" is the hokim named before, not a person "Хоким Ташкента"
    # https://www.uzdaily.uz/ru/zhakhongir-artikkhodzhaev-prinial-delegatsiiu-vo-glave-ministra-promyshlennosti-i-torgovli-respubliki-tatarstan
    text = ("Хоким города Ташкента Жахонгир Артикходжаев принял делегацию Татарстана. "
            "Хоким Ташкента поблагодарил гостей за теплый прием в Казани.")
    r = read(text)
    assert all(e.name != "Хоким Ташкента" for e in r.entities)
    assert [q.speaker_name for q in r.quotes] == ["Жахонгир Артикходжаев"]


def test_a_question_asked_and_a_report_made():
    # tvrgomel.by: "Лукашенко заслушал доклад председателя облисполкома … Президент интересовался, нужна ли помощь …
    # Иван Крупко доложил также Президенту о реализации поручений. … привлекаются трудовые ресурсы"
    # https://tvrgomel.by/news/vkhodili-voprosy-i-nadvigayushchegosya-tsiklona-lukashenko-zaslushal-doklad-predsedatelya-gomelskogo
    text = ("Александр Лукашенко заслушал доклад губернатора Ивана Петрова. Александр Лукашенко интересовался, "
            "нужна ли области помощь. Иван Петров доложил о ремонте дорог.")
    r = read(text)
    assert sorted(q.speaker_name for q in r.quotes) == ["Александр Лукашенко", "Иван Петров"]
    assert read("Губернатор Иван Петров интересуется историей края.").quotes == ()


def test_a_dialogue_continued_in_the_past_is_the_event_told():
    # podrobno.uz via ru24.net: "Сегодня лидеры продолжили диалог в Хиве, где ознакомились с …"
    # https://ru24.net/pics/383863333?nomobile=1
    assert read("Сегодня лидеры продолжили диалог в Хиве.").commitments == ()
    assert [c.kind for c in read("Лидеры продолжат диалог в Хиве.").commitments] == ["in_progress"]


def test_a_surname_alone_with_a_russian_suffix_is_a_person_and_an_adjective_is_none():
    # caliber.az (Azerbaijan's foreign minister and the Turkic Council's secretary general): NER reads "Багдадом
    # Амреевым" as a place, then "Амреев" alone as a person; "признательность Тюркскому совету" as a person too
    # https://caliber.az/post/glava-mid-azerbaidzana-vstretilsya-s-generalnym-sekretarem-tyurkskogo-soveta-12154
    text = ("Министр встретился с генеральным секретарем Тюркского совета Багдадом Амреевым.\n\n"
            "Багдад Амреев высоко оценил подписанную президентами декларацию.\n\n"
            "Министр выразил признательность Тюркскому совету за поддержку.")
    r = read(text)
    names = [e.name for e in r.entities if e.kind == "person"]
    assert any("Амреев" in n for n in names) and not any("Тюрк" in n for n in names)
