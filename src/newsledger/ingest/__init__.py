"""ingest: files, directories, JSON Lines and HTML in; `Article`s (or `Problem`s saying what was wrong) out.

Nothing here raises for bad input: every unreadable file or line becomes a `Problem` naming the path, the line and
the reason, and reading goes on with the next one.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import stat
import warnings
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from newsledger.ingest.budget import DEFAULT_SECONDS_PER_100KB, ArticleTimeout, TimeBudget, time_limit
from newsledger.ingest.decode import (
    GZIP_MAGIC,
    UnreadableInput,
    clean_text,
    decode_bytes,
    looks_binary,
    repair_surrogates,
    visible,
)
from newsledger.ingest.files import open_regular, os_reason, shown, special_kind
from newsledger.ingest.html import extract_html
from newsledger.ingest.identity import article_id, normalise_date, outlet_from_url
from newsledger.ingest.jsonl import KNOWN_KEYS, FileCut, LineLimits, iter_lines, iter_records, parse_record
from newsledger.ingest.language import article_language
from newsledger.ingest.text import split_date_prefix
from newsledger.ledger import Article, Problem

__all__ = ["IngestOptions", "read_paths", "article_from_text", "article_from_record", "discover", "shown"]

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}  # crawl archives (ingest/warc.py); .warc.gz is gzipped per record
CSV_SUFFIXES = {".csv"}  # one article a row, the JSON Lines columns (ingest/csv_rows.py)
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES | CSV_SUFFIXES
# Past this many bad lines in one JSON Lines file the rest are counted, not listed: a file of a million broken
# lines would otherwise hold a million problems in memory.
MAX_LISTED_LINE_PROBLEMS = 100


@dataclass(frozen=True)
class IngestOptions:
    # One article above this is refused with a message instead of exhausting memory (--max-bytes): a text or HTML
    # file (decompressed), a JSON Lines line, a WARC record's payload.
    max_bytes: int = 20_000_000
    # Lines in one JSON Lines file (--max-lines); the rest of a longer file is reported, not read.
    max_lines: int = 1_000_000
    # One JSON Lines file, decompressed, may be far larger than one article.
    max_file_bytes: int = 4_000_000_000
    # Seconds per 100 kB of page for reading an HTML page (--article-timeout; ingest/budget.py).
    article_timeout: float = DEFAULT_SECONDS_PER_100KB
    # An article URL may point at loopback or private addresses (--allow-local; watch/guard.py refuses them).
    allow_local: bool = False

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_lines", "max_file_bytes"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a positive whole number, got {value!r}")
        TimeBudget(self.article_timeout)  # validates

    @property
    def budget(self) -> TimeBudget:
        return TimeBudget(self.article_timeout)

    @classmethod
    def given(cls, *, max_bytes: int | None = None, max_lines: int | None = None,
              article_timeout: float | None = None, allow_local: bool = False) -> IngestOptions:
        """The options a user gave (CLI or API): None means the default; anything else must be positive
        (ValueError), never silently the default."""
        chosen = {k: v for k, v in (("max_bytes", max_bytes), ("max_lines", max_lines),
                                    ("article_timeout", article_timeout)) if v is not None}
        return cls(**chosen, allow_local=allow_local)


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
    if last in CSV_SUFFIXES:
        return "csv"
    return None


def discover(paths: Iterable[str | bytes | os.PathLike[str]]) -> Iterator[Path | Problem | str]:
    """Expand directories (recursively, sorted, symlink loops cut) into files; report missing paths, symlink
    loops and anything that is not a regular file (a FIFO would block the run forever)."""
    for raw in paths:
        if isinstance(raw, str) and raw.lower().startswith(("http://", "https://")):
            yield raw  # an article URL: read_paths fetches it (watch/)
            continue
        path = Path(os.fsdecode(raw))
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            yield Problem(path=shown(path), reason=os_reason(path, exc))
            continue
        if stat.S_ISDIR(mode):
            found = False
            for item in _walk(path, set()):
                found = found or isinstance(item, Path)
                yield item
            if not found:
                yield Problem(path=shown(path), reason="directory has no readable article files "
                              f"({', '.join(sorted(KNOWN_SUFFIXES))}, optionally .gz)")
        elif stat.S_ISREG(mode):
            yield path
        else:
            yield Problem(path=shown(path), reason=f"{special_kind(mode)}, not a regular file; skipped")


def _walk(directory: Path, seen: set[str]) -> Iterator[Path | Problem]:
    """Article files under `directory`. Files of other kinds are not articles and are passed over; what cannot be
    read (a FIFO, a dangling link, a symlink loop, an unreadable directory) is a problem, so nothing is lost."""
    real = os.path.realpath(directory)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(directory.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield Problem(path=shown(directory), reason=f"cannot list directory: {os_reason(directory, exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            mode = entry.stat().st_mode
        except OSError as exc:
            yield Problem(path=shown(entry), reason=os_reason(entry, exc))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(entry, seen)
        elif not stat.S_ISREG(mode):
            yield Problem(path=shown(entry), reason=f"{special_kind(mode)}, not a regular file; skipped")
        elif _kind(entry) is not None:
            yield entry


def _clean_value(value: Any) -> Any:
    """Metadata as given, lone surrogates repaired in every string (keys included)."""
    if isinstance(value, str):
        return repair_surrogates(value)
    if isinstance(value, dict):
        return {_clean_value(k): _clean_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean_value(v) for v in value]
    return value


def _field(value: str | None) -> str | None:
    return None if value is None else repair_surrogates(value)


def article_from_text(raw: str, *, path: str | None = None, url: str | None = None, outlet: str | None = None,
                      title: str | None = None, date: str | None = None, id: str | None = None,
                      metadata: dict | None = None) -> Article:
    """Build an Article from text in the file-format convention (optional ` date ` prefix). Every string is made
    encodable (lone surrogates become U+FFFD), so no output or store can fail on an article."""
    prefix_date, body = split_date_prefix(clean_text(raw))
    if not visible(body).strip():
        raise UnreadableInput("empty article text" + (" (only invisible characters)" if body.strip() else ""))
    url = _field(url)
    return Article(
        id=_field(str(id)) if id not in (None, "") else article_id(body),
        path=_field(path),
        url=url,
        outlet=_field(outlet) or outlet_from_url(url),
        date=normalise_date(_field(date)) or prefix_date,
        title=_field(title),
        text=body,
        metadata=_clean_value(metadata or {}),
        lang=article_language(body, _field(title), (metadata or {}).get("lang")),
    )


def article_from_record(rec: dict, *, path: str | None = None) -> Article:
    metadata = {k: v for k, v in rec.items() if k not in KNOWN_KEYS}
    return article_from_text(
        rec["text"], path=path, url=rec.get("url"), outlet=rec.get("outlet"), title=rec.get("title"),
        date=rec.get("date"), id=rec.get("id"), metadata=metadata,
    )


def _decompressed(fh: BinaryIO) -> BinaryIO:
    """The file's bytes, gunzipped as they are read when it is gzip (by its magic number, whatever its name)."""
    return gzip.GzipFile(fileobj=fh, mode="rb") if fh.peek(2)[:2] == GZIP_MAGIC else fh


