"""Store queries through the Python API and the CLI (--json, --csv, tables), and a real end-to-end seed ingest."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from newsledger import api
from newsledger.cli import app
from tests.test_store import ingest
from tests.test_store_kit import article_record, write_corpus

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("store")
    corpus = write_corpus(tmp / "corpus.jsonl", (article_record(i) for i in range(20)))
    path = tmp / "q.duckdb"
    ingest([corpus], path)
    return path


def cli(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_stories_and_story(db):
    rows = api.stories(db=db)
    assert len(rows) == 20 and all(r["articles"] == 1 for r in rows)
    detail = api.story(rows[0]["id"], db=db)
    assert {"outlets", "sources", "statements", "figures", "findings"} <= set(detail)
    assert len(detail["figures"]) == 2 and len(detail["statements"]) == 1
    with pytest.raises(KeyError):
        api.story("story-nope", db=db)


def test_quotes_by_speaker_story_and_since(db):
    lopez = api.quotes(speaker="lopez", db=db)
    assert lopez and all("Lopez" in r["speaker"] for r in lopez)
    assert [r["date"] for r in lopez] == sorted(r["date"] for r in lopez)
    assert all(r["date"] >= "2025-03-10" for r in api.quotes(speaker="Lopez", since="2025-03-10", db=db))
    one = lopez[0]["story"]
    assert {r["story"] for r in api.quotes(speaker="Lopez", story=one, db=db)} == {one}
    assert api.quotes(speaker="100%_nobody", db=db) == []


def test_figures_series_and_sources_search(db):
    killed = api.figures(category="killed", db=db)
    assert len(killed) == 20 and all(r["category"] == "killed" for r in killed)
    assert [r["date"] for r in killed] == sorted(r["date"] for r in killed)
    found = api.sources(search="carter", db=db)
    assert [r["name"] for r in found] == ["John Carter"]
    assert found[0]["articles"] == 5  # one person across stories: named in full, merged corpus-wide


def test_cli_json_csv_and_table(db):
    stories = json.loads(cli("stories", "--db", str(db), "--json"))
    assert len(stories) == 20
    story = json.loads(cli("story", stories[0]["id"], "--db", str(db), "--json"))
    assert story["id"] == stories[0]["id"]
    rows = list(csv.DictReader(io.StringIO(cli("quotes", "--speaker", "Weber", "--db", str(db), "--csv"))))
    assert rows and all(r["speaker"] == "Anna Weber" for r in rows)
    rows = list(csv.DictReader(io.StringIO(cli("figures", "--category", "wounded", "--db", str(db), "--csv"))))
    assert len(rows) == 20
    assert "Maria Lopez" in cli("sources", "--search", "maria", "--db", str(db))
    assert "story" in cli("story", stories[0]["id"], "--db", str(db), "--csv")


def test_cli_errors_are_messages_not_tracebacks(db, tmp_path):
    result = runner.invoke(app, ["stories", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no store at" in result.stderr
    result = runner.invoke(app, ["story", "story-nope", "--db", str(db)])
    assert result.exit_code == 1 and "no story" in result.stderr


def test_load_ledger_of_one_story(db):
    sid = api.stories(db=db)[0]["id"]
    ledger = api.load_ledger(sid, db=db)
    assert [s.id for s in ledger.stories] == [sid]
    assert {st.article for st in ledger.statements} <= set(ledger.stories[0].articles)
    assert ledger.sources


def test_seeds_end_to_end_twice_gives_two_articles(seeds_dir, tmp_path):
    db = tmp_path / "seeds.duckdb"
    for expected_added in (2, 0):
        result = runner.invoke(app, ["ingest", str(seeds_dir), "--db", str(db), "--quiet"])
        assert result.exit_code == 0, result.output
        assert f"added {expected_added}," in result.stderr
    assert len(api.stories(db=db)) >= 1
    ledger = api.load_ledger(db=db)
    assert len(ledger.articles) == 2
    from newsledger.ledger import check_offsets

    assert check_offsets(ledger) == []


def test_cli_ingest_broken_file_exits_1(tmp_path, seeds_dir):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(bad), str(seeds_dir), "--db", str(tmp_path / "s.duckdb"), "-q"])
    assert result.exit_code == 1
    assert "bad.jsonl" in result.stderr and "added 2" in result.stderr and "failed 1" in result.stderr
