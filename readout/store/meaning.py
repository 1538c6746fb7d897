"""What a commitment is about, to tell whether two commitments are the same one: IDF-weighted lemmas and navec
vectors of the words that carry the object.

* A word's weight is its inverse document frequency over the bundled corpus (``lemma_df.tsv`` beside this
  module): "товарооборот" weighs more than "работа", and function words or generic verbs weigh almost nothing.
  The table is fixed, so a weight does not depend on what else is stored (joins do not change with ingest order).
* **Key words** are the nouns, adjectives and verbs whose weight is at least :data:`KEY_IDF` (in fewer than 30 %
  of the texts) and that are not in ``readout/data/thread_generic.txt``. Two commitments can only be the same
  when the key words they share weigh enough, a rare noun or adjective among them (:func:`same_thing`):
  "Мы продолжаем эту работу" has no key word and joins nothing; "поручение" alone is too common.
* Names are no key words: a lemma pymorphy tags as a place, person or organisation ("Мьянма", "Эмомали") is
  shared by the parties anyway, and relation words (:data:`RELATION_WORDS`: "партнёрство") name no object. Two
  commitments share at least :data:`MIN_SHARED` key words, and are never the same when their specific objects
  differ (:func:`objects_differ`: people, quoted titles or counts named on both sides, none shared).
* :func:`same_thing` is the weighted overlap of key words, ``Σ w(shared) / min(Σ w(A), Σ w(B))``, averaged
  with the cosine of the two weighted mean navec vectors (natasha's ``NewsEmbedding``).

>>> a = gist("договорились удвоить товарооборот до 1 млрд долларов", "USD", 1e9)
>>> b = gist("подтвердили намерение довести товарооборот до 1 млрд долларов", "USD", 1e9)
>>> same_thing(a, b) > JOIN_AT, sorted(a.keys)
(True, ['доллар', 'товарооборот', 'удвоить'])
>>> same_thing(gist("Мы продолжаем эту работу"), a)
0.0
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from importlib import resources

from readout.store.lemmas import _morph, lemma, words

KEY_IDF = 1.2  # ln(225 / 68): in fewer than 68 (30 %) of the corpus's 225 texts
JOIN_AT = 0.6  # similarity from which two commitments of the same parties are one thread
SHARED_WEIGHT = 3.0  # the shared key words must weigh this much together ("поручение" alone: 1.5)
SPECIFIC_IDF = 2.0  # and one of them, a noun or adjective, be this rare (in fewer than 31 texts: "товарооборот")
OBJECT_POS = {"NOUN", "ADJF", "ADJS"}
NAME_TAGS = {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"}  # a place, person or organisation: not an object word
PERSON_TAGS = {"Name", "Surn"}
# Words of relations in general, like "сотрудничество" in thread_generic.txt: they name no specific object.
RELATION_WORDS = frozenset({"партнерство", "партнёрство", "стратегический", "союзничество", "отношение"})
MIN_SHARED = 2  # two commitments share at least two key words (one rare noun alone, "кампус", is not enough)
PAIR_WEIGHT = 5.0  # two shared key words alone must both be rare: "индустриальный парк" (6.0), "строительство
# терминала" (5.4); "детский сад" (4.4), "строительство жилья" (3.7) or "беспилотные системы" (4.0) name a kind of
# object that many projects share, not one commitment
_TITLE = re.compile(r"«([^«»]+)»")
KEY_POS = OBJECT_POS | {"INFN", "VERB", "PRTF", "PRTS"}


@dataclass(frozen=True, slots=True)
class Gist:
    """A commitment's key words with their weights (``keys``), those that name its object (``objects``), its navec
    vector, and its target (``unit``, ``value``)."""

    keys: dict[str, float]
    objects: frozenset[str]
    vector: tuple[float, ...] | None = field(repr=False)
    unit: str | None = None
    value: float | None = None
    persons: frozenset[str] = frozenset()  # lemmas of the people it names ("Солнцев", "Евгений")
    titles: frozenset[str] = frozenset()  # its quoted titles, lemmatised («О Борисове Ю.И.»)
    counts: frozenset[int] = frozenset()  # the counts it states (not years): "100 детских садов"
    documents: frozenset[frozenset[str]] = frozenset()  # subjects of the documents it names ("Договор о …")


@functools.cache
def _df() -> tuple[dict[str, int], int]:
    table: dict[str, int] = {}
    text = resources.files(__package__).joinpath("lemma_df.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    for name, count in rows[1:]:  # the first row is the header
        table[name] = int(count)
    return table, table.pop("_texts")


def idf(word_lemma: str) -> float:
    """Inverse document frequency of a lemma, ``ln(N / df)``; a lemma in fewer than 3 corpus texts counts as in 2.

    >>> idf("работа") < KEY_IDF < idf("товарооборот")
    True
    """
    table, n = _df()
    return math.log(n / table.get(word_lemma, 2))


@functools.cache
def _generic() -> frozenset[str]:
    from readout.data import lines

    return frozenset(lines("thread_generic"))


@functools.lru_cache(maxsize=100_000)
def _word(word: str) -> tuple[str, str | None, frozenset[str]]:
    parses = _morph().parse(word)
    if not parses:
        return lemma(word), None, frozenset()
    tag = parses[0].tag
    return lemma(word), (str(tag.POS) if tag.POS else None), frozenset(tag.grammemes) & NAME_TAGS


@functools.lru_cache(maxsize=50_000)  # a thread's steps are compared again and again; a Gist is never changed
def gist(text: str, unit: str | None = None, value: float | None = None) -> Gist:
    """The key words of ``text`` with their weights, and their weighted navec vector.

    >>> sorted(gist("Правительствам поручено продолжить работу по созданию совместного фонда").objects)
    ['совместный', 'создание', 'фонд']
    """
    keys: dict[str, float] = {}
    objects, persons = set(), set()
    for w in words(text):
        if len(w) < 3 or w.isdigit():
            continue
        lem, pos, tags = _word(w)
        if tags & PERSON_TAGS:
            persons.add(lem)
        if pos not in KEY_POS or lem in _generic() or lem in RELATION_WORDS or tags & NAME_TAGS:
            continue
        weight = idf(lem)
        if weight < KEY_IDF:
            continue
        keys[lem] = weight
        if pos in OBJECT_POS:
            objects.add(lem)
    titles = frozenset(" ".join(lemma(w) for w in words(m.group(1))) for m in _TITLE.finditer(text))
    return Gist(keys, frozenset(objects), _vector(keys), unit, value, frozenset(persons), titles, counts(text),
                document_subjects(text))


def _numeral(word: str) -> tuple[float, str] | None:
    from readout.data import numerals

    table = numerals()
    w = word.lower().replace("ё", "е")
    return table.get(w) or (table.get(_word(w)[0]) if w.isalpha() else None)


def counts(text: str) -> frozenset[int]:
    """The counts a text states, in digits or in words, times a following scale word; not years, not a lone "один".

    >>> sorted(counts("построить 100 миллионов квадратных метров, субсидируем шесть миллионов, к 2030 году"))
    [6000000, 100000000]
    >>> sorted(counts("один из 150 школ и двадцать пять детских садов"))
    [25, 150]
    """
    toks = _COUNT_TOKEN.findall(text)
    out, i = set(), 0
    while i < len(toks):
        value, j, word = None, i, False
        while j < len(toks):  # "двадцать пять": a run of number words adds up
            tok = toks[j]
            if tok.isdigit() and value is None:
                value, j = int(tok), j + 1
                break
            found = None if tok.isdigit() else _numeral(tok)
            if not found or found[1] != "number":
                break
            value, word, j = (value or 0) + found[0], True, j + 1
        if value is None:
            i += 1
            continue
        scale = _numeral(toks[j]) if j < len(toks) and not toks[j].isdigit() else None
        if scale and scale[1] == "scale":
            out.add(int(value * scale[0]))
            j += 1
        elif not (word and value == 1) and not (not word and 1900 <= value <= 2100):
            out.add(int(value))
        i = j
    return frozenset(out)


_COUNT_TOKEN = re.compile(r"(?<![\d.,])\d+(?![\d.,]\d)|[^\W\d_]+")
_TOKEN = re.compile(r"[^\W_]+|[,;:.!?«»()]")
_ABOUT = {"о", "об"}
_SUBJECT_STOP = {"и", "в", "на", "по", "а", "также"}
_SUBJECT_END = {"который", "что", "чтобы", "между", "до", "с", "со", "от", "для"}  # "о сотрудничестве между …",
# "… до конца года": the parties, a date or a partner end the subject
_FRAME = {"ход", "рамка", "время", "присутствие"}  # "в ходе визита", "в рамках", "во время", "в присутствии"
_VERBISH = {"VERB", "INFN", "PRTF", "PRTS", "GRND"}


def document_subjects(text: str) -> frozenset[frozenset[str]]:
    """The subjects of the documents a text names: a document noun (``document_noun`` in ``lexicon.tsv``: treaty,
    agreement, memorandum…), its parties skipped ("между … и …"), then "о/об" and the words up to a comma or a
    relative clause, lemmatised, relation words included: a treaty is named by its whole subject.

    >>> [sorted(s) for s in document_subjects("полностью согласован Договор о стратегическом партнёрстве и "
    ...                                         "сотрудничестве, который создаст фундамент")]
    [['партнерство', 'сотрудничество', 'стратегический']]
    """
    tokens = _TOKEN.findall(text)
    found = set()
    for i, token in enumerate(tokens):
        if lemma(token.lower()) not in _named_documents():
            continue
        j = next((k for k in range(i + 1, min(i + 16, len(tokens)))
                  if tokens[k].lower() in _ABOUT or not tokens[k][0].isalnum()), None)
        if j is None or tokens[j].lower() not in _ABOUT:
            continue
        subject = []
        rest = tokens[j + 1:j + 12]
        for n, word in enumerate(rest):
            nxt = lemma(rest[n + 1].lower()) if n + 1 < len(rest) else ""
            if not word[0].isalnum() or lemma(word.lower()) in _SUBJECT_END or _word(word.lower())[1] in _VERBISH \
                    or word.lower() in ("в", "во") and nxt in _FRAME or word.lower() == "и" and (
                    nxt in _named_documents() or nxt == "протокол"):
                break  # "… вступит в силу", "… в ходе визита", "… и протокол к нему"
            if word.lower() not in _SUBJECT_STOP:
                subject.append(lemma(word.lower()))
        if len(subject) >= 2:
            found.add(frozenset(subject))
    return frozenset(found)


@functools.cache
def _named_documents() -> frozenset[str]:
    """Document nouns that name one document by its subject (not "документ", "план" or "заявление")."""
    from readout.data import lexicon

    return lexicon("document_noun") - {"документ", "план", "программа", "дорожный", "заявление"}


def _share_specific(a: Gist, b: Gist) -> bool:
    """Some subject of each shares a specific word ("о взаимной защите инвестиций" and "капиталовложений"): the
    same document named in other words, maybe, for the score to judge; only subjects that share nothing but
    "сотрудничество" or "область" are two documents."""
    def specific(subject):
        return {w for w in subject if w not in _generic() and w not in RELATION_WORDS and w not in ("область", "сфера")
                and idf(w) >= KEY_IDF}
    return any(specific(x) & specific(y) for x in a.documents for y in b.documents)


def same_document(a: Gist, b: Gist) -> bool:
    """Both name a document of the same subject (most of their subjects' words shared): a treaty agreed and then
    signed is one commitment, though its words are relation words.

    >>> same_document(gist("согласован Договор о стратегическом партнёрстве и сотрудничестве"),
    ...               gist("подписали Договор между Россией и Венесуэлой о стратегическом партнёрстве и сотрудничестве"))
    True
    """
    return any(len(x & y) / len(x | y) >= 0.6 for x in a.documents for y in b.documents)


@functools.cache
def _embedding():
    from natasha import NewsEmbedding  # navec, the vectors natasha's taggers use

    return NewsEmbedding()


def _vector(keys: dict[str, float]) -> tuple[float, ...] | None:
    emb = _embedding()
    total, found = None, False
    for lem, weight in keys.items():
        if lem not in emb:
            continue
        vec = emb[lem] * weight
        total = vec if total is None else total + vec
        found = True
    if not found:
        return None
    norm = float((total ** 2).sum()) ** 0.5
    return tuple(float(x) / norm for x in total) if norm else None


def overlap(a: Gist, b: Gist) -> float:
    """Weighted overlap of the key words: ``Σ w(shared) / min(Σ w(A), Σ w(B))``."""
    shared = a.keys.keys() & b.keys.keys()
    if not shared:
        return 0.0
    return sum(a.keys[k] for k in shared) / min(sum(a.keys.values()), sum(b.keys.values()))


def cosine(a: Gist, b: Gist) -> float:
    if a.vector is None or b.vector is None:
        return 0.0
    return sum(x * y for x, y in zip(a.vector, b.vector))


def targets_differ(a: Gist, b: Gist) -> bool:
    """Both name a target in one unit, and the values differ by more than half: 1 bn and 5 bn USD are two goals.

    >>> targets_differ(Gist({}, frozenset(), None, "USD", 1e9), Gist({}, frozenset(), None, "USD", 5e9))
    True
    """
    if not (a.unit and a.unit == b.unit and a.value and b.value):
        return False
    return max(a.value, b.value) / min(a.value, b.value) > 1.5


def objects_differ(a: Gist, b: Gist) -> bool:
    """Both name specific things and share none of them: people (two decrees on two governors), quoted titles
    or documents' subjects (two documents of one signed list) or counts (100 kindergartens of one project, 21 of
    another plan).

    >>> objects_differ(gist("Указ «О Борисове Ю.И.»"), gist("Указ «О Крикалеве С.К.»"))
    True
    >>> objects_differ(gist("построить 100 детских садов"), gist("завершить строительство 21 детского сада"))
    True
    """
    if a.documents and b.documents and not same_document(a, b) and not _share_specific(a, b):
        return True  # two documents of one signed list: a memorandum on health and one on schools
    return any(x and y and not x & y for x, y in ((a.persons, b.persons), (a.titles, b.titles),
                                                 (a.counts, b.counts)))


def same_thing(a: Gist, b: Gist) -> float:
    """How surely two commitments are about the same thing, 0 to 1; 0 unless the key words they share weigh
    :data:`SHARED_WEIGHT`, one of them a noun or adjective of :data:`SPECIFIC_IDF` (function words, generic verbs
    and common words never join two commitments), or when they name different targets.

    >>> same_thing(gist("Вы дали поручение"), gist("дали нам тоже поручения"))
    0.0
    """
    if same_document(a, b) and not targets_differ(a, b):
        return max(JOIN_AT, _score(a, b))
    shared = a.keys.keys() & b.keys.keys()
    objects = [a.keys[k] for k in shared & a.objects & b.objects]
    weight = sum(a.keys[k] for k in shared)
    if len(shared) < MIN_SHARED or weight < SHARED_WEIGHT or len(shared) == MIN_SHARED and weight < PAIR_WEIGHT \
            or max(objects, default=0) < SPECIFIC_IDF or targets_differ(a, b) or objects_differ(a, b):
        return 0.0
    return _score(a, b)


def _score(a: Gist, b: Gist) -> float:
    return round((overlap(a, b) + max(cosine(a, b), 0.0)) / 2, 3)


def count_df(texts) -> tuple[dict[str, int], int]:
    """Document frequencies of the lemmas of ``texts`` (for ``lemma_df.tsv``)."""
    from collections import Counter

    df: Counter[str] = Counter()
    n = 0
    for text in texts:
        n += 1
        df.update({lemma(w) for w in words(text) if len(w) > 2 and not w.isdigit()})
    return dict(df), n


if __name__ == "__main__":  # python -m readout.store.meaning CORPUS.jsonl.gz > readout/store/lemma_df.tsv
    import gzip
    import json
    import sys

    with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
        table, total = count_df(json.loads(line)["text"] for line in f)
    print(f"# Document frequencies of lemmas: in how many of the {total} texts of {sys.argv[1].split('/')[-1]}")
    print("# (kremlin.ru, CC BY 4.0) each lemma occurs; lemmas of fewer than 3 texts are left out and count as rare.")
    print("# Made by `python -m readout.store.meaning CORPUS.jsonl.gz`; weights words in readout/store/meaning.py.")
    print("lemma\tdf")
    print(f"_texts\t{total}")
    for name in sorted(table):
        if table[name] >= 3:
            print(f"{name}\t{table[name]}")
