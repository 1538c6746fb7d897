"""Constructions met in blind audit round 120, tuned on after its blind scoring (sentences in our own words; the
pages that showed them are named)."""
from readout import read


def test_an_agreement_that_provides_for_expansion_and_a_forum_held_in_expoforum():
    # "Второй день ПМЭФ стартовал в Экспофоруме …", "соглашение с «…» предполагает расширение производства
    # предприятия на 848 млн рублей" (og47.ru/2021/06/03/…-18922)
    r = read("Второй день экономического форума стартовал в Экспофоруме. Губернатор Ленинградской области подписал "
             "соглашения с компаниями. Соглашение с заводом предполагает расширение производства на 500 млн рублей.")
    assert {e.place for e in r.events} == {"Санкт-Петербург"}
    assert [(c.kind, c.target and c.target.value) for c in r.commitments if c.kind == "plan"] == [("plan", 5e8)]
    r = read("Мы запустили проекты, которые предполагают строительство нового жилья.")
    assert [c.kind for c in r.commitments if c.kind == "plan"] == []  # projects, not a document, envisage it
