"""Constructions met in blind audit round 114 (sentences in our own words; the pages that showed them are named)."""
from readout import read


def _commitments(text):
    return [(c.kind, sorted(c.parties)) for c in read(text).commitments]


def test_an_indeclinable_capital_as_a_subject_acts_for_its_state():
    # headline "Баку и Минск подписали документы о сотрудничестве" (musavat.ru/ru/news/baku-i-minsk-…_1107070.html)
    assert _commitments("Баку и Минск подписали документы о сотрудничестве.") == [("signed", ["AZ", "BY"])]


def test_an_event_named_in_marks_before_which_will_be_held():
    # "на международном форуме «…», который состоится в октябре в городе Уфе" (life.ru/p/1684659)
    kinds = [k for k, _ in _commitments("«Ждём монгольскую делегацию на международном форуме «Россия — спортивная "
                                        "держава», который состоится в октябре в Уфе», — сказал Владимир Путин.")]
    assert kinds == ["plan"]


def test_an_event_that_is_to_take_place_is_scheduled_not_wished():
    # "конференции, на которой должно состояться подписание … декларации" (nord-news.ru/news/2012/06/04/?newsid=31950)
    assert [k for k, _ in _commitments("Норвегия занимается подготовкой конференции, на которой должно состояться "
                                       "подписание новой декларации.")] == ["plan"]
    assert [k for k, _ in _commitments("В этом году должен состояться официальный визит президента Узбекистана в "
                                       "Россию.")] == ["plan"]
    assert _commitments("Нам надо договориться о поставках, сказал министр России.") == []
