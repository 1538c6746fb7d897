"""The natasha pipeline: sentences, tokens with lemmas and morphology, named entities.

Models are loaded once per process on first use (``models()``), never at import time, and shared by forked
workers. The text is never changed: tokens and sentences are offsets into it.

>>> a = analyze("Касым-Жомарт Токаев посетил Баку. Переговоры прошли успешно.")
>>> [s.text for s in a.sentences]
['Касым-Жомарт Токаев посетил Баку.', 'Переговоры прошли успешно.']
>>> [(n.type, n.text) for n in a.ner]
[('PER', 'Касым-Жомарт Токаев'), ('LOC', 'Баку')]
>>> a.tokens[2].lemma
'посетить'
"""
from __future__ import annotations

import re

import bisect
import functools
import os
from dataclasses import dataclass
from typing import Callable, Sequence


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    stop: int
    text: str
    lemma: str
    pos: str
    feats: tuple[tuple[str, str], ...] = ()

    def feat(self, name: str) -> str | None:
        for k, v in self.feats:
            if k == name:
                return v
        return None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    stop: int
    text: str
    first: int  # index of its first token in Analysis.tokens
    last: int  # one past its last token


@dataclass(frozen=True, slots=True)
class NerSpan:
    start: int
    stop: int
    type: str  # PER | LOC | ORG
    text: str
    normal: str


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    ner: tuple[NerSpan, ...]

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.first : sentence.last]

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].stop:
            return self.sentences[i]
        return None

    def tokens_in(self, start: int, stop: int) -> list[Token]:
        i = bisect.bisect_left(self.tokens, start, key=lambda t: t.start)
        out = []
        while i < len(self.tokens) and self.tokens[i].stop <= stop:
            out.append(self.tokens[i])
            i += 1
        return out


class Models:
    """natasha's segmenter, morphology tagger, NER tagger and lemmatiser, loaded together."""

    def __init__(self) -> None:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

        self.segmenter = Segmenter()
        emb = NewsEmbedding()
        self.morph_tagger = NewsMorphTagger(emb)
        self.morph_tagger.infer.encoder.batch_size = 32  # sentences a batch; results do not depend on it
        self.ner_tagger = NewsNERTagger(emb)
        self.morph_vocab = MorphVocab()

    @functools.lru_cache(maxsize=200_000)
    def lemma(self, word: str, pos: str, feats: tuple[tuple[str, str], ...]) -> str:
        from natasha.doc import DocToken

        token = DocToken(0, len(word), word, pos=pos, feats=dict(feats))
        try:
            token.lemmatize(self.morph_vocab)
        except ValueError:  # pymorphy2 fails on letters without a Unicode name (Tangut, Khitan)
            return word.lower()
        return token.lemma

    @functools.lru_cache(maxsize=200_000)
    def guess(self, word: str, name: bool = False) -> tuple[str, str, tuple[tuple[str, str], ...]]:
        """(lemma, UD part of speech, UD features) of a word out of context: pymorphy's likeliest parse, or for a
        word inside a person's name its likeliest name parse. Punctuation and numbers keep their text."""
        if not any(c.isalpha() for c in word):
            return word, "NUM" if any(c.isdigit() for c in word) else "PUNCT", ()
        parses = self.parse(word)
        if not parses:
            return word.lower(), "X", ()
        best = parses[0]
        if name:
            best = next((p for p in parses if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)), best)
        pos = "PROPN" if name and best.pos == "NOUN" else best.pos
        return best.normal_form, pos, tuple(sorted(best.feats.items()))

    @functools.lru_cache(maxsize=50_000)
    def guess_name(self, words: tuple[str, ...]) -> tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]:
        """(lemma, pos, feats) for each word of a person's name out of context, all in the one case and gender that
        most of its words can take as name parses: "Мин Аун Хлайна" is one man in the genitive. A word with no
        such parse (indeclinable, unknown) is left as written, in the nominative."""
        combos: dict[tuple[str, str], float] = {}
        for w in words:
            for p in self.parse(w):
                if p.tag.case and p.tag.POS == "NOUN" and p.tag.number != "plur":  # one person: singular
                    key = _case_gender(p)
                    bonus = 1.0 if {"Name", "Surn", "Patr"} & set(p.tag.grammemes) else 0.3
                    bonus += (0.1 if p.tag.gender == "masc" else 0) + (0.05 if p.tag.case == "nomn" else 0)
                    combos[key] = combos.get(key, 0) + bonus
        best = max(combos, key=combos.get) if combos else None
        out = []
        for w in words:
            match = None
            if best and any(c.isalpha() for c in w):
                fits = [p for p in self.parse(w)
                        if p.tag.POS == "NOUN" and p.tag.number != "plur" and _case_gender(p) == best]
                match = next((p for p in fits if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)), None)
                match = match or (fits[0] if fits else None)
            if match is None:
                out.append((w.lower(), "PROPN", (("Case", "Nom"),)))
            else:
                out.append((match.normal_form, "PROPN", tuple(sorted(match.feats.items()))))
        return tuple(out)

    @functools.lru_cache(maxsize=200_000)
    def lemma_candidates(self, word: str) -> frozenset[str]:
        """Every lemma pymorphy knows for a word: ``{'сказать'}`` for "сказал"."""
        return frozenset(p.normal_form.replace("ё", "е") for p in self.parse(word.lower()))

    @functools.lru_cache(maxsize=200_000)
    def parse(self, word: str):
        """pymorphy's parses of a word, out of context; none for a word pymorphy2 cannot take (a letter without a
        Unicode name, such as Tangut, makes it raise)."""
        try:
            return self.morph_vocab.parse(word)
        except ValueError:
            return []


