"""End to end in headless Chromium against ``readout serve`` on 127.0.0.1 over a small hand-built store: the
commitments, threads, meetings and quotes pages with a filter applied and a CSV download whose rows equal the
page's; a search hit with the match highlighted; a document page with a target and its source link; a 390 px wide
page with no sideways scrolling (a document holds a 5,000-letter word); the API's 404 and 422 answers. Any console error or
dialog fails a test. ``READOUT_SCREENSHOTS=docs/screenshots`` saves screenshots of the new pages there.

Skipped outside CI when Playwright or /usr/bin/chromium is missing; with ``CI`` set they must be there.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from server_fixtures import chromium, need_browser, serving, watched_page
from server_fixtures import shot as _shot
from store_fixtures import kz_az_record, store_records


def _store(path: Path) -> None:
    long_word = "Ы" * 5000
    fund = "договорились открыть фонд прямых инвестиций"
    base = kz_az_record(commitment=fund).document.text
    records = [kz_az_record(url="https://akorda.kz/1", date="2025-01-10", deadline="2025-06-30"),
               kz_az_record(url="https://akorda.kz/2", date="2025-03-10", kind="intent",
                            commitment="подтвердили намерение удвоить товарооборот"),
               kz_az_record(base + " " + long_word, url="https://akorda.kz/3", date="2025-04-01",
                            commitment=fund)]
    store_records(str(path), *records).close()


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    need_browser()
    folder = tmp_path_factory.mktemp("e2e-lists")
    _store(folder / "kb.db")
    with serving(str(folder / "kb.db"), folder) as url:
        yield url


@pytest.fixture(scope="module")
def browser(base):  # noqa: ARG001 - the server starts first
    with chromium() as b:
        yield b


def _page(browser, width: int = 1280):
    return watched_page(browser, viewport={"width": width, "height": 900}, accept_downloads=True)


@pytest.fixture
def page(browser):
    pg = _page(browser)
    yield pg
    pg.context.close()
    assert not pg.problems, pg.problems


def _csv_ids(pg) -> list[int]:
    with pg.expect_download() as info:
        pg.click("p.downloads a.csv")
    text = Path(info.value.path()).read_text(encoding="utf-8")
    return [int(row["id"]) for row in csv.DictReader(io.StringIO(text))]


def test_commitments_filtered_and_their_csv(base, page):
    page.goto(base + "/commitments")
    assert "1–3 of 3" in page.inner_text("nav.pager .range")
    page.select_option("#commitment-filters select[name=status]", "overdue")
    page.click("#commitment-filters button")
    page.wait_for_url("**status=overdue**")
    rows = page.eval_on_selector_all("#commitment-rows tr[data-id]", "trs => trs.map(t => +t.dataset.id)")
    assert len(rows) == 2 and "of 2" in page.inner_text("nav.pager .range")
    assert _csv_ids(page) == rows
    assert "target 1 млрд USD" in page.inner_text("#commitment-rows")
    _shot(page, "commitments")


def test_threads_filtered_with_their_status_explained_and_csv(base, page):
    page.goto(base + "/threads")
    page.fill("#thread-filters input[name=party]", "KZ AZ")
    page.select_option("#thread-filters select[name=status]", "overdue")
    page.click("#thread-filters button")
    page.wait_for_url("**status=overdue**")
    rows = page.eval_on_selector_all("#thread-rows tr[data-id]", "trs => trs.map(t => +t.dataset.id)")
    assert rows and _csv_ids(page) == rows
    assert "deadline 2025-06-30 passed as of" in page.inner_text("#thread-rows .why")
    _shot(page, "threads")


def test_meetings_filtered_and_their_csv(base, page):
    page.goto(base + "/meetings")
    assert "1–3 of 3" in page.inner_text("nav.pager .range")
    page.fill("#meeting-filters input[name=country]", "KZ AZ")
    page.fill("#meeting-filters input[name=since]", "2025-03-01")
    page.click("#meeting-filters button")
    page.wait_for_url("**since=2025-03-01**")
    rows = page.eval_on_selector_all("#meeting-rows tr[data-id]", "trs => trs.map(t => +t.dataset.id)")
    assert len(rows) == 2 and "of 2" in page.inner_text("nav.pager .range")
    assert _csv_ids(page) == rows
    assert "Ильхам Алиев (AZ)" in page.inner_text("#meeting-rows")
    _shot(page, "meetings")


def test_quotes_filtered_and_their_csv(base, page):
    page.goto(base + "/quotes")
    page.fill("#quote-filters input[name=person]", "Токаев")
    page.select_option("#quote-filters select[name=speech]", "direct")
    page.fill("#quote-filters input[name=until]", "2025-03-31")
    page.click("#quote-filters button")
    page.wait_for_url("**speech=direct**")
    rows = page.eval_on_selector_all("#quote-rows tr[data-id]", "trs => trs.map(t => +t.dataset.id)")
    assert len(rows) == 2 and "1–2 of 2" in page.inner_text("nav.pager .range")
    assert _csv_ids(page) == rows
    assert "«Мы придаём большое значение" in page.inner_text("#quote-rows")
    _shot(page, "quotes")


def test_a_search_hit_has_its_match_highlighted(base, page):
    page.goto(base + "/search?q=" + "энергетика&kind=quote")
    marks = page.eval_on_selector_all("ol.hits mark", "ms => ms.map(m => m.textContent)")
    assert marks and set(marks) == {"энергетике"}
    assert "of 3" in page.inner_text("nav.pager .range")
    _shot(page, "search-marks")


def test_the_document_page_shows_a_target_and_its_source(base, page):
    doc = next(d["id"] for d in page.request.get(base + "/api/documents").json()["items"] if d["date"] == "2025-01-10")
    page.goto(f"{base}/documents/{doc}")
    assert page.get_attribute("dd.source-link a", "href") == "https://akorda.kz/1"
    assert "akorda.kz" in page.inner_text("dd.publisher")
    assert "target 1 млрд USD" in page.inner_text("aside.record") and "×2" in page.inner_text("aside.record")
    assert page.get_attribute("span.seg.q.first", "data-who") == "Касым-Жомарт Токаев"
    _shot(page, "document-facts")


def test_a_390_px_screen_scrolls_only_down(base, browser):
    pg = _page(browser, width=390)
    try:
        for path in ("/", "/documents", "/commitments", "/threads", "/meetings", "/quotes", "/search?q=товарооборот"):
            pg.goto(base + path)
            assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
        doc = next(d["id"] for d in pg.request.get(base + "/api/documents").json()["items"] if d["date"] == "2025-04-01")
        pg.goto(f"{base}/documents/{doc}")
        assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        legend, text = (pg.eval_on_selector(sel, "e => e.getBoundingClientRect().top")
                        for sel in ("#legend", "#text"))
        assert legend < text  # the speakers come first
        _shot(pg, "document-390")
        assert not pg.problems, pg.problems
    finally:
        pg.context.close()


def test_the_api_answers_404_and_422(base, page):
    for path, status in ((f"/api/documents/{2**63}", 404), (f"/api/threads/{2**64}", 404),
                         ("/api/countries/XX", 404), ("/api/search?since=2025-13-45", 422),
                         ("/api/meetings?kind=alien", 422)):
        answer = page.request.get(base + path)
        assert answer.status == status, path
        assert answer.headers["content-security-policy"].startswith("default-src 'self'")
        assert "detail" in answer.json()
