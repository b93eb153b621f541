"""watch: follow feeds, news sitemaps and JSON Feeds over time; the stage before ingest/.

A round: every due source is fetched politely (fetch.py, guard.py) with its stored validators (an unchanged source
costs one 304), its entries are parsed (feeds.py), the entries not yet stored (or changed since: the source's
updated stamp moved) are fetched as pages and extracted as ingest/ extracts HTML, and the resulting `Article`s go
through the store's own ingest steps (store/ingest.py: dedupe, same URL with a changed text is a new version;
extraction; one transaction a batch). Then the states of the batch's sources are saved (state.py) and, after the
round, a digest of what changed is read from the store (digest.py). Sources are fetched in parallel threads (one
request at a time per host, fetch.HostGate) while the calling thread extracts what has arrived; the store is written
only from the calling thread, in as few batches as `WatchOptions` allow (each batch links and aligns its stories).
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsledger.ingest.decode import UnreadableInput
from newsledger.ledger import Article, ArticleExtraction, Problem
from newsledger.store.duckdb import DuckDBStore
from newsledger.store.ingest import Extractor, extract_batch, new_articles
from newsledger.watch import digest as digests
from newsledger.watch import state
from newsledger.watch.feeds import Entry, FeedError, parse_source
from newsledger.watch.fetch import FEED_ACCEPT, Fetched, Fetcher, FetchError, FetchOptions
from newsledger.watch.guard import BlockedURL
from newsledger.watch.pages import (
    PAGES_PER_CALL,
    READS_IN_FLIGHT,
    Page,
    PageReader,
    article_from_page,
    call_sizes,
    read_here,
)

__all__ = ["RoundReport", "SourceReport", "WatchOptions", "article_from_page", "article_from_url", "expand_sources",
           "is_url", "read_here", "run_round", "watch_rounds"]


def is_url(text: str | os.PathLike[str]) -> bool:
    return str(text).lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class WatchOptions:
    every: float | None = None  # seconds between rounds; None: one round
    since: str | None = None  # entries published before this date are not fetched
    max_entries: int = 1000  # per source; a source listing more is refused
    max_failures: int = 3  # an entry failing this often is left alone until the source's stamp for it changes
    workers: int = 4  # sources fetched at once (still one request at a time per host)
    # A batch is written when this many articles wait, or when the oldest has waited `flush_seconds`, or at the end
    # of the round: every batch links and re-aligns the stories it touches, so a round written as one batch does
    # that work once (the bench's 1,000-article round: 5.9 s CPU re-aligning in 13 batches, 1.0 s in one).
    batch_size: int = 1000
    flush_seconds: float = 60.0
    extract_size: int = 64  # articles extracted together while the round goes on (enough for the worker pool)
    fetch: FetchOptions = field(default_factory=FetchOptions)


@dataclass
class SourceReport:
    url: str
    status: str  # fetched, not_modified, failed, not_due
    reason: str | None = None
    kind: str | None = None
    listed: int = 0
    new_entries: int = 0
    added: int = 0
    skipped: int = 0
    entry_errors: list[str] = field(default_factory=list)
    requests: int = 0
    seconds: float = 0.0


@dataclass
class RoundReport:
    round: int
    started: str
    seconds: float
    sources: list[SourceReport]
    digest: digests.Digest

    def count(self, status: str) -> int:
        return sum(s.status == status for s in self.sources)

    @property
    def added(self) -> int:
        return sum(s.added for s in self.sources)

    @property
    def failed(self) -> bool:
        return any(s.status == "failed" or s.entry_errors for s in self.sources)

    def summary(self) -> dict:
        return {"round": self.round, "started": self.started, "seconds": round(self.seconds, 3),
                "fetched": self.count("fetched"), "not_modified": self.count("not_modified"),
                "failed": self.count("failed"), "not_due": self.count("not_due"), "articles_added": self.added,
                "entry_errors": sum(len(s.entry_errors) for s in self.sources),
                "sources": [s.__dict__ for s in self.sources]}


# -- sources ----------------------------------------------------------------------------------------------------------


def expand_sources(sources: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[SourceReport]]:
    """URLs as given; any other argument is a text file of URLs (one a line, '#' starts a comment)."""
    urls: list[str] = []
    failed: list[SourceReport] = []
    for raw in sources:
        text = str(raw).strip()
        if is_url(text):
            urls.append(text)
            continue
        try:
            lines = Path(text).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            failed.append(SourceReport(url=text, status="failed",
                                       reason=f"not a URL and not a readable list of URLs: {exc}"))
            continue
        for n, line in enumerate(lines, start=1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if is_url(line):
                urls.append(line)
            else:
                failed.append(SourceReport(url=f"{text}:{n}", status="failed", reason=f"not an http(s) URL: {line!r}"))
    return list(dict.fromkeys(urls)), failed


# -- pages ------------------------------------------------------------------------------------------------------------


def article_from_url(url: str, fetcher: Fetcher) -> Article:
    """One article URL, fetched politely and extracted (analyze URL / ingest URL). FetchError or UnreadableInput."""
    got = fetcher.get(url)
    return article_from_page(got.body, got.content_type, url)


# -- one source -------------------------------------------------------------------------------------------------------


@dataclass
class _Outcome:
    report: SourceReport
    state: state.SourceState
    articles: list[Article] = field(default_factory=list)
    updates: list[state.EntryUpdate] = field(default_factory=list)
    listed: list[str] | None = None


def _backoff(failures: int, retry_after: float | None) -> float:
    """Seconds until a failing source is due again: the server's Retry-After, else 1, 2, 4 ... minutes up to 6 h."""
    if retry_after is not None:
        return min(max(retry_after, 0.0), 86_400.0)
    return min(60.0 * 2 ** max(failures - 1, 0), 6 * 3600.0)


