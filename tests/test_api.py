"""The API's filtered lists and its errors over a small hand-built store: totals, CSV rows equal to the JSON page,
404 for ids no store can hold and for countries a path names that are none or unknown, 422 for unknown codes,
kinds and impossible dates given as query values (as on the pages), OpenAPI
models that real answers validate against, security headers on every answer, a 500 included."""
from __future__ import annotations

import csv
import io

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from readout.settings import Settings  # noqa: E402
from readout.web import models  # noqa: E402
from store_fixtures import kz_az_record, store_records  # noqa: E402

HUGE = 2**63


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from readout.web.app import create_app

    path = str(tmp_path_factory.mktemp("api") / "kb.db")
    store_records(path, kz_az_record(url="https://akorda.kz/1", date="2025-01-10", deadline="2025-06-30"),
                  kz_az_record(url="https://akorda.kz/2", date="2025-03-10", kind="intent",
                               commitment="подтвердили намерение удвоить товарооборот"),
                  kz_az_record(url="https://akorda.kz/3", date="2025-04-01",
                               commitment="договорились открыть фонд прямых инвестиций")).close()
    with TestClient(create_app(path, settings=Settings.from_env(environ={}))) as c:
        yield c


def test_lists_have_totals_and_pages(client):
    page = client.get("/api/commitments", params={"party": ["KZ", "AZ"], "limit": 2}).json()
    assert (page["total"], len(page["items"]), page["previous"]) == (3, 2, None)
    last = client.get(page["next"]).json()
    assert (last["total"], len(last["items"]), last["next"], last["offset"]) == (3, 1, None, 2)
    assert client.get("/api/commitments", params={"offset": 50}).json() | {"previous": None} == {
        "items": [], "total": 3, "limit": 20, "offset": 50, "next": None, "previous": None}
    assert client.get("/api/documents").json()["total"] == 3
    assert client.get("/api/entities", params={"kind": "person"}).json()["total"] == 2
    assert client.get("/api/threads", params={"status": "overdue"}).json()["items"][0]["why"].startswith(
        "overdue: deadline 2025-06-30 passed")
    meetings = client.get("/api/meetings", params={"country": ["KZ", "AZ"], "since": "2025-03-01"}).json()
    assert meetings["total"] == 2 and meetings["items"][0]["kinds"] == ["talks"]
    assert client.get("/api/quotes", params={"direct": "false"}).json()["total"] == 0
    assert client.get("/api/commitments", params={"has_target": "true"}).json()["total"] == 2  # 1 bn USD; ×2


def test_csv_rows_equal_the_json_page(client):
    params = {"party": "KZ", "status": "overdue", "limit": 5}
    page = client.get("/api/commitments", params=params).json()
    answer = client.get("/api/commitments", params=params | {"format": "csv"})
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert [int(r["id"]) for r in rows] == [c["id"] for c in page["items"]] and rows
    assert rows[0]["parties"] == "AZ; KZ" and rows[0]["text"] == page["items"][0]["text"]


def test_search_csv_has_plain_columns(client):
    params = {"q": "товарооборот", "kind": "commitment"}
    rows = list(csv.DictReader(io.StringIO(client.get("/api/search", params=params | {"format": "csv"}).text)))
    hits = client.get("/api/search", params=params).json()["items"]
    assert [int(r["id"]) for r in rows] == [h["id"] for h in hits] and rows
    assert "marks" not in rows[0] and rows[0]["snippet"] == hits[0]["snippet"]
    assert (int(rows[0]["start"]), int(rows[0]["stop"])) == (hits[0]["start"], hits[0]["stop"])
    meetings = client.get("/api/meetings", params={"format": "csv"}).text
    assert next(csv.DictReader(io.StringIO(meetings)))["participants"] == \
        "Ильхам Алиев (AZ); Касым-Жомарт Токаев (KZ)"


def test_pages_show_targets_as_the_cli_does(client):
    from readout.humanize import amount, factor

    shown = (f"target {amount(1e9, 'USD')}", factor(2.0))
    assert shown == ("target 1 млрд USD", "×2")
    doc = client.get("/api/documents").json()["items"][-1]["id"]
    for path in ("/commitments?has_target=yes", f"/documents/{doc}"):
        body = client.get(path).text
        assert all(s in body for s in shown) and "1 000 000 000" not in body, path


@pytest.mark.parametrize("page, api, params, count", [
    ("/meetings", "/api/meetings", {"country": "KZ AZ", "since": "2025-03-01"}, 2),
    ("/meetings", "/api/meetings", {"kind": "talks", "status": "held", "person": "Алиев"}, 3),
    ("/quotes", "/api/quotes", {"person": "Токаев", "speech": "direct", "until": "2025-03-31"}, 2),
    ("/quotes", "/api/quotes", {"speech": "reported"}, 0),
    ("/quotes", "/api/quotes", {"about": "энергетике", "country": "KZ"}, 3),
])
def test_meetings_and_quotes_pages_filter_count_and_link_their_rows(client, page, api, params, count):
    import re

    body = client.get(page, params=params).text
    ids = [int(i) for i in re.findall(r'<tr data-id="(\d+)"', body)]
    assert len(ids) == count
    assert (f"1–{count} of {count}" if count else "No ") in body
    links = dict(re.findall(r'<a class="(csv|json)" href="([^"]+)"', body))
    assert links["csv"].startswith(api + "?") and links["json"].startswith(api)
    csv_rows = list(csv.DictReader(io.StringIO(client.get(links["csv"].replace("&amp;", "&")).text)))
    assert [int(r["id"]) for r in csv_rows] == ids
    assert [i["id"] for i in client.get(links["json"].replace("&amp;", "&")).json()["items"]] == ids


