"""readout on its own: bundled data, one document once, failures listed and cleared, languages, honest CLI."""
from __future__ import annotations

import json
import re
import sys

import pytest
import sqlalchemy as sa

from bundled import CORPUS, DEV, corpus_lines
from readout.cli import EXIT_STATUS, main
from readout.ingest import ingest
from readout.model import Document, Record
from readout.store import open_store
from readout.store import schema as t
from store_fixtures import db_url  # noqa: F401 - fixture

ROOT = DEV.parents[3]
ENGLISH = ("President Kassym-Jomart Tokayev held talks with President Ilham Aliyev in Astana on Tuesday. The leaders "
           "agreed to double bilateral trade and to expand transit through the ports of the Caspian Sea.")
KAZAKH = ("Мемлекет басшысы Ақордада Әзербайжан Президенті Ильхам Әлиевпен келіссөздер жүргізді. Тараптар екіжақты "
          "сауда-экономикалық ынтымақтастықты дамыту мәселелерін талқылады.")
RUSSIAN = ("Касым-Жомарт Токаев провёл переговоры с Президентом Азербайджана Ильхамом Алиевым в Астане. Стороны "
           "договорились удвоить товарооборот и расширить транзит через порты Каспийского моря.")


def bare(doc: Document) -> Record:
    """A stand-in for the pipeline: the document without facts (the store's rules do not depend on them)."""
    if "сломай" in doc.text:
        raise RuntimeError("cannot parse this")
    return Record(document=doc)


def quiet(_line: str) -> None:
    pass


# the bundled data

def test_the_bundled_data_is_inside_the_package():
    assert CORPUS.is_relative_to(ROOT / "readout") and CORPUS.stat().st_size < 2_000_000
    assert len(corpus_lines()) == 225
    assert all(json.loads(line)["license"] == "CC BY 4.0" for line in corpus_lines())
    readme = (CORPUS.parent / "README.md").read_text(encoding="utf-8")
    assert "Source: kremlin.ru, CC BY 4.0" in readme and "kremlin.ru/about/copyrights" in readme
    assert len(list(DEV.glob("*.gold.json"))) == 8 and len(list((DEV.parent / "field").glob("*.gold.json"))) == 30


def test_html_without_its_dependency_names_the_input_and_the_import_error(tmp_path, monkeypatch, capsys):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>В Кремле состоялись переговоры.</p></body></html>", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if lxml_html_clean were missing
    assert main(["read", str(page)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"readout: {page}: reading HTML needs trafilatura, which cannot be imported: ")
    assert "trafilatura" in err.splitlines()[0] and len(err.splitlines()) == 1


# one document once

def test_the_corpus_twice_and_the_dev_set_give_each_url_once(db_url):  # noqa: F811 - fixture
    first = ingest([str(CORPUS), str(DEV)], db_url, workers=1, progress=False, extract=bare, on_failure=quiet)
    again = ingest([str(CORPUS), str(DEV)], db_url, workers=2, progress=False, extract=bare, on_failure=quiet)
    assert (first.read, first.failed) == (233, 0)
    assert first.added + first.duplicates == 233 and first.duplicates >= 7  # the dev copies of corpus texts
    assert (again.added, again.unchanged + again.duplicates) == (0, 233)
    with open_store(db_url) as store, store.session() as s:
        urls = list(s.scalars(sa.select(t.DocumentRow.url).where(t.DocumentRow.url.is_not(None))))
        fingerprints = list(s.scalars(sa.select(t.DocumentRow.fingerprint)))
    assert len(urls) == len(set(urls)) == 225  # the corpus's; the akorda.kz dev text has no URL
    assert len(fingerprints) == len(set(fingerprints)) == first.added == 226


def test_a_copy_with_other_spacing_and_case_says_duplicate_of_n(tmp_path):
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    (tmp_path / "a.txt").write_text(RUSSIAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text("  " + RUSSIAN.upper().replace(" ", "  ") + "\n", encoding="utf-8")
    lines: list[str] = []
    summary = ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], db, workers=1, progress=False,
                     extract=bare, on_failure=lines.append)
    assert (summary.added, summary.duplicates, summary.failed) == (1, 1, 0)
    assert lines == [f"{tmp_path / 'b.txt'}: duplicate of document 1 (same text)"]


