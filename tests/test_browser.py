"""The story report in a real browser: Debian's Chromium, headless, driven by Selenium.

In CI (CI=true) a missing browser is a failure, never a silent skip: `make browser` installs it. Screenshots go to
test-artifacts/ (git-ignored) so a failed run can be looked at.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

import newsledger
from newsledger.ledger import Ledger
from newsledger.report.highlight import anchor
from newsledger.report.html import REPORT_CSS, render_story_body, write_report
from tests.report_kit import harbour_fire

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = ("/usr/bin/chromium", "chromium")
CHROMEDRIVER = ("/usr/bin/chromedriver", "chromedriver")
HIGHLIGHT = "rgba(255, 241, 118, 1)"  # --hl in report.css


def _find(candidates: tuple[str, ...]) -> str | None:
    for name in candidates:
        found = shutil.which(name)
        if found:
            return found
    return None


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="module")
def driver():
    chromium, chromedriver = _find(CHROMIUM), _find(CHROMEDRIVER)
    if chromium is None or chromedriver is None:
        message = ("Debian's chromium and chromium-driver are not installed (/usr/bin/chromium, /usr/bin/chromedriver):"
                   " run `make browser` (apt-get install chromium chromium-driver)")
        if _in_ci():
            pytest.fail(message)
        pytest.skip(message)
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError as exc:  # a dev dependency: its absence is a broken install, not a reason to skip
        pytest.fail(f"selenium is not installed ({exc}): pip install -e '.[dev]'")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--hide-scrollbars",
                "--window-size=1280,1000", "--disable-extensions", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(chromedriver))
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()


def _screenshot(driver, name: str, tmp_path: Path) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    shutil.copy(path, tmp_path / path.name)
    return path


def _open(driver, path: Path, width: int = 1280, height: int = 1000) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get(path.as_uri())


def _wait(condition, timeout: float = 5.0):
    end = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > end:
            return value
        time.sleep(0.05)


def _lit(driver, element_id: str) -> bool:
    """The claim `element_id` is highlighted: its sentence (figures) or itself carries .hl, or it is the :target."""
    return driver.execute_script(
        "const el = document.getElementById(arguments[0]); if (!el) return false;"
        "const sentence = el.closest('.k-sentence');"
        "return el.classList.contains('hl') && (!sentence || sentence.classList.contains('hl'))"
        " && el.matches(':target');", element_id)


def _side_by_side(driver, group_id: str) -> bool:
    from selenium.webdriver.common.by import By

    versions = driver.find_elements(By.CSS_SELECTOR, f"#{group_id} .version")
    if len(versions) < 2 or not all(v.is_displayed() for v in versions):
        return False
    a, b = versions[0].rect, versions[1].rect
    return abs(a["y"] - b["y"]) < 2 and b["x"] >= a["x"] + a["width"] - 1


def _errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


@pytest.fixture(scope="module")
def kit_page(tmp_path_factory) -> tuple[Ledger, Path]:
    ledger = harbour_fire()
    return ledger, write_report(ledger, tmp_path_factory.mktemp("report") / "harbour.html")


def test_hand_built_report_quotes_chart_and_click_to_highlight(driver, kit_page, tmp_path):
    from selenium.webdriver.common.by import By

    ledger, page = kit_page
    _open(driver, page)
    _screenshot(driver, "report-hand-built", tmp_path)
    assert _side_by_side(driver, anchor("al-walls"))
    chart = driver.find_element(By.CSS_SELECTOR, "svg.chart")
    assert chart.is_displayed() and chart.size["height"] > 100

    fig = next(f for f in ledger.figures if f.article == "art-courier" and f.value == 40 and f.source)
    driver.find_element(By.CSS_SELECTOR, f"a.fig-link[href='#{anchor(fig.id)}']").click()
    assert _wait(lambda: _lit(driver, anchor(fig.id)))
    sentence = driver.execute_script("return document.getElementById(arguments[0]).closest('.k-sentence')",
                                      anchor(fig.id))
    assert fig.text in sentence.text and sentence.is_displayed()
    assert sentence.value_of_css_property("background-color") == HIGHLIGHT
    _screenshot(driver, "report-hand-built-clicked", tmp_path)

    # a point of the chart leads to its figure too, and the earlier highlight goes
    other = next(f for f in ledger.figures if f.article == "art-wire")
    driver.find_element(By.CSS_SELECTOR, f"svg.chart a[href='#{anchor(other.id)}']").click()
    assert _wait(lambda: _lit(driver, anchor(other.id)))
    assert not _lit(driver, anchor(fig.id))

    # a split quote lights up in all its pieces
    split = next(s for s in ledger.statements if s.parts)
    driver.find_element(By.CSS_SELECTOR, f".v-text a[href='#{anchor(split.id)}']").click()
    pieces = driver.find_elements(By.CSS_SELECTOR, f"mark.k-statement[data-s~='{anchor(split.id)}']")
    assert len(pieces) == len(split.parts) and _wait(lambda: all("hl" in p.get_attribute("class") for p in pieces))
    assert _errors(driver) == []  # nothing refused by the page's own CSP, no script error


def test_keyboard_reaches_and_follows_a_claim(driver, kit_page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    _, page = kit_page
    _open(driver, page)
    active = ""
    for _ in range(40):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        active = driver.execute_script("const a = document.activeElement; return a.matches('a.claim') ? "
                                       "a.getAttribute('href') : ''")
        if active:
            break
    assert active.startswith("#r-"), "no claim link reachable with Tab"
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    assert _wait(lambda: _lit(driver, active[1:]))


def test_phone_width_and_print(driver, kit_page, tmp_path):
    from selenium.webdriver.common.by import By

    _, page = kit_page
    _open(driver, page, width=375, height=812)
    assert driver.execute_script("return document.documentElement.scrollWidth") <= 375
    versions = driver.find_elements(By.CSS_SELECTOR, f"#{anchor('al-walls')} .version")
    assert versions[1].rect["y"] > versions[0].rect["y"] + versions[0].rect["height"] - 1  # stacked
    _screenshot(driver, "report-phone", tmp_path)
    _open(driver, page)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not driver.find_element(By.CSS_SELECTOR, "nav.toc").is_displayed()
    assert driver.find_element(By.CSS_SELECTOR, "svg.chart").is_displayed()


def test_target_highlights_without_script(driver, kit_page, tmp_path):
    """Where scripts do not run (a mail client, a strict reader view) the :target CSS still marks the claim."""
    from selenium.webdriver.common.by import By

    ledger, _ = kit_page
    page = tmp_path / "no-script.html"
    page.write_text(f"<!doctype html><meta charset=utf-8><style>{REPORT_CSS}</style>"
                    f"{render_story_body(ledger)}", encoding="utf-8")
    _open(driver, page)
    fig = ledger.figures[0]
    driver.find_element(By.CSS_SELECTOR, f"a.fig-link[href='#{anchor(fig.id)}']").click()
    mark = driver.find_element(By.ID, anchor(fig.id))
    assert driver.execute_script("return arguments[0].matches(':target')", mark)
    assert "hl" not in mark.get_attribute("class")
    sentence = driver.execute_script("return arguments[0].closest('.k-sentence')", mark)
    assert sentence.value_of_css_property("background-color") == HIGHLIGHT


def test_seeds_report(driver, seeds_dir, tmp_path):
    from selenium.webdriver.common.by import By

    ledger = newsledger.analyze(sorted(seeds_dir.glob("*.txt")))
    page = write_report(ledger, tmp_path / "seeds.html")
    _open(driver, page)
    _screenshot(driver, "report-seeds", tmp_path)
    assert len(ledger.stories) == 1 and ledger.figures, "the seeds should make one story with figures"

    kirbys = [s for s in ledger.sources if "Kirby" in s.name]
    assert len(kirbys) == 1, "Kirby should be one source across both articles"
    kirby = kirbys[0]
    kirby_groups = [al for al in ledger.alignments if al.kind == "statement" and len(al.members) > 1
                    and any(st.source == kirby.id for st in ledger.statements if st.id in al.members)]
    assert kirby_groups, "Kirby's quote should be aligned across the two outlets"
    group_id = anchor(kirby_groups[0].id)
    driver.execute_script("document.getElementById(arguments[0]).scrollIntoView()", group_id)
    assert _side_by_side(driver, group_id)
    chart = driver.find_element(By.CSS_SELECTOR, "svg.chart")
    driver.execute_script("arguments[0].scrollIntoView()", chart)
    assert chart.is_displayed()
    _screenshot(driver, "report-seeds-chart", tmp_path)

    link = driver.find_element(By.CSS_SELECTOR, "a.fig-link")
    target = link.get_attribute("href").split("#", 1)[1]
    link.click()
    assert _wait(lambda: _lit(driver, target))
    _screenshot(driver, "report-seeds-clicked", tmp_path)
    assert _errors(driver) == []
