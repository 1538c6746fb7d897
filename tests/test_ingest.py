"""Ingest: idempotent, resumable after SIGKILL, failures recorded while good documents are stored, parallel and
concurrent runs, and the CLI commands over a small real corpus."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from readout.cli_store import main
from readout.ingest import ingest
from readout.model import Record
from readout.store import export_records, open_store
from readout.store import schema as t
from bundled import corpus_lines
from store_fixtures import db_url, kz_az_record  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[1]


def tiny_extract(doc) -> Record:
    """A stand-in for the pipeline: the hand-built record's facts on the given document (when they fit)."""
    if "сломай" in doc.text:
        raise RuntimeError("cannot parse this")
    base = kz_az_record()
    if doc.text == base.document.text:
        return Record(document=doc, publisher_country=base.publisher_country, entities=base.entities,
                      events=base.events, quotes=base.quotes, commitments=base.commitments, sectors=base.sectors)
    return Record(document=doc)


def write_inputs(folder: Path) -> list[str]:
    (folder / "good.txt").write_text(kz_az_record().document.text, encoding="utf-8")
    (folder / "other.txt").write_text("Состоялся телефонный разговор.", encoding="utf-8")
    (folder / "broken.txt").write_text("сломай меня", encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "news.jsonl").write_text('{"text": "Первая новость.", "url": "https://x/1"}\n{"text": \n',
                                       encoding="utf-8")
    return [str(folder / n) for n in ("good.txt", "other.txt", "broken.txt", "image.png", "news.jsonl")]


def counts(url: str) -> dict[str, int]:
    with open_store(url) as store, store.session() as s:
        return {table.__tablename__: s.scalar(sa.select(sa.func.count()).select_from(table))
                for table in (t.DocumentRow, t.EntityRow, t.MentionRow, t.QuoteRow, t.CommitmentRow, t.EventRow,
                              t.FailureRow, t.ThreadRow)}


def test_ingest_twice_adds_nothing_and_records_failures(db_url, tmp_path):
    paths = write_inputs(tmp_path)
    problems: list[str] = []
    first = ingest(paths, db_url=db_url, workers=1, progress=False, extract=tiny_extract, on_failure=problems.append)
    assert (first.read, first.added, first.unchanged, first.failed) == (6, 3, 0, 3)
    assert any(p.startswith(f"{tmp_path / 'broken.txt'}: extraction failed: RuntimeError") for p in problems)
    assert any(p.startswith(str(tmp_path / "news.jsonl:2")) for p in problems)
    before = counts(db_url)
    assert before["documents"] == 4 and before["failures"] == 3  # the failed extraction is kept, marked failed
    second = ingest(paths, db_url=db_url, workers=1, progress=False, extract=tiny_extract, on_failure=problems.append)
    assert (second.added, second.unchanged, second.failed) == (0, 3, 3)
    assert counts(db_url) == before
    with open_store(db_url) as store, store.session() as s:
        failed = s.scalar(sa.select(t.DocumentRow).where(t.DocumentRow.status == "failed"))
        assert failed.text == "сломай меня" and "RuntimeError" in failed.problem


def test_parallel_workers_store_the_same_as_one(tmp_path):
    paths = write_inputs(tmp_path)
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    ingest(paths, db_url=one, workers=1, progress=False, extract=tiny_extract, on_failure=lambda _: None)
    summary = ingest(paths, db_url=two, workers=2, progress=False, extract=tiny_extract, on_failure=lambda _: None)
    assert summary.added == 3
    assert counts(one) == counts(two)


def corpus_sample(tmp_path: Path, n: int = 8) -> Path:
    lines = corpus_lines(n)
    out = tmp_path / "sample.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def _cli(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "readout.cli_store", *args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _normalized(url: str) -> list[dict]:
    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("id", "document_id")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    with open_store(url) as store, store.session() as s:
        return strip(export_records(s))


def test_sigkill_then_rerun_equals_an_uninterrupted_run(tmp_path):
    sample = corpus_sample(tmp_path)
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    assert _cli("ingest", str(sample), "--db", str(whole), "--workers", "1", "--no-progress").wait() == 0
    proc = _cli("ingest", str(sample), "--db", str(killed), "--workers", "1", "--no-progress")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if killed.exists() and counts(f"sqlite:///{killed}")["documents"] >= 2:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert counts(f"sqlite:///{killed}")["documents"] < 8  # it was stopped part-way
    assert _cli("ingest", str(sample), "--db", str(killed), "--workers", "2", "--no-progress").wait() == 0
    assert counts(f"sqlite:///{killed}") == counts(f"sqlite:///{whole}")
    assert _normalized(f"sqlite:///{killed}") == _normalized(f"sqlite:///{whole}")


def test_concurrent_ingests_into_one_sqlite_file(tmp_path):
    sample = corpus_sample(tmp_path, 6)
    db = tmp_path / "shared.db"
    procs = [_cli("ingest", str(sample), "--db", str(db), "--workers", "1", "--no-progress", "--format", "json")
             for _ in range(2)]
    results = [(p.wait(), *p.communicate()) for p in procs]
    for rc, out, err in results:
        assert rc == 0, err
        assert "locked" not in err
    added = [json.loads(out)["added"] for _, out, _ in results]
    assert sum(added) == 6
    assert counts(f"sqlite:///{db}")["documents"] == 6


def test_cli_commands_over_a_real_sample(tmp_path, capsys):
    sample = corpus_sample(tmp_path, 10)
    db = str(tmp_path / "kb.db")
    assert main(["ingest", str(sample), "--db", db, "--workers", "2", "--no-progress", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 10
    assert main(["ingest", str(sample), "--db", db, "--no-progress", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) | {"seconds": 0} == {"read": 10, "added": 0, "unchanged": 10,
                                                                    "duplicates": 0, "failed": 0, "seconds": 0}
    assert main(["search", "переговорах", "--db", db, "--kind", "document", "--format", "json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and all(h["kind"] == "document" for h in hits)
    assert main(["summary", "--db", db, "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["documents"] == 10 and summary["events"] > 0
    for argv in (["quotes", "--about", "сотрудничество"], ["commitments", "--country", "RU"], ["relations", "RU"],
                 ["meetings", "RU", "CN"], ["export", "--format", "csv"], ["search", "' OR 1=1 --", "--format", "csv"]):
        assert main([*argv, "--db", db]) == 0, argv
    assert main(["thread", "999999", "--db", db]) == 1
    capsys.readouterr()
    assert main(["summary", "--db", "mysql://nowhere/x"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("readout: error: database URL") and err.count("\n") == 1


def test_every_command_help_has_an_example(capsys):
    import argparse

    from readout.cli_store import add_commands

    parser = argparse.ArgumentParser(prog="readout")
    sub = parser.add_subparsers()
    add_commands(sub)
    for name, command in sub.choices.items():
        assert "example:\n  readout " + name in command.format_help(), name
        assert "--db" in command.format_help(), name
