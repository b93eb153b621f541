"""Streamed ingest into a store: read → skip what is stored → extract a batch → write it in one transaction.

The same reader, extractor and link/compare functions as `analyze`; only the batching and the store differ.
Memory holds one batch, never the corpus.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from newsledger.extract.parallel import ExtractorPool, WorkerCrashed
from newsledger.ingest import IngestOptions, read_paths
from newsledger.ingest.budget import TimeBudget
from newsledger.ingest.identity import article_id as text_hash
from newsledger.ledger import Article, ArticleExtraction, Problem
from newsledger.store.base import Store

Extractor = Callable[[list[Article]], Iterable[ArticleExtraction]]


@dataclass
class IngestResult:
    added: int = 0
    skipped: int = 0
    failed: int = 0
    batches: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    stories_touched: int = 0

    @property
    def rate(self) -> float:
        return self.added / self.seconds if self.seconds else 0.0


IngestProgress = Callable[[IngestResult], None]


def default_extractor(model: str | None, budget: TimeBudget | None = None) -> Extractor:
    """spaCy extraction in this process; each article within `budget` (default: TimeBudget()), else it raises and
    `extract_batch` retries the batch one by one so only the slow article fails."""
    budget = budget or TimeBudget()

    def run(articles: list[Article]) -> Iterable[ArticleExtraction]:
        from newsledger.extract import extract_articles

        return extract_articles(articles, model=model, budget=budget)

    return run


def pooled_extractor(pool: ExtractorPool, serial: Extractor) -> Extractor:
    """Batches big enough go to `pool`'s worker processes (extract/parallel.py), the others to `serial`, in this
    process. Only extraction runs in the workers: this process alone writes the store."""
    def run(articles: list[Article]) -> Iterable[ArticleExtraction]:
        return list(pool.extract(articles)) if pool.forks_for(len(articles)) else serial(articles)

    return run


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    while chunk := list(islice(items, size)):
        yield chunk


def extract_batch(articles: list[Article], extractor: Extractor) -> tuple[list[ArticleExtraction], list[Problem]]:
    """Extract a batch; if one article breaks the extractor, retry one by one so only that one fails."""
    try:
        return list(extractor(articles)), []
    except WorkerCrashed:  # not the articles' fault: stop, with the batches written so far kept
        raise
    except Exception:  # noqa: BLE001 - any extractor failure is reported per article below
        if len(articles) == 1:
            raise
    done, problems = [], []
    for art in articles:
        try:
            done.extend(extractor([art]))
        except Exception as exc:  # noqa: BLE001
            problems.append(Problem(path=art.path or art.id, reason=f"extraction failed: {type(exc).__name__}: {exc}"))
    return done, problems




def new_articles(store: Store, batch: list[Article], seen: dict[str, str]) -> tuple[list[Article], int]:
    """Drop articles already stored (same id or same normalised text); link a changed text of a stored URL to the
    version it replaces."""
    hashes = [text_hash(a.text) for a in batch]
    ids, known_hashes = store.known([a.id for a in batch], hashes)
    latest = store.versions(sorted({a.url for a in batch if a.url}))
    fresh, skipped = [], 0
    for art, h in zip(batch, hashes, strict=True):
        if h in known_hashes or h in seen:
            skipped += 1
            continue
        if art.id in ids:  # a stored id with a new text: keep both, the new one under its text's id
            art = art.model_copy(update={"id": h, "version_of": art.version_of or art.id})
        seen[h] = art.id
        previous = seen.get(f"url:{art.url}") or latest.get(art.url or "")
        if art.url and previous and previous != art.id and art.version_of is None:
            art = art.model_copy(update={"version_of": previous})
        if art.url:
            seen[f"url:{art.url}"] = art.id
        fresh.append(art)
    return fresh, skipped


def ingest_stream(store: Store, items: Iterable[Article | Problem], *, extractor: Extractor,
                  batch_size: int = 128, progress: IngestProgress | None = None) -> IngestResult:
    result = IngestResult()
    started = time.monotonic()
    for chunk in _chunks(iter(items), batch_size):
        seen: dict[str, str] = {}  # within the batch; earlier batches are in the store, so memory stays flat
        problems = [p for p in chunk if isinstance(p, Problem) and p.level == "error"]
        # An input skipped on purpose (an empty article) is reported, counted as skipped, and not stored as a failure.
        warnings = [p for p in chunk if isinstance(p, Problem) and p.level != "error"]
        fresh, skipped = new_articles(store, [a for a in chunk if isinstance(a, Article)], seen)
        extractions, failed = extract_batch(fresh, extractor) if fresh else ([], [])
        problems += failed
        touched = store.write_batch(extractions, problems) if extractions or problems else set()
        result.added += len(extractions)
        result.skipped += skipped + len(warnings)
        result.failed += len(problems)
        result.problems += warnings + problems
        result.stories_touched += len(touched)
        result.batches += 1
        result.seconds = time.monotonic() - started
        if progress:
            progress(result)
    result.seconds = time.monotonic() - started
    return result


def ingest_paths(store: Store, paths: Iterable[str | os.PathLike[str]], *, extractor: Extractor,
                 batch_size: int = 128, max_bytes: int | None = None, max_lines: int | None = None,
                 article_timeout: float | None = None, progress: IngestProgress | None = None,
                 allow_local: bool = False) -> IngestResult:
    options = IngestOptions.given(max_bytes=max_bytes, max_lines=max_lines, article_timeout=article_timeout,
                                  allow_local=allow_local)
    return ingest_stream(store, read_paths(paths, options), extractor=extractor, batch_size=batch_size,
                         progress=progress)