def _case_gender(parse) -> tuple[str, str]:
    return str(parse.tag.case or ""), str(parse.tag.gender or "")


@functools.cache
def models() -> Models:
    return Models()


def analyze(text: str, needs_morph: Callable[[Sequence[str]], bool] | None = None) -> Analysis:
    """Segment, tag and lemmatise ``text``; offsets are into ``text`` itself.

    ``needs_morph(words)`` says which sentences get natasha's contextual morphology tagger; the others get
    pymorphy's likeliest out-of-context parse (lemma, part of speech, features), which costs a dictionary look-up
    per distinct word. By default every sentence is tagged.
    """
    from natasha import Doc

    m = models()
    docs = []
    for base, para in _paragraphs(text):
        doc = Doc(para)
        doc.segment(m.segmenter)
        docs.append((base, para, doc))
    # one NER pass and one morphology pass for the whole text, batched across its paragraphs
    all_spans = _ner(m, [doc.tokens for _, _, doc in docs])
    sents = [sent for _, _, doc in docs for sent in doc.sents]
    words = [[t.text for t in sent.tokens] for sent in sents]
    # sentences sorted by length go to the tagger in batches of like length (less padding; same tags)
    tagged = sorted((i for i, w in enumerate(words) if needs_morph is None or needs_morph(w)),
                    key=lambda i: len(words[i]))
    for i, markup in zip(tagged, m.morph_tagger.map([words[i] for i in tagged])):
        for token, tag in zip(sents[i].tokens, markup.tokens):
            token.pos, token.feats = tag.pos, tag.feats
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    ner: list[NerSpan] = []
    for (base, para, doc), spans in zip(docs, all_spans):
        names: dict[int, tuple] = {}
        for kind, span_tokens in spans:
            if kind == "PER":
                for t, guess in zip(span_tokens, m.guess_name(tuple(t.text for t in span_tokens))):
                    names[t.start] = guess
        for sent in doc.sents:
            first = len(tokens)
            for t in sent.tokens:
                if t.pos is None:
                    lemma, pos, feats = names.get(t.start) or m.guess(t.text)
                else:
                    feats = tuple(sorted((t.feats or {}).items()))
                    pos = t.pos
                    lemma = m.lemma(t.text, pos, feats)
                tokens.append(Token(base + t.start, base + t.stop, t.text, lemma.replace("ё", "е"), pos, feats))
            sentences.append(Sentence(base + sent.start, base + sent.stop, sent.text, first, len(tokens)))
        for kind, span_tokens in spans:
            a, b = span_tokens[0].start, span_tokens[-1].stop
            ner.append(NerSpan(base + a, base + b, kind, para[a:b], para[a:b]))
    return Analysis(text, tuple(tokens), tuple(sentences), tuple(ner))


