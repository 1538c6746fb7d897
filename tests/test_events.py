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
