"""Score readout's records against hand-made gold records: precision, recall and F1 for each kind of fact.

A gold set is a folder of ``NAME.txt`` documents, each beside ``NAME.gold.json`` (the bundled ``dev`` and ``field``
sets, or one of your own made by the same rules). The figures are those of the project's reference scorer:

* a direct quote matches a gold quote when their word sets reach F1 ≥ 0.8, one to one, best overlap first; it is
  *attributed* when its speaker's name holds the gold surname;
* reported speech matches when the record's text holds the gold phrase, or lies inside it with at least half of
  its words; recall needs the gold speaker too;
* a commitment matches when its text holds the gold phrase, one record for one gold item; optional gold
  commitments count neither way; ``party_acc`` is the share of matched commitments whose parties are exactly the
  gold set;
* persons match by surname, countries by ISO code, sectors by code; event kinds are compared as sets;
* ``overall`` is the mean of attributed_quote_f1, reported_f1, commitment_f1, party_acc, person_f1, country_f1,
  participant_f1 and event_kind_f1.

>>> normalise("«Мы  договорились» — ЗАЯВИЛ Токаев, всё")
'мы договорились - заявил токаев, все'
>>> round(overlap_f1("мы договорились удвоить товарооборот", "договорились удвоить товарооборот"), 3)
0.857
>>> covers("удвоить товарооборот", "договорились удвоить товарооборот до 2030 года")
False
>>> covers("договорились удвоить товарооборот", "удвоить товарооборот")
True
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

QUOTE_MATCH = 0.8  # word-set F1 from which a direct quote matches a gold one
CORE = ("attributed_quote_f1", "reported_f1", "commitment_f1", "party_acc", "person_f1", "country_f1",
        "participant_f1", "event_kind_f1")

_WORD = re.compile(r"\w+")
_DASHES = re.compile(r"[‐‑‒–—―-]")
_QUOTE_MARKS = re.compile(r"[«»“”„\"']")
_SPACE = re.compile(r"\s+")


class GoldError(ValueError):
    """A gold file that cannot be used; the message names it."""


def normalise(text: str | None) -> str:
    """Case-folded, ``ё`` as ``е``, every dash as ``-``, no quotation marks, one space between words."""
    text = (text or "").casefold().replace("ё", "е")
    return _SPACE.sub(" ", _QUOTE_MARKS.sub("", _DASHES.sub("-", text))).strip()


def words(text: str | None) -> list[str]:
    return _WORD.findall(normalise(text))


def overlap_f1(a: str | None, b: str | None) -> float:
    """F1 of the two texts' word sets (0 when either is empty)."""
    left, right = set(words(a)), set(words(b))
    common = len(left & right)
    if not common:
        return 0.0
    precision, recall = common / len(left), common / len(right)
    return 2 * precision * recall / (precision + recall)


def covers(record_text: str | None, phrase: str) -> bool:
    """Whether reported speech found by readout covers a gold phrase: it holds the phrase, or lies inside it and
    has at least two words and half of the phrase's."""
    found, gold = normalise(record_text), normalise(phrase)
    if gold in found:
        return True
    n = len(words(found))
    return n >= 2 and found in gold and n * 2 >= len(words(gold))


def has_surname(name: str | None, surname: str) -> bool:
    return normalise(surname) in normalise(name)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def ratio(part: float, whole: float, empty: float = 1.0) -> float:
    return part / whole if whole else empty


@dataclass
class _Doc:
    """One document, its gold record, readout's record, and what scoring it added up."""

    text: str
    gold: dict[str, Any]
    record: dict[str, Any]
    n: Counter
    misses: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.names = {e.get("id"): e.get("name") or "" for e in self.record.get("entities", [])}

    def speaker(self, quote: dict) -> str:
        return quote.get("speaker_name") or self.names.get(quote.get("speaker")) or ""

    def gold_quote(self, item: dict) -> str:
        """The gold quote's text: from its ``starts`` words to its ``ends`` words in the normalised document."""
        doc, starts, ends = normalise(self.text), normalise(item["starts"]), normalise(item["ends"])
        start = doc.find(starts)
        end = doc.find(ends, max(start, 0))
        if start < 0 or end < 0:
            raise GoldError(f"gold quote not found in the document: {item['starts']!r} .. {item['ends']!r}")
        return doc[start : end + len(ends)]

    def unmatched(self, label: str, found: list[dict], matched: set[int], width: int) -> None:
        """A miss line ``label: 'text…'`` for each item of ``found`` whose index is not in ``matched``."""
        self.misses += [f"{label}: {item.get('text', '')[:width]!r}" for i, item in enumerate(found)
                        if i not in matched]


