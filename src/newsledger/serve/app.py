"""`newsledger serve`: the store as a local web app — server-rendered pages and a JSON API under /api/.

Pages: the story list (search and filters), a story (the report, rendered live from the store), a source (everything
it said, across stories, over time). The API has the same data with an OpenAPI schema at /openapi.json.

Safety: the store is opened read-only; every SQL value is a parameter; URLs, bodies, page sizes and each request's
query time are bounded; templates autoescape everything; static files come only from ./static; every response
carries security headers with a Content-Security-Policy that allows inline code by hash only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import ipaddress
import json
import logging
import math
import os
import signal
import socket
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import anyio.to_thread
import duckdb
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from newsledger.compare.labels import outlet_label
from newsledger.ledger import LEDGER_VERSION, Category, Ledger
from newsledger.serve import data, models
from newsledger.serve.cache import ResponseCache, ResponseStore
from newsledger.serve.data import MAX_LIMIT, QueryTimeout, Reader
from newsledger.serve.limits import LimitedH11Protocol
from newsledger.serve.render import sha256_source, story_view
from newsledger.serve.security import MAX_BODY_BYTES, Guard, csp
from newsledger.store import queries
from newsledger.store.base import StoreCorrupt
from newsledger.store.duckdb import read_error

HERE = Path(__file__).resolve().parent
log = logging.getLogger(__name__)
PAGE_SIZE = 50
MAX_TEXT = 200  # characters in a search box or filter
MAX_ID = 200
LOOPBACK_HOSTS = ["127.0.0.1", "localhost"]
DEFAULT_CACHE_MB = 128  # whole responses kept per server process (cache.py)
# Work that needs no database (a story whose records are in memory) is done on the event loop: handing it to a
# worker thread costs more than a small page (the hand-off wakes a thread that then fights the event loop for the
# GIL). Stories with more records than this (the biggest 6% on the GVA dev set, up to a few hundred milliseconds
# to render) still go to a thread, so they do not hold up every other request.
INLINE_RECORDS = 200

# Explicit autoescape=True (not by file extension): every template escapes every value it prints. The templates ship
# with the package: compiled once, not checked for changes on every request (auto_reload stats the file each time).
TEMPLATES = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                        lstrip_blocks=True, auto_reload=False)
TEMPLATES.filters["outlet"] = outlet_label  # a local file is named by its stem here too, as in the report and CLI

ERRORS = {404: models.Problem, 503: models.Problem}
DateText = Annotated[str | None, Query(max_length=10, pattern=r"^(\d{4}-\d{2}-\d{2})?$",
                                       description="YYYY-MM-DD; empty means no bound")]
Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
PageNumber = Annotated[int, Query(ge=1, le=100_000)]
# ISO 639-1 codes, several comma-separated (de,fr); empty means every language
Lang = Annotated[str | None, Query(max_length=40, pattern=r"^([a-zA-Z]{2,3}(,[a-zA-Z]{2,3})*)?$",
                                   description="Only articles in this language (ISO 639-1; several: de,fr)")]
Sort = Annotated[Literal["newest", "oldest", "biggest", "relevance"] | None,
                 Query(description="Story order; default: relevance with a search text, else newest")]
SortField = Annotated[str | None, Query(pattern="^(newest|oldest|biggest|relevance)?$",
                                        description="Story order; empty: relevance with a search text, else newest")]
StoryId = Annotated[str, PathParam(max_length=MAX_ID)]
SourceId = Annotated[str, PathParam(max_length=MAX_ID)]


def _blank(value: str | None) -> str | None:
    """An empty form field means no filter."""
    return value.strip() or None if value is not None else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


@dataclass(frozen=True)
class ReportParts:
    render: Callable[[Ledger, str], str]
    css: str
    js: str


def _report_parts() -> ReportParts | None:
    """The HTML report's story body and its inline CSS/JS (report/html.py), when that module provides them."""
    try:
        from newsledger.report import html as report
    except Exception:  # noqa: BLE001 - a missing or broken report module falls back to serve's own story page
        return None
    render = getattr(report, "render_story_body", None)
    if render is None:
        return None
    return ReportParts(render, getattr(report, "REPORT_CSS", ""), getattr(report, "REPORT_JS", ""))


