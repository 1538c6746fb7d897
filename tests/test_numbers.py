"""Russian quantities: one-line cases, data-file checks and property tests over rendered numerals."""
from __future__ import annotations

import re
from importlib import resources

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readout.data import tsv
from readout.extract.commitments.numbers import find_quantities, parse_quantity

# text | span | value | unit | factor   (span is the quantity's text; "-" for None)
CASES = """
одного миллиарда долларов | одного миллиарда долларов | 1e9 | USD | -
1,5 млрд долларов | 1,5 млрд долларов | 1.5e9 | USD | -
инвестиции на $100 млрд | $100 млрд | 1e11 | USD | -
20 млрд долл. США в год | 20 млрд долл. США | 2e10 | USD | -
100 миллионов рублей | 100 миллионов рублей | 1e8 | RUB | -
5 млн евро | 5 млн евро | 5e6 | EUR | -
50 млрд юаней | 50 млрд юаней | 5e10 | CNY | -
300 млрд тенге | 300 млрд тенге | 3e11 | KZT | -
200 млн манатов | 200 млн манатов | 2e8 | AZN | -
10 млн туркменских манатов | 10 млн туркменских манатов | 1e7 | TMT | -
1 трлн сумов | 1 трлн сумов | 1e12 | UZS | -
100 млрд рупий | 100 млрд рупий | 1e11 | INR | -
2 млрд белорусских рублей | 2 млрд белорусских рублей | 2e9 | BYN | -
обмен пленными по формуле 175 на 175 | 175 на 175 | 175 | count | -
вырос в 2,5 раза | в 2,5 раза | - | - | 2.5
в полтора раза | в полтора раза | - | - | 1.5
в пять раз | в пять раз | - | - | 5
пять раз | пять раз | 5 | count | -
удвоить товарооборот | удвоить | - | - | 2
удвоение объёмов | удвоение | - | - | 2
утроить поставки | утроить | - | - | 3
увеличить вдвое | вдвое | - | - | 2
вырос на 26% | 26% | 26 | percent | -
на 26 процентов | 26 процентов | 26 | percent | -
на 2 процентных пункта | 2 процентных пункта | 2 | pp | -
тысяча тонн | тысяча тонн | 1000 | tonnes | -
20 тыс. т нефти | 20 тыс. т | 20000 | tonnes | -
двух тысяч | двух тысяч | 2000 | - | -
двухсот пятидесяти трёх тысяч | двухсот пятидесяти трёх тысяч | 253000 | - | -
полтора миллиарда | полтора миллиарда | 1.5e9 | - | -
полутора миллиардов долларов | полутора миллиардов долларов | 1.5e9 | USD | -
1 000 000 рублей | 1 000 000 рублей | 1e6 | RUB | -
1\u00a0250\u00a0000 евро | 1\u00a0250\u00a0000 евро | 1.25e6 | EUR | -
1 млрд 200 млн долларов | 1 млрд 200 млн долларов | 1.2e9 | USD | -
на 10–15% | 10 | 10 | percent | -
сроком на 30 суток | 30 суток | 30 | day | -
подписано 15 документов | 15 | 15 | count | -
"""

NOTHING = [
    "в 2025 году", "2025 года", "в 2024–2025 годах", "22 апреля", "9 мая", "28–30 апреля", "с 28 по 30 апреля",
    "22.04.2025", "в 10:10", "в две тысячи двадцать пятом году", "во втором раунде", "80-летие Победы",
    "один из лидеров", "с одной стороны", "Повестка-2030", "kremlin.ru/d/76627", "№ 23", "поздравил семью",
]


def _none(cell: str) -> float | str | None:
    return None if cell == "-" else cell


def _case(line: str):
    text, span, value, unit, factor = (c.strip() for c in line.split("|"))
    text = text.encode().decode("unicode_escape") if "\\u" in text else text
    span = span.encode().decode("unicode_escape") if "\\u" in span else span
    return text, span, _none(value), _none(unit), _none(factor)


@pytest.mark.parametrize("line", [ln for ln in CASES.strip().splitlines()])
def test_case(line):
    text, span, value, unit, factor = _case(line)
    q = parse_quantity(text)
    assert q is not None, text
    assert text[q.start : q.stop] == span
    assert q.value == (None if value is None else float(value))
    assert q.unit == unit
    assert q.factor == (None if factor is None else float(factor))


@pytest.mark.parametrize("text", NOTHING)
def test_not_a_quantity(text):
    assert find_quantities(text) == []


def test_several_in_order_without_overlap():
    text = "Товарооборот вырос на 26% и достиг 1,5 млрд долларов; решено удвоить его в ближайшие пять лет."
    found = find_quantities(text)
    assert [(q.value, q.unit, q.factor) for q in found] == [
        (26.0, "percent", None), (1.5e9, "USD", None), (None, None, 2.0), (5.0, "year", None)]
    assert all(a.stop <= b.start for a, b in zip(found, found[1:]))


def test_bad_input_is_a_clear_error():
    with pytest.raises(TypeError, match="expected a str"):
        find_quantities(None)  # type: ignore[arg-type]


