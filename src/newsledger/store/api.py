"""The store's half of the Python API (re-exported by newsledger.api; each has a CLI command of the same name)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsledger.ledger import Ledger
from newsledger.store import queries
from newsledger.store.duckdb import DEFAULT_DB, open_store
from newsledger.store.ingest import Extractor, IngestProgress, IngestResult, default_extractor, ingest_paths

PathLike = str | os.PathLike[str]
Rows = list[dict[str, Any]]


def ingest(paths: Iterable[PathLike], *, db: PathLike = DEFAULT_DB, batch_size: int = 128, model: str | None = None,
           max_bytes: int | None = None, wait: float = 0.0, progress: IngestProgress | None = None,
           extractor: Extractor | None = None) -> IngestResult:
    """Add articles to the store at `db`: skip stored ones, extract, link into stories, one transaction a batch.
    Bad inputs are counted as failed and listed in the result's `problems`; stored data is never damaged."""
    with open_store(db, wait=wait) as store:
        return ingest_paths(store, paths, extractor=extractor or default_extractor(model), batch_size=batch_size,
                            max_bytes=max_bytes, progress=progress)


def load_ledger(story: str | None = None, *, db: PathLike = DEFAULT_DB) -> Ledger:
    """The stored ledger, or one story's slice of it (opens the store read-only)."""
    with open_store(db, read_only=True) as store:
        return store.load_ledger(story)


def stories(*, db: PathLike = DEFAULT_DB, limit: int | None = None) -> Rows:
    """Stories with their article, outlet, statement, figure and finding counts, biggest first."""
    with open_store(db, read_only=True) as store:
        return queries.list_stories(store, limit=limit)


def story(story_id: str, *, db: PathLike = DEFAULT_DB) -> dict[str, Any]:
    """One story's outlets, sources, statements, figures and findings (KeyError when there is no such story)."""
    with open_store(db, read_only=True) as store:
        return queries.story_detail(store, story_id)


def quotes(*, speaker: str | None = None, story: str | None = None, since: str | None = None,
           db: PathLike = DEFAULT_DB, limit: int | None = None) -> Rows:
    """Statements by a speaker (name, alias or as written), optionally in one story and since a date."""
    with open_store(db, read_only=True) as store:
        return queries.quotes(store, speaker=speaker, story=story, since=since, limit=limit)


def figures(*, category: str | None = None, story: str | None = None, db: PathLike = DEFAULT_DB,
            limit: int | None = None) -> Rows:
    """The estimate series of a category of figures (e.g. killed_or_wounded), oldest first."""
    with open_store(db, read_only=True) as store:
        return queries.figures(store, category=category, story=story, limit=limit)


def sources(*, search: str | None = None, db: PathLike = DEFAULT_DB, limit: int | None = None) -> Rows:
    """Sources whose name, alias or description contains `search`."""
    with open_store(db, read_only=True) as store:
        return queries.search_sources(store, search=search, limit=limit)


def export(out: PathLike, *, db: PathLike = DEFAULT_DB, format: str = "jsonl") -> Path:
    """Write the store as jsonl (one record a line), csv or parquet (a directory, one file per table) or jsonld
    (schema.org NewsArticle / Quotation / Claim)."""
    from newsledger.store.export import export_store

    with open_store(db, read_only=True) as store:
        return export_store(store, Path(out), format)
