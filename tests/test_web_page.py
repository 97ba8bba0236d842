"""The web page in a real headless Chromium (Debian's chromium + chromium-driver, driven by Selenium).

The server runs in a thread on a free port over the seed store; the test reads what the page
drew (SVG elements carry their counts in data- attributes) and compares it with the API.
scripts/test.sh installs chromium and chromium-driver when they are missing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the server extra is not installed: pip install 'communique[server]'")
pytest.importorskip("selenium", reason="selenium is not installed: pip install 'communique[dev]'")

import httpx  # noqa: E402
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from communique.api import create_app  # noqa: E402

from served import serving  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
SHOTS = Path(os.environ.get("COMMUNIQUE_SCREENSHOTS", ""))

pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason=(
    "no headless browser: install Debian's chromium and chromium-driver (scripts/test.sh does it as root)"))


@pytest.fixture(scope="module")
def base_url(seed_store: Path) -> Iterator[str]:
    with serving(create_app(seed_store)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1300"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=str(DRIVER)), options=opts)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _api(base: str, path: str, **params: Any) -> Any:
    r = httpx.get(base + path, params=params, timeout=30)
    r.raise_for_status()
    return r.json()


def _ready(driver: webdriver.Chrome) -> None:
    WebDriverWait(driver, 60).until(
        lambda d: d.find_element(By.ID, "status").get_attribute("data-ready") == "1")


def _ints(driver: webdriver.Chrome, css: str, attr: str = "data-count") -> list[int]:
    return [int(e.get_attribute(attr)) for e in driver.find_elements(By.CSS_SELECTOR, css)]


@pytest.fixture(scope="module")
def page(browser: webdriver.Chrome, base_url: str) -> webdriver.Chrome:
    browser.get(base_url + "/")
    _ready(browser)
    return browser


def test_panels_draw_the_servers_counts(page: webdriver.Chrome, base_url: str) -> None:
    assert page.find_element(By.ID, "error").get_attribute("hidden") is not None, \
        page.find_element(By.ID, "error").text
    timeline = _api(base_url, "/api/aggregates/timeline", interval="month", by="class")
    assert sum(_ints(page, "#timeline rect.bar")) == sum(r["count"] for r in timeline["series"]) > 0
    dyads = _api(base_url, "/api/aggregates/dyads", limit=60)
    assert sorted(_ints(page, "#network line")) == sorted(e["count"] for e in dyads["edges"])
    assert len(page.find_elements(By.CSS_SELECTOR, "#network circle")) == len(dyads["nodes"])
    countries = {c["country"]: c["count"] for c in _api(base_url, "/api/aggregates/countries")["countries"]}
    usa = page.find_element(By.CSS_SELECTOR, '#map path[data-code="USA"]')
    assert int(usa.get_attribute("data-count")) == countries["USA"] > 0
    assert usa.get_attribute("fill") != "#d9dde3"  # shaded, not the no-data grey
    total = _api(base_url, "/api/events", size=1)["total"]
    assert int(page.find_element(By.ID, "table-count").get_attribute("data-total")) == total
    assert len(page.find_elements(By.CSS_SELECTOR, "#events tbody tr")) == min(50, total)
    if SHOTS.name:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.save_screenshot(str(SHOTS / "page.png"))


def test_nothing_is_fetched_from_another_origin(page: webdriver.Chrome, base_url: str) -> None:
    urls = page.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert urls and all(u.startswith(base_url) for u in urls), [u for u in urls if not u.startswith(base_url)]


def test_a_row_opens_its_evidence_highlighted_in_the_article(page: webdriver.Chrome, base_url: str) -> None:
    rows = page.find_elements(By.CSS_SELECTOR, "#events tbody tr")
    row = rows[3]
    event_id, doc_id = row.get_attribute("data-event-id"), row.get_attribute("data-doc-id")
    row.click()
    WebDriverWait(page, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#evidence .text mark"))
    report = next(r for r in _api(base_url, f"/api/events/{event_id}")["reports"] if r["doc_id"] == doc_id)
    mark = page.find_element(By.CSS_SELECTOR, "#evidence .text mark")
    assert mark.get_attribute("textContent") == report["evidence"]["text"]
    article = page.find_element(By.CSS_SELECTOR, "#evidence .text").get_attribute("textContent")
    assert len(article) > len(report["evidence"]["text"])  # the whole article, not only the sentence
    if SHOTS.name:
        page.save_screenshot(str(SHOTS / "evidence.png"))


def test_filters_paging_and_export_follow_the_selection(page: webdriver.Chrome, base_url: str) -> None:
    box = page.find_element(By.NAME, "actor")
    box.clear()
    box.send_keys("JPN")
    page.find_element(By.CSS_SELECTOR, "#filters button[type=submit]").click()
    _ready(page)
    first = _api(base_url, "/api/events", actor="JPN", size=50)
    assert int(page.find_element(By.ID, "table-count").get_attribute("data-total")) == first["total"] > 0
    ids = [r.get_attribute("data-event-id") for r in page.find_elements(By.CSS_SELECTOR, "#events tbody tr")]
    assert ids == [e["event_id"] for e in first["events"]]
    assert "actor=JPN" in page.find_element(By.ID, "export").get_attribute("href")
    page.find_element(By.NAME, "actor").clear()
    page.find_element(By.CSS_SELECTOR, "#filters button[type=submit]").click()
    _ready(page)
    second = _api(base_url, "/api/events", size=50, cursor=_api(base_url, "/api/events", size=50)["next_cursor"])
    page.find_element(By.ID, "next").click()
    # the table re-renders while it is read: a row found just before is then stale, so look again
    WebDriverWait(page, 30, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "#events tbody tr")
                                  .get_attribute("data-event-id") == second["events"][0]["event_id"])


def test_brushing_the_timeline_picks_a_period(page: webdriver.Chrome, base_url: str) -> None:
    page.find_element(By.ID, "reset").click()
    _ready(page)
    bars = page.find_elements(By.CSS_SELECTOR, "#timeline rect.bar")
    periods = sorted({b.get_attribute("data-period") for b in bars})
    svg = page.find_element(By.ID, "timeline")
    width = svg.size["width"]
    # drag over the right half of the plot
    ActionChains(page).move_to_element_with_offset(svg, width // 4 - 10, 0).click_and_hold() \
        .move_by_offset(width // 4, 0).release().perform()
    _ready(page)
    since = page.find_element(By.NAME, "since").get_attribute("value")
    until = page.find_element(By.NAME, "until").get_attribute("value")
    assert since and until and since <= until and periods[0] <= since and until <= periods[-1]
    expected = _api(base_url, "/api/events", since=since, until=until, size=1)["total"]
    assert int(page.find_element(By.ID, "table-count").get_attribute("data-total")) == expected > 0
