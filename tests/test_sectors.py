"""Sector lexicon validity and one-line cases."""
from __future__ import annotations

import re
from importlib import resources

import pytest

from readout.data import tsv
from readout.extract.sectors import NO_SECTOR, SECTORS, find_sectors, sectors_of
from readout.nlp import analyze

# text | expected codes in order of first mention
CASES = """
Стороны обсудили развитие сельского хозяйства. | agriculture
Сотрудничество в энергетике и нефтегазовой отрасли. | energy oil_gas
Соглашение о строительстве атомной электростанции малой мощности. | nuclear
Договор о нераспространении ядерного оружия. | defense
Регулирование ядерной и радиационной безопасности. | nuclear
Взаимодействие в культурно-гуманитарной сфере. | culture humanitarian
Научно-техническое сотрудничество. | science
Торгово-экономическое сотрудничество развивается. | trade
Двусторонний товарооборот вырос. | trade
Активизировать деятельность Фонда прямых инвестиций. | investment
Проекты в сфере судостроения и обрабатывающей промышленности. | shipbuilding manufacturing
Цифровизация и искусственный интеллект. | digital
Транспортно-логистические маршруты. | transport logistics
Меморандум с Министерством здравоохранения и Министерством спорта. | health sport
Исследование и использование космического пространства. | space
Расширение молодежных обменов и туристических потоков. | youth tourism
Брифинг для представителей средств массовой информации. |
Благодаря Победе Красной армии. |
Сотрудничество в области средств массовой информации. | media
Обмен военнопленными. | humanitarian
Борьба с терроризмом и экстремизмом. | security
Охрана окружающей среды и водных ресурсов. | environment water
Трудовая миграция. | migration
Программа обмена студентами и взаимное признание образования. | education
Расчеты в национальных валютах между центральными банками. | finance
Поиск полезных ископаемых. | mining
"""


def _cases():
    for line in CASES.strip().splitlines():
        text, codes = (c.strip() for c in line.split("|"))
        yield text, codes.split()


@pytest.mark.parametrize("text,codes", list(_cases()))
def test_case(text, codes):
    assert sectors_of(analyze(text)) == codes


def test_spans_point_into_the_text():
    text = "Обсуждено культурно-гуманитарное сотрудничество и строительство атомной электростанции."
    a = analyze(text)
    assert [(code, text[s:e]) for code, s, e in find_sectors(a)] == [
        ("culture", "культурно"), ("humanitarian", "гуманитарное"), ("nuclear", "строительство атомной электростанции")]


def test_bad_input_is_a_clear_error():
    with pytest.raises(TypeError, match="expected a readout.nlp.Analysis"):
        find_sectors("текст")


def test_lexicon_codes_are_known():
    for row in tsv("sectors"):
        assert row["sector"] in SECTORS or row["sector"] == NO_SECTOR, row


def test_lexicon_has_no_duplicate_lemmas():
    seen = {}
    for row in tsv("sectors"):
        key = row["lemmas"]
        assert key not in seen, f"sectors.tsv: {key!r} for both {seen[key]} and {row['sector']}"
        seen[key] = row["sector"]


def test_lexicon_words_are_lower_case_cyrillic():
    for row in tsv("sectors"):
        for word in row["lemmas"].split():
            assert re.fullmatch(r"[а-я-]+|,", word), f"sectors.tsv: bad lemma {word!r} in {row['lemmas']!r}"


def test_every_row_has_an_example():
    raw = resources.files("readout.data").joinpath("sectors.tsv").read_text(encoding="utf-8")
    rows = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")][1:]
    assert len(rows) == len(tsv("sectors"))
    for row in rows:
        assert re.search(r"\t#\s*\S", row), f"sectors.tsv: no example in {row!r}"


def test_every_sector_has_an_entry():
    assert {row["sector"] for row in tsv("sectors")} - {NO_SECTOR} == set(SECTORS)



def test_gaza_and_journalists_are_no_sectors():
    from readout.extract.triggers import needs_morph
    from readout.nlp import analyze

    assert sectors_of(analyze("Обсуждена ситуация в секторе Газа.", needs_morph)) == []
    assert sectors_of(analyze("Президент ответил на вопросы журналистов.", needs_morph)) == []
    assert sectors_of(analyze("Стороны обсудили поставки газа.", needs_morph)) == ["trade", "oil_gas"]
