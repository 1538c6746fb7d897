"""A corpus of bad inputs through ``readout read`` and ``readout ingest``, end to end.

Each bad input gives one line on standard error naming it and the problem (never a traceback), the documented exit
status (read: 0 all read, 1 none, 3 some; ingest: 0 all, 1 some or all failed; both: 2 bad usage), the good inputs of
the same call are processed, and the store changes only in its failures table for what failed. The inputs are
generated under tmp_path (the 50 MB text too). tests/test_bad_input.py checks the readers alone, message by message.
"""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from readout.cli import main
from test_crash import snapshot

ROOT = Path(__file__).resolve().parents[1]
MiB = 1024 * 1024
SENTENCE = "Стороны обсудили перспективы расширения торгово-экономического сотрудничества, "
GOOD_TEXT = "Касым-Жомарт Токаев провёл переговоры с Ильхамом Алиевым в Астане. Стороны договорились расширить торговлю."


@dataclass(frozen=True)
class Corpus:
    paths: list[str]  # every input, in the order given to the command
    good: set[str]  # sources of the documents that must be processed
    bad: dict[str, str]  # source of each failure -> the start of its problem
    warned: set[str]  # sources read with a warning line


def png() -> bytes:
    buffer = io.BytesIO()
    buffer.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde")
    return buffer.getvalue()


