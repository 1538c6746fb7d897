"""Events: kind, held or planned, place, participants."""
import readout

D = "2025-10-21"


def held(rec):
    return {e.kind for e in rec.events if e.status == "held"}


def test_talks_with_place_and_participants():
    rec = readout.read("Касым-Жомарт Токаев и Ильхам Алиев провели переговоры в Астане.", date=D)
    (e,) = rec.events
    assert (e.kind, e.status, e.place, e.date) == ("talks", "held", "Астана", D)
    assert set(e.participants) == {"person:tokayev", "person:aliyev"}


def test_phone_call_has_no_place():
    rec = readout.read("Состоялся телефонный разговор Владимира Путина с Шавкатом Мирзиёевым.", date="2025-05-03",
                       url="http://kremlin.ru/x")
    assert held(rec) == {"phone_call"}
    assert rec.events[0].place is None


def test_visit_verb_gives_the_place_and_kind():
    rec = readout.read("Президент Азербайджана посетил Астану с государственным визитом.", date=D)
    assert held(rec) == {"state_visit"}
    assert rec.events[0].place == "Астана"


def test_an_announced_visit_is_planned_not_held():
    rec = readout.read("Нарендра Моди пригласил Владимира Путина посетить Индию с официальным визитом.",
                       date="2025-05-05")
    assert held(rec) == set()
    assert {e.kind for e in rec.events} == {"official_visit"}


def test_a_cue_inside_a_quote_is_not_an_event():
    rec = readout.read("– Большое значение имеет бизнес-форум, – заметил Касым-Жомарт Токаев.", date=D)
    assert "forum" not in held(rec)


def test_in_a_phone_call_the_conversation_is_the_call():
    rec = readout.read("Состоялся телефонный разговор Владимира Путина с Нарендрой Моди. В ходе беседы обсуждены "
                       "вопросы торговли.", date="2025-05-05", url="http://kremlin.ru/x")
    assert held(rec) == {"phone_call"}


def test_a_joint_statement_is_not_a_briefing_and_background_is_not_held():
    rec = readout.read("Лидеры приняли Совместное заявление. В 2019 году прошли переговоры в Сочи.",
                       date="2025-05-05", url="http://kremlin.ru/x")
    assert "briefing" not in held(rec) and "talks" not in held(rec)


def test_a_dateline_word_is_a_place_only_if_it_is_one():
    rec = readout.read("Переговоры 22 апреля 2025 года 16:50 Владимир Путин провел переговоры.", date="2025-04-22",
                       url="http://kremlin.ru/x")
    assert rec.events[0].place is None
    rec = readout.read("Переговоры 22 апреля 2025 года 16:50 Москва, Кремль Прошли переговоры.", date="2025-04-22",
                       url="http://kremlin.ru/x")
    assert rec.events[0].place == "Москва"


def test_an_announced_discussion_is_planned():
    rec = readout.read("На встрече будут обсуждены вопросы торговли.", date="2025-05-05")
    assert {(e.kind, e.status) for e in rec.events} == {("meeting", "planned")}


def test_a_news_agency_dateline_gives_the_place():
    rec = readout.read("МОСКВА, 10 июня. /ТАСС/. Сергей Лавров провел переговоры с Хаканом Фиданом.",
                       date="2025-06-10", url="https://tass.ru/politika/1")
    assert [(e.kind, e.place) for e in rec.events] == [("talks", "Москва")]


# ---- places in the field's house styles (sentences in our own words) --------------------------------------
import pytest  # noqa: E402


