"""Hand-made per-article extractions for the cross-outlet tests: records with correct offsets, built from text.

Until extraction lands the cross-outlet stages are tested on these; every span is found in the article text, so
`check_offsets` holds for every ledger built from them.
"""

from __future__ import annotations

from newsledger.compare import estimate_all, find_all
from newsledger.ledger import (
    Article,
    ArticleExtraction,
    Figure,
    Finding,
    Ledger,
    Mention,
    Source,
    Statement,
    Story,
    stable_id,
)
from newsledger.link.align import align
from newsledger.link.sources import merge_sources


class Outlet:
    """One article as extraction would hand it over: per-article sources, statements, figures."""

    def __init__(self, outlet: str | None, date: str | None, text: str, path: str | None = None) -> None:
        self.article = Article(id=stable_id("art", outlet, date, text), outlet=outlet, date=date, text=text,
                               path=path)
        self.sources: dict[str, Source] = {}
        self.statements: list[Statement] = []
        self.figures: list[Figure] = []
        self.findings: list[Finding] = []

    def _span(self, text: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = self.article.text.index(text, start + 1)
        return start, start + len(text)

    def source(self, name: str, kind: str = "person", aliases: tuple[str, ...] = (),
               descriptions: tuple[str, ...] = (), mention: str | None = None) -> str:
        sid = stable_id("s", self.article.id, name)
        start, end = self._span(mention or name)
        self.sources[name] = Source(
            id=sid, name=name, aliases=sorted({name, *aliases}), descriptions=list(descriptions), kind=kind,
            mentions=[Mention(article=self.article.id, start=start, end=end, text=mention or name)],
        )
        return sid

    def say(self, text: str, speaker: str | None, kind: str = "direct", said_on: str | None = None,
            nth: int = 0) -> str:
        start, end = self._span(text, nth)
        sid = stable_id("st", self.article.id, start, end)
        src = self.sources[speaker].id if speaker else None
        self.statements.append(Statement(id=sid, article=self.article.id, kind=kind, start=start, end=end,
                                         text=text, source=src, said_on=said_on))
        return sid

    def figure(self, text: str, value: float | None, category: str, speaker: str | None = None,
               qualifier: str | None = None, counted: str | None = None, scope: str | None = None,
               statement: str | None = None, relayed_from: str | None = None, nth: int = 0) -> str:
        start, end = self._span(text, nth)
        fid = stable_id("fig", self.article.id, start, end)
        self.figures.append(Figure(
            id=fid, article=self.article.id, value=value, qualifier=qualifier, counted=counted, category=category,
            scope=scope, start=start, end=end, text=text, source=self.sources[speaker].id if speaker else None,
            statement=statement, relayed_from=self.sources[relayed_from].id if relayed_from else None,
        ))
        return fid

    def editorial(self, summary: str) -> str:
        fid = stable_id("fnd", "editorial", self.article.id, summary)
        self.findings.append(Finding(id=fid, kind="editorial", summary=summary, evidence=[self.article.id]))
        return fid

    def extraction(self) -> ArticleExtraction:
        return ArticleExtraction(article=self.article, sources=sorted(self.sources.values(), key=lambda s: s.id),
                                 statements=self.statements, figures=self.figures, findings=self.findings)


def story_of(*outlets: Outlet, label: str = "story") -> Story:
    ids = sorted(o.article.id for o in outlets)
    dates = sorted(o.article.date for o in outlets if o.article.date)
    return Story(id=stable_id("story", *ids), label=label, articles=ids, start_date=dates[0] if dates else None,
                 end_date=dates[-1] if dates else None, outlets=sorted({o.article.outlet for o in outlets if o.article.outlet}))


def build(*groups: list[Outlet]) -> Ledger:
    """The ledger build_ledger would make if story linking grouped the articles as `groups`."""
    extractions = sorted((o.extraction() for g in groups for o in g), key=lambda x: x.article.id)
    stories = [story_of(*g) for g in groups]
    merged = merge_sources(extractions, stories)
    alignments = align(merged.articles, merged.statements, merged.figures, merged.sources, stories)
    draft = Ledger(articles=merged.articles, sources=merged.sources, statements=merged.statements,
                   figures=merged.figures, stories=stories, alignments=alignments, findings=merged.findings)
    findings = sorted(draft.findings + find_all(draft), key=lambda f: f.id)
    return draft.model_copy(update={"findings": findings, "estimates": estimate_all(draft)})
