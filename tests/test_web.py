"""The web app and REST API over a fresh SQLite store holding three dev documents and one hostile document:
every page escapes what the documents say, search input cannot alter SQL, the write endpoint needs the token."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("jinja2")
from fastapi.testclient import TestClient  # noqa: E402

from readout.settings import Settings  # noqa: E402

from bundled import DEV  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEV_FILES = ["akorda-2025-10-21-kz-az-briefing.txt", "kremlin-2025-04-22-russia-oman-talks.txt",
             "kremlin-2025-05-05-putin-modi-call.txt"]
HOSTILE = """title <script>alert('title')</script> "onerror="alert(1)
source javascript:alert(document.cookie)
publisher <img src=x onerror=alert('publisher')>
date 2025-06-01

Касым-Жомарт Токаев провёл переговоры с Ильхамом Алиевым в Астане <b>жирно</b>. Президенты Казахстана и Азербайджана договорились удвоить \
товарооборот <script>alert('commitment')</script> до 1 млрд долларов. «Мы придаём большое значение \
<img src=x onerror=alert('quote')> сотрудничеству "onerror=alert(3) javascript:alert(4)», – заявил Токаев.
"""
RAW = ["<script>alert", "<img src=x", "<b>жирно", 'href="javascript:', "href='javascript:"]


@pytest.fixture(scope="module")
def db_url(tmp_path_factory):
    from readout.ingest import ingest

    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    url = f"sqlite:///{folder / 'kb.db'}"
    summary = ingest([str(DEV / n) for n in DEV_FILES] + [str(hostile)], url, workers=1, progress=False)
    assert summary.added == 4, summary
    return url


def _app(db_url, **kw):
    from readout.web.app import create_app

    return create_app(db_url, settings=Settings.from_env(environ={}, **kw.pop("settings", {})), **kw)


@pytest.fixture(scope="module")
def client(db_url):
    with TestClient(_app(db_url)) as c:
        yield c


@pytest.fixture(scope="module")
def hostile_id(client):
    docs = client.get("/api/documents", params={"limit": 50}).json()["items"]
    return next(d["id"] for d in docs if d["date"] == "2025-06-01")


def _pages(client, hostile_id) -> list[str]:
    doc = client.get(f"/api/documents/{hostile_id}").json()
    person = next(e["id"] for e in doc["entities"] if e["kind"] == "person")
    thread = next(c["thread"] for c in doc["commitments"] if c["thread"])
    return ["/", "/documents", f"/documents/{hostile_id}", f"/documents/{hostile_id}?mark=0-40",
            "/search?q=script", "/search?q=alert&kind=quote", "/search?q=товарооборот&kind=commitment",
            "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", f"/entities/{person}", f"/entities/{person}?about=alert",
            "/countries/KZ", "/pairs/AZ-KZ", f"/threads/{thread}", "/people", "/docs", "/meetings",
            "/meetings?person=Токаев", "/quotes", "/quotes?about=alert", "/quotes?person=Токаев&speech=direct",
            "/commitments?party=KZ", "/threads?party=KZ"]


# ---- escaping ---------------------------------------------------------------------------------------------

def test_the_hostile_document_was_read_with_its_markup(client, hostile_id):
    doc = client.get(f"/api/documents/{hostile_id}").json()
    assert "<script>alert('title')</script>" in doc["title"]
    assert doc["url"] == "javascript:alert(document.cookie)"
    assert any("<img src=x" in q["text"] for q in doc["quotes"]), doc["quotes"]
    assert any("<script>" in c["text"] for c in doc["commitments"]), doc["commitments"]


class _Tags(HTMLParser):
    """Every start tag of a page with its attributes, and the text of each script element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_endtag(self, tag):
        self._script = None if tag == "script" else self._script

    def handle_data(self, data):
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def test_every_page_escapes_document_text(client, hostile_id):
    for path in _pages(client, hostile_id):
        r = client.get(path)
        assert r.status_code == 200, (path, r.status_code)
        body = r.text
        for raw in RAW:
            assert raw not in body, f"{path}: unescaped {raw!r}"
        parsed = _Tags()
        parsed.feed(body)
        assert not [t for t, _ in parsed.tags if t in ("img", "iframe", "object", "embed")], path
        for tag, attrs in parsed.tags:
            assert not [a for a in attrs if a.startswith("on")], f"{path}: event handler on <{tag}> {attrs}"
            for name in ("href", "src", "action"):
                assert not (attrs.get(name) or "").strip().lower().startswith("javascript"), (path, tag, attrs)
        for attrs, text in parsed.scripts:
            assert attrs.get("src", "").startswith("/static/") or attrs.get("type") == "application/json", path
            assert "alert(" not in text, path


