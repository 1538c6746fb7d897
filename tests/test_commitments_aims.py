"""Aims and decisions told with a noun: "поставили задачу", "приняли решение", "выразили намерение", "нацелены".
Every sentence is ours (the construction is common in the region's presidential sites and agencies: akorda.kz,
president.uz)."""
import readout


def _commitments(text):
    return [(c.kind, c.text, c.parties, c.target and c.target.value) for c in
            readout.read(text, date="2025-03-05").commitments]


LEAD = ("Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Узбекистана Шавкатом "
        "Мирзиёевым. ")


def test_a_task_set_by_the_leaders_is_a_plan_with_its_target():
    got = _commitments(LEAD + "Главы государств поставили задачу довести объем взаимной торговли до 10 миллиардов "
                              "долларов к 2030 году.")
    assert [(k, p, v) for k, _, p, v in got] == [("plan", ("KZ", "UZ"), 1e10)]


def test_a_decision_taken_is_an_agreement_a_decision_not_yet_taken_is_none():
    got = _commitments(LEAD + "Было принято решение создать совместный инвестиционный фонд.")
    assert [(k, t) for k, t, _, _ in got] == [("agreement", "Было принято решение создать совместный "
                                                            "инвестиционный фонд")]
    assert _commitments(LEAD + "Решение о создании фонда пока не принято.") == []


def test_an_intention_and_an_aim_are_plans():
    got = _commitments(LEAD + "Лидеры выразили намерение провести следующее заседание в Ташкенте. Стороны нацелены "
                              "нарастить поставки сельхозпродукции.")
    assert [k for k, _, _, _ in got] == ["plan", "plan"]
    assert got[1][1] == "Стороны нацелены нарастить поставки сельхозпродукции"


def test_a_document_named_as_signed_is_a_signed_commitment_when_it_is_the_subject():
    # anl.az: "Подписанное историческое соглашение о создании Высшего совета … обеспечит будущее"; ng.ru:
    # "Об этом свидетельствуют подписанные соглашения о сотрудничестве"
    got = _commitments(LEAD + "Подписанное соглашение о создании Совета сотрудничества обеспечит развитие связей. "
                              "Стороны обсудили реализацию подписанных ранее соглашений.")
    assert [(k, t[:33]) for k, t, _, _ in got] == [("signed", "Подписанное соглашение о создании")]


def test_a_short_adjective_of_intent_contracts_concluded_and_an_event_to_come():
    # russian.news.cn: "Китай намерен совместно с Фиджи … усиливать обмены"; kursiv.media: "Были заключены три
    # контракта на поставку"; nuz.uz: "В октябре в Узбекистане пройдут Дни туркменской культуры"
    got = _commitments(LEAD + "Узбекистан намерен расширять обмены. Были заключены три контракта на поставку зерна. "
                              "В октябре в Астане пройдут Дни узбекской культуры. Делегат пройдет обучение.")
    assert [k for k, _, _, _ in got] == ["plan", "signed", "plan"]


def test_a_view_an_attribution_and_a_relation_described_are_none():
    # rg.ru: "«…», – согласился Путин"; inform.kz: "мероприятие рассматривается как вклад"; anl.az: "На этой
    # крепкой основе строятся наши отношения"; akorda.kz: "Казахстан отметит 25-летие своей Независимости"
    text = LEAD + ("«Мы довольны темпами», – согласился Шавкат Мирзиёев. Форум рассматривается как вклад в "
                   "развитие связей. На этой основе строятся наши отношения. В этом году Казахстан отметит "
                   "юбилей. Визит продлится до пятницы.")
    assert _commitments(text) == []
    assert [k for k, _, _, _ in _commitments(LEAD + "Стороны согласились провести консультации.")] == ["agreement"]


def test_acts_after_a_framing_relative_two_acts_joined_and_adopted_programmes():
    # kun.uz: "переговоры …, по итогам которых лидеры подписали Совместное заявление и приняли Программу развития
    # всестороннего стратегического партнерства"; sentences ours
    got = _commitments(LEAD.rstrip(". ") + ", по итогам которых лидеры подписали Совместное заявление и приняли "
                                           "Программу стратегического партнерства на 2025–2027 годы.")
    assert [(k, t[:40]) for k, t, _, _ in got] == [
        ("signed", "по итогам которых лидеры подписали Совме"), ("signed", "приняли Программу стратегического партне")]
    # the thing signed, told in a relative clause, is no act of this text
    assert _commitments(LEAD + "Стороны обсудили соглашение, которое подписали в прошлом году.") == []


