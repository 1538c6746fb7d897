"""The dev-set scores, taken by the shared scorer, stay at or above the issues' floors."""
import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
FLOORS = {"attributed_quote_f1": 0.95, "reported_recall": 0.85, "commitment_f1": 0.85, "target_acc": 1.0,
          "commitment_kind_acc": 0.9, "person_f1": 0.9, "country_f1": 0.95, "participant_f1": 0.9,
          "event_kind_recall": 0.9, "place_acc": 0.9, "date_acc": 1.0, "publisher_acc": 1.0, "sector_f1": 0.7}


def test_dev_scores():
    if not (EVAL / "score.py").exists():
        pytest.skip("../shared/eval is not here")
    cmd = f"{sys.executable} -m readout read --format jsonl"
    floors = [a for k, v in FLOORS.items() for a in ("--min", f"{k}={v}")]
    run = subprocess.run([sys.executable, str(EVAL / "score.py"), str(EVAL / "dev"), "--cmd", cmd, *floors],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
