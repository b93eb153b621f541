"""`newsledger serve` under slow and idle clients (a real uvicorn server on 127.0.0.1, raw sockets): a connection
must finish its request headers within a deadline, one client address holds a bounded number of connections, and
a normal request is still answered while idle sockets pile up. HEAD on every page answers like GET without a body.

Idle sockets come from other loopback source addresses (127.0.0.2, ...; all of 127/8 is loopback on Linux) so the
per-address cap they hit is not the one of the client making the normal request. Every connection goes to the
server this module starts on 127.0.0.1; every loop is bounded."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import Counter
from typing import ClassVar

import pytest
import uvicorn
from fastapi.testclient import TestClient

from newsledger import api
from newsledger.bench.load import free_port
from newsledger.serve.app import create_app
from newsledger.serve.limits import LimitedH11Protocol
from tests.test_serve import build_store

GENEROUS = 20.0  # seconds: a bound that only a hung server misses, never a speed assertion


class SmallLimits(LimitedH11Protocol):
    header_timeout: ClassVar[float] = 1.0
    max_per_client: ClassVar[int] = 10
    open_by_address: ClassVar[Counter[str]] = Counter()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("serve-limits"))


@pytest.fixture(scope="module")
def live(store):
    port = free_port()
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning", http=SmallLimits)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(timeout=10)


def connect_from(source: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(GENEROUS)
    sock.bind((source, 0))
    sock.connect(("127.0.0.1", port))
    return sock


def closed_by_server(sock: socket.socket) -> bool:
    """Whether the server has closed the connection (reads until EOF or reset; bounded by the socket timeout)."""
    try:
        while sock.recv(4096):
            pass
    except TimeoutError:
        return False
    except ConnectionResetError:
        pass
    return True


def get(port: int, path: str = "/api/stories?limit=1") -> int:
    with socket.create_connection(("127.0.0.1", port), timeout=GENEROUS) as conn:
        conn.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        reply = b""
        while chunk := conn.recv(65536):
            reply += chunk
    return int(reply.split()[1])


def wait_for(condition, seconds: float = GENEROUS) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_one_address_holds_at_most_its_cap_and_others_are_still_answered(live):
    socks = [connect_from("127.0.0.2", live) for _ in range(3 * SmallLimits.max_per_client)]
    try:
        assert wait_for(lambda: SmallLimits.open_by_address["127.0.0.2"] == SmallLimits.max_per_client, 5)
        assert get(live) == 200  # from 127.0.0.1, with 30 idle sockets of another address piled up
        refused = 0
        for sock in socks[SmallLimits.max_per_client:]:  # the connections past the cap are closed at once
            sock.settimeout(0.5)
            refused += closed_by_server(sock)
        assert refused == 2 * SmallLimits.max_per_client
    finally:
        for sock in socks:
            sock.close()


def test_idle_and_slow_connections_are_closed_after_the_header_deadline(live):
    idle = [connect_from("127.0.0.3", live) for _ in range(5)]
    slow = connect_from("127.0.0.4", live)
    try:
        slow.sendall(b"GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        for _ in range(10):  # a header line now and then never completes the request
            time.sleep(0.2)
            with contextlib.suppress(OSError):
                slow.sendall(b"X-Slow: 1\r\n")
        for sock in [*idle, slow]:
            assert closed_by_server(sock)
        assert wait_for(lambda: not SmallLimits.open_by_address.get("127.0.0.3")
                        and not SmallLimits.open_by_address.get("127.0.0.4"))
        assert get(live) == 200
    finally:
        for sock in [*idle, slow]:
            sock.close()


def test_a_kept_alive_connection_gets_the_deadline_again(live):
    sock = connect_from("127.0.0.5", live)
    try:
        sock.sendall(b"GET /api/stories?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert sock.recv(65536).startswith(b"HTTP/1.1 200")
        sock.sendall(b"GET /api/stories?limit=1 HTTP/1.1\r\n")  # the next request's headers, never finished
        assert closed_by_server(sock)
    finally:
        sock.close()


def test_serve_runs_uvicorn_with_the_limits(store, monkeypatch):
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw))
    api.serve(store)
    assert seen["http"] is LimitedH11Protocol
    assert LimitedH11Protocol.header_timeout > 0 and LimitedH11Protocol.max_per_client >= 16


# -- HEAD -------------------------------------------------------------------------------------------------------------


def test_head_answers_every_page_like_get_without_the_body(store):
    with TestClient(create_app(store)) as client:
        story = client.get("/api/stories", params={"limit": 1}).json()["items"][0]["id"]
        source = client.get("/api/sources", params={"limit": 1}).json()["items"][0]["id"]
        ids = {"{story_id}": story, "{source_id}": source}
        pages = []  # every page route, so a new page is checked too
        for route in client.app.app.routes:
            if "GET" in getattr(route, "methods", set()) and "pages" in getattr(route, "tags", []):
                path = route.path
                for param, value in ids.items():
                    path = path.replace(param, value)
                assert "{" not in path, f"give {route.path} an example id here"
                pages.append(path)
        assert {"/", "/sources", f"/stories/{story}", f"/sources/{source}"} <= set(pages)
        for path in [*pages, "/api/stories", f"/api/stories/{story}", "/stories/no-such-story",
                     "/static/app.css", "/openapi.json"]:
            got, head = client.get(path), client.head(path)
            assert head.status_code == got.status_code, path
            assert head.content == b"", path
            assert head.headers["content-type"] == got.headers["content-type"], path
            assert int(head.headers["content-length"]) == len(got.content), path
            assert head.headers["content-security-policy"] == got.headers["content-security-policy"], path


def test_head_through_a_real_server(live):
    with socket.create_connection(("127.0.0.1", live), timeout=GENEROUS) as conn:
        conn.sendall(b"HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        reply = b""
        while chunk := conn.recv(65536):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200") and body == b""
    assert b"content-length" in head.lower()
