"""The live status page in a real headless Chromium, against the service on a real broker.

Chromium and chromedriver come from Debian (`apt-get install chromium chromium-driver`);
selenium drives them. The screenshot is saved to artifacts/live-view.png.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.kafka.harness import REPO, produce
from tests.stories import json_story, story_text

ARTIFACTS = REPO / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    """Headless Chromium with a fresh profile; chromedriver and the browser are stopped
    (by their process) when the test ends."""
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip(
            "Chromium is not installed: apt-get install chromium chromium-driver "
            "(Debian packages) to run the live-view browser test"
        )
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--window-size=1280,1000",
    ):
        options.add_argument(arg)
    service = Service(executable_path=CHROMEDRIVER, log_output=str(tmp_path / "chromedriver.log"))
    driver = webdriver.Chrome(service=service, options=options)
    try:
        yield driver
    finally:
        driver.quit()


def text(driver: Any, element_id: str) -> str:
    """An element's text, read in one script call (no stale element between find and read)."""
    return str(
        driver.execute_script(
            "const e = document.getElementById(arguments[0]); return e ? e.innerText : null",
            element_id,
        )
    )


def wait_for(driver: Any, condition: Any, what: str, timeout: float = 60) -> None:
    from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        # The page re-renders every second: an element read mid-update is just tried again.
        WebDriverWait(
            driver, timeout, poll_frequency=0.2,
            ignored_exceptions=(StaleElementReferenceException,),
        ).until(condition)  # fmt: skip
    except TimeoutException:
        ARTIFACTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "live-view-failed.png"))
        raise AssertionError(f"page never showed {what}: {driver.page_source[:3000]}") from None


def test_status_page_shows_live_figures_and_decisions(broker, topics, start_service, browser):
    """The page loads from the service with nothing from elsewhere, shows the service
    ready with zero totals, then, after stories are produced and without a reload: the
    totals and rates of inputs, published stories, variants and dead letters, the lag of
    each input partition, and the decisions with headline, matched story and score."""
    svc = start_service()
    svc.wait_ready()
    browser.get(svc.http + "/")
    assert browser.title == "wire-ingest"
    wait_for(
        browser,
        lambda d: text(d, "state") == "ready" and text(d, "in-total") == "0",
        "the ready service with zero totals",
    )
    assert text(browser, "recent") == "nothing decided yet"

    stories = [json_story(1), json_story(2), json_story(1, copy=1), b"{broken"]
    asyncio.run(produce(broker.bootstrap, topics.raw, stories, key=b"one-partition"))

    wait_for(
        browser,
        lambda d: text(d, "in-total") == "4" and text(d, "in-rate") not in ("\u2013", "0.0"),
        "4 inputs and a non-zero input rate",
    )
    assert text(browser, "published-total") == "2"
    assert text(browser, "variants-total") == "1"
    assert text(browser, "dead_letters-total") == "1"
    assert text(browser, "variant-share") == "33.3%"
    assert text(browser, "dead-letter-share") == "25.0%"

    # Lag is reported for every owned partition (refreshed every few seconds), idle ones
    # included; the one partition that got the four inputs is fully consumed.
    def lag_rows(d: Any) -> list[list[str]]:
        # One script call reads the table atomically (it is replaced on every update).
        rows = d.execute_script(
            "return [...document.querySelectorAll('#lag tr')]"
            ".map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent.trim()))"
        )
        return sorted(rows)

    expected = [[f"{topics.raw}/{p}", "0"] for p in range(3)]
    wait_for(browser, lambda d: lag_rows(d) == expected, "zero lag on all three partitions")

    wait_for(
        browser,
        lambda d: len(d.find_elements("css selector", "#recent tr")) == 4,
        "4 decisions",
    )
    rows = [
        [td.text for td in tr.find_elements("css selector", "td")]
        for tr in browser.find_elements("css selector", "#recent tr")
    ]
    # Newest first: the broken input, the republication, then the two originals.
    assert rows[0][1] == "dead letter: invalid_json"
    assert rows[1][1:] == ["variant_of", story_text(1)[0], "test-1-copy1", "test-1", "1.00"]
    assert rows[2][1:4] == ["new", story_text(2)[0], "test-2"]
    assert rows[3][1:4] == ["new", story_text(1)[0], "test-1"]

    origin = svc.http
    resources = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert all(str(url).startswith(origin) for url in resources), resources

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "live-view.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert svc.stop() == 0
