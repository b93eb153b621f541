"""The web app's story page opens on what matters: the top findings, then what several outlets reported of one
utterance, then the rest; the long list of sources is folded away; the figure tables fit a 1280 px screen with the
"as written" column in view (checked in headless Chromium). Invented articles and the report kit's story."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsledger import api
from newsledger.report.html import story_report
from newsledger.serve.app import create_app
from tests.report_kit import harbour_fire
from tests.test_browser import _screenshot, driver  # noqa: F401 - the browser fixture and its screenshot helper
from tests.test_search import flood
from tests.test_store_kit import fake_extract, write_corpus

LONG_OUTLET = "the-very-long-regional-broadcaster-and-newspaper-group-number-{i}.example"
LONG_NAME = "Maximiliana Oberstaatsanwaltschaftsvertreterin"


def test_the_report_puts_cross_outlet_versions_first_and_every_statement_once():
    ledger = harbour_fire()
    report = story_report(ledger)
    weights = [f.finding.weight for f in report.findings]
    assert weights == sorted(weights, reverse=True)
    assert report.cross_outlet and all(c.outlets > 1 for c in report.cross_outlet)
    assert [c.outlets for c in report.cross_outlet] == sorted((c.outlets for c in report.cross_outlet), reverse=True)
    shown = [v.statement.id for c in report.cross_outlet for v in c.group.versions]
    shown += [v.statement.id for block in report.sources for g in block.groups for v in g.versions]
    assert sorted(shown) == sorted(s.id for s in ledger.statements)  # each exactly once
    assert all(len({v.outlet for v in g.versions}) == 1 for block in report.sources for g in block.groups)


@pytest.fixture(scope="module")
def page_store(tmp_path_factory) -> tuple[Path, str]:
    """One story told by five outlets with long names: its figures make one quantity with a chart."""
    folder = tmp_path_factory.mktemp("story-page")
    records = []
    for i in range(1, 6):
        record = flood(i, day=2 + i)
        records.append({**record, "outlet": LONG_OUTLET.format(i=i),
                        "text": record["text"].replace("Dana Whitfield", LONG_NAME)})
    db = folder / "page.duckdb"
    api.ingest([str(write_corpus(folder / "page.jsonl", records))], db=db, extractor=fake_extract)
    (story,) = api.stories(db=db)
    return db, story["id"]


def test_the_story_page_opens_on_findings_then_cross_outlet_versions(page_store):
    db, story = page_store
    served = create_app(db)
    with TestClient(served) as c:
        html = c.get(f"/stories/{story}").text
    served.app.state.reader.close()
    order = [html.index(marker) for marker in ('id="nl-top"', "Top findings", 'id="nl-across"', 'id="nl-who"',
                                                'id="nl-figures"', 'id="nl-findings"', 'id="nl-articles"')]
    assert order == sorted(order)
    across = html[html.index('id="nl-across"'):html.index('id="nl-who"')]
    assert across.count('<li class="version') == 5 and LONG_NAME in across
    sources = html[html.index('<details class="story-sources">'):html.index("</details>")]
    assert "1 source in this story" in sources and LONG_NAME in sources


@pytest.mark.browser
def test_figure_tables_fit_at_1280_px_with_the_as_written_column_in_view(driver, page_store, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By

    from newsledger.bench.load import running_server

    db, story = page_store
    with running_server(db) as server:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 1280, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
        driver.get(f"{server.base}/stories/{story}")
        tables = driver.find_elements(By.CSS_SELECTOR, "table.figures")
        assert tables
        for table in tables:
            box = driver.execute_script("return arguments[0].closest('.scroll')", table)
            width, client = driver.execute_script("return [arguments[0].scrollWidth, arguments[0].clientWidth]", box)
            assert width <= client, f"the figures table overflows its box: {width} > {client} px"
            heading = next(th for th in table.find_elements(By.TAG_NAME, "th") if th.text.lower() == "as written")
            right = driver.execute_script("const r = arguments[0].getBoundingClientRect(); return r.right", heading)
            assert heading.is_displayed() and right <= driver.execute_script("return window.innerWidth")
        assert driver.execute_script("return document.documentElement.scrollWidth") <= 1280
        driver.execute_script("document.getElementById('nl-figures').scrollIntoView()")
        _screenshot(driver, "story-page-figures-1280", tmp_path)
