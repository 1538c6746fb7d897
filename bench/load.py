"""Load test of ``readout serve`` on the loopback interface: one command, bounded in requests and time.

    .venv/bin/python bench/load.py                          # a fresh store of 30 corpus texts, 3000 requests, 8 clients
    .venv/bin/python bench/load.py --db kb.db --requests 5000 --clients 16 --out /tmp/load.json

It starts ``readout serve`` on 127.0.0.1 (a free port, a random write token), learns ids from the API, then
``--clients`` threads, each with its own keep-alive connection, send ``--requests`` requests in all (or stop after
``--max-seconds``), drawn round-robin from a mix of HTML pages, JSON API calls, searches (including SQL and FTS
syntax) and refused writes (no token, a wrong token, a body over the server's limit, set to ``--max-body``). It prints requests/s and p50/p90/p99
latency for each group and in all, and the errors: a status other than the one expected, or no answer. Exit
status: 0 no errors, 1 some errors, 2 the server or the store could not be set up.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "readout" / "bundled" / "kremlin-2025.jsonl.gz"
HOST = "127.0.0.1"


@dataclass(frozen=True, slots=True)
class Request:
    group: str  # page | api | search | write
    method: str
    path: str
    expect: tuple[int, ...] = (200,)
    body: bytes | None = None
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, group: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies.setdefault(group, []).append(seconds)
            if error:
                self.errors.append(error)


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def build_store(db: Path, docs: int) -> None:
    """Ingest the first ``docs`` corpus texts into ``db`` with the real pipeline."""
    if not CORPUS.exists():
        raise SystemExit(f"load: {CORPUS}: no such file; pass --db with a store")
    sample = db.with_suffix(".jsonl")
    lines = gzip.decompress(CORPUS.read_bytes()).decode("utf-8").splitlines()[:docs]
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "readout", "ingest", str(sample), "--db", str(db), "--no-progress",
                           "--workers", "2"], cwd=ROOT, capture_output=True, text=True, timeout=900,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    if done.returncode != 0:
        raise SystemExit(f"load: ingest failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    print(f"load: store {db}: {done.stdout.strip()}", file=sys.stderr)


def start_server(db: str, port: int, token: str, max_body: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), READOUT_MAX_INPUT_BYTES=str(max_body))
    proc = subprocess.Popen([sys.executable, "-m", "readout", "serve", "--db", db, "--host", HOST, "--port",
                             str(port), "--token", token], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=env)
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"load: readout serve exited ({proc.returncode}): {proc.stderr.read().strip()}")
        try:
            if httpx.get(f"http://{HOST}:{port}/api/summary", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("load: readout serve did not answer within 60 s")


def request_mix(base: str, token: str, max_body: int) -> list[Request]:
    """The requests to cycle through, with ids learned from the running server."""
    import httpx

    def items(path: str) -> list[dict]:
        return httpx.get(base + path, timeout=30).json().get("items", [])

    docs = [d["id"] for d in items("/api/documents?limit=20")]
    people = [e["id"] for e in items("/api/entities?kind=person&limit=10")]
    threads = [th["id"] for th in items("/api/threads?limit=10")]
    summary = httpx.get(base + "/api/summary", timeout=30).json()
    pairs = [p["pair"] for p in summary.get("top_pairs", [])][:3] or ["CN-RU"]
    if not docs:
        raise SystemExit("load: the store holds no documents")
    mix = [Request("page", "GET", "/"), Request("page", "GET", "/documents"), Request("page", "GET", "/people"),
           Request("page", "GET", "/countries/RU"), Request("page", "GET", "/docs"),
           Request("api", "GET", "/api/summary"), Request("api", "GET", "/api/documents?limit=50"),
           Request("api", "GET", "/api/entities?limit=50"), Request("api", "GET", "/api/quotes?limit=50"),
           Request("api", "GET", "/api/commitments?party=RU"), Request("api", "GET", "/api/threads"),
           Request("api", "GET", "/api/countries/RU"), Request("page", "GET", "/documents/999999999", (404,)),
           Request("page", "GET", "/commitments"), Request("page", "GET", "/commitments?party=RU&status=overdue"),
           Request("page", "GET", "/threads"), Request("page", "GET", "/threads?party=RU&status=announced"),
           Request("api", "GET", "/api/meetings?country=RU&since=2025-03-01"),
           Request("api", "GET", "/api/commitments?has_target=true&format=csv"),
           Request("search", "GET", "/search?q=%22%D1%82%D0%BE%D0%B2%D0%B0%D1%80%D0%BE%D0%BE%D0%B1%D0%BE%D1%80%D0%BE%D1%82%22+OR+%D1%8D%D0%BD%D0%B5%D1%80%D0%B3*"),
           Request("api", "GET", f"/api/documents/{2**63}", (404,)), Request("api", "GET", "/api/countries/XX", (404,)),
           Request("api", "GET", "/api/meetings?kind=alien", (422,)),
           Request("page", "GET", "/meetings"), Request("page", "GET", "/meetings?country=RU&kind=talks"),
           Request("page", "GET", "/quotes"), Request("page", "GET", "/quotes?" + _query(person="Путин", speech="direct")),
           Request("api", "GET", "/api/quotes?country=RU&format=csv")]
    mix += [Request("page", "GET", f"/documents/{d}") for d in docs[:10]]
    mix += [Request("api", "GET", f"/api/documents/{d}") for d in docs[:10]]
    mix += [Request("page", "GET", f"/entities/{e}") for e in people[:5]]
    mix += [Request("api", "GET", f"/api/entities/{e}") for e in people[:5]]
    mix += [Request("page", "GET", f"/threads/{th}") for th in threads[:5]]
    mix += [Request("page", "GET", f"/pairs/{p}") for p in pairs] + [Request("api", "GET", f"/api/pairs/{p}")
                                                                      for p in pairs]
    for query in ("переговоры", "сотрудничество энергетика", "Путин", "' OR 1=1 --", '"неполная кавычка',
                  "NEAR(a b) OR * AND -", "товарооборот; DROP TABLE documents", "%_%", "Токаев*"):
        mix += [Request("search", "GET", "/search?" + _query(q=query)),
                Request("search", "GET", "/api/search?" + _query(q=query, kind="quote"))]
    text = json.dumps({"text": "Проверка нагрузки."}, ensure_ascii=False).encode()
    json_type = ("content-type", "application/json")
    mix += [Request("write", "POST", "/api/documents", (401, 403), text, (json_type,)),
            Request("write", "POST", "/api/documents", (401, 403), text,
                    (json_type, ("authorization", "Bearer " + secrets.token_hex(8)))),
            Request("write", "POST", "/api/documents", (413,), b"x" * (max_body + _overhead() + 1),
                    (("content-type", "text/plain"), ("authorization", f"Bearer {token}")))]
    return mix


def _overhead() -> int:
    """What the server allows over max_input_bytes for a form's boundaries and fields."""
    try:
        from readout.web.upload import FORM_OVERHEAD
    except ImportError:
        return 64 * 1024
    return FORM_OVERHEAD


