"""Estimates over time: for each quantity (a figure alignment), every source's estimates by date, reconciled into
low/best/high the way UCDP GED codes fatalities.

The rule (UCDP GED keeps a low, a best and a high estimate per event; this is our reading of it for running
counts reported by several sources):

1. A point is one figure: its date is when the words were said (the statement's ``said_on``) or else the
   article's date; its source is whom the figure is relayed from, else who asserts it, else the article itself.
2. Each source's latest estimate supersedes its earlier ones (a running total is revised, not added to).
3. ``low`` is the smallest lower bound among the sources' latest estimates ("more than 1,000" bounds at 1,000;
   a range at its low end); ``high`` is the largest finite upper bound among them (an open "more than X" adds X,
   not infinity).
4. ``best`` is the median of the sources' latest point values, the lower middle one when there is an even number —
   UCDP leans conservative: a best estimate should be a number a source actually reported, not an extreme.
"""

from __future__ import annotations

from newsledger.compare.view import StoryView
from newsledger.ledger import Estimate, EstimatePoint, stable_id
from newsledger.link.align import figure_span, figure_value


def _point(view: StoryView, figure_id: str) -> EstimatePoint:
    fig = view.figures[figure_id]
    statement = view.statements.get(fig.statement) if fig.statement else None
    date = (statement.said_on if statement is not None and statement.said_on else None) or view.date(fig.article)
    return EstimatePoint(date=date, source=fig.relayed_from or fig.source, figure=fig.id, article=fig.article,
                         value=figure_value(fig), low=fig.low, high=fig.high, qualifier=fig.qualifier)


def _date_key(point: EstimatePoint) -> tuple:
    return (point.date is None, point.date or "", point.figure)


def reconcile(points: list[EstimatePoint]) -> tuple[float | None, float | None, float | None]:
    latest: dict[str, EstimatePoint] = {}
    for p in sorted(points, key=_date_key):
        if p.value is None:
            continue
        key = p.source or f"article:{p.article}"
        current = latest.get(key)
        # undated points sort last, so only let them stand in for a source that has nothing dated
        if current is None or p.date is not None or current.date is None:
            latest[key] = p
    if not latest:
        return None, None, None
    lows = [p.low if p.low is not None else p.value for p in latest.values()]
    highs = [p.high if p.high is not None else p.value for p in latest.values()]
    values = sorted(p.value for p in latest.values())
    best = values[(len(values) - 1) // 2]
    return min(lows), best, max(highs)


def estimates(view: StoryView) -> list[Estimate]:
    out = []
    for al in view.alignments:
        if al.kind != "figure":
            continue
        members = [m for m in al.members if m in view.figures]
        if not members:
            continue
        points = sorted((_point(view, m) for m in members), key=lambda p: (*_date_key(p), p.source or ""))
        lead = view.figures[al.first if al.first in view.figures else members[0]]
        low, best, high = reconcile(points)
        out.append(Estimate(
            id=stable_id("est", al.id), story=view.story, alignment=al.id, category=lead.category,
            counted=lead.counted, span=figure_span(lead, view.articles.get(lead.article)), points=points,
            low=low, best=best, high=high,
        ))
    return out
