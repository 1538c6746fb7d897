"""Office holders, role titles, leaders and publishers: the packaged data is valid, look-ups answer right, and
every validation check fires on a deliberately broken example."""
from __future__ import annotations

import copy

import pytest
import yaml

from readout import offices
from readout.offices_check import check_holders, check_publishers, validate
from readout.offices import (
    find_holder,
    holder,
    holders,
    holders_by_surname,
    leader_office,
    match_title,
    office_of_title,
    publisher_for,
)


def test_packaged_data_is_valid():
    assert validate() == []


# ---------------------------------------------------------------- look-ups

@pytest.mark.parametrize("place, office, on, last", [
    ("KZ", "president", "2025-10-21", "Токаев"),
    ("KZ", "president", "2019-03-19", "Назарбаев"),
    ("RU", "president", "2010-01-01", "Медведев"),
    ("RU", "president", "2008-05-07", "Медведев"),   # handover day belongs to the successor
    ("RU", "president", "2008-05-06", "Путин"),
    ("US", "president", "2025-03-01", "Трамп"),
    ("US", "president", "2024-03-01", "Байден"),
    ("US", "president", "2019-03-01", "Трамп"),
    ("DE", "prime_minister", "2024-06-01", "Шольц"),
    ("DE", "prime_minister", "2025-06-01", "Мерц"),
    ("IR", "president", "2023-01-01", "Раиси"),
    ("IR", "president", "2025-01-01", "Пезешкиан"),
    ("RU", "foreign_minister", "2025-05-01", "Лавров"),
    ("KZ", "foreign_minister", "2025-10-21", "Кошербаев"),
    ("UN", "secretary_general", "2025-01-01", "Гутерриш"),
    ("cis", "secretary_general", None, "Лебедев"),
    ("OM", "monarch", "2025-04-22", "Бен Тарек Аль Саид"),
    ("MM", "head_of_state", "2025-03-04", "Мин Аун Хлайн"),
    ("SA", "head_of_state", None, "Бен Абдель-Азиз Аль Сауд"),   # falls back to the monarch
    ("AZ", "head_of_state", None, "Алиев"),                       # falls back to the president
])
def test_holder_on_a_date(place, office, on, last):
    assert holder(place, office, on).last == last


def test_holder_current_and_unknown():
    assert holder("RU", "president").id == "putin"
    assert holder("US", "vice_president").last == "Вэнс"
    assert holder("RU", "president", "1990-01-01") is None
    assert holder("FJ", "president") is None
    assert holder("EU", "president", body="European Council").last == "Кошта"


def test_holder_rejects_bad_input_clearly():
    with pytest.raises(ValueError, match="bad date '2025-13-01'"):
        holder("KZ", "president", "2025-13-01")
    with pytest.raises(ValueError, match="unknown office 'presidnt'"):
        holder("KZ", "presidnt")


@pytest.mark.parametrize("text, expected", [
    ("Ильхам Алиев", "aliyev"),
    ("Алиев", "aliyev"),                          # the one in office beats Гейдар Алиев
    ("Ильхам Гейдар оглу Алиев", "aliyev"),
    ("Гейдар Алиев", "aliyev_heydar"),
    ("Касым-Жомарт Токаев", "tokayev"),
    ("Мирзиеев", "mirziyoyev"),                   # ё-insensitive
    ("В.Путин", "putin"),
    ("Путин Владимир Владимирович", "putin"),
    ("Си Цзиньпин", "xi"),
    ("Мин Аун Хлайн", "min_aung_hlaing"),
    ("Хейсам Бен Тарек Аль Саид", "haitham"),
    ("Джо Байден", "biden"),
    ("Акылбек Жапаров", "japarov_akylbek"),
])
def test_find_holder(text, expected):
    assert find_holder(text).id == expected


@pytest.mark.parametrize("text", ["", "Иванов", "Ильхам Путин", "Бен Заид Аль Нахайян", "А.Токаев"])
def test_find_holder_none_when_unknown_or_ambiguous(text):
    assert find_holder(text) is None


def test_holders_by_surname():
    assert [h.id for h in holders_by_surname("Жапаров")] == ["japarov_sadyr", "japarov_akylbek"]
    assert [h.first for h in holders_by_surname("Бердымухамедов")] == ["Гурбангулы", "Сердар"]
    assert holders_by_surname("Никто") == []


def test_titles_and_leaders():
    assert office_of_title("президент") == "president"
    assert office_of_title("председатель") == "president"
    assert office_of_title("Министр  иностранный дело") == "foreign_minister"
    assert office_of_title("глава внешнеполитический ведомство") == "foreign_minister"
    assert office_of_title("канцлер") == "prime_minister"
    assert office_of_title("посол") is None
    assert match_title(["председатель", "правительство", "рф"]) == ("prime_minister", 2)
    assert match_title(["председатель", "кнр", "си"]) == ("president", 2)
    assert match_title(["посол"]) is None
    assert leader_office("IN") == "prime_minister"
    assert leader_office("de") == "prime_minister"
    assert leader_office("OM") == "monarch"
    assert leader_office("KZ") == "president"
    assert holder("IN", leader_office("IN"), "2025-05-05").last == "Моди"


