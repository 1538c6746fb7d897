"""Fuzzing with hypothesis (bounded: 80 examples each, no deadline; READOUT_FUZZ_EXAMPLES=N for more).

* Every reader, bytes in: a Document or a one-line Failure, never an exception.
* The number parser and the whole pipeline (quotes, commitments, entities, events) on any Unicode text, and on
  texts stitched from readout-like fragments: a record or :class:`InputError`, never another exception, and every
  span lies inside the text and slices to the text it reports.
"""
from __future__ import annotations

import io
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import readout
from readout.errors import Failure, InputError
from readout.model import Document
from readout.readers import documents_from_bytes, iter_inputs
from readout.readers.decode import decode
from readout.readers.header import read_header_text
from readout.readers.html import read_html
from readout.settings import Settings

SETTINGS = Settings.from_env(environ={})
# READOUT_FUZZ_EXAMPLES=5000 fuzzes longer, with a new seed each run; the suite's runs are bounded and repeatable.
LONG = os.environ.get("READOUT_FUZZ_EXAMPLES")
BOUNDED = settings(max_examples=int(LONG or 80), deadline=None, derandomize=not LONG,
                   suppress_health_check=[HealthCheck.too_slow])
PIPELINE = BOUNDED

# Pieces of readouts, so that random texts reach the rules (quotes, commitments, numbers, dates, names).
FRAGMENTS = (
    "Касым-Жомарт Токаев", "Владимир Путин", "Ильхам Алиев", "провёл переговоры с", "в Астане", "заявил",
    "«", "»", "„", "“", "– ", "— ", ":", ".", ",", "!", "?", "\n", "\n\n", " ", "Президент", "Стороны договорились",
    "удвоить товарооборот", "до 1 млрд долларов", "на 15,5%", "в 2 раза", "к 2030 году", "$3 млрд", "1 000 000",
    "двадцать пять", "полтора", "тыс.", "млн", "руб.", "21 октября 2025 года", "2025-10-21", "поручил Правительству",
    "подписали соглашение", "будут расширять сотрудничество", "по словам", "отметил он", "Q:", "В.Путин:",
    "Мы придаём большое значение сотрудничеству", "ООН", "Казахстан", "Азербайджан", "Китай", "энергетике",
    "Ё", "\u0301", "\u200b", "\xa0", "\t", "\r\n", "\u2028", "🇰🇿", "ß", "İ", "ﬁ", "𝐀", "٣", "%", "(", ")", "[", "]",
)
readout_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), min_size=1, max_size=40).map(
    "".join)
any_text = st.one_of(st.text(max_size=400), readout_like)


def _text_bytes(text: str, codec: str) -> bytes:
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


raw_bytes = st.one_of(
    st.binary(max_size=600),
    st.builds(_text_bytes, readout_like, st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "koi8-r", "utf-16",
                                                           "utf-32", "latin-1"])),
    st.builds(lambda head, body: head + body, st.sampled_from([b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"%PDF-",
                                                               b"\xef\xbb\xbf", b"\xff\xfe", b"{", b"[", b"<p>"]),
              st.binary(max_size=200)),
)
json_lines = st.lists(st.one_of(
    st.builds(lambda d: json.dumps(d, ensure_ascii=False),
              st.fixed_dictionaries({"text": st.one_of(readout_like, st.integers(), st.none())},
                                    optional={"id": st.one_of(st.text(max_size=8), st.integers()),
                                              "date": st.one_of(st.text(max_size=12), st.sampled_from(
                                                  ["2025-10-21", "2025-02-30", "21.10.2025"])),
                                              "url": st.text(max_size=20)})),
    st.text(max_size=40),
), max_size=6).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))
html_pages = st.builds(
    lambda tags, body: "".join(f"<{t}>" for t in tags) + body + "".join(f"</{t}>" for t in reversed(tags)),
    st.lists(st.sampled_from(["html", "body", "article", "div", "p", "nav", "script", "table", "td", "b"]),
             max_size=12),
    readout_like,
).map(lambda page: page.encode("utf-8", "surrogatepass"))


def assert_read(items: list[Document | Failure]) -> None:
    for item in items:
        if isinstance(item, Failure):
            assert item.source and item.problem and "\n" not in str(item), str(item)
        else:
            assert isinstance(item, Document) and isinstance(item.text, str) and item.text.strip()
            assert "\r\n" not in item.text


