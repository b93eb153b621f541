"""Corrections made by hand (store/overrides.py): story merge/split and source merge/split, through the CLI and
the API, stored as override rows, kept through later ingests, and said on the web app's pages. Invented articles
(tests/test_search.py's flood and fire stories); test_store_kit's regex extractor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsledger import api
from newsledger.cli import app as cli
from newsledger.serve.app import create_app
from newsledger.store import StoreError, open_store
from tests.test_search import fire, flood, index_in_step, ingest


def members(db: Path) -> dict[str, list[str]]:
    """story id → its article ids"""
    with open_store(db, read_only=True) as store:
        rows = store.query("SELECT story, list(article ORDER BY article) AS a FROM story_articles GROUP BY story")
    return {r["story"]: r["a"] for r in rows}


def story_of(db: Path, article: str) -> str:
    return next(s for s, arts in members(db).items() if article in arts)


def consistent(db: Path) -> None:
    """Every story-owned record follows its articles' story; the store's stories are exactly the memberships."""
    with open_store(db, read_only=True) as store:
        bad = store.query("SELECT t.id FROM statements t JOIN story_articles sa ON sa.article = t.article "
                          "WHERE t.story <> sa.story UNION ALL SELECT f.id FROM figures f JOIN story_articles sa "
                          "ON sa.article = f.article WHERE f.story <> sa.story")
        stories = {r["id"] for r in store.query("SELECT id FROM stories")}
    assert not bad and stories == set(members(db))


@pytest.fixture()
def db(tmp_path) -> Path:
    db = tmp_path / "news.duckdb"
    ingest(db, [flood(1), flood(2), fire(1), fire(2)], "a")
    flood_story, fire_story = story_of(db, "flood-1"), story_of(db, "fire-1")
    assert flood_story != fire_story and members(db) == {flood_story: ["flood-1", "flood-2"],
                                                         fire_story: ["fire-1", "fire-2"]}
    return db


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_a_story_merge_survives_later_ingests_of_both_stories(db):
    flood_story, fire_story = story_of(db, "flood-1"), story_of(db, "fire-1")
    out = json.loads(run("story", "merge", flood_story, fire_story, "--db", str(db), "--json"))
    assert out == {"story": flood_story, "merged": fire_story, "articles_moved": 2}
    assert members(db) == {flood_story: ["fire-1", "fire-2", "flood-1", "flood-2"]}
    consistent(db)
    ingest(db, [flood(3, day=4), fire(3, day=4)], "b")  # the index alone would file fire-3 under the fire story
    assert members(db) == {flood_story: ["fire-1", "fire-2", "fire-3", "flood-1", "flood-2", "flood-3"]}
    consistent(db)
    assert index_in_step(db)
    # `newsledger story ID` still shows a story beside the new subcommands
    assert "Riverton flood" in run("story", flood_story, "--db", str(db))
    with open_store(db, read_only=True) as store:
        row = store.query("SELECT kind, target, subject, members FROM overrides")[0]
    assert (row["kind"], row["target"], row["subject"]) == ("story_merge", flood_story, fire_story)


def test_a_story_split_survives_an_ingest(db):
    flood_story = story_of(db, "flood-1")
    ingest(db, [flood(3, day=4)], "b")
    assert members(db)[flood_story] == ["flood-1", "flood-2", "flood-3"]
    result = api.story_split(flood_story, ["flood-2", "flood-3"], db=db)
    new = result["story"]
    assert new not in (flood_story, story_of(db, "fire-1"))
    assert members(db)[flood_story] == ["flood-1"] and members(db)[new] == ["flood-2", "flood-3"]
    consistent(db)
    ingest(db, [flood(4, day=5), fire(3, day=4)], "c")  # the index would put flood-4 with all three
    assert members(db)[new] == ["flood-2", "flood-3"]
    assert story_of(db, "flood-4") != new and story_of(db, "fire-3") == story_of(db, "fire-1")
    consistent(db)


def test_splitting_off_what_a_merge_brought_in_undoes_the_merge_for_later_articles(db):
    flood_story, fire_story = story_of(db, "flood-1"), story_of(db, "fire-1")
    api.story_merge(flood_story, fire_story, db=db)
    new = api.story_split(flood_story, ["fire-1", "fire-2"], db=db)["story"]
    ingest(db, [fire(3, day=4)], "b")
    assert members(db)[new] == ["fire-1", "fire-2", "fire-3"]


def test_a_source_merge_and_split_survive_an_ingest(tmp_path):
    db = tmp_path / "people.duckdb"
    def danielle(i: int, day: int) -> dict:
        record = flood(i, day=day)
        return {**record, "text": record["text"].replace("Dana Whitfield", "Danielle Whitfield")}

    ingest(db, [flood(1), danielle(2, 3)], "a")
    with open_store(db, read_only=True) as store:
        ids = {r["name"]: r["id"] for r in store.query("SELECT id, name FROM sources")}
    assert set(ids) == {"Dana Whitfield", "Danielle Whitfield"}
    api.source_merge(ids["Dana Whitfield"], ids["Danielle Whitfield"], db=db)
    ingest(db, [danielle(3, 4)], "b")  # Danielle again, in a new article
    with open_store(db, read_only=True) as store:
        assert {r["id"] for r in store.query("SELECT id FROM sources")} == {ids["Dana Whitfield"]}
        said = store.query("SELECT article, source FROM statements ORDER BY article")
        aliases = {r["alias"] for r in store.query("SELECT alias FROM source_aliases")}
    assert [r["source"] for r in said] == [ids["Dana Whitfield"]] * 3
    assert aliases == {"Dana Whitfield", "Danielle Whitfield"}

    # and split it again: what was written "Danielle Whitfield" becomes its own source, in later articles too
    out = json.loads(run("source", "split", ids["Dana Whitfield"], "--aliases", "danielle whitfield", "--db",
                         str(db), "--json"))
    danielle_id = out["source"]
    ingest(db, [danielle(4, 5)], "c")
    with open_store(db, read_only=True) as store:
        said = {r["article"]: r["source"] for r in store.query("SELECT article, source FROM statements")}
    assert said == {"flood-1": ids["Dana Whitfield"], "flood-2": danielle_id, "flood-3": danielle_id,
                    "flood-4": danielle_id}
    consistent(db)


def test_bad_corrections_are_refused_clearly_and_change_nothing(db):
    flood_story, fire_story = story_of(db, "flood-1"), story_of(db, "fire-1")
    for args, message in (
            (["story", "merge", flood_story, flood_story], "into itself"),
            (["story", "merge", flood_story, "story-nope"], "no story 'story-nope'"),
            (["story", "split", flood_story, "--articles", "fire-1"], "not in story"),
            (["story", "split", flood_story, "--articles", "flood-1,flood-2"], "every article"),
            (["source", "merge", "src-a", "src-b"], "no source 'src-a'"),
    ):
        result = CliRunner().invoke(cli, [*args, "--db", str(db)])
        assert result.exit_code == 1 and message in result.output, (args, result.output)
    with open_store(db, read_only=True) as store:
        assert store.query("SELECT count(*) AS n FROM overrides")[0]["n"] == 0
        source = store.query("SELECT id FROM sources WHERE name = 'Dana Whitfield'")[0]["id"]
    with pytest.raises(StoreError, match="never written as 'Whitfield'"):
        api.source_split(source, ["Whitfield"], db=db)
    assert members(db) == {flood_story: ["flood-1", "flood-2"], fire_story: ["fire-1", "fire-2"]}


def test_the_app_says_what_was_edited_by_hand(db):
    flood_story, fire_story = story_of(db, "flood-1"), story_of(db, "fire-1")
    api.story_merge(flood_story, fire_story, db=db)
    with open_store(db, read_only=True) as store:
        ids = {r["name"]: r["id"] for r in store.query("SELECT id, name FROM sources")}
    api.source_merge(ids["Dana Whitfield"], ids["Omar Castellanos"], db=db)
    served = create_app(db)
    with TestClient(served) as c:
        page = c.get(f"/stories/{flood_story}").text
        assert "Edited by hand" in page and f"story {fire_story} was merged into this one" in page
        source = c.get(f"/sources/{ids['Dana Whitfield']}").text
        assert "Edited by hand" in source and f"source {ids['Omar Castellanos']} was merged into this one" in source
        assert c.get(f"/stories/{fire_story}").status_code == 404
    served.app.state.reader.close()


def test_a_merge_holds_when_the_index_later_folds_either_story_into_a_third():
    from newsledger.store.overrides import Override, Overrides

    merge = Overrides((Override(1, "story_merge", "A", "B", ("b1",), "2025-01-01"),))
    assert merge.story_of("b9", "B") == "A" and merge.story_of("a9", "A") == "A"
    assert merge.story_of("c1", "C") == "C"  # an unrelated story is left alone
    b_into_c = {"B": "C"}.get
    assert merge.story_of("c1", "C", lambda s: b_into_c(s, s)) == "A"  # the index says C is B: C joins A
    a_into_c = {"A": "C"}.get
    assert {merge.story_of(x, s, lambda s: a_into_c(s, s)) for x, s in (("a1", "C"), ("b1", "B"))} == {"C"}
