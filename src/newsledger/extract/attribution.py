"""Placeholder until the attribution extractor lands: finds nothing."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsledger.ledger import Article, Finding, Source, Statement


@dataclass(frozen=True)
class Attribution:
    sources: list[Source] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def extract_attribution(article: Article, doc) -> Attribution:
    return Attribution()
