"""`newsledger serve`: the pages and the JSON API over a small store we write ourselves (test_store_kit's corpus,
its fake extractor, and one hostile article used by test_serve_security.py)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsledger import api
from newsledger.ledger import Article, ArticleExtraction, Figure, Mention, Source, Statement, stable_id
from newsledger.serve import app as serve_app
from newsledger.serve import data
from newsledger.serve.app import create_app
from newsledger.store import StoreError, StoreLocked, open_store
from tests.test_store_kit import article_record, fake_extract, write_corpus

# -- a store with one hostile article -------------------------------------------------------------------------------

HOSTILE_ID = "evil-1"
HOSTILE_TITLE = '<script>alert("title")</script> "><img src=x onerror=alert(1)>'
HOSTILE_SPEAKER = "<script>alert('who')</script>Eve Mallory"
HOSTILE_QUOTE = '"><img src=x onerror=alert(2)> read javascript:alert(3) now'
HOSTILE_OUTLET = '<b onmouseover="alert(5)">Evil Outlet</b>'
HOSTILE_DESCRIPTION = "<svg onload=alert(6)>spokesperson"
HOSTILE_TEXT = (f"A storm hit Harlow on Monday. {HOSTILE_SPEAKER} said: \u201c{HOSTILE_QUOTE}\u201d. "
                "Officials said 4 people were killed.")
HOSTILE_STRINGS = (HOSTILE_TITLE, HOSTILE_SPEAKER, HOSTILE_QUOTE, HOSTILE_OUTLET)


def hostile_record() -> dict:
    return {"id": HOSTILE_ID, "url": "javascript:alert(4)", "outlet": HOSTILE_OUTLET, "date": "2025-03-02",
            "title": HOSTILE_TITLE, "text": HOSTILE_TEXT}


def _hostile_extraction(art: Article) -> ArticleExtraction:
    s_start = art.text.index(HOSTILE_SPEAKER)
    q_start = art.text.index(HOSTILE_QUOTE)
    f_text = "4 people were killed"
    f_start = art.text.index(f_text)
    sid = stable_id("src", art.id, HOSTILE_SPEAKER)
    mention = Mention(article=art.id, start=s_start, end=s_start + len(HOSTILE_SPEAKER), text=HOSTILE_SPEAKER)
    source = Source(id=sid, name=HOSTILE_SPEAKER, aliases=[HOSTILE_SPEAKER], descriptions=[HOSTILE_DESCRIPTION],
                    kind="person", mentions=[mention])
    cue_start = art.text.index("said", s_start)
    statement = Statement(id=stable_id("st", art.id, q_start), article=art.id, kind="direct", start=q_start,
                          end=q_start + len(HOSTILE_QUOTE), text=HOSTILE_QUOTE, source=sid,
                          speaker_text=HOSTILE_SPEAKER, speaker_start=s_start,
                          speaker_end=s_start + len(HOSTILE_SPEAKER), cue="said", cue_start=cue_start,
                          cue_end=cue_start + 4)
    figure = Figure(id=stable_id("fig", art.id, f_start), article=art.id, value=4.0, counted="people",
                    category="killed", start=f_start, end=f_start + len(f_text), text=f_text, source=sid)
    return ArticleExtraction(article=art, sources=[source], statements=[statement], figures=[figure])


def test_extract(articles) -> list[ArticleExtraction]:
    """fake_extract, and hand-made records for the hostile article (its strings defeat fake_extract's regexes)."""
    return [_hostile_extraction(a) if a.id == HOSTILE_ID else fake_extract([a])[0] for a in articles]


test_extract.__test__ = False  # a helper, not a test


def dated_record(i: int) -> dict:
    """article_record's storm articles, each town's in its own month, so date filters have something to split."""
    town = i % 5
    return {**article_record(i), "date": f"2025-{town + 1:02d}-{10 + i // 5:02d}"}


def build_store(folder: Path, n: int = 24) -> Path:
    records = [dated_record(i) for i in range(n)] + [hostile_record()]
    corpus = write_corpus(folder / "corpus.jsonl", records)
    db = folder / "serve.duckdb"
    api.ingest([str(corpus)], db=db, extractor=test_extract)
    return db


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store)) as c:
        yield c


def _all_stories(client) -> list[dict]:
    return client.get("/api/stories", params={"limit": 200}).json()["items"]


# -- story list -----------------------------------------------------------------------------------------------------