def score_document(text: str, gold: dict[str, Any], record: dict[str, Any], n: Counter) -> list[str]:
    """Add one document's matches to the counts ``n``; the misses and false alarms, one line each."""
    doc = _Doc(text, gold, record, n)
    for part in (_direct_quotes, _reported, _commitments, _people_and_places, _document_fields):
        part(doc)
    return doc.misses


def _direct_quotes(doc: _Doc) -> None:
    found = [q for q in doc.record.get("quotes", []) if q.get("direct", True)]
    gold = [(g, doc.gold_quote(g)) for g in doc.gold.get("quotes", [])]
    candidates = sorted(((overlap_f1(q.get("text", ""), text), has_surname(doc.speaker(q), g["speaker"]), -i, j)
                         for i, q in enumerate(found) for j, (g, text) in enumerate(gold)), reverse=True)
    taken, answered = set(), set()
    for score, _, minus_i, j in candidates:
        i = -minus_i
        if score < QUOTE_MATCH or i in taken or j in answered:
            continue
        taken.add(i)
        answered.add(j)
        doc.n["quote_tp"] += 1
        g = gold[j][0]
        if has_surname(doc.speaker(found[i]), g["speaker"]):
            doc.n["quote_attributed"] += 1
        else:
            doc.misses.append(f"quote by {g['speaker']} given to {doc.speaker(found[i])!r}: {g['starts'][:50]}")
    doc.n["quote_pred"] += len(found)
    doc.n["quote_gold"] += len(gold)
    doc.misses += [f"missed quote ({g['speaker']}): {g['starts'][:60]}"
                   for j, (g, _) in enumerate(gold) if j not in answered]
    doc.unmatched("false quote", found, taken, 60)


def _reported(doc: _Doc) -> None:
    found = [q for q in doc.record.get("quotes", []) if not q.get("direct", True)]
    matched: set[int] = set()
    for g in doc.gold.get("reported", []):
        doc.n["reported_gold"] += 1
        hits = [i for i, q in enumerate(found) if covers(q.get("text"), g["contains"])]
        matched.update(hits)
        if any(has_surname(doc.speaker(found[i]), g["speaker"]) for i in hits):
            doc.n["reported_tp"] += 1
        else:
            doc.misses.append(f"missed reported speech ({g['speaker']}): {g['contains'][:60]}")
    doc.n["reported_pred"] += len(found)
    doc.n["reported_pred_ok"] += len(matched)
    doc.unmatched("reported speech not in gold", found, matched, 60)


def _commitments(doc: _Doc) -> None:
    found = doc.record.get("commitments", [])
    used: set[int] = set()

    def first_match(phrase: str) -> int | None:
        wanted = normalise(phrase)
        return next((i for i, c in enumerate(found) if i not in used and wanted in normalise(c.get("text"))), None)

    for g in doc.gold.get("commitments", []):
        doc.n["commit_gold"] += 1
        doc.n["target_gold"] += "target" in g
        k = first_match(g["contains"])
        if k is None:
            doc.misses.append(f"missed commitment: {g['contains'][:70]}")
            continue
        used.add(k)
        _judge_commitment(doc, g, found[k])
    optional = 0
    for g in doc.gold.get("optional_commitments", []):
        k = first_match(g["contains"])
        if k is not None:
            used.add(k)
            optional += 1
    doc.n["commit_pred"] += len(found) - optional
    doc.unmatched("false commitment", found, used, 70)


