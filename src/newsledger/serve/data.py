"""The server's read side: the store attached read-only once, a cursor per request, every request's queries bounded
in time, every value passed as a parameter.

DuckDB lets one process write a file or any number of processes read it, never both; the server holds a read-only
connection for its life, so nothing can change under it (`newsledger ingest` into the same file waits or fails with
a clear message until the server stops) and rendered pages can be cached safely.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from newsledger.ledger import (
    Alignment,
    Article,
    Estimate,
    Figure,
    Finding,
    Ledger,
    Mention,
    Source,
    Statement,
    Story,
)
from newsledger.store import overrides
from newsledger.store.base import NotAStore, StoreError, StoreLocked
from newsledger.store.duckdb import DuckDBStore, _check_format, _is_lock_error, connect, read_error
from newsledger.store.queries import Condition, given, given_langs, lang_sql, outlet_sql, where_clause
from newsledger.store.schema import SCHEMA_VERSION
from newsledger.store.search import Match, SearchIndex, SearchUnavailable, fingerprint

Row = dict[str, Any]

# Each a request's total budget for database work, and the biggest page any list gives.
DEFAULT_TIMEOUT = 5.0
MAX_LIMIT = 200
POOL_SIZE = 8
SEARCH_CACHE_BYTES = 256 * 2**20
RECORDS_CACHE_BYTES = 128 * 2**20  # the stories' records (JSON) kept in memory by story, when they fit


class QueryTimeout(Exception):
    """A request's queries ran past their time budget and were interrupted."""


class _Watchdog:
    """One thread that interrupts the queries of requests past their deadline (a timer thread per request would
    cost more than the queries it guards)."""

    def __init__(self, tick: float = 0.02):
        self._tick = tick
        self._active: dict[int, tuple[float, duckdb.DuckDBPyConnection]] = {}
        self._ids = itertools.count()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="newsledger-query-watchdog", daemon=True)
        self._thread.start()

    def watch(self, deadline: float, con: duckdb.DuckDBPyConnection) -> int:
        key = next(self._ids)
        with self._lock:
            self._active[key] = (deadline, con)
        return key

    def forget(self, key: int) -> None:
        with self._lock:
            self._active.pop(key, None)

    def _run(self) -> None:
        while not self._stop.wait(self._tick):
            now = time.monotonic()
            # Under the lock: once forget() returns, its connection (back in the pool, maybe lent to another
            # request) can no longer be interrupted on the old request's account.
            with self._lock:
                for deadline, con in self._active.values():
                    if deadline <= now:
                        with contextlib.suppress(duckdb.Error):
                            con.interrupt()

    def stop(self) -> None:
        self._stop.set()


class _BoundedConnection:
    """A cursor that refuses to start a query past the deadline and turns an interrupt into QueryTimeout."""

    def __init__(self, con: duckdb.DuckDBPyConnection, deadline: float, budget: float):
        self._con = con
        self._deadline = deadline
        self._budget = budget

    def _timeout(self) -> QueryTimeout:
        return QueryTimeout(f"the query took longer than {self._budget:g} s and was stopped; narrow the search "
                            "(fewer words, a date range, an outlet) or try again")

    def execute(self, sql: str, params: list[Any] | None = None) -> duckdb.DuckDBPyConnection:
        if time.monotonic() >= self._deadline:
            raise self._timeout()
        try:
            return self._con.execute(sql, params or [])
        except duckdb.InterruptException:
            raise self._timeout() from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


class Session(DuckDBStore):
    """One request's view of the store: DuckDBStore's own read code (load_ledger, query) over a bounded cursor."""

    def __init__(self, con: _BoundedConnection, path: Path, *, search_cached: bool = False,
                 records: dict[str, list[tuple[str, str, bytes]]] | None = None, search: SearchIndex | None = None,
                 deadline: float | None = None):
        self.con = con  # type: ignore[assignment]  # no connect: the Reader owns the connection
        self.path = path
        self.search_cached = search_cached
        self.records = records
        self.search = search
        self.deadline = deadline
        self.read_only = True
        self._labels = {}

    def rows(self, sql: str, params: list[Any] | None = None) -> list[Row]:
        try:
            return self.query(sql, params)
        except duckdb.InterruptException:
            raise self.con._timeout() from None  # type: ignore[union-attr]


