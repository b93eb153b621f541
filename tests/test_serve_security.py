"""`newsledger serve` against hostile data and hostile requests: escaping on every page, security headers on every
response, no file outside the static folder (through a real uvicorn server, raw bytes on a socket, since HTTP
clients tidy `../` away before sending), bounded URLs, bodies, pages and query time, SQL that stays data."""

from __future__ import annotations

import base64
import hashlib
import re
import socket
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from newsledger.bench.load import free_port
from newsledger.serve import app as serve_app
from newsledger.serve import data
from newsledger.serve.app import create_app
from tests.test_serve import (
    HOSTILE_ID,
    HOSTILE_QUOTE,
    HOSTILE_SPEAKER,
    HOSTILE_TITLE,
    build_store,
)

SERVE_DIR = Path(serve_app.__file__).resolve().parent


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve-security"))


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store)) as c:
        yield c


# -- escaping -------------------------------------------------------------------------------------------------------


class Page(HTMLParser):
    """What a browser would build: elements with their attributes, script/style bodies, and the visible text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.blocks: list[tuple[str, str]] = []
        self.text: list[str] = []
        self._open: str | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "style" or tag == "script" and not dict(attrs).get("src"):  # a script file is not inline code
            self._open = tag
            self.blocks.append((tag, ""))

    def handle_endtag(self, tag):
        if tag == self._open:
            self._open = None

    def handle_data(self, text):
        if self._open:
            kind, body = self.blocks[-1]
            self.blocks[-1] = (kind, body + text)
        else:
            self.text.append(text)

    @property
    def visible(self) -> str:
        return "".join(self.text)


def assert_inert(html: str, *, expect_text: tuple[str, ...] = ()) -> Page:
    page = Page(html)
    for tag, attrs in page.tags:
        assert tag not in ("img", "iframe", "object", "embed", "base"), (tag, attrs)
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            if name in ("href", "src", "action", "formaction", "xlink:href"):
                assert not re.match(r"\s*(javascript|data|vbscript):", value or "", re.I), (tag, name, value)
        if tag == "script":
            assert "src" not in attrs or attrs["src"].startswith("/static/")
    for kind, body in page.blocks:  # the only inline blocks are the report's own, allowed by hash
        assert "alert(" not in body, (kind, body[:200])
    for text in expect_text:  # the hostile strings are there, as text a reader sees
        assert text in page.visible, text
    return page


@pytest.fixture(params=["report", "fallback"])
def any_client(request, store, monkeypatch):
    """The story page comes from report/html.py when it is there, else from serve's own template: test both."""
    if request.param == "fallback":
        monkeypatch.setattr(serve_app, "_report_parts", lambda: None)
    with TestClient(create_app(store)) as c:
        yield c


def _hostile_story(client) -> str:
    detail = client.get("/api/quotes", params={"speaker": "Mallory"}).json()["items"]
    assert detail, "the hostile statement is in the store"
    return detail[0]["story"]


def test_every_page_shows_hostile_text_as_text(any_client):
    client = any_client
    story = _hostile_story(client)
    source = client.get("/api/sources", params={"q": "Mallory"}).json()["items"][0]["id"]
    record = client.get(f"/api/sources/{source}").json()  # the merged name may be a cleaned-up form
    assert HOSTILE_SPEAKER in record["aliases"] + [record["name"]]
    label = client.get(f"/api/stories/{story}").json()["label"]
    pages = {
        "/": (),
        "/?q=mallory": (label,),
        "/?q=%3Cscript%3E": (),
        f"/stories/{story}": (HOSTILE_QUOTE, HOSTILE_SPEAKER),
        "/sources": (record["name"],),
        "/sources?q=Mallory": (record["name"],),
        f"/sources/{source}": (HOSTILE_SPEAKER, HOSTILE_QUOTE, *record["descriptions"]),
        "/stories/%3Cscript%3Ealert(1)": ("<script>alert(1)",),
        "/sources/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E": ('"><img src=x onerror=alert(1)>',),
        "/?date_from=%3Cscript%3E": (),
    }
    for path, expected in pages.items():
        response = client.get(path)
        assert response.status_code in (200, 404, 422), path
        assert "text/html" in response.headers["content-type"]
        assert_inert(response.text, expect_text=expected)
    seen = Page(client.get(f"/stories/{story}").text).visible
    assert HOSTILE_TITLE in seen and "Evil Outlet" in seen