def build_corpus(folder: Path) -> Corpus:
    """Every kind of input the issue names, good and bad, under ``folder``."""
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\r\n   \n",
        "photo.png": png(),
        "nul.txt": GOOD_TEXT.encode() + b"\x00\x00\x07" + GOOD_TEXT.encode(),
        "invalid-utf8.txt": b"\xc3\x28 \xa0\xa1 broken \xff\xfe\xfd utf-8 \x80\x81",
        "deep.html": ("<html><body>" + "<div>" * 100_000 + "Текст" + "</div>" * 100_000 + "</body></html>").encode(),
        "cp1251.txt": GOOD_TEXT.encode("cp1251"),
        "mixed-scripts.txt": ("Токаев встретился с Aliyev в Баку; 習近平 прислал поздравление; مرحبا; Ελλάδα — "
                              "2025 год.").encode(),
        "one-line.txt": (SENTENCE * (MiB // len(SENTENCE.encode()) + 1)).strip().encode(),
        # its own text: a copy of cp1251.txt's would be stored once ("duplicate of document N")
        "bad-date.txt": f"date 2025-13-45 Фото: пресс-служба\nsource http://a.kz/1\n\n{GOOD_TEXT} Перепечатка.\n".encode(),
        "no-sentence-end.txt": "Президент провёл переговоры с коллегой из Казахстана".encode(),
        "feed.jsonl": "\n".join([
            json.dumps({"id": "first", "text": "Путин провёл телефонный разговор с Токаевым."}, ensure_ascii=False),
            '{"text": "оборванная строка',
            '{"id": 3, "text": }',
            "[]",
            json.dumps({"id": "last", "text": "Стороны подписали соглашение."}, ensure_ascii=False),
        ]).encode() + b"\n",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with zipfile.ZipFile(folder / "archive.zip", "w") as archive:
        archive.writestr("a.txt", GOOD_TEXT)
    big = folder / "big.txt"  # 50 MB: read under the default 64 MiB limit, then too long to extract
    with big.open("wb") as stream:
        chunk = (SENTENCE + "\n").encode() * 4096
        for _ in range(50 * MiB // len(chunk) + 1):
            stream.write(chunk)
    at = str(folder)
    feed = f"{at}/feed.jsonl"
    return Corpus(
        paths=[f"{at}/{name}" for name in (*files, "archive.zip", "big.txt")],
        good={f"{at}/cp1251.txt", f"{at}/mixed-scripts.txt", f"{at}/one-line.txt", f"{at}/bad-date.txt",
              f"{at}/no-sentence-end.txt", f"{feed}:1", f"{feed}:5"},
        bad={f"{at}/empty.txt": "empty input", f"{at}/blank.txt": "empty input",
             f"{at}/photo.png": "binary file (PNG image)", f"{at}/nul.txt": "binary file (contains NUL bytes)",
             f"{at}/invalid-utf8.txt": "cannot decode: not UTF-8", f"{at}/deep.html": "no readable text in HTML",
             f"{at}/archive.zip": "binary file (ZIP archive", f"{at}/big.txt": "too long to extract: 2",
             f"{feed}:2": "broken JSON", f"{feed}:3": "broken JSON", f"{feed}:4": "expected a JSON object"},
        warned={f"{at}/bad-date.txt"},
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    return build_corpus(tmp_path_factory.mktemp("bad-inputs"))


def error_lines(err: str, corpus: Corpus, prefix: str) -> dict[str, str]:
    """``source -> problem`` for each line of ``err``; every line names one bad input, once."""
    assert "Traceback" not in err, err
    found: dict[str, str] = {}
    for line in err.splitlines():
        body = line.removeprefix(prefix)
        source = next((s for s in sorted(corpus.bad, key=len, reverse=True) if body.startswith(f"{s}: ")), None)
        if source is None:
            assert any(body.startswith(f"{s}: ") for s in corpus.warned), f"a line naming no bad input: {line!r}"
            continue
        assert source not in found, f"{source} reported twice"
        found[source] = body[len(source) + 2:]
    return found


def assert_each_bad_input_named(err: str, corpus: Corpus, prefix: str) -> None:
    found = error_lines(err, corpus, prefix)
    assert set(found) == set(corpus.bad), set(corpus.bad) ^ set(found)
    for source, problem in found.items():
        assert problem.startswith(corpus.bad[source]), f"{source}: {problem}"


def test_read_prints_good_records_and_one_line_per_bad_input(corpus, capsys):
    assert main(["read", "--format", "jsonl", *corpus.paths]) == 3
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["document"]["source"] for r in records} == corpus.good
    assert_each_bad_input_named(err, corpus, "readout: ")
    dated = next(r for r in records if r["document"]["source"].endswith("bad-date.txt"))
    assert dated["document"]["date"] is None and dated["document"]["url"] == "http://a.kz/1"


def test_ingest_stores_good_inputs_and_records_each_failure(corpus, tmp_path, capsys):
    import sqlalchemy as sa

    from readout.store import open_store
    from readout.store import schema as t

    db = tmp_path / "kb.db"
    argv = ["ingest", *corpus.paths, "--db", str(db), "--workers", "1", "--no-progress", "--format", "json"]
    assert main(argv) == 3  # some inputs failed, the rest were stored
    out, err = capsys.readouterr()
    summary = json.loads(out)
    assert (summary["read"], summary["added"], summary["failed"]) == (len(corpus.good) + len(corpus.bad),
                                                                      len(corpus.good), len(corpus.bad))
    assert_each_bad_input_named(err, corpus, "")
    with open_store(str(db)) as store, store.session() as s:
        assert set(s.scalars(sa.select(t.DocumentRow.source))) == corpus.good
        failures = dict(s.execute(sa.select(t.FailureRow.source, t.FailureRow.problem)).all())
    assert set(failures) == set(corpus.bad)
    assert all(failures[source].startswith(problem) for source, problem in corpus.bad.items())

    # the same bad inputs again, with good ones already stored: nothing but the failures' times changes
    before = snapshot(f"sqlite:///{db}")
    assert main(["ingest", *corpus.paths, "--db", str(db), "--no-progress", "--format", "json"]) == 3
    out, err = capsys.readouterr()
    assert json.loads(out)["unchanged"] == len(corpus.good) and json.loads(out)["added"] == 0
    assert_each_bad_input_named(err, corpus, "")
    assert snapshot(f"sqlite:///{db}") == before


# the commands as a user runs them: separate processes, exit statuses, settings from the environment

def run(*argv: str, env: dict[str, str] | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    environ = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    return subprocess.run([sys.executable, "-m", "readout", *argv], input=stdin, capture_output=True, env=environ,
                          cwd=ROOT, timeout=300)


def lines_of(err: bytes) -> list[str]:
    text = err.decode("utf-8")
    assert "Traceback" not in text, text
    return text.splitlines()


def test_commands_in_a_process_give_the_documented_statuses(corpus, tmp_path):
    bad = [p for p in corpus.paths if p in corpus.bad]
    done = run("read", *bad)
    assert done.returncode == 1 and done.stdout == b""  # nothing could be read
    assert len(lines_of(done.stderr)) == len(bad)

    good = next(p for p in corpus.paths if p.endswith("no-sentence-end.txt"))
    db = tmp_path / "kb.db"
    done = run("ingest", good, *bad, "-", "--db", str(db), "--workers", "2", "--no-progress", "--format", "json",
               env={"READOUT_MAX_INPUT_BYTES": "10M"}, stdin=png())
    assert done.returncode == 3  # partly done: one stored, the others failed
    assert json.loads(done.stdout)["added"] == 1
    errors = lines_of(done.stderr)
    assert len(errors) == len(bad) + 1
    big = Path(good).parent / "big.txt"
    assert f"{big}: too large: {big.stat().st_size / MiB:.1f} MB, the limit is 10.0 MB (READOUT_MAX_INPUT_BYTES)" in errors
    assert "-: binary file (PNG image)" in errors

    for argv in (["read", good], ["ingest", good, "--db", str(db)]):
        done = run(*argv, env={"READOUT_WORKERS": "много"})
        assert done.returncode == 2, argv
        assert lines_of(done.stderr) == ["readout: error: READOUT_WORKERS='много': expected a whole number such as 4"]


def test_a_lower_extract_limit_fails_long_texts_only(corpus, capsys, monkeypatch):
    monkeypatch.setenv("READOUT_MAX_EXTRACT_CHARS", "200")
    short, long_ = (next(p for p in corpus.paths if p.endswith(name)) for name in ("cp1251.txt", "one-line.txt"))
    assert main(["read", "--format", "jsonl", short, long_]) == 3
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert re.fullmatch(rf"readout: {re.escape(long_)}: too long to extract: [\d,]+ characters, the limit is 200 "
                        r"\(READOUT_MAX_EXTRACT_CHARS\)\n", err)
