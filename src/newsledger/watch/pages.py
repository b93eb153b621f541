"""Fetched article pages into `Article`s: trafilatura for HTML, the text as it is for plain text, language id for
both. With `--jobs` this runs in the extraction workers (`WatchPool`), so the watching process only fetches, parses
feeds and writes the store; the workers' results are the ones the watching process would compute itself.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from newsledger.extract.parallel import ExtractorPool, WorkerCrashed
from newsledger.ingest.budget import ArticleTimeout, TimeBudget, time_limit
from newsledger.ingest.decode import UnreadableInput, decode_bytes
from newsledger.ledger import Article

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
# Pages sent to a worker at once: bounded in bytes too, since one page may be as large as the fetch cap.
PAGES_PER_CALL = 16
BYTES_PER_CALL = 8_000_000
READS_IN_FLIGHT = 4  # groups a fetching thread has sent and not taken back yet


@dataclass(frozen=True)
class Page:
    url: str  # the entry's URL (not the page's canonical one)
    body: bytes
    content_type: str
    title: str | None = None  # the feed's, used when the page has none
    date: str | None = None


# An Article, or the reason (UnreadableInput's message) the page is not one, for each page in order; as a Future, so
# that the fetching thread goes on fetching while the pages are read.
PageReader = Callable[[list[Page]], "Future[list[Article | str]]"]


def article_from_page(body: bytes, content_type: str, url: str, *, title: str | None = None,
                      date: str | None = None) -> Article:
    """An article page (HTML, or plain text) as ingest/ reads files of that kind; UnreadableInput says why not."""
    from newsledger.ingest import article_from_text
    from newsledger.ingest.html import extract_html

    if content_type not in PAGE_TYPES:
        raise UnreadableInput(f"content type {content_type!r} is not an article page")
    if not body.strip():
        raise UnreadableInput("empty page")
    text = decode_bytes(body).text
    if content_type == "text/plain":
        return article_from_text(text, url=url, title=title, date=date)
    page = extract_html(text, url=url)
    # The entry's URL, not the page's canonical one: a page cannot claim another address, and the same URL is what
    # links an edited article to its earlier version.
    return article_from_text(page.text, url=url, title=page.title or title, date=page.date or date,
                             metadata={"site_name": page.site} if page.site else None)


def read_pages(pages: list[Page], budget: TimeBudget | None = None) -> list[Article | str]:
    """Each page's Article, or why it is not one. Each page within `budget` (default TimeBudget()), as `ingest`
    reads an HTML file: a real interruption on a worker's main thread, a check afterwards on a fetching thread."""
    budget = budget or TimeBudget()
    out: list[Article | str] = []
    for page in pages:
        try:
            with time_limit(budget.seconds(len(page.body)), "reading the page"):
                out.append(article_from_page(page.body, page.content_type, page.url, title=page.title,
                                             date=page.date))
        except (UnreadableInput, ArticleTimeout) as exc:
            out.append(str(exc))
    return out


def read_here(pages: list[Page], budget: TimeBudget | None = None) -> Future[list[Article | str]]:
    """`read_pages` in this thread, now: the reader without workers."""
    done: Future[list[Article | str]] = Future()
    done.set_result(read_pages(pages, budget))
    return done


def call_sizes(pages: list[Page]) -> list[list[Page]]:
    """The pages in groups of at most PAGES_PER_CALL pages and (but for a single large page) BYTES_PER_CALL bytes."""
    groups: list[list[Page]] = []
    size = 0
    for page in pages:
        if not groups or len(groups[-1]) >= PAGES_PER_CALL or size + len(page.body) > BYTES_PER_CALL:
            groups.append([])
            size = 0
        groups[-1].append(page)
        size += len(page.body)
    return groups


class WatchPool(ExtractorPool):
    """The extraction pool of a watch, whose workers also read the fetched pages (`read_later`, `read`)."""

    def start(self) -> None:
        if self.jobs > 1:
            # Loaded before forking, as spaCy is, so that no worker loads them again on its first page.
            import trafilatura  # noqa: F401

            from newsledger.ingest.language import detect

            detect("The language model is read on the first detection.")
        super().start()

    def forks_for(self, count: int) -> bool:
        """Any batch goes to the workers: they were forked before the round (`start`), so a small batch costs only
        its pickling, and the last few articles of a round are not extracted here while the workers wait."""
        return self.jobs > 1 and self.started and count > 0

    def read_later(self, pages: list[Page]) -> Future[list[Article | str]]:
        """`read_pages` in a worker (in this thread, now, when there are none); its result raises WorkerCrashed if
        the worker dies."""
        if self.jobs == 1 or not pages:
            return read_here(pages, self.budget)
        try:
            return _crash_named(self.submit(read_pages, pages, self.budget))
        except BrokenProcessPool:
            return _crash_named(None)

    def read(self, pages: list[Page]) -> list[Article | str]:
        return self.read_later(pages).result()


def _crash_named(future: Future | None) -> Future:
    """The worker's future, its BrokenProcessPool turned into the WorkerCrashed the watch reports."""
    out: Future = Future()

    def settle(done: Future | None) -> None:
        error = done.exception() if done is not None else BrokenProcessPool()
        if isinstance(error, BrokenProcessPool):
            out.set_exception(WorkerCrashed("a worker process died while reading fetched pages (killed, or out of "
                                            "memory); run with --jobs 1 to read them in one process"))
        elif error is not None:
            out.set_exception(error)
        else:
            out.set_result(done.result())

    if future is None:
        settle(None)
    else:
        future.add_done_callback(settle)
    return out
