"""A store damaged where the web app has not read it yet: the query that meets the bad block answers 503 "store is
damaged: <reason>" (a page or JSON, as the request wants), never a 500; damage met while the app starts is a
StoreCorrupt (exit 3 from `newsledger serve`), never a DuckDB traceback. In-process requests only: no sockets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsledger import api
from newsledger.store import StoreCorrupt
from tests.test_store import ingest
from tests.test_store_kit import article_record, write_corpus

BLOCK = 256 * 1024  # DuckDB's block size, after a 4 KiB file header and two 4 KiB database headers
FIRST_BLOCK = 3 * 4096


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("serve-corrupt")
    db = tmp / "good.duckdb"
    ingest([write_corpus(tmp / "c.jsonl", [article_record(i) for i in range(60)])], db)
    return db


@pytest.fixture(scope="module")
def urls(good) -> list[str]:
    """Pages and API answers that read the store on request (not from what the app keeps in memory)."""
    client = TestClient(api.create_app(good))
    story = client.get("/api/stories").json()["items"][0]["id"]
    source = client.get("/api/sources").json()["items"][0]["id"]
    return [f"/api/stories/{story}", f"/sources/{source}", f"/api/sources/{source}", "/api/quotes",
            "/api/figures", "/", "/sources"]


def damage(path: Path, block: int) -> None:
    with path.open("r+b") as fh:
        fh.seek(FIRST_BLOCK + block * BLOCK + BLOCK // 2)
        fh.write(bytes(range(7, 71)))


def blocks(good: Path) -> int:
    return (good.stat().st_size - FIRST_BLOCK) // BLOCK


def test_damage_met_mid_query_is_a_503_saying_so(good, urls, tmp_path):
    seen: dict[str, int] = {"page": 0, "api": 0}
    for k in range(blocks(good)):
        path = tmp_path / f"b{k}.duckdb"
        shutil.copy(good, path)
        client = TestClient(api.create_app(path), raise_server_exceptions=False)  # opened whole
        damage(path, k)  # then damaged under the running app
        for url in urls:
            response = client.get(url)
            assert response.status_code in (200, 503), (k, url, response.status_code, response.text[:300])
            if response.status_code != 503:
                continue
            assert "retry-after" not in response.headers  # retrying will not help
            assert "content-security-policy" in response.headers
            if url.startswith("/api/"):
                assert response.json()["detail"].startswith("store is damaged: Corrupt database file")
                seen["api"] += 1
            else:
                assert response.headers["content-type"].startswith("text/html")
                assert "store is damaged: Corrupt database file" in response.text
                seen["page"] += 1
            assert client.get(url).status_code == 503  # not cached as an answer, and the app still answers
        if all(seen.values()):
            break
    assert all(seen.values()), f"no damage was met mid-query by both a page and the API: {seen}"


def test_damage_met_while_starting_is_store_corrupt(good, tmp_path):
    corrupt = []
    for k in range(blocks(good)):
        path = tmp_path / f"s{k}.duckdb"
        shutil.copy(good, path)
        damage(path, k)
        try:
            api.create_app(path)
        except StoreCorrupt as exc:  # any other exception fails the test
            assert "corrupt" in str(exc) and str(path) in str(exc)
            corrupt.append(k)
        if k > 0 and corrupt[-1:] == [k]:
            break
    # Beyond the catalog (block 0): a block the app reads in while building its in-memory index.
    assert [k for k in corrupt if k > 0], corrupt


def test_another_database_error_is_still_a_bare_500(good, monkeypatch):
    import duckdb

    from newsledger.serve import data

    def broken(session, **_):
        raise duckdb.BinderException("Binder Error: secret internals")

    monkeypatch.setattr(data, "list_sources", broken)
    response = TestClient(api.create_app(good), raise_server_exceptions=False).get("/api/sources")
    assert response.status_code == 500 and "secret internals" not in response.text
