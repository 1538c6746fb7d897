"""Constructions met in blind audit round 115 (sentences in our own words; the pages that showed them are named)."""
from readout import read


def _commitments(text):
    return [(c.kind, sorted(c.parties)) for c in read(text).commitments]


def test_where_after_the_city_of_the_visit_tells_what_was_signed_there():
    # "работал в Минске, где было подписано соглашение о сотрудничестве между Курском и Гомелем" (kursk-news.net/economy/2022/06/09/187259.html)
    found = _commitments("Мэр Курска вчера в составе делегации Курской области работал в Минске, где было подписано "
                         "соглашение о сотрудничестве между Курском и Гомелем.")
    assert [k for k, _ in found] == ["signed"]
    # a place described is still no report: "где" after a common noun
    assert _commitments("Делегация посетила завод, где выпускают тракторы для России.") == []


def test_a_meeting_or_talks_expected_are_planned():
    # "ожидается встреча Шавката Мирзиёева с премьер-министром КР" (kg.vesti.news/bishkeke-prohodit-vstrecha-…-17090514035921.htm)
    assert _commitments("Также ожидается встреча президента Узбекистана с премьер-министром Кыргызстана.") == [
        ("plan", ["KG", "UZ"])]
