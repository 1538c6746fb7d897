"""A sentence's clauses for the commitment cues: split at commas, semicolons and colons, but not inside a list of
names, of nouns or adjectives of one case, a parenthetical phrase or "не только …, но и …"."""
from __future__ import annotations

from readout import data
from readout.extract.context import Context


def clauses(ctx: Context, sent) -> list[list]:
    """The sentence's clauses, split at commas, semicolons and colons, but not inside a list of names ("Эмомали
    Рахмон, Шавкат Мирзиёев и Садыр Жапаров поставили подписи…" is one clause with a three-person subject; so is
    "Следующая встреча министров Азербайджана, Грузии и Турции состоится …")."""
    toks = ctx.analysis.sentence_tokens(sent)
    names = [(f.start, f.stop) for p in ctx.persons for f in p.forms if sent.start <= f.start < sent.stop]
    names += [(c.start, c.stop) for c in ctx.countries if sent.start <= c.start < sent.stop]
    in_name = lambda t: any(a <= t.start < b for a, b in names)  # noqa: E731
    out, cur = [], []
    skip_to = -1
    for i, t in enumerate(toks):
        if i <= skip_to:
            cur.append(t)
            continue
        if t.text == "," and cur and (end := _parenthetical(toks, i)):
            skip_to = end  # "На переговорах, кроме того, будут рассмотрены …": one clause
            cur.append(t)
            continue
        if t.text in (",", ";", ":") and cur:
            if t.text == "," and i + 2 < len(toks) and [x.lemma for x in toks[i + 1:i + 3]] == ["но", "и"] and any(
                    x.lemma == "только" and j and cur[j - 1].lemma == "не" for j, x in enumerate(cur)):
                cur.append(t)  # "будут развивать не только торгово-экономические, но и культурные связи"
                continue
            if t.text == "," and in_name(cur[-1]) and i + 1 < len(toks) and in_name(toks[i + 1]) and (
                    all(in_name(x) for x in cur[-3:]) or _list_goes_on(toks, i + 1, in_name)) or (
                    t.text == "," and (_noun_list(toks, i) or _adjectives_of_one_noun(toks, i))):
                cur.append(t)
                continue
            out.append(cur)
            cur = []
            continue
        cur.append(t)
    if cur:
        out.append(cur)
    return out


def _parenthetical(toks, i: int) -> int | None:
    """The index of the comma that closes a parenthetical phrase opened by the comma at ``i`` ("кроме того", "в
    частности": ``lexicon: parenthetical``), else None."""
    for j in range(i + 1, min(i + 6, len(toks))):
        if toks[j].text == ",":
            words = " ".join(t.lemma for t in toks[i + 1:j])
            return j if words in data.lexicon("parenthetical") else None
    return None


def _list_goes_on(toks, j: int, in_name) -> bool:
    """From ``j`` on, names and commas up to "и" and one more name: "министров иностранных дел Азербайджана,
    Грузии и Турции" is one list."""
    while j < len(toks) and (in_name(toks[j]) or toks[j].text == ","):
        j += 1
    return j + 1 < len(toks) and toks[j].lemma == "и" and in_name(toks[j + 1])


def _adjectives_of_one_noun(toks, i: int) -> bool:
    """The comma at ``i`` parts two adjectives that go on to their noun without "и": "продолжается
    содержательный, открытый диалог" is one clause."""
    if not (i and toks[i - 1].pos == "ADJ" and i + 2 < len(toks) and toks[i + 1].pos == "ADJ"):
        return False
    j = i + 1
    while j < len(toks) and toks[j].pos == "ADJ":
        j += 1
    cases = {toks[i - 1].feat("Case"), toks[j - 1].feat("Case")} - {None}  # the tagger may read one as accusative
    return j < len(toks) and toks[j].pos == "NOUN" and toks[j].feat("Case") in cases


def _noun_list(toks, i: int) -> bool:
    """The comma at ``i`` parts nouns of one case listed up to "и": "Турция поддерживает мир, стабильность и
    развитие в регионе и будет продолжать …" is one clause."""
    def item(t):  # a noun or an adjective: "не только торгово-экономические, но и социальные, научно-технические и
        return t.pos in ("NOUN", "ADJ") and t.feat("Case") is not None  # культурные связи"

    if not (i and i + 3 < len(toks) and item(toks[i - 1]) and item(toks[i + 1])):
        return False
    case = toks[i - 1].feat("Case")
    j = i + 1
    while j + 2 < len(toks) and item(toks[j]) and toks[j].feat("Case") == case and toks[j + 1].text == ",":
        j += 2
    if not (j + 2 < len(toks) and item(toks[j]) and toks[j].feat("Case") == case and toks[j + 1].lemma == "и"):
        return False
    j += 2  # the last item may have adjectives: "соглашений, меморандумов и дорожных карт"
    while j + 1 < len(toks) and toks[j].pos == "ADJ" and toks[j].feat("Case") == case:
        j += 1
    if toks[i - 1].pos == "ADJ":  # adjectives listed end in the noun they share, whatever case the tagger gives it
        return toks[j].pos == "NOUN" and toks[j - 1].pos == "ADJ"
    return item(toks[j]) and toks[j].feat("Case") == case
