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
