"""compare: findings across the outlets of a story, and estimates of each quantity over time.

Everything works one story at a time (`find_story`, `story_estimates`) on that story's records, so the store can
recompute only the stories a new batch of articles touches; `find_all`/`estimate_all` run them over a ledger.
A finding that says nothing true is not reported (`_kept`: a part against a larger whole, "wounded" against the
vaguer "killed or wounded", attribution drift to a source that does not stand or to one source spelled twice); how
much the rest matters, and which open a story (`top`), is `rank.py`'s.
"""

from __future__ import annotations

import re
from collections import defaultdict

from newsledger.compare.drift import statement_attribution_findings
from newsledger.compare.figures import figure_findings
from newsledger.compare.later_deaths import later_death
from newsledger.compare.omission import omission_findings
from newsledger.compare.rank import OUTLET_KINDS, by_weight, rank, top
from newsledger.compare.standing import stands
from newsledger.compare.timeline import estimates
from newsledger.compare.totals import total_findings
from newsledger.compare.view import StoryView
from newsledger.ledger import Estimate, Finding, Ledger, relay_chain
from newsledger.link.quantities import figure_value

__all__ = ["StoryView", "by_weight", "find_all", "find_story", "estimate_all", "story_views", "top"]

# A count of the killed or of the wounded is a part of a count of the killed or wounded: a smaller part is no
# contradiction ("15 hurt" beside "16 hurt or killed").
_PARTS = {("killed", "killed_or_wounded"), ("wounded", "killed_or_wounded")}


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


def _part_and_whole(view: StoryView, finding: Finding) -> bool:
    figs = [view.figures[e] for e in finding.evidence if e in view.figures]
    for part in figs:
        for whole in figs:
            if (part.category, whole.category) in _PARTS:
                p, w = figure_value(part), figure_value(whole)
                if p is not None and w is not None and p <= w:
                    return True
    return False


def _between_entities(view: StoryView, finding: Finding) -> bool:
    """Attribution drift means something only between sources that could have said it (compare/standing.py): every
    source named on a relay chain of the finding stands. An outlet stating the claim in its own voice (no source, or
    the outlet itself) is one side of a drift, not a source to judge."""
    for e in finding.evidence:
        record = view.statements.get(e) or view.figures.get(e)
        if record is None:
            continue
        for sid in relay_chain(record):
            src = view.sources.get(sid)
            if src is not None and src.kind in OUTLET_KINDS:
                continue
            if not stands(view, sid):
                return False
    return True


def _folded(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip().removesuffix("s").strip()


def _one_name(view: StoryView, finding: Finding) -> bool:
    """Two spellings of one source ("Pafford Medical Service" and "… Services", "Dunn" and "Sheriff Dunn"): the
    chains are the same once folded, or each is one name and one name holds the other."""
    chains: set[tuple[str, ...]] = set()
    for e in finding.evidence:
        record = view.statements.get(e) or view.figures.get(e)
        if record is None:
            continue
        chain = tuple(_folded(view.sources[s].name) for s in relay_chain(record) if s in view.sources)
        if not chain:
            return False  # stated as fact on one side: a drift of its own kind
        chains.add(chain)
    if len(chains) == 1:
        return True
    if len(chains) != 2 or any(len(c) != 1 for c in chains):
        return False
    shorter, longer = sorted((c[0] for c in chains), key=len)
    return f" {shorter} " in f" {longer} "


def _kept(view: StoryView, finding: Finding) -> bool:
    if finding.kind == "discrepancy":
        return not _part_and_whole(view, finding)
    if finding.kind == "attribution_drift":
        return _between_entities(view, finding) and not _one_name(view, finding)
    if finding.kind == "category_drift":
        cats = {view.figures[e].category for e in finding.evidence if e in view.figures}
        return not {"wounded", "killed_or_wounded"} <= cats  # "wounded" is "shot" (killed or wounded) made exact
    return True


def find_story(view: StoryView) -> list[Finding]:
    said = statement_attribution_findings(view)
    drifted = {e for f in said for e in f.evidence if e in view.statements}
    # a figure inside a statement whose attribution already drifts is that same finding again
    figures = [f for f in figure_findings(view) if not (f.kind == "attribution_drift" and _inside(view, f, drifted))]
    found = [f for f in (*figures, *said, *omission_findings(view)) if _kept(view, f)]
    unique = {f.id: rank(view, f) for f in found}
    # everyone hit told two ways, and a victim reported hurt who has since died: weighed by their own modules, not by
    # rank() (figures of two categories; no figures at all)
    unique.update({f.id: f for f in total_findings(view)})
    unique.update({f.id: f for f in later_death(view, list(unique.values()))})
    # two records of one figure in one article can make the same finding twice under two ids: a reader sees it once
    said_once: dict[tuple[str, str], Finding] = {}
    for i in sorted(unique):
        said_once.setdefault((unique[i].kind, unique[i].summary), unique[i])
    return sorted(said_once.values(), key=lambda f: f.id)


def find_all(ledger: Ledger) -> list[Finding]:
    return sorted((f for view in story_views(ledger) for f in find_story(view)), key=lambda f: f.id)


def estimate_all(ledger: Ledger) -> list[Estimate]:
    return sorted((e for view in story_views(ledger) for e in estimates(view)), key=lambda e: e.id)