def _ner(m: Models, token_lists: list) -> list[list[tuple[str, list]]]:
    """natasha's NER over the segmenter's own tokens (slovnet would tokenize the text a second time), each
    paragraph a sequence, all in one batched call: (type, tokens) spans for each paragraph."""
    out: list[list[tuple[str, list]]] = [[] for _ in token_lists]
    todo = [i for i, tokens in enumerate(token_lists) if tokens]
    if not todo:
        return out
    infer = m.ner_tagger.infer
    preds = infer.decoder(infer.process(infer.encoder([[t.text for t in token_lists[i]] for i in todo])))
    for i, tags in zip(todo, preds):
        spans: list[tuple[str, list | None]] = []
        for token, tag in zip(token_lists[i], tags):
            part, _, kind = tag.partition("-")
            if part == "B" or (part == "I" and (not spans or spans[-1][0] != kind or spans[-1][1] is None)):
                spans.append((kind, [token]))
            elif part == "I":
                spans[-1][1].append(token)
            elif spans and spans[-1][1] is not None:
                spans.append(("O", None))
        out[i] = [(k, ts) for k, ts in spans if ts]
    return out


_GLUED = re.compile(r"(?<=[а-яё]{3}[.!?])(?=[А-ЯЁ][а-яё])")  # "в оккупации.Азербайджанские депутаты"


def _paragraphs(text: str):
    """(offset, paragraph) for each non-blank line: a sentence never crosses a line break (a headline without a
    full stop stays its own sentence), nor a full stop glued to the next sentence's capital ("оккупации.Азербайджанские",
    a page's lost space; not "г.Минск" or "А.Лукашенко").

    >>> [p for _, p in _paragraphs("Земли в оккупации.Депутаты решили встречаться. Это г.Минск.")]
    ['Земли в оккупации.', 'Депутаты решили встречаться. Это г.Минск.']
    """
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            cut = 0
            for m in _GLUED.finditer(line):
                yield pos + cut, line[cut:m.start()]
                cut = m.start()
            yield pos + cut, line[cut:]
        pos += len(line) + 1


def lemma_of(word: str) -> str:
    """The first dictionary lemma of a word out of context: ``lemma_of('Астане')`` → ``'астана'``."""
    parses = models().parse(word)
    return parses[0].normal_form.replace("ё", "е") if parses else word.lower()


def agrees(subject: Token, verb: Token) -> bool:
    """The noun can be the subject of the verb: the same number, and in the past singular the same gender ("слово
    взял" does not agree, so "Шавкат Мирзиёев" after it is the subject; "Садыр Жапаров посетит" does).

    >>> a = analyze("Ответное слово взял президент.", lambda w: True)
    >>> agrees(a.tokens[1], a.tokens[2])
    False
    """
    sn, vn = subject.feat("Number"), verb.feat("Number")
    if sn and vn and sn != vn:
        return False
    sg, vg = subject.feat("Gender"), verb.feat("Gender")
    if vn == "Sing" and sg and vg and sg != vg:
        return any("ms-f" in p.tag for p in models().parse(subject.text.lower()))  # "глава государства поручил":
        # a noun of common gender takes either
    return True


def subject_before(tokens: Sequence[Token], k: int, pos: tuple[str, ...] = ("NOUN", "PROPN", "PRON")) -> bool:
    """A word of ``pos`` in the nominative among ``tokens[:k]`` that can be the subject of the predicate
    ``tokens[k]`` ("Садыр Жапаров посетит …" has one; "Новый договор … подпишут …" has none).

    >>> a = analyze("Садыр Жапаров посетит Катар.", lambda w: True)
    >>> subject_before(a.tokens, 2)
    True
    """
    return any(t.feat("Case") == "Nom" and t.pos in pos and agrees(t, tokens[k]) for t in tokens[:k])


def first_predicate(tokens: Sequence[Token]) -> int | None:
    """The index of the first finite verb or short form (the clause's predicate), or None."""
    return next((n for n, t in enumerate(tokens) if t.feat("VerbForm") == "Fin" or t.feat("Variant") == "Short"),
                None)
