"""Attribution drift between statements: the same words given to different speakers in different outlets, or
stated as fact by one outlet and attributed by another.

Statement alignments are blocked by speaker, so this looks the other way: statements are keyed by their opening words
with case, punctuation and spelling folded (one dictionary pass over the story, no pairwise comparison), and a key
carried by two articles under different sources is a finding.
"""

from __future__ import annotations

from collections import defaultdict

from newsledger.compare.labels import quote_excerpt
from newsledger.compare.view import StoryView
from newsledger.ledger import Finding, Statement
from newsledger.link.align import content, spelled

MIN_WORDS = 5  # shorter phrases recur by chance ("we will win")
KEY_WORDS = 10
OUTLET_KINDS = frozenset({"outlet", "media"})


def _attributed_to(view: StoryView, st: Statement) -> str | None:
    """The speaker id, or None when the outlet states the words itself."""
    src = view.sources.get(st.source) if st.source else None
    if src is None or src.kind in OUTLET_KINDS:
        return None
    return src.id


def statement_attribution_findings(view: StoryView) -> list[Finding]:
    by_text: dict[str, list[Statement]] = defaultdict(list)
    for st in sorted(view.statements.values(), key=lambda s: s.id):
        if view.unresolved(st.source):
            continue
        words = spelled(content(st)).split()
        if len(words) >= MIN_WORDS:  # keyed by the opening words, so a quote cut short at the end still meets
            by_text[" ".join(words[:KEY_WORDS])].append(st)
    out = []
    for key in sorted(by_text):
        group = by_text[key]
        speakers: dict[str | None, Statement] = {}
        for st in group:
            speakers.setdefault(_attributed_to(view, st), st)
        if len(speakers) < 2 or len({st.article for st in speakers.values()}) < 2:
            continue
        named = sorted(s for s in speakers if s is not None)
        first = speakers[named[0]] if named else None
        for speaker, st in sorted(speakers.items(), key=lambda x: x[1].id):
            if first is None or st is first or st.article == first.article:
                continue
            who_first = view.speaker(first.source)
            if speaker is None:
                summary = (f"{view.outlet(st.article)} states {quote_excerpt(st)} as fact, while "
                           f"{view.outlet(first.article)} attributes it to {who_first}.")
            else:
                summary = (f"{view.outlet(st.article)} attributes {quote_excerpt(st)} to {view.speaker(st.source)}, "
                           f"while {view.outlet(first.article)} attributes it to {who_first}.")
            out.append(view.finding("attribution_drift", summary, [st.id, first.id, st.article, first.article]))
    return out