def test_the_document_page_shows_the_markup_as_text(client, hostile_id):
    body = client.get(f"/documents/{hostile_id}").text
    assert "&lt;script&gt;alert(&#39;commitment&#39;)&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(&#39;quote&#39;)&gt;" in body
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &#34;onerror=&#34;alert(1)" in body


def test_a_javascript_url_is_never_a_link(client, hostile_id):
    body = client.get(f"/documents/{hostile_id}").text
    assert "javascript:alert(document.cookie)" in body  # shown as text
    hrefs = re.findall(r'href="([^"]*)"', body)
    assert hrefs and all(not h.lower().startswith("javascript") for h in hrefs)


def test_chart_data_in_a_page_cannot_close_its_script_element(client):
    body = client.get("/pairs/AZ-KZ").text
    specs = re.findall(r'<script type="application/json" id="([^"]+)">(.*?)</script>', body, re.S)
    assert {name for name, _ in specs} == {"events-chart-spec", "threads-chart-spec"}
    for _, spec in specs:
        assert "<" not in spec
        data = json.loads(spec)["data"]["values"]
        assert data


def test_chart_json_escapes_markup():
    from readout.web.charts import threads_chart
    from readout.web.deps import make_templates

    spec = threads_chart([{"id": 1, "object": "</script><script>alert(1)</script>", "status": "announced",
                           "first_date": "2025-01-01", "last_date": None, "deadline": None}])
    html = make_templates().env.from_string('{% from "_macros.html" import chart %}{{ chart("x", spec, "<l>") }}'
                                            ).render(spec=spec)
    assert "</script><script>" not in html and "&lt;l&gt;" in html
    payload = re.search(r'<script type="application/json" id="x-spec">(.*?)</script>', html, re.S).group(1)
    assert json.loads(payload)["data"]["values"][0]["thread"].startswith("#1 </script><script>")


def test_pages_send_a_strict_content_security_policy(client):
    for path in ("/", "/pairs/AZ-KZ", "/docs", "/api/summary"):
        csp = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp


# ---- pages ------------------------------------------------------------------------------------------------

def test_the_home_page_shows_counts_pairs_and_a_search_box(client):
    body = client.get("/").text
    assert 'action="/search"' in body
    assert 'href="/pairs/AZ-KZ"' in body
    assert re.search(r"<b>4</b> documents", body)


def test_the_document_page_colours_each_quote_by_its_speaker(client):
    doc = next(d for d in client.get("/api/documents").json()["items"] if d["date"] == "2025-10-21")
    record = client.get(f"/api/documents/{doc['id']}").json()
    body = client.get(f"/documents/{doc['id']}").text
    legend = dict(re.findall(r'<span class="swatch (spk-\d)"></span><a href="/entities/\d+">([^<]+)</a>', body))
    colour_of = {name: spk for spk, name in legend.items()}
    assert "Касым-Жомарт Токаев" in colour_of
    for q in record["quotes"]:
        spans = re.findall(r'class="seg q (spk-\d)[^"]*" data-quote="' + str(q["id"]) + '"', body)
        assert spans, f"quote {q['id']} is not highlighted"
        if q["speaker"] in colour_of:
            assert set(spans) == {colour_of[q["speaker"]]}
        assert f'id="q-{q["id"]}"' in body
    for c in record["commitments"]:
        assert f'id="c-{c["id"]}"' in body and f'data-commitment="{c["id"]}"' in body


def test_highlighted_segments_put_the_text_back_together(client, hostile_id):
    from readout.store import views
    from readout.web.highlight import segments

    with client.app.state.web.store.session() as s:
        doc = views.document(s, hostile_id)
    parts = segments(doc)
    assert "".join(p.text for p in parts) == doc["text"]
    assert all(a.stop == b.start for a, b in zip(parts, parts[1:]))
    assert any(p.quote for p in parts) and any(p.commitment for p in parts) and any(p.entity for p in parts)


def test_the_mark_parameter_highlights_a_span(client, hostile_id):
    body = client.get(f"/documents/{hostile_id}?mark=0-19").text
    assert 'id="mark"' in body and " mark" in body
    assert client.get(f"/documents/{hostile_id}?mark=999999-1000000").status_code == 200
    assert client.get(f"/documents/{hostile_id}?mark=garbage").status_code == 200


