"""compare: findings across the outlets of a story, and estimates of each quantity over time.

Everything works one story at a time (`find_story`, `story_estimates`) on that story's records, so the store can
recompute only the stories a new batch of articles touches; `find_all`/`estimate_all` run them over a ledger.
"""

from __future__ import annotations

from collections import defaultdict

from newsledger.compare.drift import statement_attribution_findings
from newsledger.compare.figures import figure_findings
from newsledger.compare.omission import omission_findings
from newsledger.compare.rank import by_weight, rank
from newsledger.compare.timeline import estimates
from newsledger.compare.view import StoryView
from newsledger.ledger import Estimate, Finding, Ledger

__all__ = ["StoryView", "by_weight", "find_all", "find_story", "estimate_all", "story_views"]


def story_views(ledger: Ledger) -> list[StoryView]:
    """Each story's records, indexed; sources are shared (people are merged corpus-wide)."""
    articles = {a.id: a for a in ledger.articles}
    sources = {s.id: s for s in ledger.sources}
    story_of = {a: s.id for s in sorted(ledger.stories, key=lambda s: s.id) for a in s.articles}
    statements: dict[str, dict] = defaultdict(dict)
    figures: dict[str, dict] = defaultdict(dict)
    alignments: dict[str, list] = defaultdict(list)
    for st in ledger.statements:
        if st.article in story_of:
            statements[story_of[st.article]][st.id] = st
    for fig in ledger.figures:
        if fig.article in story_of:
            figures[story_of[fig.article]][fig.id] = fig
    for al in sorted(ledger.alignments, key=lambda a: a.id):
        if al.story is not None:
            alignments[al.story].append(al)
    return [
        StoryView(story=s.id, articles={a: articles[a] for a in s.articles if a in articles}, sources=sources,
                  statements=statements[s.id], figures=figures[s.id], alignments=alignments[s.id])
        for s in sorted(ledger.stories, key=lambda s: s.id)
    ]


def _inside(view: StoryView, finding: Finding, statements: set[str]) -> bool:
    figs = [view.figures[e] for e in finding.evidence if e in view.figures]
    return bool(figs) and all(f.statement in statements for f in figs)


def find_story(view: StoryView) -> list[Finding]:
    said = statement_attribution_findings(view)
    drifted = {e for f in said for e in f.evidence if e in view.statements}
    # a figure inside a statement whose attribution already drifts is that same finding again
    figures = [f for f in figure_findings(view) if not (f.kind == "attribution_drift" and _inside(view, f, drifted))]
    found = [*figures, *said, *omission_findings(view)]
    unique = {f.id: rank(view, f) for f in found}
    return [unique[i] for i in sorted(unique)]


def find_all(ledger: Ledger) -> list[Finding]:
    return sorted((f for view in story_views(ledger) for f in find_story(view)), key=lambda f: f.id)


def estimate_all(ledger: Ledger) -> list[Estimate]:
    return sorted((e for view in story_views(ledger) for e in estimates(view)), key=lambda e: e.id)
