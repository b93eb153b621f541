"""Crash safety of a watch: SIGKILL it during a round (twice), run `watch --once` again, and every article is
stored exactly once, as in a clean run; the watch state has one row per entry and every source is up to date."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import textwrap
import time

from newsledger import api
from newsledger.store import open_store
from newsledger.watch.fetch import FetchOptions
from tests.test_store_kit import fake_extract
from tests.watch_kit import FixtureServer, many_feeds

REPO_ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent
FEEDS, ITEMS = 8, 6
LOCAL = FetchOptions(allow_local=True, min_delay=0.0, retries=0)

CHILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from newsledger import api
    from newsledger.watch.fetch import FetchOptions
    from tests.test_store_kit import fake_extract

    def slow(articles):
        time.sleep(0.05)  # leave time to be killed inside a batch, not only between sources
        return fake_extract(articles)

    api.watch({feeds!r}, db={db!r}, fetch=FetchOptions(allow_local=True, min_delay=0.0, retries=0), extractor=slow,
              batch_size=1,  # a transaction per source
              progress=lambda r: print("source", r.url, r.added, flush=True))
    print("done", flush=True)
""")


def _kill_mid_round(feeds: list[str], db, after_sources: int) -> None:
    code = CHILD.format(root=str(REPO_ROOT), feeds=feeds, db=str(db))
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        seen = 0
        for line in child.stdout:
            if line.startswith("done"):
                raise AssertionError("the round finished before it could be killed")
            if line.startswith("source"):
                seen += 1
                if seen >= after_sources:
                    time.sleep(random.uniform(0.0, 0.08))
                    child.send_signal(signal.SIGKILL)
                    break
    finally:
        child.kill()
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL


def _articles(db) -> list[tuple[str, str]]:
    with open_store(db, read_only=True) as store:
        return sorted(store.con.execute("SELECT url, text_hash FROM articles").fetchall())


def test_sigkill_during_a_round_then_watch_once_loses_and_doubles_nothing(tmp_path):
    db, clean = tmp_path / "crashed.duckdb", tmp_path / "clean.duckdb"
    with FixtureServer() as srv:
        feeds = many_feeds(srv, FEEDS, ITEMS)
        _kill_mid_round(feeds, db, after_sources=2)
        partial = _articles(db)
        assert ITEMS * 2 <= len(partial) < FEEDS * ITEMS  # whole sources were kept, the round was cut short
        _kill_mid_round(feeds, db, after_sources=2)
        before = {url for url, _ in _articles(db)}

        srv.clear_log()
        (report,) = api.watch(feeds, db=db, fetch=LOCAL, extractor=fake_extract)
        pages = {srv.url(p) for p, _ in srv.requests() if p.endswith(".html")}
        api.watch(feeds, db=clean, fetch=LOCAL, extractor=fake_extract)
        again = api.watch(feeds, db=db, fetch=LOCAL, extractor=fake_extract)[0]

    stored = _articles(db)
    assert len(stored) == FEEDS * ITEMS == len(set(stored))  # every article, each once
    assert len({url for url, _ in stored}) == FEEDS * ITEMS
    assert stored == _articles(clean)
    assert not report.failed and report.added == FEEDS * ITEMS - len(before)
    assert pages and not pages & before  # what the killed rounds stored is not fetched again
    assert again.added == 0 and {s.status for s in again.sources} == {"not_modified"}
    with open_store(db, read_only=True) as store:
        rows = store.query("SELECT count(*) AS n, count(DISTINCT url) AS urls, count(article) AS stored "
                           "FROM watch_entries")[0]
        sources = store.query("SELECT count(*) AS n FROM watch_sources WHERE last_status = 'not_modified'")[0]["n"]
        rounds = store.query("SELECT data FROM watch_rounds WHERE finished IS NOT NULL ORDER BY id")
    assert rows == {"n": FEEDS * ITEMS, "urls": FEEDS * ITEMS, "stored": FEEDS * ITEMS}
    assert sources == FEEDS
    assert json.loads(rounds[-1]["data"])["not_modified"] == FEEDS