def test_pair_page_redirects_to_the_sorted_pair_and_has_two_charts(client):
    r = client.get("/pairs/kz-az", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/pairs/AZ-KZ"
    body = client.get("/pairs/AZ-KZ").text
    assert body.count('class="vega"') == 2 and "/static/vega.min.js" in body
    assert 'class="status st-' in body


def test_missing_things_are_404_pages(client):
    assert client.get("/documents/999999").status_code == 404
    assert client.get("/threads/999999").status_code == 404
    assert client.get("/entities/999999").status_code == 404
    assert client.get("/countries/QQ").status_code == 404
    r = client.get("/pairs/KZ")
    assert r.status_code == 404 and "two ISO codes" in r.text and r.headers["content-type"].startswith("text/html")


def test_a_country_entity_redirects_to_its_country_page(client):
    kz = client.get("/api/entities", params={"kind": "country", "country": "KZ"}).json()["items"][0]
    r = client.get(f"/entities/{kz['id']}", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/countries/KZ"


def test_the_thread_page_links_each_step_to_its_sentence(client):
    threads = client.get("/api/threads", params={"party": ["AZ", "KZ"], "limit": 200}).json()["items"]
    assert threads
    th = client.get(f"/api/threads/{threads[0]['id']}").json()
    body = client.get(f"/threads/{th['id']}").text
    for step in th["timeline"]:
        anchor = f"#c-{step['commitment']}" if step["commitment"] else f"?mark={step['start']}-{step['stop']}#mark"
        assert f'/documents/{step["document_id"]}{anchor}' in body


# ---- search -----------------------------------------------------------------------------------------------

NASTY = ["'; DROP TABLE documents; --", '"', '""', "*", "NEAR(a b)", "a OR b", ")(", "%", "_", "\\", "^", "'",
         "lemmas : x", "товарооборот AND", "NOT", "{col}: x", "\x00", "🙂", "a" * 400]


@pytest.mark.parametrize("query", NASTY)
def test_search_input_cannot_alter_sql(client, query):
    for kind in ("all", "document", "quote", "commitment"):
        assert client.get("/search", params={"q": query, "kind": kind}).status_code == 200
        assert client.get("/api/search", params={"q": query, "kind": kind}).status_code == 200
    assert client.get("/search", params={"q": "переговоры", "person": query}).status_code == 200
    assert client.get("/api/quotes", params={"person": query, "about": query}).status_code == 200
    assert client.get("/people", params={"name": query}).status_code == 200


def test_the_store_is_intact_after_nasty_searches(client):
    for query in NASTY:
        client.get("/api/search", params={"q": query})
    assert client.get("/api/summary").json()["documents"] == 4


def test_search_finds_a_quote_by_any_form_of_a_word(client):
    hits = client.get("/api/search", params={"q": "сотрудничество", "kind": "quote", "limit": 50}).json()["items"]
    assert hits and all(h["kind"] == "quote" for h in hits)
    body = client.get("/search", params={"q": "сотрудничество", "kind": "quote"}).text
    assert f'href="/documents/{hits[0]["document_id"]}#q-{hits[0]["id"]}"' in body


def test_search_filters_and_bad_filters(client):
    hits = client.get("/api/search", params={"q": "переговоры", "country": "OM", "limit": 50}).json()["items"]
    assert hits and all(h["date"] == "2025-04-22" for h in hits)
    assert client.get("/api/search", params={"q": "переговоры", "since": "2025-10-01"}).json()["items"]
    assert not client.get("/api/search", params={"q": "переговоры", "until": "2020-01-01"}).json()["items"]
    assert client.get("/api/search", params={"q": "x", "since": "1 мая"}).status_code == 422
    body = client.get("/search", params={"q": "x", "since": "1 мая", "country": "KAZ"}).text
    assert "expected a date YYYY-MM-DD" in body and "two-letter ISO code" in body


def test_search_pages_do_not_overlap(client):
    first = client.get("/api/search", params={"q": "", "limit": 3}).json()
    assert len(first["items"]) == 3 and first["next"] and first["previous"] is None
    second = client.get(first["next"]).json()
    assert second["offset"] == 3 and second["previous"]
    ids = lambda page: {(h["kind"], h["id"]) for h in page["items"]}  # noqa: E731
    assert ids(second) and not ids(first) & ids(second)
    body = client.get("/search", params={"q": "", "kind": "quote", "limit": 2}).text
    assert 'rel="next"' in body


# ---- JSON API ---------------------------------------------------------------------------------------------

def test_api_lists_are_paged(client):
    page = client.get("/api/documents", params={"limit": 2}).json()
    assert len(page["items"]) == 2 and page["next"].endswith("offset=2")
    rest = client.get(page["next"]).json()
    assert len(rest["items"]) == 2 and rest["next"] is None
    assert client.get("/api/documents", params={"limit": 0}).status_code == 422
    assert client.get("/api/documents", params={"limit": 10_000}).status_code == 422
    assert client.get("/api/documents", params={"offset": -1}).status_code == 422


def test_api_document_spans_point_into_the_text(client, hostile_id):
    doc = client.get(f"/api/documents/{hostile_id}").json()
    for q in doc["quotes"]:
        assert doc["text"][q["start"]:q["stop"]] == q["text"]
    for c in doc["commitments"]:
        assert doc["text"][c["start"]:c["stop"]] == c["text"]
    for e in doc["entities"]:
        for m in e["mentions"]:
            assert doc["text"][m["start"]:m["stop"]] == m["text"]


def test_api_pair_country_entity_and_threads(client):
    pair = client.get("/api/pairs/KZ-AZ").json()
    assert pair["countries"] == ["AZ", "KZ"] and pair["meetings"] and pair["commitments"]
    assert sum(r["count"] for r in pair["events_by_month"]) >= len({m["id"] for m in pair["meetings"]})
    assert {p for th in pair["threads"] for p in th["parties"]} >= {"AZ", "KZ"}
    country = client.get("/api/countries/ru").json()
    assert country["country"] == "RU" and {"OM", "IN"} <= {p["partner"] for p in country["partners"]}
    assert client.get("/api/countries/RUS").status_code == 404  # a path to no country, as on the page
    putin = client.get("/api/entities", params={"name": "Путин", "kind": "person"}).json()["items"][0]
    person = client.get(f"/api/entities/{putin['id']}").json()
    assert person["country"] == "RU" and person["quotes"] and person["events"]
    statuses = {th["status"] for th in client.get("/api/threads", params={"limit": 200}).json()["items"]}
    assert statuses <= {"announced", "in_progress", "achieved", "overdue"}
    assert client.get("/api/threads", params={"status": "lost"}).status_code == 422


def test_openapi_and_its_page_use_no_cdn(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/documents", "/api/search", "/api/pairs/{pair}", "/api/threads/{thread_id}"} <= set(spec["paths"])
    assert "post" in spec["paths"]["/api/documents"]
    page = client.get("/docs").text
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert "/static/swagger-ui-bundle.js" in sources and all(s.startswith("/") for s in sources)
    assert client.get("/static/swagger-ui-bundle.js").status_code == 200


def test_vendored_files_stay_small():
    static = ROOT / "readout" / "web" / "static"
    total = sum(p.stat().st_size for p in static.iterdir())
    assert total < 3 * 1024 * 1024, total
    assert "vega-interpreter" in (static / "VENDORED.md").read_text(encoding="utf-8")


# ---- adding documents -------------------------------------------------------------------------------------

NEW = {"text": "Касым-Жомарт Токаев провёл телефонный разговор с Ильхамом Алиевым. Президенты договорились "
               "расширить сотрудничество в энергетике.", "date": "2025-07-01", "title": "Телефонный разговор"}


def test_adding_is_disabled_without_a_server_token(client):
    r = client.post("/api/documents", json=NEW, headers={"Authorization": "Bearer anything"})
    assert r.status_code == 405 and "--token" in r.json()["detail"]


@pytest.fixture
def empty_url(tmp_path):
    """A fresh store for the tests that write, so the shared store keeps its four documents."""
    return f"sqlite:///{tmp_path / 'write.db'}"


def test_adding_needs_the_right_token(empty_url):
    with TestClient(_app(empty_url, token="s3cret-token")) as c:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Bearer s3cret-token-longer"},
                        {"X-Readout-Token": ""}, {"Authorization": "Basic s3cret-token"}):
            r = c.post("/api/documents", json=NEW, headers=headers)
            assert r.status_code == 403, headers
        r = c.post("/api/documents", json=NEW, headers={"Authorization": "Bearer s3cret-token"})
        assert r.status_code == 201, r.text
        added = r.json()["added"][0]
        assert c.get(added["api"]).json()["title"] == NEW["title"]
        assert c.get(added["page"]).status_code == 200
        again = c.post("/api/documents", json=NEW, headers={"X-Readout-Token": "s3cret-token"}).json()
        assert again["added"] == [] and again["unchanged"][0]["id"] == added["id"]
        assert c.get("/api/summary").json()["documents"] == 1


def test_a_copy_of_a_stored_document_is_a_duplicate_of_it(empty_url):
    auth = {"Authorization": "Bearer t"}
    with TestClient(_app(empty_url, token="t")) as c:
        first = c.post("/api/documents", json=NEW | {"url": "https://akorda.kz/call"}, headers=auth)
        assert first.status_code == 201, first.text
        stored = first.json()["added"][0]["id"]
        copies = [  # the same words, spaced and cased otherwise, under another URL; the same URL, other words
            (NEW | {"text": "  " + NEW["text"].upper().replace(" ", "   "), "url": "https://example.org/copy"},
             "same text", "request"),
            ({"text": NEW["text"] + " Стороны обсудили энергетику.", "url": "https://akorda.kz/call"}, "same URL",
             "request")]
        for body, reason, source in copies:
            r = c.post("/api/documents", json=body, headers=auth)
            assert r.status_code == 200, r.text
            answer = r.json()
            assert answer["added"] == [] and answer["unchanged"] == [] and answer["failed"] == []
            assert answer["duplicates"] == [{"id": stored, "page": f"/documents/{stored}",
                                             "api": f"/api/documents/{stored}", "reason": reason,
                                             "detail": f"{source}: duplicate of document {stored} ({reason})"}]
        upload = c.post("/api/documents", files={"file": ("call.txt", NEW["text"].encode("utf-8"), "text/plain")},
                        headers=auth).json()
        assert upload["duplicates"][0]["detail"] == f"call.txt: duplicate of document {stored} (same text)"
        again = c.post("/api/documents", json=NEW | {"url": "https://akorda.kz/call"}, headers=auth)
        assert again.status_code == 200 and again.json()["unchanged"][0]["id"] == stored
        assert c.get("/api/summary").json()["documents"] == 1


def test_adding_a_file_and_bad_bodies(empty_url):
    auth = {"Authorization": "Bearer t"}
    with TestClient(_app(empty_url, token="t")) as c:
        text = "date 2025-07-02\nsource https://example.org/a\n\nПутин провёл переговоры с Моди.\n"
        r = c.post("/api/documents", files={"file": ("call.txt", text.encode("utf-8"), "text/plain")}, headers=auth)
        assert r.status_code == 201, r.text
        doc = c.get(r.json()["added"][0]["api"]).json()
        assert doc["date"] == "2025-07-02" and doc["url"] == "https://example.org/a"
        assert c.post("/api/documents", content=b"{broken", headers=auth | {"Content-Type": "application/json"}
                      ).status_code == 422
        assert c.post("/api/documents", json={"title": "no text"}, headers=auth).status_code == 422
        assert c.post("/api/documents", json={"text": "x", "date": "вчера"}, headers=auth).status_code == 422
        assert c.post("/api/documents", content=b"x", headers=auth | {"Content-Type": "image/png"}
                      ).status_code == 415


def test_adding_too_much_is_413(empty_url):
    auth = {"Authorization": "Bearer t"}
    with TestClient(_app(empty_url, token="t", settings={"max_input_bytes": 1000})) as c:
        big = "Токаев провёл переговоры. " * 100
        assert c.post("/api/documents", json={"text": big}, headers=auth).status_code == 413
        r = c.post("/api/documents", files={"file": ("big.txt", big.encode("utf-8"))}, headers=auth)
        assert r.status_code == 413
        assert c.post("/api/documents", content=("x" * 200_000).encode(), headers=auth | {"Content-Type": "text/plain"}
                      ).status_code == 413
        # just over the limit, within the allowance for form overhead, is still too large
        assert c.post("/api/documents", content=("x" * 1100).encode(), headers=auth | {"Content-Type": "text/plain"}
                      ).status_code == 413
        # the token is checked before the size: no token, no 413
        assert c.post("/api/documents", json={"text": big}).status_code == 403


# ---- the edges ----------------------------------------------------------------------------------------------

def test_the_core_does_not_import_the_web_framework():
    code = ("import sys, readout, readout.cli, readout.store, readout.ingest, readout.pipeline; "
            "readout.cli.build_parser(); "
            "bad = [m for m in ('fastapi', 'starlette', 'uvicorn', 'jinja2', 'multipart') if m in sys.modules]; "
            "print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_serve_is_a_command_with_an_example():
    from readout.cli import build_parser

    parser = build_parser()
    args = parser.parse_args(["serve", "--db", "kb.db", "--port", "8123", "--token", "x"])
    assert (args.db, args.port, args.token, args.host) == ("kb.db", 8123, "x", "127.0.0.1")
    serve = parser._subparsers._group_actions[0].choices["serve"]
    assert "Example: readout serve" in serve.epilog


def test_serve_with_a_bad_store_is_one_line(tmp_path, capsys):
    from readout.cli import main

    assert main(["serve", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("readout: error: database") and err.count("\n") == 1
    assert main(["serve", "--db", str(tmp_path / "kb.db"), "--port", "0"]) == 2
