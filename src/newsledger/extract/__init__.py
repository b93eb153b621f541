"""extract: per article, no cross-article state. Article + parsed Doc in, `ArticleExtraction` out.

`attribution` finds statements and their sources (quotes, reported speech, speakers, editorial sentences);
`figures` finds numeric claims and hands each the source of the statement it sits in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsledger.extract.attribution import extract_attribution
from newsledger.extract.figures import extract_figures
from newsledger.ledger import Article, ArticleExtraction, Figure, Source, stable_id

__all__ = ["extract_from_doc", "extract_articles"]


def extract_from_doc(article: Article, doc) -> ArticleExtraction:
    """Everything one article yields; `doc.text` must equal `article.text`."""
    found = extract_attribution(article, doc)
    figures = extract_figures(article, doc, found)
    figures, sources = _outlet_asserts(article, figures, list(found.sources))
    return ArticleExtraction(article=article, sources=sources, statements=found.statements,
                             figures=figures, findings=found.findings)


def _outlet_asserts(article: Article, figures: list[Figure], sources: list[Source]
                    ) -> tuple[list[Figure], list[Source]]:
    """A figure in the writer's own sentence is the outlet's claim: give it the outlet as its source, so a reader
    (and attribution-drift findings) can tell "according to the police" from "the paper says"."""
    if all(f.source for f in figures):
        return figures, sources
    outlet = Source(id=stable_id("source", article.id, "outlet"), name=article.outlet or "the outlet itself",
                    kind="outlet")
    figures = [f if f.source else f.model_copy(update={"source": outlet.id}) for f in figures]
    return figures, [*sources, outlet]


def extract_articles(articles: Iterable[Article], *, model: str | None = None, batch_size: int = 64,
                     selective: bool = True) -> Iterator[ArticleExtraction]:
    from newsledger.nlp import load
    from newsledger.parse import parse_articles

    nlp = load(model)
    for article, doc in parse_articles(articles, nlp, batch_size=batch_size, selective=selective):
        yield extract_from_doc(article, doc)