def _report_csp(parts: ReportParts) -> str:
    """The page's policy: the report's own csp_hashes() when it gives them, and in any case the hashes of the exact
    blocks this page inlines (so a stale hash can only add a harmless source, never drop a needed one)."""
    return _csp_for(parts.css, parts.js)


@functools.lru_cache(maxsize=8)
def _csp_for(css: str, js: str) -> str:
    """The policy for these inline blocks, hashed once (every story page inlines the same two)."""
    scripts = [sha256_source(js)] if js else []
    styles = [sha256_source(css)] if css else []
    try:
        from newsledger.report.html import csp_hashes

        given = csp_hashes()
    except Exception:  # noqa: BLE001
        given = {}
    if isinstance(given, dict):
        scripts += [v for k, v in given.items() if k.startswith("script") and v not in scripts]
        styles += [v for k, v in given.items() if k.startswith("style") and v not in styles]
    return csp(scripts, styles)


def create_app(db: str | Path, *, timeout: float = data.DEFAULT_TIMEOUT, allowed_hosts: list[str] | None = None,
               cache_bytes: int = DEFAULT_CACHE_MB * 2**20, search_cache_bytes: int = data.SEARCH_CACHE_BYTES
               ) -> Guard:
    """The app over the store at `db` (opened read-only now: a missing or locked store fails here, clearly).

    `allowed_hosts` limits the Host header (serve() passes the loopback names when bound to loopback, which stops
    DNS-rebinding pages from reading the API); up to `cache_bytes` of whole responses (pages and API answers; 0: none)
    are kept, safe as the read-only store cannot change while the server holds it (`.app.state.responses`). The
    FastAPI app is wrapped in Guard, outermost, so even a 500 from FastAPI's own error middleware carries the
    security headers; `.app` is the FastAPI app."""
    # No lifespan hook closes the reader: test clients run startup/shutdown many times over one app, and the
    # read-only connection ends with the process.
    reader = Reader(db, timeout=timeout, search_cache_bytes=search_cache_bytes)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        # As many threads doing database work and rendering as there are pooled connections (anyio's default is
        # 40): more would only wait for a connection while contending for the GIL with the event loop.
        anyio.to_thread.current_default_thread_limiter().total_tokens = data.POOL_SIZE
        yield

    app = FastAPI(title="newsledger", version=LEDGER_VERSION, max_body_size=MAX_BODY_BYTES, lifespan=lifespan,
                  docs_url=None, redoc_url=None, swagger_ui_oauth2_redirect_url=None,
                  description="Who said what, with which numbers, when — the stories of a newsledger store.")
    app.state.reader = reader
    app.state.responses = ResponseStore(cache_bytes)
    app.mount("/static", StaticFiles(directory=HERE / "static", follow_symlink=False), name="static")
    # Starlette runs the last added middleware first: the Host check comes before any cached answer.
    app.add_middleware(ResponseCache, store=app.state.responses)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    _add_error_handlers(app)
    _add_pages(app, reader)
    _add_api(app, reader)
    return Guard(app)


