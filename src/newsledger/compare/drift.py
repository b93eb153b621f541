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
from newsledger.ledger import Finding, Statement, relay_chain
from newsledger.link.align import content
from newsledger.link.words import spelled

MIN_WORDS = 5  # shorter phrases recur by chance ("we will win")
KEY_WORDS = 10
OUTLET_KINDS = frozenset({"outlet", "media"})


def _attributed_to(view: StoryView, st: Statement) -> tuple[str, ...] | None:
    """The attribution chain (original source first, every intermediary, the speaker last), or None when the
    outlet states the words itself: an outlet that drops an intermediary or swaps the origin changes the chain."""
    src = view.sources.get(st.source) if st.source else None
    if src is None or src.kind in OUTLET_KINDS:
        return None
    return tuple(relay_chain(st))


def _chain(view: StoryView, st: Statement) -> str:
    """'Dana Reuel' or, for a relayed claim, 'BCI via Dana Reuel' (the origin first, then each intermediary)."""
    names: list[str] = []
    for sid in relay_chain(st):
        name = view.speaker(sid) or sid
        if not names or names[-1] != name:
            names.append(name)
    return " via ".join(names)


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
        speakers: dict[tuple[str, ...] | None, Statement] = {}
        for st in group:
            speakers.setdefault(_attributed_to(view, st), st)
        if len(speakers) < 2 or len({st.article for st in speakers.values()}) < 2:
            continue
        named = sorted(s for s in speakers if s is not None)
        first = speakers[named[0]] if named else None
        for speaker, st in sorted(speakers.items(), key=lambda x: x[1].id):
            if first is None or st is first or view.outlet_key(st.article) == view.outlet_key(first.article):
                continue  # one outlet's own articles: an update, not drift
            if speaker is not None and _chain(view, st) == _chain(view, first):
                continue  # one name (and origin) under two records ("the pastor" in two articles) is the same
            who_first = _chain(view, first)
            if speaker is None:
                summary = (f"{view.outlet(st.article)} states {quote_excerpt(st)} as fact, while "
                           f"{view.outlet(first.article)} attributes it to {who_first}.")
            else:
                summary = (f"{view.outlet(st.article)} attributes {quote_excerpt(st)} to {_chain(view, st)}, "
                           f"while {view.outlet(first.article)} attributes it to {who_first}.")
            out.append(view.finding("attribution_drift", summary, [st.id, first.id, st.article, first.article]))
    return out
