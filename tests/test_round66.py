"""Constructions of the blind rounds 66–68 (docs/quality.md): a city the lead names with "в" over an agency's
dateline, first-person words with no marks before "…, заявил X", a function noun before a place's name, clauses
that bind one state (the speaker's "я", a speaker whose words carry an ownerless predicate), a session of a
commission of two states, and the chair of an organisation. Every sentence is ours; the comment names the page
where the construction was seen."""
import readout


def test_a_city_the_lead_names_beats_the_datelines_city():
    # https://sputnik-georgia.ru/20251202/vizit-spikera-parlamenta-gruzii-v-indiyu--papuashvili-provel-pervye-
    # vstrechi-296035274.html: "ТБИЛИСИ, 2 дек — Sputnik. … обсудили в Нью-Дели спикер парламента Грузии …"
    text = ("Спикер парламента Грузии провел первые встречи в Индии\n\nТБИЛИСИ, 2 дек — Sputnik. Связи парламентов "
            "обсудили в Нью-Дели спикер парламента Грузии Шалва Папуашвили и спикер Лок сабхи Ом Бирла.")
    places = {e.place for e in readout.read(text, date="2025-12-02").events}
    assert places == {"Нью-Дели"}
    # with no city in the lead, the dateline still places the event
    text = "ТБИЛИСИ, 2 дек — Sputnik. Спикер парламента Грузии провел встречу с послом Индии."
    assert {e.place for e in readout.read(text, date="2025-12-02").events} == {"Тбилиси"}


def test_first_person_words_with_no_marks_before_an_attribution_are_a_direct_quote():
    # https://manas.news/glavnoe/prezident-rf-putin-i-prezident-kr-zhaparov-po-itogam-peregovorov-podpisali-
    # vazhnye-soglashenija-o-sotrudnichestve: "Мы подтвердили неизменность курса … Подписанные … документы являются
    # наглядным этому подтверждением, заявил Садыр Жапаров …"
    text = ("Президенты провели переговоры в Бишкеке.\n\nМы подтвердили курс на расширение связей. Подписанные "
            "документы это показывают, заявил Садыр Жапаров на встрече с прессой.")
    quotes = readout.read(text, date="2023-10-12").quotes
    assert [(q.direct, q.speaker_name, q.text) for q in quotes] == [
        (True, "Садыр Жапаров", "Мы подтвердили курс на расширение связей. Подписанные документы это показывают")]
    # a quoted fragment in the first person makes no direct quote of the narration around it
    said = readout.read("Венесуэла и Куба – «наши общие партнеры», заявил Сергей Лавров.", date="2025-05-07").quotes
    assert [q.text for q in said if q.direct] == ["наши общие партнеры"]


def test_a_function_noun_before_a_place_or_a_person_keeps_the_speaker_named_before():
    # https://veved.ru/eburg/news/117810-evgenij-kujvashev-vstretilsya-s-poslom-indii-v-rf-datla-bala-venkatesh-
    # varmoj/amp.html: "губернатор Свердловской области Евгений Куйвашев … «…», – отметил глава Среднего Урала."
    text = ("Губернатор Свердловской области Евгений Куйвашев встретился с послом Индии. Обсуждались вопросы "
            "сотрудничества.\n\n«Я рад приветствовать господина посла на уральской земле», – отметил глава "
            "Среднего Урала.")
    assert [q.speaker_name for q in readout.read(text, date="2018-12-18").quotes] == ["Евгений Куйвашев"]


def test_clauses_that_bind_one_state():
    # http://kremlin.ru/events/president/news/76404 (the bundled corpus): "В ходе моего визита я планирую открыть
    # генеральные консульства …" said by Myanmar's leader
    text = ("Владимир Путин провел переговоры с Мин Аун Хлайном.\n\n«В ходе визита я планирую открыть консульство в "
            "Казани», – сказал Мин Аун Хлайн.")
    found = readout.read(text, date="2025-03-04").commitments
    assert [tuple(c.parties) for c in found] == [("MM",)]
    # https://khovar.tj/rus/2009/06/sh-said-poprosil-podderzhat-tadzhikskih-trudovyh-migrantov: "Губернатор
    # отметил, что … намерен, используя эти данные, развивать деловые отношения …"
    text = ("Председатель Торгово-промышленной палаты Таджикистана Шариф Саид поговорил с губернатором Иркутской "
            "области Дмитрием Мезенцевым. Губернатор отметил, что намерен развивать деловые связи с республикой.")
    found = readout.read(text, date="2009-06-17").commitments
    assert [tuple(c.parties) for c in found] == [("RU",)]


def test_a_session_of_a_commission_of_two_states_is_a_council():
    # https://1news.az/news/20260223085620613-Baku-i-Tegeran-podpisali-memorandum-po-itogam-17-go-zasedaniya-
    # Goskomissii-FOTO: "23 февраля в Баку состоялось 17-е заседание Государственной комиссии по … сотрудничеству
    # между Азербайджанской Республикой и Исламской Республикой Иран"
    text = ("В Баку прошло 17-е заседание Государственной комиссии по торговому и гуманитарному сотрудничеству "
            "между Азербайджанской Республикой и Исламской Республикой Иран.")
    events = readout.read(text, date="2026-02-23").events
    assert [(e.kind, e.status, e.place) for e in events] == [("council", "held", "Баку")]
    # https://kazakhstan-news.info/politika/item/102836-…: "… принял участие в заседании Совета Парламентской
    # Ассамблеи ОДКБ в Минске"
    text = "Председатель Мажилиса принял участие в заседании Совета Парламентской Ассамблеи ОДКБ в Минске."
    assert [e.kind for e in readout.read(text, date="2025-10-01").events] == ["council"]
    # one state's commission or a chamber of parliament is no council of states (kremlin.ru 76781, the corpus)
    for text in ("Владимир Путин провел заседание Военно-промышленной комиссии Российской Федерации.",
                 "Валентина Матвиенко провела заседание Совета Федерации."):
        assert "council" not in {e.kind for e in readout.read(text, date="2025-04-23").events}


def test_the_chair_of_an_organisation_is_no_head_of_state():
    # https://bestnews.kz/kazakhstan/11727-predsedatel-obse-vyskazalsya-o-politreformakh-v-kazakhstane-na-vstreche-
    # so-spikerom-mazhilisa: "… провел встречу с действующим председателем ОБСЕ, министр иностранных дел Польши
    # Збигневом Рау … - Мы хотим призвать Казахстан …, - сказал председатель ОБСЕ."
    text = ("Спикер Мажилиса Ерлан Кошанов провел встречу с председателем ОБСЕ, министром иностранных дел Польши "
            "Збигневом Рау. Господин Рау считает, что предложенные Президентом Казахстана поправки полезны.\n\n"
            "- Мы готовы помочь реформам, - сказал председатель ОБСЕ.")
    quotes = readout.read(text, date="2022-05-04").quotes
    assert [q.speaker_name for q in quotes] == ["Збигнев Рау", "Збигнев Рау"]
