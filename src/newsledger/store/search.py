"""Full-text search over every stored article's title and body: SQLite FTS5 (Python's own sqlite3), bm25-ranked,
in a sidecar file next to the DuckDB store (``<db>.search``).

Why a sidecar and not a DuckDB table: DuckDB's full-text extension would have to be downloaded at run time, and
FTS5 ships inside the standard library. The sidecar never holds anything the store does not: it is derived from
the ``articles`` table only and can always be rebuilt from it (``newsledger reindex``), so losing or damaging it
loses no data.

Keeping it in step: ``ingest`` adds each batch's articles right after the batch's DuckDB commit. The sidecar
records the store's fingerprint (article count, last batch, first article id) as of its last update; when that is
not the store's fingerprint before a batch (a crash between the two commits, a copied store, an older newsledger),
the next ingest rebuilds it whole. Readers (the web app, ``stories --search``) compare the fingerprints and refuse
a stale sidecar instead of giving incomplete answers. A rebuild writes a new file and renames it into place, so a
reader never sees half an index.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
import time
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsledger.store.base import StoreError

SUFFIX = ".search"
FORMAT = "1"  # the sidecar's own layout; another value means rebuild
MAX_HITS = 10_000  # articles a search ranks at most (the best ones by bm25)
TITLE_WEIGHT = 4.0  # a word in the headline counts as much as four in the body
SNIPPET_CHARS = 320  # longest matching sentence shown

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE ids (rowid INTEGER PRIMARY KEY, article TEXT NOT NULL UNIQUE);
CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');
"""
# Markers FTS5's highlight() puts around matched words: control characters no article text keeps (the readers
# normalise text and drop them), so they cannot be confused with the text's own characters.
_OPEN, _CLOSE = "\x02", "\x03"
_WORD = re.compile(r"\w+")
_CHUNK = re.compile(r'"([^"]*)"|(\S+)')
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+|\n")


class SearchUnavailable(StoreError):
    """The search index is missing, unreadable or older than the store; the message says how to rebuild it."""


@dataclass(frozen=True)
class Fingerprint:
    """What identifies the store's set of articles cheaply: articles are only ever added, each batch gets the next
    number, and the first batch's smallest id tells two stores apart."""

    articles: int
    batch: int
    first: str

    def encode(self) -> str:
        return f"{self.articles}:{self.batch}:{self.first}"


@dataclass(frozen=True)
class Match:
    """The sentence of an article where a search matched, and the matched words' spans within it."""

    article: str
    sentence: str
    spans: tuple[tuple[int, int], ...]

    def segments(self) -> list[tuple[str, bool]]:
        """The sentence cut into (text, matched) pieces, for a template to mark up (and escape)."""
        out, at = [], 0
        for start, end in self.spans:
            if start > at:
                out.append((self.sentence[at:start], False))
            out.append((self.sentence[start:end], True))
            at = end
        if at < len(self.sentence):
            out.append((self.sentence[at:], False))
        return out


def index_path(db: str | os.PathLike[str]) -> Path:
    return Path(str(db) + SUFFIX)


def fingerprint(con) -> Fingerprint:
    """The DuckDB store's fingerprint (`con`: a connection or cursor with the store's tables in its search path)."""
    n, batch = con.execute("SELECT count(*), coalesce(max(batch), 0) FROM articles").fetchall()[0]
    first = con.execute("SELECT min(id) FROM articles WHERE batch = (SELECT min(batch) FROM articles)").fetchall()
    return Fingerprint(int(n), int(batch), first[0][0] or "")


def fts_query(text: str) -> str | None:
    """The user's words as an FTS5 query: every word must occur (stemmed, case and accents ignored); "quoted
    words" and hyphenated or apostrophised forms (Zelenskyy's, cease-fire) must occur together, in order. None when
    the text has no word at all. Operators and FTS5 syntax in the text are taken as plain words."""
    terms = []
    for quoted, bare in _CHUNK.findall(text):
        words = _WORD.findall(quoted or bare)
        if words:
            terms.append('"' + " ".join(words) + '"')
    return " ".join(terms) or None


# -- writing ----------------------------------------------------------------------------------------------------------


