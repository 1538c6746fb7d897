"""Bad inputs, generated under tmp_path: each gives one clear line naming the input, never a traceback."""
from __future__ import annotations

import io
import json
import logging
import random
import re
import zipfile
from pathlib import Path

import pytest

from readout.errors import Failure, InputError, Notice
from readout.model import Document
from readout.readers import documents_from_bytes, iter_inputs
from readout.readers.decode import UNDECODABLE, decode
from readout.settings import Settings

MiB = 1024 * 1024
SETTINGS = Settings.from_env(environ={})
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
RUSSIAN = "Стороны договорились расширить сотрудничество в области энергетики и транспорта."


def read_one(path: Path, settings: Settings = SETTINGS, **kwargs) -> Document | Failure:
    items = list(iter_inputs([str(path)], settings, **kwargs))
    assert len(items) == 1, [str(i) for i in items]
    return items[0]


def assert_failure(item: Document | Failure, source: Path | str, problem: str) -> None:
    """``item`` is a Failure whose one-line message names ``source`` and starts its problem with ``problem``."""
    assert isinstance(item, Failure), f"expected a failure, got a document from {item.source}"
    message = str(item)
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(f"{source}: "), message
    assert item.problem.startswith(problem), message


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# refused inputs

@pytest.mark.parametrize("name, data", [("empty.txt", b""), ("blank.txt", b"  \n\t\r\n  \n"),
                                        ("bom-only.txt", b"\xef\xbb\xbf\n"), ("blank.jsonl", b"\n\n"),
                                        ("empty.html", b"")])
def test_empty_inputs(tmp_path, name, data):
    path = write(tmp_path, name, data)
    assert_failure(read_one(path), path, "empty input")


def test_header_without_body(tmp_path):
    path = write(tmp_path, "header-only.txt", "date 2025-10-21\nsource http://kremlin.ru/1\n\n")
    assert_failure(read_one(path), path, "empty input: no text after the header")


def test_png_named_txt(tmp_path):
    path = write(tmp_path, "photo.txt", PNG)
    assert_failure(read_one(path), path, "binary file (PNG image)")


def test_zip_archive(tmp_path):
    path = tmp_path / "texts.txt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", RUSSIAN)
    assert_failure(read_one(path), path, "binary file (ZIP archive")


