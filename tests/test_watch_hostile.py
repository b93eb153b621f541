"""Hostile servers (all on 127.0.0.1, started here): each ends with a clear per-source error, the good source in the
same round is stored in full, and the round stays within bounded time and memory (bodies are generated lazily by
the server and never held whole by the client)."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from newsledger.store import open_store
from newsledger.watch import WatchOptions, run_round
from newsledger.watch.fetch import Fetcher, FetchError, FetchOptions
from tests.test_store_kit import fake_extract
from tests.watch_kit import (
    FixtureServer,
    drip,
    endless,
    gzip_bomb,
    publish,
    redirect,
    respond,
    sequence,
    static,
    streamed,
)

MB = 1 << 20
FAST = FetchOptions(allow_local=True, min_delay=0.0, max_bytes=8 * MB, total_timeout=3.0, read_timeout=2.0,
                    retries=2, backoff=0.05, max_retry_wait=2.0)


def _status(code: int, headers: dict[str, str] | None = None):
    return lambda h: respond(h, code, b"error page", "text/html", headers)


def _hostile(srv: FixtureServer) -> dict[str, str]:
    """path -> words the source's error must contain."""
    item = "<item><title>x</title><link>{}/n/{}</link></item>"
    huge = ("<?xml version='1.0'?><rss version='2.0'><channel><title>big</title>"
            + "".join(item.format(srv.base, i) for i in range(100_000)) + "</channel></rss>").encode()
    bomb = gzip_bomb(200 * MB)
    srv.route("/huge-feed.xml", static(huge, "application/rss+xml"))
    srv.route("/200mb.xml", streamed(endless(200 * MB), "application/rss+xml", length=200 * MB))
    srv.route("/200mb-chunked.xml", streamed(endless(200 * MB), "application/rss+xml"))
    srv.route("/drip.xml", streamed(drip(30), "application/rss+xml", length=30))
    srv.route("/loop/a", redirect("/loop/b"))
    srv.route("/loop/b", redirect("/loop/a"))
    srv.route("/invalid.xml", static(b"<?xml version='1.0'?><rss><channel><item><title>broken</ti\x00\x01<<",
                                     "application/rss+xml"))
    srv.route("/picture.xml", static(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png"))
    srv.route("/page.html", static(b"<!doctype html><html><body><p>hello</p></body></html>", "text/html"))
    srv.route("/bomb.xml", streamed(lambda: iter([bomb]), "application/rss+xml", length=len(bomb),
                                    headers={"Content-Encoding": "gzip"}))
    srv.route("/always-500.xml", _status(500))
    srv.route("/rate-limited.xml", _status(429, {"Retry-After": "3600"}))
    srv.route("/entities.xml", static(b"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaaaaaaaa'>"
                                      b"<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>]><rss><channel>&b;</channel></rss>",
                                      "application/rss+xml"))
    return {"/huge-feed.xml": "100,000 entries, over the limit",
            "/200mb.xml": "209,715,200 bytes is over the limit",
            "/200mb-chunked.xml": "larger than the limit of 8,388,608 bytes",
            "/drip.xml": "longer than 3 s",
            "/loop/a": "more than 5 redirects",
            "/invalid.xml": "not a readable feed",
            "/picture.xml": "content type 'image/png' is not a feed",
            "/page.html": "an HTML page, not a feed",
            "/bomb.xml": "larger than the limit of 8,388,608 bytes",
            "/always-500.xml": "HTTP 500",
            "/rate-limited.xml": "retry after 3600 s",
            "/entities.xml": "declares entities"}


def test_hostile_sources_fail_clearly_and_the_good_ones_are_stored(tmp_path):
    with FixtureServer() as srv:
        good = publish(srv, "round1")
        expected = _hostile(srv)
        sources = [*good, *(srv.url(p) for p in expected)]
        tracemalloc.start()
        began = time.monotonic()
        try:
            with open_store(tmp_path / "w.duckdb") as store:
                report = run_round(store, sources, extractor=fake_extract,
                                   options=WatchOptions(fetch=FAST, workers=4))
                stored = store.con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
                state = dict(store.con.execute("SELECT url, last_error FROM watch_sources").fetchall())
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        elapsed = time.monotonic() - began
        drip_requests = len(srv.requests("/drip.xml"))
    by_url = {s.url: s for s in report.sources}
    for url in good:
        assert by_url[url].status == "fetched" and by_url[url].added == 1, by_url[url]
    assert stored == 2
    for path, words in expected.items():
        source = by_url[srv.url(path)]
        assert source.status == "failed", (path, source)
        assert words in source.reason, (path, source.reason)
        assert state[srv.url(path)] == source.reason  # kept in the store for the next round and for people
    assert drip_requests == 1  # a timeout is not retried: it would only cost another timeout
    # Bounds, not speed: nothing near the 200 MB bodies was held, and no source could stall the round.
    assert peak < 80 * MB, peak
    assert elapsed < 120, elapsed


def test_500s_are_retried_with_backoff_then_reported(tmp_path):
    waits: list[float] = []
    with FixtureServer() as srv:
        srv.route("/flaky.xml", _status(503))
        with Fetcher(FAST, sleep=waits.append) as fetcher, pytest.raises(FetchError, match=r"HTTP 503.*3 attempts"):
            fetcher.get(srv.url("/flaky.xml"))
        assert len(srv.requests("/flaky.xml")) == 3
    assert len(waits) == 2 and waits[1] > waits[0] > 0  # doubling backoff (plus jitter)


def test_429_retry_after_is_honoured_then_the_fetch_succeeds():
    waits: list[float] = []
    feed = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"
    with FixtureServer() as srv:
        srv.route("/busy.xml", sequence(_status(429, {"Retry-After": "1"}), static(feed, "application/rss+xml")))
        with Fetcher(FAST, sleep=waits.append) as fetcher:
            got = fetcher.get(srv.url("/busy.xml"))
    assert got.status == 200 and got.body == feed and got.requests == 2
    assert waits and waits[0] >= 1.0  # the server's Retry-After, not the shorter backoff


def test_a_long_retry_after_postpones_the_source_to_a_later_round(tmp_path):
    with FixtureServer() as srv:
        srv.route("/later.xml", _status(429, {"Retry-After": "3600"}))
        with open_store(tmp_path / "w.duckdb") as store:
            first = run_round(store, [srv.url("/later.xml")], extractor=fake_extract, options=WatchOptions(fetch=FAST))
            second = run_round(store, [srv.url("/later.xml")], extractor=fake_extract,
                               options=WatchOptions(fetch=FAST))
            due, failures = store.con.execute("SELECT next_due - last_fetch, failures FROM watch_sources").fetchall()[0]
        asked = len(srv.requests("/later.xml"))
    assert first.sources[0].status == "failed"
    assert second.sources[0].status == "not_due" and "until" in second.sources[0].reason
    assert asked == 1 and failures == 1 and due.total_seconds() == pytest.approx(3600, abs=5)


def test_robots_txt_disallowing_everything_is_honoured(tmp_path):
    with FixtureServer() as srv:
        feeds = publish(srv, "round1")
        srv.route("/robots.txt", static(b"User-agent: *\nDisallow: /\n", "text/plain"))
        with open_store(tmp_path / "w.duckdb") as store:
            report = run_round(store, feeds, extractor=fake_extract, options=WatchOptions(fetch=FAST))
            stored = store.con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
        fetched = [p for p, _ in srv.requests() if p != "/robots.txt"]
    assert stored == 0 and fetched == []
    assert all(s.status == "failed" and "robots.txt" in s.reason and "disallows" in s.reason for s in report.sources)


def test_robots_txt_disallowing_article_pages_only_fails_those_entries(tmp_path):
    with FixtureServer() as srv:
        feeds = publish(srv, "round1")
        srv.route("/robots.txt", static(b"User-agent: newsledger\nDisallow: /courier/courier-\n", "text/plain"))
        with open_store(tmp_path / "w.duckdb") as store:
            report = run_round(store, feeds, extractor=fake_extract, options=WatchOptions(fetch=FAST))
    by_url = {s.url: s for s in report.sources}
    courier, herald = by_url[feeds[1]], by_url[feeds[0]]
    assert herald.added == 1 and not herald.entry_errors
    assert courier.status == "fetched" and courier.added == 0
    assert len(courier.entry_errors) == 1 and "disallows" in courier.entry_errors[0]


def test_entry_pages_of_the_wrong_type_or_too_big_are_entry_errors(tmp_path):
    with FixtureServer() as srv:
        base = srv.base
        feed = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
                f"<item><link>{base}/doc.pdf</link></item><item><link>{base}/bomb.html</link></item>"
                f"<item><link>{base}/ok.txt</link></item></channel></rss>").encode()
        bomb = gzip_bomb(50 * MB)
        srv.route("/feed.xml", static(feed, "application/rss+xml"))
        srv.route("/doc.pdf", static(b"%PDF-1.7 " + b"x" * 200, "application/pdf"))
        srv.route("/bomb.html", streamed(lambda: iter([bomb]), "text/html", length=len(bomb),
                                         headers={"Content-Encoding": "gzip"}))
        srv.route("/ok.txt", static(b'"The pier will reopen," said Lena Ortiz. 3 people were killed.', "text/plain"))
        with open_store(tmp_path / "w.duckdb") as store:
            rounds = [run_round(store, [srv.url("/feed.xml")], extractor=fake_extract,
                                options=WatchOptions(fetch=FAST, max_failures=3)) for _ in range(4)]
            failures = store.con.execute("SELECT max(failures) FROM watch_entries").fetchall()[0][0]
        pdf_requests = len(srv.requests("/doc.pdf"))
    source = rounds[0].sources[0]
    assert source.added == 1
    errors = " | ".join(source.entry_errors)
    assert "'application/pdf' is not an article page" in errors and "larger than the limit" in errors
    # Failing entries are tried again (the stored one is not), up to max_failures; then an unchanged feed is one 304.
    assert [len(r.sources[0].entry_errors) for r in rounds] == [2, 2, 2, 0]
    assert [r.sources[0].added for r in rounds] == [1, 0, 0, 0]
    assert rounds[3].sources[0].status == "not_modified"
    assert pdf_requests == 3 and failures == 3


def test_failed_fetches_count_their_requests(tmp_path):
    with FixtureServer() as srv:
        srv.route("/flaky.xml", _status(503))
        with open_store(tmp_path / "w.duckdb") as store:
            report = run_round(store, [srv.url("/flaky.xml")], extractor=fake_extract,
                               options=WatchOptions(fetch=FAST))
    assert report.sources[0].requests == 3  # the first attempt and two retries (robots.txt not counted)
