"""The benchmark runs end to end on a few documents and writes a JSON report with positive measurements.

Only the shape and the sign of the numbers are checked, never absolute timings: the machine decides those.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN = ROOT / "bench" / "run.py"


def bench(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(RUN), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def test_small_run_writes_positive_measurements(tmp_path):
    out = tmp_path / "bench.json"
    done = bench("--docs", "3", "--repeat", "2", "--cases", "baseline,read-1", "--out", str(out))
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report["cases"]) == {"baseline", "read-1"}
    for case in ("baseline", "read-1"):
        r = report["cases"][case]
        assert r["docs"] == 5 and r["sets"]["corpus"]["docs"] == 3 and r["sets"]["repeated"]["docs"] == 2
        for field in ("startup_s", "seconds", "docs_per_s", "chars_per_s", "cpu_s", "peak_rss_mb"):
            assert r[field] > 0, (case, field, r[field])
        assert r["chars"] == report["cases"]["baseline"]["chars"]  # the same documents for every case
    ratio = report["ratios"]["read-1/baseline chars/s (corpus)"]
    expected = (report["cases"]["read-1"]["sets"]["corpus"]["chars_per_s"]
                / report["cases"]["baseline"]["sets"]["corpus"]["chars_per_s"])
    assert ratio == pytest.approx(expected, rel=1e-2)
    assert report["ratios"]["read-2/read-1 chars/s (corpus)"] is None  # read-2 was not run
    assert "read-1/baseline" in done.stdout and "baseline" in done.stdout.splitlines()[1]


def test_bad_arguments_are_one_line_errors(tmp_path):
    done = bench("--cases", "baseline,warp", "--out", str(tmp_path / "x.json"), timeout=30)
    assert done.returncode == 2
    assert "unknown case 'warp'" in done.stderr and "Traceback" not in done.stderr
    done = bench("--corpus", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "x.json"), timeout=30)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"bench: error: {tmp_path / 'missing.jsonl'}: no such file"]
    assert not (tmp_path / "x.json").exists()