@pytest.mark.parametrize("text, place", [
    # 24news.am: "ЕРЕВАН, 9 ИЮНЯ, 24News"
    ("ЕРЕВАН, 9 ИЮНЯ, 24News\n\nНикол Пашинян провел встречу с Сергеем Лавровым.", "Ереван"),
    # belta.by: "1 декабря, Минск /Корреспондент - БЕЛТА/"
    ("1 декабря, Минск /Иван Петров - БЕЛТА/. Александр Лукашенко провел переговоры с Эмомали Рахмоном.", "Минск"),
    # irna.ir: "Тегеран, ИРНА – …"
    ("Тегеран, ИРНА – Эбрахим Раиси провел встречу с журналистами.", "Тегеран"),
    # mid.ru title line: "…, Минск, 19 июня 2020 года"
    ("Замечания Сергея Лаврова перед беседой с Александром Лукашенко, Минск, 19 июня 2020 года\n\n"
     "Сергей Лавров провел встречу с Александром Лукашенко.", "Минск"),
    # asiaplustj.info: the venue on the event's own sentence
    ("Встреча лидеров Таджикистана, Кыргызстана и Узбекистана прошла 31 марта в Худжанде.", "Худжанд"),
    # aa.com.tr: a seat of power stands for its city
    ("Реджеп Тайип Эрдоган и Владимир Путин провели переговоры в Кремле.", "Москва"),
    # euronews: "в Анкоридже" outranks "на Аляске" in the headline
    ("Саммит на Аляске завершился.\n\nВстреча президентов прошла в Анкоридже на военной базе.", "Анкоридж"),
    # sayasat.kg: an agency name in quotation marks after the city
    ('Бишкек, "САЯСАТ.KG". Министры обороны провели встречу.', "Бишкек"),
    # a hyphenated city keeps its capitals
    ("Владимир Путин провел переговоры с Нарендрой Моди в Нью-Дели.", "Нью-Дели"),
    # kbs.co.kr: a foreign name the dictionary does not know keeps its form ("в Кёнчжу", not "Кёнчж")
    ("Министры иностранных дел провели встречу в Кёнчжу.", "Кёнчжу"),
    # eltr.kg: "в городе Душанбе" after an airport
    ("Садыр Жапаров прибыл с рабочим визитом в Таджикистан. Борт президента приземлился в международном "
     "аэропорту города Душанбе.", "Душанбе"),
])
def test_the_place_of_the_event_in_many_house_styles(text, place):
    rec = readout.read(text, date="2025-06-09")
    assert {e.place for e in rec.events if e.status == "held"} == {place}


def test_a_headline_of_two_capitals_is_no_dateline_and_a_country_is_no_place():
    rec = readout.read("Минск — Исламабад: время результатов\n\nПрезиденты провели переговоры в Исламабаде.",
                       date="2025-04-11")
    assert {e.place for e in rec.events} == {"Исламабад"}
    rec = readout.read("Президенты провели переговоры в Кыргызстане.", date="2025-04-11")
    assert {e.place for e in rec.events} == {None}


def test_background_meeting_gives_no_place():
    # vedomosti.ru: the previous session, told in passing, is not where this one was held
    rec = readout.read("26 февраля в Кремле прошло заседание Высшего госсовета. Прошлая встреча в таком составе "
                       "прошла в Минске.", date="2026-02-26")
    assert [(e.kind, e.place) for e in rec.events] == [("council", "Москва")]


def test_one_occasion_has_no_doubled_kinds():
    rec = readout.read("Президенты провели телефонный разговор. В ходе беседы обсуждены переговоры и встреча.",
                       date=D)
    assert held(rec) == {"phone_call"}
    rec = readout.read("Президенты провели переговоры. Встреча прошла в теплой атмосфере.", date=D)
    assert held(rec) == {"talks"}


def test_a_greeting_is_an_event_only_in_the_lead():
    rec = readout.read("Ираклий Кобахидзе провел пресс-конференцию. Он рассказал о переговорах. Он упомянул "
                       "поздравление коллег.", date=D)
    assert "message" not in held(rec)
    rec = readout.read("Ильхам Алиев направил поздравление Ираклию Кобахидзе.", date=D)
    assert held(rec) == {"message"}


def test_planned_events_are_kept_apart_in_the_json_record():
    d = readout.read("Президенты провели переговоры. Стороны договорились провести саммит в следующем году.",
                     date=D).to_dict()
    assert [e["kind"] for e in d["events"]] == ["talks"]
    assert [e["kind"] for e in d["planned_events"]] == ["summit"]