def test_hostile_article_fields_reach_pages_escaped(client):
    story = _hostile_story(client)
    html = client.get(f"/stories/{story}").text
    assert "&lt;script&gt;" in html and "<script>alert" not in html
    assert 'href="javascript:' not in html.lower()
    listing = client.get("/api/stories", params={"q": "mallory"}).json()["items"]
    assert [s["id"] for s in listing] == [story]
    page = client.get("/", params={"q": "mallory"}).text
    assert_inert(page)


def test_json_api_is_json_and_not_sniffable(client):
    story = _hostile_story(client)
    response = client.get(f"/api/stories/{story}")
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    articles = {a["id"]: a for a in response.json()["articles"]}
    assert articles[HOSTILE_ID]["title"] == HOSTILE_TITLE  # data unchanged in JSON; escaping is the page's job


# -- headers --------------------------------------------------------------------------------------------------------


def _assert_security_headers(response) -> None:
    h = response.headers
    policy = h["content-security-policy"]
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    assert "frame-ancestors 'none'" in policy and "default-src 'none'" in policy
    assert "script-src 'self'" in policy and "base-uri 'none'" in policy
    assert h["x-content-type-options"] == "nosniff"
    assert h["referrer-policy"] == "no-referrer"
    assert h["x-frame-options"] == "DENY"


def test_security_headers_on_every_kind_of_response(client, store):
    story = client.get("/api/stories").json()["items"][0]["id"]
    requests = [("GET", "/", 200), ("GET", f"/stories/{story}", 200), ("GET", "/sources", 200),
                ("GET", "/api/stories", 200), ("GET", "/openapi.json", 200), ("GET", "/static/app.css", 200),
                ("GET", "/stories/nope", 404), ("GET", "/static/nope.css", 404), ("GET", "/api/nope", 404),
                ("GET", "/api/stories?limit=0", 422), ("POST", "/api/stories", 405),
                ("GET", "/?q=" + "x" * 5000, 414)]
    for method, path, status in requests:
        response = client.request(method, path)
        assert response.status_code == status, (method, path, response.status_code)
        _assert_security_headers(response)
    big = client.request("GET", "/api/stories", content=b"x" * 4096)
    assert big.status_code == 413
    _assert_security_headers(big)


def test_cached_answers_keep_the_headers_and_the_host_check(store):
    with TestClient(create_app(store, allowed_hosts=["127.0.0.1"]), base_url="http://127.0.0.1") as c:
        story = c.get("/api/stories").json()["items"][0]["id"]
        for path in (f"/stories/{story}", "/api/stories", "/?q=mallory"):
            first, again = c.get(path), c.get(path)
            assert again.headers["x-newsledger-cache"] == "hit", path
            _assert_security_headers(again)
            assert again.headers["content-security-policy"] == first.headers["content-security-policy"]
            refused = c.get(path, headers={"host": "attacker.example"})  # DNS rebinding: no cached answer either
            assert refused.status_code == 400 and "x-newsledger-cache" not in refused.headers, path
            _assert_security_headers(refused)
        assert c.get("/?q=" + "x" * 5000).status_code == 414


def test_inline_code_is_allowed_by_hash_only(client):
    story = client.get("/api/stories").json()["items"][0]["id"]
    response = client.get(f"/stories/{story}")
    policy = response.headers["content-security-policy"]
    page = Page(response.text)
    for kind, body in page.blocks:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        directive = next(d for d in policy.split(";") if d.strip().startswith(f"{kind}-src"))
        assert f"'sha256-{digest}'" in directive, kind
    for _tag, attrs in page.tags:
        assert "style" not in attrs  # style attributes would need 'unsafe-inline'


# -- static files: a real server, raw requests ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def live(store):
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(timeout=10)


