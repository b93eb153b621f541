"""The ledger: the one data model every stage takes and returns.

Every claim carries its article id and ``start``/``end`` character offsets into that article's ``text`` with
``article.text[start:end] == text``; ``check_offsets`` enforces that and the tests run it everywhere.

Ids are content hashes, never counters, so the same input gives the same ids whatever order files arrive in and
whichever machine (or Spark executor) computed them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

LEDGER_VERSION = "1.0"

SourceKind = Literal[
    "person", "organisation", "government", "intelligence", "media", "anonymous", "outlet", "unknown"
]
StatementKind = Literal["direct", "partial", "indirect"]
Qualifier = Literal[
    "more than", "at least", "about", "nearly", "up to", "fewer than", "several", "exactly"
]
Category = Literal[
    "killed", "wounded", "killed_or_wounded", "missing", "captured", "deployed", "displaced", "arrested",
    "money", "other",
]
AlignmentRelation = Literal["identical", "variant", "partial", "translation", "paraphrase", "same_quantity"]
FindingKind = Literal[
    "discrepancy", "qualifier_drift", "category_drift", "attribution_drift", "omission", "editorial"
]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def stable_id(prefix: str, *parts: object) -> str:
    """A short deterministic id from the parts that identify a record."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}-{digest}"


class Span(_Record):
    """One contiguous piece of an article: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str


class Mention(_Record):
    """One place where a source is named or referred to (name, pronoun, role noun)."""

    article: str
    start: int
    end: int
    text: str


class Article(_Record):
    id: str
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = Field(None, description="Publication date, ISO 'YYYY-MM-DD' or 'YYYY-MM' when partial")
    title: str | None = None
    text: str = Field(description="The body every offset in the ledger refers to")
    metadata: dict[str, Any] = Field(default_factory=dict)
    version_of: str | None = Field(None, description="Id of the earlier version of this article (same URL)")


class Source(_Record):
    id: str
    name: str = Field(description="Canonical name: the fullest well-formed variant seen")
    aliases: list[str] = Field(default_factory=list, description="Every form as written")
    descriptions: list[str] = Field(default_factory=list, description="Titles and roles, e.g. 'White House spokesperson'")
    kind: SourceKind = "unknown"
    mentions: list[Mention] = Field(default_factory=list)


class Statement(_Record):
    id: str
    article: str
    kind: StatementKind
    start: int
    end: int
    text: str
    parts: list[Span] = Field(default_factory=list, description="Discontinuous pieces of the content, in order")
    source: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    said_on: str | None = Field(None, description="ISO date the words were said, when the text allows it")
    relayed_from: str | None = Field(
        None, description="Source id whose claim this statement relays (nested attribution)"
    )


class Figure(_Record):
    id: str
    article: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier | None = None
    unit: str | None = None
    counted: str | None = None
    category: Category = "other"
    scope: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    start: int
    end: int
    text: str
    source: str | None = None
    statement: str | None = None
    relayed_from: str | None = None


class Story(_Record):
    id: str
    label: str
    articles: list[str]
    start_date: str | None = None
    end_date: str | None = None
    outlets: list[str] = Field(default_factory=list)


class AlignedPair(_Record):
    a: str
    b: str
    relation: AlignmentRelation
    score: float


class Alignment(_Record):
    id: str
    kind: Literal["statement", "figure"]
    story: str | None = None
    members: list[str]
    relation: AlignmentRelation = Field(description="The loosest relation among the pairs")
    pairs: list[AlignedPair] = Field(default_factory=list)
    first: str | None = Field(None, description="Member published first")


class Finding(_Record):
    id: str
    kind: FindingKind
    summary: str
    evidence: list[str]
    story: str | None = None


class EstimatePoint(_Record):
    """One source's estimate of a quantity on one date (a row of the casualty-figure timeline)."""

    date: str | None = None
    source: str | None = None
    figure: str
    article: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier | None = None


class Estimate(_Record):
    """The estimates over time of one quantity (one figure alignment) and a reconciled low/best/high."""

    id: str
    story: str | None = None
    alignment: str
    category: Category = "other"
    counted: str | None = None
    span: str = Field(description="'total' for a running total, else the period counted ('week', '3 day')")
    points: list[EstimatePoint] = Field(default_factory=list)
    low: float | None = None
    best: float | None = None
    high: float | None = None


class Problem(_Record):
    """An input that could not be read or analysed, reported instead of raised."""

    path: str
    line: int | None = None
    reason: str


class ArticleExtraction(_Record):
    """Everything extract/ produces for one article, without looking at any other article."""

    article: Article
    sources: list[Source] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)


class Ledger(_Record):
    version: str = LEDGER_VERSION
    articles: list[Article] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    stories: list[Story] = Field(default_factory=list)
    alignments: list[Alignment] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)
    estimates: list[Estimate] = Field(default_factory=list, description="Estimates over time per quantity")

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.model_dump(mode="json"), indent=indent, ensure_ascii=False, sort_keys=False)

    @classmethod
    def from_json(cls, data: str) -> Ledger:
        return cls.model_validate_json(data)

    def article(self, article_id: str) -> Article:
        for art in self.articles:
            if art.id == article_id:
                return art
        raise KeyError(article_id)

    def source(self, source_id: str) -> Source:
        for src in self.sources:
            if src.id == source_id:
                return src
        raise KeyError(source_id)


def json_schema() -> dict[str, Any]:
    schema = Ledger.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "newsledger ledger"
    return schema


def iter_spans(ledger: Ledger) -> Iterable[tuple[str, int, int, str, str]]:
    """Every (article, start, end, expected text, what) the ledger claims."""
    for st in ledger.statements:
        yield st.article, st.start, st.end, st.text, f"statement {st.id}"
        for part in st.parts:
            yield st.article, part.start, part.end, part.text, f"statement part {st.id}"
        if st.speaker_start is not None and st.speaker_end is not None:
            yield st.article, st.speaker_start, st.speaker_end, st.speaker_text or "", f"speaker {st.id}"
        if st.cue_start is not None and st.cue_end is not None:
            yield st.article, st.cue_start, st.cue_end, st.cue or "", f"cue {st.id}"
    for fig in ledger.figures:
        yield fig.article, fig.start, fig.end, fig.text, f"figure {fig.id}"
    for src in ledger.sources:
        for m in src.mentions:
            yield m.article, m.start, m.end, m.text, f"mention of {src.id}"


def check_offsets(ledger: Ledger) -> list[str]:
    """Offsets that do not slice to the reported text; empty when the ledger is sound."""
    texts = {a.id: a.text for a in ledger.articles}
    bad = []
    for article, start, end, expected, what in iter_spans(ledger):
        text = texts.get(article)
        if text is None:
            bad.append(f"{what}: unknown article {article}")
        elif not (0 <= start <= end <= len(text)) or text[start:end] != expected:
            bad.append(f"{what}: [{start}:{end}] is {text[start:end]!r}, reported {expected!r}")
    return bad
