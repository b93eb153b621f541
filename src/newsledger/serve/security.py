"""What every response carries and every request is held to: security headers, and bounded URLs and bodies.

A pure ASGI middleware, outermost, so its limits apply before routing and its headers reach every response — error
pages, 404s, static files and its own refusals included.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Every route is a GET with a few short parameters: a longer URL or any sizeable body is a mistake or an attack.
MAX_URL_BYTES = 4096
MAX_BODY_BYTES = 1024

BASE_CSP = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "form-action": ["'self'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
}
HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


def csp(script_hashes: Iterable[str] = (), style_hashes: Iterable[str] = ()) -> str:
    """The policy, with the hashes ('sha256-…', quoted) of inline blocks a page carries; never 'unsafe-inline'."""
    policy = {k: list(v) for k, v in BASE_CSP.items()}
    policy["script-src"] += list(script_hashes)
    policy["style-src"] += list(style_hashes)
    return "; ".join(f"{k} {' '.join(v)}" for k, v in policy.items())


DEFAULT_CSP = csp()


class Guard:
    def __init__(self, app: ASGIApp, *, max_url_bytes: int = MAX_URL_BYTES, max_body_bytes: int = MAX_BODY_BYTES):
        self.app = app
        self.max_url = max_url_bytes
        self.max_body = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in HEADERS.items() if k.encode() not in present]
                if b"content-security-policy" not in present:
                    extra.append((b"content-security-policy", DEFAULT_CSP.encode()))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        # HEAD is answered as GET without the body (RFC 9110: same headers, Content-Length included); FastAPI
        # routes declare GET only and would answer 405.
        if scope["method"] == "HEAD":
            scope = {**scope, "method": "GET"}
            send_with_headers = _without_body(send_with_headers)

        url_bytes = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string", b""))
        if url_bytes > self.max_url:
            await _refuse(send_with_headers, 414, f"the URL is longer than {self.max_url} bytes")
            return
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _refuse(send_with_headers, 413, f"request bodies are limited to {self.max_body} bytes")
            return

        # A body streamed without a length is cut off by FastAPI's own max_body_size, should a route read it.
        await self.app(scope, receive, send_with_headers)


def _without_body(send: Send) -> Send:
    async def send_head(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return send_head


async def _refuse(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
