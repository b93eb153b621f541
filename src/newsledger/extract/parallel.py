"""Extraction over several processes (`--jobs`): the same `extract_articles`, chunk by chunk, in forked workers.

Extraction is per article with no state shared between articles, so the workers' results are the ones a single
process gives; they come back in input order. The spaCy pipeline is loaded before forking, so each worker inherits
it (copy-on-write) instead of spending a second or two loading its own. Each worker runs a chunk on its main
thread, so the per-article time budget (ingest/budget.py, a SIGALRM) applies inside workers as it does in one
process. Workers ignore Ctrl-C: the parent alone decides, stops them and raises; a worker that dies (killed, out
of memory) makes the run fail with `WorkerCrashed`, never hang or return a partial result; a worker whose parent
was killed exits by itself. `analyze`, `ingest` and `watch` share this pool.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

from newsledger.ingest.budget import TimeBudget
from newsledger.ledger import Article, ArticleExtraction, Problem

T = TypeVar("T")
U = TypeVar("U")

__all__ = ["CHUNK", "ExtractorPool", "ForkedCall", "WorkerCrashed", "can_fork", "default_jobs", "extract_parallel"]

# Articles per task sent to a worker: large enough for spaCy's batching, small enough to balance the workers.
CHUNK = 32
# Below this many chunks a pool costs more (forking, pickling articles and results) than it saves.
MIN_CHUNKS = 2


class WorkerCrashed(RuntimeError):
    """A worker process died while extracting; nothing of that run is kept."""


def default_jobs() -> int:
    """The cores this process may run on (its CPU affinity, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # no sched_getaffinity (macOS, Windows)
        return max(1, os.cpu_count() or 1)


def check_jobs(jobs: int | None) -> int:
    """None means every usable core; anything else must be a positive count (ValueError), never silently 1."""
    if jobs is None:
        return default_jobs()
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive number of processes, not {jobs!r}")
    return jobs


_worker_model: str | None = None


def _init_worker(model: str | None) -> None:
    global _worker_model
    _worker_model = model
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the parent handles it
    parent = os.getppid()
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True, name="orphan-watch").start()


def _exit_when_orphaned(parent: int) -> None:
    """A parent killed with SIGKILL (a stopped `watch`, an out-of-memory kill) never closes the task queue, and a
    worker would wait on it forever: it leaves once it has been re-parented."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _extract_chunk(articles: list[Article], budget: TimeBudget | None, collect: bool,
                   derive: Callable[[Article], Any] | None = None
                   ) -> tuple[list[ArticleExtraction], list[Problem], list[Any]]:
    from newsledger.extract import extract_articles

    problems: list[Problem] | None = [] if collect else None
    done = list(extract_articles(articles, model=_worker_model, budget=budget, problems=problems))
    return done, problems or [], [derive(x.article) for x in done] if derive is not None else []


def _fork_context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _chunk_size(count: int, jobs: int, chunk: int) -> int:
    """At most `chunk` articles a task, in a multiple of `jobs` tasks of about equal size, so that no worker is
    left alone with the last task (80 articles on 2 workers: 4 tasks of 20, not 32 + 32 + 16)."""
    rounds = -(-count // (jobs * chunk))
    return max(1, -(-count // (jobs * rounds)))


class ExtractorPool:
    """Worker processes kept for several calls (ingest extracts batch after batch); forks on the first call with
    enough articles, so a small run never starts a process. Use as a context manager: leaving stops the workers."""

    def __init__(self, jobs: int | None = None, *, model: str | None = None, chunk: int | None = None,
                 budget: TimeBudget | None = TimeBudget(), min_chunks: int | None = None) -> None:
        self.jobs = check_jobs(jobs)
        self.model = model
        self.chunk = max(1, chunk or CHUNK)
        self.budget = budget
        self.min_chunks = MIN_CHUNKS if min_chunks is None else min_chunks
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> ExtractorPool:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close(kill=exc_type is not None)

    def close(self, *, kill: bool = False) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if kill:  # interrupted or failed: a worker's current chunk is of no use any more
            for process in list((getattr(executor, "_processes", None) or {}).values()):
                process.terminate()
        executor.shutdown(wait=True, cancel_futures=True)  # reaped, so their CPU time reaches RUSAGE_CHILDREN

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            from newsledger.nlp import load

            load(self.model)  # before forking: the workers inherit the loaded pipeline
            self._executor = ProcessPoolExecutor(self.jobs, mp_context=_fork_context(), initializer=_init_worker,
                                                 initargs=(self.model,))
        return self._executor

    def start(self) -> None:
        """Fork the workers now (when there will be any) rather than on the first big batch: a caller that later
        runs threads (watch fetches sources on a thread pool) must fork before they exist, since a fork copies
        the locks another thread holds."""
        if self.jobs > 1:
            pool = self._pool()
            for future in [pool.submit(os.getpid) for _ in range(self.jobs)]:
                future.result()

    @property
    def started(self) -> bool:
        """Whether the workers are forked (`start`, or a first big batch)."""
        return self._executor is not None

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Run `fn(*args)` in a worker (forking them first if needed); other stages that run beside extraction
        (watch reads fetched pages there) share the same processes and the pipeline they loaded."""
        return self._pool().submit(fn, *args)

    def forks_for(self, count: int) -> bool:
        """Whether `count` articles go to the workers (at least `min_chunks` chunks, more than one job)."""
        return self.jobs > 1 and count >= self.min_chunks * self.chunk

    def extract(self, articles: Sequence[Article], *, problems: list[Problem] | None = None,
                derive: Callable[[Article], Any] | None = None, derived: dict[str, Any] | None = None
                ) -> Iterator[ArticleExtraction]:
        """`extract_articles(articles, budget=..., problems=problems)`, in input order, over the workers when
        `forks_for(len(articles))`, in this process otherwise. `derive`: a per-article step of a later stage (a
        module-level function of the extracted article) run where the extraction ran, so that the workers take
        it off the parent's serial part; its results go to `derived` by article id. In this process it runs
        nowhere: the later stage computes what `derived` lacks itself, at the same cost."""
        if not self.forks_for(len(articles)):
            from newsledger.extract import extract_articles

            yield from extract_articles(articles, model=self.model, budget=self.budget, problems=problems)
            return
        pool = self._pool()
        collect = problems is not None
        derive = derive if derived is not None else None
        size = _chunk_size(len(articles), self.jobs, self.chunk)
        futures: list[Future] = [pool.submit(_extract_chunk, list(articles[i:i + size]), self.budget, collect,
                                             derive)
                                 for i in range(0, len(articles), size)]
        try:
            for future in futures:
                try:
                    done, found, extra = future.result()
                except BrokenProcessPool:
                    raise WorkerCrashed(
                        "a worker process died while extracting articles (killed, or out of memory); nothing from "
                        "this run was kept; run with --jobs 1 to analyse in one process") from None
                if problems is not None:
                    problems.extend(found)
                if derived is not None:
                    derived.update(zip((x.article.id for x in done), extra, strict=True))
                yield from done
        except Exception as exc:  # an article's error, raised again here: the workers are fine and stay
            for future in futures:
                future.cancel()
            if isinstance(exc, WorkerCrashed):
                self.close(kill=True)
            raise
        except BaseException:  # Ctrl-C, or the caller stopped reading: stop the workers now
            self.close(kill=True)
            raise


