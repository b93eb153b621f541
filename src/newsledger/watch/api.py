"""watch's half of the Python API (re-exported by newsledger.api; each has a CLI command of the same name)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import replace

from newsledger.extract.parallel import check_jobs
from newsledger.store.duckdb import DEFAULT_DB, open_store
from newsledger.store.ingest import Extractor, default_extractor, pooled_extractor
from newsledger.watch import RoundProgress, RoundReport, WatchOptions, parse_every, watch_rounds
from newsledger.watch import digest as digests
from newsledger.watch.fetch import Fetcher, FetchOptions
from newsledger.watch.pages import WatchPool, read_here

PathLike = str | os.PathLike[str]


def watch(sources: Iterable[PathLike], *, db: PathLike = DEFAULT_DB, every: str | float | None = None,
          since: str | None = None, digest: PathLike | None = None, allow_local: bool = False,
          rounds: int | None = None, max_entries: int = 1000, batch_size: int = 1000, model: str | None = None,
          wait: float = 0.0, jobs: int | None = None,
          fetch: FetchOptions | None = None, extractor: Extractor | None = None, fetcher: Fetcher | None = None,
          progress: RoundProgress | None = None, on_round: Callable[[RoundReport], None] | None = None
          ) -> list[RoundReport]:
    """Follow `sources` (feed, sitemap or JSON Feed URLs, or text files listing them) into the store at `db`: one
    round, or a round every `every` ('15m', seconds) until interrupted (or `rounds` rounds). Entries published
    before `since` are not fetched. Articles are stored about `batch_size` at a time (one transaction each, whole
    sources; also every minute in a long round), each batch linking and aligning the stories it touches once.
    After each round its digest is written to `digest` (.md: Markdown, else JSON).
    `allow_local` lets it fetch loopback and private addresses (tests, a newsroom's own intranet feeds).
    `jobs`: processes reading fetched pages and extracting articles, as for `ingest` (None: every usable core; 1:
    this process only); the workers live as long as the watch. A given `extractor` runs in this process, and the
    pages are read here too."""
    jobs = check_jobs(jobs)
    seconds = parse_every(every) if every is not None else None
    since = digests.parse_since(since).date().isoformat() if since else None  # ValueError names a bad date
    fetch = replace(fetch or FetchOptions(), allow_local=allow_local or (fetch.allow_local if fetch else False))
    options = WatchOptions(every=seconds, since=since, max_entries=max_entries, batch_size=batch_size, fetch=fetch)

    def after(report: RoundReport) -> None:
        if digest is not None:
            digests.write(report.digest, digest)
        if on_round:
            on_round(report)

    with open_store(db, wait=wait) as store, WatchPool(jobs, model=model) as pool:
        if extractor is None:
            # Forked now, before a round's fetching threads exist: a fork copies locks those threads may hold.
            pool.start()
        run = extractor or pooled_extractor(pool, default_extractor(model))
        return watch_rounds(store, [str(s) for s in sources], extractor=run, options=options, rounds=rounds,
                            fetcher=fetcher, progress=progress, on_round=after,
                            reader=read_here if extractor else pool.read_later)


def changes(*, since: str, db: PathLike = DEFAULT_DB, digest: PathLike | None = None) -> digests.Digest:
    """What the store gained since `since` (a date or an ISO time, UTC): the watch digest for any period. Articles
    stored before the store knew batch times (schema v2) count as older than any date."""
    with open_store(db, read_only=True) as store:
        result = digests.changes(store.con, since)
    if digest is not None:
        digests.write(result, digest)
    return result