def test_story_list_page_and_api_agree(client, store):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    listing = client.get("/api/stories").json()
    with open_store(store, read_only=True) as s:
        assert listing["total"] == s.counts()["stories"]
    for story in listing["items"]:
        assert f'href="/stories/{story["id"]}"' in page.text
        assert story["articles"] >= 1


def test_story_search_and_filters(client):
    everything = _all_stories(client)
    harlow = client.get("/api/stories", params={"q": "HARLOW"}).json()
    assert harlow["total"] >= 1
    assert all("harlow" in (s["label"] or "").lower() or s["statements"] for s in harlow["items"])
    assert client.get("/api/stories", params={"q": "no such words anywhere"}).json()["total"] == 0
    # A quote's words find its story even when the label does not have them.
    assert client.get("/api/stories", params={"q": "doing everything we can"}).json()["total"] >= 1

    late = client.get("/api/stories", params={"date_from": "2025-04-01"}).json()["items"]
    assert late and all((s["end_date"] or s["start_date"]) >= "2025-04-01" for s in late)
    early = client.get("/api/stories", params={"date_to": "2025-02-28"}).json()["items"]
    assert early and all(s["start_date"] <= "2025-02-28" for s in early)
    march = client.get("/api/stories", params={"date_from": "2025-03-01", "date_to": "2025-03-31"}).json()["items"]
    assert march and all(s["start_date"] <= "2025-03-31" and s["end_date"] >= "2025-03-01" for s in march)
    assert len(late) < len(everything) and len(early) < len(everything)

    by_outlet = client.get("/api/stories", params={"outlet": "evening post"}).json()["items"]
    assert 0 < len(by_outlet) <= len(everything)
    for story in by_outlet:
        assert any(o["outlet"] == "Evening Post" for o in client.get(f"/api/stories/{story['id']}").json()["outlets"])

    by_source = client.get("/api/stories", params={"source": "Carter"}).json()["items"]
    assert by_source
    for story in by_source:
        names = {s["name"] for s in client.get(f"/api/stories/{story['id']}").json()["sources"]}
        assert any("Carter" in n for n in names)

    page = client.get("/", params={"q": "harlow", "date_from": "", "date_to": "", "outlet": "", "source": ""})
    assert page.status_code == 200  # an empty form field is no filter, not an invalid date
    assert client.get("/", params={"date_from": "yesterday"}).status_code == 422


def test_story_pages_cover_every_story_once(client):
    total = client.get("/api/stories").json()["total"]
    seen = []
    for order in ("newest", "oldest", "biggest"):
        ids = []
        for offset in range(0, total, 2):
            ids += [s["id"] for s in client.get("/api/stories", params={"limit": 2, "offset": offset,
                                                                        "sort": order}).json()["items"]]
        assert len(ids) == total and len(set(ids)) == total
        seen.append(ids)
    items = _all_stories(client)
    starts = [s["start_date"] for s in items]
    assert starts == sorted(starts, reverse=True)
    biggest = client.get("/api/stories", params={"sort": "biggest", "limit": 200}).json()["items"]
    assert [s["articles"] for s in biggest] == sorted((s["articles"] for s in biggest), reverse=True)
    past_end = client.get("/api/stories", params={"offset": total + 5}).json()
    assert past_end["items"] == [] and past_end["total"] == total
    assert client.get("/api/stories", params={"limit": 201}).status_code == 422
    assert client.get("/api/stories", params={"sort": "random()"}).status_code == 422


# -- story page, source page ----------------------------------------------------------------------------------------


def test_story_page_and_story_api(client, store):
    story = next(s for s in _all_stories(client) if s["statements"] and s["figures"])
    detail = client.get(f"/api/stories/{story['id']}").json()
    assert detail["id"] == story["id"] and len(detail["articles"]) == story["articles"]
    page = client.get(f"/stories/{story['id']}")
    assert page.status_code == 200
    ledger = api.load_ledger(story["id"], db=store)
    for st in ledger.statements:
        assert st.text in page.text
    for art in ledger.articles:
        assert (art.title or art.id) in page.text


def test_unknown_ids_are_404_pages(client):
    page = client.get("/stories/story-does-not-exist")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert "story-does-not-exist" in page.text
    assert client.get("/api/stories/story-does-not-exist").json() == {
        "detail": "no story 'story-does-not-exist' in this store"}
    assert client.get("/sources/src-nope").status_code == 404
    assert client.get("/api/sources/src-nope").status_code == 404
    assert client.get("/no/such/page").status_code == 404


