"""WARC input: crawl files written here with warcio's own writer (own articles, nothing copied), read through the
same path discovery as every other input."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsledger import api
from newsledger.ingest.warc import iter_warc
from newsledger.ledger import Article, Problem, check_offsets

CRAWL_DAY = "2024-04-09T06:12:44Z"  # htmldate refuses dates after today


def _page(title: str, paragraphs: list[str], date: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title>{meta}</head><body><nav><a href='/'>Home</a> <a href='/x'>Sport</a>"
            f"</nav><article><h1>{title}</h1>{body}</article><footer>Copyright Example Media</footer></body></html>")


# Own articles: two outlets on one (invented) harbour fire, with quotes and figures.
PAGES = [
    ("https://www.harbourtimes.example/news/fire-at-pier-nine", "Fire at Pier Nine injures 14 dock workers", [
        "A fire broke out at Pier Nine on Tuesday night and injured 14 dock workers, the port authority said.",
        "\u201cWe evacuated the whole terminal within twenty minutes,\u201d said fire chief Mara Olsen, who led the "
        "response. \u201cNobody is missing.\u201d",
        "The authority said about 300 containers were inspected overnight and at least 40 were damaged.",
        "Olsen told reporters that the cause was still under investigation and that the pier would stay closed "
        "until Friday.",
    ], "2024-04-08"),
    ("https://coastpost.example/news/pier-fire", "Pier Nine blaze: 15 hurt, chief says terminal was cleared", [
        "Fifteen people were hurt in a blaze at Pier Nine, officials said on Wednesday.",
        "Fire chief Mara Olsen said crews had cleared the terminal within twenty minutes. \u201cNobody is "
        "missing,\u201d she said.",
        "According to the port authority, nearly 300 containers were checked and more than 40 were damaged.",
        "Dock worker Sam Reyes said he heard two explosions before the alarm sounded.",
    ], None),
]


def _http(status: str, content_type: str) -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")


def write_warc(path: Path, pages=PAGES, *, gzipped: bool = True, extras: bool = True) -> Path:
    """A crawl file as Common Crawl writes one: a request before each response, and (with `extras`) the records a
    crawl also holds that are not articles: a 404 page, an image, a page without article text, a metadata record."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)

        def response(url: str, status: str, ctype: str, payload: bytes) -> None:
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), http_headers=_http(status, ctype),
                warc_headers_dict={"WARC-Date": CRAWL_DAY}))

        for url, title, paragraphs, date in pages:
            response(url, "200 OK", "text/html; charset=utf-8", _page(title, paragraphs, date).encode("utf-8"))
        if extras:
            response("https://coastpost.example/missing", "404 Not Found", "text/html", _page("Not found", [
                "This page does not exist any more, sorry about that, please try the search box instead."]).encode())
            response("https://coastpost.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))
            response("https://coastpost.example/", "200 OK", "text/html", b"<html><body><img src='/a.png'></body></html>")
            writer.write_record(writer.create_warc_record("https://coastpost.example/", "metadata",
                                                          payload=io.BytesIO(b"fetchTimeMs: 120\r\n")))
    return path


def _split(items):
    items = list(items)
    arts = [x for x in items if isinstance(x, Article)]
    return arts, [x for x in items if isinstance(x, Problem)]


@pytest.mark.parametrize("gzipped", [True, False])
def test_html_responses_become_articles(tmp_path, gzipped):
    path = write_warc(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"), gzipped=gzipped)
    articles, problems = api.read([path])
    assert [a.url for a in articles] == [p[0] for p in PAGES]
    first, second = articles
    assert "injured 14 dock workers" in first.text and "Home" not in first.text.split("\n")[0]
    assert first.outlet == "harbourtimes.example" and first.title.startswith("Fire at Pier Nine")
    assert first.date == "2024-04-08"  # the page's own date
    assert second.date == "2024-04-09"  # none on the page: the crawl day
    assert first.path.startswith(str(path) + "#") and first.metadata["warc_date"] == CRAWL_DAY
    # Of the non-article records only the HTML page without text is a problem; 404s, images, requests are not.
    assert len(problems) == 1 and "no article text" in problems[0].reason and problems[0].line is not None


def test_directories_find_warc_files(tmp_path):
    (tmp_path / "sub").mkdir()
    write_warc(tmp_path / "a.warc.gz", PAGES[:1], extras=False)
    write_warc(tmp_path / "sub" / "b.warc", PAGES[1:], gzipped=False, extras=False)
    articles, problems = api.read([tmp_path])
    assert len(articles) == 2 and not problems


def test_declared_charset_is_honoured(tmp_path):
    text = "Le maire a d\u00e9clar\u00e9 que le caf\u00e9 du port restera ferm\u00e9 jusqu'\u00e0 vendredi. " * 4
    path = tmp_path / "latin.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warc_record(
            "https://journal.example/cafe", "response",
            payload=io.BytesIO(_page("Caf\u00e9 ferm\u00e9", [text, text]).encode("latin-1")),
            http_headers=_http("200 OK", "text/html; charset=ISO-8859-1")))
    (article,), problems = api.read([path])
    assert "caf\u00e9 du port" in article.text and not problems


@pytest.mark.parametrize("gzipped", [True, False])
def test_file_cut_short_keeps_the_records_before_the_cut(tmp_path, gzipped):
    whole = write_warc(tmp_path / "whole.warc", gzipped=gzipped, extras=False).read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
    cut.write_bytes(whole[: len(whole) // 2 + 200])
    articles, _ = api.read([cut])
    assert [a.url for a in articles][:1] == [PAGES[0][0]]


@pytest.mark.parametrize("data", [gzip.compress(b"this is not a web archive\n" * 10),
                                  b"this is not a web archive\n" * 10, b""])
def test_not_a_warc(data):
    articles, problems = _split(iter_warc(io.BytesIO(data), source="bad.warc"))
    assert not articles and len(problems) == 1 and problems[0].path == "bad.warc"


def test_analyze_a_crawl(tmp_path, nlp):
    ledger = api.analyze([write_warc(tmp_path / "crawl.warc.gz")])
    assert len(ledger.articles) == 2 and ledger.statements and check_offsets(ledger) == []
    assert any("Olsen" in (s.speaker_text or "") for s in ledger.statements)