class Reader:
    """The store attached read-only to an in-memory database for the server's life, and a pool of cursors over it
    (a fresh DuckDB connection per request costs more than the queries of a story page). The in-memory side holds
    what is worth computing once: each story's counts for the list and its label, title and quote text (the search
    when the full-text index is missing); and, when they fit `records_cache_bytes`, every story's records by story in
    a Python dict, so a story page reads them with a look-up instead of scanning nine tables. The full-text index
    (store/search.py, `<db>.search`) is opened read-only beside it when it is in step with the store."""

    def __init__(self, db: str | Path, *, timeout: float = DEFAULT_TIMEOUT, pool_size: int = POOL_SIZE,
                 search_cache_bytes: int = SEARCH_CACHE_BYTES, records_cache_bytes: int = RECORDS_CACHE_BYTES):
        self.path = Path(db)
        if not self.path.is_file():
            raise StoreError(f"no store at {self.path}: create one with `newsledger ingest PATH --db {self.path}`")
        self.timeout = timeout
        _check_format(self.path)  # not a DuckDB file: refused before ATTACH sees it
        self._con = connect(":memory:", config={"memory_limit": os.environ.get("NEWSLEDGER_DB_MEMORY", "1GB")})
        try:
            self._attach()
            self.search_cached = self._build_story_index(search_cache_bytes)
            self.records_cached = self._build_story_records(records_cache_bytes)
            self.search, self.search_problem = self._open_search()
            self.edits = overrides.notes(self._con)  # corrections made by hand, by story or source id
            self._pool: queue.LifoQueue[duckdb.DuckDBPyConnection] = queue.LifoQueue()
            for _ in range(pool_size):
                cursor = self._con.cursor()
                cursor.execute("USE store").fetchall()
                self._pool.put(cursor)
        except duckdb.Error as exc:  # damage met while reading the store in: its own message and exit code
            self._con.close()
            raise read_error(self.path, exc) from None
        except BaseException:
            self._con.close()
            raise
        self._watchdog = _Watchdog()

    def _attach(self) -> None:
        quoted = str(self.path).replace("'", "''")  # ATTACH takes no parameters; the path is the only literal
        try:
            self._con.execute(f"ATTACH '{quoted}' AS store (READ_ONLY)").fetchall()
            self._con.execute("USE store").fetchall()
            rows = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        except duckdb.Error as exc:
            if _is_lock_error(exc):
                raise StoreLocked(f"store {self.path} is being written by another newsledger process (DuckDB allows "
                                  "no reader beside a writer); serve it once that process finishes") from None
            if isinstance(exc, duckdb.CatalogException):  # no meta table: not made by newsledger
                raise NotAStore(f"{self.path} is not a newsledger store (a DuckDB database without newsledger's "
                                "tables); give the store's path with --db") from None
            error = read_error(self.path, exc)  # corrupt: its own message and exit code
            if type(error) is not StoreError:
                raise error from None
            raise StoreError(f"cannot open store {self.path}: not a newsledger store or unreadable ({exc})") from None
        found = int(rows[0][0]) if rows else 0
        if found > SCHEMA_VERSION:
            raise StoreError(f"store schema version {found} is newer than this newsledger understands "
                             f"({SCHEMA_VERSION}): upgrade newsledger")

    def _build_story_index(self, max_text_bytes: int) -> bool:
        """Each story's counts and list positions, and (unless the store's text would not fit `max_text_bytes`)
        its label, titles and quotes lower-cased and accent-stripped: a list page or a search then scans one
        in-memory table instead of joining five. Returns whether the text is there."""
        size = self._con.execute("SELECT coalesce(sum(length(text)), 0) FROM statements").fetchall()[0][0]
        with_text = size <= max_text_bytes
        haystack = _STORY_TEXT if with_text else "SELECT NULL::VARCHAR AS story, NULL::VARCHAR AS haystack LIMIT 0"
        self._con.execute(f"CREATE TABLE {STORY_INDEX} AS WITH c AS ({_STORY_COUNTS}), h AS ({haystack}) "
                          f"SELECT c.*, {_RANKS}, h.haystack FROM c LEFT JOIN h ON h.story = c.id").fetchall()
        return with_text

    def _build_story_records(self, max_bytes: int) -> bool:
        """Every story's slice of the ledger as load_story reads it from the tables (sources' mentions as JSON), in
        its order, by story, in a Python dict; only when the records' JSON fits `max_bytes`. Returns whether it is
        there. (A DuckDB query costs a good half millisecond however small; a dict look-up nothing.)"""
        self.records: dict[str, list[tuple[str, str, bytes]]] | None = None
        if max_bytes <= 0:
            return False
        size = self._con.execute(f"SELECT {_RECORDS_SIZE}").fetchall()[0][0] or 0
        if size > max_bytes:
            return False
        found: dict[str, list[tuple[str, str, int, bytes]]] = {}
        cur = self._con.execute(f"SELECT story, k, id, coalesce(sort, 0), data FROM ({_ALL_STORY_RECORDS})")
        while batch := cur.fetchmany(10_000):
            for story, kind, rid, order, record in batch:  # as UTF-8: a str with one curly quote takes 2 bytes a char
                found.setdefault(story, []).append((kind, rid, order, record.encode()))
        # Sorted here rather than by DuckDB (whose sort of every record at once leaves its allocator holding the
        # memory); Python orders str by code point, as DuckDB orders UTF-8 by byte.
        self.records = {story: [(kind, rid, record) for kind, rid, _, record in sorted(rows)]
                        for story, rows in found.items()}
        return True

    def _open_search(self) -> tuple[SearchIndex | None, str | None]:
        """The full-text index when it is in step with the store, else None and why (searches then look in labels,
        titles and quotes only, and the page says so)."""
        try:
            return SearchIndex(self.path, fingerprint(self._con)), None
        except SearchUnavailable as exc:
            return None, str(exc)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        deadline = time.monotonic() + self.timeout
        try:
            cursor = self._pool.get(timeout=self.timeout)
        except queue.Empty:
            raise QueryTimeout(f"the server is busy (no database connection free within {self.timeout:g} s); "
                               "try again") from None
        key = self._watchdog.watch(deadline, cursor)
        try:
            yield Session(_BoundedConnection(cursor, deadline, self.timeout), self.path,
                          search_cached=self.search_cached, records=self.records, search=self.search,
                          deadline=deadline)
        finally:
            self._watchdog.forget(key)
            self._pool.put(cursor)

    def close(self) -> None:
        self._watchdog.stop()
        self._con.close()


