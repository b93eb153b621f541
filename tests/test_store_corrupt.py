"""A damaged store, or a file that is no store, gives its own clear error and exit code 3 — never a DuckDB
traceback, never "in use by another process", never a network fetch — and nothing is written to it."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from newsledger import api
from newsledger.cli import app
from newsledger.store import NotAStore, StoreCorrupt, StoreError, open_store
from tests.test_store import ingest
from tests.test_store_kit import article_record, write_corpus

SRC = Path(__file__).resolve().parent.parent / "src" / "newsledger"
BLOCK = 256 * 1024  # DuckDB's block size; the file starts with a 4 KiB file header and two 4 KiB database headers
FIRST_BLOCK = 3 * 4096


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("corrupt")
    db = tmp / "good.duckdb"
    ingest([write_corpus(tmp / "c.jsonl", [article_record(i) for i in range(60)])], db)
    return db


def damaged(good: Path, dest: Path, offset: int, size: int = 64) -> Path:
    shutil.copy(good, dest)
    with dest.open("r+b") as fh:
        fh.seek(offset)
        fh.write(bytes(range(7, 7 + size)))
    return dest


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli(*args: str):
    return CliRunner().invoke(app, list(args))


def assert_clean_failure(result, code: int, pattern: str) -> None:
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
    assert re.search(pattern, result.output), result.output
    assert "in use by another" not in result.output


def test_every_block_damaged_in_turn_is_answered_or_reported_as_corrupt(good, tmp_path):
    """Each block of the file overwritten in the middle: every read command either still answers (the block was
    free) or fails with StoreCorrupt — never another exception — and some damage is only met mid-query."""
    blocks = (good.stat().st_size - FIRST_BLOCK) // BLOCK
    assert blocks >= 2
    at_query = 0
    for k in range(blocks):
        path = damaged(good, tmp_path / f"b{k}.duckdb", FIRST_BLOCK + k * BLOCK + BLOCK // 2)
        try:
            open_store(path, read_only=True).close()
        except StoreCorrupt:
            continue  # met when the catalog is read at open
        for read in (lambda p: api.stories(db=p), lambda p: api.load_ledger(db=p),
                     lambda p, k=k: api.export(tmp_path / f"b{k}.jsonl", db=p, overwrite=True)):
            try:
                read(path)
            except StoreCorrupt as exc:
                at_query += 1
                assert "corrupt" in str(exc) and str(path) in str(exc)
    assert at_query, "no damage was met mid-query: the test store is too small to exercise that path"


def test_corrupt_store_from_the_command_line_exits_3(good, tmp_path):
    blocks = (good.stat().st_size - FIRST_BLOCK) // BLOCK
    for k in range(blocks):  # the first block whose damage `stories` meets
        path = damaged(good, tmp_path / "bad.duckdb", FIRST_BLOCK + k * BLOCK + BLOCK // 2)
        try:
            api.stories(db=path)
        except StoreCorrupt:
            break
    else:
        pytest.fail("no damaged block made `stories` fail")
    before = digest(path)
    assert_clean_failure(cli("stories", "--db", str(path)), 3, r"store .*bad\.duckdb is corrupt")
    assert_clean_failure(cli("export", str(tmp_path / "out.jsonl"), "--db", str(path)), 3, "is corrupt")
    assert_clean_failure(cli("load-ledger", "--db", str(path)), 3, "is corrupt")
    assert_clean_failure(cli("report", "--db", str(path), "--html", str(tmp_path / "r.html")), 3, "is corrupt")
    assert not (tmp_path / "out.jsonl").exists() and not list(tmp_path.glob(".out.jsonl.*"))
    assert digest(path) == before


@pytest.mark.parametrize("offset", [100, 4096 + 100, 8192 + 100])
def test_a_damaged_header_is_corrupt_not_busy(good, tmp_path, offset):
    path = damaged(good, tmp_path / "header.duckdb", offset)
    with pytest.raises(StoreCorrupt, match="corrupt"):
        api.stories(db=path)
    before = digest(path)
    assert_clean_failure(cli("stories", "--db", str(path)), 3, "is corrupt")
    assert_clean_failure(cli("ingest", str(tmp_path / "none.jsonl"), "--db", str(path), "-q"), 3, "is corrupt")
    assert digest(path) == before


def test_a_destroyed_magic_number_is_not_a_store(good, tmp_path):
    path = damaged(good, tmp_path / "nomagic.duckdb", 0, 16)
    assert_clean_failure(cli("stories", "--db", str(path)), 3, "not a newsledger store")


def test_a_sqlite_file_is_not_a_store_and_nothing_is_fetched(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE articles (id TEXT, text TEXT)")
        con.execute("INSERT INTO articles VALUES ('a', 'Someone else''s data.')")
    con.close()
    before = digest(path)
    for args in (["stories", "--db", str(path)], ["export", str(tmp_path / "o.jsonl"), "--db", str(path)],
                 ["ingest", str(write_corpus(tmp_path / "c.jsonl", [article_record(1)])), "--db", str(path), "-q"]):
        result = cli(*args)
        assert_clean_failure(result, 3, r"not a newsledger store \(a SQLite database")
        assert "extension" not in result.output and "download" not in result.output
    with pytest.raises(NotAStore):
        api.create_app(path)
    assert digest(path) == before


def test_another_duckdb_database_is_not_a_store_and_is_left_alone(tmp_path):
    path = tmp_path / "theirs.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE orders (id INTEGER)")
    before = digest(path)
    with pytest.raises(NotAStore, match="other tables"):
        ingest([write_corpus(tmp_path / "c.jsonl", [article_record(1)])], path)
    assert_clean_failure(cli("stories", "--db", str(path)), 3, "not a newsledger store")
    assert digest(path) == before
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT table_name FROM information_schema.tables").fetchall() == [("orders",)]


def test_a_new_file_becomes_a_store_and_an_empty_one_is_refused(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", [article_record(1)])
    assert ingest([corpus], tmp_path / "new.duckdb").added == 1
    assert len(api.stories(db=tmp_path / "new.duckdb")) == 1
    empty = tmp_path / "empty.duckdb"
    empty.touch()
    with pytest.raises(NotAStore, match="empty file"):
        ingest([corpus], empty)
    assert empty.stat().st_size == 0


def test_every_connection_has_extension_autoload_off(good):
    """Settings of the store's own connection and of the web app's; and no other duckdb.connect in src/."""
    settings = "SELECT value FROM duckdb_settings() WHERE name IN ('autoload_known_extensions', " \
               "'autoinstall_known_extensions') ORDER BY name"
    for read_only in (True, False):
        copy = good.with_name(f"settings-{read_only}.duckdb")
        shutil.copy(good, copy)
        with open_store(copy, read_only=read_only) as store:
            assert store.con.execute(settings).fetchall() == [("false",), ("false",)]
    from newsledger.serve.data import Reader

    reader = Reader(good)
    try:
        assert reader._con.execute(settings).fetchall() == [("false",), ("false",)]
    finally:
        reader.close()
    direct = [f"{p.relative_to(SRC)}:{n}" for p in SRC.rglob("*.py")
              for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
              if "duckdb.connect(" in line and p.relative_to(SRC).as_posix() != "store/duckdb.py"]
    assert direct == [], "connect through newsledger.store.duckdb.connect (extensions off): " + ", ".join(direct)


def test_store_errors_carry_their_exit_codes():
    assert StoreError("x").exit_code == 1
    assert StoreCorrupt("x").exit_code == NotAStore("x").exit_code == 3


def test_the_web_app_refuses_another_duckdb_database(tmp_path):
    path = tmp_path / "theirs.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE orders (id INTEGER)")
    with pytest.raises(NotAStore, match="not a newsledger store"):
        api.create_app(path)
    assert_clean_failure(cli("serve", "--db", str(path)), 3, "not a newsledger store")
