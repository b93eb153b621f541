"""The DuckDB store: one file, no server, one writer process at a time.

Every batch is one transaction: its articles, their extractions, their story assignment and the recomputed records
of every story the batch touched. A crash (even SIGKILL) at any moment leaves either the whole batch or none of it:
DuckDB replays its write-ahead log on the next open and drops the uncommitted transaction.

Incremental tolerance: after each batch the touched stories are rebuilt from their stored per-article extractions
with build_ledger's own functions, so a store filled in N batches equals one filled in one batch (and `analyze`)
exactly when the story index assigns the same stories whatever the batching. The placeholder index does; a
clustering index may not, and `newsledger.bench.store` measures the agreement on GVA dev.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import re
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from newsledger.compare import estimate_all, find_all
from newsledger.ingest.identity import article_id as text_hash
from newsledger.ledger import (
    Alignment,
    Article,
    ArticleExtraction,
    Estimate,
    Figure,
    Finding,
    Ledger,
    Mention,
    Problem,
    Source,
    Statement,
    Story,
)
from newsledger.link.align import align
from newsledger.link.sources import merge_records, merge_sources, merge_story_sources
from newsledger.link.stories import StoryIndex
from newsledger.store import overrides, search
from newsledger.store.analysers import analyser_rows
from newsledger.store.base import NotAStore, StoreCorrupt, StoreError, StoreLocked
from newsledger.store.schema import STORY_TABLES, migrate

DEFAULT_DB = "newsledger.duckdb"
# DuckDB's own wording for a file another process holds. Matched at the start of the message only: a looser match
# ("lock" is in "block", as in "Corrupt database file ... in block at location 0") called a damaged store busy.
_LOCK_ERROR = re.compile(r"(?:IO Error: )?Could not set lock on file\b")
# Corruption as DuckDB reports it (checksums on every block); matched on the message, as these are plain
# duckdb.Error, not a subclass.
_CORRUPT_ERROR = re.compile(r"corrupt database file|does not match stored checksum|failed to deserialize",
                            re.IGNORECASE)
# Every connection: never fetch or load an extension. A non-DuckDB file (SQLite, say) otherwise makes DuckDB
# download a scanner extension over the network to open it.
NO_EXTENSIONS = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
_DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file


def _exec(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> None:
    """Run a statement for its effect; DuckDB 2 wants every result consumed before the next statement."""
    con.execute(sql, params or []).fetchall()


def _dump(record) -> str:
    return record.model_dump_json()


def _is_lock_error(exc: Exception) -> bool:
    return bool(_LOCK_ERROR.match(str(exc)))


def connect(database: str, *, read_only: bool = False, config: dict[str, Any] | None = None
            ) -> duckdb.DuckDBPyConnection:
    """duckdb.connect with extension autoinstall/autoload off (see NO_EXTENSIONS): the one way src/ connects."""
    return duckdb.connect(database, read_only=read_only, config={**(config or {}), **NO_EXTENSIONS})


def _unusable_hint() -> str:
    return "restore it from a backup or build a new one with `newsledger ingest PATH --db NEW_FILE`"


def read_error(path: Path, exc: Exception) -> StoreError:
    """What a DuckDB error met while opening or reading the store at `path` means for the user."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if _is_lock_error(exc):
        return StoreLocked(f"store {path} is in use by another newsledger process (DuckDB allows one writer and no "
                           "readers beside it)")
    if _CORRUPT_ERROR.search(first):
        return StoreCorrupt(f"store {path} is corrupt or unreadable ({first}); {_unusable_hint()}")
    if isinstance(exc, duckdb.CatalogException):  # a foreign database is refused at open: this one is older
        return StoreError(f"store {path} lacks a table this newsledger reads ({first}); a store made by an older "
                          "newsledger is upgraded the next time `newsledger ingest` writes to it")
    return StoreError(f"cannot read store {path}: {first}")