# Each story with its counts, computed once per server start (one grouped pass per table, as queries.list_stories
# does), its position in each list order (sorting integers beats sorting dates and ids per request), and the text
# a search looks in.
STORY_INDEX = "memory.main.story_index"
STORY_ORDER = {
    "newest": "start_date DESC NULLS LAST, id",
    "oldest": "start_date NULLS LAST, id",
    "biggest": "articles DESC, start_date DESC NULLS LAST, id",
}
_RANKS = ", ".join(f"row_number() OVER (ORDER BY {order}) AS rank_{name}" for name, order in STORY_ORDER.items())
STORY_COLUMNS = "s.id, s.label, s.start_date, s.end_date, s.articles, s.outlets, s.statements, s.figures, s.findings"
_STORY_COUNTS = """
    WITH a AS (SELECT sa.story, count(*) AS articles, count(DISTINCT ar.outlet) AS outlets
               FROM story_articles sa JOIN articles ar ON ar.id = sa.article GROUP BY sa.story),
         t AS (SELECT story, count(*) AS n FROM statements GROUP BY story),
         f AS (SELECT story, count(*) AS n FROM figures GROUP BY story),
         x AS (SELECT story, count(*) AS n FROM findings GROUP BY story)
    SELECT s.id, s.label, s.start_date, s.end_date, coalesce(a.articles, 0) AS articles,
           coalesce(a.outlets, 0) AS outlets, coalesce(t.n, 0) AS statements, coalesce(f.n, 0) AS figures,
           coalesce(x.n, 0) AS findings
    FROM stories s LEFT JOIN a ON a.story = s.id LEFT JOIN t ON t.story = s.id LEFT JOIN f ON f.story = s.id
         LEFT JOIN x ON x.story = s.id"""
