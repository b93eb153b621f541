"""Placeholder until cross-article source merging lands: concatenates per-article records."""

from __future__ import annotations

from dataclasses import dataclass

from newsledger.ledger import Article, ArticleExtraction, Figure, Finding, Source, Statement, Story


@dataclass(frozen=True)
class Merged:
    articles: list[Article]
    sources: list[Source]
    statements: list[Statement]
    figures: list[Figure]
    findings: list[Finding]


def merge_sources(extractions: list[ArticleExtraction], stories: list[Story]) -> Merged:
    return Merged(
        articles=[x.article for x in extractions],
        sources=[s for x in extractions for s in x.sources],
        statements=[s for x in extractions for s in x.statements],
        figures=[f for x in extractions for f in x.figures],
        findings=[f for x in extractions for f in x.findings],
    )
