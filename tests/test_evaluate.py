"""``readout evaluate`` gives the reference scorer's figures.

The expected figures below were printed by the project's reference scorer (``score.py DIR --pred pred.jsonl``) on
exactly these two documents, gold files and records, chosen so that every rule counts: a quote given to the wrong
speaker, reported speech with a false alarm, an optional commitment, a target within 1 %, wrong parties and kinds,
an extra country, a person that is no person, a wrong date.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.cli import main
from readout.evaluate import score

EXPECTED = {
    "quote_f1": 1.000, "quote_p": 0.500, "quote_r": 0.500, "attributed_quote_f1": 0.500, "reported_recall": 1.000,
    "reported_precision": 0.667, "reported_f1": 0.800, "commitment_p": 0.667, "commitment_r": 0.667,
    "commitment_f1": 0.667, "commitment_kind_acc": 0.500, "party_acc": 0.500, "target_acc": 1.000,
    "person_f1": 0.889, "country_f1": 0.750, "participant_f1": 1.000, "event_kind_recall": 1.000,
    "event_kind_precision": 0.667, "event_kind_f1": 0.800, "place_acc": 1.000, "date_acc": 0.500,
    "publisher_acc": 1.000, "sector_f1": 0.400, "overall": 0.738,
}


def make_gold_set(D: Path) -> None:
    """Two documents, their gold records and readout-like records (``pred.jsonl``)."""
    A = ("Касым-Жомарт Токаев провёл переговоры с Ильхамом Алиевым в Астане. «Мы договорились удвоить товарооборот "
         "до 1 млрд долларов», – заявил Токаев. Алиев отметил, что стороны развивают сотрудничество в энергетике. "
         "Стороны также намерены открыть торговый дом.")
    B = ("Владимир Путин провёл телефонный разговор с Шавкатом Мирзиёевым. Мирзиёев подтвердил своё участие в "
         "юбилейных мероприятиях в Москве. «Мы продолжим работу над проектами», – сказал Путин.")
    (D / "a.txt").write_text(A, encoding="utf-8"); (D / "b.txt").write_text(B, encoding="utf-8")
    gold_a = {"date": "2025-10-21", "publisher_country": "KZ", "events": {"kinds": ["talks"], "place": "Астана"},
              "participants": ["Токаев", "Алиев"], "persons": ["Токаев", "Алиев"], "countries": ["KZ", "AZ"],
              "quotes": [{"starts": "Мы договорились", "ends": "млрд долларов", "speaker": "Токаев"}],
              "reported": [{"contains": "стороны развивают сотрудничество в энергетике", "speaker": "Алиев"}],
              "commitments": [{"contains": "удвоить товарооборот", "kind": "agreement", "parties": ["KZ", "AZ"],
                               "target": {"value": 1e9, "unit": "USD"}}],
              "optional_commitments": [{"contains": "открыть торговый дом"}], "sectors": ["trade", "energy"]}
    gold_b = {"date": "2025-05-03", "publisher_country": "RU", "events": {"kinds": ["phone_call"], "place": None},
              "participants": ["Путин", "Мирзиёев"], "persons": ["Путин", "Мирзиёев"], "countries": ["RU", "UZ"],
              "quotes": [{"starts": "Мы продолжим", "ends": "над проектами", "speaker": "Путин"}],
              "reported": [{"contains": "подтвердил своё участие в юбилейных мероприятиях", "speaker": "Мирзиёев"}],
              "commitments": [{"contains": "подтвердил своё участие", "kind": "plan", "parties": ["UZ"]},
                              {"contains": "продолжим работу над проектами", "kind": "in_progress"}],
              "optional_commitments": [], "sectors": ["trade"]}
    (D / "a.gold.json").write_text(json.dumps(gold_a, ensure_ascii=False), encoding="utf-8")
    (D / "b.gold.json").write_text(json.dumps(gold_b, ensure_ascii=False), encoding="utf-8")
    ents_a = [{"id": "e1", "kind": "person", "name": "Касым-Жомарт Токаев", "country": "KZ"},
              {"id": "e2", "kind": "person", "name": "Ильхам Алиев", "country": "AZ"},
              {"id": "e3", "kind": "country", "name": "Казахстан", "country": "KZ"},
              {"id": "e4", "kind": "country", "name": "Россия", "country": "RU"},
              {"id": "e5", "kind": "person", "name": "Астана", "country": None}]
    rec_a = {"document": {"date": "2025-10-21", "publisher_country": "KZ"}, "entities": ents_a,
             "events": [{"kind": "talks", "place": "Астана", "participants": ["e1", "e2"]},
                        {"kind": "meeting", "place": None, "participants": ["e1"]}],
             "quotes": [{"text": "Мы договорились удвоить товарооборот до 1 млрд долларов", "direct": True, "speaker": "e2",
                         "speaker_name": "Ильхам Алиев"},
                        {"text": "стороны развивают сотрудничество в энергетике", "direct": False, "speaker": "e2"},
                        {"text": "совсем другое", "direct": False, "speaker": "e1"}],
             "commitments": [{"text": "договорились удвоить товарооборот до 1 млрд долларов", "kind": "agreement",
                              "parties": ["KZ", "AZ"], "target": {"value": 1.005e9, "unit": "USD"}},
                             {"text": "намерены открыть торговый дом", "kind": "intent", "parties": ["KZ"]},
                             {"text": "лишнее обязательство", "kind": "plan", "parties": []}],
             "sectors": ["trade", "agriculture"]}
    ents_b = [{"id": "p", "kind": "person", "name": "Владимир Путин", "country": "RU"},
              {"id": "m", "kind": "person", "name": "Шавкат Мирзиёев", "country": "UZ"},
              {"id": "r", "kind": "country", "country": "RU", "name": "Россия"},
              {"id": "u", "kind": "country", "country": "UZ", "name": "Узбекистан"}]
    rec_b = {"document": {"date": "2025-05-04", "publisher_country": "RU"}, "entities": ents_b,
             "events": [{"kind": "phone_call", "participants": ["p", "m"]}],
             "quotes": [{"text": "Мы продолжим работу над проектами", "speaker": "p"},
                        {"text": "Мирзиёев подтвердил своё участие в юбилейных мероприятиях в Москве", "direct": False,
                         "speaker_name": "Шавкат Мирзиёев"}],
             "commitments": [{"text": "Мирзиёев подтвердил своё участие в юбилейных мероприятиях", "kind": "intent",
                              "parties": ["UZ", "RU"]}],
             "sectors": []}
    (D / "pred.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (rec_a, rec_b)) + "\n",
                                  encoding="utf-8")


@pytest.fixture
def gold(tmp_path) -> Path:
    make_gold_set(tmp_path)
    return tmp_path


def test_the_figures_are_the_reference_scorers(gold):
    records = [json.loads(line) for line in (gold / "pred.jsonl").read_text(encoding="utf-8").splitlines()]
    report = score([(gold / "a.txt", records[0]), (gold / "b.txt", records[1])])
    assert list(report.figures) == list(EXPECTED)
    assert {k: round(v, 3) for k, v in report.figures.items()} == EXPECTED
    assert report.misses["a.txt"][0] == "quote by Токаев given to 'Ильхам Алиев': Мы договорились"


def test_the_command_prints_them_and_checks_floors(gold, capsys):
    assert main(["evaluate", str(gold), "--pred", str(gold / "pred.jsonl")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2 documents, 2 gold quotes, 3 gold commitments"
    assert out[1:-1] == [f"{k:22s} {v:.3f}" for k, v in EXPECTED.items()] and out[-1] == "overall 0.738"
    assert main(["evaluate", str(gold), "--pred", str(gold / "pred.jsonl"), "--min", "sector_f1=0.5"]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "overall 0.738; below floor: sector_f1 0.400 < 0.5"


@pytest.mark.parametrize("argv, message", [
    (["--pred", "{gold}/a.txt"], "{gold}/a.txt: not JSON Lines"),
    (["--min", "recall"], "--min recall: unknown metric 'recall'"),
    (["--set", "dev"], "give DIR or --set, not both"),
])
def test_bad_arguments_are_one_line_and_status_2(gold, capsys, argv, message):
    argv = [a.format(gold=gold) for a in argv]
    assert main(["evaluate", str(gold), *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("readout: error: " + message.format(gold=gold)) and err.count("\n") == 1


def test_a_gold_quote_missing_from_its_document_names_the_gold_file(gold, capsys):
    data = json.loads((gold / "b.gold.json").read_text(encoding="utf-8"))
    data["quotes"][0]["starts"] = "Этих слов нет"
    (gold / "b.gold.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["evaluate", str(gold), "--pred", str(gold / "pred.jsonl")]) == 2
    assert capsys.readouterr().err == (f"readout: error: {gold / 'b.gold.json'}: gold quote not found in the "
                                       "document: 'Этих слов нет' .. 'над проектами'\n")


def test_a_folder_without_gold_files_is_status_1(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Текст без золотого файла.", encoding="utf-8")
    assert main(["evaluate", str(tmp_path)]) == 1
    assert "no NAME.txt with a NAME.gold.json beside it" in capsys.readouterr().err


def test_the_bundled_field_set_is_scored_in_process(capsys):
    assert main(["evaluate", "--set", "field", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 30 and report["failed"] == [] and 0.5 < report["figures"]["overall"] <= 1
