"""Placeholder until story linking lands: every article is its own story."""

from __future__ import annotations

from newsledger.ledger import Article, Story, stable_id


class StoryIndex:
    def __init__(self) -> None:
        self._articles: dict[str, Article] = {}

    def add(self, articles: list[Article]) -> dict[str, str]:
        out = {}
        for art in articles:
            self._articles[art.id] = art
            out[art.id] = stable_id("story", art.id)
        return out

    def stories(self) -> list[Story]:
        return [Story(id=stable_id("story", a.id), label=a.title or a.text[:80], articles=[a.id],
                      start_date=a.date, end_date=a.date, outlets=[a.outlet] if a.outlet else [])
                for a in self._articles.values()]