def _judge_commitment(doc: _Doc, g: dict, c: dict) -> None:
    doc.n["commit_tp"] += 1
    if c.get("kind") == g.get("kind"):
        doc.n["commit_kind"] += 1
    else:
        doc.misses.append(f"commitment kind {c.get('kind')!r}, gold {g.get('kind')!r}: {g['contains'][:50]}")
    if g.get("parties"):
        doc.n["party_gold"] += 1
        if set(g["parties"]) == set(c.get("parties") or []):
            doc.n["party_tp"] += 1
        else:
            doc.misses.append(f"parties {sorted(c.get('parties') or [])}, gold {sorted(g['parties'])}: "
                              f"{g['contains'][:50]}")
    if "target" in g:
        target, wanted = c.get("target") or {}, g["target"]
        value = target.get("value")
        if (isinstance(value, (int, float)) and abs(value - wanted["value"]) <= 0.01 * wanted["value"]
                and target.get("unit") == wanted["unit"]):
            doc.n["target_tp"] += 1
        else:
            doc.misses.append(f"target {target!r}, gold {wanted!r}")


def _people_and_places(doc: _Doc) -> None:
    entities = doc.record.get("entities", [])
    persons = [e.get("name") or "" for e in entities if e.get("kind") == "person"]
    _by_surname(doc, "person", persons, doc.gold.get("persons", []), report=True)
    countries = {e.get("country") for e in entities if e.get("kind") == "country"} - {None}
    gold = set(doc.gold.get("countries", []))
    doc.n["country_gold"] += len(gold)
    doc.n["country_pred"] += len(countries)
    doc.n["country_tp"] += len(gold & countries)
    doc.misses += [f"missed country: {c}" for c in sorted(gold - countries)]
    doc.misses += [f"extra country: {c}" for c in sorted(countries - gold)]
    events = doc.record.get("events", [])
    ids = {pid for ev in events for pid in ev.get("participants", [])}
    _by_surname(doc, "part", [doc.names.get(pid, "") for pid in ids], doc.gold.get("participants", []))
    gold_events = doc.gold.get("events", {})
    gold_kinds = set(gold_events.get("kinds", []))
    kinds = {e.get("kind") for e in events} - {None}
    doc.n["event_kind_gold"] += len(gold_events.get("kinds", []))
    doc.n["event_kind_tp"] += len(gold_kinds & kinds)
    doc.n["event_kind_pred"] += len(kinds)
    doc.misses += [f"event kind not in gold: {k}" for k in sorted(kinds - gold_kinds)]
    if gold_events.get("place"):
        doc.n["place_gold"] += 1
        doc.n["place_tp"] += any(normalise(gold_events["place"]) in normalise(e.get("place")) for e in events)


def _by_surname(doc: _Doc, key: str, names: list[str], surnames: list[str], report: bool = False) -> None:
    doc.n[f"{key}_gold"] += len(surnames)
    doc.n[f"{key}_pred"] += len(names)
    doc.n[f"{key}_tp"] += sum(any(has_surname(n, s) for n in names) for s in surnames)
    doc.n[f"{key}_pred_ok"] += sum(any(has_surname(n, s) for s in surnames) for n in names)
    if report:
        doc.misses += [f"missed person: {s}" for s in surnames if not any(has_surname(n, s) for n in names)]


def _document_fields(doc: _Doc) -> None:
    meta, gold = doc.record.get("document", {}), doc.gold
    doc.n["date_gold"] += bool(gold.get("date"))
    doc.n["date_tp"] += bool(gold.get("date")) and meta.get("date") == gold["date"]
    if gold.get("publisher_country"):
        doc.n["publisher_gold"] += 1
        doc.n["publisher_tp"] += meta.get("publisher_country") == gold["publisher_country"]
    sectors, found = set(gold.get("sectors", [])), set(doc.record.get("sectors", []))
    doc.n["sector_gold"] += len(sectors)
    doc.n["sector_pred"] += len(found)
    doc.n["sector_tp"] += len(sectors & found)