def _collect(url: str, prior: state.SourceState | None, fetcher: Fetcher, con, options: WatchOptions,
             now: dt.datetime, reader: PageReader) -> _Outcome:
    started = time.monotonic()
    report = SourceReport(url=url, status="fetched")
    base = prior or state.SourceState(url=url)
    # Entries that failed and may be tried again need the listing even when it has not changed.
    retry = state.failing_entries(con, url, options.max_failures)
    try:
        got = fetcher.get(url, etag=None if retry else base.etag, last_modified=None if retry else base.last_modified,
                          accept=FEED_ACCEPT)
        report.requests += got.requests
        if got.not_modified:
            report.status = "not_modified"
            st = replace(base, last_fetch=now, last_status="not_modified", last_error=None, failures=0,
                         next_due=now + dt.timedelta(seconds=options.every or 0),
                         etag=got.etag or base.etag, last_modified=got.last_modified or base.last_modified)
            report.seconds = time.monotonic() - started
            return _Outcome(report, st)
        kind, entries = parse_source(got.body, got.content_type, url, max_entries=options.max_entries)
    except (FetchError, FeedError) as exc:
        report.requests += exc.requests if isinstance(exc, FetchError) else 0
        failures = base.failures + 1
        retry = exc.retry_after if isinstance(exc, FetchError) else None
        report.status, report.reason = "failed", str(exc)
        st = replace(base, last_fetch=now, last_status="failed", last_error=str(exc), failures=failures,
                     next_due=now + dt.timedelta(seconds=_backoff(failures, retry)))
        report.seconds = time.monotonic() - started
        return _Outcome(report, st)
    report.kind, report.listed = kind, len(entries)
    outcome = _Outcome(report, replace(base, etag=got.etag, last_modified=got.last_modified, last_fetch=now,
                                       last_status="fetched", last_error=None, failures=0, entries=len(entries),
                                       next_due=now + dt.timedelta(seconds=options.every or 0)),
                       listed=[e.url for e in entries])
    _fetch_entries(entries, outcome, fetcher, con, options, reader)
    report.seconds = time.monotonic() - started
    return outcome


def _fetch_entries(entries: list[Entry], outcome: _Outcome, fetcher: Fetcher, con, options: WatchOptions,
                   reader: PageReader) -> None:
    known = state.load_entries(con, outcome.report.url)
    todo = []
    for e in entries:
        prior = known.get(e.url)
        if prior is not None and prior.stamp == e.stamp and (prior.article or prior.failures >= options.max_failures):
            continue  # stored (or given up on) and unchanged by the source's own account
        if options.since and e.published and e.published < options.since:
            continue
        todo.append((e, prior))
    # Stored by an earlier watch that was stopped before it saved this source's state, or by `ingest URL`.
    stored = state.stored_urls(con, [e.url for e, prior in todo if prior is None])
    fetched: list[tuple[Entry, Fetched]] = []
    reading: list[tuple[list[tuple[Entry, Fetched]], Future]] = []  # in entry order
    for e, prior in todo:
        if prior is None and e.url in stored:
            outcome.updates.append(state.EntryUpdate(url=e.url, stamp=e.stamp, article=stored[e.url]))
            continue
        outcome.report.new_entries += 1
        validators = (prior.etag, prior.last_modified) if prior is not None and prior.article else (None, None)
        try:
            got = fetcher.get(e.url, etag=validators[0], last_modified=validators[1])
        except (FetchError, BlockedURL) as exc:
            outcome.report.requests += exc.requests if isinstance(exc, FetchError) else 0
            _entry_failed(outcome, e, str(exc))
            continue
        outcome.report.requests += got.requests
        if got.not_modified:
            outcome.updates.append(state.EntryUpdate(url=e.url, stamp=e.stamp, article=prior.article,
                                                     etag=validators[0], last_modified=validators[1]))
            continue
        fetched.append((e, got))
        if len(fetched) >= PAGES_PER_CALL:
            reading += _read(fetched, reader)
            fetched = []
            while len(reading) > READS_IN_FLIGHT:  # bounds the pages held in memory
                _take(*reading.pop(0), outcome)
    reading += _read(fetched, reader)
    for group, future in reading:
        _take(group, future, outcome)