@pytest.mark.parametrize("path", ["/meetings?kind=alien", "/meetings?country=XX", "/quotes?country=XX",
                                  "/quotes?since=2025-02-30"])
def test_meetings_and_quotes_pages_refuse_bad_filters(client, path):
    answer = client.get(path)
    assert answer.status_code == 422 and answer.headers["content-type"].startswith("text/html")


def test_search_syntax_snippets_and_total(client):
    found = client.get("/api/search", params={"q": '"удвоить товарооборот" OR фонд*', "kind": "commitment"}).json()
    assert found["total"] == 3
    hit = found["items"][0]
    assert all(hit["snippet"][a:b] for a, b in hit["marks"]) and hit["marks"]


@pytest.mark.parametrize("path", [f"/api/documents/{HUGE}", f"/api/entities/{HUGE}", f"/api/threads/{HUGE}",
                                  f"/api/documents/{-HUGE - 1}", "/api/countries/FR", "/api/documents/999",
                                  "/api/countries/XX", "/api/countries/kzz", "/api/pairs/XX-KZ"])
def test_missing_or_impossible_ids_are_404_json(client, path):
    answer = client.get(path)
    assert answer.status_code == 404 and isinstance(answer.json()["detail"], str)
    assert "default-src 'self'" in answer.headers["content-security-policy"]


@pytest.mark.parametrize("path", [f"/documents/{HUGE}", f"/entities/{HUGE}", f"/threads/{HUGE}"])
def test_pages_for_impossible_ids_are_404_pages(client, path):
    answer = client.get(path)
    assert answer.status_code == 404 and answer.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("path, params", [
    ("/api/meetings", {"kind": "alien"}), ("/api/commitments", {"kind": "alien"}),
    ("/api/entities", {"kind": "alien"}), ("/api/search", {"since": "2025-13-45"}),
    ("/api/commitments", {"since": "2025-02-30"}), ("/api/documents", {"country": "XX"}),
    ("/api/threads", {"party": "XX"}), ("/api/quotes", {"direct": "maybe"}), ("/api/search", {"country": "XX"}),
])
def test_unknown_codes_kinds_and_impossible_dates_are_422(client, path, params):
    answer = client.get(path, params=params)
    assert answer.status_code == 422, answer.text
    assert models.Problem.model_validate(answer.json()).detail


def test_the_pages_refuse_the_same_things(client):
    for path in ("/countries/XX", "/countries/FR", "/pairs/XX-KZ"):
        assert client.get(path).status_code == 404 == client.get("/api" + path).status_code, path
    assert client.get("/api/countries/kz").json()["country"] == "KZ"
    assert client.get("/search", params={"since": "2025-13-45"}).status_code == 200  # the form says what is wrong
    assert "expected a date YYYY-MM-DD" in client.get("/search", params={"since": "2025-13-45"}).text


def test_openapi_describes_the_real_bodies(client):
    spec = client.get("/openapi.json").json()

    def loose(node) -> bool:  # an object schema that says nothing of its fields (Swagger's "additionalProp1")
        if isinstance(node, dict):
            if node.get("additionalProperties") is True or (node.get("type") == "object" and not
                                                              {"properties", "additionalProperties"} & set(node)):
                return True
            return any(loose(v) for v in node.values())
        return isinstance(node, list) and any(loose(v) for v in node)

    for path, methods in spec["paths"].items():
        if "get" in methods:
            ok = methods["get"]["responses"]["200"]["content"]
            assert "schema" in ok.get("application/json", {}), path
            assert not loose(ok), path
    assert not loose(spec["components"]["schemas"])
    op = spec["paths"]["/api/commitments"]["get"]
    ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    page_schema = spec["components"]["schemas"][ref]
    assert {"items", "total", "limit", "offset", "next", "previous"} <= set(page_schema["properties"])
    assert op["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/Problem")
    for path, model in (("/api/commitments", models.Page[models.Commitment]),
                        ("/api/quotes", models.Page[models.Quote]), ("/api/meetings", models.Page[models.Meeting]),
                        ("/api/threads", models.Page[models.Thread]), ("/api/search?q=товарооборот",
                                                                      models.Page[models.Hit]),
                        ("/api/documents", models.Page[models.DocumentHead]),
                        ("/api/entities", models.Page[models.Entity])):
        model.model_validate(client.get(path).json())


def test_every_get_answers_its_model(client):
    doc = client.get("/api/documents").json()["items"][0]["id"]
    person = client.get("/api/entities", params={"kind": "person"}).json()["items"][0]["id"]
    thread = client.get("/api/threads", params={"status": "overdue"}).json()["items"][0]["id"]
    for path in ("/api/summary", f"/api/documents/{doc}", f"/api/entities/{person}", f"/api/threads/{thread}",
                 "/api/countries/KZ", "/api/pairs/AZ-KZ"):
        assert client.get(path).status_code == 200, path
    assert client.get(f"/api/threads/{thread}").json()["why"].startswith("overdue: deadline 2025-06-30")


def test_a_server_error_still_carries_the_security_headers(client, monkeypatch):
    import readout.web.api as api

    def broken(_db):
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "summary", broken)
    with TestClient(client.app, raise_server_exceptions=False) as c:
        answer = c.get("/api/summary")
    assert answer.status_code == 500 and answer.json() == {"detail": "internal error"}
    assert answer.headers["x-frame-options"] == "DENY" and "frame-ancestors 'none'" in \
        answer.headers["content-security-policy"]
