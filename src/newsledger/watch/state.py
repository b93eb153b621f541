"""The watcher's memory, in the store (tables from store/schema.py, v2): per source its validators, last outcome
and next due time; per entry whether it is stored, failing or gone; per round its window of batches.

A source's state is written in one transaction right after its articles' batches committed, so a watch killed at
any moment loses nothing: a source whose articles are stored but whose state is not is fetched again next time, its
entries are found already stored by URL (`stored_urls`) or by text (the ingest dedupe), and nothing is doubled.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa

from newsledger.store.duckdb import DuckDBStore

ENTRY_COLUMNS = ("source", "url", "stamp", "article", "etag", "last_modified", "seen", "failures", "error", "removed")
ENTRY_SCHEMA = pa.schema([("source", pa.string()), ("url", pa.string()), ("stamp", pa.string()),
                          ("article", pa.string()), ("etag", pa.string()), ("last_modified", pa.string()),
                          ("seen", pa.timestamp("us")), ("failures", pa.int32()), ("error", pa.string()),
                          ("removed", pa.timestamp("us"))])


def utcnow() -> dt.datetime:
    """Naive UTC, the way the store's TIMESTAMP columns hold time."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class SourceState:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_fetch: dt.datetime | None = None
    last_status: str | None = None
    last_error: str | None = None
    failures: int = 0
    next_due: dt.datetime | None = None
    entries: int | None = None


@dataclass(frozen=True)
class EntryState:
    url: str
    stamp: str | None = None
    article: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    error: str | None = None
    removed: dt.datetime | None = None


@dataclass(frozen=True)
class EntryUpdate:
    """What a round learned about one entry: stored as `article`, or failed with `error`."""

    url: str
    stamp: str | None
    article: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None


def transaction(store: DuckDBStore, work):
    con = store.con
    con.execute("BEGIN TRANSACTION").fetchall()
    try:
        result = work(con)
        con.execute("COMMIT").fetchall()
        return result
    except BaseException:
        with contextlib.suppress(duckdb.Error):
            con.execute("ROLLBACK").fetchall()
        raise


def _rows(con, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def load_sources(store: DuckDBStore, urls: list[str]) -> dict[str, SourceState]:
    rows = _rows(store.con, "SELECT * FROM watch_sources WHERE url IN (SELECT unnest(?::VARCHAR[]))", [urls])
    return {r["url"]: SourceState(**r) for r in rows}


def load_entries(con, source: str) -> dict[str, EntryState]:
    rows = _rows(con, "SELECT url, stamp, article, etag, last_modified, failures, error, removed FROM watch_entries "
                      "WHERE source = ?", [source])
    return {r["url"]: EntryState(**r) for r in rows}


def failing_entries(con, source: str, max_failures: int) -> int:
    """Entries of the source that failed and have attempts left."""
    return con.execute("SELECT count(*) FROM watch_entries WHERE source = ? AND article IS NULL AND error IS NOT NULL "
                       "AND failures < ? AND removed IS NULL", [source, max_failures]).fetchall()[0][0]


def stored_urls(con, urls: list[str]) -> dict[str, str]:
    """url → id of the newest stored article with that URL, for the URLs already stored."""
    rows = con.execute("SELECT url, id FROM articles WHERE url IN (SELECT unnest(?::VARCHAR[])) ORDER BY batch, id",
                       [urls]).fetchall()
    return dict(rows)


def last_batch(store: DuckDBStore) -> int:
    return store.con.execute("SELECT coalesce(max(batch), 0) FROM articles").fetchall()[0][0]


def begin_round(store: DuckDBStore) -> tuple[int, int, dt.datetime]:
    """(round id, last batch before it, start time), recorded before anything is fetched."""
    started = utcnow()

    def work(con) -> tuple[int, int]:
        rid = con.execute("SELECT coalesce(max(id), 0) + 1 FROM watch_rounds").fetchall()[0][0]
        after = con.execute("SELECT coalesce(max(batch), 0) FROM articles").fetchall()[0][0]
        con.execute("INSERT INTO watch_rounds (id, started, after_batch) VALUES (?, ?, ?)",
                    [rid, started, after]).fetchall()
        return rid, after

    rid, after = transaction(store, work)
    return rid, after, started


def finish_round(store: DuckDBStore, round_id: int, summary: dict[str, Any]) -> None:
    transaction(store, lambda con: con.execute(
        "UPDATE watch_rounds SET finished = ?, data = ? WHERE id = ?",
        [utcnow(), json.dumps(summary, default=str), round_id]).fetchall())


def save_source(store: DuckDBStore, state: SourceState, updates: list[EntryUpdate], listed: list[str] | None,
                now: dt.datetime) -> None:
    """The source's new state and its entries', in one transaction. `listed`: every URL the source lists now
    (None when it was not read this time); stored entries it no longer lists are marked removed."""

    def work(con) -> None:
        con.execute("INSERT OR REPLACE INTO watch_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [state.url, state.etag, state.last_modified, state.last_fetch, state.last_status,
                     state.last_error, state.failures, state.next_due, state.entries]).fetchall()
        old = load_entries(con, state.url)
        rows = []
        for u in updates:
            prior = old.get(u.url)
            if u.error is not None:
                rows.append([state.url, u.url, prior.stamp if prior else None, prior.article if prior else None,
                             prior.etag if prior else None, prior.last_modified if prior else None, now,
                             (prior.failures if prior else 0) + 1, u.error, None])
            else:
                rows.append([state.url, u.url, u.stamp, u.article, u.etag, u.last_modified, now, 0, None, None])
        if rows:  # through Arrow: DuckDB's executemany goes a row at a time
            table = pa.Table.from_pylist([dict(zip(ENTRY_COLUMNS, r, strict=True)) for r in rows],
                                         schema=ENTRY_SCHEMA)
            con.register("_watch_entries", table)
            try:
                con.execute("INSERT OR REPLACE INTO watch_entries SELECT * FROM _watch_entries").fetchall()
            finally:
                con.unregister("_watch_entries")
        if listed is not None:
            con.execute("UPDATE watch_entries SET removed = ? WHERE source = ? AND removed IS NULL "
                        "AND url NOT IN (SELECT unnest(?::VARCHAR[]))", [now, state.url, listed]).fetchall()
            con.execute("UPDATE watch_entries SET removed = NULL WHERE source = ? AND removed IS NOT NULL "
                        "AND url IN (SELECT unnest(?::VARCHAR[]))", [state.url, listed]).fetchall()

    transaction(store, work)


def has_watch_tables(con) -> bool:
    """A store written before schema v2 (and opened read-only, so not migrated) has no watch tables."""
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'watch_entries'")
                .fetchall()[0][0])