_STORY_TEXT = """
    WITH titles AS (SELECT sa.story, string_agg(a.title, ' ') AS text FROM story_articles sa
                    JOIN articles a ON a.id = sa.article GROUP BY sa.story),
         said AS (SELECT story, string_agg(concat_ws(' ', speaker_text, text), ' ') AS text FROM statements
                  GROUP BY story)
    SELECT s.id AS story, lower(strip_accents(concat_ws(' ', s.label, titles.text, said.text))) AS haystack
    FROM stories s LEFT JOIN titles ON titles.story = s.id LEFT JOIN said ON said.story = s.id"""


# -- queries the store's own query module does not have: filtered, paginated lists ---------------------------------


def _page(sql: str, params: list[Any], limit: int, offset: int) -> tuple[str, list[Any]]:
    return sql + " LIMIT ? OFFSET ?", [*params, min(limit, MAX_LIMIT), offset]


def _paged(session: Session, columns: str, source: str, conditions: list[Condition], order: str, limit: int,
           offset: int) -> tuple[int, list[Row]]:
    """(how many match, one page of them): the count rides on the page's rows, so one query does both."""
    where, params = where_clause(conditions)
    sql, page_params = _page(f"SELECT {columns}, count(*) OVER () AS total_ {source}{where} ORDER BY {order}",
                             params, limit, offset)
    rows = session.rows(sql, page_params)
    # Past the last page no row carries the count: ask for it.
    total = rows[0]["total_"] if rows else session.rows(f"SELECT count(*) AS n {source}{where}", params)[0]["n"]
    for row in rows:
        del row["total_"]
    return total, rows


def story_conditions(*, text: str | None = None, date_from: str | None = None, date_to: str | None = None,
                     outlet: str | None = None, source: str | None = None, lang: str | None = None,
                     search_cached: bool = False) -> list[Condition]:
    """The story list's search box and filters, over `story_index s`."""
    if search_cached:  # the text folded as the index's was (DuckDB folds the constant once per query)
        search: Condition = ("contains(s.haystack, lower(strip_accents(?)))", given(text, "exact"))
    else:
        search = ("(s.label ILIKE ? ESCAPE '\\' OR s.id IN (SELECT sa.story FROM story_articles sa JOIN articles a "
                  "ON a.id = sa.article WHERE a.title ILIKE ? ESCAPE '\\') OR s.id IN (SELECT story FROM statements "
                  "WHERE text ILIKE ? ESCAPE '\\' OR speaker_text ILIKE ? ESCAPE '\\'))", given(text, *["like"] * 4))
    return [
        search,
        # A story overlaps the range: it ends on or after its start and starts on or before its end ('\uffff': a
        # partial date 'YYYY-MM' sorts before every day of its month).
        ("coalesce(s.end_date, s.start_date) >= ?", given(date_from, "exact")),
        ("s.start_date <= ?", given(date_to and date_to + "\uffff", "exact")),
        ("s.id IN (SELECT sa.story FROM story_articles sa JOIN articles a ON a.id = sa.article "
         f"WHERE {outlet_sql('a')} ILIKE ? ESCAPE '\\')", given(outlet, "like")),
        ("s.id IN (SELECT m.story FROM source_members m JOIN sources src ON src.id = m.source "
         "WHERE src.id = ? OR strip_accents(src.name) ILIKE strip_accents(?) ESCAPE '\\' OR src.id IN "
         "(SELECT source FROM source_aliases WHERE strip_accents(alias) ILIKE strip_accents(?) ESCAPE '\\'))",
         given(source, "exact", "like", "like")),
        ("s.id IN (SELECT sa.story FROM story_articles sa JOIN articles a ON a.id = sa.article "
         f"WHERE {lang_sql('a')} IN (SELECT unnest(?::VARCHAR[])))", given_langs(lang)),
    ]


STORY_SORTS = (*STORY_ORDER, "relevance")