def test_source_page_lists_what_a_source_said_across_stories_over_time(client, store):
    lopez = client.get("/api/sources", params={"q": "maria lopez"}).json()["items"][0]
    detail = client.get(f"/api/sources/{lopez['id']}", params={"limit": 200}).json()
    said = detail["statements"]["items"]
    assert detail["statements"]["total"] == len(said) == lopez["statements"]
    assert len({s["story"] for s in said}) >= 2  # across stories
    dates = [s["date"] for s in said]
    assert dates == sorted(dates)  # over time
    stored = {q["id"] for q in api.quotes(db=store) if q["speaker"] == "Maria Lopez"}
    assert {s["id"] for s in said} == stored
    page = client.get(f"/sources/{lopez['id']}")
    assert page.status_code == 200 and "Maria Lopez" in page.text
    for s in said:
        assert f"/stories/{s['story']}#{s['id']}" in page.text
    assert client.get("/sources", params={"q": "lopez"}).status_code == 200


def test_quotes_and_figures_match_the_store(client, store):
    quotes = client.get("/api/quotes", params={"speaker": "carter", "limit": 200}).json()
    assert {q["id"] for q in quotes["items"]} == {q["id"] for q in api.quotes(speaker="carter", db=store)}
    killed = client.get("/api/figures", params={"category": "killed", "limit": 200}).json()
    assert {f["id"] for f in killed["items"]} == {f["id"] for f in api.figures(category="killed", db=store)}
    assert client.get("/api/figures", params={"category": "not-a-category"}).status_code == 422
    since = client.get("/api/quotes", params={"since": "2025-04-01", "limit": 200}).json()["items"]
    assert since and all(q["date"] >= "2025-04-01" for q in since)
    assert len(since) < client.get("/api/quotes").json()["total"]


def test_openapi_schema_describes_the_api(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/sources", "/api/sources/{source_id}",
                 "/api/quotes", "/api/figures"):
        assert "get" in schema["paths"][path]
    ok = schema["paths"]["/api/stories/{story_id}"]["get"]["responses"]
    assert ok["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/StoryDetail")
    assert "404" in ok
    assert client.get("/docs").status_code == 404  # no page that would load scripts from a CDN


@pytest.mark.parametrize("in_memory", [True, False], ids=["records-in-memory", "records-from-tables"])
def test_one_query_story_loader_equals_the_stores_load_ledger(store, in_memory):
    reader = data.Reader(store, records_cache_bytes=data.RECORDS_CACHE_BYTES if in_memory else 0)
    assert reader.records_cached is in_memory
    try:
        with reader.session() as s:
            ids = [r["id"] for r in s.rows("SELECT id FROM stories")]
            for sid in ids:
                assert data.load_story(s, sid) == s.load_ledger(sid)
            assert data.load_story(s, "no-such-story") is None
    finally:
        reader.close()


def test_story_page_without_the_report_module_falls_back(store, monkeypatch):
    monkeypatch.setattr(serve_app, "_report_parts", lambda: None)
    with TestClient(create_app(store)) as c:
        story = next(s for s in _all_stories(c) if s["statements"])
        page = c.get(f"/stories/{story['id']}")
        assert page.status_code == 200 and "Who said what" in page.text
        ledger = api.load_ledger(story["id"], db=store)
        for st in ledger.statements:
            assert f'id="{st.id}"' in page.text  # every claim has its highlighted anchor


# -- opening the store ----------------------------------------------------------------------------------------------


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        create_app(tmp_path / "none.duckdb")
    not_a_store = tmp_path / "notes.duckdb"
    not_a_store.write_text("just some text\n")
    with pytest.raises(StoreError, match="not a newsledger store"):
        create_app(not_a_store)
    cli = __import__("newsledger.cli", fromlist=["app"]).app
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no store at" in result.stderr and "Traceback" not in result.stderr
    result = CliRunner().invoke(cli, ["serve", "--db", str(not_a_store)])  # unusable: its own exit code
    assert result.exit_code == 3 and "not a newsledger store" in result.stderr and "Traceback" not in result.stderr


def _other_process(code: str, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code).format(db=str(db))],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_store_being_written_is_a_clear_error(store, tmp_path):
    db = tmp_path / "busy.duckdb"
    db.write_bytes(store.read_bytes())
    writer = _other_process("""
        import time
        from newsledger.store import open_store
        store = open_store({db!r})
        print("writing", flush=True)
        time.sleep(30)
    """, db)
    try:
        assert writer.stdout.readline().strip() == "writing"
        with pytest.raises(StoreLocked, match="being written by another newsledger process"):
            create_app(db)
    finally:
        writer.kill()
        writer.wait()


