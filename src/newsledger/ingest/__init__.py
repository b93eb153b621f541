"""ingest: files, directories, JSON Lines and HTML in; `Article`s (or `Problem`s saying what was wrong) out.

Nothing here raises for bad input: every unreadable file or line becomes a `Problem` naming the path, the line and
the reason, and reading goes on with the next one.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsledger.ingest.decode import UnreadableInput, clean_text, decode_bytes, maybe_gunzip
from newsledger.ingest.html import extract_html
from newsledger.ingest.identity import article_id, normalise_date, outlet_from_url
from newsledger.ingest.jsonl import KNOWN_KEYS, iter_records
from newsledger.ingest.text import split_date_prefix
from newsledger.ledger import Article, Problem

__all__ = ["IngestOptions", "read_paths", "article_from_text", "article_from_record", "discover"]

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}  # crawl archives (ingest/warc.py); .warc.gz is gzipped per record
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES


@dataclass(frozen=True)
class IngestOptions:
    # One article's text above this is refused with a message instead of exhausting memory (--max-bytes).
    max_bytes: int = 20_000_000
    # A JSON Lines file may be far larger than one article.
    max_file_bytes: int = 4_000_000_000


def _kind(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in TEXT_SUFFIXES:
        return "text"
    if last in HTML_SUFFIXES:
        return "html"
    if last in JSONL_SUFFIXES:
        return "jsonl"
    if last in WARC_SUFFIXES:
        return "warc"
    return None


def discover(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Problem]:
    """Expand directories (recursively, sorted, symlink loops cut) into files; report missing paths."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield Problem(path=str(path), reason="no such file or directory")
        elif path.is_dir():
            found = False
            for item in _walk(path, set()):
                found = True
                yield item
            if not found:
                yield Problem(path=str(path), reason="directory has no readable article files "
                              f"({', '.join(sorted(KNOWN_SUFFIXES))}, optionally .gz)")
        else:
            yield path


def _walk(directory: Path, seen: set[str]) -> Iterator[Path]:
    real = os.path.realpath(directory)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(directory.iterdir(), key=lambda p: p.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif entry.is_file() and _kind(entry) is not None:
            yield entry


def article_from_text(raw: str, *, path: str | None = None, url: str | None = None, outlet: str | None = None,
                      title: str | None = None, date: str | None = None, id: str | None = None,
                      metadata: dict | None = None) -> Article:
    """Build an Article from text in the file-format convention (optional ` date ` prefix)."""
    prefix_date, body = split_date_prefix(clean_text(raw))
    if not body.strip():
        raise UnreadableInput("empty article text")
    return Article(
        id=str(id) if id not in (None, "") else article_id(body),
        path=path,
        url=url,
        outlet=outlet or outlet_from_url(url),
        date=normalise_date(date) or prefix_date,
        title=title,
        text=body,
        metadata=metadata or {},
    )


def article_from_record(rec: dict, *, path: str | None = None) -> Article:
    metadata = {k: v for k, v in rec.items() if k not in KNOWN_KEYS}
    return article_from_text(
        rec["text"], path=path, url=rec.get("url"), outlet=rec.get("outlet"), title=rec.get("title"),
        date=rec.get("date"), id=rec.get("id"), metadata=metadata,
    )


def _read_file(path: Path, options: IngestOptions) -> Iterator[Article | Problem]:
    kind = _kind(path)
    if kind == "warc":  # streamed record by record: a crawl file is far larger than one article
        yield from _read_warc(path, options)
        return
    try:
        size = path.stat().st_size
        limit = options.max_file_bytes if kind == "jsonl" else options.max_bytes
        if size > limit:
            raise UnreadableInput(f"file is {size:,} bytes, over the limit of {limit:,} (--max-bytes)")
        data = maybe_gunzip(path.read_bytes(), limit)
        if not data.strip():
            raise UnreadableInput("empty file")
        decoded = decode_bytes(data)
        text = decoded.text
        if kind is None:  # named explicitly with an unknown suffix: sniff
            head = text.lstrip()[:1]
            kind = "html" if head == "<" else "jsonl" if head == "{" else "text"
        if kind == "jsonl":
            yield from _read_jsonl(path, text, options)
            return
        if kind == "html":
            page = extract_html(text)
            yield article_from_text(page.text, path=str(path), url=page.url, outlet=None if page.url else page.site,
                                    title=page.title, date=page.date,
                                    metadata={"site_name": page.site} if page.site else None)
            return
        yield article_from_text(text, path=str(path))
    except UnreadableInput as exc:
        yield Problem(path=str(path), reason=str(exc))
    except OSError as exc:
        yield Problem(path=str(path), reason=exc.strerror or str(exc))


def _read_warc(path: Path, options: IngestOptions) -> Iterator[Article | Problem]:
    from newsledger.ingest.warc import iter_warc

    try:
        with path.open("rb") as fh:
            yield from iter_warc(fh, source=str(path), max_bytes=options.max_bytes)
    except OSError as exc:
        yield Problem(path=str(path), reason=exc.strerror or str(exc))


def _read_jsonl(path: Path, text: str, options: IngestOptions) -> Iterator[Article | Problem]:
    for lineno, rec in iter_records(text):
        if isinstance(rec, UnreadableInput):
            yield Problem(path=str(path), line=lineno, reason=str(rec))
            continue
        if len(rec["text"].encode("utf-8", "surrogatepass")) > options.max_bytes:
            yield Problem(path=str(path), line=lineno, reason=f"text over the limit of {options.max_bytes:,} bytes")
            continue
        try:
            yield article_from_record(rec, path=f"{path}:{lineno}")
        except UnreadableInput as exc:
            yield Problem(path=str(path), line=lineno, reason=str(exc))


def unique_articles(articles: Iterable[Article]) -> tuple[list[Article], list[Problem]]:
    """One article per id, whatever the input order: of several with one id (texts equal up to whitespace give
    equal ids) the one with the smallest text stays. A reused id whose texts differ beyond whitespace is also a
    problem, so nothing is dropped silently."""
    by_id: dict[str, list[Article]] = {}
    for art in articles:
        by_id.setdefault(art.id, []).append(art)
    kept, problems = [], []
    for group in by_id.values():
        group.sort(key=lambda a: (a.text, a.path or "", a.url or ""))
        kept.append(group[0])
        for other in group[1:]:
            if article_id(other.text) != article_id(group[0].text):
                problems.append(Problem(path=other.path or other.id,
                                        reason=f"duplicate id {other.id!r} with a different text"))
    return kept, problems


def read_paths(paths: Iterable[str | os.PathLike[str]], options: IngestOptions | None = None
               ) -> Iterator[Article | Problem]:
    """Stream articles from paths. Exact duplicates (same id and text) are dropped; a reused id with a
    different text is a problem, so nothing is silently overwritten."""
    options = options or IngestOptions()
    seen: dict[str, str] = {}
    for item in discover(paths):
        if isinstance(item, Problem):
            yield item
            continue
        for art in _read_file(item, options):
            if isinstance(art, Article):
                prior = seen.get(art.id)
                if prior is not None:
                    if prior != article_id(art.text):
                        yield Problem(path=art.path or str(item), reason=f"duplicate id {art.id!r} with a different text")
                    continue
                seen[art.id] = article_id(art.text)
            yield art
