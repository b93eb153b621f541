"""A local HTTP server for the watch tests (127.0.0.1 only, a thread per request) and the invented Castor Bay story
rendered as pages, an Atom feed, an RSS feed and a news sitemap. No tests here: test_watch*.py and the bench import
it. Every route is a function of the request handler, so hostile routes (drips, endless bodies, bombs) stream lazily
and stop when the client goes away; every loop here is bounded."""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "watch"
Route = Callable[[BaseHTTPRequestHandler], None]
GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall between them
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        path = self.path.split("?", 1)[0]
        with self.server.lock:
            self.server.log.append((path, dict(self.headers)))
            route = self.server.routes.get(path)
        # The client giving up (size cap, deadline) is exactly what hostile routes expect.
        with contextlib.suppress(*GONE):
            (route or not_found)(self)

    def handle(self) -> None:
        with contextlib.suppress(*GONE):
            super().handle()

    def log_message(self, *args) -> None:  # quiet
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()


class FixtureServer:
    def __init__(self):
        self._server = _Server()
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def __enter__(self) -> FixtureServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, handler: Route) -> None:
        with self._server.lock:
            self._server.routes[path] = handler

    def remove(self, path: str) -> None:
        with self._server.lock:
            self._server.routes.pop(path, None)

    def requests(self, path: str | None = None) -> list[tuple[str, dict[str, str]]]:
        with self._server.lock:
            return [r for r in self._server.log if path is None or r[0] == path]

    def clear_log(self) -> None:
        with self._server.lock:
            self._server.log.clear()


# -- routes -----------------------------------------------------------------------------------------------------------


def not_found(h: BaseHTTPRequestHandler) -> None:
    respond(h, 404, b"not found", "text/plain")


def respond(h: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str,
            headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    h.send_header("Content-Type", content_type)
    h.send_header("Content-Length", str(len(body)))
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)