def test_server_holds_the_store_read_only(store):
    before = hashlib.sha256(store.read_bytes()).hexdigest()
    reader = data.Reader(store)
    try:
        with reader.session() as s, pytest.raises(Exception, match="read-only|read only"):
            s.con.execute("CREATE TABLE store.main.intruder (x INTEGER)")
        with reader.session() as s, pytest.raises(StoreError, match="read-only"):
            s.write_batch([])
        # No writer can change the file under it: another process gets the store's clear message.
        writer = _other_process("""
            from newsledger.store import StoreLocked, open_store
            try:
                open_store({db!r})
            except StoreLocked as exc:
                print(exc)
        """, store)
        out, _ = writer.communicate(timeout=60)
        assert "in use by another newsledger process" in out
    finally:
        reader.close()
    with TestClient(create_app(store)) as c:
        for path in ("/", "/api/stories", "/sources"):
            c.get(path)
    assert hashlib.sha256(store.read_bytes()).hexdigest() == before


def test_serve_binds_loopback_unless_told(store, monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw, app=app))
    api.serve(store)
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000
    with TestClient(seen["app"]) as c:  # on loopback, only loopback names are answered (DNS rebinding)
        assert c.get("/api/stories", headers={"host": "127.0.0.1:8000"}).status_code == 200
        assert c.get("/api/stories", headers={"host": "attacker.example"}).status_code == 400
    calls = []
    monkeypatch.setattr(api, "serve", lambda db, **kw: calls.append(kw))
    from newsledger.cli import app as cli

    assert CliRunner().invoke(cli, ["serve", "--db", str(store)]).exit_code == 0
    assert calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8000
    assert calls[-1]["workers"] == 1 and calls[-1]["cache_mb"] == serve_app.DEFAULT_CACHE_MB
    assert CliRunner().invoke(cli, ["serve", "--db", str(store), "--workers", "2", "--cache-mb", "0"]).exit_code == 0
    assert calls[-1]["workers"] == 2 and calls[-1]["cache_mb"] == 0


def test_search_without_the_in_memory_text_finds_the_same_stories(store, client):
    """Stores too big for the in-memory search text are searched in the tables: same answers, only slower."""
    with TestClient(create_app(store, search_cache_bytes=0)) as plain:
        for q in ("harlow", "Doing Everything", "mallory", "storm in", "killed", "no such words"):
            cached = client.get("/api/stories", params={"q": q, "limit": 200}).json()
            tables = plain.get("/api/stories", params={"q": q, "limit": 200}).json()
            assert cached == tables, q


# -- the response cache ---------------------------------------------------------------------------------------------

CACHE = "x-newsledger-cache"


def test_repeat_views_are_answered_from_the_response_cache(store):
    with TestClient(create_app(store)) as c:
        story = c.get("/api/stories").json()["items"][0]["id"]
        for path in (f"/stories/{story}", "/?q=storm", "/api/stories?q=storm&limit=5", f"/api/stories/{story}",
                     "/sources", "/api/quotes?limit=3"):
            first, again = c.get(path), c.get(path)
            assert (first.headers[CACHE], again.headers[CACHE]) == ("miss", "hit"), path
            assert again.status_code == 200 and again.content == first.content, path
            for header in ("content-type", "content-length", "content-security-policy"):
                assert again.headers[header] == first.headers[header], (path, header)
        assert c.get("/?q=harlow").headers[CACHE] == "miss"  # another query is another entry
        for path in ("/stories/no-such-story", "/api/stories?limit=0"):  # errors are never kept
            assert [c.get(path).headers[CACHE] for _ in range(2)] == ["miss", "miss"]
        for path in ("/static/app.css", "/openapi.json"):
            assert CACHE not in c.get(path).headers
        assert CACHE not in c.request("POST", "/api/stories").headers
        kept = c.app.app.state.responses
        assert 0 < kept.size <= kept.max_bytes and kept.hits >= 6
    with TestClient(create_app(store, cache_bytes=0)) as off:
        assert [CACHE in off.get(f"/stories/{story}").headers for _ in range(2)] == [False, False]


