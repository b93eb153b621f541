"""The private-address guard, tested without any connection: address checks on literals and stub resolvers, and
httpx MockTransports that fail the test if a refused request ever reaches them."""

from __future__ import annotations

import httpcore
import httpx
import pytest

from newsledger.store import open_store
from newsledger.watch import WatchOptions, run_round
from newsledger.watch.fetch import Fetcher, FetchError, FetchOptions
from newsledger.watch.guard import BlockedURL, GuardedBackend, address_problem, check_url
from tests.test_store_kit import fake_extract

PUBLIC = "93.184.216.34"  # a public unicast address; only ever handed to mocks, never connected to


@pytest.mark.parametrize("address, problem", [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.0.9", "private"), ("192.168.1.10", "private"), ("fd00::5", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("224.0.0.251", "multicast"), ("ff02::1", "multicast"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"),
    ("240.0.0.1", "reserved"),
    ("100.64.0.1", "not globally routable"),  # carrier-grade NAT
    ("::ffff:10.0.0.1", "private"),  # an IPv4-mapped IPv6 address is its IPv4 address
    ("not-an-ip", "not an IP address"),
])
def test_non_public_addresses_are_named(address, problem):
    assert address_problem(address) == problem


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_pass(address):
    assert address_problem(address) is None


def _resolver(table: dict[str, list[str]]):
    def resolve(host: str, port: int) -> list[str]:
        return table[host]
    return resolve


@pytest.mark.parametrize("url, words", [
    ("http://10.0.0.7/feed.xml", "private"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://[::1]:8080/", "loopback"),
    ("http://localhost/admin", "loopback"),  # resolved (by the stub) to 127.0.0.1
    ("http://intranet.newsroom/feed", "private"),  # one private address among public ones is enough
    ("ftp://files.example/feed.xml", "only http and https"),
    ("file:///etc/passwd", "only http and https"),
    ("http://user:secret@news.example/feed", "user name or password"),
    ("http:///no-host", "no host"),
])
def test_check_url_refuses(url, words):
    resolver = _resolver({"localhost": ["127.0.0.1"], "intranet.newsroom": [PUBLIC, "10.20.30.40"],
                          "news.example": [PUBLIC]})
    with pytest.raises(BlockedURL, match=words):
        check_url(url, resolver=resolver)


def test_check_url_allow_local_lets_loopback_through():
    assert check_url("http://127.0.0.1:9/x", allow_local=True) == ["127.0.0.1"]
    assert check_url("http://news.example/x", resolver=_resolver({"news.example": [PUBLIC]})) == [PUBLIC]


def _ok(body: bytes, content_type: str) -> httpx.Response:
    # A stream, not content=: httpx reads content= up front, and the fetcher streams every body.
    return httpx.Response(200, headers={"content-type": content_type}, stream=httpx.ByteStream(body))


def _never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"the guard let a request through to {request.url}")


def _fetcher(handler, **table) -> Fetcher:
    return Fetcher(FetchOptions(min_delay=0, retries=0), transport=httpx.MockTransport(handler),
                   resolver=_resolver({"news.example": [PUBLIC], **table}))


@pytest.mark.parametrize("url", ["http://10.0.0.7/feed.xml", "http://169.254.169.254/latest/meta-data/",
                                 "http://[fe80::1]/", "http://192.168.0.1/router", "http://metadata.internal/"])
def test_fetcher_refuses_private_addresses_before_any_request(url):
    with _fetcher(_never, **{"metadata.internal": ["169.254.169.254"]}) as fetcher, \
            pytest.raises(FetchError, match="refusing to fetch"):
        fetcher.get(url)


def test_redirect_to_a_private_address_is_refused_before_the_hop():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.host != "news.example":
            raise AssertionError(f"redirect hop reached {request.url}")
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})

    with _fetcher(handler) as fetcher, pytest.raises(FetchError, match="redirected to .*link-local"):
        fetcher.get("http://news.example/feed.xml")
    assert seen == ["http://news.example/robots.txt", "http://news.example/feed.xml"]


def test_feed_entries_pointing_inside_are_refused_and_the_rest_is_stored(tmp_path):
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
            "<item><link>http://192.168.1.10/internal-report</link></item>"
            "<item><link>http://metadata.internal/latest</link></item>"
            "<item><link>http://news.example/a.txt</link></item></channel></rss>")
    reached = []

    def handler(request: httpx.Request) -> httpx.Response:
        reached.append(str(request.url))
        if request.url.host != "news.example":
            raise AssertionError(f"feed entry reached {request.url}")
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if request.url.path == "/feed.xml":
            return _ok(feed.encode(), "application/rss+xml")
        return _ok(b'"We will rebuild the pier," said Lena Ortiz. 3 people were killed.', "text/plain")

    fetcher = _fetcher(handler, **{"metadata.internal": ["10.0.0.3"]})
    with open_store(tmp_path / "w.duckdb") as store, fetcher:
        report = run_round(store, ["http://news.example/feed.xml"], extractor=fake_extract,
                           options=WatchOptions(), fetcher=fetcher)
        urls = [r[0] for r in store.con.execute("SELECT url FROM articles").fetchall()]
    (source,) = report.sources
    assert source.status == "fetched" and source.added == 1
    assert urls == ["http://news.example/a.txt"]
    assert len(source.entry_errors) == 2
    assert any("192.168.1.10" in e and "private" in e for e in source.entry_errors)
    assert any("metadata.internal" in e and "10.0.0.3" in e for e in source.entry_errors)
    assert all("192.168" not in u and "metadata" not in u for u in reached)


class _NoConnect(httpcore.NetworkBackend):
    def __init__(self):
        self.calls = []

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.calls.append((host, port))
        raise httpcore.ConnectError("test backend: no connections here")


def test_connect_time_check_refuses_and_never_reaches_the_socket():
    inner = _NoConnect()
    backend = GuardedBackend(allow_local=False, resolver=_resolver({"rebind.example": ["10.9.8.7"],
                                                                    "mixed.example": [PUBLIC, "127.0.0.1"]}),
                             inner=inner)
    for host in ("rebind.example", "mixed.example", "127.0.0.1", "169.254.169.254"):
        with pytest.raises(BlockedURL):
            backend.connect_tcp(host, 80)
    assert inner.calls == []


def test_connect_time_check_connects_to_the_checked_address_not_the_name():
    inner = _NoConnect()
    backend = GuardedBackend(allow_local=False, resolver=_resolver({"news.example": [PUBLIC]}), inner=inner)
    with pytest.raises(httpcore.ConnectError):
        backend.connect_tcp("news.example", 443)
    assert inner.calls == [(PUBLIC, 443)]
