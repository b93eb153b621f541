"""Whole responses kept in memory: the store is read-only while it is served, so an answer computed once stays right.

An ASGI middleware inside the Host check (so a cached answer is only given to an allowed Host) and outside FastAPI's
routing: a hit costs a dictionary look-up and two `send`s instead of routing, validation, queries and templates.
Only successful (200) answers to GET requests for the app's own pages and API are kept, by raw path and query string,
least recently used dropped first, their total size bounded; errors, 503s (a query stopped by its time budget),
static files and the OpenAPI schema are never kept. Every cacheable answer says `x-newsledger-cache: hit` or `miss`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADER = b"x-newsledger-cache"
HIT = (HEADER, b"hit")
MISS = (HEADER, b"miss")
CACHED_PATHS = ("/", "/sources")
CACHED_PREFIXES = ("/stories/", "/sources/", "/api/")

Entry = tuple[list[tuple[bytes, bytes]], bytes]  # the response's headers and body


class ResponseStore:
    """Responses by key, least recently used dropped first, bounded by their total size (headers and body).

    One per app, i.e. per opened store: the key needs no store part. An entry bigger than an eighth of the bound is
    not kept (one huge page should not flush everything else)."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max(0, int(max_bytes))
        self.max_entry = self.max_bytes // 8
        self._entries: OrderedDict[tuple[bytes, bytes], tuple[Entry, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()  # one event loop per server process, but tests may drive an app from threads
        self.hits = 0
        self.misses = 0

    @property
    def size(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: tuple[bytes, bytes]) -> Entry | None:
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return found[0]

    def put(self, key: tuple[bytes, bytes], entry: Entry) -> None:
        size = len(entry[1]) + sum(len(k) + len(v) for k, v in entry[0]) + len(key[0]) + len(key[1])
        if size > self.max_entry:
            return
        with self._lock:
            if key in self._entries:
                return
            self._entries[key] = (entry, size)
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, (_, old) = self._entries.popitem(last=False)
                self._bytes -= old


def cacheable(path: str) -> bool:
    return path in CACHED_PATHS or path.startswith(CACHED_PREFIXES)


class ResponseCache:
    def __init__(self, app: ASGIApp, *, store: ResponseStore):
        self.app = app
        self.store = store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] != "GET" or not self.store.max_bytes
                or not cacheable(scope["path"])):
            await self.app(scope, receive, send)
            return
        key = (scope.get("raw_path") or scope["path"].encode(), scope.get("query_string", b""))
        entry = self.store.get(key)
        if entry is not None:
            headers, body = entry
            await send({"type": "http.response.start", "status": 200, "headers": [*headers, HIT]})
            await send({"type": "http.response.body", "body": body})
            return

        headers: list[tuple[bytes, bytes]] = []
        chunks: list[bytes] = []
        size = 0
        keep = False

        async def capture(message: Message) -> None:
            nonlocal keep, size
            if message["type"] == "http.response.start":
                headers[:] = list(message.get("headers", []))
                keep = message["status"] == 200
                message = {**message, "headers": [*headers, MISS]}
            elif message["type"] == "http.response.body" and keep:
                body = message.get("body", b"")
                size += len(body)
                if size > self.store.max_entry:
                    keep, chunks[:] = False, []
                else:
                    chunks.append(body)
                    if not message.get("more_body", False):
                        self.store.put(key, (headers, b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, capture)