def _query(**params: str) -> str:
    from urllib.parse import urlencode

    return urlencode(params)


def client(base: str, mix: list[Request], start: int, step: int, count: int, stop_at: float, tally: Tally) -> None:
    import httpx

    with httpx.Client(base_url=base, timeout=60) as http:
        for n in range(start, count, step):
            if time.monotonic() > stop_at:
                return
            req = mix[n % len(mix)]
            began = time.perf_counter()
            error = None
            try:
                answer = http.request(req.method, req.path, content=req.body, headers=dict(req.headers))
                if answer.status_code not in req.expect:
                    error = f"{req.method} {req.path[:80]}: {answer.status_code}, expected {req.expect}"
            except httpx.HTTPError as e:
                error = f"{req.method} {req.path[:80]}: {type(e).__name__}: {e}"
            tally.add(req.group, time.perf_counter() - began, error)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def report(tally: Tally, seconds: float, clients: int) -> dict:
    rows = {}
    everything = [v for values in tally.latencies.values() for v in values]
    for group, values in [*sorted(tally.latencies.items()), ("all", everything)]:
        rows[group] = {"requests": len(values), "per_s": round(len(values) / seconds, 1),
                       "p50_ms": round(1000 * percentile(values, 0.50), 1),
                       "p90_ms": round(1000 * percentile(values, 0.90), 1),
                       "p99_ms": round(1000 * percentile(values, 0.99), 1),
                       "max_ms": round(1000 * max(values, default=0.0), 1),
                       "mean_ms": round(1000 * statistics.fmean(values), 1) if values else 0.0}
    print(f"\n{clients} clients, {len(everything)} requests in {seconds:.1f} s, {len(tally.errors)} errors\n")
    print(f"{'group':<8} {'requests':>8} {'req/s':>8} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for group, row in rows.items():
        print(f"{group:<8} {row['requests']:>8} {row['per_s']:>8} {row['p50_ms']:>8} {row['p90_ms']:>8} "
              f"{row['p99_ms']:>8} {row['max_ms']:>8}")
    for error in tally.errors[:20]:
        print(f"error: {error}")
    return {"clients": clients, "seconds": round(seconds, 2), "errors": len(tally.errors),
            "error_samples": tally.errors[:20], "groups": rows}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench/load.py", description=__doc__.split("\n\n")[0])
    p.add_argument("--db", help="an existing store (default: a fresh SQLite store of --docs corpus texts)")
    p.add_argument("--docs", type=int, default=30, help="corpus texts in the fresh store (default 30)")
    p.add_argument("--requests", type=int, default=3000, help="requests in all (default 3000)")
    p.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    p.add_argument("--max-seconds", type=float, default=120, help="stop sending after this long (default 120)")
    p.add_argument("--max-body", type=int, default=1024 * 1024,
                   help="the server's max_input_bytes (READOUT_MAX_INPUT_BYTES) during the run; the oversized "
                        "upload is just over it (default 1 MiB)")
    p.add_argument("--out", help="write the figures as JSON here")
    args = p.parse_args(argv)
    if args.requests < 1 or args.clients < 1:
        p.error("--requests and --clients must be positive")
    try:
        import httpx  # noqa: F401
    except ImportError:
        print("load: needs httpx: pip install 'readout[test]'", file=sys.stderr)
        return 2
    max_body = args.max_body
    with tempfile.TemporaryDirectory(prefix="readout-load-") as tmp:
        db = args.db
        if db is None:
            db = str(Path(tmp) / "kb.db")
            build_store(Path(db), args.docs)
        token = secrets.token_hex(16)
        port = free_port()
        server = start_server(db, port, token, max_body)
        try:
            base = f"http://{HOST}:{port}"
            mix = request_mix(base, token, max_body)
            tally = Tally()
            started = time.monotonic()
            stop_at = started + args.max_seconds
            threads = [threading.Thread(target=client, args=(base, mix, i, args.clients, args.requests, stop_at,
                                                             tally)) for i in range(args.clients)]
            for th in threads:
                th.start()
            for th in threads:
                th.join()
            figures = report(tally, time.monotonic() - started, args.clients)
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
    figures["mix"] = len(mix)
    if args.out:
        Path(args.out).write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if figures["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
