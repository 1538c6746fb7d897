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

import functools
import os
from dataclasses import dataclass


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
        for s in self.sentences:
            if s.start <= offset < s.stop:
                return s
        return None

    def tokens_in(self, start: int, stop: int) -> list[Token]:
        return [t for t in self.tokens if start <= t.start and t.stop <= stop]


class Models:
    """natasha's segmenter, morphology tagger, NER tagger and lemmatiser, loaded together."""

    def __init__(self) -> None:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

        self.segmenter = Segmenter()
        emb = NewsEmbedding()
        self.morph_tagger = NewsMorphTagger(emb)
        self.ner_tagger = NewsNERTagger(emb)
        self.morph_vocab = MorphVocab()

    @functools.lru_cache(maxsize=200_000)
    def lemma(self, word: str, pos: str, feats: tuple[tuple[str, str], ...]) -> str:
        from natasha.doc import DocToken

        token = DocToken(0, len(word), word, pos=pos, feats=dict(feats))
        token.lemmatize(self.morph_vocab)
        return token.lemma

    @functools.lru_cache(maxsize=200_000)
    def parse(self, word: str):
        """pymorphy's parses of a word, out of context."""
        return self.morph_vocab.parse(word)


@functools.cache
def models() -> Models:
    return Models()


def analyze(text: str) -> Analysis:
    """Segment, tag and lemmatise ``text``; offsets are into ``text`` itself."""
    from natasha import Doc

    m = models()
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    ner: list[NerSpan] = []
    for base, para in _paragraphs(text):
        doc = Doc(para)
        doc.segment(m.segmenter)
        doc.tag_morph(m.morph_tagger)
        doc.tag_ner(m.ner_tagger)
        for sent in doc.sents:
            first = len(tokens)
            for t in sent.tokens:
                feats = tuple(sorted((t.feats or {}).items()))
                lemma = m.lemma(t.text, t.pos or "X", feats)
                tokens.append(Token(base + t.start, base + t.stop, t.text, lemma.replace("ё", "е"), t.pos or "X",
                                    feats))
            sentences.append(Sentence(base + sent.start, base + sent.stop, sent.text, first, len(tokens)))
        for span in doc.spans:
            ner.append(NerSpan(base + span.start, base + span.stop, span.type, span.text, span.text))
    return Analysis(text, tuple(tokens), tuple(sentences), tuple(ner))


def _paragraphs(text: str):
    """(offset, paragraph) for each non-blank line: a sentence never crosses a line break (a headline without a
    full stop stays its own sentence)."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


def lemma_of(word: str) -> str:
    """The first dictionary lemma of a word out of context: ``lemma_of('Астане')`` → ``'астана'``."""
    parses = models().parse(word)
    return parses[0].normal_form.replace("ё", "е") if parses else word.lower()