def test_an_appointment_signed_and_progress_towards_agreement_are_none():
    # sputnik.by: "Указ о его назначении … был подписан 13 декабря"; profile.ru: "Министры … достигли прогресса во
    # взаимопонимании"; apsny.ge: "Официальный визит … завершится"
    assert _commitments(LEAD + "Указ о его назначении министром был подписан в декабре. Министры достигли прогресса "
                               "во взаимопонимании по ряду вопросов. Визит завершится в пятницу.") == []


def test_we_in_an_institutions_quoted_words_is_no_crash():
    # i-rossiyanin.ru: an institution's quoted statement with "мы" and a plan inside; the sentences are ours
    text = ("Председатель Госдумы Вячеслав Володин встретился с коллегой из Беларуси.\n\n«Мы планируем провести "
            "заседание осенью», – говорится в сообщении пресс-службы Госдумы.")
    got = _commitments(text)
    assert [k for k, _, _, _ in got] == ["plan"]


def test_each_clause_of_a_programme_is_a_plan_and_an_agenda_is_none():
    # apsny.ge: "Михаил Кавелашвили проведет встречи высшего уровня со своим турецким коллегой, после чего будет
    # сделано совместное заявление для СМИ. … Михаила Кавелашвили примет президент Турецкой Республики Реджеп
    # Тайип Эрдоган"; 5-tv.ru: "В Пекине … обсудят перспективы", "Особое внимание на встрече будет уделено …"
    text = ("Начался официальный визит Михаила Кавелашвили в Турцию.\n\nМихаил Кавелашвили проведет встречи с "
            "турецким коллегой, после чего будет сделано совместное заявление. Михаила Кавелашвили примет "
            "президент Турции Реджеп Тайип Эрдоган.")
    got = [(c.kind, c.text) for c in readout.read(text, date="2025-12-18").commitments]
    assert got == [("plan", "Михаил Кавелашвили проведет встречи с турецким коллегой"),
                   ("plan", "после чего будет сделано совместное заявление"),
                   ("plan", "Михаила Кавелашвили примет президент Турции Реджеп Тайип Эрдоган")]
    agenda = ("Сергей Шойгу встретился с министром обороны Китая.\n\nВ Пекине министры обсудят перспективы "
              "сотрудничества. Особое внимание на встрече будет уделено обстановке в Сирии.")
    assert readout.read(agenda, date="2025-12-18").commitments == ()


def test_a_bulleted_list_after_a_signing_colon_is_one_signed_document_an_item():
    # asiaplustj.info: "Также были подписаны: ¶ - межправительственное соглашение по объектам …; ¶ - протокол о …"
    text = (LEAD + "Также были подписаны:\n\n- соглашение о курортно-рекреационных объектах;\n\n- протокол о "
                   "взаимных поездках граждан;\n\n- план мероприятий по увеличению торговли на 2024–2030 годы.")
    got = _commitments(text)
    assert [(k, t, p) for k, t, p, _ in got] == [
        ("signed", "соглашение о курортно-рекреационных объектах", ("KZ", "UZ")),
        ("signed", "протокол о взаимных поездках граждан", ("KZ", "UZ")),
        ("signed", "план мероприятий по увеличению торговли на 2024–2030 годы", ("KZ", "UZ"))]
    # bullets after a sentence that signs nothing are no documents
    assert _commitments(LEAD + "Стороны обсудили:\n\n- торговлю;\n\n- транспорт.") == []


def test_an_agreement_confirmed_efforts_under_way_and_an_invitation_to_take_part():
    # zakon.kz: "подтвердили договоренность о проведении в следующем году встречи"; kremlin.ru: "ведомства наших
    # стран прилагают активные усилия для реализации"; tdh.gov.tm: "поблагодарил его за принятое приглашение принять
    # участие в форуме" (a thanks, no commitment)
    got = _commitments(LEAD + "Лидеры подтвердили договоренность о проведении встречи в Ташкенте. Ведомства двух "
                              "стран прилагают активные усилия для реализации договоренностей.")
    assert [k for k, _, _, _ in got] == ["agreement", "in_progress"]
    assert _commitments(LEAD + "Токаев поблагодарил его за принятое приглашение принять участие в форуме.") == []
