"""The web edge of occasions (issue 15): ``/api/occasions/{id}``, its ``/compare``, the ``/occasions/{id}`` page and
the pair, country, person and meetings pages linking to it, over a store of two reports of one phone call written
for this test, one in each side's voice (a Kremlin-style and an Akorda-style text), and one hostile document."""
from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("jinja2")
from fastapi.testclient import TestClient  # noqa: E402

from readout.settings import Settings  # noqa: E402
from readout.web import models  # noqa: E402

HUGE = 2**63
# Both sides agree on the power station; only the Kremlin tells of the grain.
KREMLIN = ("Телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым. Состоялся телефонный разговор "
           "Владимира Путина с Президентом Республики Казахстан Касым-Жомартом Токаевым. Обсуждались вопросы "
           "энергетического сотрудничества. Президенты договорились ускорить модернизацию Экибастузской ТЭЦ. "
           "Кроме того, условлено расширить поставки российского зерна в Казахстан.")
AKORDA = ("Глава государства провёл телефонный разговор с Президентом России Владимиром Путиным. Касым-Жомарт "
          "Токаев поздравил Владимира Путина с Днём России. Стороны договорились ускорить модернизацию "
          "Экибастузской ТЭЦ. «Мы ценим надёжное партнёрство с Россией», – подчеркнул Токаев.")
HOSTILE = ("Касым-Жомарт Токаев провёл переговоры с Ильхамом Алиевым в Астане <b>жирно</b>. Президенты "
           "договорились удвоить товарооборот <script>alert('c')</script> до 1 млрд долларов.")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from readout.model import Document
    from readout.pipeline import extract
    from readout.store import open_store, prepare, save
    from readout.web.app import create_app

    docs = [Document(text=KREMLIN, id="k7", url="http://kremlin.ru/events/president/news/7", date="2025-06-12",
                     title="Телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым",
                     publisher="kremlin.ru"),
            Document(text=AKORDA, id="a7", url="https://www.akorda.kz/ru/7", date="2025-06-12",
                     title="Глава государства провёл телефонный разговор с Президентом России Владимиром Путиным",
                     publisher="akorda.kz"),
            Document(text=HOSTILE, id="h1", url="javascript:alert(1)", date="2025-07-01",
                     title="<script>alert('title')</script>", publisher="<img src=x onerror=alert(2)>")]
    path = str(tmp_path_factory.mktemp("occasions") / "kb.db")
    with open_store(path) as store:
        for doc in docs:
            with store.write() as s:
                save(s, prepare(extract(doc)))
    with TestClient(create_app(path, settings=Settings.from_env(environ={}))) as c:
        yield c


@pytest.fixture(scope="module")
def call(client) -> dict:
    """The phone call: the one occasion of Russia and Kazakhstan."""
    found = client.get("/api/meetings", params={"country": ["RU", "KZ"]}).json()
    assert found["total"] == 1, found
    return found["items"][0]


def test_the_call_is_one_occasion_with_both_reports(client, call):
    o = client.get(f"/api/occasions/{call['id']}").json()
    models.Meeting.model_validate(o)
    assert o == call  # the same item as the meetings list and `readout meetings --format json`
    assert o["kinds"] == ["phone_call"] and o["date"] == "2025-06-12" and o["countries"] == ["KZ", "RU"]
    assert {d["publisher"] for d in o["documents"]} == {"kremlin.ru", "akorda.kz"}
    assert set(o["documents"][0]) == {"id", "publisher", "url", "title", "date"}


def test_compare_names_the_commitment_only_one_side_reports(client, call):
    both = client.get(f"/api/occasions/{call['id']}/compare").json()
    models.Comparison.model_validate(both)
    assert both["occasion"]["id"] == call["id"] and both["sides"] == ["KZ", "RU"]
    assert [r["publisher"] for r in both["reports"]] == ["akorda.kz", "kremlin.ru"] and \
        all(r["official"] for r in both["reports"])
    shared, = both["matches"]
    assert shared["sides"] == ["KZ", "RU"] and all("Экибастузской ТЭЦ" in e["text"] for e in shared["commitments"])
    only = [(m["side"], m["missing"], e["text"]) for m in both["only"] for e in m["commitments"]]
    assert only == [("RU", ["KZ"], "условлено расширить поставки российского зерна в Казахстан")]
    akorda = both["reports"][0]
    assert any(q["direct"] and "партнёрство" in q["text"] for s in akorda["quotes"] for q in s["quotes"])


