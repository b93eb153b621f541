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
        # "first published" is claimed only between dated articles (link/align.py first_published; issue 16)
        assert "firstAppearance" not in c or c["firstAppearance"]["@id"] in ids
    assert by_type["Person"]


# -- nothing deleted, nothing overwritten -----------------------------------------------------------------------------


def _tree(root) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _digest(path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def workdir(db, tmp_path, monkeypatch):
    """A working directory holding someone's files and a copy of the store, as the current directory."""
    import shutil

    root = tmp_path / "work"
    (root / "notes").mkdir(parents=True)
    (root / "draft.txt").write_text("my draft\n", encoding="utf-8")
    (root / "notes" / "todo.md").write_text("- call back\n", encoding="utf-8")
    shutil.copy(db, root / "news.duckdb")
    monkeypatch.chdir(root)
    return root


def _export(*args: str):
    return CliRunner().invoke(app, ["export", *args])


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "jsonld"])
@pytest.mark.parametrize("target", [".", "ABS", "notes"])
def test_export_into_a_directory_with_files_deletes_nothing(workdir, fmt, target):
    before = _tree(workdir)
    out = str(workdir) if target == "ABS" else target
    result = _export(out, "--db", "news.duckdb", "--format", fmt)
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output  # a message, no crash
    assert "error" in result.output
    assert "holds the store" in result.output if target != "notes" else (
        "already holds files" in result.output or "is a directory" in result.output)
    assert _tree(workdir) == before  # every file still there, unchanged, and no temporary sibling left
    assert api.stories(db=workdir / "news.duckdb")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "jsonld"])
@pytest.mark.parametrize("overwrite", [False, True])
def test_export_onto_the_store_is_refused(workdir, fmt, overwrite):
    store = workdir / "news.duckdb"
    before = _digest(store)
    for out in ("news.duckdb", str(store), "./notes/../news.duckdb", "news.duckdb.wal"):
        result = _export(out, "--db", "news.duckdb", "--format", fmt, *(["--overwrite"] if overwrite else []))
        assert result.exit_code == 1, result.output
        assert "refusing to export onto the store" in result.output
    assert _digest(store) == before
    assert not (workdir / "news.duckdb.wal").exists()
    assert len(api.load_ledger(db=store).articles) == 7  # still opens, still whole


def test_overwrite_replaces_only_the_files_the_export_writes(workdir):
    out = workdir / "tables"
    out.mkdir()
    (out / "README.txt").write_text("kept\n", encoding="utf-8")
    (out / "articles.csv").write_text("stale\n", encoding="utf-8")
    assert _export(str(out), "--db", "news.duckdb", "--format", "csv").exit_code == 1
    assert (out / "articles.csv").read_text(encoding="utf-8") == "stale\n"
    result = _export(str(out), "--db", "news.duckdb", "--format", "csv", "--overwrite")
    assert result.exit_code == 0, result.output
    assert (out / "README.txt").read_text(encoding="utf-8") == "kept\n"
    assert len((out / "articles.csv").read_text(encoding="utf-8").strip().splitlines()) == 8  # header + 7
    assert {p.name for p in out.iterdir()} >= {"README.txt", "articles.csv", "statements.csv", "stories.csv"}
    assert [p.name for p in workdir.iterdir() if p.name.endswith(".partial")] == []


def test_an_existing_file_is_replaced_only_with_overwrite(db, tmp_path):
    from newsledger.store import ExportRefused

    out = tmp_path / "ledger.jsonl"
    out.write_text("someone's file\n", encoding="utf-8")
    with pytest.raises(ExportRefused, match="already exists"):
        api.export(out, db=db, format="jsonl")
    assert out.read_text(encoding="utf-8") == "someone's file\n"
    api.export(out, db=db, format="jsonl", overwrite=True)
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["type"] == "article"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.jsonl"]


def test_new_and_empty_targets_need_no_overwrite(db, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    api.export(empty, db=db, format="parquet")
    assert pq.read_table(empty / "articles.parquet").num_rows == 7
    api.export(tmp_path / "new" / "deeper" / "out.jsonld", db=db, format="jsonld")
    assert (tmp_path / "new" / "deeper" / "out.jsonld").is_file()


def test_jsonl_types_are_singular_nouns(db, tmp_path):
    from newsledger.cli import OutputFormat, write_ledger

    exported = api.export(tmp_path / "out.jsonl", db=db, format="jsonl")
    types = {json.loads(x)["type"] for x in exported.read_text(encoding="utf-8").splitlines()}
    assert {"article", "source", "statement", "figure", "story"} <= types
    assert not {"storie", "storys"} & types
    write_ledger(api.load_ledger(db=db), tmp_path / "analyze.jsonl", OutputFormat.jsonl)  # analyze --format jsonl
    types = {json.loads(x)["type"] for x in (tmp_path / "analyze.jsonl").read_text(encoding="utf-8").splitlines()}
    assert "story" in types and "storie" not in types
