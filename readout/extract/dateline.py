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
>>> [dateline(t) for t in ("Визит\\n\\n9 мая 2010 года лидеры побывали на параде.", "С 1 января 2026 года вступает в силу",
...                         "Версия 1.2.25 программы")]
[None, None, None]
"""
from __future__ import annotations

import datetime as dt
import re

from readout.extract.commitments.dates import MONTH_NAME, MONTHS

_HEAD = 400  # a dateline stands within the first few lines
_FORMS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d)|(?P<d2>\d{2})\.(?P<m2>\d{2})\.(?P<y2>\d{2})(?![\d.]\d)"),
    re.compile(r"(?P<d>\d{1,2})\s+" + MONTH_NAME + r",?\s+(?P<y>\d{4})(?!\d)", re.IGNORECASE),
    re.compile(MONTH_NAME + r"\s+(?P<d>\d{1,2}),\s+(?P<y>\d{4})(?!\d)", re.IGNORECASE),
)
# what may stand before the date on its line: a place and a comma, an outlet and a bar ("Avesta.Tj | 08.03.2011 |"),
# "Сегодня,", a weekday
_LEAD = re.compile(r"[А-ЯЁA-Z][\w.-]*(?:[ -][А-ЯЁA-Z][\w.-]*)?\s*[,|]?\s*|[Сс]егодня,?\s*|\d{1,2}:\d\d,?\s*|\s*")
_PREPOSITION = {"с", "со", "до", "к", "ко", "по", "на", "от", "в", "во", "после", "около"}
# a date in a sentence goes on with a lowercase word ("9 мая 2010 года лидеры побывали …"); a dateline does not
_SENTENCE_GOES_ON = re.compile(r"\s*(?:года|г\.)?,?\s+[а-яё]")
_LINES = 4  # a dateline stands within the first few non-empty lines


def dateline(text: str) -> str | None:
    """The date of the first dateline in the text's head, as YYYY-MM-DD; None when there is none."""
    lines = [line for line in text[:_HEAD].split("\n") if line.strip()][:_LINES]
    for line in lines:
        for form in _FORMS:
            m = form.search(line)
            lead = line[:m.start()] if m else ""
            if m is None or not _LEAD.fullmatch(lead) or lead.strip(" ,").lower() in _PREPOSITION:
                continue  # "С 1 января 2026 года вступает в силу …" is no dateline
            if lead.strip(" ,").lower() != "сегодня" and _SENTENCE_GOES_ON.match(line, m.end()):
                continue  # "9 мая 2010 года лидеры вместе побывали …": a day the text tells of
            found = _date(m)
            if found is not None:
                return found
    return None


def _date(m: re.Match[str]) -> str | None:
    groups = {k: v for k, v in m.groupdict().items() if v}
    for k in ("d", "m", "y"):  # the two-digit form's groups ("19.07.24")
        if k + "2" in groups:
            groups[k] = groups[k + "2"]
    year = int(groups["y"])
    if year < 100:
        year += 2000 if year <= dt.date.today().year % 100 else 1900
    month = int(groups["m"]) if "m" in groups else next(
        (v for k, v in MONTHS.items() if groups["mon"].lower().startswith(k)), None)
    try:
        day = dt.date(year, month or 0, int(groups["d"]))
    except ValueError:
        return None
    return day.isoformat() if 1990 <= year <= dt.date.today().year + 1 else None
