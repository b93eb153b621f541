"""extract: per article, no cross-article state. Article + parsed Doc in, `ArticleExtraction` out.

`attribution` finds statements and their sources (quotes, reported speech, speakers, editorial sentences);
`figures` finds numeric claims and hands each the source of the statement it sits in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsledger.extract.attribution import extract_attribution
from newsledger.extract.figure_sources import attribute_rest
from newsledger.extract.figures import extract_figures
from newsledger.extract.languages import analysable, not_analysed
from newsledger.extract.relays import chain_figures
from newsledger.extract.rules import extract_by_rules, read_by_rules
from newsledger.ingest.budget import ArticleTimeout, TimeBudget, time_limit
from newsledger.ledger import Article, ArticleExtraction, Figure, Problem, Source, stable_id

__all__ = ["extract_from_doc", "extract_articles"]


def extract_from_doc(article: Article, doc) -> ArticleExtraction:
    """Everything one article yields; `doc.text` must equal `article.text`."""
    found = extract_attribution(article, doc)
    figures = chain_figures(extract_figures(article, doc, found), found.statements)
    figures, sources = attribute_rest(article, figures, list(found.sources), found.statements)
    figures, sources = _outlet_asserts(article, figures, sources)
    return ArticleExtraction(article=article, sources=sources, statements=found.statements,
                             figures=figures, findings=found.findings)


def _by_rules(article: Article) -> ArticleExtraction:
    found = extract_by_rules(article)
    figures, sources = _outlet_asserts(article, found.figures, list(found.sources))
    return found.model_copy(update={"figures": figures, "sources": sources})


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


# An article longer than this is parsed on its own, under its own time budget; shorter ones share a batch (and its
# summed budget) for spaCy's speed, and are retried one by one only when the batch overruns.
SOLO_CHARS = 100_000


def _batches(articles: Iterable[Article], batch_size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    chars = 0
    for art in articles:
        if len(art.text) > SOLO_CHARS:
            if batch:
                yield batch
                batch, chars = [], 0
            yield [art]
            continue
        batch.append(art)
        chars += len(art.text)
        if len(batch) >= batch_size or chars > 2_000_000:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def extract_articles(articles: Iterable[Article], *, model: str | None = None, batch_size: int = 64,
                     selective: bool = True, budget: TimeBudget | None = TimeBudget(),
                     problems: list[Problem] | None = None) -> Iterator[ArticleExtraction]:
    """Extractions in input order. Each article gets `budget` (ingest/budget.py; None: no limit) for its parse and
    extraction; one past it is appended to `problems` and skipped, or, when no `problems` list is given, raises
    ArticleTimeout (the store's ingest then reports that article alone)."""
    from newsledger.nlp import load
    from newsledger.parse import parse_articles

    nlp = load(model)

    def run(batch: list[Article]) -> list[ArticleExtraction]:
        # languages read by rules (extract/rules/) skip the spaCy parse; English and unknown-language articles keep it
        readable = [article for article in batch if analysable(article) and not read_by_rules(article)]
        done = iter([extract_from_doc(article, doc) for article, doc in
                     parse_articles(readable, nlp, batch_size=batch_size, selective=selective)] if readable else [])
        return [_by_rules(article) if read_by_rules(article) else next(done) if analysable(article)
                else not_analysed(article) for article in batch]

    if budget is None:
        for batch in _batches(articles, batch_size):
            yield from run(batch)
        return
    for batch in _batches(articles, batch_size):
        what = f"article {batch[0].id}" if len(batch) == 1 else f"a batch of {len(batch)} articles"
        try:
            with time_limit(sum(budget.seconds(len(a.text)) for a in batch), f"analysing {what}"):
                done = run(batch)
        except ArticleTimeout as exc:
            if len(batch) > 1:  # find the slow one: each alone, under its own budget
                for article in batch:
                    yield from extract_articles([article], model=model, batch_size=batch_size,
                                                selective=selective, budget=budget, problems=problems)
                continue
            if problems is None:
                raise
            problems.append(Problem(path=batch[0].path or batch[0].id, reason=str(exc)))
            continue
        yield from done
