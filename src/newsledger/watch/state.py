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
SOURCE_SCHEMA = pa.schema([("url", pa.string()), ("etag", pa.string()), ("last_modified", pa.string()),
                           ("last_fetch", pa.timestamp("us")), ("last_status", pa.string()),
                           ("last_error", pa.string()), ("failures", pa.int32()), ("next_due", pa.timestamp("us")),
                           ("entries", pa.int32())])
LISTED_SCHEMA = pa.schema([("source", pa.string()), ("url", pa.string())])
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


SourceUpdate = tuple[SourceState, list[EntryUpdate], list[str] | None]


def save_source(store: DuckDBStore, state: SourceState, updates: list[EntryUpdate], listed: list[str] | None,
                now: dt.datetime) -> None:
    """The source's new state and its entries', in one transaction. `listed`: every URL the source lists now
    (None when it was not read this time); stored entries it no longer lists are marked removed."""
    save_sources(store, [(state, updates, listed)], now)


def save_sources(store: DuckDBStore, sources: list[SourceUpdate], now: dt.datetime) -> None:
    """`save_source` for several sources in one transaction (a round's batch holds many)."""

    def work(con) -> None:
        _insert(con, "watch_sources", SOURCE_SCHEMA, [
            {name: getattr(st, name) for name in SOURCE_SCHEMA.names} for st, _, _ in sources], replace=True)
        old = _entries_of(con, [st.url for st, _, _ in sources])
        rows = []
        for st, updates, _ in sources:
            for u in updates:
                prior = old.get((st.url, u.url))
                if u.error is not None:
                    rows.append([st.url, u.url, prior.stamp if prior else None, prior.article if prior else None,
                                 prior.etag if prior else None, prior.last_modified if prior else None, now,
                                 (prior.failures if prior else 0) + 1, u.error, None])
                else:
                    rows.append([st.url, u.url, u.stamp, u.article, u.etag, u.last_modified, now, 0, None, None])
        _insert(con, "watch_entries", ENTRY_SCHEMA, [dict(zip(ENTRY_COLUMNS, r, strict=True)) for r in rows],
                replace=True)
        read = [(st.url, listed) for st, _, listed in sources if listed is not None]
        if read:  # entries a source no longer lists are removed; listed again, they are back
            listing = pa.Table.from_pylist([{"source": src, "url": u} for src, listed in read for u in listed],
                                           schema=LISTED_SCHEMA)
            con.register("_listed", listing)
            listed_here = ("EXISTS (SELECT 1 FROM _listed l WHERE l.source = watch_entries.source "
                           "AND l.url = watch_entries.url)")
            try:
                con.execute("UPDATE watch_entries SET removed = ? WHERE removed IS NULL AND source IN (SELECT "
                            f"unnest(?::VARCHAR[])) AND NOT {listed_here}", [now, [src for src, _ in read]]).fetchall()
                con.execute(f"UPDATE watch_entries SET removed = NULL WHERE removed IS NOT NULL AND {listed_here}"
                            ).fetchall()
            finally:
                con.unregister("_listed")

    transaction(store, work)


def _entries_of(con, sources: list[str]) -> dict[tuple[str, str], EntryState]:
    rows = _rows(con, "SELECT source, url, stamp, article, etag, last_modified, failures, error, removed "
                      "FROM watch_entries WHERE source IN (SELECT unnest(?::VARCHAR[]))", [sources])
    return {(r.pop("source"), r["url"]): EntryState(**r) for r in rows}


def _insert(con, table: str, schema: pa.Schema, rows: list[dict[str, Any]], *, replace: bool = False) -> None:
    """Rows through Arrow: DuckDB's executemany goes a row at a time."""
    if not rows:
        return
    con.register("_watch_rows", pa.Table.from_pylist(rows, schema=schema))
    try:
        con.execute(f"INSERT {'OR REPLACE ' if replace else ''}INTO {table} SELECT * FROM _watch_rows").fetchall()
    finally:
        con.unregister("_watch_rows")


def has_watch_tables(con) -> bool:
    """A store written before schema v2 (and opened read-only, so not migrated) has no watch tables."""
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'watch_entries'")
                .fetchall()[0][0])