def _read(fetched: list[tuple[Entry, Fetched]], reader: PageReader) -> list[tuple[list[tuple[Entry, Fetched]], Future]]:
    """The fetched pages sent to be read as Articles (in the extraction workers with --jobs), group by group."""
    pages = [Page(url=e.url, body=got.body, content_type=got.content_type, title=e.title, date=e.published)
             for e, got in fetched]
    out = []
    for group in call_sizes(pages):
        out.append((fetched[:len(group)], reader(group)))
        fetched = fetched[len(group):]
    return out


def _take(fetched: list[tuple[Entry, Fetched]], future: Future, outcome: _Outcome) -> None:
    """A group of pages read: each an article of the source, or an entry error saying why it is none."""
    for (e, got), result in zip(fetched, future.result(), strict=True):
        if isinstance(result, str):
            _entry_failed(outcome, e, result)
            continue
        outcome.articles.append(result)
        outcome.updates.append(state.EntryUpdate(url=e.url, stamp=e.stamp, article=result.id, etag=got.etag,
                                                 last_modified=got.last_modified))


def _entry_failed(outcome: _Outcome, e: Entry, reason: str) -> None:
    outcome.report.entry_errors.append(f"{e.url}: {reason}")
    outcome.updates.append(state.EntryUpdate(url=e.url, stamp=e.stamp, error=reason))


# -- a round ----------------------------------------------------------------------------------------------------------

RoundProgress = Callable[[SourceReport], None]


def run_round(store: DuckDBStore, sources: Iterable[str | os.PathLike[str]], *, extractor: Extractor,
              options: WatchOptions | None = None, fetcher: Fetcher | None = None,
              progress: RoundProgress | None = None, reader: PageReader = read_here) -> RoundReport:
    """One round over `sources` into `store` (see the module docstring); never raises for a bad source. `reader`
    turns fetched pages into Articles (`WatchPool.read_later`: in the extraction workers)."""
    options = options or WatchOptions()
    clock = time.monotonic()
    urls, reports = expand_sources(sources)
    round_id, after_batch, started = state.begin_round(store)
    now = state.utcnow()
    known = state.load_sources(store, urls)
    due = []
    for url in urls:
        prior = known.get(url)
        if prior is not None and prior.next_due is not None and prior.next_due > now and prior.failures:
            reports.append(SourceReport(url=url, status="not_due", reason=f"backing off after "
                                        f"{prior.failures} failure(s) until {prior.next_due:%Y-%m-%d %H:%M:%S} UTC: "
                                        f"{prior.last_error}"))
        else:
            due.append(url)
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(options.fetch)
    try:
        with ThreadPoolExecutor(max_workers=max(1, options.workers), thread_name_prefix="watch") as pool:
            cursors = []

            def job(url: str) -> _Outcome:
                con = store.con.cursor()  # a thread's own connection to the same database, for reads
                cursors.append(con)
                return _collect(url, known.get(url), fetcher, con, options, now, reader)

            futures = {pool.submit(job, url) for url in due}
            writer = _RoundWriter(store, extractor, options, now)

            def written(outcomes: list[_Outcome]) -> None:
                for outcome in outcomes:
                    reports.append(outcome.report)
                    if progress:
                        progress(outcome.report)

            while futures:
                done, futures = wait(futures, timeout=writer.seconds_left(), return_when=FIRST_COMPLETED)
                for future in done:
                    writer.add(future.result())
                    if writer.due():
                        written(writer.flush())
                if writer.due():  # the oldest article waited `flush_seconds`
                    written(writer.flush())
            written(writer.flush())
            for con in cursors:
                con.close()
    finally:
        if own_fetcher:
            fetcher.close()
    digest = digests.compute(store.con, digests.batches_after(store.con, after_batch), since=started,
                             removed_since=started)
    report = RoundReport(round=round_id, started=started.isoformat(timespec="seconds") + "Z",
                         seconds=time.monotonic() - clock, sources=sorted(reports, key=lambda r: r.url), digest=digest)
    state.finish_round(store, round_id, report.summary())
    return report


