"""`newsledger serve`: the pages and the JSON API over a small store we write ourselves (test_store_kit's corpus,
its fake extractor, and one hostile article used by test_serve_security.py)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

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


def test_one_query_story_loader_equals_the_stores_load_ledger(store):
    reader = data.Reader(store)
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
    with pytest.raises(StoreError, match="cannot open store"):
        create_app(not_a_store)
    result = CliRunner().invoke(__import__("newsledger.cli", fromlist=["app"]).app,
                                ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no store at" in result.stderr and "Traceback" not in result.stderr


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


def test_search_without_the_in_memory_text_finds_the_same_stories(store, client):
    """Stores too big for the in-memory search text are searched in the tables: same answers, only slower."""
    with TestClient(create_app(store, search_cache_bytes=0)) as plain:
        for q in ("harlow", "Doing Everything", "mallory", "storm in", "killed", "no such words"):
            cached = client.get("/api/stories", params={"q": q, "limit": 200}).json()
            tables = plain.get("/api/stories", params={"q": q, "limit": 200}).json()
            assert cached == tables, q
