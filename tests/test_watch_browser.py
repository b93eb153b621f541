"""The story page's "new since your last visit" marks in a real browser (Debian's Chromium, headless), served by the
web app on 127.0.0.1 under its real Content-Security-Policy: a first visit marks nothing, a visit after a watch round
marks the round's articles and the claims in them, and the browser reports no CSP violation or script error."""

from __future__ import annotations

import shutil
import socket
import threading
import time

import pytest

from newsledger.serve.app import create_app
from newsledger.store import open_store
from newsledger.watch import WatchOptions, run_round
from newsledger.watch.fetch import Fetcher, FetchOptions
from tests.test_browser import _errors as _all_errors
from tests.test_browser import _wait, driver  # noqa: F401 (the shared browser fixture)
from tests.test_store_kit import fake_extract
from tests.watch_kit import FixtureServer, publish

pytestmark = pytest.mark.browser


def _errors(browser) -> list[str]:
    return [e for e in _all_errors(browser) if "favicon.ico" not in e]  # the app has no icon; browsers ask anyway


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _App:
    """The web app over `db` on 127.0.0.1:port in a thread, until the block ends."""

    def __init__(self, db, port: int):
        import uvicorn

        self.server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> _App:
        self.thread.start()
        assert _wait(lambda: self.server.started, timeout=20), "the app did not start"
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """The same story after one round and after two (the second store is a copy of the first, watched again)."""
    base = tmp_path_factory.mktemp("watch-browser")
    first, second = base / "first.duckdb", base / "second.duckdb"
    options = WatchOptions(fetch=FetchOptions(allow_local=True, min_delay=0.0, retries=0))
    with FixtureServer() as srv, Fetcher(options.fetch) as fetcher:
        feeds = publish(srv, "round1")
        with open_store(first) as store:
            run_round(store, feeds, extractor=fake_extract, options=options, fetcher=fetcher)
        shutil.copy(first, second)
        feeds = publish(srv, "round2")
        with open_store(second) as store:
            run_round(store, feeds, extractor=fake_extract, options=options, fetcher=fetcher)
            story = store.query("SELECT story FROM story_articles LIMIT 1")[0]["story"]
    return first, second, story


def test_new_since_last_visit_is_marked_under_the_csp(driver, stores):  # noqa: F811
    first, second, story = stores
    port = _free_port()  # one origin for both visits: localStorage belongs to it
    url = f"http://127.0.0.1:{port}/stories/{story}"

    with _App(first, port):
        driver.get(url)
        time.sleep(0.3)
        assert driver.execute_script("return document.querySelectorAll('.nl-new').length") == 0
        assert driver.execute_script("return document.querySelector('.nl-seen-note')") is None  # a first visit
        assert _errors(driver) == []
        driver.get(url)  # nothing changed in between
        note = _wait(lambda: driver.execute_script(
            "const n = document.querySelector('.nl-seen-note'); return n && n.textContent"))
        assert note and note.startswith("Nothing new since your last visit")

    with _App(second, port):
        driver.get(url)
        note = _wait(lambda: driver.execute_script(
            "const n = document.querySelector('.nl-seen-note'); return n && n.textContent"))
        marked = driver.execute_script(
            "return Array.from(document.querySelectorAll('article.nl-new')).map(a => a.id)")
        claims = driver.execute_script("return document.querySelectorAll('li.nl-new, tr.nl-new').length")
        badges = driver.execute_script("return document.querySelectorAll('.nl-new-badge').length")
        errors = _errors(driver)
    assert note and note.startswith("2 articles and") and "new since your last visit" in note
    assert len(marked) == 2 and badges == 2 and claims >= 1
    assert errors == []  # no CSP violation: the script is a same-origin file, not inline code
