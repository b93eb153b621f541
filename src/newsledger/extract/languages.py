"""Which articles the extractors can read, by language (lexicons/analysed_languages.txt)."""

from __future__ import annotations

from newsledger.extract.lexicon import words
from newsledger.ledger import Article, ArticleExtraction


def analysable(article: Article) -> bool:
    return article.lang is None or article.lang in words("analysed_languages.txt")


def not_analysed(article: Article) -> ArticleExtraction:
    """The honest result for a language the extractors do not read: the article, marked, and nothing invented
    from it (English rules over German text find quotes with the wrong speakers and numbers with no qualifier)."""
    return ArticleExtraction(article=article.model_copy(update={"analysed": False}))
