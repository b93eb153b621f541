"""The ledger: the one data model every stage takes and returns.

Every claim carries its article id and ``start``/``end`` character offsets into that article's ``text`` with
``article.text[start:end] == text`` (a split quote: each of its ``parts``, see Statement); ``check_offsets`` enforces
that and the tests run it everywhere.

Ids are content hashes, never counters, so the same input gives the same ids whatever order files arrive in and
whichever machine (or Spark executor) computed them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

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
    lang: str | None = Field(None, description=(
        "Language, ISO 639-1 where one exists (fastText lid.176 code otherwise), detected at ingest; a language "
        "stated by the input is kept unless the detector confidently disagrees (metadata keeps what was stated)"))
    analysed: bool = Field(True, description=(
        "False when the article's language is not one newsledger extracts statements and figures from yet: it is "
        "kept and linked into stories, but yields no statements or figures"))


class Source(_Record):
    id: str
    name: str = Field(description="Canonical name: the fullest well-formed variant seen")
    aliases: list[str] = Field(default_factory=list, description="Every form as written")
    descriptions: list[str] = Field(default_factory=list, description="Titles and roles, e.g. 'White House spokesperson'")
    kind: SourceKind = "unknown"
    mentions: list[Mention] = Field(default_factory=list)


# A quote split by its frame ("We held," he said, "and we will hold.") is reported without the frame: its pieces
# joined by this, each piece with its own offsets.
PART_JOINER = " … "


class Statement(_Record):
    """What was said. ``start``/``end`` span the whole statement in the article. ``text`` is ``article.text[start:end]``
    when the statement is one piece; when it has ``parts`` (a quote split by its frame), ``text`` is the parts'
    texts joined by ``PART_JOINER`` (the frame left out) and each part slices the article itself."""

    id: str
    article: str
    kind: StatementKind
    start: int
    end: int
    text: str = Field(description="The words said: article.text[start:end], or for a split quote its parts joined "
                                  "by ' … ' (the frame between them left out)")
    parts: list[Span] = Field(default_factory=list, description="Discontinuous pieces of the content, in order; each "
                                                               "is article.text[start:end] of its own offsets")
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
    via: list[str] = Field(default_factory=list, description=(
        "Source ids of the intermediaries between the original source (relayed_from) and the voice that tells it "
        "in the article (source), in order from the origin outward; the full chain is relay_chain()"))


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
    relayed_from: str | None = Field(None, description="Source id of the original source when the figure is relayed")
    via: list[str] = Field(default_factory=list, description=(
        "Source ids of the intermediaries between relayed_from and source, in order from the origin outward"))
    mentions: list[Span] = Field(default_factory=list, description=(
        "Every place the article gives this same figure (this record's span among them) when it repeats it; "
        "empty when it is given once"))


def relay_chain(record: Statement | Figure) -> list[str]:
    """Who a claim passed through, the original source first and the voice that tells it in the article last
    (``BCI → Dana Reuel → a wire agency``); one id when the claim is not relayed, none when it has no source."""
    chain: list[str] = []
    for sid in (record.relayed_from, *record.via, record.source):
        if sid and (not chain or chain[-1] != sid):
            chain.append(sid)
    return chain


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


# How much a finding matters, by kind, before the finder adds for outlets and distance (rule in compare/rank.py and
# docs/quality.md): a discrepancy between sources outranks a qualifier drift, which outranks a category or
# attribution drift, which outrank the writer's own words and omissions.
FINDING_BASE_WEIGHT = {"discrepancy": 4.0, "qualifier_drift": 3.0, "category_drift": 2.5, "attribution_drift": 2.0,
                       "editorial": 1.5, "omission": 1.0}
FINDING_BASE_WHY = {"discrepancy": "sources give numbers for one quantity that cannot both be right",
                    "qualifier_drift": "a qualifier ('more than', 'at least') was dropped or changed between outlets",
                    "category_drift": "what the figure counts changed between outlets",
                    "attribution_drift": "outlets give the same claim to different sources, or state it as fact",
                    "editorial": "the writer's own evaluative words, not a source's",
                    "omission": "claims other outlets carry that this one leaves out"}


class Finding(_Record):
    id: str
    kind: FindingKind
    summary: str
    evidence: list[str]
    story: str | None = None
    weight: float = Field(0.0, description="How much the finding matters (higher first); rule in compare/rank.py")
    why: str = Field("", description="One line on why the finding has its weight")

    @model_validator(mode="before")
    @classmethod
    def _default_weight(cls, data: Any) -> Any:
        """A finder that does not rank its findings (editorial words found at extraction) gets its kind's base."""
        if isinstance(data, dict) and data.get("kind") in FINDING_BASE_WEIGHT:
            data = dict(data)
            if not data.get("weight"):
                data["weight"] = FINDING_BASE_WEIGHT[data["kind"]]
            if not data.get("why"):
                data["why"] = FINDING_BASE_WHY[data["kind"]]
        return data


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
    high_open: bool = Field(False, description=(
        "The largest bound is a floor ('more than 3,000'): the count may be higher than `high` (shown '3,000+')"))