def test_titles_are_lemmas_as_morphology_gives_them():
    from readout.nlp import models

    for title in offices._titles():
        for word in title.split():
            normals = {p.normal_form.replace("ё", "е") for p in models().parse(word)}
            assert word in normals, f"offices.tsv: {word!r} in {title!r} is not a lemma"


@pytest.mark.parametrize("text, name, country", [
    ("Фото: t.me/aqorda_resmi", "akorda.kz", "KZ"),
    ("http://kremlin.ru/events/president/news/76773", "kremlin.ru", "RU"),
    ("http://en.kremlin.ru/events/president/news/76773", "kremlin.ru", "RU"),
    ("https://WWW.Akorda.kz/ru/events", "akorda.kz", "KZ"),
    ("https://www.gov.kz/memleket/entities/mfa/press/news", "mfa.kz", "KZ"),   # longest prefix wins
    ("https://www.gov.kz/memleket/entities/mfa", "mfa.kz", "KZ"),
    ("https://www.gov.kz/memleket/entities/mfaxyz", "primeminister.kz", "KZ"),  # prefix ends at a path segment
    ("Источник: tass.ru/politika/123.", "ТАСС", None),
])
def test_publisher_for(text, name, country):
    found = publisher_for(text)
    assert (found.name, found.country) == (name, country)


@pytest.mark.parametrize("text", ["", "Фото: пресс-служба", "https://t.me/somebody", "https://notkremlin.ru/x"])
def test_publisher_for_unknown(text):
    assert publisher_for(text) is None


# ---------------------------------------------------------------- every check fires

GOOD_PERSON = {"id": "tokayev", "name": "Касым-Жомарт Токаев", "first": "Касым-Жомарт", "last": "Токаев",
               "terms": [{"country": "KZ", "office": "president", "from": "2019-03-20", "to": None}]}


def person(**changes) -> dict:
    out = copy.deepcopy(GOOD_PERSON)
    out.update(changes)
    return out


def term(**changes) -> dict:
    return {**GOOD_PERSON["terms"][0], **changes}


def test_good_example_passes():
    assert check_holders([person()]) == []


@pytest.mark.parametrize("records, fragment", [
    ([person(), person()], "duplicate id"),
    ([person(id="Токаев")], "not a lowercase ASCII key"),
    ([person(name="Касым-Жомарт Тoкаев")], "Latin letters in name word(s) Тoкаев"),       # Latin "o"
    ([person(last="Tokayev")], "Latin letters in last"),
    ([person(aliases=["Касым-Жомарт Кемелевич Тoкаев"])], "Latin letters in aliases"),
    ([person(terms=[term(country="XX")])], "'XX' is not an ISO 3166-1 alpha-2 code"),
    ([person(terms=[term(country="KAZ")])], "not an ISO 3166-1 alpha-2 code"),
    ([person(terms=[term(country=None, org="OPEC")])], "unknown org 'OPEC'"),
    ([person(terms=[term(org="UN")])], "exactly one of 'country' and 'org'"),
    ([person(terms=[term(office="tsar")])], "unknown office 'tsar'"),
    ([person(terms=[term(**{"from": "2019-02-30"})])], "'from' '2019-02-30' is not a valid"),
    ([person(terms=[term(to="20.03.2020")])], "'to' '20.03.2020' is not a valid"),
    ([person(terms=[term(to="2018-01-01")])], "'to' 2018-01-01 is not after 'from' 2019-03-20"),
    ([person(terms=[])], "no terms"),
    ([person(), person(id="other", terms=[term(**{"from": "2024-01-01"})])], "overlaps"),
    ([person(terms=[term(to="2020-01-01"), term(**{"from": "2019-12-01"})])], "overlaps"),
])
def test_holder_checks_fire(records, fragment):
    problems = check_holders(records)
    assert any(fragment in p for p in problems), problems


def test_overlap_check_respects_handover_day_and_body():
    handover = [person(terms=[term(to="2020-01-01")]), person(id="next", terms=[term(**{"from": "2020-01-01"})])]
    assert check_holders(handover) == []
    bodies = [person(terms=[term(body="A")]), person(id="other", terms=[term(body="B")])]
    assert check_holders(bodies) == []


