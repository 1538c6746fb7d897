"""End to end: headless Chromium (Debian's ``chromium``, driven by Playwright) against ``readout serve`` on
127.0.0.1 over the dev documents: home → search a quote → its document, where the quote is highlighted in its
speaker's colour → the KZ–AZ pair page, whose chart renders. Any console error or dialog fails the test.

Skipped outside CI when Playwright or /usr/bin/chromium is missing; with ``CI`` set they must be there.
``READOUT_SCREENSHOTS=docs/screenshots`` also saves screenshots of the main pages there.
"""
from __future__ import annotations

import pytest

from server_fixtures import chromium, need_browser, serving, watched_page
from server_fixtures import shot as _shot
from bundled import DEV

HOSTILE = """title <script>alert('title')</script><img src=x onerror=alert('img')>
source javascript:alert(1)
date 2025-06-01

Касым-Жомарт Токаев провёл переговоры с Ильхамом Алиевым. «Мы придаём значение <script>alert('quote')</script> \
<img src=x onerror=alert('quote')> сотрудничеству», – заявил Токаев.
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    need_browser()
    from readout.ingest import ingest

    folder = tmp_path_factory.mktemp("e2e")
    db = f"sqlite:///{folder / 'kb.db'}"
    summary = ingest([str(DEV)], db, workers=1, progress=False)
    assert summary.failed == 0, summary
    with serving(db, folder) as base:
        yield base, db


@pytest.fixture(scope="module")
def browser(server):  # noqa: ARG001 - the server starts first
    with chromium() as b:
        yield b


@pytest.fixture
def page(browser):
    """A page that records console errors, uncaught exceptions and dialogs; the test fails on any."""
    pg = watched_page(browser, viewport={"width": 1280, "height": 900})
    yield pg
    pg.context.close()
    assert not pg.problems, pg.problems


def _background(pg, selector: str) -> str:
    return pg.eval_on_selector(selector, "el => getComputedStyle(el).backgroundColor")


def test_search_a_quote_see_it_in_its_speakers_colour_then_the_pair_chart(server, page):
    server, _ = server
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "The corpus at a glance"
    _shot(page, "home")
    page.fill("#home-q", "придаю визиту особое значение")
    page.press("#home-q", "Enter")
    page.wait_for_url("**/search?q=*")
    hit = page.locator("li.hit-quote").first
    speaker = hit.locator(".who").inner_text().lstrip("— ").strip()
    assert speaker == "Касым-Жомарт Токаев"
    _shot(page, "search")
    hit.locator("a.hit-link").click()
    page.wait_for_url("**/documents/*#q-*")
    quote_id = page.url.rsplit("#q-", 1)[1]
    segment = f'.seg.q[data-quote="{quote_id}"]'
    assert page.locator(segment).count() >= 1
    assert "придаю этому визиту особое значение" in " ".join(page.locator(segment).all_inner_texts())
    legend = page.locator("li.speaker", has_text=speaker).locator(".swatch")
    swatch = legend.evaluate("el => getComputedStyle(el).backgroundColor")
    assert swatch not in ("rgba(0, 0, 0, 0)", "transparent")
    assert _background(page, segment) == swatch
    other = page.locator("li.speaker").filter(has_not_text=speaker).locator(".swatch")
    if other.count():
        assert other.first.evaluate("el => getComputedStyle(el).backgroundColor") != swatch
    _shot(page, "document")
    page.goto(server + "/")
    page.click('a[href="/pairs/AZ-KZ"]')
    page.wait_for_url("**/pairs/AZ-KZ")
    chart = page.locator('#events-chart div.vega[data-rendered="true"]')
    chart.wait_for(timeout=15000)
    assert chart.locator("svg").count() == 1
    assert chart.locator("svg .mark-rect path, svg .mark-rect rect").count() >= 1
    page.locator('#threads-chart div.vega[data-rendered="true"]').wait_for(timeout=15000)
    _shot(page, "pair")


def test_other_pages_render_without_errors(server, page):
    server, _ = server
    for path, name in (("/countries/RU", "country"), ("/docs", None), ("/people", None)):
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
        if name:
            page.locator('div.vega[data-rendered="true"]').first.wait_for(timeout=15000)
            _shot(page, name)
    page.goto(server + "/docs")
    page.locator(".swagger-ui .opblock").first.wait_for(timeout=15000)
    assert page.locator(".swagger-ui .opblock").count() >= 10
    thread = page.evaluate("async () => (await (await fetch('/api/threads?party=AZ&party=KZ')).json()).items[0].id")
    page.goto(f"{server}/threads/{thread}")
    assert page.locator("ol.timeline li.step").count() >= 1
    _shot(page, "thread")


def test_the_hostile_document_runs_nothing(server, page, tmp_path):
    """Runs last: the hostile document is added to the running server's store, after the screenshots."""
    from readout.ingest import ingest

    server, db = server
    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    assert ingest([str(tmp_path / "hostile.txt")], db, workers=1, progress=False).added == 1
    page.goto(server + "/search?q=сотрудничеству&kind=quote")
    page.locator("a.hit-link", has_text="img src=x").first.click()
    page.wait_for_load_state("load")
    text = page.locator("article.text").inner_text()
    assert "<script>alert('quote')</script>" in text and "<img src=x onerror=alert('quote')>" in text
    assert page.locator("article.text img, article.text script").count() == 0
    assert "<img src=x" in page.locator("h1").inner_text()
    assert page.locator("a[href^='javascript']").count() == 0
    for path in ("/", "/documents", "/entities/1"):
        page.goto(server + path)
        page.wait_for_load_state("load")
