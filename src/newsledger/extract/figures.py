"""Placeholder until the figures extractor lands: finds nothing."""

from __future__ import annotations

from newsledger.ledger import Article, Figure


def extract_figures(article: Article, doc, attribution) -> list[Figure]:
    return []