def _connect_rw(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = DELETE")  # readers open it read-only: no WAL side files to need
    return con


def _stored_fingerprint(con: sqlite3.Connection) -> str | None:
    try:
        rows = dict(con.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        return None
    return rows.get("store") if rows.get("format") == FORMAT else None


def _insert(con: sqlite3.Connection, rows: Iterable[tuple[str, str | None, str]]) -> None:
    for article, title, body in rows:
        cur = con.execute("INSERT OR IGNORE INTO ids (article) VALUES (?)", [article])
        if cur.rowcount:
            con.execute("INSERT INTO docs (rowid, title, body) VALUES (?, ?, ?)", [cur.lastrowid, title or "", body])


def _set_fingerprint(con: sqlite3.Connection, fp: Fingerprint) -> None:
    con.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [("format", FORMAT), ("store", fp.encode())])


def rebuild(db: str | os.PathLike[str], con) -> Path:
    """Write the search index of the store at `db` (open as `con`, DuckDB, read-only is enough) from its articles,
    into a new file renamed over the old one (sqlite3.Error or OSError when it cannot be written)."""
    path = index_path(db)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    fp = fingerprint(con)
    try:
        lite = _connect_rw(tmp)
        try:
            lite.execute("BEGIN")
            for statement in (s for s in _SCHEMA.split(";") if s.strip()):
                lite.execute(statement)
            cur = con.execute("SELECT id, title, json_extract_string(data, '$.text') FROM articles "
                              "ORDER BY batch, id")
            while rows := cur.fetchmany(2_000):
                _insert(lite, rows)
            _set_fingerprint(lite, fp)
            lite.execute("COMMIT")
            lite.execute("INSERT INTO docs (docs) VALUES ('optimize')")  # one b-tree: faster reads
        finally:
            lite.close()
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _add(path: Path, articles: list[tuple[str, str | None, str]], before: Fingerprint, after: Fingerprint) -> bool:
    """Add to an index that was in step before the batch; False when it was not (or is no index at all)."""
    try:
        lite = _connect_rw(path)
    except sqlite3.DatabaseError:  # not an SQLite file: rebuild it
        return False
    try:
        if _stored_fingerprint(lite) != before.encode():
            return False
        lite.execute("BEGIN")
        _insert(lite, articles)
        _set_fingerprint(lite, after)
        lite.execute("COMMIT")
        return True
    finally:
        lite.close()


def add_batch(db: str | os.PathLike[str], con, articles: list[tuple[str, str | None, str]],
              before: Fingerprint) -> None:
    """After a batch's DuckDB commit: add its articles (id, title, text) to the search index when the index was in
    step with the store before the batch (`before`), else rebuild it. A failure here leaves the index stale (the
    next ingest or `newsledger reindex` rebuilds it) and never touches the store: it warns and returns."""
    path = index_path(db)
    try:
        try:
            if path.is_file() and _add(path, articles, before, fingerprint(con)):
                return
        except sqlite3.DatabaseError:
            pass  # a damaged index: rebuilt whole below
        rebuild(db, con)
    except (sqlite3.Error, OSError) as exc:
        warnings.warn(f"could not update the search index {path} ({exc}); the store is intact: run "
                      f"`newsledger reindex --db {db}` to rebuild it", stacklevel=2)


# -- reading ----------------------------------------------------------------------------------------------------------


class SearchIndex:
    """A store's search index, opened read-only; one SQLite connection per thread (a request's thread)."""

    def __init__(self, db: str | os.PathLike[str], store_fingerprint: Fingerprint):
        self.path = index_path(db)
        self._local = threading.local()
        fix = f"run `newsledger reindex --db {db}` to build it"
        if not self.path.is_file():
            raise SearchUnavailable(f"the search index {self.path} is missing; {fix}")
        try:
            stored = _stored_fingerprint(self._con())
        except sqlite3.Error as exc:
            raise SearchUnavailable(f"the search index {self.path} cannot be read ({exc}); {fix}") from None
        if stored != store_fingerprint.encode():
            raise SearchUnavailable(f"the search index {self.path} is out of date with the store; {fix}")

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = self._local.con = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        return con

    @contextlib.contextmanager
    def _bounded(self, deadline: float | None):
        con = self._con()
        if deadline is not None:  # SQLite calls this every N steps; a true return interrupts the query
            con.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
        try:
            yield con
        finally:
            con.set_progress_handler(None, 0)

    def hits(self, text: str, *, limit: int = MAX_HITS, deadline: float | None = None) -> list[tuple[str, float]]:
        """(article id, bm25 score: lower is better) of the best `limit` articles matching `text`, best first.
        sqlite3.OperationalError('interrupted') when past `deadline`."""
        query = fts_query(text)
        if query is None:
            return []
        with self._bounded(deadline) as con:
            return con.execute(
                f"SELECT ids.article, bm25(docs, {TITLE_WEIGHT}, 1.0) AS score FROM docs "
                "JOIN ids ON ids.rowid = docs.rowid WHERE docs MATCH ? ORDER BY score, ids.article LIMIT ?",
                [query, limit]).fetchall()

    def matches(self, text: str, articles: Iterable[str], *, deadline: float | None = None) -> dict[str, Match]:
        """For each of `articles` that matches `text`: its first matching sentence (the title when only the title
        matches)."""
        query, wanted = fts_query(text), sorted(set(articles))
        if query is None or not wanted:
            return {}
        marks = f"'{_OPEN}', '{_CLOSE}'"
        with self._bounded(deadline) as con:
            rows = con.execute(
                f"SELECT ids.article, highlight(docs, 1, {marks}), highlight(docs, 0, {marks}) FROM docs "
                "JOIN ids ON ids.rowid = docs.rowid WHERE docs MATCH ? AND docs.rowid IN "
                f"(SELECT rowid FROM ids WHERE article IN ({', '.join('?' * len(wanted))}))",
                [query, *wanted]).fetchall()
        out = {}
        for article, body, title in rows:
            match = _sentence(article, body) or _sentence(article, title)
            if match is not None:
                out[article] = match
        return out


def _sentence(article: str, marked: str | None) -> Match | None:
    """The sentence around the first marked word of FTS5's highlight() output, with every marked span in it."""
    if not marked or _OPEN not in marked:
        return None
    spans, plain, at = [], [], 0
    for piece in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if piece == _OPEN:
            start = at
        elif piece == _CLOSE:
            spans.append((start, at))
        else:
            plain.append(piece)
            at += len(piece)
    text = "".join(plain)
    first_start, first_end = spans[0]
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, first_start):
        begin = m.end()
    m = _SENTENCE_END.search(text, first_end)
    stop = m.start() + len(m.group().rstrip()) if m else len(text)
    whole = (begin, stop)
    if stop - begin > SNIPPET_CHARS:  # a long sentence (or none: a list, a table): a window around the match
        begin = max(begin, first_start - SNIPPET_CHARS // 3)
        stop = min(stop, begin + SNIPPET_CHARS)
    while begin < stop and text[begin].isspace():
        begin += 1
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    lead = "…" if begin > whole[0] else ""
    tail = "…" if stop < whole[1] else ""
    shift = len(lead) - begin
    kept = tuple((s + shift, e + shift) for s, e in spans if s >= begin and e <= stop)
    return Match(article=article, sentence=lead + text[begin:stop] + tail, spans=kept)


# -- stories ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoryHit:
    """A story whose articles match a search: its best article and that article's score (bm25, lower is better)."""

    story: str
    score: float
    article: str


def search_stories(db: str | os.PathLike[str], con, text: str) -> list[StoryHit]:
    """The stories of the store at `db` (open as `con`, DuckDB) whose articles match `text`, best first.
    SearchUnavailable when the index is missing or out of date."""
    hits = SearchIndex(db, fingerprint(con)).hits(text)
    if not hits:
        return []
    rows = con.execute(
        "WITH hits AS (SELECT unnest(?::VARCHAR[]) AS article, unnest(?::DOUBLE[]) AS score) "
        "SELECT sa.story, min(hits.score) AS score, first(hits.article ORDER BY hits.score, hits.article) "
        "FROM hits JOIN story_articles sa ON sa.article = hits.article GROUP BY sa.story ORDER BY 2, 1",
        [[a for a, _ in hits], [score for _, score in hits]]).fetchall()
    return [StoryHit(story, score, article) for story, score, article in rows]


def matching_sentences(db: str | os.PathLike[str], con, text: str, articles: Iterable[str]) -> dict[str, Match]:
    """Each of `articles` (that matches `text`) with its matching sentence: for the stories a page shows."""
    return SearchIndex(db, fingerprint(con)).matches(text, articles)
