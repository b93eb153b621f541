"""The per-article time budget (`--article-timeout`): no single input may hold up a run.

An article gets `seconds_per_100kb` seconds for each 100 kB of its text (HTML: of its page), and never less than
that for a short one. Reading a page (trafilatura) and analysing the text (parse and extraction) each get the
budget; an article past it is reported as a problem and the run goes on with the next one.

On the main thread the budget is a real interruption (SIGALRM, `signal.setitimer`): the running code is stopped
between two Python bytecodes, so only a single long call into C (one regex match, one parser call on a chunk of at
most 20,000 characters) can overrun it. The alarm raises `_Alarm`, a BaseException, so that no library's
`except Exception` swallows it; the boundary turns it into `ArticleTimeout`, an ordinary exception the callers
report. Where a signal cannot be used (another thread, or a timer already set by someone else) the work runs to
its end and is then refused when it overran, so the result is the same, only later.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

DEFAULT_SECONDS_PER_100KB = 10.0


class ArticleTimeout(Exception):
    """An article went past its time budget; the message names the budget and the option."""


class _Alarm(BaseException):
    pass


@dataclass(frozen=True)
class TimeBudget:
    seconds_per_100kb: float = DEFAULT_SECONDS_PER_100KB

    def __post_init__(self) -> None:
        if not self.seconds_per_100kb > 0:
            raise ValueError("the article timeout must be a positive number of seconds")

    def seconds(self, size: int) -> float:
        """The budget for `size` characters (or bytes) of input."""
        return self.seconds_per_100kb * max(1.0, size / 100_000)


def _can_signal() -> bool:
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0)


@contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    """Run the body within `seconds` or raise ArticleTimeout saying `what` overran."""
    message = f"{what} took longer than its budget of {seconds:,.1f} s (--article-timeout)"
    started = time.monotonic()
    armed = _can_signal()
    previous = None
    if armed:
        def on_alarm(signum, frame) -> None:
            raise _Alarm

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    overran = False
    try:
        try:
            yield
        finally:
            if armed:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except _Alarm:  # the timer is one-shot: after this no other alarm can come
        overran = True
    finally:
        if armed:
            signal.signal(signal.SIGALRM, previous)
    if overran or time.monotonic() - started > seconds:
        raise ArticleTimeout(message)
