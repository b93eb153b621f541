"""Exports of a store: jsonl lines like `analyze --format jsonl`, csv/parquet tables, schema.org JSON-LD."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from newsledger import api
from newsledger.cli import app
from tests.test_store import ingest
from tests.test_store_kit import article_record, write_corpus


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("export")
    records = [article_record(i) for i in range(6)]
    records.append({**records[0], "id": "gen-v2", "text": records[0]["text"] + " More later."})
    path = tmp / "e.duckdb"
    ingest([write_corpus(tmp / "a.jsonl", records[:6])], path)
    ingest([write_corpus(tmp / "b.jsonl", records[6:])], path)
    return path


def test_jsonl_has_every_record_with_its_type(db, tmp_path):
    out = api.export(tmp_path / "out.jsonl", db=db, format="jsonl")
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    ledger = api.load_ledger(db=db)
    assert sum(x["type"] == "article" for x in lines) == len(ledger.articles) == 7
    assert sum(x["type"] == "statement" for x in lines) == len(ledger.statements)
    assert sum(x["type"] == "figure" for x in lines) == len(ledger.figures)
    assert [x for x in lines if x["type"] == "source"] == [s.model_dump(mode="json") | {"type": "source"}
                                                           for s in ledger.sources]
    assert all(x["mentions"] for x in lines if x["type"] == "source")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables(db, tmp_path, fmt):
    out = tmp_path / f"out-{fmt}"
    runner = CliRunner()
    result = runner.invoke(app, ["export", str(out), "--db", str(db), "--format", fmt])
    assert result.exit_code == 0, result.output
    names = {p.name for p in out.iterdir()}
    assert {f"{t}.{fmt}" for t in ("articles", "statements", "figures", "sources", "stories")} <= names
    if fmt == "parquet":
        assert pq.read_table(out / "articles.parquet").num_rows == 7
    else:
        assert len((out / "articles.csv").read_text(encoding="utf-8").strip().splitlines()) >= 8
    assert not list(tmp_path.glob(".*partial"))


def test_jsonld_is_schema_org(db, tmp_path):
    doc = json.loads(api.export(tmp_path / "out.jsonld", db=db, format="jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == "https://schema.org"
    nodes = doc["@graph"]
    by_type: dict[str, list] = {}
    for node in nodes:
        assert node["@id"].startswith("urn:newsledger:")
        by_type.setdefault(node["@type"], []).append(node)
    ids = {n["@id"] for n in nodes}
    assert len(by_type["NewsArticle"]) == 7
    assert any(a.get("isBasedOn") for a in by_type["NewsArticle"])  # the changed text points to its first version
    for q in by_type["Quotation"]:
        assert q["text"] and q["spokenByCharacter"] == q["creator"] and q["creator"]["@id"] in ids
        assert q["isPartOf"]["@id"] in ids
    for c in by_type["Claim"]:
        assert c["appearance"] and all(a["@id"] in ids for a in c["appearance"])
        assert c["firstAppearance"]["@id"] in ids
    assert by_type["Person"]
