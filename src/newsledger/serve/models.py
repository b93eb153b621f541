"""The JSON API's response models: they make the OpenAPI schema say exactly what each route returns."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Page(_Model):
    total: int = Field(description="How many match, over all pages")
    limit: int
    offset: int


class StorySummary(_Model):
    id: str
    label: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    articles: int = 0
    outlets: int = 0
    statements: int = 0
    figures: int = 0
    findings: int = 0
    match: str | None = Field(None, description="With a search: the best matching article's matching sentence")
    match_article: str | None = Field(None, description="With a search: the article `match` is from")


class StoryPage(Page):
    items: list[StorySummary]


class OutletCount(_Model):
    outlet: str
    articles: int
    first: str | None = None
    last: str | None = None


class StorySource(_Model):
    id: str
    name: str | None = None
    kind: str | None = None
    articles: int = 0


class ArticleRef(_Model):
    id: str
    outlet: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None


class Quote(_Model):
    id: str
    date: str | None = None
    outlet: str | None = None
    speaker: str | None = None
    kind: str | None = None
    text: str | None = None
    article: str
    story: str | None = None
    article_title: str | None = None
    story_label: str | None = None
    lang: str | None = None  # the article's language: the words above are as it wrote them


class FigureRow(_Model):
    id: str
    date: str | None = None
    outlet: str | None = None
    category: str | None = None
    qualifier: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    source: str | None = None
    text: str | None = None
    article: str
    story: str | None = None
    story_label: str | None = None
    lang: str | None = None


class FindingRow(_Model):
    id: str
    kind: str | None = None
    summary: str | None = None


class EstimateRow(_Model):
    id: str
    category: str | None = None
    counted: str | None = None
    span: str | None = None
    low: float | None = None
    best: float | None = None
    high: float | None = None
    points: int | None = None


class StoryDetail(_Model):
    id: str
    label: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    articles: list[ArticleRef]
    outlets: list[OutletCount]
    sources: list[StorySource]
    statements: list[Quote]
    figures: list[FigureRow]
    findings: list[FindingRow]
    estimates: list[EstimateRow]


class SourceSummary(_Model):
    id: str
    name: str | None = None
    kind: str | None = None
    stories: int = 0
    statements: int = 0


class SourcePage(Page):
    items: list[SourceSummary]


class SourceDetail(_Model):
    id: str
    name: str | None = None
    kind: str | None = None
    aliases: list[str] = Field(default_factory=list)
    descriptions: list[str] = Field(default_factory=list)
    statements: QuotePage
    figures: FigurePage


class QuotePage(Page):
    items: list[Quote]


class FigurePage(Page):
    items: list[FigureRow]


class Problem(_Model):
    detail: str


SourceDetail.model_rebuild()
