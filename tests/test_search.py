"""Full-text search (store/search.py): article bodies, ranked, the matching sentence shown; the `<db>.search` index
kept in step with the store on every ingest, rebuilt when missing or stale, never trusted when out of date.
Invented articles; test_store_kit's regex extractor."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsledger import api
from newsledger.cli import app as cli
from newsledger.serve import data
from newsledger.serve.app import create_app
from newsledger.store import open_store, search
from tests.test_store_kit import fake_extract, write_corpus


def flood(i: int, day: int = 3) -> dict:
    return {"id": f"flood-{i}", "url": f"https://river{i}.test/a", "outlet": f"River {i}", "date": f"2025-05-{day:02d}",
            "title": f"Riverton flood forces evacuation of Millbrook district ({i})",
            "text": "Floodwater from the Calder river reached the Millbrook district of Riverton on Tuesday. "
                    '"The levee at Hollins Bridge gave way before dawn," said Dana Whitfield. '
                    f"Officials said {4 + i} people were killed as the water rose in Riverton."}


def fire(i: int, day: int = 3) -> dict:
    return {"id": f"fire-{i}", "url": f"https://plant{i}.test/b", "outlet": f"Plant {i}", "date": f"2025-05-{day:02d}",
            "title": f"Blaze at Eastvale chemical plant ({i})",
            "text": "A fire broke out at the Norcross Chemicals plant in Eastvale on Tuesday night. "
                    '"Crews contained the blaze near the solvent tanks," said Omar Castellanos. '
                    f"Officials said {2 + i} workers were injured at the Eastvale plant. Calder county sent two "
                    "engines."}


HOSTILE = {"id": "odd-1", "url": "https://odd.test/c", "outlet": "Odd Post", "date": "2025-05-03",
           "title": "Quarry notice",
           "text": "The quarry at Pellworth closed. Inspectors found <script>alert(1)</script> zinnober dust "
                   "everywhere, <b>zinnober</b> again."}


def ingest(db: Path, records: list[dict], name: str):
    return api.ingest([str(write_corpus(db.parent / f"{name}.jsonl", records))], db=db, extractor=fake_extract)


def index_in_step(db: Path) -> bool:
    with open_store(db, read_only=True) as store:
        try:
            search.SearchIndex(db, search.fingerprint(store.con))
        except search.SearchUnavailable:
            return False
        return True


@pytest.fixture()
def db(tmp_path) -> Path:
    db = tmp_path / "news.duckdb"
    ingest(db, [flood(1), flood(2), fire(1), fire(2)], "a")
    ingest(db, [HOSTILE], "b")
    return db


def stories_of(db: Path) -> dict[str, str]:
    """article id → story id"""
    with open_store(db, read_only=True) as store:
        return {r["article"]: r["story"] for r in store.query("SELECT article, story FROM story_articles")}


def test_the_query_is_words_not_syntax():
    assert search.fts_query("Calder river") == '"Calder" "river"'
    assert search.fts_query('"Hollins Bridge" levee') == '"Hollins Bridge" "levee"'
    assert search.fts_query("cease-fire Zelenskyy's") == '"cease fire" "Zelenskyy s"'
    assert search.fts_query('NOT OR AND ^ * ( ) "" :') == '"NOT" "OR" "AND"'  # operators are words here
    assert search.fts_query(" -- ; ") is None


def test_ingest_keeps_the_index_in_step_and_bodies_are_found(db):
    assert search.index_path(db).is_file() and index_in_step(db)
    with open_store(db, read_only=True) as store:
        # "Calder river" is in no title, label or quote: only in the flood articles' bodies
        hits = search.search_stories(db, store.con, "calder river")
        assert [h.story for h in hits] == [stories_of(db)["flood-1"]]
        match = search.matching_sentences(db, store.con, "calder river", [hits[0].article])[hits[0].article]
        assert match.sentence == "Floodwater from the Calder river reached the Millbrook district of Riverton on Tuesday."
        assert [match.sentence[s:e] for s, e in match.spans] == ["Calder", "river"]
        # stemmed, case and accents ignored; both stories mention Calder, the one saying it twice... once each
        assert {h.story for h in search.search_stories(db, store.con, "CALDER")} == {
            stories_of(db)["flood-1"], stories_of(db)["fire-1"]}
        assert search.search_stories(db, store.con, "evacuations")[0].story == stories_of(db)["flood-1"]
        assert search.search_stories(db, store.con, "no such wording") == []


def test_results_are_ranked_by_bm25(tmp_path):
    db = tmp_path / "rank.duckdb"
    once = {**fire(7), "id": "once", "url": "https://x.test/1", "title": "Council meeting",
            "text": "The council met on Monday. A heron was seen near the hall. Budgets were discussed at length."}
    often = {**fire(8), "id": "often", "url": "https://y.test/2", "date": "2025-08-20", "title": "Heron returns",
             "text": "The heron colony at Saltmarsh grew. Each heron nests early; heron chicks hatch in May."}
    ingest(db, [once, often], "rank")
    with open_store(db, read_only=True) as store:
        index = search.SearchIndex(db, search.fingerprint(store.con))
        assert [a for a, _ in index.hits("heron")] == ["often", "once"]


def test_the_app_shows_the_matching_sentence_escaped_and_ranked(db):
    served = create_app(db)
    with TestClient(served) as c:
        page = c.get("/", params={"q": "Calder river"})
        assert page.status_code == 200
        assert "from the <mark>Calder</mark> <mark>river</mark> reached" in page.text
        api_page = c.get("/api/stories", params={"q": "calder"}).json()
        assert api_page["total"] == 2
        first = api_page["items"][0]
        assert first["match"] and "Calder" in first["match"] and first["match_article"]
        # the match is in the article's own text, as stored
        with open_store(db, read_only=True) as store:
            text = store.load_ledger(first["id"]).article(first["match_article"]).text
        assert first["match"].strip("…") in text
        # filters still apply to a full-text search
        assert c.get("/api/stories", params={"q": "calder", "outlet": "Plant 1"}).json()["total"] == 1
        hostile = c.get("/", params={"q": "zinnober"}).text
        assert "<script>alert(1)</script>" not in hostile and "<b>zinnober" not in hostile
        assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>zinnober</mark>" in hostile
    served.app.state.reader.close()


def test_a_missing_or_stale_index_is_never_used_and_is_rebuilt(db, tmp_path):
    old = tmp_path / "old.search"
    shutil.copy(search.index_path(db), old)
    ingest(db, [flood(3, day=4)], "c")
    assert index_in_step(db)
    shutil.copy(old, search.index_path(db))  # as if the update after that commit had been lost
    assert not index_in_step(db)
    reader = data.Reader(db)
    try:
        assert reader.search is None and "out of date" in reader.search_problem
    finally:
        reader.close()
    served = create_app(db)
    with TestClient(served) as c:  # the app falls back to labels, titles and quotes, and says so
        page = c.get("/", params={"q": "Riverton"}).text
        assert "newsledger reindex" in page and "Riverton flood" in page
    served.app.state.reader.close()  # DuckDB: no writer beside a reader, even in one process
    # the next ingest sees the index is behind and rebuilds it, with the lost batch's article
    ingest(db, [fire(3, day=4)], "d")
    assert index_in_step(db)
    with open_store(db, read_only=True) as store:
        index = search.SearchIndex(db, search.fingerprint(store.con))
        assert {a for a, _ in index.hits("Millbrook")} == {"flood-1", "flood-2", "flood-3"}


def test_reindex_rebuilds_a_missing_or_damaged_index_and_the_store_is_untouched(db):
    with open_store(db, read_only=True) as store:
        before = store.counts()
    search.index_path(db).unlink()
    assert not index_in_step(db)
    result = CliRunner().invoke(cli, ["stories", "--db", str(db), "--search", "calder"])
    assert result.exit_code == 1 and "newsledger reindex" in result.output
    result = CliRunner().invoke(cli, ["reindex", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert index_in_step(db)
    search.index_path(db).write_bytes(b"not a database at all" * 100)
    assert not index_in_step(db)
    ingest(db, [flood(5, day=6)], "e")  # a damaged index is rebuilt by the next ingest
    assert index_in_step(db)
    search.index_path(db).unlink()
    search.index_path(db).mkdir()  # an index that cannot be written at all: the batch is stored all the same
    with pytest.warns(UserWarning, match="reindex"):
        ingest(db, [flood(6, day=6)], "f")
    with open_store(db, read_only=True) as store:
        assert store.counts()["articles"] == before["articles"] + 2
    result = CliRunner().invoke(cli, ["reindex", "--db", str(db)])
    assert result.exit_code == 1 and "cannot write the search index" in result.output
    search.index_path(db).rmdir()
    assert CliRunner().invoke(cli, ["reindex", "--db", str(db)]).exit_code == 0
    assert index_in_step(db)


def test_stories_search_on_the_command_line_covers_bodies(db):
    rows = api.stories(search="calder river", db=db)
    assert [r["id"] for r in rows] == [stories_of(db)["flood-1"]]
    assert "Calder river" in rows[0]["match"]
    result = CliRunner().invoke(cli, ["stories", "--db", str(db), "--search", "Norcross", "--json"])
    assert result.exit_code == 0 and stories_of(db)["fire-1"] in result.output


def test_a_long_sentence_is_cut_to_a_window_around_the_match():
    words = " ".join(f"word{i}" for i in range(200))
    marked = words.replace("word120", "\x02heron\x03")
    match = search._sentence("a1", marked)
    assert match.sentence.startswith("…") and match.sentence.endswith("…")
    assert len(match.sentence) <= search.SNIPPET_CHARS + 2
    assert [match.sentence[s:e] for s, e in match.spans] == ["heron"]
    assert match.segments()[1] == ("heron", True)