def _page(name: str, status_code: int = 200, headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
    return HTMLResponse(TEMPLATES.get_template(name).render(**context), status_code=status_code, headers=headers)


def _add_error_handlers(app: FastAPI) -> None:
    def problem(request: Request, status: int, detail: str, headers: dict[str, str] | None = None):
        if _wants_json(request):
            return JSONResponse({"detail": detail}, status_code=status, headers=headers)
        return _page("error.html", status, headers, status=status, detail=detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else "error"
        return problem(request, exc.status_code, detail, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        if _wants_json(request):
            return JSONResponse({"detail": _jsonable_errors(exc)}, status_code=422)
        fields = ", ".join(".".join(str(p) for p in e.get("loc", ())[1:]) or "request" for e in exc.errors())
        return problem(request, 422, f"invalid value for {fields}")

    async def timed_out(request: Request, exc: Exception):
        detail = str(exc) if isinstance(exc, QueryTimeout) else "the query took too long and was stopped"
        return problem(request, 503, detail, {"Retry-After": "2"})

    app.add_exception_handler(QueryTimeout, timed_out)
    app.add_exception_handler(duckdb.InterruptException, timed_out)

    async def damaged(request: Request, exc: Exception):
        """A block of the store that fails its checksum when a query first reads it (the server read only part of
        the file at start): a 503 saying so, not a 500. No Retry-After: retrying will not help."""
        if isinstance(exc, duckdb.Error):
            if not isinstance(read_error(request.app.state.reader.path, exc), StoreCorrupt):
                raise exc  # any other database error stays a 500
            reason = (f"{str(exc).strip().splitlines()[0]}; restore it from a backup or rebuild it with "
                      "`newsledger ingest`, then restart the server")
        else:
            reason = str(exc)
        log.error("store is damaged: %s", reason)
        return problem(request, 503, f"store is damaged: {reason}")

    app.add_exception_handler(duckdb.Error, damaged)
    app.add_exception_handler(StoreCorrupt, damaged)


def _jsonable_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    # Keep what a client needs; the raw input (possibly bytes or huge) is not echoed back.
    return [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in exc.errors()]


# -- pages ----------------------------------------------------------------------------------------------------------


async def _stories(reader: Reader, **query: Any) -> tuple[int, list[dict[str, Any]]]:
    """The story list (a search: full-text, ranked), from DuckDB and the search index in a thread."""

    def from_db() -> tuple[int, list[dict[str, Any]]]:
        with reader.session() as s:
            return data.list_stories(s, **query)

    return await run_in_threadpool(from_db)


def _order(sort: str | None, text: str | None) -> str:
    """A search lists the best matches first unless told otherwise; a plain list, the newest stories."""
    return sort or ("relevance" if text and text.strip() else "newest")


def _add_pages(app: FastAPI, reader: Reader) -> None:
    with reader.session() as s:  # for the story list's outlet suggestions; the store cannot change
        outlets = tuple(data.outlets(s))
        languages = tuple(data.languages(s))

    @app.get("/", response_class=HTMLResponse, tags=["pages"], summary="Story list with search and filters",
             responses={422: {"content": {"text/html": {}}}, 503: {"content": {"text/html": {}}}})
    async def story_list(q: Text = None, date_from: DateText = None, date_to: DateText = None, outlet: Text = None,
                         source: Text = None, sort: SortField = None, page: PageNumber = 1,
                         lang: Lang = None) -> HTMLResponse:
        filters = {"text": _blank(q), "date_from": _blank(date_from), "date_to": _blank(date_to),
                   "outlet": _blank(outlet), "source": _blank(source), "lang": _blank(lang)}
        order = _order(sort, filters["text"])
        total, rows = await _stories(reader, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, sort=order, **filters)
        pages = max(1, math.ceil(total / PAGE_SIZE))
        form = {"q": q or "", "date_from": date_from or "", "date_to": date_to or "", "outlet": outlet or "",
                "source": source or "", "sort": sort if sort != _order(None, filters["text"]) else "",
                "lang": lang or ""}
        return _page("stories.html", stories=rows, total=total, page=page, pages=pages, form=form,
                     query={k: v for k, v in form.items() if v}, outlets=outlets, languages=languages,
                     ranked=bool(filters["text"]),
                     full_text=reader.search is not None)

    def load_story(story_id: str) -> Ledger | None:
        with reader.session() as s:
            return data.load_story(s, story_id)

    def story_html(ledger: Ledger | None, story_id: str) -> tuple[str, str]:
        if ledger is None:
            raise KeyError(story_id)
        parts = _report_parts()
        if parts is None:
            view = story_view(ledger, story_id)
            return TEMPLATES.get_template("story.html").render(**view), csp()
        said = Counter(st.source for st in ledger.statements if st.source)
        sources = sorted((s for s in ledger.sources if s.id in said), key=lambda s: (-said[s.id], s.name))
        html = TEMPLATES.get_template("report.html").render(
            story=ledger.stories[0], body=parts.render(ledger, story_id), css=parts.css, js=parts.js,
            sources=sources, edits=reader.edits.get(story_id, []))
        return html, _report_csp(parts)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, tags=["pages"], summary="A story's report",
             responses={404: {"content": {"text/html": {}}}, 503: {"content": {"text/html": {}}}})
    async def story_page(story_id: StoryId) -> HTMLResponse:
        # The response cache answers repeat views before they get here.
        records = reader.records
        try:
            if records is not None and len(records.get(story_id, ())) <= INLINE_RECORDS:
                html, policy = story_html(data.load_story_from_memory(records, story_id), story_id)
            else:
                html, policy = await run_in_threadpool(lambda: story_html(load_story(story_id), story_id))
        except KeyError:
            raise HTTPException(404, f"no story {story_id!r} in this store") from None
        return HTMLResponse(html, headers={"content-security-policy": policy})

    @app.get("/sources", response_class=HTMLResponse, tags=["pages"], summary="Source list",
             responses={422: {"content": {"text/html": {}}}, 503: {"content": {"text/html": {}}}})
    def source_list(q: Text = None, page: PageNumber = 1) -> HTMLResponse:
        with reader.session() as s:
            total, rows = data.list_sources(s, search=_blank(q), limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        return _page("sources.html", sources=rows, total=total, page=page,
                     pages=max(1, math.ceil(total / PAGE_SIZE)), form={"q": q or ""},
                     query={"q": q} if q else {})

    @app.get("/sources/{source_id}", response_class=HTMLResponse, tags=["pages"],
             summary="Everything a source said, across stories, over time",
             responses={404: {"content": {"text/html": {}}}, 503: {"content": {"text/html": {}}}})
    def source_page(source_id: SourceId, page: PageNumber = 1) -> HTMLResponse:
        with reader.session() as s:
            record = data.source_record(s, source_id)
            if record is None:
                raise HTTPException(404, f"no source {source_id!r} in this store")
            total, statements = data.list_quotes(s, source_id=source_id, limit=PAGE_SIZE,
                                                 offset=(page - 1) * PAGE_SIZE)
            _, figures = data.list_figures(s, source_id=source_id, limit=MAX_LIMIT)
        return _page("source.html", source=record, statements=statements, figures=figures, total=total, page=page,
                     pages=max(1, math.ceil(total / PAGE_SIZE)), query={}, timeline=_timeline(statements),
                     edits=reader.edits.get(source_id, []))

    @app.get("/whats-new", response_class=HTMLResponse, tags=["pages"],
             summary="What changed: new stories, statements by known sources, new and revised figures, findings",
             responses={422: {"content": {"text/html": {}}}, 503: {"content": {"text/html": {}}}})
    def whats_new(since: DateText = None) -> HTMLResponse:
        from newsledger.watch import digest as digests  # watch/: the same digest as `newsledger changes`

        day = _blank(since)
        when = _lenient_day(day) if day else None
        with reader.session() as s:
            found = digests.changes(s.con, when) if when else digests.latest(s.con)
        return _page("whats_new.html", digest=found, form={"since": since or ""}, limit=PAGE_SIZE)


def _lenient_day(day: str) -> dt.datetime:
    """A YYYY-MM-DD the form allows (DateText) as a time; an impossible one (0000-00-00, 2026-02-31) is clamped to
    the nearest real day, as the other pages compare such dates as text instead of refusing them."""
    import calendar

    year, month, mday = (int(x) for x in day.split("-"))
    year, month = min(max(year, 1), 9999), min(max(month, 1), 12)
    return dt.datetime(year, month, min(max(mday, 1), calendar.monthrange(year, month)[1]))


def _timeline(statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Statements per month, for the source page's bar strip."""
    counts: dict[str, int] = {}
    for row in statements:
        month = (row.get("date") or "")[:7] or "undated"
        counts[month] = counts.get(month, 0) + 1
    top = max(counts.values(), default=1)
    return [{"month": m, "count": n, "height": round(40 * n / top) + 2} for m, n in sorted(counts.items())]


# -- JSON API --------------------------------------------------------------------------------------------------------


def _add_api(app: FastAPI, reader: Reader) -> None:
    @app.get("/api/stories", response_model=models.StoryPage, tags=["api"], responses=_errors(503),
             summary="Stories filtered by full text (article titles and bodies, ranked), date range, outlet and source")
    async def api_stories(q: Text = None, date_from: dt.date | None = None, date_to: dt.date | None = None,
                          outlet: Text = None, source: Text = None, sort: Sort = None, limit: Limit = PAGE_SIZE,
                          offset: Offset = 0, lang: Lang = None):
        total, rows = await _stories(reader, limit=limit, offset=offset, sort=_order(sort, _blank(q)), text=_blank(q),
                                     date_from=_iso(date_from), date_to=_iso(date_to), outlet=_blank(outlet),
                                     source=_blank(source), lang=_blank(lang))
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    @app.get("/api/stories/{story_id}", response_model=models.StoryDetail, tags=["api"], responses=_errors(404, 503),
             summary="One story: articles, outlets, sources, statements, figures, findings, estimates")
    def api_story(story_id: StoryId):
        with reader.session() as s:
            try:
                detail = queries.story_detail(s, story_id)
            except KeyError:
                raise HTTPException(404, f"no story {story_id!r} in this store") from None
            detail["articles"] = data.story_outlets(s, story_id)
        return detail

    @app.get("/api/sources", response_model=models.SourcePage, tags=["api"], responses=_errors(503),
             summary="Sources whose name or an alias contains q")
    def api_sources(q: Text = None, limit: Limit = PAGE_SIZE, offset: Offset = 0):
        with reader.session() as s:
            total, rows = data.list_sources(s, search=_blank(q), limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    @app.get("/api/sources/{source_id}", response_model=models.SourceDetail, tags=["api"],
             responses=_errors(404, 503), summary="A source and a page of what it said and which figures it gave")
    def api_source(source_id: SourceId, limit: Limit = PAGE_SIZE, offset: Offset = 0):
        with reader.session() as s:
            record = data.source_record(s, source_id)
            if record is None:
                raise HTTPException(404, f"no source {source_id!r} in this store")
            st_total, statements = data.list_quotes(s, source_id=source_id, limit=limit, offset=offset)
            fig_total, figures = data.list_figures(s, source_id=source_id, limit=limit, offset=offset)
        page = {"limit": limit, "offset": offset}
        return {**record, "statements": {**page, "total": st_total, "items": statements},
                "figures": {**page, "total": fig_total, "items": figures}}

    @app.get("/api/quotes", response_model=models.QuotePage, tags=["api"], responses=_errors(503),
             summary="Statements, oldest first, by speaker (name, alias or as written), story and date")
    def api_quotes(speaker: Text = None, story: Text = None, since: dt.date | None = None, limit: Limit = PAGE_SIZE,
                   offset: Offset = 0, lang: Lang = None):
        with reader.session() as s:
            total, rows = data.list_quotes(s, speaker=_blank(speaker), story=_blank(story), since=_iso(since),
                                           lang=_blank(lang), limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    @app.get("/api/figures", response_model=models.FigurePage, tags=["api"], responses=_errors(503),
             summary="Figures, oldest first: the estimate series of a category and/or story")
    def api_figures(category: Category | None = None, story: Text = None, limit: Limit = PAGE_SIZE,
                    offset: Offset = 0, lang: Lang = None):
        with reader.session() as s:
            total, rows = data.list_figures(s, category=category, story=_blank(story), lang=_blank(lang), limit=limit,
                                            offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": rows}


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ERRORS[status]} for status in statuses}


# -- running it -----------------------------------------------------------------------------------------------------


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


_ENV = "NEWSLEDGER_SERVE"  # how serve() hands its options to worker processes, which build their own app


def app_from_env() -> Guard:
    """The app each worker process builds (serve() with workers > 1)."""
    options = json.loads(os.environ[_ENV])
    return create_app(options["db"], timeout=options["timeout"], allowed_hosts=options["allowed_hosts"],
                      cache_bytes=options["cache_bytes"])


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000, timeout: float = data.DEFAULT_TIMEOUT,
          workers: int = 1, cache_mb: int = DEFAULT_CACHE_MB, log_level: str = "info") -> None:
    """Run the app with uvicorn until interrupted. Loopback by default; on loopback only loopback Host headers
    are answered. Several workers are several processes, each with its own read-only connection and caches
    (`cache_mb` of whole responses each; 0: none)."""
    import uvicorn

    # Starlette's host check cannot parse bracketed IPv6 Host headers, so it guards IPv4 loopback and localhost.
    hosts = sorted({*LOOPBACK_HOSTS, host}) if is_loopback(host) and ":" not in host else None
    # Slow or idle clients are bounded too: headers within a deadline, and a cap on connections per address
    # (limits.py), so a pile of idle sockets cannot starve a worker.
    options = {"host": host, "port": port, "log_level": log_level, "server_header": False, "proxy_headers": False,
               "h11_max_incomplete_event_size": 16 * 1024, "http": LimitedH11Protocol}
    cache_bytes = max(0, cache_mb) * 2**20
    if workers <= 1:
        uvicorn.run(create_app(db, timeout=timeout, allowed_hosts=hosts, cache_bytes=cache_bytes), **options)
        return
    # A missing or locked store fails here, once, not in every worker.
    Reader(db, timeout=timeout, records_cache_bytes=0).close()
    os.environ[_ENV] = json.dumps({"db": str(db), "timeout": timeout, "allowed_hosts": hosts,
                                   "cache_bytes": cache_bytes})
    if sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT"):
        _serve_reuseport(workers, options)
    else:
        uvicorn.run("newsledger.serve.app:app_from_env", factory=True, workers=workers, **options)


# uvicorn's own workers share one listening socket, and whichever process wakes first accepts every connection
# waiting (asyncio accepts up to the backlog at once): clients that connect together, as a browser's or a load test's
# do, mostly land on one process while the others idle. On Linux each worker listens on its own SO_REUSEPORT socket
# instead, and the kernel spreads connections evenly across them.


def _reuseport_socket(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def _claim_port(host: str, port: int) -> socket.socket:
    """The port for the workers (a free one for port 0), held by a bound, never-listening SO_REUSEPORT socket.
    A plain bind first: it fails if anything listens there, even another SO_REUSEPORT server of this user, which
    would otherwise silently get half of the connections."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds: TIME_WAIT is no conflict
        try:
            probe.bind(address)
        except OSError as exc:
            raise SystemExit(f"error: cannot listen on {host}:{port}: {exc.strerror or exc}") from None
        port = probe.getsockname()[1]
    return _reuseport_socket(host, port)


def _reuseport_worker(env: str, options: dict[str, Any]) -> None:
    import uvicorn

    os.environ[_ENV] = env
    sock = _reuseport_socket(options["host"], options["port"])
    uvicorn.Server(uvicorn.Config(app_from_env(), **options)).run(sockets=[sock])


def _serve_reuseport(workers: int, options: dict[str, Any]) -> None:
    """`workers` processes, each with its own listening socket on the port, until interrupted (SIGINT or SIGTERM:
    each worker stops gracefully) or until one exits on its own (then all stop, with an error)."""
    import multiprocessing
    from multiprocessing.connection import wait

    holder = _claim_port(options["host"], options["port"])
    options = {**options, "port": holder.getsockname()[1]}
    spawn = multiprocessing.get_context("spawn")
    procs = [spawn.Process(target=_reuseport_worker, args=(os.environ[_ENV], options), name=f"newsledger-serve-{n}")
             for n in range(workers)]
    stopping = False

    def stop(*_: Any) -> None:
        nonlocal stopping
        stopping = True
        for proc in procs:
            if proc.pid is not None and proc.exitcode is None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(proc.pid, signal.SIGTERM)  # uvicorn's graceful stop

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        for proc in procs:
            proc.start()
        print(f"newsledger serve: {workers} worker processes on {options['host']}:{options['port']} "
              f"({', '.join(str(p.pid) for p in procs)})", file=sys.stderr, flush=True)
        wait([p.sentinel for p in procs])  # returns when the first one ends
        failed = not stopping
        stop()
        for proc in procs:
            proc.join(timeout=30)
            if proc.exitcode is None:
                proc.kill()
                proc.join()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        holder.close()
    if failed:
        codes = ", ".join(str(p.exitcode) for p in procs)
        raise SystemExit(f"error: a server process exited on its own (exit codes {codes}); all were stopped")