def _read_file(path: Path, options: IngestOptions) -> Iterator[Article | Problem]:
    where = shown(path)
    kind = _kind(path)
    try:
        with open_regular(path) as fh:
            if kind == "warc":  # streamed record by record: a crawl file is far larger than one article
                from newsledger.ingest.warc import iter_warc

                yield from iter_warc(fh, source=where, max_bytes=options.max_bytes, budget=options.budget)
                return
            stream = _decompressed(fh)
            if kind == "jsonl":
                yield from _read_jsonl(where, _streamed_records(stream, where, options))
                return
            if kind == "csv":  # streamed too; a header without a `text` column refuses the whole file
                from newsledger.ingest.csv_rows import iter_csv_records

                rows = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
                yield from _read_jsonl(where, iter_csv_records(rows, max_bytes=options.max_bytes))
                return
            size = os.fstat(fh.fileno()).st_size
            if size > options.max_bytes:
                raise UnreadableInput(f"file is {size:,} bytes, over the limit of {options.max_bytes:,} (--max-bytes)")
            data = stream.read(options.max_bytes + 1)
            if len(data) > options.max_bytes:
                raise UnreadableInput(f"decompressed size exceeds the limit of {options.max_bytes:,} bytes (--max-bytes)")
        if not data.strip():
            raise UnreadableInput("empty file")
        text = decode_bytes(data).text
        if kind is None:  # named explicitly with an unknown suffix: sniff
            head = text.lstrip()[:1]
            kind = "html" if head == "<" else "jsonl" if head == "{" else "text"
        if kind == "jsonl":
            yield from _read_jsonl(where, iter_records(text))
            return
        if kind == "html":
            with time_limit(options.budget.seconds(len(data)), "reading the HTML page"):
                page = extract_html(text)
            yield article_from_text(page.text, path=where, url=page.url, outlet=None if page.url else page.site,
                                    title=page.title, date=page.date,
                                    metadata={"site_name": page.site} if page.site else None)
            return
        yield article_from_text(text, path=where)
    except (UnreadableInput, ArticleTimeout) as exc:
        yield Problem(path=where, reason=str(exc))
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield Problem(path=where, reason=f"corrupt gzip data ({exc})")
    except UnicodeDecodeError as exc:
        yield Problem(path=where, reason=f"invalid {exc.encoding} ({exc.reason})")
    except OSError as exc:
        yield Problem(path=where, reason=os_reason(path, exc))


