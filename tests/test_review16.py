"""A review helper wrote sentences of its own to make this session's new rules misfire (the session's notes in
docs/quality.md); these are the misfires fixed, each failing on the code before the fix."""
from readout import read


def test_agreeing_at_a_meeting_leaves_the_meeting_held():
    r = read("Президенты России и Казахстана договорились об этом на встрече в Кремле.")
    assert [(e.kind, e.status, e.place) for e in r.events] == [("meeting", "held", "Москва")]


def test_a_joint_discussion_told_as_background_or_by_a_spokesman_makes_no_meeting():
    earlier = read("Токаев посетит Пекин с визитом. Ранее Касым-Жомарт Токаев и Си Цзиньпин обсудили подготовку визита.")
    assert [e.status for e in earlier.events] == []
    told = read("Дмитрий Песков сообщил журналистам, что Владимир Путин и Реджеп Эрдоган обсудили Сирию.")
    assert told.events == ()


def test_a_document_signed_today_after_a_background_one_stays_a_commitment():
    r = read("Меморандум о туризме было подписано в 2019 году, а данный протокол министры подписали сегодня в "
             "Ташкенте.", date="2025-05-05")
    assert [c.kind for c in r.commitments] == ["signed"]


def test_an_impersonal_attribution_gives_no_person_the_words():
    r = read("Садыр Жапаров прибыл в Ташкент.\n\n\"Стороны подтвердили приверженность договору\", - говорилось в "
             "совместном заявлении.")
    assert [q.speaker_name for q in r.quotes] == [None]


def test_as_one_said_and_another_noted_frame_no_ones_paragraph():
    r = read("Министр Азер Асадов встретился с Маратом Кубашевым.\n\nКак рассказал Асадов, переговоры прошли "
             "успешно. Мы довольны итогами, отметил Марат Кубашев.")
    assert [(q.speaker_name, q.text) for q in r.quotes if q.direct] == [("Марат Кубашев", "Мы довольны итогами")]


def test_a_feminine_verb_does_not_go_on_with_a_man():
    r = read("Министр Иван Петров подчеркнул важность туризма. А также предложила открыть визовый центр.")
    assert [q.text[:7] for q in r.quotes] == ["Министр"]


def test_narration_after_a_full_name_label_ends_its_words():
    text = ("Сергей Лавров: Россия готова к переговорам\n\nМинистр иностранных дел России Сергей Лавров провел "
            "встречу с Ван И в Москве.\n\nМария Захарова: Санкции не помогут\n\nОфициальный представитель МИД "
            "прокомментировала новые санкции.")
    assert [(q.speaker_name, q.text) for q in read(text).quotes] == [
        ("Сергей Лавров", "Россия готова к переговорам"), ("Мария Захарова", "Санкции не помогут")]


def test_one_authorised_to_carry_a_message_is_no_order():
    r = read("Посол уполномочен передать послание президента премьер-министру Японии.")
    assert [c.kind for c in r.commitments] == []


def test_an_inverted_object_or_a_copula_gives_no_state_to_the_impersonal_clause_after_it():
    visit = read("Туркменистан посетил министр иностранных дел Ирана Аббас Аракчи. Планируется подписание ряда "
                 "соглашений о транзите.", date="2025-05-05")
    assert [set(c.parties) for c in visit.commitments] == [{"TM", "IR"}]
    partner = read("Президент Казахстана Касым-Жомарт Токаев прибыл с визитом в Москву. Россия остается главным "
                   "торговым партнером Казахстана. Ведется работа над новым соглашением о поставках газа.",
                   date="2025-05-05")
    assert [set(c.parties) for c in partner.commitments] == [{"RU", "KZ"}]


def test_a_diaspora_adjective_is_no_state_of_the_post():
    r = read("Губернатор Кубани Вениамин Кондратьев встретился с руководителем армянской общины края Иваном "
             "Петросяном.")
    assert {e.name: e.country for e in r.entities if e.kind == "person"}["Иван Петросян"] is None
