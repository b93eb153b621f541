"""The Python API. Every function here has a CLI command of the same name in cli.py, with the same options."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from newsledger.extract import extract_articles
from newsledger.ingest import IngestOptions, read_paths, unique_articles
from newsledger.ledger import Article, Ledger, Problem
from newsledger.link import build_ledger

ProgressCallback = Callable[[int, int], None]


def read(paths: Iterable[str | os.PathLike[str]], *, max_bytes: int | None = None
         ) -> tuple[list[Article], list[Problem]]:
    """Read articles from files, directories, JSON Lines and HTML; bad inputs come back as problems."""
    options = IngestOptions(max_bytes=max_bytes) if max_bytes else IngestOptions()
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in read_paths(paths, options):
        (problems if isinstance(item, Problem) else articles).append(item)
    return articles, problems


def analyze_articles(articles: list[Article], *, model: str | None = None, problems: Iterable[Problem] = (),
                     progress: ProgressCallback | None = None) -> Ledger:
    """Extract, link and compare already-read articles into one ledger. Articles sharing an id are one article:
    the store would keep one of them, so the ledger does too (see `unique_articles`)."""
    articles, duplicates = unique_articles(articles)
    problems = [*problems, *duplicates]
    extractions = []
    for done, extraction in enumerate(extract_articles(articles, model=model), start=1):
        extractions.append(extraction)
        if progress:
            progress(done, len(articles))
    return build_ledger(extractions, problems)


def analyze(paths: Iterable[str | os.PathLike[str]], *, model: str | None = None, max_bytes: int | None = None,
            progress: ProgressCallback | None = None) -> Ledger:
    """Read `paths` and return the ledger: articles, sources, statements, figures, stories, alignments,
    findings, and the problems met on the way (the ledger's `problems`)."""
    articles, problems = read(paths, max_bytes=max_bytes)
    return analyze_articles(articles, model=model, problems=problems, progress=progress)


# The store (store/): a persistent corpus; `ingest` adds to it, the rest read it. Same options as the CLI commands.
from newsledger.store.api import (  # noqa: E402, F401
    export,
    figures,
    ingest,
    load_ledger,
    quotes,
    sources,
    stories,
    story,
)


# The report (report/).
def report(html: str | os.PathLike[str], *, story: str | None = None,  # noqa: F811 (the option is --story)
           db: str | os.PathLike[str] | None = None) -> Path:
    """Write one story of the store at `db` (default newsledger.duckdb; default story: the one with the most
    articles) as a self-contained HTML report to `html`; KeyError when the store has no such story."""
    from newsledger.report.html import write_report
    from newsledger.store.duckdb import DEFAULT_DB

    return write_report(load_ledger(story, db=db or DEFAULT_DB), html, story_id=story)


# The web app (serve/).
def serve(db: str | os.PathLike[str], *, host: str = "127.0.0.1", port: int = 8000, timeout: float = 5.0,
          workers: int = 1, cache_mb: int = 128) -> None:
    """Run the local web app over the store at `db` (read-only) until interrupted; loopback unless told otherwise.
    `workers` processes, each keeping up to `cache_mb` MB of whole responses (0: none)."""
    from newsledger.serve.app import serve as run

    run(db, host=host, port=port, timeout=timeout, workers=workers, cache_mb=cache_mb)


def create_app(db: str | os.PathLike[str], *, timeout: float = 5.0):
    """The web app over the store at `db` as an ASGI app, for embedding or testing (FastAPI inside the security
    middleware; its `.app` is the FastAPI app)."""
    from newsledger.serve.app import create_app as make

    return make(db, timeout=timeout)

# Spark (spark/): the same pipeline on a cluster, and loading its Parquet output into a store.
from newsledger.spark import import_parquet, spark_run  # noqa: E402, F401