def metrics(n: Counter) -> dict[str, float]:
    """The figures from the counts, in the reference scorer's order, ``overall`` last."""
    def prf(tp: str, pred: str, gold: str, pred_ok: str | None = None) -> tuple[float, float, float]:
        precision = ratio(n[pred_ok or tp], n[pred], 1.0 if not n[gold] else 0.0)
        recall = ratio(n[tp], n[gold])
        return precision, recall, f1(precision, recall)

    m: dict[str, float] = {"quote_f1": prf("quote_tp", "quote_pred", "quote_gold")[2]}
    m["quote_p"], m["quote_r"], m["attributed_quote_f1"] = prf("quote_attributed", "quote_pred", "quote_gold")
    m["reported_recall"] = ratio(n["reported_tp"], n["reported_gold"])
    m["reported_precision"] = ratio(n["reported_pred_ok"], n["reported_pred"])
    m["reported_f1"] = f1(m["reported_precision"], m["reported_recall"])
    m["commitment_p"], m["commitment_r"], m["commitment_f1"] = prf("commit_tp", "commit_pred", "commit_gold")
    m["commitment_kind_acc"] = ratio(n["commit_kind"], n["commit_tp"], 0.0)
    m["party_acc"] = ratio(n["party_tp"], n["party_gold"])
    m["target_acc"] = ratio(n["target_tp"], n["target_gold"])
    m["person_f1"] = prf("person_tp", "person_pred", "person_gold", "person_pred_ok")[2]
    m["country_f1"] = prf("country_tp", "country_pred", "country_gold")[2]
    m["participant_f1"] = prf("part_tp", "part_pred", "part_gold", "part_pred_ok")[2]
    m["event_kind_recall"] = ratio(n["event_kind_tp"], n["event_kind_gold"])
    m["event_kind_precision"] = ratio(n["event_kind_tp"], n["event_kind_pred"])
    m["event_kind_f1"] = f1(m["event_kind_precision"], m["event_kind_recall"])
    m["place_acc"] = ratio(n["place_tp"], n["place_gold"])
    m["date_acc"] = ratio(n["date_tp"], n["date_gold"])
    m["publisher_acc"] = ratio(n["publisher_tp"], n["publisher_gold"])
    m["sector_f1"] = prf("sector_tp", "sector_pred", "sector_gold")[2]
    m["overall"] = sum(m[k] for k in CORE) / len(CORE)
    return m


@dataclass
class Report:
    """The figures of one gold set, with each document's misses (for ``--verbose``)."""

    documents: int
    counts: Counter
    figures: dict[str, float]
    misses: dict[str, list[str]]

    def text(self, verbose: bool = False) -> str:
        lines = []
        if verbose:
            for name, missed in self.misses.items():
                if missed:
                    lines += [f"== {name}"] + [f"   {m}" for m in missed]
        lines.append(f"{self.documents} documents, {self.counts['quote_gold']} gold quotes, "
                     f"{self.counts['commit_gold']} gold commitments")
        lines += [f"{k:22s} {v:.3f}" for k, v in self.figures.items()]
        return "\n".join(lines)

    def below(self, floors: dict[str, float]) -> list[str]:
        """The floors not met, as ``metric 0.812 < 0.85``."""
        return [f"{k} {self.figures[k]:.3f} < {v:g}" for k, v in floors.items() if self.figures[k] < v]


def score(pairs: list[tuple[Path, dict[str, Any]]]) -> Report:
    """Score ``(NAME.txt, record as a dict)`` pairs against each ``NAME.gold.json``."""
    n: Counter = Counter()
    misses: dict[str, list[str]] = {}
    for path, record in pairs:
        gold_path = path.with_suffix(".gold.json")
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as e:
            raise GoldError(f"{gold_path}: cannot be read as JSON ({e})") from None
        try:
            misses[path.name] = score_document(path.read_text(encoding="utf-8"), gold, record, n)
        except GoldError as e:
            raise GoldError(f"{gold_path}: {e}") from None
        except (KeyError, TypeError, AttributeError) as e:
            raise GoldError(f"{gold_path}: malformed gold record ({type(e).__name__}: {e})") from None
    return Report(len(pairs), n, metrics(n), misses)