@pytest.mark.parametrize("text, kind", [
    ("Садыр Жапаров поговорил по телефону с Владимиром Путиным.", "phone_call"),  # sputnik.kg
    ("Ираклий Кобахидзе позвонил Ильхаму Алиеву по случаю дня рождения.", "phone_call"),  # apsny.ge
    ("Президенты провели телефонные переговоры.", "phone_call"),
    # sia.az: a joint appearance before the press is a briefing, a joint statement is a document
    ("Кобахидзе заявил это во время совместного выступления перед прессой.", "briefing"),
])
def test_event_cues_of_the_field(text, kind):
    assert held(readout.read(text, date=D)) == {kind}


def test_a_joint_statement_is_still_no_briefing():
    assert held(readout.read("Президенты приняли совместное заявление.", date=D)) == set()


def test_talks_and_a_meeting_are_one_occasion_named_as_the_text_names_it_first():
    assert held(readout.read("Президенты провели переговоры. Встреча прошла в теплой атмосфере.", date=D)) == {
        "talks"}
    assert held(readout.read("Министры провели встречу. В ходе переговоров обсуждена торговля.", date=D)) == {
        "meeting"}


def test_a_call_told_as_by_telephone():
    # dw.com, ria.ru: "по телефону обсудила", "переговоры … по телефону" are a phone call alone
    assert held(readout.read("Ангела Меркель по телефону обсудила с Владимиром Путиным подготовку к саммиту.",
                             date=D)) == {"phone_call"}
    assert held(readout.read("Эрдоган в ходе переговоров с Путиным по телефону обсудил зерновую сделку.",
                             date=D)) == {"phone_call"}


def test_a_venue_of_several_capitals_is_the_city_of_the_texts_own_state():
    # pravo.by: the Palace of Independence in a Belarusian text is in Minsk; unknown state, no city
    text = "Президент Беларуси Александр Лукашенко провел переговоры с Президентом Зимбабве во Дворце Независимости."
    assert {e.place for e in readout.read(text, date="2025-05-14").events} == {"Минск"}
    assert {e.place for e in readout.read("Президенты провели переговоры во Дворце Независимости.",
                                          date="2025-05-14").events} == {None}



def test_a_region_or_an_organisation_is_no_place():
    # president.uz, turkmeninform.com: "саммит «Центральная Азия – Россия»", "встреча в СНГ" name no city
    rec = readout.read("Шавкат Мирзиёев принял участие в саммите «Центральная Азия – Россия».", date="2022-10-14")
    assert {e.place for e in rec.events} <= {None}
    rec = readout.read("Генеральный секретарь провел встречу о сотрудничестве в СНГ.", date="2024-05-20")
    assert {e.place for e in rec.events} <= {None}


def test_an_infinitive_cue_or_readiness_for_a_meeting_is_no_meeting_held():
    # segodnya.co.il: "намерен встретиться" is planned; xinhua: "открыт для встречи на высшем уровне" is readiness
    for text in ("Министр намерен встретиться с госсекретарем в Вашингтоне.",
                 "Президент заявил, что он открыт для встречи на высшем уровне с соседями."):
        rec = readout.read(text, date="2025-02-01")
        assert [e.status for e in rec.events] == ["planned"], text
    # ipn.md: "направились к зданию Правительства для переговоров" is the talks being held
    rec = readout.read("Премьеры направились к зданию Правительства для переговоров.", date="2023-11-10")
    assert [e.status for e in rec.events] == ["held"]


def _held(text, date="2024-06-10"):
    return [(e.kind, e.place) for e in readout.read(text, date=date).events if e.status == "held"]