def extract_parallel(articles: Sequence[Article], jobs: int | None = None, *, model: str | None = None,
                     budget: TimeBudget | None = TimeBudget(), problems: list[Problem] | None = None,
                     chunk: int | None = None, min_chunks: int | None = None,
                     derive: Callable[[Article], Any] | None = None, derived: dict[str, Any] | None = None
                     ) -> Iterator[ArticleExtraction]:
    """`extract_articles` over `jobs` processes (None: every usable core), in input order; one pool for this call.
    `derive`/`derived`: as `ExtractorPool.extract`."""
    with ExtractorPool(jobs, model=model, chunk=chunk, budget=budget, min_chunks=min_chunks) as pool:
        yield from pool.extract(articles, problems=problems, derive=derive, derived=derived)


# -- one call in a forked child: the link stage's second core ----------------------------------------------------------

def can_fork() -> bool:
    """Whether `ForkedCall` can run here: a platform with fork, and not inside a daemonic process (which may not
    have children)."""
    return "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon


def _run_forked(fn: Callable[..., Any], args: tuple, conn: Connection) -> None:
    try:
        conn.send((True, fn(*args)))
    except Exception as exc:  # noqa: BLE001 - raised again by `result()`, as one process would raise it
        conn.send((False, exc))
    finally:
        conn.close()


class ForkedCall(Generic[T]):
    """`fn(*args)` started at once in a forked child, while this process goes on with its own share of the work;
    `result()` waits for it. The child sees this process's memory as it was (copy-on-write: nothing is pickled on
    the way in, so a large ledger costs nothing to hand over); only the result comes back pickled. An exception
    in the child is raised again by `result()`; a child that dies is `WorkerCrashed`. Call `cancel()` if this
    process fails before asking for the result."""

    def __init__(self, fn: Callable[..., T], *args: Any) -> None:
        context = multiprocessing.get_context("fork")
        self._reader, writer = context.Pipe(duplex=False)
        self._child = context.Process(target=_run_forked, args=(fn, args, writer), daemon=True,
                                      name=f"forked-{getattr(fn, '__name__', 'call')}")
        self._child.start()
        writer.close()

    def result(self) -> T:
        try:
            try:
                ok, value = self._reader.recv()
            except EOFError:
                raise WorkerCrashed("a helper process died while linking (killed, or out of memory); nothing from "
                                    "this run was kept; run with --jobs 1 to analyse in one process") from None
        except BaseException:
            self._child.terminate()
            raise
        finally:
            self._reader.close()
            self._child.join()
        if not ok:
            raise value
        return value

    def cancel(self) -> None:
        self._child.terminate()
        self._child.join()
        self._reader.close()

    def beside(self, mine: Callable[[], U]) -> tuple[U, T]:
        """`mine()` in this process while the child computes, then both results; the child is cancelled if
        `mine()` fails."""
        try:
            result = mine()
        except BaseException:
            self.cancel()
            raise
        return result, self.result()