# --- data files ------------------------------------------------------------------------------------------


def _raw_rows(name: str) -> list[str]:
    text = resources.files("readout.data").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    rows = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return rows[1:]


@pytest.mark.parametrize("name", ["numerals", "currencies", "units"])
def test_every_row_has_an_example_and_no_mixed_scripts(name):
    for row in _raw_rows(name):
        assert re.search(r"#\s*\S", row), f"{name}.tsv: no example in {row!r}"
        key = row.split("\t")[0]
        for word in key.split():
            assert not (re.search("[a-z]", word, re.I) and re.search("[а-яё]", word, re.I)), f"mixed {word!r}"


@pytest.mark.parametrize("name,column", [("numerals", "lemma"), ("currencies", "words"), ("units", "words")])
def test_no_duplicates(name, column):
    keys = [r[column] for r in tsv(name)]
    assert len(keys) == len(set(keys))


def test_currency_codes_are_iso_4217():
    for row in tsv("currencies"):
        assert pycountry.currencies.get(alpha_3=row["code"]) is not None, row


def test_numeral_kinds():
    assert {r["kind"] for r in tsv("numerals")} == {"number", "scale", "factor"}


# --- property tests: numbers rendered in Russian words -----------------------------------------------------

_UNITS = {
    "nom": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "gen": "нуля одного двух трёх четырёх пяти шести семи восьми девяти".split(),
}
_TEENS = {
    "nom": "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать "
    "восемнадцать девятнадцать".split(),
    "gen": "десяти одиннадцати двенадцати тринадцати четырнадцати пятнадцати шестнадцати семнадцати "
    "восемнадцати девятнадцати".split(),
}
_TENS = {
    "nom": [""] * 2 + "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split(),
    "gen": [""] * 2 + "двадцати тридцати сорока пятидесяти шестидесяти семидесяти восьмидесяти девяноста".split(),
}
_HUNDREDS = {
    "nom": [""] + "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split(),
    "gen": [""] + "ста двухсот трёхсот четырёхсот пятисот шестисот семисот восьмисот девятисот".split(),
}
# scale word forms: (after 1, after 2–4, after 5+) in the nominative; genitive: (after 1, otherwise)
_SCALES = [
    (10**9, ("миллиард", "миллиарда", "миллиардов"), ("миллиарда", "миллиардов")),
    (10**6, ("миллион", "миллиона", "миллионов"), ("миллиона", "миллионов")),
    (10**3, ("тысяча", "тысячи", "тысяч"), ("тысячи", "тысяч")),
]


def _below_thousand(n: int, case: str, feminine: bool) -> list[str]:
    words = []
    if n >= 100:
        words.append(_HUNDREDS[case][n // 100])
    rest = n % 100
    if 10 <= rest < 20:
        words.append(_TEENS[case][rest - 10])
        return words
    if rest >= 20:
        words.append(_TENS[case][rest // 10])
    unit = rest % 10
    if unit:
        word = _UNITS[case][unit]
        if feminine and unit in (1, 2):
            word = {"nom": ["", "одна", "две"], "gen": ["", "одной", "двух"]}[case][unit]
        words.append(word)
    return words


def render(n: int, case: str = "nom") -> str:
    """Spell ``n`` (0 ≤ n < 10**12) in Russian words, nominative or genitive."""
    if n == 0:
        return _UNITS[case][0]
    words = []
    for scale, nom, gen in _SCALES:
        k, n = divmod(n, scale)
        if not k:
            continue
        words += _below_thousand(k, case, feminine=scale == 1000)
        last = k % 100
        if case == "gen":
            words.append(gen[0] if last % 10 == 1 and last != 11 else gen[1])
        elif last % 10 == 1 and last != 11:
            words.append(nom[0])
        elif last % 10 in (2, 3, 4) and not 12 <= last <= 14:
            words.append(nom[1])
        else:
            words.append(nom[2])
    words += _below_thousand(n, case, feminine=False)
    return " ".join(words)


def test_renderer():
    assert render(253_000, "gen") == "двухсот пятидесяти трёх тысяч"
    assert render(2_021_000_000) == "два миллиарда двадцать один миллион"


_NUMBERS = st.integers(min_value=0, max_value=999_999_999_999).filter(lambda n: n != 1)


@settings(max_examples=300, deadline=None)
@given(_NUMBERS, st.sampled_from(["nom", "gen"]))
def test_spelled_numbers_parse_back(n, case):
    text = render(n, case)
    found = find_quantities(text)
    assert len(found) == 1, (text, found)
    assert found[0].value == n, text
    assert text[found[0].start : found[0].stop] == text


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999_999), st.sampled_from([" ", "\u00a0", "\u202f", ""]))
def test_digits_with_separators(n, sep):
    digits = f"{n:,}".replace(",", sep)
    text = f"объём составит {digits} рублей"
    q = parse_quantity(text)
    assert q is not None and q.value == n and q.unit == "RUB", text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 ,.%$–-абвгдезийклмнопрстуфхцчшщыьэюя\u00a0", max_size=60))
def test_spans_lie_inside_the_text(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.stop <= len(text)
        assert text[q.start : q.stop].strip()