def test_receiving_a_person_is_a_meeting_and_a_state_of_a_federation_is_no_place():
    # trend.az: "БАКУ /Trend/ - Президент Азербайджана Ильхам Алиев принял в понедельник председателя Палаты
    # представителей штата Аризона"; the dateline then gives the place
    assert _held("БАКУ /Trend/ - Президент Азербайджана Ильхам Алиев принял во вторник губернатора штата Невада "
                 "Джо Ломбардо.") == [("meeting", "Баку")]
    # taking part or adopting a text receives no one
    assert _held("Президент Казахстана принял участие в форуме. Стороны приняли декларацию.") == [("forum", None)]


def test_an_abbreviated_month_in_a_dateline_and_a_part_of_the_world_is_no_city():
    # sputniknews.uz: "ТАШКЕНТ, 17 авг - Sputnik."; kz-reporter.com: "… в Центральной Азии"
    got = _held("ТАШКЕНТ, 17 авг - Sputnik. Эмомали Рахмон и Шавкат Мирзиёев провели переговоры о воде в "
                "Центральной Азии.")
    assert got == [("talks", "Ташкент")]


def test_a_meeting_told_first_is_not_turned_into_a_call_by_earlier_calls_and_preparation_is_a_plan():
    # svoboda.org: "встретились в швейцарском Цюрихе … Керри и Лавров четыре раза провели телефонные переговоры";
    # kant.kg: "идет подготовка к официальному визиту президента Узбекистана"
    assert _held("Сергей Лавров и Джон Керри встретились в Цюрихе.\n\nС декабря министры четыре раза провели "
                 "телефонные переговоры.", date="2016-01-20") == [("meeting", "Цюрих")]
    r = readout.read("В Душанбе идет подготовка к официальному визиту президента Узбекистана.", date="2021-06-07")
    assert [(e.kind, e.status) for e in r.events] == [("official_visit", "planned")]
    assert [(c.kind, c.text[:22]) for c in r.commitments] == [("in_progress", "В Душанбе идет подгото")]


def test_those_who_represent_a_side_or_arrived_with_the_leader_take_part_those_to_come_do_not():
    # aa.com.tr: "Турецкую сторону за столом представляют Мевлют Чавушоглу, Хулуси Акар …"; orient.tm: "Вместе с
    # президентом прибыли министр иностранных дел …"; korea.net: "примет участие в саммите с … Фумио Кисидой"
    r = readout.read("Владимир Путин и Реджеп Тайип Эрдоган провели переговоры в Москве. Турецкую сторону "
                     "представляют Мевлют Чавушоглу и Хулуси Акар. Позже Эрдоган примет участие в саммите с Фумио "
                     "Кисидой.", date="2020-03-05")
    (talks,) = [e for e in r.events if e.status == "held"]
    names = {e.name for e in r.entities if e.id in talks.participants}
    assert names == {"Владимир Путин", "Реджеп Тайип Эрдоган", "Мевлют Чавушоглу", "Хулуси Акар"}


def test_a_transcript_of_two_speakers_with_no_event_word_is_their_meeting_where_the_host_welcomes_the_guest():
    # kremlin.ru transcripts of 2005–2016 that open with the turns alone ("В.Путин: Уважаемая госпожа Федеральный
    # канцлер! Хочу Вас сердечно поприветствовать в Сочи."); the sentences are ours
    text = ("В.Путин: Уважаемый господин Президент! Рад приветствовать Вас в Сочи. Надеюсь, поездка будет "
            "полезной.\n\nР.Эрдоган: Спасибо за приглашение. Нам есть что обсудить.")
    r = readout.read(text)
    assert [(e.kind, e.status, e.place) for e in r.events] == [("meeting", "held", "Сочи")]
    assert set(r.events[0].participants) == {"person:putin", "person:erdogan"}
    one = readout.read("В.Путин: Добрый день! Рад приветствовать всех в Сочи.")
    assert not one.events


def test_a_meeting_discussed_is_a_topic_not_the_occasion():
    # 24.kg: "Жапаров и Мирзиеев обсудили встречу глав стран Центральной Азии" over a phone call; ours
    r = readout.read("Токаев и Мирзиёев обсудили встречу глав государств\n\nКасым-Жомарт Токаев провел "
                     "телефонный разговор с Шавкатом Мирзиёевым.", date="2025-07-24")
    assert [(e.kind, e.status) for e in r.events] == [("phone_call", "held")]


