"""Where a reported item's clause starts and ends: after the last ";" or ", а" / ", но" before the verb of saying
(not inside "не только …, но и …"), with the spaces, line breaks and final stop trimmed."""
from __future__ import annotations


def clause_start(toks, k: int, window: int) -> int:
    """The offset where the verb's clause starts: after the last ';' or ', а'/', но' before it."""
    start = window
    for n, t in enumerate(toks[:k]):
        if t.text in (";",) and t.stop > start:
            start = t.stop
        elif n and t.lemma in ("а", "но") and toks[n - 1].text == "," and t.stop > start and not _correlative(
                toks, n, k):
            start = t.stop  # "… поставили президенты Казахстана, а Таджикистан сообщили, что …"
    return start


def _correlative(toks, n: int, k: int) -> bool:
    """"не только …, но и …" is one clause: "Россия и Саудовская Аравия взаимодействуют не только по линии
    промышленности, но и в медицине, уточнил вице-премьер" (the verb after a comma: "…, но и министр заявил, что
    …" opens its own clause)."""
    return toks[n].lemma == "но" and n + 1 < len(toks) and toks[n + 1].lemma == "и" and toks[k - 1].text == "," and any(
        x.lemma == "только" and j and toks[j - 1].lemma == "не" for j, x in enumerate(toks[:n]))


def strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """``[a, b)`` without the spaces and line breaks around it and a final stop.

    >>> strip_span(" Стороны договорились. ", 0, 23)
    (1, 21)
    """
    while a < b and text[a] in " \n":
        a += 1
    while b > a and text[b - 1] in " .\n":
        b -= 1
    return a, b