def test_the_response_cache_is_bounded_least_recently_used_first():
    from newsledger.serve.cache import ResponseStore

    kept = ResponseStore(8000)
    headers = [(b"content-type", b"text/html")]
    for i in range(6):
        kept.put((f"/p{i}".encode(), b""), (headers, b"x" * 900))
    assert kept.get((b"/p0", b"")) is not None  # read: now the most recently used
    for i in range(6, 20):
        kept.put((f"/p{i}".encode(), b""), (headers, b"x" * 900))
        assert kept.size <= kept.max_bytes
    assert len(kept) < 20 and kept.get((b"/p19", b"")) is not None and kept.get((b"/p1", b"")) is None
    kept.put((b"/big", b""), (headers, b"x" * 1100))  # over an eighth of the bound: not kept
    assert kept.get((b"/big", b"")) is None
    assert ResponseStore(0).max_bytes == 0


def test_without_the_full_text_index_searches_fall_back_to_labels_titles_and_quotes(store, tmp_path):
    """A store whose search index is missing is searched in labels, titles and quotes: the in-memory text and the
    tables give the same answers, in every order."""
    bare = tmp_path / "bare.duckdb"
    shutil.copy(store, bare)  # without its .search sidecar
    readers = [data.Reader(bare), data.Reader(bare, search_cache_bytes=0)]
    assert readers[0].search is None and "missing" in readers[0].search_problem and not readers[1].search_cached
    try:
        with readers[0].session() as a, readers[1].session() as b:
            for text in ("harlow", "HARLOW", "mallory", "killed", "arl", "storm in", "Zelenskyy's", "nothing_like_it"):
                for sort in ("newest", "oldest", "biggest", "relevance"):
                    for limit, offset in ((50, 0), (2, 1), (200, 10_000)):
                        page = dict(limit=limit, offset=offset, sort=sort, text=text)
                        assert data.list_stories(a, **page) == data.list_stories(b, **page), (text, sort)
            assert data.list_stories(a, limit=50, text="arl")[0] > 0  # a substring, as the fallback matches
            both = dict(limit=50, text="storm", outlet="example")
            assert data.list_stories(a, **both) == data.list_stories(b, **both)
    finally:
        for reader in readers:
            reader.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_REUSEPORT workers and /proc are Linux's")
def test_several_workers_share_the_port_and_stop_cleanly(store):
    """`newsledger serve --workers 2`: both processes come up and answer (each its own SO_REUSEPORT socket on
    Linux), a second server on the same port is refused clearly, and SIGINT stops them all."""
    from newsledger.bench.load import running_server

    with running_server(store, workers=2) as server:
        with httpx.Client(base_url=server.base, timeout=10) as c:
            # Fresh connections land on either process; each keeps its own cache, so a page can miss twice.
            seen = {httpx.get(f"{server.base}/sources", timeout=10).headers["x-newsledger-cache"] for _ in range(40)}
            assert seen <= {"hit", "miss"} and c.get("/api/stories").status_code == 200
        clash = subprocess.run([sys.executable, "-m", "newsledger.cli", "serve", "--db", str(store), "--port",
                                str(server.port), "--workers", "2"], capture_output=True, text=True, timeout=60)
        assert clash.returncode != 0 and "cannot listen on" in clash.stderr
        children = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout.split()
        workers = [pid for pid in children if b"spawn_main" in _read(f"/proc/{pid}/cmdline")]
        assert len(workers) == 2
    assert not any(_running(pid) for pid in workers)


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        return b""


def _running(pid: str) -> bool:
    status = _read(f"/proc/{pid}/status")
    return bool(status) and b"State:\tZ" not in status  # a zombie has ended


def test_story_pages_and_searches_are_the_same_on_the_event_loop_and_in_threads(store, monkeypatch):
    """Small in-memory stories are answered on the event loop, the rest in worker threads: the pages are the same
    either way."""
    paths = [f"/stories/{s['id']}" for s in _all_stories(TestClient(create_app(store)))]
    paths += ["/stories/no-such-story", "/?q=harlow", "/?q=storm&sort=oldest", "/api/stories?q=killed&limit=3"]
    with TestClient(create_app(store, cache_bytes=0)) as c:
        inline = [(r.status_code, r.text) for r in map(c.get, paths)]
    monkeypatch.setattr(serve_app, "INLINE_RECORDS", -1)
    with TestClient(create_app(store, cache_bytes=0)) as c:
        threaded = [(r.status_code, r.text) for r in map(c.get, paths)]
    assert inline == threaded and inline[-4][0] == 404 and all(code == 200 for code, _ in inline[-3:])
