"""The date a text gives itself near its top, for a document that came without one: a date line under the title
("30 марта 2017", "09.05.2024 | 09:20", "2020-12-29 10:38:49") or a dateline that opens the lead ("Бишкек,
19.07.24./Кабар/.", "Улаанбаатар, 25 июня, 2024 /МОНЦАМЭ/.", "Сегодня, 18 августа 2021 года …").

A date counts only at the start of a line, after at most a place name or "Сегодня,": a day told later in a sentence
("… подписал указ 26 августа 2008 года") is what the text speaks of, not when it was written.

>>> dateline("Визит завершился\\n\\n30 марта 2017\\n\\nПрезиденты провели переговоры.")
'2017-03-30'
>>> dateline("Бишкек,19.07.24./Кабар/. Завершился визит."), dateline("Март 25, 2009 10:38\\nДушанбе.")
('2024-07-19', '2009-03-25')
>>> dateline("Заголовок\\n\\n17:59, 24 Май 2011 | GMT +5\\n\\nАСТАНА. 24 мая.")
'2011-05-24'
>>> dateline("Лидеры встретились. 26 августа 2008 года был подписан указ.") is None
True
"""
from __future__ import annotations

import datetime as dt
import re

from readout.extract.commitments.dates import MONTHS

_HEAD = 400  # a dateline stands within the first few lines
_MONTH_WORD = r"(?P<mon>январ[а-я]*|феврал[а-я]*|март[а-я]*|апрел[а-я]*|ма[йяю]|июн[а-я]*|июл[а-я]*|август[а-я]*|" \
              r"сентябр[а-я]*|октябр[а-я]*|ноябр[а-я]*|декабр[а-я]*)"
_FORMS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?!\d)"),
    re.compile(r"(?P<d>\d{1,2})\s+" + _MONTH_WORD + r",?\s+(?P<y>\d{4})(?!\d)", re.IGNORECASE),
    re.compile(_MONTH_WORD + r"\s+(?P<d>\d{1,2}),\s+(?P<y>\d{4})(?!\d)", re.IGNORECASE),
)
# what may stand before the date on its line: a place and a comma, "Сегодня,", a weekday
_LEAD = re.compile(r"[А-ЯЁA-Z][\w.-]*(?:[ -][А-ЯЁA-Z][\w.-]*)?,?\s*|[Сс]егодня,?\s*|\d{1,2}:\d\d,?\s*|\s*")


def dateline(text: str) -> str | None:
    """The date of the first dateline in the text's head, as YYYY-MM-DD; None when there is none."""
    head = text[:_HEAD]
    pos = 0
    for line in head.split("\n"):
        start, pos = pos, pos + len(line) + 1
        for form in _FORMS:
            m = form.search(line)
            if m is None or not _LEAD.fullmatch(line[:m.start()]):
                continue
            found = _date(m)
            if found is not None:
                return found
    return None


def _date(m: re.Match[str]) -> str | None:
    year = int(m.group("y"))
    if year < 100:
        year += 2000 if year <= dt.date.today().year % 100 else 1900
    month = int(m.group("m")) if "m" in m.groupdict() and m.group("m") else next(
        (v for k, v in MONTHS.items() if m.group("mon").lower().startswith(k)), None)
    try:
        day = dt.date(year, month or 0, int(m.group("d")))
    except ValueError:
        return None
    return day.isoformat() if 1990 <= year <= dt.date.today().year + 1 else None
