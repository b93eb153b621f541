"""How a watch round writes: the pages are read (trafilatura, language id) in the extraction workers with `--jobs`,
the articles are extracted while fetching goes on, and the round is written in as few batches as `WatchOptions`
allow — and all of that stores exactly what the ingest path stores for the same pages. The feeds are the invented
local-news site of the watch benchmark (bench/watch.py), served on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from newsledger import api
from newsledger.bench.watch import site
from newsledger.extract import parallel
from newsledger.ingest.budget import TimeBudget
from newsledger.store import open_store
from newsledger.store.ingest import default_extractor, ingest_stream
from newsledger.watch import WatchOptions, pages, run_round, state
from newsledger.watch.feeds import parse_source
from newsledger.watch.fetch import Fetcher, FetchOptions
from newsledger.watch.pages import Page, WatchPool, call_sizes, read_pages
from tests.test_store_kit import fake_extract
from tests.watch_kit import FixtureServer, many_feeds

LOCAL = FetchOptions(allow_local=True, min_delay=0.0, retries=0)
# Every table of the ledger a store holds; not the watch's own bookkeeping, nor the batches' wall-clock times.
LEDGER = ("articles", "extractions", "analysers", "problems", "stories", "story_articles", "story_index", "sources",
          "source_aliases", "source_members", "source_mentions", "statements", "figures", "alignments", "findings",
          "estimates")


def _ledger(db: Path) -> dict[str, list]:
    with open_store(db, read_only=True) as store:
        return {t: sorted(map(repr, store.con.execute(f"SELECT * FROM {t}").fetchall())) for t in LEDGER}


def _batches(db: Path) -> list[tuple[int, int]]:
    """(batch, articles in it), in order."""
    with open_store(db, read_only=True) as store:
        return store.con.execute("SELECT batch, count(*) FROM articles GROUP BY batch ORDER BY batch").fetchall()


def _ingested_as_one_batch(base: str, feeds: int, items: int, db: Path) -> None:
    """The same pages through the ingest path without the watcher: each feed's entries read as the watcher reads
    them, each page turned into an Article in this process, all of them stored in one batch."""
    served = site(base, feeds, items)
    articles = []
    for f in range(feeds):
        _, entries = parse_source(served[f"/{f}/rss.xml"][0], "application/rss+xml", f"{base}/{f}/rss.xml")
        for e in entries:
            body = served[e.url.removeprefix(base)][0]
            articles.append(pages.article_from_page(body, "text/html", e.url, title=e.title, date=e.published))
    with open_store(db) as store:
        ingest_stream(store, articles, extractor=default_extractor(None), batch_size=len(articles))


def test_a_round_stores_what_the_ingest_path_stores_for_the_same_pages(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(parallel, "CHUNK", 2)  # so that this small round's extraction goes to the workers
    with FixtureServer() as srv:
        feeds = many_feeds(srv, 4, 5)
        (one,) = api.watch(feeds, db=tmp_path / "one.duckdb", fetch=LOCAL, jobs=1)
        (two,) = api.watch(feeds, db=tmp_path / "two.duckdb", fetch=LOCAL, jobs=2)
        _ingested_as_one_batch(srv.base, 4, 5, tmp_path / "ingested.duckdb")
    assert one.added == two.added == 20 and not one.failed and not two.failed
    reference = _ledger(tmp_path / "ingested.duckdb")
    assert reference["statements"] and reference["figures"] and reference["stories"]
    assert _ledger(tmp_path / "one.duckdb") == reference
    assert _ledger(tmp_path / "two.duckdb") == reference
    assert _batches(tmp_path / "two.duckdb") == [(1, 20)]  # the round linked and aligned its stories once


def test_with_jobs_the_pages_are_read_in_the_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    log = tmp_path / "pids.txt"
    real = pages.article_from_page

    def logged(*args, **kwargs):
        with log.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(pages, "article_from_page", logged)  # before the pool forks: the workers run this one
    with FixtureServer() as srv:
        feeds = many_feeds(srv, 2, 3)
        (report,) = api.watch(feeds, db=tmp_path / "w.duckdb", fetch=LOCAL, jobs=2)
    readers = {int(p) for p in log.read_text().split()}
    assert report.added == 6
    assert readers and os.getpid() not in readers


def test_pages_read_by_a_worker_are_the_pages_read_here():
    html = (b"<html><head><title>Ferry service resumes</title></head><body><article><h1>Ferry service resumes</h1>"
            b"<p>The ferry to Marrow Island sailed again on Tuesday after repairs to the pier.</p>"
            b"<p>\"We are glad to be back,\" said captain Ilse Brandt. 40 passengers were on board.</p>"
            b"</article></body></html>")
    given = [Page("http://127.0.0.1:1/a.html", html, "text/html", title="Ferry", date="2026-03-02"),
             Page("http://127.0.0.1:1/b.txt", b"The harbour reopened, said Ilse Brandt.", "text/plain"),
             Page("http://127.0.0.1:1/c.png", b"\x89PNG", "image/png"),
             Page("http://127.0.0.1:1/d.html", b"  ", "text/html")]
    here = read_pages(given)
    with WatchPool(2) as pool:
        pool.start()
        there = pool.read(given)
    assert there == here
    assert here[0].title == "Ferry service resumes" and "40 passengers" in here[0].text
    assert here[1].text.startswith("The harbour reopened")
    assert here[2:] == ["content type 'image/png' is not an article page", "empty page"]


def test_pages_go_to_a_worker_in_bounded_groups(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pages, "PAGES_PER_CALL", 3)
    monkeypatch.setattr(pages, "BYTES_PER_CALL", 10)
    given = [Page(f"http://127.0.0.1:1/{n}", b"x" * size, "text/plain") for n, size in enumerate((2, 2, 2, 2, 9, 30))]
    groups = call_sizes(given)
    assert [[p.url[-1] for p in g] for g in groups] == [["0", "1", "2"], ["3"], ["4"], ["5"]]
    assert [p for g in groups for p in g] == given


@pytest.mark.parametrize(("options", "expected"), [
    (WatchOptions(fetch=LOCAL), [18]),  # the whole round
    (WatchOptions(fetch=LOCAL, batch_size=4), [6, 6, 6]),  # written once 4 articles wait: two whole sources
    (WatchOptions(fetch=LOCAL, flush_seconds=0.0), [3] * 6),  # nothing waits: a batch per source
])
def test_batches_hold_whole_sources_as_the_options_say(tmp_path: Path, options: WatchOptions, expected: list[int]):
    with FixtureServer() as srv, open_store(tmp_path / "w.duckdb") as store, Fetcher(LOCAL) as fetcher:
        feeds = many_feeds(srv, 6, 3)
        report = run_round(store, feeds, extractor=fake_extract, options=options, fetcher=fetcher)
        per_source = store.con.execute(
            "SELECT source, count(DISTINCT a.batch) FROM watch_entries e JOIN articles a ON a.id = e.article "
            "GROUP BY source").fetchall()
    assert report.added == 18 and all(s.added == 3 for s in report.sources)
    assert [n for _, n in _batches(tmp_path / "w.duckdb")] == expected
    assert len(per_source) == 6 and {n for _, n in per_source} == {1}


def test_saving_several_sources_at_once_marks_only_their_own_dropped_entries(tmp_path: Path):
    now = dt.datetime(2026, 3, 2, 12)
    later = now + dt.timedelta(hours=1)
    a, b = "http://127.0.0.1:1/a.xml", "http://127.0.0.1:1/b.xml"

    def entry(url: str) -> state.EntryUpdate:
        return state.EntryUpdate(url=url, stamp="1", article="art-" + url[-1])

    with open_store(tmp_path / "w.duckdb") as store:
        state.save_sources(store, [(state.SourceState(url=a, etag='"1"'), [entry("x/1"), entry("x/2")], ["x/1", "x/2"]),
                                   (state.SourceState(url=b), [entry("y/1")], ["y/1"])], now)
        failed = state.EntryUpdate(url="y/2", stamp="1", error="HTTP 500")
        state.save_sources(store, [(state.SourceState(url=a, etag='"2"'), [], ["x/1"]),
                                   (state.SourceState(url=b), [failed], None)], later)
        after = {(a_, b_): removed for a_, b_, removed in store.con.execute(
            "SELECT source, url, removed FROM watch_entries").fetchall()}
        sources = state.load_sources(store, [a, b])
        failing = state.load_entries(store.con, b)["y/2"]
    assert after == {(a, "x/1"): None, (a, "x/2"): later, (b, "y/1"): None, (b, "y/2"): None}
    assert sources[a].etag == '"2"' and failing.failures == 1 and failing.error == "HTTP 500"


def test_a_page_past_its_time_budget_is_refused_and_the_worker_goes_on(monkeypatch: pytest.MonkeyPatch):
    real = pages.article_from_page

    def stuck_on_slow_pages(body, content_type, url, **kwargs):
        if "slow" in url:
            time.sleep(60)  # a page the HTML reader never finishes, as far as the round can tell
        return real(body, content_type, url, **kwargs)

    monkeypatch.setattr(pages, "article_from_page", stuck_on_slow_pages)  # before the pool forks
    given = [Page("http://127.0.0.1:1/slow.txt", b"The pier reopened.", "text/plain"),
             Page("http://127.0.0.1:1/a.txt", b"The harbour reopened on Monday, officials said.", "text/plain")]
    with WatchPool(2, budget=TimeBudget(seconds_per_100kb=0.5)) as pool:
        pool.start()
        late, read = pool.read(given)
    assert isinstance(late, str) and "reading the page took longer than its budget of 0.5 s" in late
    assert read.text.startswith("The harbour reopened")


def test_a_worker_dying_on_a_page_is_a_worker_crash_not_a_hang(monkeypatch: pytest.MonkeyPatch):
    real = pages.article_from_page

    def dies_on_fatal_pages(body, content_type, url, **kwargs):
        if "fatal" in url:
            os._exit(1)  # as if killed, or out of memory
        return real(body, content_type, url, **kwargs)

    monkeypatch.setattr(pages, "article_from_page", dies_on_fatal_pages)  # before the pool forks
    with WatchPool(2) as pool:
        pool.start()
        with pytest.raises(parallel.WorkerCrashed, match="reading fetched pages"):
            pool.read([Page("http://127.0.0.1:1/fatal.txt", b"The pier reopened.", "text/plain")])