def test_yaml_dates_are_accepted_and_bad_yaml_is_reported(monkeypatch):
    records = yaml.safe_load("- {id: a, name: Ли Цян, first: Цян, last: Ли, terms: "
                             "[{country: CN, office: prime_minister, from: 2023-03-11, to: null}]}")
    assert check_holders(records) == []
    real = offices._raw
    monkeypatch.setattr(offices, "_raw", lambda f: "- {terms: [{from: 2019-02-30}]}" if f.endswith(".yaml")
                        else real(f))
    problems = validate()
    assert any("office_holders.yaml: cannot be read" in p for p in problems), problems


TITLES = "title\toffice\tnote\nпрезидент\tpresident\t# Президент Казахстана Касым-Жомарт Токаев\n"
LEADERS = "country\toffice\tnote\nIN\tprime_minister\t# Индийский лидер\n"


@pytest.mark.parametrize("extra, fragment", [
    ("", None),
    ("премьер-министр\tprime_minister\n", "missing '# example' note"),
    ("премьер-министр\tprime_minister\t\n", "missing '# example' note"),
    ("премьер-министр\tprime_minister\tПремьер-министр Индии\n", "missing '# example' note"),
    ("премьер-министр\tprime_minister\t#\n", "missing '# example' note"),
    ("премьер-министр\n", "1 cells, header has 3"),
    ("премьер-министр\tprime_minister\textra\t# x\n", "4 cells, header has 3"),
    ("президент\tpresident\t# again\n", "duplicate 'президент'"),
    ("прeзидент\tpresident\t# Latin e\n", "Latin letters in word(s) прeзидент"),
    ("Президент\tpresident\t# capital\n", "is not lowercase lemmas"),
    ("министр иностранных дел\tforeign_minister\t# x\n", None),   # inflected: caught only by the morphology test below
    ("король\tking\t# x\n", "unknown office 'king'"),
    ("король\tmonarch\t# Кoролю Сальману (kremlin.ru)\n", "Latin letters inside Cyrillic word(s) Кoролю"),
])
def test_title_checks_fire(extra, fragment):
    problems = validate(titles_text=TITLES + extra)
    if fragment is None:
        assert problems == []
    else:
        assert any(fragment in p for p in problems), problems


def test_title_header_and_leader_checks_fire():
    assert any("header must be" in p for p in validate(titles_text="title\toffice\nпрезидент\tpresident\n"))
    assert validate(leaders_text=LEADERS) == []
    for bad, fragment in [("XX\tpresident\t# x\n", "'XX' is not an ISO"), ("OM\tsultan\t# x\n", "unknown office"),
                          ("IN\tpresident\t# again\n", "duplicate 'IN'"), ("DE\tprime_minister\n", "2 cells")]:
        problems = validate(leaders_text=LEADERS + bad)
        assert any(fragment in p for p in problems), (bad, problems)


GOOD_PUBLISHER = {"match": ["akorda.kz", "t.me/aqorda_resmi"], "name": "akorda.kz", "country": "KZ",
                  "kind": "head_of_state"}


@pytest.mark.parametrize("changes, fragment", [
    ({"kind": "ministry"}, "unknown kind 'ministry'"),
    ({"name": "TACC", "kind": "media"}, None),
    ({"name": "ТАCC", "kind": "media"}, "Latin letters inside Cyrillic word(s) ТАCC"),
    ({"country": "KAZ"}, "'KAZ' is not an ISO"),
    ({"match": ["https://akorda.kz"]}, "without scheme or www."),
    ({"match": ["www.akorda.kz"]}, "without scheme or www."),
    ({"match": ["Akorda.kz"]}, "lowercase host"),
    ({"match": ["akorda.kz", "akorda.kz"]}, "duplicate match 'akorda.kz'"),
    ({"match": "akorda.kz"}, "needs 'match' (a list)"),
])
def test_publisher_checks_fire(changes, fragment):
    assert check_publishers([GOOD_PUBLISHER]) == []
    problems = check_publishers([{**GOOD_PUBLISHER, **changes}])
    assert any(fragment in p for p in problems) if fragment else problems == [], problems


def test_media_has_no_country():
    assert all(p.country is None for p in offices.publishers() if p.kind == "media")
    assert all(p.country for p in offices.publishers() if p.kind != "media")


def test_data_covers_the_brief():
    """Heads of state, government and foreign ministers of the core countries are all there, in office now."""
    for country in "RU KZ KG TJ UZ AZ AM GE BY UA TR CN US IN IR".split():
        assert holder(country, "president") or holder(country, "head_of_state"), country
        assert holder(country, "foreign_minister"), country
    for country in "RU KZ KG TJ UZ AZ AM GE BY UA CN IN".split():
        assert holder(country, "prime_minister"), country
    for org in "UN CIS CSTO SCO EAEU NATO".split():
        assert holder(org, "secretary_general"), org
    assert len({h.id for h in holders()}) == len(holders()) > 100