class Problem(_Record):
    """An input that could not be read or analysed, reported instead of raised."""

    path: str
    line: int | None = None
    reason: str
    level: Literal["error", "warning"] = Field(
        "error", description="'warning': the input was skipped on purpose (e.g. an empty article); not a failure")


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

    def frames(self) -> dict[str, Any]:
        """Each collection as a pandas DataFrame (one row per record, the JSON's fields as columns; nested lists
        stay Python lists), keyed like the JSON: ``ledger.frames()["figures"]``. Needs the `frames` extra
        (``pip install 'newsledger[frames]'``)."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("Ledger.frames() needs pandas: pip install 'newsledger[frames]'") from None
        data = self.model_dump(mode="json")
        frames = {}
        for name, field in type(self).model_fields.items():
            if name == "version":
                continue
            columns = list(field.annotation.__args__[0].model_fields)  # list[Record]: the record's fields, in order
            frames[name] = pd.DataFrame(data[name], columns=columns)
        return frames


def json_schema() -> dict[str, Any]:
    schema = Ledger.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "newsledger ledger"
    return schema


def iter_spans(ledger: Ledger) -> Iterable[tuple[str, int, int, str, str]]:
    """Every (article, start, end, expected text, what) the ledger claims."""
    for st in ledger.statements:
        if not st.parts:  # a split quote's text is its parts joined (check_offsets checks that); they are sliced here
            yield st.article, st.start, st.end, st.text, f"statement {st.id}"
        for part in st.parts:
            yield st.article, part.start, part.end, part.text, f"statement part {st.id}"
        if st.speaker_start is not None and st.speaker_end is not None:
            yield st.article, st.speaker_start, st.speaker_end, st.speaker_text or "", f"speaker {st.id}"
        if st.cue_start is not None and st.cue_end is not None:
            yield st.article, st.cue_start, st.cue_end, st.cue or "", f"cue {st.id}"
    for fig in ledger.figures:
        yield fig.article, fig.start, fig.end, fig.text, f"figure {fig.id}"
        for m in fig.mentions:
            yield fig.article, m.start, m.end, m.text, f"figure mention {fig.id}"
    for src in ledger.sources:
        for m in src.mentions:
            yield m.article, m.start, m.end, m.text, f"mention of {src.id}"


def check_offsets(ledger: Ledger) -> list[str]:
    """Offsets that do not slice to the reported text; empty when the ledger is sound."""
    texts = {a.id: a.text for a in ledger.articles}
    bad = []
    for st in ledger.statements:
        if st.parts and (st.text != PART_JOINER.join(p.text for p in st.parts)
                         or (st.start, st.end) != (st.parts[0].start, st.parts[-1].end)):
            bad.append(f"statement {st.id}: split quote's text {st.text!r} is not its parts joined by "
                       f"{PART_JOINER!r}, or its parts do not start and end it")
    for article, start, end, expected, what in iter_spans(ledger):
        text = texts.get(article)
        if text is None:
            bad.append(f"{what}: unknown article {article}")
        elif not (0 <= start <= end <= len(text)) or text[start:end] != expected:
            bad.append(f"{what}: [{start}:{end}] is {text[start:end]!r}, reported {expected!r}")
    return bad
