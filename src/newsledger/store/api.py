"""The store's half of the Python API (re-exported by newsledger.api; each has a CLI command of the same name)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsledger.extract.parallel import ExtractorPool, check_jobs
from newsledger.ingest import IngestOptions
from newsledger.ingest.budget import TimeBudget
from newsledger.ledger import Ledger
from newsledger.store import queries
from newsledger.store.analysers import ReanalyzeResult
from newsledger.store.base import StoreError
from newsledger.store.duckdb import DEFAULT_DB, DuckDBStore, open_store, reading
from newsledger.store.ingest import (
    Extractor,
    IngestProgress,
    IngestResult,
    default_extractor,
    ingest_paths,
    pooled_extractor,
)

PathLike = str | os.PathLike[str]
Rows = list[dict[str, Any]]


@contextlib.contextmanager
def _read(db: PathLike) -> Iterator[DuckDBStore]:
    """The store opened read-only; a damaged file met half-way through a query is a StoreCorrupt, not a
    DuckDB traceback."""
    with open_store(db, read_only=True) as store, reading(store.path):
        yield store


def ingest(paths: Iterable[PathLike], *, db: PathLike = DEFAULT_DB, batch_size: int = 128, model: str | None = None,
           max_bytes: int | None = None, max_lines: int | None = None, article_timeout: float | None = None,
           wait: float = 0.0, progress: IngestProgress | None = None, extractor: Extractor | None = None,
           allow_local: bool = False, jobs: int | None = None) -> IngestResult:
    """Add articles to the store at `db`: skip stored ones, extract, link into stories, one transaction a batch.
    Bad inputs are counted as failed and listed in the result's `problems`; stored data is never damaged.
    An http(s) URL is one article page, fetched politely (watch/); `allow_local` lets it be a local address.
    `max_bytes`, `max_lines`, `article_timeout`: as for `analyze` (None: the default; 0 is a ValueError).
    `jobs`: processes extracting a batch (None: every usable core; 1: this process only); this process alone
    writes the store, batch by batch. A given `extractor` runs in this process."""
    jobs = check_jobs(jobs)
    # Bad limits are refused before the store is opened (or created).
    IngestOptions.given(max_bytes=max_bytes, max_lines=max_lines, article_timeout=article_timeout)
    budget = TimeBudget(article_timeout) if article_timeout is not None else TimeBudget()
    with open_store(db, wait=wait) as store, ExtractorPool(jobs, model=model, budget=budget) as pool:
        run = extractor or pooled_extractor(pool, default_extractor(model, budget))
        return ingest_paths(store, paths, extractor=run, batch_size=batch_size, max_bytes=max_bytes,
                            max_lines=max_lines, article_timeout=article_timeout, progress=progress,
                            allow_local=allow_local)


def load_ledger(story: str | None = None, *, db: PathLike = DEFAULT_DB) -> Ledger:
    """The stored ledger, or one story's slice of it (opens the store read-only)."""
    with _read(db) as store:
        return store.load_ledger(story)


def stories(*, since: str | None = None, until: str | None = None, outlet: str | None = None,
            search: str | None = None, db: PathLike = DEFAULT_DB, limit: int | None = None,
            lang: str | None = None) -> Rows:
    """Stories with their article, outlet, statement, figure and finding counts, biggest first; optionally only
    those with articles dated in [`since`, `until`] (ISO dates), by an outlet, in a language (`lang`: ISO 639-1,
    several comma-separated), or matching `search`."""
    with _read(db) as store:
        return queries.list_stories(store, since=since, until=until, outlet=outlet, search=search, limit=limit,
                                    lang=lang)


def story(story_id: str, *, db: PathLike = DEFAULT_DB) -> dict[str, Any]:
    """One story's outlets, sources, statements, figures and findings (KeyError when there is no such story)."""
    with _read(db) as store:
        return queries.story_detail(store, story_id)


def quotes(*, speaker: str | None = None, story: str | None = None, since: str | None = None,
           outlet: str | None = None, db: PathLike = DEFAULT_DB, limit: int | None = None,
           lang: str | None = None) -> Rows:
    """Statements by a speaker (name, alias or as written), in their original words with their language; optionally
    in one story, since a date, by an outlet, in a language (`lang`)."""
    with _read(db) as store:
        return queries.quotes(store, speaker=speaker, story=story, since=since, outlet=outlet, limit=limit,
                              lang=lang)


def figures(*, category: str | None = None, story: str | None = None, since: str | None = None,
            outlet: str | None = None, source: str | None = None, db: PathLike = DEFAULT_DB,
            limit: int | None = None, lang: str | None = None) -> Rows:
    """The estimate series of a category of figures (e.g. killed_or_wounded), oldest first, with the outlet, the
    source's name, what was counted and the category; optionally since a date, by an outlet, by a source or in a
    language (`lang`)."""
    with _read(db) as store:
        return queries.figures(store, category=category, story=story, since=since, outlet=outlet, source=source,
                               limit=limit, lang=lang)