# readers

@given(data=st.one_of(raw_bytes, json_lines, html_pages), fmt=st.sampled_from([None, "text", "jsonl", "json", "html"]),
       name=st.sampled_from(["a.txt", "a.jsonl", "a.json", "a.html", "a"]))
@BOUNDED
def test_documents_from_bytes_never_raises(data, fmt, name):
    assert_read(list(documents_from_bytes(data, name, SETTINGS, fmt=fmt, stem="a")))


@given(data=st.one_of(raw_bytes, json_lines, html_pages))
@BOUNDED
def test_standard_input_never_raises(data):
    assert_read(list(iter_inputs(["-"], SETTINGS, stdin=io.BytesIO(data))))


@given(data=raw_bytes)
@BOUNDED
def test_decode_gives_text_or_input_error(data):
    try:
        text = decode(data, "x.txt", SETTINGS)
    except InputError as error:
        assert str(error).startswith("x.txt: ") and "\n" not in str(error)
        return
    assert text.strip() and "\r\n" not in text


@given(text=any_text)
@BOUNDED
def test_header_and_html_readers_on_any_text(text):
    for read in (lambda: read_header_text(text, "t.txt").document, lambda: read_html(text, "t.html")):
        try:
            doc = read()
        except InputError as error:
            assert "\n" not in str(error)
            continue
        assert doc.text.strip()


# the number parser

@given(text=any_text)
@BOUNDED
def test_find_quantities_spans_lie_inside_the_text(text):
    from readout.extract.commitments.numbers import find_quantities

    for quantity in find_quantities(text):
        assert 0 <= quantity.start < quantity.stop <= len(text), quantity


# the pipeline: quotes, commitments and everything else

def assert_spans_inside(text: str, record) -> None:
    """Every span of ``record`` lies inside ``text``; those that carry their text slice to it."""
    def inside(start, stop, what):
        assert start is not None and stop is not None and 0 <= start <= stop <= len(text), (what, start, stop)

    for entity in record.entities:
        for mention in entity.mentions:
            inside(mention.start, mention.stop, mention)
            assert text[mention.start:mention.stop] == mention.text, mention
    for quote in record.quotes:
        inside(quote.start, quote.stop, quote)
        assert text[quote.start:quote.stop] == quote.text, quote
        if quote.cue:
            inside(quote.cue.start, quote.cue.stop, quote)
    for commitment in record.commitments:
        inside(commitment.start, commitment.stop, commitment)
        assert text[commitment.start:commitment.stop] == commitment.text, commitment
        for span in (commitment.cue, commitment.target):
            if span is not None:
                inside(span.start, span.stop, commitment)
    for event in record.events:
        if event.start is not None or event.stop is not None:
            inside(event.start, event.stop, event)
    for _, start, stop in record.sector_spans:
        inside(start, stop, "sector")


@given(text=any_text)
@PIPELINE
def test_read_gives_a_record_or_input_error_with_spans_inside(text):
    try:
        record = readout.read(text)
    except InputError as error:
        assert not text.strip() or "too long" in str(error), str(error)
        return
    assert_spans_inside(record.document.text, record)


@pytest.mark.parametrize("text", [
    "«»", "– ", "— заявил", "«Да», – ", ":", "В.Путин:", "Q:\nA:", "«" * 50, "»" * 50, "по словам", "\u0301" * 5,
    "удвоить до", "на % в раза", "1 000 000 000 000 000 000 000 000 000 000 000 000 млрд долларов",
    "поручил " * 30, "Стороны договорились" + "," * 200, "\u2028\u2029\x85\x0c",
])
def test_read_on_edge_texts(text):
    try:
        record = readout.read(text)
    except InputError:
        assert not text.strip()
        return
    assert_spans_inside(record.document.text, record)


# pymorphy2's is_latin_char calls unicodedata.name() without a default: ValueError on the 6,145 letters without a
# name (Tangut U+17000-U+187F7, Khitan U+18B00-U+18CD5); readout.nlp catches it.
@pytest.mark.parametrize("text", ["𗀀", "Токаев прибыл в 𗀁 2 млрд"])
def test_letters_without_a_unicode_name(text):
    assert_spans_inside(text, readout.read(text))
