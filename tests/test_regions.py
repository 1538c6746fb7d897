"""Regions of Russia named in regional news bind Russia as a party, found among pycountry's ISO 3166-2 names by their
BGN/PCGN Latin (readout/extract/entities/regions.py); they are never states of the record. Sentences are ours; the
comments name the pages where the constructions were seen (blind rounds 46–48, docs/quality.md)."""
import pytest

import readout
from readout import data
from readout.extract.entities.regions import latin, region_state


def _parties(text, **kw):
    return [(c.kind, c.parties) for c in readout.read(text, **kw).commitments]


def test_a_region_as_a_subject_binds_its_state_and_is_no_country_of_the_record():
    # https://vologda.mk.ru/amp/economics/2024/04/27/vologodskaya-oblast-i-kitay-budut-sotrudnichat.html
    record = readout.read("Вологодская область и Китай будут сотрудничать в сфере торговли.", date="2024-04-27")
    assert [c.parties for c in record.commitments] == [("RU", "CN")]
    assert [e.country for e in record.entities if e.kind == "country"] == ["CN"]


def test_a_region_in_the_lead_makes_the_sides_of_the_event():
    # https://omsk365.ru/news/gosudarstvo/omskiy-gubernator-hocenko-podpisal-soglashenie-o-sotrudnichestve-s-minskoy-oblastyu.htm
    got = _parties("Губернатор Омской области встретился с делегацией Беларуси.\n\nСтороны договорились о "
                   "сотрудничестве в сельском хозяйстве.", date="2024-06-28")
    assert [(k, set(p)) for k, p in got] == [("agreement", {"RU", "BY"})]


def test_a_regional_heads_instruction_binds_his_state_alone():
    # http://xn--80adtqegosnyo.xn--p1ai/archives/61155 (чувашинформ.рф): "Олег Николаев поручил представить
    # предложения в «дорожную карту»" after a visit to Belarus
    got = _parties("Глава Чувашии обсудил итоги визита делегации в Республику Беларусь.\n\nОлег Николаев поручил "
                   "представить предложения по сотрудничеству с белорусскими партнерами.", date="2023-10-02")
    assert got == [("instruction", ("RU",))]
    # governments instructed together stay both sides' (the dev set's Akorda briefing)
    got = _parties("Касым-Жомарт Токаев и Ильхам Алиев провели переговоры. Правительствам поручено в кратчайшие "
                   "сроки принять дорожную карту.", date="2025-10-21")
    assert [(k, set(p)) for k, p in got] == [("instruction", {"KZ", "AZ"})]


@pytest.mark.parametrize("word,state", [("приморье", "RU"), ("чувашия", "RU"), ("татарстан", "RU"),
                                        ("вологодский", "RU"), ("забайкальский", "RU"), ("чечня", "RU"),
                                        ("ханой", None), ("европа", None), ("сарань", None), ("самарканд", None),
                                        ("кировоград", None), ("москва", None)])
def test_region_names_and_their_near_misses(word, state):
    assert region_state(word) == state


def test_the_transliteration_table_covers_the_russian_alphabet():
    letters = {r["letter"] for r in data.tsv("translit_ru")}
    assert letters == set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    assert latin("Ульяновская") == "ulyanovskaya" and latin("Еврейская") == "yevreyskaya"
