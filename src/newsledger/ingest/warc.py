"""WARC files (Common Crawl, CC-NEWS): each `response` record of an HTML page with status 200 becomes an article,
its text extracted by trafilatura like any HTML page (ingest/html.py).

Everything else in a crawl (request and metadata records, redirects, robots.txt, images) is skipped silently: it is
what a crawl is made of, not a fault. An HTML response that cannot become an article (no article text, an
oversized or undecodable payload) is a `Problem` naming the file and the record's number, as is a file that is
not a WARC at all.

The publication date is trafilatura's (htmldate) when the page states one, else the day of the crawl (WARC-Date),
which for a news crawl is within a day or two of publication.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import IO

from newsledger.ingest.budget import ArticleTimeout, TimeBudget, time_limit
from newsledger.ingest.decode import UnreadableInput, decode_bytes
from newsledger.ingest.html import extract_html
from newsledger.ingest.identity import normalise_date, outlet_from_url
from newsledger.ledger import Article, Problem

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def _charset(content_type: str) -> str | None:
    m = _CHARSET.search(content_type or "")
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1)).name
    except LookupError:
        return None


def _decode(payload: bytes, content_type: str) -> str:
    charset = _charset(content_type)
    if charset:
        try:
            return payload.decode(charset)
        except UnicodeDecodeError:
            pass  # a wrong header is common; fall back to detection
    return decode_bytes(payload).text


def is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = (record.http_headers.get_statuscode() or "").strip()
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status == "200" and any(t in content_type for t in HTML_TYPES)


def article_from_warc_record(record, *, source: str, max_bytes: int, budget: TimeBudget = TimeBudget()) -> Article:
    """The article in one WARC response record (raises UnreadableInput or ArticleTimeout with the reason)."""
    from newsledger.ingest import article_from_text  # the package imports this module

    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        raise UnreadableInput(f"payload over the limit of {max_bytes:,} bytes (--max-bytes)")
    url = record.rec_headers.get_header("WARC-Target-URI")
    with time_limit(budget.seconds(len(payload)), "reading the HTML page"):
        page = extract_html(_decode(payload, record.http_headers.get_header("Content-Type") or ""), url=url)
    warc_date = record.rec_headers.get_header("WARC-Date")
    metadata = {k: v for k, v in (("warc_record_id", record.rec_headers.get_header("WARC-Record-ID")),
                                  ("warc_date", warc_date), ("site_name", page.site)) if v}
    return article_from_text(page.text, path=source, url=page.url or url,
                             outlet=outlet_from_url(page.url or url) or page.site, title=page.title,
                             date=page.date or normalise_date((warc_date or "")[:10]), metadata=metadata)


def iter_warc(stream: IO[bytes], *, source: str, max_bytes: int = 20_000_000, budget: TimeBudget = TimeBudget()
              ) -> Iterator[Article | Problem]:
    """Articles (and problems) from an open WARC stream, gzipped per record or not; `source` names it in
    problems and in each article's `path` (`FILE#N`, N the record's number from 1)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(stream):
            if record.format != "warc":  # warcio reads any line of five words as an (old) ARC header
                break
            number += 1
            if not is_html_response(record):
                continue
            where = f"{source}#{number}"
            try:
                yield article_from_warc_record(record, source=where, max_bytes=max_bytes, budget=budget)
            except (UnreadableInput, ArticleTimeout) as exc:
                yield Problem(path=source, line=number, reason=str(exc))
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        # A corrupt file: what was read before stays, the rest is reported. (A file cut short mid-record is not
        # an error to warcio: the records before the cut are read whole and the last one as far as it goes.)
        yield Problem(path=source, line=number + 1 if number else None,
                      reason=f"damaged WARC: {' '.join(str(exc).split())[:200]}")
        return
    if number == 0:
        yield Problem(path=source, reason="not a WARC file (no WARC records found)")
