"""The web app's side of watch: the "What's new" page (the digest of the last round, or since a date), escaped like
every page, and the story page's client-side "new since your last visit" script, served as a file under the CSP."""

from __future__ import annotations

from html import escape

import pytest
from fastapi.testclient import TestClient

from newsledger.serve.app import create_app
from newsledger.store import open_store
from newsledger.watch import WatchOptions, run_round
from newsledger.watch.fetch import Fetcher, FetchOptions
from tests.test_store_kit import fake_extract
from tests.watch_kit import FixtureServer, publish, rss_feed, static

HOSTILE_TITLE = '<img src=x onerror="alert(1)"> Castor Bay ferry: the pier'
HOSTILE_PAGE = (f"<!doctype html><html><head><title>{escape(HOSTILE_TITLE)}</title></head><body>"
                f"<article><h1>{escape(HOSTILE_TITLE)}</h1><p>\"We will rebuild the pier before summer,\" said Ines Varga on Friday, "
                "after 19 people were killed in the Marisol disaster off Castor Bay.</p><p>The inquiry into the "
                "sinking of the ferry will report in the autumn, officials said.</p></article></body></html>")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    db = tmp_path_factory.mktemp("watch-serve") / "news.duckdb"
    options = WatchOptions(fetch=FetchOptions(allow_local=True, min_delay=0.0, retries=0))
    with FixtureServer() as srv, open_store(db) as store, Fetcher(options.fetch) as fetcher:
        feeds = publish(srv, "round1")
        run_round(store, feeds, extractor=fake_extract, options=options, fetcher=fetcher)
        feeds = publish(srv, "round2")
        srv.route("/pier.html", static(HOSTILE_PAGE.encode(), "text/html"))
        srv.route("/extra/rss.xml", static(rss_feed(srv.base, []).replace(
            b"</channel>", f"<item><link>{srv.base}/pier.html</link></item></channel>".encode()),
            "application/rss+xml"))
        run_round(store, [*feeds, srv.url("/extra/rss.xml")], extractor=fake_extract, options=options,
                  fetcher=fetcher)
    return db


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path)) as c:
        yield c


def test_whats_new_shows_the_last_round(client):
    page = client.get("/whats-new")
    assert page.status_code == 200
    text = page.text
    assert "What&#39;s new" in text or "What's new" in text
    assert "revised" in text and "19 people were killed" in text and "12 people were killed" in text
    assert "courier-survivors.html" in text  # no longer listed by its feed, kept in the store
    assert "<script" not in text  # no inline code on this page
    assert "default-src 'none'" in page.headers["content-security-policy"]


def test_whats_new_escapes_what_pages_say(client):
    text = client.get("/whats-new").text
    assert "onerror" in text  # the title is shown ...
    assert "<img" not in text and "&lt;img" in text  # ... as text, never as markup


def test_whats_new_since_a_date_and_bad_dates(client):
    everything = client.get("/whats-new", params={"since": "2000-01-01"})
    assert everything.status_code == 200 and "New stories" in everything.text
    future = client.get("/whats-new", params={"since": "2999-01-01"})
    assert future.status_code == 200 and "0 new articles" in " ".join(future.text.split())
    assert client.get("/whats-new", params={"since": "yesterday"}).status_code == 422


def test_story_pages_load_the_last_visit_script_as_a_file(client):
    story = client.get("/api/stories").json()["items"][0]["id"]
    page = client.get(f"/stories/{story}")
    assert page.status_code == 200
    assert '<script src="/static/seen.js" defer></script>' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    script = client.get("/static/seen.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert "localStorage" in script.text and "innerHTML" not in script.text
    assert client.get("/static/watch.css").status_code == 200
