"""One story as a self-contained HTML report: who said what side by side, the figures over time, the findings, and
every article with its claims highlighted where they stand.

API (the web app in serve/ reuses it):

- ``render_story(ledger, story_id=None)``: a whole document, CSS and JS inline, no network request of any kind;
- ``render_story_body(ledger, story_id=None)``: the same content without ``<html>``/``<head>``/script/style, for
  embedding in a page that serves ``REPORT_CSS`` and ``REPORT_JS`` itself;
- ``csp_hashes()``: the ``'sha256-…'`` sources of the inline script and style, for a Content-Security-Policy;
- ``write_report(ledger, path, story_id=None)``; ``story_report(ledger, story_id)`` for the data behind the page.

Every piece of article-derived text goes through Jinja2 autoescaping or ``markupsafe.escape``; article URLs become
links only when they are http(s). The page has no inline event handlers and no ``style=`` attributes, so it runs
under ``script-src``/``style-src`` limited to the two hashes (the standalone document sets that policy itself).
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from newsledger.compare.labels import category_words, figure_phrase, outlet_label, quote_excerpt
from newsledger.compare.rank import top
from newsledger.ledger import (
    Alignment,
    Article,
    Estimate,
    Figure,
    Finding,
    Ledger,
    Source,
    Statement,
    Story,
    relay_chain,
)
from newsledger.report.chart import Band, ChartPoint, estimate_chart, number, series_colours
from newsledger.report.highlight import Mark, anchor, highlight, sentence_around

_HERE = Path(__file__).resolve().parent
REPORT_CSS = (_HERE / "static" / "report.css").read_text(encoding="utf-8")
REPORT_JS = (_HERE / "static" / "report.js").read_text(encoding="utf-8")

FINDING_ORDER = ("discrepancy", "qualifier_drift", "category_drift", "attribution_drift", "omission", "editorial")
FINDING_TITLES = {"discrepancy": "Discrepancy", "qualifier_drift": "Qualifier drift",
                  "category_drift": "Category drift", "attribution_drift": "Attribution drift",
                  "omission": "Omission", "editorial": "Editorial"}
KIND_WORDS = {"direct": "direct quote", "partial": "partial quote", "indirect": "reported speech"}
UNATTRIBUTED = "Unattributed"


# ---- the data behind the page ----


@dataclass(frozen=True)
class Version:
    """One outlet's rendering of a statement."""

    statement: Statement
    href: str
    outlet: str
    date: str | None
    relation: str | None
    first: bool
    kind: str
    as_written: str | None
    chain: str | None = None  # 'BCI → Dana Reuel → a wire agency' when the statement is relayed
    lang: str | None = None  # the article's language: `text` is in the words it was published in

    @property
    def text(self) -> str:
        """The words attributed, without the speaker and verb between the pieces of a split quote."""
        parts = self.statement.parts
        return " … ".join(p.text for p in parts) if parts else self.statement.text


@dataclass(frozen=True)
class ClaimGroup:
    id: str | None
    relation: str | None
    versions: list[Version]


@dataclass(frozen=True)
class SourceBlock:
    id: str
    name: str
    kind: str | None
    aliases: list[str]
    descriptions: list[str]
    groups: list[ClaimGroup]

    @property
    def statement_count(self) -> int:
        return sum(len(g.versions) for g in self.groups)


@dataclass(frozen=True)
class FigureRow:
    figure: Figure
    href: str
    date: str | None
    who: str
    outlet: str
    phrase: str
    series: str | None = None
    colour: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Quantity:
    id: str
    title: str
    span: str
    rows: list[FigureRow]
    band: Band | None
    chart: Markup | None

    @property
    def undated(self) -> int:
        """Estimates the chart cannot place in time (still listed in the table)."""
        return sum(1 for r in self.rows if not r.date)

    @property
    def legend(self) -> list[tuple[str, str]]:
        """(source, colour) as the chart draws them."""
        return list(dict.fromkeys((r.series, r.colour) for r in self.rows if r.series and r.colour))


@dataclass(frozen=True)
class Evidence:
    href: str | None
    label: str
    rank: int = 0  # claims first, then the articles they stand in


@dataclass(frozen=True)
class FindingView:
    finding: Finding
    title: str
    evidence: list[Evidence]
    id: str = ""


@dataclass(frozen=True)
class CrossGroup:
    """Versions of one utterance from more than one outlet, with whose utterance it is."""

    source_id: str
    source_name: str
    group: ClaimGroup

    @property
    def outlets(self) -> int:
        return len({v.outlet for v in self.group.versions})