@pytest.mark.parametrize("magic, name", [(b"%PDF-1.7\n", "PDF document"), (b"GIF89a\x01\x00", "GIF image"),
                                         (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image")])
def test_other_magic_numbers(tmp_path, magic, name):
    path = write(tmp_path, "file.jsonl", magic + b"\x00" * 64)
    assert_failure(read_one(path), path, f"binary file ({name})")


def test_nul_bytes(tmp_path):
    path = write(tmp_path, "nul.txt", RUSSIAN.encode() + b"\x00\x00\x01\x02" + RUSSIAN.encode())
    assert_failure(read_one(path), path, "binary file (contains NUL bytes)")


def test_random_bytes_never_give_a_document(tmp_path):
    rng = random.Random(20251021)
    for number in range(20):
        path = write(tmp_path, f"random{number}.txt", bytes(rng.randrange(256) for _ in range(4000)))
        item = read_one(path)
        assert isinstance(item, Failure), f"random bytes read as text: {item.text[:40]!r}"
        assert item.problem in (UNDECODABLE, "binary file (contains NUL bytes)") or item.problem.startswith(
            "binary file ("), str(item)


def test_random_high_bytes_cannot_be_decoded(tmp_path):
    rng = random.Random(7)
    path = write(tmp_path, "noise.txt", bytes(rng.randrange(128, 256) for _ in range(3000)))
    assert_failure(read_one(path), path, UNDECODABLE)


@pytest.mark.parametrize("data", [
    b"\xc3\x28 broken \xa0\xa1 utf-8",
    "中华人民共和国主席今天会见了来访的总统".encode("gbk"),
    "Ελληνική Δημοκρατία και Κύπρος".encode("iso-8859-7"),
    "Ça coûte très cher, déjà été".encode("latin-1"),
])
def test_text_in_other_encodings_is_refused_not_garbled(data):
    with pytest.raises(InputError) as caught:
        decode(data, "other.txt", SETTINGS)
    assert str(caught.value) == f"other.txt: {UNDECODABLE}"


def test_utf16_bom_with_broken_body(tmp_path):
    path = write(tmp_path, "wide.txt", b"\xff\xfe" + "Да".encode("utf-16-le") + b"\x00\xd8")
    assert_failure(read_one(path), path, "cannot decode: UTF-16-LE byte-order mark")


def test_too_large_with_a_small_limit(tmp_path):
    path = tmp_path / "big.txt"
    line = (RUSSIAN + "\n").encode()
    with path.open("wb") as stream:
        for _ in range(50 * MiB // len(line) + 1):
            stream.write(line)
    size = path.stat().st_size
    small = Settings.from_env(environ={}, max_input_bytes=10 * MiB)
    item = read_one(path, small)
    assert_failure(item, path, "too large")
    assert item.problem == f"too large: {size / MiB:.1f} MB, the limit is 10.0 MB (READOUT_MAX_INPUT_BYTES)"


def test_too_large_message_with_the_default_limit():
    data = b"a" * (70 * MiB)
    with pytest.raises(InputError) as caught:
        decode(data, "huge.txt", SETTINGS)
    assert str(caught.value) == "huge.txt: too large: 70.0 MB, the limit is 64.0 MB (READOUT_MAX_INPUT_BYTES)"


def test_too_large_on_standard_input():
    small = Settings.from_env(environ={}, max_input_bytes=1000)
    items = list(iter_inputs(["-"], small, stdin=io.BytesIO(RUSSIAN.encode() * 100)))
    assert_failure(items[0], "-", "too large: over")


def test_deeply_nested_html(tmp_path):
    path = write(tmp_path, "deep.html", "<html><body>" + "<div>" * 100_000 + "Текст" + "</div>" * 100_000
                 + "</body></html>")
    assert_failure(read_one(path), path, "no readable text in HTML")


@pytest.mark.parametrize("page", ["<html><body></body></html>", "<<<<>>>> <div <p </",
                                  "<!doctype html><html><head><title>Только заголовок</title></head></html>"])
def test_html_without_text(tmp_path, page):
    path = write(tmp_path, "garbage.html", page)
    assert_failure(read_one(path), path, "no readable text in HTML")


def test_missing_file_folder_and_pattern(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("# not read")
    items = list(iter_inputs([str(tmp_path / "absent.txt"), str(tmp_path / "empty"),
                              str(tmp_path / "*.nothing")], SETTINGS))
    assert [str(i) for i in items] == [
        f"{tmp_path / 'absent.txt'}: no such file",
        f"{tmp_path / 'empty'}: no .txt, .jsonl, .ndjson, .json, .html, .htm, .gz files in this folder",
        f"{tmp_path / '*.nothing'}: no file matches this pattern",
    ]


# JSON Lines with bad lines: failures name FILE:LINE, the good lines are still read

def test_jsonl_with_broken_lines_in_the_middle(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "Первый текст."}, ensure_ascii=False),
        '{"text": "abc" "id": 1}',
        "",
        json.dumps({"id": "b", "title": "Без текста"}, ensure_ascii=False),
        '{"text": 42}',
        "[1, 2]",
        '{"text": "   "}',
        json.dumps({"id": "c", "text": "Последний текст."}, ensure_ascii=False),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    items = list(iter_inputs([str(path)], SETTINGS))
    assert [d.id for d in items if isinstance(d, Document)] == ["a", "c"]
    failures = [str(f) for f in items if isinstance(f, Failure)]
    assert failures == [
        f"{path}:2: broken JSON (Expecting ',' delimiter at column 16)",
        f'{path}:4: no "text" field',
        f'{path}:5: "text" is a number, expected a string',
        f"{path}:6: expected a JSON object, got a list",
        f'{path}:7: empty input: "text" is blank',
    ]


def test_jsonl_error_message_reports_the_column():
    items = list(documents_from_bytes(b'{"text": "x", "id": 1}\n{"text": "Hell" 1}\n', "s.jsonl", SETTINGS))
    assert str(items[1]) == "s.jsonl:2: broken JSON (Expecting ',' delimiter at column 17)"


def test_jsonl_line_over_the_line_limit_is_skipped(tmp_path):
    small = Settings.from_env(environ={}, max_line_bytes=1000)
    long_line = json.dumps({"text": "Долгий текст. " * 200}, ensure_ascii=False)
    path = write(tmp_path, "long.jsonl", f'{long_line}\n{{"text": "Короткий."}}\n')
    items = list(iter_inputs([str(path)], small))
    assert_failure(items[0], f"{path}:1", "too large:")
    assert "(READOUT_MAX_LINE_BYTES)" in str(items[0])
    assert isinstance(items[1], Document) and items[1].text == "Короткий." and items[1].source == f"{path}:2"


def test_jsonl_line_not_utf8(tmp_path):
    path = write(tmp_path, "mixed.jsonl", b'{"text": "A."}\n{"text": "' + "Б".encode("cp1251") + b'"}\n')
    items = list(iter_inputs([str(path)], SETTINGS))
    assert isinstance(items[0], Document)
    assert_failure(items[1], f"{path}:2", "not UTF-8")


def test_broken_json_file(tmp_path):
    path = write(tmp_path, "broken.json", '{"text": "a",\n "id": }')
    assert_failure(read_one(path), path, "broken JSON (Expecting value at line 2, column 8)")


def test_json_scalar(tmp_path):
    path = write(tmp_path, "number.json", "[1]")
    assert_failure(read_one(path), f"{path}#1", "expected a JSON object, got a number")


# odd but valid inputs

def test_mixed_scripts_are_valid(tmp_path):
    text = "Токаев встретился с Aliyev в Баку; 習近平 прислал поздравление; مرحبا; Ελλάδα — 2025 год."
    path = write(tmp_path, "mixed.txt", text)
    assert read_one(path).text == text


def test_one_megabyte_single_line_is_valid(tmp_path):
    text = ("слово " * (MiB // 11 + 1)).strip()
    path = write(tmp_path, "line.txt", text)
    doc = read_one(path)
    assert doc.text == text and "\n" not in doc.text and len(doc.text.encode()) > MiB


def test_text_without_sentence_end_is_valid(tmp_path):
    path = write(tmp_path, "fragment.txt", "Президент провёл переговоры с коллегой")
    assert read_one(path).text == "Президент провёл переговоры с коллегой"


def test_malformed_header_date_is_a_warning_not_a_failure(tmp_path):
    path = write(tmp_path, "bad-date.txt", "date 2025-13-45 Фото: пресс-служба\nsource http://a.kz/1\n\nТекст.")
    notices: list[Notice] = []
    doc = read_one(path, on_warning=notices.append)
    assert isinstance(doc, Document)
    assert (doc.date, doc.url, doc.credit, doc.text) == (None, "http://a.kz/1", "Фото: пресс-служба", "Текст.")
    assert [str(n) for n in notices] == [
        f"{path}: date '2025-13-45' is not a valid date (YYYY-MM-DD); the date is ignored"]


def test_warnings_are_logged_by_default(tmp_path, caplog):
    path = write(tmp_path, "feed.jsonl", '{"text": "Текст.", "date": "вчера"}\n')
    with caplog.at_level(logging.WARNING, logger="readout.readers"):
        doc = read_one(path)
    assert doc.date is None
    assert f"{path}:1: date 'вчера' is not a valid date" in caplog.text


def test_a_corpus_of_bad_inputs_is_read_to_the_end(tmp_path):
    write(tmp_path, "a-empty.txt", b"")
    write(tmp_path, "b-photo.html", PNG)
    write(tmp_path, "c-good.txt", RUSSIAN)
    write(tmp_path, "d-noise.json", bytes(range(128, 256)) * 4)
    write(tmp_path, "e-feed.jsonl", '{"text": "Да."}\n{broken\n{"text": "Нет."}\n')
    write(tmp_path, "f-good.txt", RUSSIAN.encode("cp1251"))
    items = list(iter_inputs([str(tmp_path)], SETTINGS))
    kinds = ["doc" if isinstance(i, Document) else "fail" for i in items]
    assert kinds == ["fail", "fail", "doc", "fail", "doc", "fail", "doc", "doc"]
    assert all(re.fullmatch(rf"{re.escape(str(tmp_path))}/\S+: [^\n]+", str(i)) for i in items if
               isinstance(i, Failure))
