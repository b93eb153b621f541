"""The Python API. Every function here has a CLI command of the same name in cli.py, with the same options."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from newsledger.extract import extract_articles
from newsledger.ingest import IngestOptions, read_paths
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
    """Extract, link and compare already-read articles into one ledger."""
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