@dataclass(frozen=True)
class ArticleView:
    article: Article
    id: str
    title: str
    outlet: str
    url: str | None
    body: Markup
    statements: int
    figures: int


@dataclass(frozen=True)
class StoryReport:
    story: Story
    date_range: str
    outlets: list[str]
    sources: list[SourceBlock]
    quantities: list[Quantity]
    other_figures: list[FigureRow]
    findings: list[FindingView]
    articles: list[ArticleView]
    # the findings the page opens on: compare.rank.top (a weight floor, so a story may open on none)
    top_findings: list[FindingView] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    other_stories: list[Story] = field(default_factory=list)
    cross_outlet: list[CrossGroup] = field(default_factory=list)  # shown before `sources`, which hold the rest
    # (language, articles in it, whether analysed), most articles first: the language filter's choices
    languages: list[tuple[str, int, bool]] = field(default_factory=list)


def pick_story(ledger: Ledger, story_id: str | None = None) -> Story:
    """The story asked for (KeyError when absent), else the one with the most articles (earliest on a tie); a
    ledger without stories is read as one story of all its articles."""
    if story_id is not None:
        for story in ledger.stories:
            if story.id == story_id:
                return story
        raise KeyError(story_id)
    if ledger.stories:
        return min(ledger.stories, key=lambda s: (-len(s.articles), s.start_date or "9999", s.id))
    dates = sorted(a.date for a in ledger.articles if a.date)
    return Story(id="all", label="All articles", articles=[a.id for a in ledger.articles],
                 start_date=dates[0] if dates else None, end_date=dates[-1] if dates else None,
                 outlets=sorted({a.outlet for a in ledger.articles if a.outlet}))


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) address, else None: javascript:, data: and the like never become links."""
    if not url or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


class _Story:
    """The story's slice of the ledger, indexed."""

    def __init__(self, ledger: Ledger, story: Story) -> None:
        self.story = story
        wanted = set(story.articles)
        self.articles = {a.id: a for a in ledger.articles if a.id in wanted}
        self.sources: dict[str, Source] = {s.id: s for s in ledger.sources}
        self.statements = {s.id: s for s in ledger.statements if s.article in self.articles}
        self.figures = {f.id: f for f in ledger.figures if f.article in self.articles}
        self.alignments = [a for a in ledger.alignments if self._in_story(a)]
        alignment_ids = {a.id for a in self.alignments}
        self.estimates = [e for e in ledger.estimates if e.story == story.id or e.alignment in alignment_ids]
        self.findings = [f for f in ledger.findings if f.story == story.id or (f.story is None and self._touches(f))]

    def _in_story(self, al: Alignment) -> bool:
        pool = self.statements if al.kind == "statement" else self.figures
        return al.story == self.story.id or (al.story is None and all(m in pool for m in al.members))

    def _touches(self, finding: Finding) -> bool:
        return any(ev in self.statements or ev in self.figures or ev in self.articles
                   or ev.rsplit(":", 1)[0] in self.articles for ev in finding.evidence)

    def outlet(self, article_id: str) -> str:
        art = self.articles.get(article_id)
        return outlet_label(art) if art is not None else article_id

    def date(self, article_id: str) -> str | None:
        art = self.articles.get(article_id)
        return art.date if art is not None else None

    def lang(self, article_id: str) -> str | None:
        art = self.articles.get(article_id)
        return art.lang if art is not None else None

    def name(self, source_id: str | None) -> str | None:
        src = self.sources.get(source_id) if source_id else None
        return src.name if src is not None else None

    def chain(self, record: Statement | Figure) -> str | None:
        """'BCI → Dana Reuel → a wire agency': the original source first, the voice in the article last; None
        when the claim is not relayed."""
        ids = relay_chain(record)
        if len(ids) < 2:
            return None
        return " → ".join(self.name(i) or i for i in ids)

    def order(self, article_id: str) -> tuple:
        art = self.articles.get(article_id)
        return (art is None or art.date is None, art.date if art and art.date else "", self.outlet(article_id),
                article_id)

    def statement_order(self, st: Statement) -> tuple:
        return (*self.order(st.article), st.start)


# ---- who said what ----


def _relation_to_first(al: Alignment, member: str, first: str) -> str | None:
    mine = [p for p in al.pairs if member in (p.a, p.b)]
    to_first = [p for p in mine if first in (p.a, p.b)]
    chosen = to_first or mine
    return chosen[0].relation if chosen else al.relation


