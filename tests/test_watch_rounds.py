"""Rounds over the invented Castor Bay story on a local server (127.0.0.1): new items between rounds, an edited
article (a new version), a revised figure in the digest, an item dropped from its feed, an unchanged round that
costs one 304 per feed; `changes --since`; the CLI's `watch --json` and `--digest`; `analyze URL`, `ingest URL`."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from newsledger import api
from newsledger.cli import app
from newsledger.store import open_store
from newsledger.store.ingest import default_extractor
from newsledger.watch import WatchOptions, run_round
from newsledger.watch.digest import markdown
from newsledger.watch.feeds import FeedError, parse_source
from newsledger.watch.fetch import Fetcher, FetchOptions
from tests.test_store_kit import fake_extract
from tests.watch_kit import FEEDS, FixtureServer, article_html, page_path, publish, sitemap, static

LOCAL = FetchOptions(allow_local=True, min_delay=0.0, retries=0)


def _texts(store) -> dict[str, str]:
    return {aid: json.loads(data)["text"] for aid, data in store.con.execute("SELECT id, data FROM articles")
            .fetchall()}


def test_rounds_follow_new_edited_and_removed_items(tmp_path):
    extractor = default_extractor(None)
    options = WatchOptions(fetch=LOCAL)
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(seconds=1)
    with FixtureServer() as srv, open_store(tmp_path / "news.duckdb") as store, Fetcher(LOCAL) as fetcher:
        feeds = publish(srv, "round1")
        first = run_round(store, feeds, extractor=extractor, options=options, fetcher=fetcher)
        assert [s.status for s in first.sources] == ["fetched", "fetched"]
        assert first.added == 2 and len(first.digest.stories) == 1
        assert any(f.change == "new" and f.figure.text == "At least 12" for f in first.digest.figures)

        srv.clear_log()
        quiet = run_round(store, feeds, extractor=extractor, options=options, fetcher=fetcher)
        assert [s.status for s in quiet.sources] == ["not_modified", "not_modified"]
        assert quiet.added == 0 and quiet.digest.empty
        assert sorted(p for p, _ in srv.requests()) == sorted(FEEDS.values())  # one conditional GET per feed
        assert all("If-None-Match" in h for _, h in srv.requests())

        publish(srv, "round2")
        second = run_round(store, feeds, extractor=extractor, options=options, fetcher=fetcher)
        texts = _texts(store)
        versions = store.query("SELECT id, url, version_of FROM articles ORDER BY batch, id")

    assert second.added == 2 and len(texts) == 4  # nothing from round 1 lost
    edited = [v for v in versions if v["url"].endswith("/herald-capsize.html")]
    assert len(edited) == 2 and edited[1]["version_of"] == edited[0]["id"]

    digest = second.digest
    (revised,) = [f for f in digest.figures if f.change == "revised"]
    assert revised.figure.text == "At least 19" and revised.previous.text == "At least 12"
    assert revised.previous.article == edited[0]["id"] and revised.figure.article == edited[1]["id"]
    for ref in (revised.figure, revised.previous):
        assert texts[ref.article][ref.start:ref.end] == ref.text

    said = {(s.speaker, s.text) for s in digest.statements}
    assert any("Varga" in (who or "") and "no further survivors" in text for who, text in said)
    assert not any("still searching" in text for _, text in said)  # repeated words are not new
    for st in digest.statements:
        assert texts[st.article][st.start:st.end] == st.text
    assert [r.url for r in digest.removed] == [srv.url(page_path("courier-survivors"))]
    assert not digest.stories  # both new articles joined the story already followed
    assert "| revised |" in markdown(digest) and "At least 19" in markdown(digest)

    everything = api.changes(since=before.isoformat(), db=tmp_path / "news.duckdb")
    assert len(everything.articles) == 4 and len(everything.stories) == 1
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
    assert api.changes(since=later.isoformat(), db=tmp_path / "news.duckdb").empty


def test_cli_watch_json_and_digest_file_then_changes(tmp_path):
    db, digest_md = tmp_path / "w.duckdb", tmp_path / "digest.md"
    runner = CliRunner()
    with FixtureServer() as srv:
        feeds = publish(srv, "round1")
        listing = tmp_path / "sources.txt"
        listing.write_text(f"# the story's outlets\n{feeds[0]}\n\n{feeds[1]}  # RSS\nnot a url\n", encoding="utf-8")
        result = runner.invoke(app, ["watch", str(listing), "--db", str(db), "--once", "--json", "--allow-local",
                                     "--digest", str(digest_md)])
    assert result.exit_code == 1, result.output  # the bad line in the list is a failure, named by line
    line = json.loads(result.stdout.strip().splitlines()[-1])
    assert line["fetched"] == 2 and line["articles_added"] == 2 and line["failed"] == 1
    bad = [s for s in line["sources"] if s["status"] == "failed"]
    assert bad[0]["url"].endswith("sources.txt:5") and "not an http(s) URL" in bad[0]["reason"]
    assert "# What changed since" in digest_md.read_text(encoding="utf-8")

    shown = runner.invoke(app, ["changes", "--since", "2000-01-01", "--db", str(db), "--json"])
    assert shown.exit_code == 0, shown.output
    assert len(json.loads(shown.stdout)["articles"]) == 2


def test_cli_refuses_local_addresses_without_allow_local(tmp_path):
    with FixtureServer() as srv:
        feeds = publish(srv, "round1")
        result = CliRunner().invoke(app, ["watch", feeds[0], "--db", str(tmp_path / "w.duckdb"), "--json"])
        reached = srv.requests()
    assert result.exit_code == 1
    (source,) = json.loads(result.stdout.strip().splitlines()[-1])["sources"]
    assert source["status"] == "failed" and "loopback" in source["reason"] and "--allow-local" in source["reason"]
    assert reached == []


def test_sitemap_and_json_feed_sources(tmp_path):
    with FixtureServer() as srv:
        srv.route(page_path("herald-capsize"), static(article_html("herald-capsize"), "text/html"))
        srv.route(page_path("courier-inquiry"), static(article_html("courier-inquiry"), "text/html"))
        srv.route("/sitemap.xml", static(sitemap(srv.base, [(page_path("herald-capsize"), "2026-04-07")]),
                                         "application/xml"))
        feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Bay Courier",
                "items": [{"id": "1", "url": page_path("courier-inquiry"), "date_published": "2026-04-09T08:00:00Z"}]}
        srv.route("/feed.json", static(json.dumps(feed).encode(), "application/feed+json"))
        with open_store(tmp_path / "w.duckdb") as store:
            report = run_round(store, [srv.url("/sitemap.xml"), srv.url("/feed.json")], extractor=fake_extract,
                               options=WatchOptions(fetch=LOCAL))
            dates = dict(store.con.execute("SELECT url, date FROM articles").fetchall())
    assert {s.kind for s in report.sources} == {"sitemap", "json"} and report.added == 2
    assert dates[srv.url(page_path("courier-inquiry"))] == "2026-04-09"


def test_since_skips_older_entries(tmp_path):
    with FixtureServer() as srv:
        feeds = publish(srv, "round1")  # herald 2026-04-07, courier 2026-04-08
        with open_store(tmp_path / "w.duckdb") as store:
            report = run_round(store, feeds, extractor=fake_extract,
                               options=WatchOptions(fetch=LOCAL, since="2026-04-08"))
    assert report.added == 1


@pytest.mark.parametrize("body, words", [
    (b"", "empty body"),
    (b'{"items": []}', "not a JSON Feed"),
    (b'<?xml version="1.0"?><sitemapindex><sitemap><loc>http://a.example/s.xml</loc></sitemap></sitemapindex>',
     "sitemap index"),
    (b"<?xml version='1.0'?><note>hello</note>", "not a feed"),
])
def test_unusable_sources_are_named(body, words):
    with pytest.raises(FeedError, match=words):
        parse_source(body, "application/xml", "http://a.example/feed")


def test_relative_and_duplicate_entry_links():
    body = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
            b"<item><link>/a.html</link></item><item><link>http://a.example/a.html</link></item>"
            b"<item><link>javascript:alert(1)</link></item></channel></rss>")
    kind, entries = parse_source(body, "application/rss+xml", "http://a.example/feed.xml")
    assert kind == "rss20" and [e.url for e in entries] == ["http://a.example/a.html"]


def test_analyze_and_ingest_take_article_urls(tmp_path):
    with FixtureServer() as srv:
        srv.route(page_path("herald-capsize"), static(article_html("herald-capsize"), "text/html"))
        url = srv.url(page_path("herald-capsize"))
        articles, problems = api.read([url, srv.url("/missing.html")], allow_local=True)
        refused, refused_problems = api.read([url])
        result = api.ingest([url], db=tmp_path / "w.duckdb", extractor=fake_extract, allow_local=True)
    assert [a.url for a in articles] == [url] and articles[0].title == "Ferry Marisol capsizes off Castor Bay"
    assert "At least 12 people were killed" in articles[0].text and "Sport" not in articles[0].text  # no nav
    assert [p.path for p in problems] == [srv.url("/missing.html")] and "HTTP 404" in problems[0].reason
    assert refused == [] and "loopback" in refused_problems[0].reason
    assert result.added == 1


def test_every_runs_bounded_rounds_and_the_second_is_all_304(tmp_path):
    with FixtureServer() as srv:
        feeds = publish(srv, "round1")
        reports = api.watch(feeds, db=tmp_path / "w.duckdb", every="1s", rounds=2, fetch=LOCAL, extractor=fake_extract)
    assert [r.added for r in reports] == [2, 0]
    assert [s.status for s in reports[1].sources] == ["not_modified", "not_modified"]


@pytest.mark.parametrize("text, seconds", [("90s", 90), ("15m", 900), ("1h", 3600), ("2d", 172800), ("30", 30)])
def test_intervals(text, seconds):
    from newsledger.watch import parse_every

    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["soon", "0s", "-5m", ""])
def test_bad_intervals_are_refused(text):
    from newsledger.watch import parse_every

    with pytest.raises(ValueError):
        parse_every(text)


def test_once_and_every_exclude_each_other(tmp_path):
    result = CliRunner().invoke(app, ["watch", "http://127.0.0.1:9/feed", "--db", str(tmp_path / "w.duckdb"),
                                      "--once", "--every", "15m"])
    assert result.exit_code == 2 and "exclude each other" in result.output


def test_a_bad_since_date_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["watch", "http://127.0.0.1:9/feed", "--db", str(tmp_path / "w.duckdb"),
                                      "--since", "last tuesday"])
    assert result.exit_code == 2 and "not a date" in result.output
    assert not (tmp_path / "w.duckdb").exists()  # refused before the store was touched
