"""Shared by the end-to-end tests (tests/test_e2e.py, tests/test_e2e_lists.py) and the servers other tests start:
a free local port, ``readout serve`` started on a store and stopped, headless Debian Chromium driven by
Playwright, pages that record every console error, uncaught exception and dialog, and screenshots."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright)"
    if not os.path.exists(CHROMIUM):
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    return None


def need_browser() -> None:
    """Skip when Playwright or Chromium is missing; with ``CI`` set, fail instead."""
    problem = _missing()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"{problem}; CI must run the end-to-end tests")
        pytest.skip(problem)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(proc: subprocess.Popen) -> None:
    """Ask ``proc`` to end; kill it after 10 s."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@contextlib.contextmanager
def serving(db: str, folder: Path):
    """``readout serve`` on ``db`` at a free port of 127.0.0.1, uploads off, its log in ``folder``; yields the
    base URL once ``/api/summary`` answers."""
    port = free_port()
    log_path = folder / "server.log"
    log = open(log_path, "w")
    proc = subprocess.Popen([sys.executable, "-m", "readout", "serve", "--db", db, "--host", "127.0.0.1",
                             "--port", str(port)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                            env=os.environ | {"READOUT_TOKEN": ""})
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base, proc, log_path)
        yield base
    finally:
        stop(proc)
        log.close()


def _wait(base: str, proc: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"readout serve exited with {proc.returncode}: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(base + "/api/summary", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"readout serve did not answer within {seconds} s: {log.read_text()[-2000:]}")


@contextlib.contextmanager
def chromium():
    """Headless Chromium, closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


def watched_page(browser, **options):
    """A page in a new context (``options``: Playwright's context options) whose ``problems`` list records
    console errors, uncaught exceptions and dialogs (dismissed)."""
    context = browser.new_context(**options)
    pg = context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))

    def dialog(d):
        problems.append(f"dialog: {d.message}")
        d.dismiss()
    pg.on("dialog", dialog)
    pg.problems = problems
    return pg


def shot(pg, name: str, full: bool = False) -> None:
    """With ``READOUT_SCREENSHOTS=FOLDER`` set, a screenshot of ``pg`` as FOLDER/NAME.png."""
    folder = os.environ.get("READOUT_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=full)
