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


def _reported(text):
    return [(q.speaker_name, q.text.split()[0]) for q in read(text).quotes if not q.direct]


def test_a_passive_of_saying_after_its_agent_in_the_instrumental():
    # "Главой нашего государства особо отмечена важность …" (isrs.uz/ru/ozbekiston-yangiliklari/shavkat-mirziyoyev-afgoniston-delegatsiyasini-qabul-qildi)
    lead = "Президент Узбекистана Шавкат Мирзиёев принял министра иностранных дел Афганистана. "
    assert _reported(lead + "Главой нашего государства особо отмечена важность развития торговли между странами.") == [
        ("Шавкат Мирзиёев", "Главой")]
    assert _reported(lead + "Мирзиёевым подчеркнута важность развития торговли.") == [("Шавкат Мирзиёев", "Мирзиёевым")]
    assert _reported(lead + "Встречей отмечено начало нового этапа.") == []