def static(body: bytes, content_type: str, *, stamp: float = 1_775_000_000.0) -> Route:
    """A resource with an ETag and a Last-Modified, answering conditional GETs with 304."""
    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
    modified = formatdate(stamp, usegmt=True)

    def handler(h: BaseHTTPRequestHandler) -> None:
        if h.headers.get("If-None-Match") == etag or (h.headers.get("If-Modified-Since") == modified
                                                       and not h.headers.get("If-None-Match")):
            h.send_response(304)
            h.send_header("ETag", etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        respond(h, 200, body, content_type, {"ETag": etag, "Last-Modified": modified})

    return handler


def streamed(chunks: Callable[[], Iterator[bytes]], content_type: str, *, length: int | None = None,
             headers: dict[str, str] | None = None) -> Route:
    """A body generated while it is sent (never held whole), with or without a Content-Length."""

    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", content_type)
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        if length is not None:
            h.send_header("Content-Length", str(length))
            h.end_headers()
            for chunk in chunks():
                h.wfile.write(chunk)
            return
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        for chunk in chunks():
            h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        h.wfile.write(b"0\r\n\r\n")

    return handler


def endless(total: int, piece: bytes = b" " * 65536) -> Callable[[], Iterator[bytes]]:
    def gen() -> Iterator[bytes]:
        for _ in range(total // len(piece)):
            yield piece

    return gen


def drip(seconds: int, byte: bytes = b"<") -> Callable[[], Iterator[bytes]]:
    def gen() -> Iterator[bytes]:
        for _ in range(seconds):
            yield byte
            time.sleep(1.0)

    return gen


def gzip_bomb(decompressed: int) -> bytes:
    """`decompressed` bytes of zeros as a gzip stream (about a thousandth of the size), built piecewise."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    piece = b"\0" * (1 << 20)
    parts = [comp.compress(piece) for _ in range(decompressed // len(piece))]
    return b"".join(parts) + comp.flush()


def redirect(to: str, status: int = 302) -> Route:
    def handler(h: BaseHTTPRequestHandler) -> None:
        respond(h, status, b"", "text/plain", {"Location": to})

    return handler


def sequence(*routes: Route) -> Route:
    """Each request gets the next route; the last one repeats."""
    state = {"n": 0}
    lock = threading.Lock()

    def handler(h: BaseHTTPRequestHandler) -> None:
        with lock:
            n = state["n"]
            state["n"] += 1
        routes[min(n, len(routes) - 1)](h)

    return handler


# -- the Castor Bay story ---------------------------------------------------------------------------------------------

OUTLETS = {"herald": "Castor Herald", "courier": "Bay Courier"}


def story() -> dict:
    return json.loads((DATA / "castor-bay.json").read_text(encoding="utf-8"))


def slug(key: str) -> str:
    return key.removesuffix("-v2")  # an edited article keeps its address


def page_path(key: str) -> str:
    return f"/{story()['articles'][key]['outlet']}/{slug(key)}.html"


def article_html(key: str) -> bytes:
    art = story()["articles"][key]
    paras = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in art["paragraphs"])
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{html.escape(art['title'])}</title>"
            f"<meta property=\"og:site_name\" content=\"{OUTLETS[art['outlet']]}\">"
            f"<meta property=\"article:published_time\" content=\"{art['date']}T09:00:00Z\"></head>"
            f"<body><nav>Home | World | Sport</nav><article><h1>{html.escape(art['title'])}</h1>\n{paras}\n"
            f"</article><footer>Copyright {OUTLETS[art['outlet']]}</footer></body></html>").encode()


def _updated(key: str) -> str:
    art = story()["articles"][key]
    return f"{art['date']}T{'18' if key.endswith('-v2') else '09'}:00:00Z"


def atom_feed(base: str, keys: list[str], title: str = "Castor Herald") -> bytes:
    entries = "".join(
        f"<entry><title>{html.escape(story()['articles'][k]['title'])}</title>"
        f"<link href=\"{base}{page_path(k)}\"/><id>{base}{page_path(k)}</id>"
        f"<updated>{_updated(k)}</updated></entry>" for k in keys)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            f"<title>{title}</title><id>{base}/</id><updated>2026-04-09T00:00:00Z</updated>{entries}</feed>").encode()


def rss_feed(base: str, keys: list[str], title: str = "Bay Courier") -> bytes:
    items = "".join(
        f"<item><title>{html.escape(story()['articles'][k]['title'])}</title><link>{base}{page_path(k)}</link>"
        f"<guid>{base}{page_path(k)}</guid><pubDate>{_rfc822(_updated(k))}</pubDate></item>" for k in keys)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{title}</title>"
            f"<link>{base}/</link><description>news</description>{items}</channel></rss>").encode()


def sitemap(base: str, paths_and_dates: list[tuple[str, str]]) -> bytes:
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>{d}</lastmod></url>" for p, d in paths_and_dates)
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset "
            f"xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{urls}</urlset>").encode()


def _rfc822(iso: str) -> str:
    import datetime as dt

    return formatdate(dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp(), usegmt=True)


FEEDS = {"herald": "/herald/atom.xml", "courier": "/courier/rss.xml"}


def publish(server: FixtureServer, round_name: str) -> list[str]:
    """Serve the story as listed in `round_name` (pages of every article listed so far stay up); the feed URLs."""
    data = story()
    listing = data[round_name]
    for keys in listing.values():
        for key in keys:
            server.route(page_path(key), static(article_html(key), "text/html; charset=utf-8"))
    server.route(FEEDS["herald"], static(atom_feed(server.base, listing["herald"]), "application/atom+xml"))
    server.route(FEEDS["courier"], static(rss_feed(server.base, listing["courier"]), "application/rss+xml"))
    return [server.url(FEEDS["herald"]), server.url(FEEDS["courier"])]


# -- many small feeds (the SIGKILL test; the bench serves the same site from its own process) ------------------------


def many_feeds(server: FixtureServer, feeds: int, items: int) -> list[str]:
    """`feeds` RSS feeds of `items` HTML pages each (bench/watch.py's site), conditional-GET aware; the feed URLs."""
    from newsledger.bench.watch import site

    for path, (body, content_type) in site(server.base, feeds, items).items():
        if path != "/robots.txt":
            server.route(path, static(body, content_type))
    return [server.url(f"/{f}/rss.xml") for f in range(feeds)]
