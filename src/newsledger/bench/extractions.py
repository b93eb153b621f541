"""Extractions shared by the throughput and scaling benchmarks: reading the dev articles, extracting them in
worker processes, and the JSON Lines cache of extractions the scaling runs re-use (so neither benchmark module
imports the other)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from newsledger.extract import parallel
from newsledger.extract.parallel import CHUNK
from newsledger.ledger import Article, ArticleExtraction


def read_articles(data: Path, limit: int | None = None) -> list[Article]:
    from newsledger.api import read

    articles, _ = read([data])
    return articles[:limit] if limit else articles


def extract_parallel(articles: Sequence[Article], processes: int, *, model: str | None = None,
                     chunk: int = CHUNK, derived: dict[str, Any] | None = None) -> list[ArticleExtraction]:
    """The product's worker-pool extraction (extract/parallel.py), forking whatever the input size: the scaling
    runs measure the processes, not the small-input shortcut. `derived`: filled with the story features the
    workers compute beside each article, as `analyze` has them."""
    from newsledger.pipeline import story_features

    return list(parallel.extract_parallel(articles, processes, model=model, chunk=chunk, min_chunks=0,
                                          derive=story_features if derived is not None else None, derived=derived))


def write_cache(path: Path, extractions: Iterable[ArticleExtraction]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for x in sorted(extractions, key=lambda x: x.article.id):
            fh.write(x.model_dump_json() + "\n")
    tmp.replace(path)
    return path


def read_cache(path: Path) -> Iterator[ArticleExtraction]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield ArticleExtraction.model_validate_json(line)
