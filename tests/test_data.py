"""Every lexicon in readout/data is well formed: no duplicates, no Latin letters inside Cyrillic words, an example
on every entry, only known kinds."""
import re
from importlib import resources

import pytest

from readout import data

LATIN_IN_CYRILLIC = re.compile(r"\b(?=\w*[а-яё])(?=\w*[a-z])\w+\b", re.I)
TXT = ["speech_verbs", "transcript_ends", "planned_cues", "background_cues", "clutter_markers", "address_words", "role_modifiers", "commitment_subjects", "hedge_cues", "footer_markers", "role_nouns", "joint_speakers", "source_nouns", "attribution_verbs"]
TSV = {"country_words": "words", "event_cues": "cue", "commitment_cues": "cue"}


def raw(name):
    return resources.files("readout.data").joinpath(name).read_text(encoding="utf-8")


def entry_lines(name):
    return [line for line in raw(name).splitlines() if line.strip() and not line.lstrip().startswith("#")]


@pytest.mark.parametrize("name", TXT)
def test_txt_lexicons(name):
    entries = data.lines(name)
    assert len(entries) == len(set(entries)), "duplicate entry"
    for line in entry_lines(f"{name}.txt"):
        body, comment = data.split_comment(line)
        assert comment, f"{name}.txt: no example for {body!r}"
        assert not LATIN_IN_CYRILLIC.search(body), f"{name}.txt: Latin letters in {body!r}"


@pytest.mark.parametrize("name,key", TSV.items())
def test_tsv_lexicons(name, key):
    rows = data.tsv(name)
    keys = [r[key] for r in rows]
    assert len(keys) == len(set(keys)), "duplicate entry"
    for line in entry_lines(f"{name}.tsv")[1:]:
        assert "#" in line, f"{name}.tsv: no example in {line!r}"
        assert not LATIN_IN_CYRILLIC.search(line.split("#")[0]), f"{name}.tsv: Latin letters in {line!r}"


def test_vocabularies():
    assert {r["kind"] for r in data.tsv("commitment_cues")} <= {"agreement", "signed", "instruction", "plan",
                                                                 "in_progress", "intent"}
    assert {r["when"] for r in data.tsv("commitment_cues")} <= {"-", "not_past", "past", "present", "short", "infinitive",
                                                                 "participant"}
    assert {r["kind"] for r in data.tsv("event_cues")} <= {
        "state_visit", "official_visit", "working_visit", "talks", "phone_call", "meeting", "briefing", "summit",
        "council", "forum", "signing", "message"}
    import pycountry
    for r in data.tsv("country_words"):
        assert r["kind"] in {"name", "adjective", "region", "seat"}
        # an abbreviation of several states lists them all ("KZ|KR"): the document's other mentions choose
        assert r["country"] == "-" or all(pycountry.countries.get(alpha_2=c) for c in r["country"].split("|")), r


def test_the_checks_catch_a_latin_letter():
    assert LATIN_IN_CYRILLIC.search("зaявить")  # Latin "a" inside
    assert not LATIN_IN_CYRILLIC.search("заявить")


def test_the_lexicon_sets():
    import re
    from pathlib import Path

    rows = data.tsv("lexicon")
    pairs = [(r["set"], r["lemma"]) for r in rows]
    assert len(pairs) == len(set(pairs)), "a lemma twice in one set"
    for line in entry_lines("lexicon.tsv")[1:]:
        assert "#" in line and not LATIN_IN_CYRILLIC.search(line.split("#")[0]), line
    # every set a rule asks for exists, and every set is asked for
    code = "".join(p.read_text(encoding="utf-8") for p in Path(data.__file__).parents[1].rglob("*.py"))
    asked = set(re.findall(r'lexicon\("(\w+)"\)', code)) - {"we"}  # "we" is the docstring's example too
    assert asked and asked <= {s for s, _ in pairs}
    assert {s for s, _ in pairs} <= asked | {"we"}
    with pytest.raises(data.DataError):
        data.lexicon("no_such_set")


def test_venues_are_unique_per_state():
    rows = data.tsv("venues")
    keys = [(r["venue"], r["state"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert all(r["state"] == "-" or len(r["state"]) == 2 for r in rows)
    for line in entry_lines("venues.tsv")[1:]:
        assert "#" in line and not LATIN_IN_CYRILLIC.search(line.split("#")[0]), line