def list_stories(session: Session, *, limit: int, offset: int = 0, sort: str = "newest", **filters: str | None
                 ) -> tuple[int, list[Row]]:
    """(total matching, one page of stories with their counts). With a search text and the full-text index, the
    stories whose articles match (title or body), each with its best article's matching sentence (`match`), in
    `relevance` order (the best article's bm25) unless another order is asked for."""
    if sort not in STORY_SORTS:  # an identifier cannot be a parameter: only the known orders reach the SQL
        raise ValueError(f"unknown order {sort!r}")
    text = filters.get("text")
    if text and session.search is not None:
        return _full_text_stories(session, session.search, text, limit=limit, offset=offset, sort=sort,
                                  **{k: v for k, v in filters.items() if k != "text"})
    conditions = story_conditions(**filters, search_cached=session.search_cached)
    order = f"s.rank_{sort if sort in STORY_ORDER else 'newest'}"
    return _paged(session, STORY_COLUMNS, f"FROM {STORY_INDEX} s", conditions, order, limit, offset)


def _full_text_stories(session: Session, index: SearchIndex, text: str, *, limit: int, offset: int, sort: str,
                       **filters: str | None) -> tuple[int, list[Row]]:
    try:
        hits = index.hits(text, deadline=session.deadline)
    except sqlite3.OperationalError:
        raise session.con._timeout() from None  # type: ignore[union-attr]
    if not hits:
        return 0, []
    where, params = where_clause(story_conditions(**filters))
    order = "h.score, s.id" if sort == "relevance" else f"s.rank_{sort}"
    # Each story's best article: the lowest bm25 score (ties: the smaller id), passed in as two parallel lists.
    rows = session.rows(
        "WITH hits AS (SELECT unnest(?::VARCHAR[]) AS article, unnest(?::DOUBLE[]) AS score), "
        "h AS (SELECT sa.story, min(hits.score) AS score, first(hits.article ORDER BY hits.score, hits.article) AS hit "
        "FROM hits JOIN story_articles sa ON sa.article = hits.article GROUP BY sa.story) "
        f"SELECT {STORY_COLUMNS}, h.hit AS hit_, count(*) OVER () AS total_ FROM {STORY_INDEX} s "
        f"JOIN h ON h.story = s.id{where} ORDER BY {order} LIMIT ? OFFSET ?",
        [[a for a, _ in hits], [score for _, score in hits], *params, min(limit, MAX_LIMIT), offset])
    if not rows:
        total = session.rows(
            "WITH hits AS (SELECT unnest(?::VARCHAR[]) AS article) SELECT count(DISTINCT sa.story) AS n FROM hits "
            f"JOIN story_articles sa ON sa.article = hits.article JOIN {STORY_INDEX} s ON s.id = sa.story{where}",
            [[a for a, _ in hits], *params])[0]["n"]
        return total, []
    try:
        matches = index.matches(text, [r["hit_"] for r in rows], deadline=session.deadline)
    except sqlite3.OperationalError:
        raise session.con._timeout() from None  # type: ignore[union-attr]
    total = rows[0]["total_"]
    for row in rows:
        found: Match | None = matches.get(row.pop("hit_"))
        del row["total_"]
        row["match"] = found.sentence if found else None
        row["match_article"] = found.article if found else None
        row["match_segments"] = found.segments() if found else []
    return total, rows


_STORY_RECORDS = """
    SELECT 'articles' AS k, a.id, a.data FROM articles a JOIN story_articles sa ON sa.article = a.id WHERE sa.story = $1
    UNION ALL SELECT 'sources', id, data FROM sources
        WHERE id IN (SELECT DISTINCT source FROM source_members WHERE story = $1)
    UNION ALL SELECT 'stories', id, data FROM stories WHERE id = $1
    UNION ALL SELECT 'statements', id, data FROM statements WHERE story = $1
    UNION ALL SELECT 'figures', id, data FROM figures WHERE story = $1
    UNION ALL SELECT 'alignments', id, data FROM alignments WHERE story = $1
    UNION ALL SELECT 'findings', id, data FROM findings WHERE story = $1
    UNION ALL SELECT 'estimates', id, data FROM estimates WHERE story = $1
    ORDER BY k, id"""
_RECORD_MODELS = {"articles": Article, "sources": Source, "stories": Story, "statements": Statement,
                  "figures": Figure, "alignments": Alignment, "findings": Finding, "estimates": Estimate}


# The same records for every story at once, for the in-memory copy (Reader._build_story_records): `sort` orders a
# source's mentions as DuckDBStore.with_mentions does (the DISTINCT mentions by article, start, end, text).
_RECORDS_SIZE = " + ".join(f"(SELECT coalesce(sum(length(data)), 0) FROM {t})" for t in (
    "articles", "sources", "stories", "statements", "figures", "alignments", "findings", "estimates"))
