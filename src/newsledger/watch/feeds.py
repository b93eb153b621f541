"""What a watched source lists: RSS/Atom (feedparser), JSON Feed, and news sitemaps, as `Entry` records.

The body has already passed the fetcher's size cap; here the entry count is bounded too, counted cheaply on the
raw bytes before any parser runs (a 100,000-item feed is refused in milliseconds, not parsed for seconds), and XML
that declares entities is refused outright (entity expansion is the classic XML bomb).
"""

from __future__ import annotations

import io
import json
import re
import time
import warnings
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from newsledger.ingest.identity import normalise_date

# Content types that are never a feed or a sitemap, whatever the body looks like.
NOT_FEEDS = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip", "application/octet-stream",
             "application/x-tar", "application/vnd.")
_TAG = re.compile(rb"<\s*(?:[A-Za-z_][\w.-]*:)?(item|entry|url|sitemap)[\s>/]")


class FeedError(Exception):
    """The body is not a usable feed or sitemap; the message says why."""


@dataclass(frozen=True)
class Entry:
    url: str
    stamp: str | None  # the source's own updated/published value, compared as given
    title: str | None = None
    published: str | None = None  # ISO date when the source gives one


def parse_source(body: bytes, content_type: str, url: str, *, max_entries: int = 1000) -> tuple[str, list[Entry]]:
    """(kind, entries) of a fetched source: kind is 'rss'/'atom'/... (feedparser's version), 'json' or 'sitemap'."""
    if any(content_type.startswith(t) for t in NOT_FEEDS):
        raise FeedError(f"content type {content_type!r} is not a feed or sitemap")
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head:
        raise FeedError("empty body")
    if head.startswith(b"{") or content_type in ("application/feed+json", "application/json"):
        return "json", _json_feed(body, url, max_entries)
    if content_type == "text/html" or head.startswith((b"<!doctype html", b"<html")):
        raise FeedError("an HTML page, not a feed or sitemap (give the page's feed URL, or `ingest URL` for one "
                        "article)")
    if b"<!entity" in body[:65536].lower():
        raise FeedError("XML declares entities; refused (entity expansion can exhaust memory)")
    counts: dict[bytes, int] = {}
    for m in _TAG.finditer(body):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    listed = max(counts.values(), default=0)
    if listed > max_entries:
        raise FeedError(f"lists {listed:,} entries, over the limit of {max_entries:,} (--max-entries)")
    if re.search(rb"<\s*(?:[\w.-]+:)?sitemapindex[\s>]", body[:65536]):
        raise FeedError("a sitemap index: watch the sitemaps it lists instead")
    if re.search(rb"<\s*(?:[\w.-]+:)?urlset[\s>]", body[:65536]):
        return "sitemap", _sitemap(body, url)
    return _feed(body, content_type, url)


def _entry_url(base: str, link: object) -> str | None:
    if not isinstance(link, str) or not link.strip():
        return None
    absolute = urljoin(base, link.strip())
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


def _unique(entries: list[Entry]) -> list[Entry]:
    seen: set[str] = set()
    out = []
    for e in entries:
        if e.url not in seen:
            seen.add(e.url)
            out.append(e)
    return out


def _feed(body: bytes, content_type: str, url: str) -> tuple[str, list[Entry]]:
    import feedparser

    # A file object, never a string: feedparser fetches a string that looks like a URL by itself.
    parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-type": content_type or "application/xml",
                                                                   "content-location": url})
    entries = []
    for item in parsed.entries:
        link = _entry_url(url, item.get("link"))
        if link is None:
            continue
        with warnings.catch_warnings():  # feedparser warns that "updated" falls back to "published": we want that
            warnings.simplefilter("ignore", DeprecationWarning)
            when = item.get("updated_parsed") or item.get("published_parsed")
            stamp = item.get("updated") or item.get("published")
        published = time.strftime("%Y-%m-%d", when) if when else None
        entries.append(Entry(url=link, stamp=stamp, title=item.get("title") or None, published=published))
    if not entries:
        if parsed.get("bozo"):
            raise FeedError(f"not a readable feed: {parsed.get('bozo_exception')}")
        if not parsed.get("version"):
            raise FeedError("not a feed or sitemap (no RSS, Atom or sitemap elements)")
    return parsed.get("version") or "feed", _unique(entries)


def _json_feed(body: bytes, url: str, max_entries: int) -> list[Entry]:
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FeedError(f"invalid JSON: {exc}") from None
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise FeedError("JSON, but not a JSON Feed (no jsonfeed.org version)")
    items = doc.get("items")
    if not isinstance(items, list):
        raise FeedError("JSON Feed without an items list")
    if len(items) > max_entries:
        raise FeedError(f"lists {len(items):,} entries, over the limit of {max_entries:,} (--max-entries)")
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = _entry_url(url, item.get("url") or item.get("external_url"))
        if link is None:
            continue
        stamp = item.get("date_modified") or item.get("date_published")
        entries.append(Entry(url=link, stamp=str(stamp) if stamp else None,
                             title=str(item["title"]) if item.get("title") else None,
                             published=normalise_date(item.get("date_published"))))
    return _unique(entries)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _sitemap(body: bytes, url: str) -> list[Entry]:
    entries = []
    try:
        for _event, elem in ET.iterparse(io.BytesIO(body), events=("end",)):
            if _local(elem.tag) != "url":
                continue
            fields: dict[str, str] = {}
            for child in elem.iter():
                name = _local(child.tag)
                if name in ("loc", "lastmod", "publication_date", "title") and child.text and name not in fields:
                    fields[name] = child.text.strip()
            elem.clear()
            link = _entry_url(url, fields.get("loc"))
            if link is None:
                continue
            stamp = fields.get("lastmod") or fields.get("publication_date")
            entries.append(Entry(url=link, stamp=stamp, title=fields.get("title"),
                                 published=normalise_date(fields.get("publication_date") or fields.get("lastmod"))))
    except ET.ParseError as exc:
        raise FeedError(f"invalid sitemap XML: {exc}") from None
    return _unique(entries)
