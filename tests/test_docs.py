"""The documentation keeps up with the code: every command is documented and has an example in its help, every
data file is described in docs/data.md, and every field and rule name of a real record is described in
docs/record.md."""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from readout.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _subcommands() -> dict:
    parser = build_parser()
    return parser._subparsers._group_actions[0].choices


def _all_docs() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted(DOCS.glob("*.md"))])


def _data_files() -> list[str]:
    folder = resources.files("readout.data")
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".txt", ".tsv", ".yaml", ".yml", ".json"))


def test_the_parser_has_the_core_commands():
    assert {"read", "explain"} <= set(_subcommands())


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_command_is_documented(name):
    assert re.search(rf"readout {re.escape(name)}\b", _all_docs()), \
        f"command {name!r} is not mentioned as `readout {name}` in README.md or docs/*.md"


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_command_help_has_an_example(name):
    epilog = _subcommands()[name].epilog or ""
    assert "example:" in epilog.lower(), f"readout {name}: help epilog has no example (epilog: {epilog!r})"
    example = epilog[epilog.lower().index("example:") + len("example:"):]
    assert re.search(rf"\breadout {re.escape(name)}\b", example), f"readout {name}: example does not run {name}"


def test_data_files_exist():
    assert len(_data_files()) >= 10


@pytest.mark.parametrize("filename", _data_files())
def test_every_data_file_is_described(filename):
    page = (DOCS / "data.md").read_text(encoding="utf-8")
    assert f"`{filename}`" in page, f"readout/data/{filename} is not described in docs/data.md"


@pytest.mark.parametrize("filename", [f for f in _data_files() if f.endswith((".txt", ".tsv"))])
def test_every_data_entry_has_an_example(filename):
    text = resources.files("readout.data").joinpath(filename).read_text(encoding="utf-8")
    entries = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if filename.endswith(".tsv"):
        entries = entries[1:]  # the header
    assert entries, f"{filename}: no entries"
    for line in entries:
        assert re.search(r"#\s*\S", line), f"readout/data/{filename}: no '# example' in {line!r}"


# ---- docs/record.md against a real record ---------------------------------------------------------------

def _keys(value, prefix=""):
    """Every field name in a JSON-like value: ``document``, ``document.date``, ``entities[].mentions[].rule``…"""
    if isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _keys(v, f"{prefix}{k}.")
    elif isinstance(value, list):
        for v in value:
            yield from _keys(v, prefix)


@pytest.fixture(scope="module")
def akorda_record() -> dict:
    from bundled import AKORDA as path
    from readout.readers import iter_inputs
    from readout.pipeline import extract

    (doc,) = list(iter_inputs([str(path)]))
    return extract(doc).to_dict()


def test_every_record_field_is_described(akorda_record):
    page = (DOCS / "record.md").read_text(encoding="utf-8")
    missing = sorted({k for k in _keys(akorda_record) if f"`{k}`" not in page})
    assert not missing, f"docs/record.md does not describe: {missing}"


def test_every_rule_and_kind_of_a_real_record_is_described(akorda_record):
    page = (DOCS / "record.md").read_text(encoding="utf-8")
    values = {e["kind"] for e in akorda_record["events"]} | {c["kind"] for c in akorda_record["commitments"]}
    values |= {q["rule"] for q in akorda_record["quotes"]} | {q["speaker_rule"] for q in akorda_record["quotes"]}
    values |= {m["rule"] for e in akorda_record["entities"] for m in e["mentions"]}
    values |= {c["rule"] for c in akorda_record["commitments"]} | set(akorda_record["sectors"])
    values.discard(None)
    assert len(values) > 15
    missing = sorted(v for v in values if f"`{v}`" not in page)
    assert not missing, f"docs/record.md does not describe: {missing}"


def test_rule_vocabularies_are_described():
    from readout.extract.speech.quotes import RULES
    from readout.extract.sectors import SECTORS

    page = (DOCS / "record.md").read_text(encoding="utf-8")
    names = {rule.__name__ for rule in RULES} | {"reported", "po_slovam", "colon"} | set(SECTORS)
    missing = sorted(n for n in names if f"`{n}`" not in page)
    assert not missing, f"docs/record.md does not describe: {missing}"
