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
