"""The polite fetcher: what the watcher (and `analyze URL` / `ingest URL`) use to get a feed or a page.

Polite: a User-Agent naming the tool, robots.txt honoured (protego), one request at a time per host with a minimum
delay between them (the site's Crawl-delay when longer), conditional GET with the validators it was given (an
unchanged resource costs one 304), retries with backoff on 429 and 5xx honouring Retry-After within a bound.
Safe: only http(s), every hop's address checked (guard.py), redirects bounded, a size cap enforced while streaming
(a Content-Length over it is refused before any body is read; compressed bodies are inflated with a bound, so a
gzip bomb stops at the cap), and a deadline on the whole download, so a server dripping a byte a second cannot hold
a round hostage. Every failure is a `FetchError` whose message says what happened.
"""

from __future__ import annotations

import email.utils
import random
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from newsledger.watch.guard import BlockedURL, GuardedTransport, Resolver, check_url, system_resolver

# Where a site operator reads who is crawling them. A placeholder until the project has a public home page.
PROJECT_URL = "https://newsledger.example/bot"
ROBOTS_TOKEN = "newsledger"
ROBOTS_TTL = 3600.0  # seconds a site's robots.txt is trusted (RFC 9309 allows up to a day)
REDIRECTS = (301, 302, 303, 307, 308)
RETRY_STATUSES = (429, 500, 502, 503, 504)
FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
               "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1")
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.1"


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        ours = version("newsledger")
    except PackageNotFoundError:
        ours = "dev"
    return f"{ROBOTS_TOKEN}/{ours} (+{PROJECT_URL})"


@dataclass(frozen=True)
class FetchOptions:
    connect_timeout: float = 10.0
    read_timeout: float = 15.0  # one read; the whole download is bounded by total_timeout
    total_timeout: float = 60.0
    max_bytes: int = 10_000_000  # decoded body; a feed, sitemap or page larger than this is refused
    max_redirects: int = 5
    retries: int = 2  # extra attempts after a 429, a 5xx or a dropped connection
    backoff: float = 1.0  # seconds before the first retry, doubled each time (plus jitter)
    max_retry_wait: float = 30.0  # a longer Retry-After ends the attempt: the source is due again after it
    min_delay: float = 1.0  # between two requests to one host
    max_crawl_delay: float = 60.0  # a longer robots.txt Crawl-delay is taken as this
    robots_max_bytes: int = 512_000  # RFC 9309: crawlers may ignore robots.txt content past 500 KiB
    allow_local: bool = False
    user_agent: str = field(default_factory=user_agent)


class FetchError(Exception):
    """A fetch failed; `str()` is the reason a person reads. `retry_after` (seconds) when the server asked for it."""

    def __init__(self, reason: str, *, status: int | None = None, retry_after: float | None = None,
                 transient: bool = False):
        super().__init__(reason)
        self.status = status
        self.retry_after = retry_after
        self.transient = transient  # a dropped connection: worth another attempt (a timeout is not)
        self.requests = 0  # HTTP requests made before it failed


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int  # 200-class, or 304 (not_modified)
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None
    requests: int  # HTTP requests this took (redirect hops and retries included; robots.txt not)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _counted(exc: FetchError, requests: int) -> FetchError:
    exc.requests = requests
    return exc


class HostGate:
    """One request at a time per host, `delay(host)` seconds apart: held for a whole request and its body."""

    def __init__(self, sleep: Callable[[float], None] = time.sleep):
        self._locks: dict[str, threading.Lock] = {}
        self._next: dict[str, float] = {}
        self._guard = threading.Lock()
        self._sleep = sleep

    def lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())

    def wait_turn(self, host: str) -> None:
        wait = self._next.get(host, 0.0) - time.monotonic()
        if wait > 0:
            self._sleep(wait)

    def done(self, host: str, delay: float) -> None:
        self._next[host] = time.monotonic() + delay


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds from now: a number of seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{parts.port or (443 if parts.scheme == 'https' else 80)}"


def _decoder(encoding: str):
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    raise FetchError(f"unsupported content encoding {encoding!r}")