_ALL_STORY_RECORDS = """
    SELECT sa.story, 'articles' AS k, a.id, a.data, NULL AS sort FROM articles a
        JOIN story_articles sa ON sa.article = a.id
    UNION ALL SELECT m.story, 'sources', s.id, s.data, NULL FROM (SELECT DISTINCT story, source FROM source_members) m
        JOIN sources s ON s.id = m.source
    UNION ALL SELECT id, 'stories', id, data, NULL FROM stories
    UNION ALL SELECT story, 'statements', id, data, NULL FROM statements WHERE story IS NOT NULL
    UNION ALL SELECT story, 'figures', id, data, NULL FROM figures WHERE story IS NOT NULL
    UNION ALL SELECT story, 'alignments', id, data, NULL FROM alignments WHERE story IS NOT NULL
    UNION ALL SELECT story, 'findings', id, data, NULL FROM findings WHERE story IS NOT NULL
    UNION ALL SELECT story, 'estimates', id, data, NULL FROM estimates WHERE story IS NOT NULL
    UNION ALL SELECT m.story, 'mentions', x.source,
        to_json(struct_pack(article := x.article, start := x.start_char, "end" := x.end_char, text := x.text))::VARCHAR,
        row_number() OVER (PARTITION BY m.story, x.source ORDER BY x.article, x.start_char, x.end_char, x.text)
    FROM (SELECT DISTINCT story, source FROM source_members) m
        JOIN (SELECT DISTINCT source, article, start_char, end_char, text FROM source_mentions) x
        ON x.source = m.source"""


def load_story(session: Session, story_id: str) -> Ledger | None:
    """One story's slice of the ledger, as DuckDBStore.load_ledger(story) gives it (tests hold the two equal), from
    the Reader's in-memory records when it has them, else in two queries instead of nine; None when there is no such
    story."""
    if session.records is not None:
        return load_story_from_memory(session.records, story_id)
    found: dict[str, list] = {name: [] for name in _RECORD_MODELS}
    for kind, _, record in session.con.execute(_STORY_RECORDS, [story_id]).fetchall():
        found[kind].append(_RECORD_MODELS[kind].model_validate_json(record))
    if not found["stories"]:
        return None
    return Ledger(**{**found, "sources": session.with_mentions(found["sources"])})


def load_story_from_memory(records: dict[str, list[tuple[str, str, bytes]]], story_id: str) -> Ledger | None:
    """load_story from the Reader's in-memory records (Reader.records), with no database work."""
    found: dict[str, list] = {name: [] for name in _RECORD_MODELS}
    mentions: dict[str, list[Mention]] = {}
    for kind, rid, record in records.get(story_id, ()):
        if kind == "mentions":
            mentions.setdefault(rid, []).append(Mention.model_validate_json(record))
        else:
            found[kind].append(_RECORD_MODELS[kind].model_validate_json(record))
    if not found["stories"]:
        return None
    found["sources"] = [s.model_copy(update={"mentions": mentions.get(s.id, [])}) for s in found["sources"]]
    return Ledger(**found)


def story_outlets(session: Session, story_id: str) -> list[Row]:
    return session.rows(f"SELECT a.id, {outlet_sql('a')} AS outlet, a.date, a.title, a.url FROM story_articles sa JOIN articles a "
                        "ON a.id = sa.article WHERE sa.story = ? ORDER BY a.date NULLS LAST, a.id", [story_id])


def list_sources(session: Session, *, search: str | None, limit: int, offset: int = 0) -> tuple[int, list[Row]]:
    """Sources whose name or an alias contains `search` (accents ignored), most quoted first."""
    name = ("(strip_accents(s.name) ILIKE strip_accents(?) ESCAPE '\\' OR s.id IN (SELECT source FROM source_aliases "
            "WHERE strip_accents(alias) ILIKE strip_accents(?) ESCAPE '\\'))", given(search, "like", "like"))
    columns = ("s.id, s.name, s.kind, "
               "(SELECT count(DISTINCT m.story) FROM source_members m WHERE m.source = s.id) AS stories, "
               "(SELECT count(*) FROM statements t WHERE t.source = s.id) AS statements")
    return _paged(session, columns, "FROM sources s", [name], "statements DESC, stories DESC, s.name, s.id",
                  limit, offset)


