"""One story's records, indexed: what every finder takes, so the store can recompute one story at a time."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsledger.compare.labels import outlet_label, source_label
from newsledger.ledger import Alignment, Article, Figure, Finding, Source, Statement, stable_id
from newsledger.link.sources import PRONOUNS


@dataclass(frozen=True)
class StoryView:
    story: str
    articles: dict[str, Article]
    sources: dict[str, Source]
    statements: dict[str, Statement]
    figures: dict[str, Figure]
    alignments: list[Alignment] = field(default_factory=list)

    def outlet(self, article_id: str) -> str:
        art = self.articles.get(article_id)
        return outlet_label(art) if art is not None else article_id

    def outlet_key(self, article_id: str) -> str:
        """Articles of one outlet count once when asking how many outlets carry a claim."""
        art = self.articles.get(article_id)
        return art.outlet if art is not None and art.outlet else article_id

    def speaker(self, source_id: str | None) -> str | None:
        return source_label(self.sources.get(source_id)) if source_id else None

    def unresolved(self, source_id: str | None) -> bool:
        """A source extraction could not name ("he" left unresolved): no basis for saying who said what."""
        src = self.sources.get(source_id) if source_id else None
        return src is not None and src.name.strip().lower() in PRONOUNS

    def date(self, article_id: str) -> str | None:
        art = self.articles.get(article_id)
        return art.date if art is not None else None

    def finding(self, kind: str, summary: str, evidence: list[str]) -> Finding:
        evidence = sorted(set(evidence))
        return Finding(id=stable_id("fnd", kind, self.story, *evidence), kind=kind, summary=summary,
                       evidence=evidence, story=self.story)