class _Body:
    """The decoded body, refused as soon as it would pass `cap` bytes (never inflated past it)."""

    def __init__(self, cap: int, encoding: str):
        self.cap = cap
        self.data = bytearray()
        self.inflate = _decoder(encoding)

    def _keep(self, data: bytes) -> None:
        self.data += data
        if len(self.data) > self.cap:
            raise FetchError(f"body larger than the limit of {self.cap:,} bytes")

    def add(self, raw: bytes) -> None:
        if self.inflate is None:
            self._keep(raw)
            return
        try:
            self._keep(self.inflate.decompress(raw, self.cap + 1 - len(self.data)))
            while self.inflate.unconsumed_tail:
                before = len(self.inflate.unconsumed_tail)
                self._keep(self.inflate.decompress(self.inflate.unconsumed_tail, self.cap + 1 - len(self.data)))
                if len(self.inflate.unconsumed_tail) == before:
                    break
        except zlib.error as exc:
            raise FetchError(f"corrupt compressed body: {exc}") from None


class Fetcher:
    """One per watch (kept across its rounds) or per `ingest URL`: a connection pool, the host gate and the
    robots.txt cache."""

    def __init__(self, options: FetchOptions | None = None, *, transport: httpx.BaseTransport | None = None,
                 resolver: Resolver = system_resolver, sleep: Callable[[float], None] = time.sleep):
        self.options = options or FetchOptions()
        self.resolver = resolver
        self._sleep = sleep
        self.gate = HostGate(sleep)
        self._robots: dict[str, Protego | None] = {}
        self._robots_at: dict[str, float] = {}
        o = self.options
        self.client = httpx.Client(
            transport=transport or GuardedTransport(allow_local=o.allow_local, resolver=resolver),
            follow_redirects=False, trust_env=False,
            timeout=httpx.Timeout(o.read_timeout, connect=o.connect_timeout, pool=o.total_timeout),
            headers={"User-Agent": o.user_agent, "Accept-Encoding": "gzip, deflate"})

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- robots.txt -------------------------------------------------------------------------------------------------

    def robots(self, url: str) -> Protego | None:
        """The parsed robots.txt of the URL's site, fetched once per Fetcher; None means everything is allowed."""
        key = _host_key(url)
        with self.gate.lock("robots " + key):  # one fetch of it per site, whoever asks first
            if key not in self._robots or time.monotonic() - self._robots_at[key] > ROBOTS_TTL:
                self._robots[key] = self._fetch_robots(url)
                self._robots_at[key] = time.monotonic()
        return self._robots[key]

    def _fetch_robots(self, url: str) -> Protego | None:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        try:
            got = self._get(robots_url, accept="text/plain", cap=self.options.robots_max_bytes, robots=False,
                            truncate=True)
            rules: Protego | None = Protego.parse(got.body.decode("utf-8", "replace"))
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                rules = None  # RFC 9309: no robots.txt (4xx) means no restrictions
            else:
                raise FetchError(f"robots.txt of {parts.netloc} could not be read ({exc}); not crawling the site "
                                 "until it can", status=exc.status, retry_after=exc.retry_after) from None
        return rules

    def _delay(self, url: str) -> float:
        rules = self._robots.get(_host_key(url))
        crawl = rules.crawl_delay(ROBOTS_TOKEN) if rules is not None else None
        return max(self.options.min_delay, min(float(crawl or 0.0), self.options.max_crawl_delay))

    def allowed(self, url: str) -> bool:
        rules = self.robots(url)
        return rules is None or rules.can_fetch(url, ROBOTS_TOKEN)

    # -- fetching ---------------------------------------------------------------------------------------------------

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None, accept: str = PAGE_ACCEPT,
            max_bytes: int | None = None) -> Fetched:
        """GET `url` politely and safely (see the module docstring); FetchError says why it failed."""
        return self._get(url, etag=etag, last_modified=last_modified, accept=accept,
                         cap=max_bytes or self.options.max_bytes, robots=True)

    def _get(self, url: str, *, accept: str, cap: int, robots: bool, etag: str | None = None,
             last_modified: str | None = None, truncate: bool = False) -> Fetched:
        current, requests = url, 0
        for _hop in range(self.options.max_redirects + 1):
            try:
                check_url(current, allow_local=self.options.allow_local, resolver=self.resolver)
            except BlockedURL as exc:
                raise FetchError(str(exc) if current == url else f"redirected to {current}: {exc}") from None
            if robots and not self.allowed(current):
                raise FetchError(f"robots.txt of {urlsplit(current).netloc} disallows {current}")
            headers = {"Accept": accept}
            if current == url:  # validators belong to the URL they came from
                if etag:
                    headers["If-None-Match"] = etag
                if last_modified:
                    headers["If-Modified-Since"] = last_modified
            try:
                status, location, fetched, used = self._attempts(current, headers, cap, truncate)
            except FetchError as exc:
                exc.requests += requests
                raise
            requests += used
            if status in REDIRECTS:
                if not location:
                    raise FetchError(f"HTTP {status} redirect without a Location header", status=status)
                current = urljoin(current, location)
                continue
            return Fetched(url=url, final_url=current, status=status, body=fetched[0], content_type=fetched[1],
                           etag=fetched[2], last_modified=fetched[3], requests=requests)
        raise FetchError(f"more than {self.options.max_redirects} redirects (last to {current})")

    def _attempts(self, url: str, headers: dict[str, str], cap: int, truncate: bool):
        """One request, retried on 429/5xx/dropped connections; (status, location, (body, type, etag, lm), count)."""
        o = self.options
        attempt = 0
        while True:
            attempt += 1
            try:
                return (*self._once(url, headers, cap, truncate), attempt)
            except FetchError as exc:
                exc.requests = attempt
                retryable = exc.status in RETRY_STATUSES or exc.transient
                if not retryable or attempt > o.retries:
                    if exc.status in RETRY_STATUSES and attempt > 1:
                        raise _counted(FetchError(f"{exc} (after {attempt} attempts)", status=exc.status,
                                                  retry_after=exc.retry_after), attempt) from None
                    raise
                wait = exc.retry_after if exc.retry_after is not None else o.backoff * 2 ** (attempt - 1)
                if wait > o.max_retry_wait:
                    raise _counted(FetchError(f"{exc}; the server asks to retry after {wait:.0f} s",
                                              status=exc.status, retry_after=wait), attempt) from None
                self._sleep(wait + random.uniform(0, o.backoff / 4))

    def _once(self, url: str, headers: dict[str, str], cap: int, truncate: bool):
        o = self.options
        host = _host_key(url)
        with self.gate.lock(host):
            self.gate.wait_turn(host)
            started = time.monotonic()
            try:
                return self._exchange(url, headers, cap, truncate, started + o.total_timeout)
            finally:
                self.gate.done(host, self._delay(url))

    def _exchange(self, url: str, headers: dict[str, str], cap: int, truncate: bool, deadline: float):
        o = self.options
        request = self.client.build_request("GET", url, headers=headers)
        try:
            response = self.client.send(request, stream=True)
        except BlockedURL as exc:  # the connect-time check (guard.GuardedBackend)
            raise FetchError(str(exc)) from None
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise FetchError(f"connection failed: {exc or type(exc).__name__}", transient=True) from exc
        try:
            status = response.status_code
            if status in REDIRECTS:
                return status, response.headers.get("location"), (b"", "", None, None)
            if status == 304:
                return 304, None, (b"", "", response.headers.get("etag"), response.headers.get("last-modified"))
            if status in RETRY_STATUSES:
                raise FetchError(f"HTTP {status} {response.reason_phrase}".strip(), status=status,
                                 retry_after=retry_after_seconds(response.headers.get("retry-after")))
            if not 200 <= status < 300:
                raise FetchError(f"HTTP {status} {response.reason_phrase}".strip(), status=status)
            length = response.headers.get("content-length", "")
            encoding = response.headers.get("content-encoding", "")
            if length.isdigit() and int(length) > cap and not encoding and not truncate:
                raise FetchError(f"body of {int(length):,} bytes is over the limit of {cap:,} bytes")
            body = _Body(cap, encoding)
            try:
                for raw in response.iter_raw():  # no chunk size: see every read, so the deadline is checked
                    body.add(raw)
                    if time.monotonic() > deadline:
                        raise FetchError(f"download took longer than {o.total_timeout:g} s; stopped "
                                         f"after {len(body.data):,} bytes")
            except FetchError as exc:
                if truncate and str(exc).startswith("body larger"):
                    body.data = body.data[:cap]
                else:
                    raise
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out reading the body after {len(body.data):,} bytes") from exc
            except httpx.TransportError as exc:
                raise FetchError(f"connection broke while reading the body: {exc or type(exc).__name__}") from exc
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            return status, None, (bytes(body.data), content_type, response.headers.get("etag"),
                                  response.headers.get("last-modified"))
        finally:
            response.close()
