"""Tidy exports load in pandas and join back by id; the SQLite store opens in Datasette (on 127.0.0.1) with its
full-text search, labelled foreign keys and described columns; every column is described in columns.yaml."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest

from readout.cli import main
from readout.store import schema
from readout.store.datasette import descriptions
from readout.store.export import TABLES, columns
from server_fixtures import free_port, stop
from store_fixtures import kz_az_record, store_records


def _need(module: str):
    """The module, or a skip (a failure under CI, which installs readout[analysis])."""
    try:
        return __import__(module)
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail(f"{module} is missing; CI installs readout[analysis]")
        pytest.skip(f"{module} is not installed (pip install 'readout[analysis]')")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "kb.db"
    store_records(str(path), kz_az_record(url="https://akorda.kz/1", date="2025-01-10", deadline="2025-06-30"),
                  kz_az_record(url="https://akorda.kz/2", date="2025-03-10", kind="intent",
                               commitment="подтвердили намерение удвоить товарооборот")).close()
    return str(path)


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_every_table_loads_in_pandas_and_joins_by_id(db, tmp_path, fmt, capsys):
    pd = _need("pandas")
    if fmt == "parquet":
        _need("pyarrow")
    out = tmp_path / "tables"
    assert main(["export", "--db", db, "--table", "all", "--format", fmt, "--out", str(out)]) == 0
    read = {"csv": pd.read_csv, "parquet": pd.read_parquet, "jsonl": lambda p: pd.read_json(p, lines=True, dtype=False)}[fmt]
    t = {name: read(out / f"{name}.{fmt}") for name in TABLES}
    assert len(t["documents"]) == 2 and len(t["commitments"]) == 2
    quotes = t["quotes"].merge(t["documents"], left_on="document_id", right_on="id", suffixes=("", "_doc"))
    quotes = quotes.merge(t["entities"], left_on="speaker_id", right_on="id", suffixes=("", "_speaker"))
    assert set(quotes["name"]) == {"Касым-Жомарт Токаев"} and set(quotes["date"]) == {"2025-01-10", "2025-03-10"}
    # a span is a slice of its document's text
    assert all(row.text_doc[row.start:row.stop] == row.text for row in quotes.itertuples())
    parties = t["commitments"].merge(t["commitment_parties"], left_on="id", right_on="commitment_id")
    assert sorted(parties["party"]) == ["AZ", "AZ", "KZ", "KZ"]
    steps = t["thread_steps"].merge(t["threads"], left_on="thread_id", right_on="id", suffixes=("", "_thread"))
    assert list(steps["status"]) == ["overdue", "overdue"] and list(steps["role"]) == ["announced", "reaffirmed"]
    assert set(t["commitments"]["thread_id"]) == set(t["threads"]["id"])
    who = t["event_participants"].merge(t["entities"], left_on="entity_id", right_on="id")
    assert sorted(set(who["name"])) == ["Ильхам Алиев", "Касым-Жомарт Токаев"]
    assert t["commitments"]["target_value"].dropna().tolist() == [1e9]
    for frame in t.values():  # plain cells: no lists, no JSON objects
        assert not frame.map(lambda v: isinstance(v, (list, dict))).any().any()


def test_one_table_to_standard_output_and_bad_requests(db, capsys):
    assert main(["export", "--db", db, "--table", "commitment_parties", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["commitment_id,party", "1,AZ", "1,KZ", "2,AZ", "2,KZ"]
    assert main(["export", "--db", db, "--table", "all", "--format", "csv"]) == 2
    assert "--out" in capsys.readouterr().err
    assert main(["export", "--db", db, "--country", "XX"]) == 2
    assert main(["export", "--db", db, "--table", "records", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["quotes"]


def test_every_column_is_described():
    described = descriptions()
    for table in schema.Base.metadata.sorted_tables:
        assert table.name in described, f"{table.name} is not in readout/store/columns.yaml"
        missing = {c.name for c in table.columns} - set(described[table.name]["columns"])
        assert not missing, f"{table.name}: columns without a description: {missing}"
    for table in TABLES:
        assert set(columns(table)) <= set(described[table]["columns"])


def _get(url: str):
    with urllib.request.urlopen(url, timeout=5) as r:
        return json.loads(r.read())


def test_datasette_serves_the_store_with_fts_and_labels(db, tmp_path):
    _need("datasette")
    meta = tmp_path / "metadata.json"
    with open(meta, "w", encoding="utf-8") as f:
        assert subprocess.run([sys.executable, "-m", "readout", "datasette", "--db", db, "--metadata"], stdout=f,
                              check=True, timeout=60).returncode == 0
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", db, "--metadata", str(meta), "--host",
                             "127.0.0.1", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}/kb"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(f"{base}.json")
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "datasette did not answer within 60 s"
                time.sleep(0.3)
        rows = _get(f"{base}/commitments.json?_shape=array&_labels=on&kind=intent")
        assert [r["text"] for r in rows] == ["подтвердили намерение удвоить товарооборот"]
        assert rows[0]["document_id"] == {"value": 2, "label": "Переговоры"}
        found = _get(f"{base}/quotes.json?_shape=array&_search=" + urllib.parse.quote("энергетике"))
        assert len(found) == 2 and {q["speaker_name"] for q in found} == {"Касым-Жомарт Токаев"}
        assert _get(f"{base}/quotes.json?_shape=array&_search=" + urllib.parse.quote("металлургия")) == []
        sql = "select count(*) as n from documents_fts where documents_fts match 'Астане'"
        assert _get(f"{base}.json?_shape=array&sql=" + urllib.parse.quote(sql)) == [{"n": 2}]
        meta_served = _get(f"http://127.0.0.1:{port}/-/metadata.json")
        assert meta_served["license"].startswith("CC BY 4.0")
        assert "direct speech" in meta_served["databases"]["kb"]["tables"]["quotes"]["columns"]["direct"]
    finally:
        stop(proc)