def _group(view: _Story, members: list[Statement], al: Alignment | None) -> ClaimGroup:
    members = sorted(members, key=view.statement_order)
    first = al.first if al is not None and al.first in {m.id for m in members} else members[0].id
    versions = []
    for st in members:
        relation = None if al is None or st.id == first else _relation_to_first(al, st.id, first)
        versions.append(Version(
            statement=st, href=anchor(st.id), outlet=view.outlet(st.article), date=view.date(st.article),
            relation=relation, first=al is not None and al.first is not None and st.id == first, kind=KIND_WORDS.get(st.kind, st.kind),
            as_written=st.speaker_text, chain=view.chain(st), lang=view.lang(st.article)))
    versions.sort(key=lambda v: (not v.first, view.statement_order(v.statement)))
    return ClaimGroup(id=anchor(al.id) if al is not None else None, relation=al.relation if al else None,
                      versions=versions)


def who_said_what(view: _Story) -> list[SourceBlock]:
    grouped: set[str] = set()
    groups_by_source: dict[str, list[ClaimGroup]] = defaultdict(list)
    for al in view.alignments:
        if al.kind != "statement":
            continue
        members = [view.statements[m] for m in al.members if m in view.statements and m not in grouped]
        if not members:
            continue
        grouped.update(m.id for m in members)
        speaker = Counter(m.source for m in members).most_common(1)[0][0]
        groups_by_source[speaker or ""].append(_group(view, members, al))
    for st in view.statements.values():
        if st.id not in grouped:
            groups_by_source[st.source or ""].append(_group(view, [st], None))
    blocks = []
    for source_id, groups in groups_by_source.items():
        groups.sort(key=lambda g: (-len(g.versions), view.statement_order(g.versions[0].statement)))
        src = view.sources.get(source_id)
        if src is None:
            blocks.append(SourceBlock(id=anchor(source_id or "src-unattributed"), name=source_id or UNATTRIBUTED,
                                      kind=None, aliases=[], descriptions=[], groups=groups))
        else:
            blocks.append(SourceBlock(id=anchor(src.id), name=src.name, kind=src.kind,
                                      aliases=[a for a in src.aliases if a != src.name],
                                      descriptions=list(src.descriptions), groups=groups))
    blocks.sort(key=lambda b: (b.name == UNATTRIBUTED, -b.statement_count, b.name.lower()))
    return blocks


def cross_outlet(blocks: list[SourceBlock]) -> tuple[list[CrossGroup], list[SourceBlock]]:
    """The utterances more than one outlet carries, most outlets first, taken out of their sources' blocks; and
    the blocks with what is left (a source with nothing left is dropped: all it said is in the first list)."""
    cross: list[CrossGroup] = []
    rest: list[SourceBlock] = []
    for block in blocks:
        kept = []
        for g in block.groups:
            if len({v.outlet for v in g.versions}) > 1:
                cross.append(CrossGroup(block.id, block.name, g))
            else:
                kept.append(g)
        if kept:
            rest.append(SourceBlock(id=block.id, name=block.name, kind=block.kind, aliases=block.aliases,
                                    descriptions=block.descriptions, groups=kept))
    cross.sort(key=lambda c: (-c.outlets, c.source_name == UNATTRIBUTED, c.group.versions[0].date or "~",
                              c.source_name.lower()))
    return cross, rest


# ---- figures ----


def _figure_row(view: _Story, fig: Figure, date: str | None = None, series: str | None = None,
                colour: str | None = None) -> FigureRow:
    who = view.chain(fig) or view.name(fig.relayed_from or fig.source) or f"{view.outlet(fig.article)} (no source)"
    if date is None:
        st = view.statements.get(fig.statement) if fig.statement else None
        date = (st.said_on if st is not None and st.said_on else None) or view.date(fig.article)
    return FigureRow(figure=fig, href=anchor(fig.id), date=date, who=who, outlet=view.outlet(fig.article),
                     phrase=figure_phrase(fig), series=series, colour=colour, lang=view.lang(fig.article))


def _quantity_title(est_or_fig: Estimate | Figure) -> str:
    what = " ".join(x for x in (est_or_fig.counted, category_words(est_or_fig.category)) if x)
    return what or "figure"


def _span_words(span: str) -> str:
    return "running total" if span == "total" else f"per {span}"


