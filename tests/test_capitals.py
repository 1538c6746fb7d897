"""A capital described rather than named places the event in it (``data/capitals.tsv``, from GeoNames)."""
from readout import read
from readout.data import tsv


def _place(text: str) -> str | None:
    events = read(text).events
    return events[0].place if events else None


def test_a_state_adjective_before_the_capital_names_its_city():
    # the Belarusian capital as a venue of talks (tsayg.am, ria.ru report the 2022 talks held in Belarus)
    assert _place("Лидеры двух стран провели переговоры в белорусской столице.") == "Минск"
    assert _place("Министры иностранных дел встретились в казахстанской столице во вторник.") == "Астана"


def test_the_state_named_after_the_capital_in_the_genitive():
    # a visit "в Государство Катар" whose plane landed in Doha (vb.kg/doc/425505)
    assert _place("Президент Узбекистана прибыл в столицу Государства Катар с официальным визитом.") == "Доха"
    assert _place("В столице Кыргызстана состоялась встреча министров обороны двух стран.") == "Бишкек"


def test_an_unnamed_or_quoted_capital_places_nothing():
    assert _place("Встреча министров прошла в столице.") is None
    assert _place("Министр сказал: «Встретимся в белорусской столице», – и встреча прошла.") is None


def test_the_table_holds_one_russian_name_a_state():
    rows = tsv("capitals")
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes)) > 190
    by_code = {r["code"]: r["capital"] for r in rows}
    assert by_code["KZ"] == "Астана" and by_code["TM"] == "Ашхабад" and by_code["AZ"] == "Баку"
    assert all(name[:1].isupper() and not any("a" <= ch <= "z" for ch in name.lower()) for name in by_code.values())
