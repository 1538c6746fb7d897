"""Numbers as a person reads them in Russian text: ``1 млрд USD``, ``2,5 млн т``, ``×2``, not ``1e+09``.

>>> amount(1e9, "USD"), amount(2_500_000, "tonnes"), amount(15_000, "count"), amount(40, "percent")
('1 млрд USD', '2,5 млн tonnes', '15 тыс.', '40 %')
>>> factor(2.0), factor(2.5), amount(None, "USD")
('×2', '×2,5', '? USD')
"""
from __future__ import annotations

SCALES = ((1e12, "трлн"), (1e9, "млрд"), (1e6, "млн"), (1e3, "тыс."))
UNITS = {"percent": "%", "count": ""}


def number(value: float) -> str:
    """Up to two decimals, a decimal comma, spaces between thousands: ``1 234,5``."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",")


def amount(value: float | None, unit: str | None = None) -> str:
    """``value`` with its scale word (тыс., млн, млрд, трлн) and unit (an ISO 4217 code, ``%``, ``tonnes``…)."""
    if value is None:
        shown = "?"
    else:
        scale, word = next(((s, w) for s, w in SCALES if abs(value) >= s), (1, ""))
        shown = f"{number(value / scale)} {word}".strip()
    unit_text = UNITS.get(unit or "", unit or "")
    return f"{shown} {unit_text}".strip()


def factor(value: float) -> str:
    """A multiplier: ``×2``, ``×1,5``."""
    return f"×{number(value)}"