def figures_section(view: _Story) -> tuple[list[Quantity], list[FigureRow]]:
    quantities: list[Quantity] = []
    shown: set[str] = set()
    by_alignment = {e.alignment: e for e in view.estimates}
    for al in view.alignments:
        if al.kind != "figure":
            continue
        est = by_alignment.get(al.id)
        members = [view.figures[m] for m in al.members if m in view.figures]
        if not members:
            continue
        shown.update(m.id for m in members)
        if est is None:
            rows = sorted((_figure_row(view, f) for f in members), key=lambda r: (r.date or "~", r.outlet))
            quantities.append(Quantity(id=anchor(al.id), title=_quantity_title(members[0]), span="",
                                       rows=rows, band=None, chart=None))
            continue
        points = [p for p in est.points if p.figure in view.figures]
        colours = series_colours([view.name(p.source) or view.outlet(p.article) for p in points])
        rows = []
        chart_points = []
        for p in points:
            series = view.name(p.source) or view.outlet(p.article)
            row = _figure_row(view, view.figures[p.figure], date=p.date, series=series, colour=colours[series])
            rows.append(row)
            chart_points.append(ChartPoint(date=p.date, value=p.value, series=series, href=row.href,
                                           label=f"{series}, {p.date or 'undated'}: {row.phrase} ({row.outlet})",
                                           low=p.low, high=p.high, qualifier=p.qualifier))
        band = Band(est.low, est.best, est.high, est.high_open) if est.best is not None or est.low is not None else None
        title = _quantity_title(est)
        # one estimate makes no timeline: its table row says it all
        chart = (estimate_chart(chart_points, band, f"Estimates over time: {title}, {_span_words(est.span)}")
                 if len(chart_points) > 1 else None)
        quantities.append(Quantity(id=anchor(al.id), title=title, span=_span_words(est.span), rows=rows, band=band,
                                   chart=chart))
    others = [_figure_row(view, f) for f in view.figures.values() if f.id not in shown]
    others.sort(key=lambda r: (view.order(r.figure.article), r.figure.start))
    return quantities, others


# ---- findings ----


def _evidence(view: _Story, ev: str, alignment_ids: set[str]) -> Evidence:
    if ev in view.statements:
        st = view.statements[ev]
        who = view.chain(st) or view.name(st.source) or st.speaker_text or "unattributed"
        return Evidence(anchor(ev), f"{who} in {view.outlet(st.article)}: {quote_excerpt(st)}")
    if ev in view.figures:
        fig = view.figures[ev]
        return Evidence(anchor(ev), f"“{fig.text}” in {view.outlet(fig.article)}")
    if ev in view.articles:
        art = view.articles[ev]
        return Evidence(anchor(ev), f"{view.outlet(ev)} article", rank=2)
    if ev in alignment_ids:
        return Evidence(anchor(ev), "aligned versions", rank=1)
    span = _article_span(view, ev)
    if span is not None:
        art, start, end = span
        text = " ".join(art.text[start:end].split())
        return Evidence(anchor(ev), f"{view.outlet(art.id)}: “{text[:140]}{'…' if len(text) > 140 else ''}”")
    return Evidence(None, ev, rank=3)


def _article_span(view: _Story, ev: str) -> tuple[Article, int, int] | None:
    """Evidence of the form 'ARTICLE:START-END' (editorial sentences)."""
    art_id, _, rng = ev.rpartition(":")
    start, _, end = rng.partition("-")
    art = view.articles.get(art_id)
    if art is None or not (start.isdigit() and end.isdigit()):
        return None
    s, e = int(start), int(end)
    return (art, s, e) if 0 <= s < e <= len(art.text) else None


def findings_section(view: _Story) -> list[FindingView]:
    alignment_ids = {a.id for a in view.alignments}
    rank = {k: i for i, k in enumerate(FINDING_ORDER)}
    out = [FindingView(finding=f, title=FINDING_TITLES.get(f.kind, f.kind),
                       evidence=sorted((_evidence(view, ev, alignment_ids) for ev in f.evidence),
                                       key=lambda e: e.rank), id=anchor(f.id))
           for f in view.findings]
    # weightiest first (compare/rank.py); the report opens on compare.rank.top of them
    out.sort(key=lambda fv: (-fv.finding.weight, rank.get(fv.finding.kind, 99), fv.finding.summary))
    return out


# ---- articles ----


def _marks(view: _Story, art: Article) -> list[Mark]:
    marks: list[Mark] = []
    for st in view.statements.values():
        if st.article != art.id:
            continue
        key = anchor(st.id)
        who = view.name(st.source) or st.speaker_text or "unattributed"
        title = f"{view.chain(st) or who} · {KIND_WORDS.get(st.kind, st.kind)}"
        spans = [(p.start, p.end) for p in st.parts] or [(st.start, st.end)]
        for i, (s, e) in enumerate(spans):
            marks.append(Mark(s, e, "statement", (key,), key if i == 0 else None, title))
        if st.speaker_start is not None and st.speaker_end is not None:
            marks.append(Mark(st.speaker_start, st.speaker_end, "speaker", (key,), None, who))
    for fig in view.figures.values():
        if fig.article != art.id:
            continue
        key = anchor(fig.id)
        marks.append(Mark(fig.start, fig.end, "figure", (key,), key, figure_phrase(fig)))
        s, e = sentence_around(art.text, fig.start, fig.end)
        marks.append(Mark(s, e, "sentence", (key,)))
    for finding in view.findings:
        for ev in finding.evidence:
            span = _article_span(view, ev)
            if span is not None and span[0].id == art.id:
                marks.append(Mark(span[1], span[2], "editorial", (anchor(ev),), anchor(ev),
                                  FINDING_TITLES.get(finding.kind, finding.kind)))
    return marks


