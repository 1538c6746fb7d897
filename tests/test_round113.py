"""Constructions met in blind audit round 113 (sentences in our own words; the pages that showed them are named)."""
from readout import read


def _commitments(text):
    return [(c.kind, sorted(c.parties)) for c in read(text).commitments]


def test_going_on_with_a_reflexive_verb_that_takes_an_object_is_work_under_way():
    # "Россия продолжит добиваться своих целей …, резюмировал Ушаков" (360.ru, round 113)
    assert _commitments("Россия продолжит добиваться своих целей в переговорах, заявил помощник президента.") == [
        ("in_progress", ["RU"])]
    assert _commitments("Мы продолжаем заниматься модернизацией дорог, сказал министр транспорта России.") == [
        ("in_progress", ["RU"])]


def test_a_reflexive_verb_of_a_process_or_a_state_is_no_work():
    assert _commitments("Отношения России и Казахстана продолжают развиваться в позитивном ключе.") == []
    assert _commitments("Сегодня российская компания продолжает оставаться ключевым поставщиком техники.") == []


def test_a_conference_that_will_be_held_is_a_plan():
    # "Международной конференции … по сохранению ледников, которая пройдет в Душанбе с 29 по 31 мая" (mfa.tj)
    assert [k for k, _ in _commitments("Международная конференция по сохранению ледников пройдет в Душанбе в мае.")] == [
        "plan"]
