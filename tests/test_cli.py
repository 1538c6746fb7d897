"""The command line: formats, explain, exit statuses, bad inputs in a batch."""
import json
import subprocess
import sys

from readout.cli import main

TEXT = "date 2025-10-21\n\n– Мы договорились удвоить товарооборот, – заявил Касым-Жомарт Токаев.\n"


def test_read_jsonl_keeps_input_order(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXT, encoding="utf-8")
    b.write_text("date 2025-05-05\n\nСостоялся телефонный разговор Владимира Путина с Нарендрой Моди.\n", encoding="utf-8")
    assert main(["read", "--format", "jsonl", str(a), str(b)]) == 0
    lines = capsys.readouterr().out.splitlines()
    recs = [json.loads(x) for x in lines]
    assert [r["document"]["date"] for r in recs] == ["2025-10-21", "2025-05-05"]
    assert recs[0]["quotes"][0]["speaker_name"] == "Касым-Жомарт Токаев"
    assert recs[1]["events"][0]["kind"] == "phone_call"


def test_text_and_explain(tmp_path, capsys):
    a = tmp_path / "a.txt"
    a.write_text(TEXT, encoding="utf-8")
    assert main(["read", str(a)]) == 0
    out = capsys.readouterr().out
    assert "quote" in out and "Касым-Жомарт Токаев" in out and "commitment agreement" in out
    assert main(["explain", str(a)]) == 0
    out = capsys.readouterr().out
    assert "rule=dash_paragraph" in out and "via=name" in out and "cue «заявил»" in out


def test_bad_inputs_are_one_line_each_and_the_rest_goes_on(tmp_path, capsys):
    good, empty, png = tmp_path / "good.txt", tmp_path / "empty.txt", tmp_path / "pic.txt"
    good.write_text(TEXT, encoding="utf-8")
    empty.write_bytes(b"")
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert main(["read", "--format", "jsonl", str(empty), str(good), str(png)]) == 3
    cap = capsys.readouterr()
    assert len(cap.out.splitlines()) == 1
    errors = cap.err.strip().splitlines()
    assert len(errors) == 2 and "Traceback" not in cap.err
    assert str(empty) in errors[0] and "empty" in errors[0]
    assert str(png) in errors[1] and "PNG" in errors[1]
    assert main(["read", str(empty)]) == 1


def test_module_entry_point(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(TEXT, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "readout", "read", "--format", "json", str(a)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["document"]["publisher_country"] is None


def test_core_imports_no_web_framework_or_driver():
    code = ("import sys, readout, readout.pipeline, readout.readers; readout.read('Токаев прибыл.');"
            "bad = [m for m in ('fastapi', 'uvicorn', 'sqlalchemy', 'psycopg') if m in sys.modules]; print(bad)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.stdout.strip() == "[]", run.stdout + run.stderr
