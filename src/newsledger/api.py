"""The Python API. Every function here has a CLI command of the same name in cli.py, with the same options."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from newsledger.extract.parallel import check_jobs, extract_parallel
from newsledger.ingest import IngestOptions, read_paths, unique_articles
from newsledger.ingest.budget import TimeBudget
from newsledger.ledger import Article, Ledger, Problem
from newsledger.pipeline import build_ledger, story_features

ProgressCallback = Callable[[int, int], None]


def read(paths: Iterable[str | bytes | os.PathLike[str]], *, max_bytes: int | None = None,
         max_lines: int | None = None, article_timeout: float | None = None, allow_local: bool = False
         ) -> tuple[list[Article], list[Problem]]:
    """Read articles from files, directories, JSON Lines and HTML; bad inputs come back as problems.
    `max_bytes`: largest article (a file, decompressed, or a JSON Lines line); `max_lines`: lines read from one
    JSON Lines file; `article_timeout`: seconds per 100 kB for reading an HTML page (ingest/budget.py).
    An http(s) URL is one article page, fetched politely (watch/); `allow_local` lets it be a local address."""
    options = IngestOptions.given(max_bytes=max_bytes, max_lines=max_lines, article_timeout=article_timeout,
                                  allow_local=allow_local)
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in read_paths(paths, options):
        (problems if isinstance(item, Problem) else articles).append(item)
    return articles, problems


def analyze_articles(articles: list[Article], *, model: str | None = None, problems: Iterable[Problem] = (),
                     progress: ProgressCallback | None = None, article_timeout: float | None = None,
                     jobs: int | None = None) -> Ledger:
    """Extract, link and compare already-read articles into one ledger. Articles sharing an id are one article:
    the store would keep one of them, so the ledger does too (see `unique_articles`). An article whose analysis
    overruns its time budget (`article_timeout` seconds per 100 kB of text) is a problem, and the rest goes on.
    `jobs`: processes extracting articles (None: every usable core; 1: this process only), then threads of the
    sentence encoder while linking; the ledger is the same whatever the number (extract/parallel.py)."""
    budget = TimeBudget(article_timeout) if article_timeout is not None else TimeBudget()
    jobs = check_jobs(jobs)
    articles, duplicates = unique_articles(articles)
    problems = [*problems, *duplicates]
    extractions = []
    features: dict = {}  # story features the workers computed beside each extraction
    for done, extraction in enumerate(extract_parallel(articles, jobs, model=model, budget=budget,
                                                       problems=problems, derive=story_features,
                                                       derived=features), start=1):
        extractions.append(extraction)
        if progress:
            progress(done, len(articles))
    return build_ledger(extractions, problems, features=features, cores=jobs)


def analyze(paths: Iterable[str | bytes | os.PathLike[str]], *, model: str | None = None,
            max_bytes: int | None = None, max_lines: int | None = None, article_timeout: float | None = None,
            progress: ProgressCallback | None = None, allow_local: bool = False, jobs: int | None = None) -> Ledger:
    """Read `paths` and return the ledger: articles, sources, statements, figures, stories, alignments,
    findings, and the problems met on the way (the ledger's `problems`)."""
    articles, problems = read(paths, max_bytes=max_bytes, max_lines=max_lines, article_timeout=article_timeout,
                              allow_local=allow_local)
    return analyze_articles(articles, model=model, problems=problems, progress=progress,
                            article_timeout=article_timeout, jobs=jobs)


# The store (store/): a persistent corpus; `ingest` adds to it, the rest read it. Same options as the CLI commands.
from newsledger.store.api import (  # noqa: E402, F401
    estimates,
    export,
    figures,
    findings,
    ingest,
    load_ledger,
    quotes,
    reanalyze,
    reindex,
    source_merge,
    source_split,
    sources,
    stories,
    story,
    story_merge,
    story_split,
)


# The report (report/).
def report(html: str | os.PathLike[str], *, story: str | None = None,  # noqa: F811 (the option is --story)
           db: str | os.PathLike[str] | None = None) -> Path:
    """Write one story of the store at `db` (default newsledger.duckdb; default story: the one with the most
    articles) as a self-contained HTML report to `html`; KeyError when the store has no such story."""
    from newsledger.report.html import write_report
    from newsledger.store.duckdb import DEFAULT_DB

    return write_report(load_ledger(story, db=db or DEFAULT_DB), html, story_id=story)


def chart(story: str, *,  # noqa: F811 (the argument is STORY)
          quantity: str | None = None, svg: str | os.PathLike[str] | None = None,
          png: str | os.PathLike[str] | None = None, db: str | os.PathLike[str] | None = None) -> list[Path]:
    """Write the estimates-over-time chart of one quantity of `story` (an estimate or figure-alignment id; default
    the one with the most dated estimates) as SVG and/or PNG (PNG needs the `png` extra); returns the paths
    written. KeyError for an unknown story or quantity, ValueError when there is nothing to chart."""
    from newsledger.report.chart import quantity_chart, render_png
    from newsledger.store.duckdb import DEFAULT_DB

    ledger = load_ledger(story, db=db or DEFAULT_DB)
    if not any(s.id == story for s in ledger.stories):
        raise KeyError(story)
    drawing = quantity_chart(ledger, story, quantity)
    written = []
    for target, payload in ((svg, drawing.encode("utf-8")), (png, None)):
        if target is None:
            continue
        path = Path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(payload if payload is not None else render_png(drawing))
        written.append(path)
    return written


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

# Following feeds over time (watch/): rounds of polite fetching into a store, and what changed.
from newsledger.watch.api import changes, watch  # noqa: E402, F401
