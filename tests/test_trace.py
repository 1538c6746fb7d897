"""The tracer: the candidates a rule turned down, with the reason, and `readout explain --why`."""
import subprocess
import sys

from readout.model import Document
from readout.pipeline import explain


def _why(text, date="2025-10-21"):
    rec, rejected = explain(Document(text=text, date=date))
    return rec, {(r.step, r.reason) for r in rejected}


def test_a_turned_down_commitment_keeps_its_reason():
    rec, why = _why("Стороны не договорились о сроках. Россия и Казахстан условились бы провести форум.")
    assert rec.commitments == ()
    assert {("commitments", "negated"), ("commitments", "conditional")} <= why


def test_a_turned_down_event_and_speech_keep_their_reasons():
    rec, why = _why("Президенты провели телефонный разговор. В ходе беседы обсуждены итоги переговоров. "
                    "Об этом сообщили в пресс-службе.")
    assert [e.kind for e in rec.events] == ["phone_call"]
    assert ("events", "the same occasion as phone_call") in why
    rec, why = _why("Касым-Жомарт Токаев прибыл в Баку. Он не заявил о визите.")
    assert ("quotes", "negated") in why and not rec.quotes


def test_explain_why_prints_the_rejected(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Стороны не договорились о сроках.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "readout", "explain", "--why", str(f)], capture_output=True,
                         text=True, check=True).stdout
    assert "rejected commitments" in out and "because negated" in out
    plain = subprocess.run([sys.executable, "-m", "readout", "explain", str(f)], capture_output=True, text=True,
                           check=True).stdout
    assert "rejected" not in plain