def raw_get(port: int, target: str) -> tuple[int, bytes]:
    """Send `target` byte for byte (no client normalises it) and return (status, body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        reply = b""
        while chunk := conn.recv(65536):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


TRAVERSALS = [
    "/static/../app.py", "/static/../../serve/app.py", "/static/%2e%2e/app.py", "/static/%2e%2e%2fapp.py",
    "/static/..%2fapp.py", "/static/%2E%2E%2F%2E%2E%2Fstore%2Fduckdb.py", "/static/%252e%252e%252fapp.py",
    "/static/..%252fapp.py", "/static/....//app.py", "/static/..\\app.py", "/static/..%5capp.py",
    "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/%2Fetc/passwd", "/static/../../../../../../etc/passwd",
    "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/templates/../app.py",
    "/static/.%2e/app.py", "/static/%c0%ae%c0%ae/app.py", "/static/app.css%00.py", "/static/./../app.py",
    "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
]


def test_no_file_outside_the_static_folder(live):
    secrets = [(SERVE_DIR / "app.py").read_bytes()[:200], b"root:x:0:0", b"def open_store"]
    status, body = raw_get(live, "/static/app.css")
    assert status == 200 and body.startswith((SERVE_DIR / "static" / "app.css").read_bytes()[:50])
    for target in TRAVERSALS:
        status, body = raw_get(live, target)
        assert status in (400, 404), (target, status)
        assert not any(secret in body for secret in secrets), target


# -- bounds ---------------------------------------------------------------------------------------------------------


def test_requests_and_pages_are_bounded(client):
    assert client.get("/api/stories", params={"q": "x" * 201}).status_code == 422
    assert client.get("/api/stories", params={"limit": 10_000}).status_code == 422
    assert client.get("/api/quotes", params={"offset": -1}).status_code == 422
    assert client.get("/?page=0").status_code == 422
    assert client.get("/api/stories/" + "s" * 300).status_code == 422
    assert client.get("/?q=" + "x" * 5000).status_code == 414
    assert client.request("GET", "/", content=b"x" * 2048).status_code == 413
    assert client.request("GET", "/", headers={"content-length": "abc"}).status_code == 413
    assert len(client.get("/api/stories", params={"limit": 200}).json()["items"]) <= data.MAX_LIMIT


def test_slow_query_is_stopped_with_a_503_and_the_server_recovers(store, monkeypatch):
    def crawl(session, **_):  # a query that would run for minutes
        session.rows("SELECT count(*) AS n FROM range(100000000000) t(x) WHERE x % 7 = 3")
        return 0, []

    with TestClient(create_app(store, timeout=0.5)) as c:
        monkeypatch.setattr(data, "list_stories", crawl)
        for path, kind in (("/api/stories", "application/json"), ("/", "text/html")):
            started = time.monotonic()
            response = c.get(path)
            assert response.status_code == 503 and kind in response.headers["content-type"]
            assert "took longer than 0.5 s" in response.text
            assert response.headers["retry-after"]
            assert time.monotonic() - started < 5
        monkeypatch.undo()
        for _ in range(10):  # every pooled connection still works after being interrupted
            assert c.get("/api/stories").status_code == 200


def test_search_text_is_data_not_sql(client):
    total = client.get("/api/stories").json()["total"]
    for attack in ("' OR 1=1 --", "%", "_", "\\", "'); DROP TABLE stories; --", '" OR ""="'):
        for param in ("q", "outlet", "source"):
            response = client.get("/api/stories", params={param: attack})
            assert response.status_code == 200 and response.json()["total"] == 0, (param, attack)
        assert client.get("/api/quotes", params={"speaker": attack}).json()["total"] == 0
        assert client.get("/api/sources", params={"q": attack}).json()["total"] == 0
    assert client.get("/api/stories").json()["total"] == total


def test_an_unexpected_error_is_a_bare_500_with_the_headers(store, monkeypatch):
    def broken(session, **_):
        raise RuntimeError("secret internals /etc/shadow")

    monkeypatch.setattr(data, "list_stories", broken)
    with TestClient(create_app(store), raise_server_exceptions=False) as c:
        response = c.get("/api/stories")
    assert response.status_code == 500
    assert "secret internals" not in response.text and "Traceback" not in response.text
    _assert_security_headers(response)