def test_sources_are_stored_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(RUSSIAN, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": KAZAKH + " Жаңалық."}, ensure_ascii=False) + "\n")
    ingest(["news/a.txt", "feed.jsonl"], "kb.db", workers=1, progress=False, extract=bare, on_failure=quiet)
    with open_store("kb.db") as store, store.session() as s:
        sources = sorted(s.scalars(sa.select(t.DocumentRow.source)))
    assert sources == [f"{tmp_path}/feed.jsonl:1", f"{tmp_path}/news/a.txt"]


# failures

def test_failures_are_listed_cleared_by_a_later_success_and_by_clear(tmp_path, monkeypatch, capsys):
    import readout.ingest

    monkeypatch.setattr(readout.ingest, "default_extract", lambda: bare)
    monkeypatch.setattr("readout.nlp.models", lambda: None)
    db = str(tmp_path / "kb.db")
    good, bad, missing = tmp_path / "good.txt", tmp_path / "bad.txt", tmp_path / "later.txt"
    good.write_text(RUSSIAN, encoding="utf-8")
    bad.write_text("сломай меня, пожалуйста, это документ для проверки", encoding="utf-8")
    assert main(["ingest", str(good), str(bad), str(missing), "--db", db, "--no-progress"]) == 3
    capsys.readouterr()
    assert main(["failures", "--db", db]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert sorted(re.sub(r"^\S+ \S+ ", "", line) for line in listed) == [
        f"{bad}: extraction failed: RuntimeError: cannot parse this", f"{missing}: no such file"]
    missing.write_text(KAZAKH + " Ертең.", encoding="utf-8")  # the file appears: read now, its failure goes
    assert main(["ingest", str(missing), "--db", db, "--no-progress"]) == 0
    assert main(["failures", "--db", db, "--format", "json"]) == 0
    assert [f["source"] for f in json.loads(capsys.readouterr().out.split("\n", 1)[1])] == [str(bad)]
    assert main(["failures", "--clear", "--db", db]) == 0
    assert capsys.readouterr().out == "cleared 1 failed input\n"
    assert main(["failures", "--db", db]) == 0
    assert capsys.readouterr().out == "no failed inputs\n"


def test_an_ingest_where_everything_fails_is_status_1(tmp_path, capsys):
    assert main(["ingest", str(tmp_path / "none.txt"), "--db", str(tmp_path / "kb.db"), "--no-progress"]) == 1
    assert capsys.readouterr().err == f"{tmp_path / 'none.txt'}: no such file\n"


# languages

@pytest.mark.parametrize("text, language, warning", [
    (ENGLISH, "en", "English text; readout reads Russian"),
    (KAZAKH, "kk", "Kazakh text; readout reads Russian"),
    (RUSSIAN + "\n" + ENGLISH.split(" on ")[0] + ".", "ru", "mixed text, 30% English; readout reads the Russian only"),
    (RUSSIAN, "ru", None),
])
def test_each_text_gets_its_language_and_a_warning_unless_russian(tmp_path, capsys, caplog, text, language,
                                                                  warning):
    path = tmp_path / "text.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["read", str(path), "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["document"]["language"] == language
    # one line on standard error (through the readout.readers logger, which pytest captures here)
    assert [r.getMessage() for r in caplog.records if r.name == "readout.readers"] == (
        [f"{path}: {warning}"] if warning else [])


def test_the_language_is_stored(tmp_path):
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    db = str(tmp_path / "kb.db")
    ingest([str(tmp_path / "en.txt")], db, workers=1, progress=False, extract=bare, on_failure=quiet)
    with open_store(db) as store, store.session() as s:
        assert s.scalar(sa.select(t.DocumentRow.language)) == "en"


# the command line

def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0 and re.fullmatch(r"readout \d+\.\d+\.\d+\n", capsys.readouterr().out)


def test_one_exit_status_table_in_help_and_docs(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert EXIT_STATUS in capsys.readouterr().out
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for line in EXIT_STATUS.splitlines()[1:]:
        status, meaning = line.strip().split("  ", 1)
        assert f"| {status} | {meaning} |" in docs


def test_ingest_without_paths_is_bad_usage(capsys, tmp_path):
    assert main(["ingest", "--db", str(tmp_path / "kb.db")]) == 2
    assert capsys.readouterr().err == "readout: error: nothing to ingest: give a PATH, or --demo for the bundled corpus\n"


def test_serve_on_a_busy_port_fails_before_it_says_it_serves(tmp_path):
    import socket
    import subprocess

    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "readout", "serve", "--db", str(tmp_path / "kb.db"), "--port",
                               str(port)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 2
    assert done.stderr == f"readout: error: cannot listen on 127.0.0.1:{port}: Address already in use\n"