@contextlib.contextmanager
def reading(path: Path):
    """Turn DuckDB errors while reading the store into StoreErrors saying what they mean (no traceback)."""
    try:
        yield
    except duckdb.Error as exc:
        raise read_error(path, exc) from None


def _check_format(path: Path) -> None:
    """Refuse a file that is not a DuckDB database before DuckDB sees it (it would try extensions on some)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"cannot read store {path}: {exc.strerror or exc}") from None
    if not head:
        raise NotAStore(f"{path} is an empty file, not a newsledger store; give a new file name (DuckDB creates the "
                        "store) or remove it")
    if len(head) < 12 or head[8:12] != _DUCKDB_MAGIC:
        kind = ("a SQLite database" if head.startswith(b"SQLite format 3")
                else "not a DuckDB database file: damaged, or another kind of file")
        raise NotAStore(f"{path} is not a newsledger store ({kind}); give the store's path with --db")


def _connect(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        try:
            # DuckDB's cache otherwise grows toward 80% of RAM as the store grows; cap it (it spills past it).
            return connect(str(path), read_only=read_only,
                           config={"memory_limit": os.environ.get("NEWSLEDGER_DB_MEMORY", "1GB")})
        except duckdb.Error as exc:
            if not _is_lock_error(exc):
                error = read_error(path, exc)
                raise (error if type(error) is not StoreError else StoreError(f"cannot open store {path}: {exc}")
                       ) from None
            if time.monotonic() >= deadline:
                hint = ("readers can open it once that process finishes" if read_only
                        else "wait for it to finish, or pass --wait SECONDS to queue behind it")
                raise StoreLocked(f"store {path} is in use by another newsledger process (DuckDB allows one "
                                  f"writer and no readers beside it); {hint}") from None
            time.sleep(0.2)


def _check_writable(path: Path) -> None:
    """Refuse up front rather than fail half-way: the message names the path and the fix."""
    if path.is_dir():
        raise StoreError(f"store path {path} is a directory; give a file such as {path / DEFAULT_DB}")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise StoreError(f"cannot create store {path}: directory {parent} does not exist")
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"store {path} is read-only; make it writable or copy it somewhere writable")
    if not path.exists() and not os.access(parent, os.W_OK):
        raise StoreError(f"cannot create store {path}: directory {parent} is read-only")


class DuckDBStore:
    def __init__(self, path: str | os.PathLike[str] = DEFAULT_DB, *, read_only: bool = False, wait: float = 0.0):
        self.path = Path(path)
        self.read_only = read_only
        self._labels: dict[str, str] = {}  # story labels the index gave in the current batch
        if read_only:
            if not self.path.exists():
                raise StoreError(f"no store at {self.path}: create one with `newsledger ingest PATH --db {self.path}`")
        else:
            _check_writable(self.path)
        _check_format(self.path)
        self.con = _connect(self.path, read_only, wait)
        try:
            self._check_is_store()
            if not read_only:
                self._transaction(lambda: migrate(self.con))
        except BaseException:
            self.con.close()  # never keep the write lock of a store we refused
            raise

    def _check_is_store(self) -> None:
        """A DuckDB database newsledger did not make is refused, for reading and above all for writing (its
        tables are someone else's). A new, empty database becomes a store."""
        with reading(self.path):
            tables = {r[0] for r in self.con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
            if "meta" in tables or (not tables and not self.read_only):
                return
        what = "an empty DuckDB database" if not tables else f"a DuckDB database with other tables ({len(tables)})"
        raise NotAStore(f"{self.path} is not a newsledger store ({what}); give the store's path with --db, or a new "
                        "file name to `newsledger ingest`")

    # -- plumbing -------------------------------------------------------------------------------------------------

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> DuckDBStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _transaction(self, work):
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        _exec(self.con, "BEGIN TRANSACTION")
        try:
            result = work()
            _exec(self.con, "COMMIT")
            return result
        except BaseException as exc:
            with contextlib.suppress(duckdb.Error):  # a failed commit has already ended the transaction
                _exec(self.con, "ROLLBACK")
            if isinstance(exc, duckdb.Error) and _CORRUPT_ERROR.search(str(exc)):
                raise read_error(self.path, exc) from None
            if isinstance(exc, duckdb.Error | OSError):  # full disk, I/O error, lost permission
                raise StoreError(f"could not write to store {self.path} (nothing from this batch was kept): "
                                 f"{exc}") from None
            raise

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Bulk insert through Arrow: executemany is row-at-a-time in DuckDB."""
        if not rows:
            return
        self.con.register("_rows", pa.Table.from_pylist(rows))
        try:
            cols = ", ".join(rows[0])
            _exec(self.con, f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _rows")
        finally:
            self.con.unregister("_rows")

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def _ids_in(self, sql: str, ids: Iterable[str]) -> list[tuple]:
        ids = list(ids)
        if not ids:
            return []
        return self.con.execute(sql, [ids]).fetchall()

    # -- what is already stored -----------------------------------------------------------------------------------

    def known(self, article_ids: list[str], text_hashes: list[str]) -> tuple[set[str], set[str]]:
        ids = {r[0] for r in self._ids_in("SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", article_ids)}
        hashes = {r[0] for r in self._ids_in(
            "SELECT text_hash FROM articles WHERE text_hash IN (SELECT unnest(?::VARCHAR[]))", text_hashes)}
        return ids, hashes

    def versions(self, urls: list[str]) -> dict[str, str]:
        rows = self._ids_in("SELECT url, id FROM articles WHERE url IN (SELECT unnest(?::VARCHAR[])) ORDER BY batch, id", urls)
        return {url: aid for url, aid in rows}  # later batches win: the newest version is the one to link to

    def counts(self) -> dict[str, int]:
        tables = ("articles", "sources", "statements", "figures", "stories", "alignments", "findings", "estimates",
                  "problems")
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in tables}

    # -- writing ----------------------------------------------------------------------------------------------------

    def write_batch(self, extractions: list[ArticleExtraction], problems: list[Problem] = ()) -> set[str]:
        before = search.fingerprint(self.con)
        touched = self._transaction(lambda: self._write(extractions, list(problems)))
        # After the commit: the search index is derived data, rebuilt from the store if this step is ever lost.
        search.add_batch(self.path, self.con, [(x.article.id, x.article.title, x.article.text) for x in extractions],
                         before)
        return touched

    def _write(self, extractions: list[ArticleExtraction], problems: list[Problem]) -> set[str]:
        batch = (self.con.execute("SELECT coalesce(max(batch), 0) + 1 FROM articles").fetchall()[0][0])
        if extractions:  # the clock of `changes --since` and the watch digest (a problems-only batch reuses its number)
            _exec(self.con, "INSERT OR REPLACE INTO batches VALUES (?, ?)",
                  [batch, datetime.datetime.now(datetime.UTC).replace(tzinfo=None)])
        self._insert("articles", [
            {"id": a.id, "text_hash": text_hash(a.text), "url": a.url, "outlet": a.outlet, "date": a.date,
             "title": a.title, "path": a.path, "version_of": a.version_of, "batch": batch, "data": _dump(a)}
            for a in (x.article for x in extractions)])
        self._insert("extractions", [{"article": x.article.id, "data": _dump(x)} for x in extractions])
        self._insert("analysers", analyser_rows(x.article for x in extractions))
        self._insert("problems", [{"path": p.path, "line": p.line, "reason": p.reason, "batch": batch}
                                  for p in problems])
        touched = self._assign_stories([x.article for x in extractions])
        if touched:
            self._recompute(touched)
        return touched

    def _story_index(self) -> StoryIndex:
        """The persisted story index. link/stories.py's index is saved as a header row ('state') plus one row per
        article ('a:<id>'), so a batch writes only the rows it changed; it is kept in memory between batches of
        one process and reloaded when the store holds another number of rows (a batch rolled back). An index
        without `rows` is saved whole in the header row."""
        stored = self.con.execute("SELECT count(*) FROM story_index WHERE key LIKE 'a:%'").fetchall()[0][0]
        cached = getattr(self, "_index_cache", None)
        if cached is not None and cached[0] == stored:
            return cached[1]
        header = self.con.execute("SELECT data FROM story_index WHERE key = 'state'").fetchall()
        if not header:
            return StoryIndex()
        state = json.loads(header[0][0])
        if stored:
            state["articles"] = {key[2:]: json.loads(data) for key, data in self.con.execute(
                "SELECT key, data FROM story_index WHERE key LIKE 'a:%'").fetchall()}
        return StoryIndex.from_state(state)

    def _assign_stories(self, articles: list[Article]) -> set[str]:
        if not articles:
            return set()
        index = self._story_index()
        self._index_cache = None  # set again once this batch's rows are written
        mapping = index.add(sorted(articles, key=lambda a: a.id))
        touched = set(mapping.values())
        stories = index.stories(touched) if hasattr(index, "rows") else [
            s for s in index.stories() if s.id in touched]
        # A stateful index may have merged stored stories into a touched one: move their articles.
        older = sorted(a for story in stories for a in story.articles if a not in mapping)
        now = {a: story.id for story in stories for a in story.articles}
        fixes = overrides.load(self.con)
        if fixes:  # corrections made by hand outrank the index (store/overrides.py)
            story_of = fixes.story_resolver(index.resolve)
            now = {a: story_of(a, sid) for a, sid in now.items()}
            mapping = {a: now[a] for a in mapping}
            touched = set(mapping.values())
        moved = [(a, was) for a, was in self._ids_in(
            "SELECT article, story FROM story_articles WHERE article IN (SELECT unnest(?::VARCHAR[]))", older)
            if now[a] != was]
        touched |= {was for _, was in moved}
        for sid in sorted({now[a] for a, _ in moved}):
            _exec(self.con, "UPDATE story_articles SET story = ? WHERE article IN (SELECT unnest(?::VARCHAR[]))",
                  [sid, [a for a, _ in moved if now[a] == sid]])
        self._insert("story_articles", [{"article": a, "story": s} for a, s in sorted(mapping.items())])
        if not hasattr(index, "rows"):
            _exec(self.con, "INSERT OR REPLACE INTO story_index VALUES ('state', ?)", [json.dumps(index.to_state())])
        else:
            rows = [{"key": "a:" + aid, "data": json.dumps(row)} for aid, row in index.rows(index.take_changed()).items()]
            rows.append({"key": "state", "data": json.dumps(index.to_state(articles=False))})
            self.con.register("_rows", pa.Table.from_pylist(rows))
            try:
                _exec(self.con, "INSERT OR REPLACE INTO story_index SELECT key, data FROM _rows")
            finally:
                self.con.unregister("_rows")
            self._index_cache = (len(index), index)
        self._labels = {story.id: story.label for story in stories}
        return touched

    def _stories(self, ids: set[str]) -> list[Story]:
        rows = self._ids_in(
            "SELECT sa.story, a.id, a.date, a.outlet, a.title, a.data FROM story_articles sa "
            "JOIN articles a ON a.id = sa.article WHERE sa.story IN (SELECT unnest(?::VARCHAR[])) ORDER BY sa.story, a.id", ids)
        members: dict[str, list[tuple]] = defaultdict(list)
        for row in rows:
            members[row[0]].append(row[1:])
        old = {r[0]: r[1] for r in self._ids_in("SELECT id, label FROM stories WHERE id IN (SELECT unnest(?::VARCHAR[]))", ids)}
        out = []
        for sid, arts in sorted(members.items()):
            dates = sorted(d for _, d, _, _, _ in arts if d)
            label = self._labels.get(sid) or old.get(sid)
            if label is None:
                first = Article.model_validate_json(arts[0][4])
                label = first.title or first.text[:80]
            out.append(Story(id=sid, label=label, articles=[a for a, *_ in arts],
                             start_date=dates[0] if dates else None, end_date=dates[-1] if dates else None,
                             outlets=sorted({o for _, _, o, _, _ in arts if o})))
        return out

    def _recompute(self, touched: set[str]) -> None:
        """Replace every cross-article record of the touched stories with what build_ledger's own functions
        give for those stories' articles."""
        stories = self._stories(touched)
        story_of = {a: s.id for s in stories for a in s.articles}
        extractions = [ArticleExtraction.model_validate_json(r[0]) for r in self._ids_in(
            "SELECT data FROM extractions WHERE article IN (SELECT unnest(?::VARCHAR[])) ORDER BY article", list(story_of))]
        old_sources = {r[0] for r in self._ids_in(
            "SELECT DISTINCT source FROM source_members WHERE story IN (SELECT unnest(?::VARCHAR[]))", touched)}
        for table in (*STORY_TABLES, "stories"):
            key = "id" if table == "stories" else "story"
            _exec(self.con, f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?::VARCHAR[]))", [list(touched)])

        fixes = overrides.load(self.con)
        remap = fixes.source_of if fixes.has_sources else None
        merged = merge_sources(extractions, stories, remap)
        alignments = align(merged.articles, merged.statements, merged.figures, merged.sources, stories)
        draft = Ledger(articles=merged.articles, sources=merged.sources, statements=merged.statements,
                       figures=merged.figures, stories=stories, alignments=alignments, findings=merged.findings)
        findings = {f.id: f for f in [*merged.findings, *find_all(draft)]}
        estimates = estimate_all(draft)

        by_story: dict[str, list] = defaultdict(list)
        for x in extractions:
            by_story[story_of[x.article.id]].extend((x.article.id, s) for s in x.sources)
        member_rows, mention_rows = [], []
        for sid in sorted(by_story):
            _, groups = merge_story_sources(sid, by_story[sid], remap)
            for src_id, members in groups.items():
                for art, src in members:
                    member_rows.append({"source": src_id, "story": sid, "article": art,
                                        "variant": _dump(src.model_copy(update={"id": "", "mentions": []}))})
                    mention_rows += [{"source": src_id, "story": sid, "article": m.article, "start_char": m.start,
                                      "end_char": m.end, "text": m.text} for m in src.mentions]
        self._insert("source_members", member_rows)
        self._insert("source_mentions", mention_rows)
        self._remerge_sources(old_sources | {r["source"] for r in member_rows})

        self._insert("stories", [{"id": s.id, "label": s.label, "start_date": s.start_date, "end_date": s.end_date,
                                  "data": _dump(s)} for s in stories])
        self._insert("statements", [
            {"id": s.id, "story": story_of.get(s.article), "article": s.article, "kind": s.kind, "source": s.source,
             "speaker_text": s.speaker_text, "text": s.text, "data": _dump(s)} for s in merged.statements])
        self._insert("figures", [
            {"id": f.id, "story": story_of.get(f.article), "article": f.article, "category": f.category,
             "value": f.value, "low": f.low, "high": f.high, "qualifier": f.qualifier, "source": f.source,
             "text": f.text, "data": _dump(f)} for f in merged.figures])
        self._insert("alignments", [{"id": a.id, "story": a.story, "kind": a.kind, "relation": a.relation,
                                     "data": _dump(a)} for a in alignments])
        self._insert("findings", [{"id": f.id, "story": f.story, "kind": f.kind, "summary": f.summary,
                                   "data": _dump(f)} for f in findings.values()])
        self._insert("estimates", [{"id": e.id, "story": e.story, "category": e.category, "data": _dump(e)}
                                   for e in estimates])

    def _remerge_sources(self, ids: set[str]) -> None:
        ids_list = sorted(ids)
        if not ids_list:
            return
        # merge_records reads members' names, kinds, descriptions and how often each name is used, never their
        # per-article ids or articles: each distinct variant, repeated as often as it occurs, gives the same record.
        members: dict[str, list[tuple[str, Source]]] = defaultdict(list)
        for sid, variant, n in self._ids_in(
                "SELECT source, variant, count(*) FROM source_members WHERE source IN (SELECT unnest(?::VARCHAR[])) "
                "GROUP BY source, variant ORDER BY source, variant", ids_list):
            members[sid] += [("", Source.model_validate_json(variant))] * n
        _exec(self.con, "DELETE FROM sources WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids_list])
        _exec(self.con, "DELETE FROM source_aliases WHERE source IN (SELECT unnest(?::VARCHAR[]))", [ids_list])
        merged = [merge_records(sid, members[sid]) for sid in sorted(members)]
        self._insert("sources", [{"id": s.id, "name": s.name, "kind": s.kind, "data": _dump(s)} for s in merged])
        self._insert("source_aliases", [{"source": s.id, "alias": a} for s in merged
                                        for a in sorted({s.name, *s.aliases})])

    # -- reading ----------------------------------------------------------------------------------------------------

    def with_mentions(self, sources: list[Source]) -> list[Source]:
        """Sources as the ledger has them: the store keeps mentions in their own table."""
        found: dict[str, list[Mention]] = defaultdict(list)
        for sid, art, start, end, text in self._ids_in(
                "SELECT DISTINCT source, article, start_char, end_char, text FROM source_mentions "
                "WHERE source IN (SELECT unnest(?::VARCHAR[])) ORDER BY source, article, start_char, end_char, text",
                [s.id for s in sources]):
            found[sid].append(Mention(article=art, start=start, end=end, text=text))
        return [s.model_copy(update={"mentions": found.get(s.id, [])}) for s in sources]

    def load_ledger(self, story: str | None = None) -> Ledger:
        """The stored ledger (or one story's slice of it), the same shape `analyze` writes."""
        where, params = ("", []) if story is None else (" WHERE story = ?", [story])

        def records(table: str, model, sql: str | None = None, p: list | None = None):
            sql = sql or f"SELECT data FROM {table}{where} ORDER BY id"
            return [model.model_validate_json(r[0]) for r in self.con.execute(sql, params if p is None else p)
                    .fetchall()]

        if story is None:
            articles = records("articles", Article, "SELECT data FROM articles ORDER BY id", [])
            sources = self.with_mentions(records("sources", Source, "SELECT data FROM sources ORDER BY id", []))
            stories = records("stories", Story, "SELECT data FROM stories ORDER BY id", [])
            problems = [Problem(path=p, line=ln, reason=r) for p, ln, r in self.con.execute(
                "SELECT path, line, reason FROM problems ORDER BY batch, path, line").fetchall()]
        else:
            articles = records("articles", Article, "SELECT a.data FROM articles a JOIN story_articles sa "
                               "ON sa.article = a.id WHERE sa.story = ? ORDER BY a.id", [story])
            sources = self.with_mentions(records(
                "sources", Source, "SELECT data FROM sources WHERE id IN (SELECT DISTINCT source "
                "FROM source_members WHERE story = ?) ORDER BY id", [story]))
            stories = records("stories", Story, "SELECT data FROM stories WHERE id = ?", [story])
            problems = []
        return Ledger(articles=articles, sources=sources, statements=records("statements", Statement),
                      figures=records("figures", Figure), stories=stories,
                      alignments=records("alignments", Alignment), findings=records("findings", Finding),
                      estimates=records("estimates", Estimate), problems=problems)


def open_store(path: str | os.PathLike[str] = DEFAULT_DB, *, read_only: bool = False, wait: float = 0.0
               ) -> DuckDBStore:
    return DuckDBStore(path, read_only=read_only, wait=wait)
