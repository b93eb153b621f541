"""HTML pages: main text, title, date and site name via trafilatura (which uses htmldate for the date)."""

from __future__ import annotations

from dataclasses import dataclass

from newsledger.ingest.decode import UnreadableInput
from newsledger.ingest.identity import normalise_date


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None
    date: str | None
    site: str | None
    url: str | None


def extract_html(html: str, url: str | None = None) -> HtmlArticle:
    import trafilatura  # heavy; only HTML input pays for it

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except Exception as exc:  # trafilatura raises a variety of lxml errors on broken markup
        raise UnreadableInput(f"HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    text = (doc.text if doc is not None else "") or ""
    if not text.strip():
        raise UnreadableInput("HTML page has no article text")
    return HtmlArticle(
        text=text,
        title=doc.title or None,
        date=normalise_date(doc.date),
        site=doc.sitename or doc.hostname or None,
        url=doc.url or url,
    )