def source_record(session: Session, source_id: str) -> Row | None:
    rows = session.rows("SELECT data FROM sources WHERE id = ?", [source_id])
    if not rows:
        return None
    record = json.loads(rows[0]["data"])
    return {k: record.get(k) for k in ("id", "name", "kind", "aliases", "descriptions")}


_QUOTES = ("FROM statements t JOIN articles a ON a.id = t.article LEFT JOIN sources src ON src.id = t.source "
           "LEFT JOIN stories st ON st.id = t.story")
# Local files have no outlet: named by their file stem, as everywhere else (store/queries.outlet_sql).
_QUOTE_COLUMNS = (f"a.date, {outlet_sql('a')} AS outlet, a.title AS article_title, coalesce(src.name, t.speaker_text) AS speaker, t.kind, "
                  f"t.text, t.id, t.article, t.story, st.label AS story_label, {lang_sql('a')} AS lang")
_FIGURES = ("FROM figures f JOIN articles a ON a.id = f.article LEFT JOIN sources src ON src.id = f.source "
            "LEFT JOIN stories st ON st.id = f.story")
_FIGURE_COLUMNS = (f"a.date, {outlet_sql('a')} AS outlet, f.category, f.qualifier, f.value, f.low, f.high, src.name AS source, f.text, "
                   f"f.id, f.article, f.story, st.label AS story_label, {lang_sql('a')} AS lang")


def list_quotes(session: Session, *, speaker: str | None = None, story: str | None = None, since: str | None = None,
                source_id: str | None = None, lang: str | None = None, limit: int, offset: int = 0
                ) -> tuple[int, list[Row]]:
    """Statements oldest first; `speaker` matches the source's name, an alias, or the speaker as written (as
    store.queries.quotes does, with a page and a source id besides)."""
    conditions: list[Condition] = [
        ("(src.name ILIKE ? ESCAPE '\\' OR t.speaker_text ILIKE ? ESCAPE '\\' OR t.source IN "
         "(SELECT source FROM source_aliases WHERE alias ILIKE ? ESCAPE '\\'))", given(speaker, *["like"] * 3)),
        ("t.source = ?", given(source_id, "exact")),
        ("t.story = ?", given(story, "exact")),
        ("a.date >= ?", given(since, "exact")),
        (f"{lang_sql('a')} IN (SELECT unnest(?::VARCHAR[]))", given_langs(lang)),
    ]
    return _paged(session, _QUOTE_COLUMNS, _QUOTES, conditions, "a.date NULLS FIRST, t.article, t.id", limit, offset)


def list_figures(session: Session, *, category: str | None = None, story: str | None = None,
                 source_id: str | None = None, lang: str | None = None, limit: int, offset: int = 0
                 ) -> tuple[int, list[Row]]:
    """Figures oldest first: the estimate series of a category, a story or a source."""
    conditions: list[Condition] = [
        ("f.category = ?", given(category, "exact")),
        ("f.story = ?", given(story, "exact")),
        ("f.source = ?", given(source_id, "exact")),
        (f"{lang_sql('a')} IN (SELECT unnest(?::VARCHAR[]))", given_langs(lang)),
    ]
    return _paged(session, _FIGURE_COLUMNS, _FIGURES, conditions, "a.date NULLS FIRST, f.article, f.id", limit, offset)


def languages(session: Session) -> list[Row]:
    """Each language the stored articles are in, with how many articles and whether newsledger analysed them, most
    articles first: the language filter's choices."""
    return session.rows(
        f"SELECT {lang_sql('a')} AS lang, count(*) AS articles, "
        "bool_or(coalesce(json_extract(a.data, '$.analysed')::BOOLEAN, true)) AS analysed "
        f"FROM articles a WHERE {lang_sql('a')} IS NOT NULL GROUP BY 1 ORDER BY articles DESC, lang")


def outlets(session: Session, limit: int = 100) -> list[str]:
    """The outlets with the most articles, for the story list's outlet suggestions."""
    return [r["outlet"] for r in session.rows(
        "SELECT outlet FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT ?",
        [limit])]