def articles_section(view: _Story) -> list[ArticleView]:
    out = []
    for art in sorted(view.articles.values(), key=lambda a: view.order(a.id)):
        out.append(ArticleView(
            article=art, id=anchor(art.id), title=art.title or view.outlet(art.id), outlet=view.outlet(art.id),
            url=safe_url(art.url), body=highlight(art.text, _marks(view, art)),
            statements=sum(1 for s in view.statements.values() if s.article == art.id),
            figures=sum(1 for f in view.figures.values() if f.article == art.id)))
    return out


def _date_range(view: _Story) -> str:
    dates = sorted(d for d in [view.story.start_date, view.story.end_date,
                               *(a.date for a in view.articles.values())] if d)
    if not dates:
        return "undated"
    return dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}"


def _languages(view: _Story) -> list[tuple[str, int, bool]]:
    counts: Counter[str] = Counter()
    analysed: dict[str, bool] = {}
    for art in view.articles.values():
        lang = art.lang or "und"  # ISO 639-2 'undetermined': an article no language was found for
        counts[lang] += 1
        analysed[lang] = analysed.get(lang, False) or art.analysed
    return [(lang, n, analysed[lang]) for lang, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def story_report(ledger: Ledger, story_id: str | None = None) -> StoryReport:
    """Everything the page shows for one story (see pick_story for the default)."""
    story = pick_story(ledger, story_id)
    view = _Story(ledger, story)
    quantities, other_figures = figures_section(view)
    outlets = list(dict.fromkeys(view.outlet(a) for a in sorted(view.articles, key=view.order)))
    findings = findings_section(view)
    across, rest = cross_outlet(who_said_what(view))
    return StoryReport(
        story=story, date_range=_date_range(view), outlets=outlets, sources=rest, cross_outlet=across,
        quantities=quantities, other_figures=other_figures, findings=findings, articles=articles_section(view),
        top_findings=_top(findings),
        counts={"articles": len(view.articles), "statements": len(view.statements), "figures": len(view.figures),
                "findings": len(findings)},
        other_stories=[s for s in ledger.stories if s.id != story.id], languages=_languages(view))


def _top(findings: list[FindingView]) -> list[FindingView]:
    chosen = {f.id for f in top([fv.finding for fv in findings])}
    return [fv for fv in findings if fv.finding.id in chosen]


# ---- rendering ----


@cache
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(_HERE / "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, auto_reload=False)  # templates ship with the package
    env.filters["num"] = lambda v: "" if v is None else number(v)
    return env


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def csp_hashes() -> dict[str, str]:
    """CSP sources for the inline blocks of render_story: {'script': "'sha256-…'", 'style': "'sha256-…'"}."""
    return {"script": _sha256(REPORT_JS), "style": _sha256(REPORT_CSS)}


def content_security_policy() -> str:
    """The policy the standalone report sets for itself: nothing but its own script and style, no requests."""
    hashes = csp_hashes()
    return (f"default-src 'none'; script-src {hashes['script']}; style-src {hashes['style']}; base-uri 'none'; "
            "form-action 'none'")


def render_story_body(ledger: Ledger, story_id: str | None = None) -> str:
    """The report's content (a <div class="nl-report">) without document, script or style, for embedding."""
    return environment().get_template("body.j2").render(report=story_report(ledger, story_id))


def render_story(ledger: Ledger, story_id: str | None = None) -> str:
    """A complete self-contained HTML document for one story."""
    report = story_report(ledger, story_id)
    body = Markup(environment().get_template("body.j2").render(report=report))
    return environment().get_template("page.j2").render(
        report=report, body=body, css=Markup(REPORT_CSS), js=Markup(REPORT_JS), csp=content_security_policy())


def write_report(ledger: Ledger, path: str | Path, story_id: str | None = None) -> Path:
    """Write render_story's document to `path` (atomically) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(render_story(ledger, story_id), encoding="utf-8")
    tmp.replace(path)
    return path