def findings(*, story: str | None = None, kind: str | None = None, min_weight: float | None = None,
             db: PathLike = DEFAULT_DB, limit: int | None = None) -> Rows:
    """Findings (discrepancies, drifts, omissions, editorial), weightiest first; optionally one story's, one kind,
    or at least `min_weight`."""
    with _read(db) as store:
        return queries.findings(store, story=story, kind=kind, min_weight=min_weight, limit=limit)


def estimates(*, story: str | None = None, category: str | None = None, db: PathLike = DEFAULT_DB,
              limit: int | None = None) -> Rows:
    """Each quantity's estimates over time: its points (date, outlet, source, value) and the reconciled
    low/best/high (compare/timeline.py)."""
    with _read(db) as store:
        return queries.estimate_series(store, story=story, category=category, limit=limit)


def sources(*, search: str | None = None, db: PathLike = DEFAULT_DB, limit: int | None = None) -> Rows:
    """Sources whose name, alias or description contains `search`."""
    with _read(db) as store:
        return queries.search_sources(store, search=search, limit=limit)


def export(out: PathLike, *, db: PathLike = DEFAULT_DB, format: str = "jsonl", overwrite: bool = False) -> Path:
    """Write the store as jsonl (one record a line), csv or parquet (a directory, one file per table) or jsonld
    (schema.org NewsArticle / Quotation / Claim). Nothing is deleted or overwritten that the export did not
    create: an existing file, or a directory holding anything, is refused (ExportRefused) unless `overwrite`, which
    replaces only the files the export writes; the store itself, or a directory holding it, is always refused."""
    from newsledger.store.export import export_store

    with _read(db) as store:
        return export_store(store, Path(out), format, overwrite=overwrite)


# -- full-text search and corrections by hand (store/search.py, store/overrides.py) ----------------------------------


def reanalyze(*, db: PathLike = DEFAULT_DB, lang: str | None = None, model: str | None = None,
              batch_size: int = 64, extractor: Extractor | None = None) -> ReanalyzeResult:
    """Re-extract the stored articles whose analyser has changed since they were stored (a language newly
    supported, a lexicon or rule improved: extract/version.py), optionally only those in `lang` (ISO 639-1, several
    comma-separated), and rebuild the stories they are in. Articles stored before the store knew analyser versions
    count as stale. A failing batch is reported in the result's `problems` and leaves its articles as they were."""
    from newsledger.store.analysers import reanalyze as run

    if not Path(db).is_file():
        raise StoreError(f"no store at {db}: `newsledger ingest` creates one")
    langs = queries.lang_codes(lang) if lang else None
    with open_store(db) as store:
        return run(store, extractor or default_extractor(model), langs=langs, model=model, batch_size=batch_size)


def reindex(*, db: PathLike = DEFAULT_DB) -> Path:
    """Rebuild the full-text search index (`<db>.search`) from the store's articles; returns its path. `ingest`
    keeps it in step; this is for an index that is missing or out of date (the store itself is only read)."""
    import sqlite3

    from newsledger.store import search

    with _read(db) as store:
        try:
            return search.rebuild(store.path, store.con)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot write the search index {search.index_path(store.path)}: {exc} (the store "
                             "is untouched)") from None


def story_merge(into: str, other: str, *, db: PathLike = DEFAULT_DB, wait: float = 0.0) -> dict[str, Any]:
    """Merge story `other` into story `into`; it stays merged through later ingests (store/overrides.py)."""
    from newsledger.store import overrides

    with open_store(db, wait=wait) as store:
        return overrides.merge_stories(store, into, other)


def story_split(story: str, articles: list[str], *, db: PathLike = DEFAULT_DB, wait: float = 0.0) -> dict[str, Any]:
    """Split `articles` off story `story` into a new story (its id in the result), kept through later ingests."""
    from newsledger.store import overrides

    with open_store(db, wait=wait) as store:
        return overrides.split_story(store, story, articles)


def source_merge(into: str, other: str, *, db: PathLike = DEFAULT_DB, wait: float = 0.0) -> dict[str, Any]:
    """Merge source `other` into source `into`: everything it said is attributed to `into`, now and later."""
    from newsledger.store import overrides

    with open_store(db, wait=wait) as store:
        return overrides.merge_sources(store, into, other)


def source_split(source: str, aliases: list[str], *, db: PathLike = DEFAULT_DB, wait: float = 0.0
                 ) -> dict[str, Any]:
    """Split the mentions of `source` written as one of `aliases` off into a new source (its id in the result)."""
    from newsledger.store import overrides

    with open_store(db, wait=wait) as store:
        return overrides.split_source(store, source, aliases)
