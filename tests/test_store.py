"""The DuckDB store: dedupe, versions, batches vs one shot, failures that leave it untouched, locks."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest

from newsledger import api
from newsledger.store import StoreError, StoreLocked, open_store
from newsledger.store.duckdb import DuckDBStore
from newsledger.store.schema import SCHEMA_VERSION
from tests.test_store_kit import article_record, fake_extract, write_corpus

COLLECTIONS = ("articles", "sources", "statements", "figures", "stories", "alignments", "findings", "estimates")


def ingest(paths, db, **kw):
    return api.ingest([str(p) for p in paths], db=db, extractor=fake_extract, **kw)


def as_sets(ledger) -> dict[str, set[str]]:
    return {k: {x.model_dump_json() for x in getattr(ledger, k)} for k in COLLECTIONS}


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "corpus.jsonl", (article_record(i) for i in range(30)))


def test_ingest_twice_stores_each_article_once(tmp_path, corpus):
    db = tmp_path / "s.duckdb"
    first = ingest([corpus], db)
    second = ingest([corpus], db)
    assert (first.added, first.skipped, first.failed) == (30, 0, 0)
    assert (second.added, second.skipped, second.failed) == (0, 30, 0)
    with open_store(db, read_only=True) as store:
        counts = store.counts()
        assert counts["articles"] == 30
        assert store.query("SELECT count(*) AS n FROM (SELECT id FROM articles GROUP BY id HAVING count(*) > 1)"
                           )[0]["n"] == 0


def test_same_text_under_another_id_is_skipped(tmp_path):
    db = tmp_path / "s.duckdb"
    rec = article_record(1)
    ingest([write_corpus(tmp_path / "a.jsonl", [rec])], db)
    result = ingest([write_corpus(tmp_path / "b.jsonl", [{**rec, "id": "other-id", "url": "https://x.test/1"}])], db)
    assert (result.added, result.skipped) == (0, 1)


def test_changed_text_of_a_url_is_a_new_version(tmp_path):
    db = tmp_path / "s.duckdb"
    rec = article_record(1)
    ingest([write_corpus(tmp_path / "a.jsonl", [rec])], db)
    changed = {**rec, "id": "gen-00001-v2", "text": rec["text"] + " Rescue work went on overnight."}
    result = ingest([write_corpus(tmp_path / "b.jsonl", [changed])], db)
    assert result.added == 1
    ledger = api.load_ledger(db=db)
    assert ledger.article("gen-00001-v2").version_of == rec["id"]
    assert ledger.article(rec["id"]).version_of is None
    # The same id again with yet another text: stored under its text's id, linked to the id it reused.
    again = {**rec, "text": rec["text"] + " The roads reopened on Friday."}
    assert ingest([write_corpus(tmp_path / "c.jsonl", [again])], db).added == 1
    assert [a.version_of for a in api.load_ledger(db=db).articles if a.id.startswith("art-")] == [rec["id"]]


def test_broken_input_is_reported_and_the_rest_is_stored(tmp_path, corpus):
    db = tmp_path / "s.duckdb"
    ingest([corpus], db)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok-1", "text": "A fine short article about a storm."}\n{not json\n', encoding="utf-8")
    result = ingest([bad, tmp_path / "missing.txt"], db)
    assert result.added == 1 and result.failed == 2
    assert {p.path for p in result.problems} == {str(bad), str(tmp_path / "missing.txt")}
    with open_store(db, read_only=True) as store:
        assert store.counts()["articles"] == 31
        assert store.counts()["problems"] == 2


def test_a_failing_batch_leaves_nothing_half_written(tmp_path, corpus, monkeypatch):
    db = tmp_path / "s.duckdb"
    ingest([corpus], db)
    with open_store(db, read_only=True) as store:
        before = store.counts()
    more = write_corpus(tmp_path / "more.jsonl", (article_record(i) for i in range(100, 110)))

    def boom(self, touched):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(DuckDBStore, "_recompute", boom)
    with pytest.raises(StoreError, match="No space left on device"):
        ingest([more], db)
    monkeypatch.undo()
    with open_store(db, read_only=True) as store:
        assert store.counts() == before
    assert ingest([more], db).added == 10


def test_second_writer_gets_a_clear_error(tmp_path, corpus):
    db = tmp_path / "s.duckdb"
    ingest([corpus], db)
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(db)!r})
        print("locked", flush=True)
        time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreLocked, match="in use by another newsledger process"):
            open_store(db)
        started = time.monotonic()
        with pytest.raises(StoreLocked):
            open_store(db, wait=0.6)
        assert time.monotonic() - started >= 0.5
        from typer.testing import CliRunner

        from newsledger.cli import app

        result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db), "-q"])
        assert result.exit_code == 1 and "in use by another newsledger process" in result.stderr
    finally:
        holder.kill()
        holder.wait()
    with open_store(db, read_only=True) as store:  # the lock holder is gone; the store is intact
        assert store.counts()["articles"] == 30


def test_missing_and_unwritable_stores_give_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "none.duckdb", read_only=True)
    with pytest.raises(StoreError, match="is a directory"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "dir.duckdb")
    db = tmp_path / "s.duckdb"
    open_store(db).close()
    with open_store(db, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.write_batch([])


def test_unwritable_store_is_refused_up_front(tmp_path, monkeypatch):
    db = tmp_path / "s.duckdb"
    open_store(db).close()
    monkeypatch.setattr("newsledger.store.duckdb.os.access", lambda path, mode: False)  # as a non-root user would
    with pytest.raises(StoreError, match="is read-only"):
        open_store(db)
    with pytest.raises(StoreError, match="directory .* is read-only"):
        open_store(tmp_path / "new.duckdb")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file permissions")
def test_read_only_file_is_refused_up_front(tmp_path):
    db = tmp_path / "s.duckdb"
    open_store(db).close()
    db.chmod(0o444)
    with pytest.raises(StoreError, match="read-only"):
        open_store(db)


def test_schema_version_and_newer_store_refused(tmp_path):
    db = tmp_path / "s.duckdb"
    with open_store(db) as store:
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'")[0]["value"] == str(SCHEMA_VERSION)
        store.con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'").fetchall()
    with pytest.raises(StoreError, match="newer"):
        open_store(db)
