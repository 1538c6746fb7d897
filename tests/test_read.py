"""Readers on real inputs and on each supported encoding and format."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from readout.errors import Failure, InputError
from readout.model import Document
from readout.readers import documents_from_bytes, expand_paths, iter_inputs, read_text_input, sniff
from readout.readers.decode import decode
from readout.readers.header import read_header_text
from readout.settings import Settings, SettingsError, describe

from bundled import AKORDA, DEV
from bundled import CORPUS as KREMLIN

PARAGRAPH = ("По итогам переговоров Президент России Владимир Путин и Султан Омана подписали совместное "
             "заявление. Стороны договорились довести товарооборот до 1 млрд долларов и расширить "
             "сотрудничество в энергетике, сельском хозяйстве и туризме.")
SETTINGS = Settings.from_env(environ={})


def read_all(*paths: str, settings: Settings = SETTINGS, **kwargs) -> list[Document | Failure]:
    return list(iter_inputs(list(paths), settings, **kwargs))


def only_document(items: list[Document | Failure]) -> Document:
    assert len(items) == 1, items
    assert isinstance(items[0], Document), str(items[0])
    return items[0]


# real inputs

def test_akorda_header_gives_date_credit_and_body():
    doc = only_document(read_all(str(AKORDA)))
    assert doc.date == "2025-10-21"
    assert "t.me/aqorda_resmi" in doc.credit
    assert doc.text.startswith("По итогам")
    assert doc.id == "akorda-2025-10-21-kz-az-briefing"
    assert doc.source == str(AKORDA)


def test_body_offsets_point_into_the_file_body():
    raw = AKORDA.read_text(encoding="utf-8")
    doc = only_document(read_all(str(AKORDA)))
    assert raw.endswith(doc.text)
    start = doc.text.index("Ильхам Алиев")
    assert doc.text[start : start + 12] == "Ильхам Алиев"


def test_dev_folder_reads_every_text_and_skips_gold_files():
    items = read_all(str(DEV))
    assert all(isinstance(item, Document) for item in items), [str(i) for i in items]
    assert len(items) == len(list(DEV.glob("*.txt")))
    assert [d.id for d in items] == sorted(d.id for d in items)
    kremlin = next(d for d in items if d.id.startswith("kremlin-2025-04-22"))
    assert kremlin.url == "http://kremlin.ru/events/president/news/76773"
    assert kremlin.date == "2025-04-22"
    assert kremlin.text.startswith("События")


def test_kremlin_jsonl_gz_has_225_documents_with_metadata():
    items = read_all(str(KREMLIN))
    assert len(items) == 225
    assert all(isinstance(item, Document) for item in items)
    first = items[0]
    assert first.url.startswith("http://kremlin.ru/")
    assert first.date == "2025-05-08"
    assert first.id == "76870"
    assert first.source == f"{KREMLIN}:1"  # a gzip-compressed file is read as what it holds
    assert first.id == "76870" and first.license == "CC BY 4.0"
    assert first.language == "ru"


def test_glob_expands_sorted():
    files = list(expand_paths([str(DEV / "kremlin-*.txt")]))
    assert files == sorted(files) and len(files) == len(list(DEV.glob("kremlin-*.txt")))


# encodings

@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_cyrillic_single_byte_encodings_are_detected_from_bytes(tmp_path, encoding):
    path = tmp_path / "note.txt"
    path.write_bytes(PARAGRAPH.encode(encoding))
    assert only_document(read_all(str(path))).text == PARAGRAPH


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_short_cyrillic_single_byte_texts(encoding):
    assert decode("Привет, мир.".encode(encoding), "x") == "Привет, мир."


def test_extension_does_not_decide_the_encoding(tmp_path):
    path = tmp_path / "note.koi8.html.txt"
    path.write_bytes(PARAGRAPH.encode("koi8_r"))
    assert only_document(read_all(str(path))).text == PARAGRAPH


def test_utf8_bom_is_dropped_and_crlf_becomes_lf(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "date 2025-01-02\r\n\r\nПервая.\r\nВторая.\r\n".encode("utf-8"))
    doc = only_document(read_all(str(path)))
    assert doc.text == "Первая.\nВторая.\n"
    assert doc.date == "2025-01-02"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path, encoding):
    path = tmp_path / "wide.txt"
    data = PARAGRAPH.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    assert only_document(read_all(str(path))).text == PARAGRAPH


def test_utf16_jsonl(tmp_path):
    path = tmp_path / "wide.jsonl"
    path.write_bytes('{"id": "a", "text": "Да."}\n{"id": "b", "text": "Нет."}\n'.encode("utf-16"))
    assert [d.text for d in read_all(str(path))] == ["Да.", "Нет."]


# header+text

def test_header_with_source_title_publisher():
    result = read_header_text("date 2025-03-25\nsource http://kremlin.ru/x\ntitle Заголовок\npublisher kremlin.ru"
                              "\n\nТекст.", "a.txt")
    doc = result.document
    assert (doc.date, doc.url, doc.title, doc.publisher, doc.text) == (
        "2025-03-25", "http://kremlin.ru/x", "Заголовок", "kremlin.ru", "Текст.")
    assert result.warnings == ()


def test_file_without_header_is_all_body():
    doc = read_header_text("Стороны обсудили date и source.\n\nВторой абзац.", "a.txt").document
    assert doc.text == "Стороны обсудили date и source.\n\nВторой абзац."
    assert doc.date is None and doc.url is None


def test_header_without_date_leaves_date_none():
    doc = read_header_text("source http://kremlin.ru/y\n\nТекст.", "a.txt").document
    assert doc.date is None and doc.url == "http://kremlin.ru/y"


def test_dotted_date_is_accepted():
    assert read_header_text("date 21.10.2025\n\nТекст.", "a.txt").document.date == "2025-10-21"


# JSON and JSON Lines

def test_json_object_and_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text('{\n  "title": "Переговоры",\n  "text": "Текст."\n}\n', encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text('[{"text": "Первый."}, {"id": 7, "text": "Второй."}]', encoding="utf-8")
    docs = read_all(str(one), str(many))
    assert [(d.id, d.source, d.text) for d in docs] == [
        ("one", str(one), "Текст."),
        ("many-1", f"{many}#1", "Первый."),
        ("7", f"{many}#2", "Второй."),
    ]
    assert docs[0].title == "Переговоры"


def test_pretty_printed_object_in_jsonl_file_is_read_whole(tmp_path):
    path = tmp_path / "pretty.jsonl"
    path.write_text('{\n  "text": "Текст."\n}\n', encoding="utf-8")
    assert only_document(read_all(str(path))).text == "Текст."


def test_jsonl_streams_lines_with_ids_from_stem(tmp_path):
    path = tmp_path / "feed.txt"  # content decides: JSON Lines despite .txt
    path.write_text('\n{"text": "А."}\n\n{"text": "Б.", "date": "2025-05-05"}\n', encoding="utf-8")
    docs = read_all(str(path))
    assert [(d.id, d.source, d.date) for d in docs] == [
        ("feed-2", f"{path}:2", None), ("feed-4", f"{path}:4", "2025-05-05")]


# HTML

ARTICLE_PAGE = """<!doctype html><html lang="ru"><head><title>Российско-оманские переговоры</title>
<meta property="og:url" content="http://kremlin.ru/events/president/news/76773">
<meta name="date" content="2025-04-22"></head>
<body><nav><ul><li><a href="/">Главная</a></li><li><a href="/news">Новости</a></li>
<li><a href="/search">Поиск по сайту</a></li></ul></nav>
<article><h1>Российско-оманские переговоры</h1>
<p>В Кремле состоялись переговоры Владимира Путина с Султаном Омана Хайсамом бен Тариком Аль Саидом,
находящимся в России с государственным визитом.</p>
<p>Стороны обсудили состояние и перспективы двустороннего сотрудничества в торгово-экономической и
гуманитарной сферах, а также актуальные международные и региональные вопросы.</p></article>
<footer><p>Все материалы сайта доступны по лицензии Creative Commons Attribution 4.0. Подписаться на рассылку
новостей сайта.</p></footer></body></html>"""


def test_html_article_without_navigation_and_footer(tmp_path):
    path = tmp_path / "oman.html"
    path.write_text(ARTICLE_PAGE, encoding="utf-8")
    doc = only_document(read_all(str(path)))
    assert "Хайсамом бен Тариком" in doc.text
    assert "актуальные международные" in doc.text
    assert "Главная" not in doc.text and "Поиск по сайту" not in doc.text
    assert "Подписаться" not in doc.text and "Creative Commons" not in doc.text
    assert doc.title == "Российско-оманские переговоры"
    assert doc.url == "http://kremlin.ru/events/president/news/76773"
    assert doc.date == "2025-04-22"
    assert doc.id == "oman"


def test_html_in_cp1251_with_meta_charset(tmp_path):
    path = tmp_path / "page.htm"
    page = ARTICLE_PAGE.replace("<head>", '<head><meta charset="windows-1251">')
    path.write_bytes(page.encode("cp1251"))
    assert "Хайсамом бен Тариком" in only_document(read_all(str(path))).text


# standard input and the Python API

def test_stdin_sniffs_each_format():
    assert only_document(read_all("-", stdin=io.BytesIO("date 2025-01-01\n\nТекст.".encode()))).date == "2025-01-01"
    jsonl = read_all("-", stdin=io.BytesIO(b'{"text": "A."}\n{"text": "B."}\n'))
    assert [(d.source, d.text) for d in jsonl] == [("-:1", "A."), ("-:2", "B.")]
    html = only_document(read_all("-", stdin=io.BytesIO(ARTICLE_PAGE.encode())))
    assert html.source == "-" and "Хайсамом" in html.text


def test_sniff_prefers_content_over_extension():
    assert sniff(b'{"text": "x"}', ".txt") == "jsonl"
    assert sniff(b"<html><body>x</body></html>", ".txt") == "html"
    assert sniff(b"Plain words", ".jsonl") == "jsonl"
    assert sniff(b"\xff\xfe[\x00", ".txt") == "json"
    assert sniff(b"<< not a tag", ".txt") == "text"
    assert sniff("Текст без разметки".encode(), ".html") == "text"
    assert sniff(b"Intro <p>text</p>", ".html") == "html"


def test_documents_from_bytes_names_the_source():
    items = list(documents_from_bytes(b"", "upload.txt", SETTINGS))
    assert [str(i) for i in items] == ["upload.txt: empty input"]
    doc = only_document(list(documents_from_bytes("Текст.".encode("cp1251"), "u.txt", SETTINGS, stem="u")))
    assert (doc.text, doc.id, doc.source) == ("Текст.", "u", "u.txt")


def test_read_text_input_keeps_text_and_checks_meta():
    doc = read_text_input("\ufeffСтроки\r\nтекста", id="x", url="http://a", date="2025-02-03")
    assert (doc.text, doc.id, doc.url, doc.date) == ("Строки\nтекста", "x", "http://a", "2025-02-03")
    with pytest.raises(InputError, match="^text: empty input$"):
        read_text_input("  \n")
    with pytest.raises(InputError, match="not a valid date"):
        read_text_input("Текст.", date="2025-02-30")
    with pytest.raises(TypeError, match="unknown Document field 'colour'"):
        read_text_input("Текст.", colour="red")


# settings

def test_settings_from_env_and_overrides():
    env = {"READOUT_MAX_INPUT_BYTES": "2M", "READOUT_DB": "sqlite:///x.db", "READOUT_WORKERS": "3"}
    s = Settings.from_env(environ=env, workers=5)
    assert (s.max_input_bytes, s.db_url, s.workers, s.max_line_bytes) == (2 * 1024 * 1024, "sqlite:///x.db", 5,
                                                                         16 * 1024 * 1024)
    default = Settings.from_env(environ={})
    assert default.max_input_bytes == 64 * 1024 * 1024 and default.db_url is None and default.workers is None
    assert default.worker_count >= 1


def test_settings_errors_are_clear():
    with pytest.raises(SettingsError, match="READOUT_MAX_INPUT_BYTES='lots'"):
        Settings.from_env(environ={"READOUT_MAX_INPUT_BYTES": "lots"})
    with pytest.raises(TypeError, match="unknown setting 'max_bytes'"):
        Settings.from_env(environ={}, max_bytes=1)
    with pytest.raises(SettingsError, match="positive"):
        Settings.from_env(environ={}, max_input_bytes=0)


def test_every_setting_is_documented_with_its_variable():
    rows = describe()
    assert {row["name"] for row in rows} == {"max_input_bytes", "max_line_bytes", "max_extract_chars", "db_url",
                                                 "workers"}
    for row in rows:
        assert row["env"].startswith("READOUT_") and len(row["doc"]) > 30, row