class _RoundWriter:
    """The round's articles into the store through the ingest path's own steps (store/ingest.py): each source's
    articles are deduplicated as they arrive and extracted `extract_size` at a time on this thread while the
    fetching threads go on; the extractions are written in one transaction when a batch is due (`WatchOptions`),
    and then, once committed, the states of the sources in it. A source is written whole, never split."""

    def __init__(self, store: DuckDBStore, extractor: Extractor, options: WatchOptions, now: dt.datetime):
        self.store, self.extractor, self.options, self.now = store, extractor, options, now
        self._reset()

    def _reset(self) -> None:
        self.outcomes: list[_Outcome] = []
        self.seen: dict[str, str] = {}  # the batch's own articles; earlier batches are in the store
        self.fresh: list[Article] = []  # deduplicated, waiting to be extracted
        self.owner: dict[str, _Outcome] = {}  # article id (after dedupe) → its source
        self.extractions: list[ArticleExtraction] = []
        self.problems: list[Problem] = []
        self.since: float | None = None

    def add(self, outcome: _Outcome) -> None:
        self.outcomes.append(outcome)
        if not outcome.articles:
            return
        if self.since is None:
            self.since = time.monotonic()
        fresh, skipped = new_articles(self.store, outcome.articles, self.seen)
        outcome.report.skipped += skipped
        self.fresh += fresh
        self.owner.update((a.id, outcome) for a in fresh)
        if len(self.fresh) >= self.options.extract_size:
            self._extract()

    def _extract(self) -> None:
        if self.fresh:
            done, failed = extract_batch(self.fresh, self.extractor)
            self.extractions += done
            self.problems += failed
            self.fresh = []

    def waiting(self) -> int:
        return sum(len(o.articles) for o in self.outcomes)

    def seconds_left(self) -> float | None:
        return None if self.since is None else max(0.0, self.since + self.options.flush_seconds - time.monotonic())

    def due(self) -> bool:
        return self.waiting() >= self.options.batch_size or self.seconds_left() == 0.0

    def flush(self) -> list[_Outcome]:
        """Write the batch (when it holds anything), then the sources' states; the sources written."""
        self._extract()
        outcomes = self.outcomes
        if self.extractions or self.problems:
            self.store.write_batch(self.extractions, self.problems)
        for x in self.extractions:
            self.owner[x.article.id].report.added += 1
        by_path = {**{key: o for o in outcomes for a in o.articles for key in (a.url, a.id)}, **self.owner}
        for problem in self.problems:
            owner = by_path.get(problem.path) or outcomes[0]
            owner.report.entry_errors.append(f"{problem.path}: {problem.reason}")
        if outcomes:
            state.save_sources(self.store, [(o.state, o.updates, o.listed) for o in outcomes], self.now)
        self._reset()
        return outcomes


def watch_rounds(store: DuckDBStore, sources: list[str], *, extractor: Extractor, options: WatchOptions,
                 rounds: int | None = None, fetcher: Fetcher | None = None, progress: RoundProgress | None = None,
                 on_round: Callable[[RoundReport], None] | None = None,
                 sleep: Callable[[float], None] = time.sleep, reader: PageReader = read_here) -> list[RoundReport]:
    """Rounds every `options.every` seconds (one round when it is None, or `rounds` of them) until interrupted."""
    done: list[RoundReport] = []
    own = fetcher is None
    fetcher = fetcher or Fetcher(options.fetch)  # kept across rounds: its robots.txt cache and host delays
    try:
        while True:
            began = time.monotonic()
            report = run_round(store, sources, extractor=extractor, options=options, fetcher=fetcher,
                               progress=progress, reader=reader)
            done.append(report)
            if on_round:
                on_round(report)
            if options.every is None or (rounds is not None and len(done) >= rounds):
                return done
            sleep(max(0.0, options.every - (time.monotonic() - began)))
    finally:
        if own:
            fetcher.close()



def read_url(url: str, *, allow_local: bool = False, max_bytes: int | None = None) -> Article | Problem:
    """`analyze URL` / `ingest URL`: one article page, fetched as the watcher fetches (robots.txt, size cap, no
    private addresses unless `allow_local`), or a Problem naming the URL and the reason."""
    options = FetchOptions(allow_local=allow_local, **({"max_bytes": max_bytes} if max_bytes else {}))
    try:
        with Fetcher(options) as fetcher:
            return article_from_url(url, fetcher)
    except (FetchError, UnreadableInput, BlockedURL) as exc:
        return Problem(path=url, reason=str(exc))


def parse_every(value: str | float | int) -> float:
    """'15m', '1h', '90s', '2d' or a number of seconds; at least 1 s."""
    text = str(value).strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        seconds = float(text[:-1]) * units[text[-1]] if text and text[-1] in units else float(text)
    except ValueError:
        raise ValueError(f"not a duration: {value!r} (use e.g. 90s, 15m, 1h)") from None
    if seconds < 1:
        raise ValueError(f"interval {value!r} is shorter than a second")
    return seconds