@pytest.mark.parametrize("path", ["/api/occasions/999999", "/api/occasions/999999/compare", f"/api/occasions/{HUGE}",
                                  "/occasions/999999", f"/occasions/{HUGE}"])
def test_an_unknown_occasion_is_not_found(client, path):
    r = client.get(path)
    assert r.status_code == 404, (path, r.status_code)
    if path.startswith("/api"):
        assert r.json()["detail"].startswith("occasion ") and r.json()["detail"].endswith(" not found")
    else:
        assert r.headers["content-type"].startswith("text/html")


def test_the_occasion_page_shows_both_reports_side_by_side(client, call):
    body = client.get(f"/occasions/{call['id']}").text
    reports = body.split('id="reports"', 1)[1].split("</table>", 1)[0]
    for d in call["documents"]:
        assert f'<a href="/documents/{d["id"]}">{d["title"]}</a>' in reports and d["publisher"] in reports
    assert "2025-06-12" in body and "phone call" in body
    sides = re.findall(r'<section class="side" id="side-\d+">\s*<h3>(\w+) <small>(\w+)</small>', body)
    assert sides == [("KZ", "official"), ("RU", "official")]
    matches = body.split('id="matches"', 1)[1].split("</section>", 1)[0]
    assert matches.count("Экибастузской ТЭЦ") == 2
    only = body.split('id="only"', 1)[1].split("</section>", 1)[0]
    assert "only RU" in only and "зерна" in only and "ТЭЦ" not in only
    assert "<b>Касым-Жомарт Токаев</b>: <a href=\"/documents/" in body and "«Мы ценим надёжное партнёрство с Россией»" in body


def test_pair_country_and_person_pages_link_to_the_occasion(client, call):
    link = f'href="/occasions/{call["id"]}"'
    putin = client.get("/api/entities", params={"name": "Путин", "kind": "person"}).json()["items"][0]
    for path in ("/pairs/KZ-RU", "/countries/RU", "/countries/KZ", f"/entities/{putin['id']}"):
        body = client.get(path).text
        assert link in body, path
    pair = client.get("/api/pairs/KZ-RU").json()
    assert [m["id"] for m in pair["meetings"]] == [call["id"]]
    country = client.get("/api/countries/RU").json()
    models.Country.model_validate(country)
    assert [o["id"] for o in country["occasions"]] == [call["id"]]
    person = client.get(f"/api/entities/{putin['id']}").json()
    models.EntityDetail.model_validate(person)
    assert [o["id"] for o in person["occasions"]] == [call["id"]] and person["events"]


def test_the_meetings_page_links_each_occasion_to_its_page(client, call):
    body = client.get("/meetings").text
    rows = re.findall(r'<tr data-id="(\d+)"><td class="date"><a href="/occasions/(\d+)">', body)
    assert rows and all(a == b for a, b in rows) and str(call["id"]) in {a for a, _ in rows}


def test_the_occasion_routes_are_in_the_openapi_docs(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/occasions/{occasion_id}", "/api/occasions/{occasion_id}/compare"):
        ok = paths[path]["get"]["responses"]
        assert "404" in ok and "$ref" in ok["200"]["content"]["application/json"]["schema"], path


def test_a_hostile_occasion_page_escapes_what_its_document_says(client):
    hostile = client.get("/api/meetings", params={"country": ["KZ", "AZ"]}).json()["items"]
    assert hostile
    body = client.get(f"/occasions/{hostile[0]['id']}").text
    for raw in ("<script>alert", "<img src=x", "<b>жирно", 'href="javascript:'):
        assert raw not in body, raw
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in body