def test_credentials_received_are_a_meeting():
    # asiaplustj.info: "Президент … принял верительные грамоты от новых послов"; the sentence is ours
    r = readout.read("Эмомали Рахмон принял верительные грамоты от послов пяти государств.", date="2025-02-19")
    assert [(e.kind, e.status) for e in r.events] == [("meeting", "held")]


def test_a_state_visit_under_way_a_short_form_and_a_delegation_received():
    # inform.kz: "по приглашению Президента Узбекистана … находится с государственным визитом"; "Госвизит Токаева в
    # Москву"; president.az: "Ильхам Алиев принял делегацию во главе с президентом …"; the sentences are ours
    r = readout.read("Касым-Жомарт Токаев по приглашению Шавката Мирзиёева находится с государственным визитом в "
                     "Узбекистане.", date="2025-03-10")
    assert [(e.kind, e.status) for e in r.events] == [("state_visit", "held")]
    assert [e.kind for e in readout.read("Госвизит Токаева в Москву завершился.", date="2025-11-12").events] == [
        "state_visit"]
    r = readout.read("Ильхам Алиев принял делегацию во главе с президентом банка.", date="2011-11-23")
    assert [(e.kind, e.status) for e in r.events] == [("meeting", "held")]


def test_the_city_as_the_text_spells_it_and_in_its_full_form():
    # newsmaker.md: "в Кишиневе" (no ё); interfax.ru: "в Петербурге" with "Санкт-Петербурге" elsewhere
    assert _held("Майя Санду провела встречу с министром в Кишиневе.") == [("meeting", "Кишинев")]
    assert _held("Владимир Путин и Александр Лукашенко провели встречу в Петербурге. Форум пройдет в "
                 "Санкт-Петербурге.") == [("meeting", "Санкт-Петербург")]


def test_a_city_the_lead_names_a_region_adjective_and_a_union_are_told_apart():
    # ekhokavkaza.com: "Президент Ирана Масуд Пезешкиан в Ереване заявил …" (no other place); penzanews.net:
    # "Губернатор Пензенской области …"; rbc.ua: "саммит министров стран Евросоюза"; the sentences are ours
    assert _held("Президент Ирана Масуд Пезешкиан в Ереване заявил о важности диалога. Он провел встречу с "
                 "Николом Пашиняном.") == [("meeting", "Ереван")]
    assert _held("Губернатор Пензенской области провел встречу с коллегой из Гродно.") == [("meeting", "Гродно")]
    assert _held("Министр провел встречу с коллегами из стран Евросоюза.") == [("meeting", None)]
    assert _held("Сергей Лавров провел переговоры с Хаканом Фиданом в штаб-квартире ООН.") == [("talks", "Нью-Йорк")]


def test_the_city_of_an_airport_the_lead_names():
    # zakon.kz: "В аэропорту Будапешта главу государства … проводил премьер-министр Венгрии"; ours
    assert _held("В аэропорту Будапешта Касыма-Жомарта Токаева проводил Виктор Орбан. Государственный визит "
                 "президента Казахстана в Венгрию завершился.") == [("state_visit", "Будапешт")]


def test_sessions_of_intergovernmental_councils_and_commissions_are_councils():
    # inform.kz: "заседание Евразийского межправительственного совета"; uztag.info: "заседании совета министров
    # иностранных дел ОБСЕ"; 1news.az: "заседания армяно-грузинской межправительственной комиссии"; ours
    for text in ("Премьер-министры приняли участие в заседании Евразийского межправительственного совета.",
                 "Министр выступил на заседании совета министров иностранных дел ОБСЕ.",
                 "Премьер открыл заседание армяно-грузинской межправительственной комиссии."):
        assert "council" in {e.kind for e in readout.read(text, date="2025-05-20").events if e.status == "held"}, text