def _streamed_records(stream: BinaryIO, where: str, options: IngestOptions
                      ) -> Iterator[tuple[int, dict | UnreadableInput]]:
    """(line number, record or reason) from a JSON Lines stream, one line in memory at a time (jsonl.py)."""
    head = stream.peek(8192)[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        lines = io.TextIOWrapper(stream, encoding="utf-16")

        def readline(size: int) -> bytes:
            return lines.readline(size).encode("utf-8")
    elif looks_binary(head):
        raise UnreadableInput("binary file, not text")
    else:
        readline = stream.readline
    limits = LineLimits(options.max_bytes, options.max_lines, options.max_file_bytes)
    fallback = None
    for lineno, line in iter_lines(readline, limits):
        if isinstance(line, UnreadableInput):
            yield lineno, line
            continue
        if lineno == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            try:
                text, encoding = line.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, encoding = line.decode("latin-1"), "latin-1"
            if fallback is None:  # once a file: the reader needs to know, not a line-by-line list
                fallback = encoding
                warnings.warn(f"{where}: line {lineno} is not valid UTF-8 (byte {exc.start}); decoded as {encoding}",
                              stacklevel=2)
        yield lineno, parse_record(text)


def _read_jsonl(where: str, records: Iterable[tuple[int, dict | UnreadableInput]]) -> Iterator[Article | Problem]:
    listed = unlisted = 0
    unlisted_errors = False
    any_line = False
    for lineno, rec in records:
        any_line = True
        if isinstance(rec, FileCut):
            yield Problem(path=where, line=lineno, reason=str(rec))
            continue
        if isinstance(rec, UnreadableInput):
            problem = Problem(path=where, line=lineno, reason=str(rec))
        elif isinstance(rec.get("text"), str) and not rec["text"].strip():
            # an empty record is a gap in an export, not a broken input: skipped and said so, not a failure
            problem = Problem(path=where, line=lineno, reason="empty article text: skipped", level="warning")
        else:
            try:
                yield article_from_record(rec, path=f"{where}:{lineno}")
                continue
            except UnreadableInput as exc:
                problem = Problem(path=where, line=lineno, reason=str(exc))
        if listed < MAX_LISTED_LINE_PROBLEMS:
            listed += 1
            yield problem
        else:
            unlisted += 1
            unlisted_errors = unlisted_errors or problem.level != "warning"
    if unlisted:
        yield Problem(path=where, reason=f"{unlisted:,} more lines with problems, not listed one by one (the first "
                                         f"{MAX_LISTED_LINE_PROBLEMS} are)",
                      level="error" if unlisted_errors else "warning")
    if not any_line:
        yield Problem(path=where, reason="empty file")


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


def _read_url(url: str, options: IngestOptions) -> Iterator[Article | Problem]:
    """One article page, fetched politely and safely by watch/ (robots.txt, size cap, no private addresses)."""
    from newsledger.watch import read_url  # watch/ comes before ingest/ and imports it

    yield read_url(url, allow_local=options.allow_local, max_bytes=options.max_bytes)


def read_paths(paths: Iterable[str | bytes | os.PathLike[str]], options: IngestOptions | None = None
               ) -> Iterator[Article | Problem]:
    """Stream articles from paths. Exact duplicates (same id and text) are dropped; a reused id with a
    different text is a problem, so nothing is silently overwritten."""
    options = options or IngestOptions()
    seen: dict[str, str] = {}
    for item in discover(paths):
        if isinstance(item, Problem):
            yield item
            continue
        for art in _read_url(item, options) if isinstance(item, str) else _read_file(item, options):
            if isinstance(art, Article):
                prior = seen.get(art.id)
                if prior is not None:
                    if prior != article_id(art.text):
                        yield Problem(path=art.path or shown(item), reason=f"duplicate id {art.id!r} with a different text")
                    continue
                seen[art.id] = article_id(art.text)
            yield art
